"""A held-out labelled set for figures, written blind: 68 short wire-style reports from 5 invented
outlets (Cobalt Wire, Evening Lantern, Ridgeway Press Service, Radio Tamsin, Estuary Chronicle) about
14 invented events in real places, all dated in 2025. It was written without reading the product's
code, its other tests, the git history or the other figure_reports_* sets; only figure_reports.py
(the format and its labelling conventions, read in full) and the module docstrings of
figure_reports_heldout27.py and figure_reports_heldout28.py (their first 45 lines, for the kind of
header and the events already used) were read. Every label was set by hand before anything was run;
the only check run was a small script of its own, kept outside the repository, confirming that the
module imports, that each labelled string occurs in its report body and that every number in a body
is labelled.

Events: the flooding of a coal mine at Cam Pha (Quang Ninh, Vietnam), a collision between a chemical
tanker and a container ship in the Elbe estuary off Cuxhaven (Germany), a dengue outbreak in Paraguay,
the collapse of a road bridge over the Sava at Sisak (Croatia), a bushfire in the Perth Hills around
Roleystone (Western Australia), a riot and breakout at the Pavon prison in Fraijanes (Guatemala), an
island-wide blackout after a fault at the Norochcholai power plant (Puttalam, Sri Lanka), a
foot-and-mouth cull of cattle around Bethlehem (Free State, South Africa), a classroom roof collapse
at a primary school in Kasese (Uganda), Typhoon Kalasag making landfall in Cagayan (Philippines), a
fuel shortage in Harare (Zimbabwe), a norovirus outbreak on a cruise ship docked in Bergen (Norway),
job cuts at a garment factory in Por Sen Chey, Phnom Penh (Cambodia) and a march against higher
electricity prices in Sofia (Bulgaria).

62 labelled figures: 16 disputed, 16 revised, 30 consistent; 56 NO_FIGURE values.

Disputes come in every form: one sentence with "while", "but" or "whereas" (miners underground at Cam
Pha, the Elbe clean-up bill, dengue deaths, people evacuated in the Perth Hills, pupils injured in
Kasese, typhoon crop damage, crew members sick on the Aurora Vale, jobs cut at Mekong Stitch); two
sources in one report with no cue word (styrene leaked into the Elbe, the Sisak rebuild cost, inmates
killed at Pavon, Harare's dry filling stations, the Sofia crowd); two outlets on the same day or the
next with no cue word (dengue deaths, cattle culled, hectares of rice flattened by the typhoon); a
source rejecting or quoting back another's number ("against the
company's 41", "rejecting the fishermen's estimate of 25 million", "rejected the ombudsman's figure
of 13", "not the 12 billion claimed by", "against the government's count of 4,800", "rejecting the
importers' count of 210", "against the 31 reported by", "rejected the company's figure"); and one
side restating its number later ("said again", "maintained", "stood by": the miners' union, the
Central Command, Paraguay's Health Ministry, Croatia's transport ministry, Perth police, Guatemala's
prison service, the business chambers, South Africa's agriculture department and the farmers' union,
Kasese police, Zimbabwe's regulator, the ship's operator, the garment union, the Sofia organisers).
Disputes are over deaths, but also over miners, tonnes, costs in euros, rupees and pesos, people
evacuated, cattle culled, injured pupils, hectares, filling stations, sick crew, jobs and a crowd.
Revisions are counts or estimates that move over days, some with a cue word ("rose to", "climbed to",
"now", "revised", "final count", "raised their estimate", "up from") and some without ("had been
detained", "numbered 52 by Wednesday", "remained at large", "were still without power", "Six pupils
have died"): tolls that rise (mine, bridge, school, typhoon), counts that fall (trapped miners,
missing people at Sisak, escaped inmates still at large, customers without power), dengue cases,
hectares burned and homes lost near Perth, an insured-loss estimate that is raised, farms under
quarantine, sick passengers, the petrol price, and detentions in Sofia; several updates are then
repeated by another outlet. Consistent figures include one value repeated in different words and
number forms ("Four"/"4", "Twelve"/"12", "Sixty"/"60", "9"/"Nine", "Seven"/"7", "7.2 million"/
"7,200,000", "3.2 million dollars"/"$3.2 million", "230 km/h"/"230 kilometres an hour"), values that
can all be true under qualifiers ("at least 6" and seven vehicles on the bridge, "More than 120,000"
and 128,000 evacuated, "About 60" pupils), and scope traps kept apart from a nearby disputed or
revised figure (Cagayan's deaths against the national typhoon toll, Asuncion's dengue cases and South
America's against Paraguay's, Western Australia's season total against the Perth Hills fire, the
bridge's daily traffic against the vehicles on it, the inmates who escaped against those still at
large, all Harare's filling stations against the dry ones, all customers against those without
power, the ship's passengers against the sick ones, Mekong Stitch's workforce and Cambodia's
garment-sector job losses in 2024 against the cuts, Kasese district's classrooms against one school).
NO_FIGURE values are clock times, durations, ages, ordinals, years, a date, votes, a match score, the
two ends of two ranges and rhetorical series inside quotes.
"""

from __future__ import annotations

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a coal mine floods at Cam Pha: trapped miners fall, the toll rises, a dispute over who was underground ---
    Report("mine1", "Cobalt Wire", at(1, 14, 10),
           "Water flooded a coal mine in Cam Pha in Vietnam's Quang Ninh province shortly after 6 a.m. on "
           "Tuesday, trapping 23 miners, the provincial government said. Rescuers began pumping water from the "
           "shaft."),
    Report("mine2", "Evening Lantern", at(1, 14, 15),
           "Dong Bac Coal, which runs the Cam Pha mine, said 41 miners were underground when the water broke in, "
           "but the miners' union put the number at 58. Eighteen of them climbed out unaided, the company said."),
    Report("mine3", "Ridgeway Press Service", at(1, 15, 9),
           "Rescuers in Quang Ninh pulled 9 miners out alive overnight, leaving 14 still trapped in the flooded "
           "Cam Pha mine, the provincial government said. Pumps have run for 30 hours without a break, rescue "
           "chief Nguyen Van Hai, 49, said."),
    Report("mine4", "Radio Tamsin", at(1, 15, 14),
           "The bodies of 3 miners were recovered from the Cam Pha mine, the provincial government said. The "
           "miners' union said again that 58 men had been underground, against the company's 41."),
    Report("mine5", "Cobalt Wire", at(1, 16, 10),
           "The death toll from the flooding of the Cam Pha coal mine rose to 8 on Thursday, the provincial "
           "government said, and 6 miners were still trapped. Nine miners pulled out alive on Wednesday were "
           "recovering in hospital in Ha Long. It was the second deadly accident at a Quang Ninh mine this year."),
    # --- a chemical tanker collision in the Elbe: disputes over the leak and the clean-up bill ---
    Report("tank1", "Estuary Chronicle", at(2, 3, 8),
           "A chemical tanker and a container ship collided in the Elbe estuary off Cuxhaven at 11.40 p.m. on "
           "Sunday, Germany's Central Command for Maritime Emergencies said. The tanker, the Maren Sol, was "
           "carrying 7,200 tonnes of styrene. Four crew members were injured."),
    Report("tank2", "Cobalt Wire", at(2, 3, 13),
           "About 90 tonnes of styrene leaked from the Maren Sol after the collision off Cuxhaven, the Central "
           "Command said. The environmental group Elbe Watch said at least 400 tonnes had escaped into the river. "
           "The 4 injured crew members were taken to hospital, and the tanker's 62-year-old captain was "
           "questioned by police."),
    Report("tank3", "Ridgeway Press Service", at(2, 3, 18),
           "The Central Command maintained that no more than 90 tonnes of styrene had leaked from the tanker, "
           "which was carrying 7,200 tonnes. Shipping on the Elbe was halted for 14 hours."),
    Report("tank4", "Radio Tamsin", at(2, 4, 9),
           "Fishermen's groups said the clean-up of the Elbe estuary would cost 25 million euros, while Lower "
           "Saxony's environment ministry put the bill at 8 million euros. The Maren Sol, built in 2009, was "
           "towed to Brunsbuttel."),
    Report("tank5", "Evening Lantern", at(2, 5, 9),
           "Lower Saxony's environment ministry said cleaning up the Elbe estuary would cost about 8 million "
           "euros, rejecting the fishermen's estimate of 25 million. The estuary will need 3 years to recover "
           "fully, the ministry said."),
    # --- dengue in Paraguay: cases climb week on week, deaths disputed, scope traps ---
    Report("deng1", "Ridgeway Press Service", at(3, 3, 9),
           "Paraguay has recorded 18,400 dengue cases since January, the Health Ministry said on Monday. Of "
           "those, 6,100 were in the capital Asuncion. The ministry confirmed 12 deaths."),
    Report("deng2", "Radio Tamsin", at(3, 3, 14),
           "A doctors' union in Paraguay said at least 31 people had died of dengue this year. A 7-year-old girl "
           "was among the dead. Hospitals in Central department have set up 40 emergency tents for feverish "
           "patients."),
    Report("deng3", "Cobalt Wire", at(3, 10, 9),
           "Dengue cases in Paraguay climbed to 22,900, the Health Ministry said. The ministry said again that 12 "
           "people had died, while the doctors' union put the toll at 31."),
    Report("deng4", "Estuary Chronicle", at(3, 17, 9),
           "Paraguay has now confirmed 27,300 dengue cases this year, the Health Ministry said. Health Minister "
           "Maria Benitez, 52, said the peak had passed."),
    Report("deng5", "Evening Lantern", at(3, 17, 15),
           "Dengue cases in Paraguay reached 27,300, the ministry said, the country's worst season since 2013. "
           "Across South America, 1.4 million cases have been reported this year, regional health officials "
           "said."),
    # --- a bridge collapse at Sisak: the toll rises, the missing fall, the rebuild cost disputed ---
    Report("br1", "Evening Lantern", at(4, 7, 19),
           "A road bridge over the Sava river in Sisak, Croatia, collapsed at 7.20 p.m. on Monday, sending at "
           "least 6 vehicles into the water, police said. Five people were confirmed dead. The bridge was built "
           "in 1934."),
    Report("br2", "Cobalt Wire", at(4, 7, 22),
           "Seven vehicles were on the Sisak bridge when it gave way, the fire brigade said. Divers were "
           "searching for 4 people reported missing. A 29-year-old man swam to the bank."),
    Report("br3", "Ridgeway Press Service", at(4, 8, 10),
           "Divers worked through the night and the death toll from the Sisak bridge collapse climbed to 7, "
           "police said. Police said 2 people were still missing."),
    Report("br4", "Radio Tamsin", at(4, 8, 13),
           "Croatia's transport ministry put the cost of rebuilding the Sisak bridge at 40 million euros. Sisak's "
           "mayor said a rebuild would cost at least 65 million euros. The bridge carried about 12,000 vehicles "
           "a day."),
    Report("br5", "Estuary Chronicle", at(4, 10, 9),
           "Police gave a final count of 9 dead from the Sisak bridge collapse on Thursday, after divers found "
           "the last of the missing. The transport ministry stood by its estimate of 40 million euros to rebuild "
           "the bridge."),
    # --- a bushfire in the Perth Hills: hectares and homes grow, evacuees disputed, insurers raise an estimate ---
    Report("wf1", "Radio Tamsin", at(1, 20, 8),
           "A bushfire in the hills south-east of Perth has burned 2,300 hectares and destroyed 14 homes, the "
           "Department of Fire and Emergency Services said on Monday. The fire was reported at 1.15 p.m. on "
           "Sunday."),
    Report("wf2", "Estuary Chronicle", at(1, 20, 16),
           "Western Australia Police said 3,000 residents of Roleystone and Karragullen had been evacuated, "
           "whereas the City of Armadale said about 1,800 people had left their homes. Firefighters have been on "
           "the fire lines for 36 hours. It is the third fire to threaten the Perth Hills since 2021."),
    Report("wf3", "Cobalt Wire", at(1, 21, 9),
           "The Perth Hills bushfire has now burnt through 5,800 hectares, fire officials said. They revised the "
           "number of homes destroyed to 31. Insurers estimated insured losses at 60 million Australian dollars."),
    Report("wf4", "Ridgeway Press Service", at(1, 22, 9),
           "Fire officials said the blaze south-east of Perth had burned 9,100 hectares and destroyed 31 homes. "
           "Police said again that 3,000 people had been evacuated. \"One fire, two fires, three fires a summer "
           "now,\" said a Roleystone resident."),
    Report("wf5", "Evening Lantern", at(1, 22, 12),
           "The bushfire near Perth has burned 9,100 hectares, fire officials said. Insurers raised their "
           "estimate of insured losses from the fire to 140 million Australian dollars. Bushfires in Western "
           "Australia have burned 48,000 hectares since December."),
    # --- a prison riot at Pavon: the dead disputed, escaped inmates still at large fall ---
    Report("pr1", "Cobalt Wire", at(5, 11, 20),
           "A riot that broke out at about 2 p.m. at the Pavon prison in Fraijanes, outside Guatemala City, left "
           "7 inmates dead on Sunday, the prison service said. Inmates took 12 guards hostage."),
    Report("pr2", "Ridgeway Press Service", at(5, 11, 23),
           "Guatemala's human rights ombudsman said 13 inmates had been killed in the riot at Pavon prison. The "
           "prison service put the number of dead at 7."),
    Report("pr3", "Estuary Chronicle", at(5, 12, 9),
           "Twelve guards held by rioting inmates at Pavon prison were freed unharmed after a 45-minute "
           "standoff, the prison service said. Of the 26 inmates who escaped, 17 were still at large on Monday, "
           "police said."),
    Report("pr4", "Radio Tamsin", at(5, 12, 15),
           "The prison service stood by its count of 7 dead in the Pavon riot and rejected the ombudsman's "
           "figure of 13. The prison holds 3,100 inmates."),
    Report("pr5", "Evening Lantern", at(5, 14, 9),
           "Police said 6 inmates who fled Pavon prison during Sunday's riot remained at large. The 26 escapees "
           "had been serving sentences of up to 50 years."),
    # --- a blackout in Sri Lanka: customers without power fall, the cost to business disputed ---
    Report("pw1", "Ridgeway Press Service", at(6, 9, 8),
           "A fault at the Norochcholai coal power plant in Sri Lanka's Puttalam district cut 900 megawatts from "
           "the grid on Sunday night, the Ceylon Electricity Board said. Power went out across the island at "
           "10.30 p.m."),
    Report("pw2", "Evening Lantern", at(6, 9, 12),
           "Some 3.1 million of the Ceylon Electricity Board's 7.2 million customers were still without power at "
           "6 a.m. on Monday, the board said."),
    Report("pw3", "Cobalt Wire", at(6, 10, 9),
           "Sri Lanka's business chambers said the island-wide blackout had cost businesses 12 billion rupees. "
           "The 900-megawatt Norochcholai plant remained offline."),
    Report("pw4", "Radio Tamsin", at(6, 10, 14),
           "Energy Minister Kumara Jayasekara said the blackout cost businesses about 3 billion rupees, not the "
           "12 billion claimed by the business chambers. About 400,000 of the electricity board's 7,200,000 "
           "customers were still without power."),
    Report("pw5", "Estuary Chronicle", at(6, 11, 9),
           "Sri Lanka's business chambers maintained that the blackout cost businesses 12 billion rupees. The "
           "plant's second unit, commissioned in 2014, is still offline."),
    # --- foot-and-mouth in the Free State: cattle culled disputed, quarantined farms rise ---
    Report("fmd1", "Evening Lantern", at(7, 7, 9),
           "South Africa's agriculture department said 4,800 cattle had been culled on farms around Bethlehem in "
           "the Free State to contain an outbreak of foot-and-mouth disease. Some 23 farms were under "
           "quarantine. It is the first outbreak in the province since 2022."),
    Report("fmd2", "Estuary Chronicle", at(7, 7, 14),
           "The Free State farmers' union said 11,000 cattle had been culled near Bethlehem. The outbreak was "
           "detected on June 28."),
    Report("fmd3", "Cobalt Wire", at(7, 8, 9),
           "Farms under quarantine in the Free State rose to 37 on Tuesday, the agriculture department said. It "
           "stood by its count of 4,800 animals culled. The department has set aside 45 million rand to "
           "compensate farmers."),
    Report("fmd4", "Radio Tamsin", at(7, 9, 9),
           "Quarantined farms in the Free State numbered 52 by Wednesday, the agriculture department said. A "
           "farmer near Bethlehem said the cull had wiped out a herd that took 30 years to build."),
    Report("fmd5", "Ridgeway Press Service", at(7, 9, 15),
           "Farmers near Bethlehem will share 45 million rand in compensation, the agriculture department said. "
           "The farmers' union said again that 11,000 cattle had been killed, against the government's count of "
           "4,800."),
    # --- a classroom roof collapse in Kasese: the toll rises, the injured disputed ---
    Report("sch1", "Cobalt Wire", at(9, 15, 13),
           "The roof of a classroom at a primary school in Kasese, western Uganda, collapsed during heavy rain at "
           "about 10.40 a.m. on Monday, killing 4 pupils, police said. About 60 pupils were in the classroom at "
           "the time."),
    Report("sch2", "Radio Tamsin", at(9, 15, 17),
           "Police said 42 pupils were injured when the school roof collapsed in Kasese, but the district health "
           "officer said 27 children had been treated for injuries."),
    Report("sch3", "Ridgeway Press Service", at(9, 16, 9),
           "Six pupils have died after a classroom roof fell in at a school in Kasese, police said on Tuesday. "
           "The children were aged between 8 and 12."),
    Report("sch4", "Estuary Chronicle", at(9, 16, 15),
           "The death toll from the Kasese school collapse stands at 6, police said. Sixty pupils were in the "
           "classroom, which was built in 1998."),
    Report("sch5", "Evening Lantern", at(9, 17, 9),
           "Uganda's education ministry said 340 classrooms in Kasese district needed urgent repairs. Police "
           "stood by their count of 42 injured pupils."),
    # --- Typhoon Kalasag: the national toll rises, a province's deaths, crop losses and hectares disputed ---
    Report("ty1", "Estuary Chronicle", at(10, 20, 8),
           "Typhoon Kalasag made landfall in Cagayan province in the northern Philippines early on Monday with "
           "gusts of 230 km/h, the weather bureau PAGASA said. More than 120,000 people had been evacuated "
           "before it struck. It was the 14th storm to hit the country this year."),
    Report("ty2", "Cobalt Wire", at(10, 20, 14),
           "The national disaster council said 128,000 people had fled to evacuation centres as Typhoon Kalasag "
           "hit Cagayan with gusts of 230 kilometres an hour. Three people were killed by falling trees and "
           "landslides, the council said."),
    Report("ty3", "Radio Tamsin", at(10, 21, 9),
           "The death toll from Typhoon Kalasag climbed to 11 across the Philippines, the disaster council said "
           "on Tuesday. Seven of the dead were in Cagayan. Classes in northern Luzon were suspended for 2 days."),
    Report("ty4", "Ridgeway Press Service", at(10, 21, 15),
           "The agriculture department put crop damage from Typhoon Kalasag at 2.4 billion pesos, whereas the "
           "Cagayan Farmers' Alliance estimated the losses at 6 billion pesos. The department said 31,000 "
           "hectares of rice had been flattened."),
    Report("ty5", "Evening Lantern", at(10, 22, 9),
           "Typhoon Kalasag has killed 19 people in the Philippines, 7 of them in Cagayan, the disaster council "
           "said. The Cagayan Farmers' Alliance said 58,000 hectares of rice fields had been destroyed."),
    # --- a fuel shortage in Harare: dry stations disputed, the petrol price rises ---
    Report("fuel1", "Ridgeway Press Service", at(8, 4, 9),
           "Queues stretched for kilometres in Harare as a fuel shortage gripped Zimbabwe. The Fuel Importers "
           "Association said 210 of the capital's 340 filling stations had run dry. The energy regulator ZERA "
           "said only 90 stations were without fuel."),
    Report("fuel2", "Evening Lantern", at(8, 4, 15),
           "ZERA said again that 90 of Harare's 340 filling stations had no fuel, rejecting the importers' count "
           "of 210. Drivers waited up to 9 hours to fill up."),
    Report("fuel3", "Cobalt Wire", at(8, 5, 9),
           "Zimbabwe's energy ministry said a tanker carrying 35 million litres of diesel and petrol would dock "
           "in Beira, Mozambique, on Thursday. The shortage is the country's worst since 2019."),
    Report("fuel4", "Radio Tamsin", at(8, 6, 9),
           "The price of petrol in Zimbabwe rose to 1.85 dollars a litre on Wednesday, up from 1.60 dollars, "
           "ZERA said. Parliament approved an emergency fuel levy by 141 votes to 63."),
    Report("fuel5", "Estuary Chronicle", at(8, 7, 9),
           "A tanker with 35 million litres of fuel for Zimbabwe docked in Beira on Thursday. Petrol was selling "
           "at 1.85 dollars a litre in Harare."),
    # --- norovirus on a cruise ship in Bergen: sick passengers rise, sick crew disputed ---
    Report("cr1", "Radio Tamsin", at(5, 19, 10),
           "Norwegian health authorities said 86 passengers aboard the cruise ship Aurora Vale had fallen ill "
           "with norovirus before it docked in Bergen on Monday. The ship carries 2,950 passengers and 1,100 "
           "crew."),
    Report("cr2", "Cobalt Wire", at(5, 19, 16),
           "The number of passengers sick with norovirus on the Aurora Vale rose to 143, the ship's operator "
           "said. Bergen's municipal doctor said 31 crew members had also fallen ill, while the operator said "
           "only 12 crew were sick. The ship was built in 2016."),
    Report("cr3", "Evening Lantern", at(5, 20, 9),
           "Sick passengers on the cruise ship in Bergen now number 190, Norway's Institute of Public Health "
           "said. The ship's 2,950 passengers were kept on board for a 48-hour deep clean."),
    Report("cr4", "Estuary Chronicle", at(5, 20, 14),
           "The operator of the Aurora Vale maintained that 12 crew members had norovirus, against the 31 "
           "reported by Bergen's municipal doctor. The 11-night cruise began in Southampton."),
    # --- job cuts at a Phnom Penh garment factory: the company against the union ---
    Report("lay1", "Estuary Chronicle", at(2, 17, 9),
           "Garment maker Mekong Stitch said on Monday it would lay off 1,300 workers at its factory in Phnom "
           "Penh's Por Sen Chey district after losing a European order. The Free Garment Workers' Union rejected "
           "the company's figure and said 2,100 jobs would go."),
    Report("lay2", "Ridgeway Press Service", at(2, 17, 14),
           "Mekong Stitch, which employs 4,500 people in Phnom Penh, said it would cut 1,300 jobs, but the union "
           "said the cuts would reach 2,100. The factory is the city's fifth largest garment plant."),
    Report("lay3", "Cobalt Wire", at(2, 18, 9),
           "Workers laid off by Mekong Stitch will receive severance totalling 3.2 million dollars, Cambodia's "
           "labour ministry said. Some 800 workers protested outside the Phnom Penh factory for 3 hours on "
           "Monday."),
    Report("lay4", "Evening Lantern", at(2, 19, 9),
           "The Free Garment Workers' Union stood by its figure of 2,100 job losses at Mekong Stitch. Severance "
           "payments would total $3.2 million, the labour ministry said. Cambodia's garment sector shed 17,000 "
           "jobs in 2024, according to industry figures."),
    # --- a march in Sofia: police against organisers, detentions rise ---
    Report("mar1", "Cobalt Wire", at(11, 8, 19),
           "Police said 9,000 people marched through central Sofia on Saturday against a rise in electricity "
           "prices. Organisers put the turnout at 35,000."),
    Report("mar2", "Radio Tamsin", at(11, 8, 21),
           "Some 35,000 people marched in Sofia against higher power bills, the organisers said. Police said 14 "
           "people were detained. The march lasted four hours, and fans of a local football club joined after "
           "their team's 2-1 win."),
    Report("mar3", "Ridgeway Press Service", at(11, 9, 9),
           "Saturday's march in Sofia drew 9,000 people, according to the interior ministry. Between 2,000 and "
           "3,000 police officers were deployed in the city centre."),
    Report("mar4", "Estuary Chronicle", at(11, 9, 15),
           "Bulgaria's interior ministry said 22 people had been detained after the Sofia march. \"Ten leva, "
           "twenty leva, fifty leva more on every bill,\" a pensioner said. The organisers maintained that "
           "35,000 people took part."),
    Report("mar5", "Evening Lantern", at(11, 10, 9),
           "Electricity bills in Bulgaria are due to rise by 18% from January, the energy regulator said. Its "
           "board approved the rise by 5 votes to 2."),
)

FIGURES = (
    # --- mine flooding, Cam Pha ---
    LabelledFigure("miners trapped at Cam Pha", "revised", (("mine1", "23"), ("mine3", "14"), ("mine5", "6"))),
    LabelledFigure("miners killed at Cam Pha", "revised", (("mine4", "3"), ("mine5", "8"))),
    LabelledFigure("miners underground when the water broke in", "disputed",
                   (("mine2", "41"), ("mine2", "58"), ("mine4", "58"), ("mine4", "41"))),
    LabelledFigure("miners who climbed out unaided", "consistent", (("mine2", "Eighteen"),)),
    LabelledFigure("miners pulled out alive", "consistent", (("mine3", "9"), ("mine5", "Nine"))),
    # --- tanker collision, Elbe ---
    LabelledFigure("styrene leaked into the Elbe", "disputed", (("tank2", "90"), ("tank2", "400"), ("tank3", "90"))),
    LabelledFigure("cost of the Elbe clean-up", "disputed",
                   (("tank4", "25 million"), ("tank4", "8 million"), ("tank5", "8 million"), ("tank5", "25 million"))),
    LabelledFigure("styrene carried by the Maren Sol", "consistent", (("tank1", "7,200"), ("tank3", "7,200"))),
    LabelledFigure("crew members injured", "consistent", (("tank1", "Four"), ("tank2", "4"))),
    # --- dengue, Paraguay ---
    LabelledFigure("dengue cases, Paraguay", "revised",
                   (("deng1", "18,400"), ("deng3", "22,900"), ("deng4", "27,300"), ("deng5", "27,300"))),
    LabelledFigure("dengue deaths, Paraguay", "disputed",
                   (("deng1", "12"), ("deng2", "31"), ("deng3", "12"), ("deng3", "31"))),
    LabelledFigure("dengue cases in Asuncion", "consistent", (("deng1", "6,100"),)),
    LabelledFigure("emergency tents in Central department", "consistent", (("deng2", "40"),)),
    LabelledFigure("dengue cases across South America", "consistent", (("deng5", "1.4 million"),)),
    # --- bridge collapse, Sisak ---
    LabelledFigure("dead in the Sisak bridge collapse", "revised", (("br1", "Five"), ("br3", "7"), ("br5", "9"))),
    LabelledFigure("missing after the Sisak bridge collapse", "revised", (("br2", "4"), ("br3", "2"))),
    LabelledFigure("vehicles on the Sisak bridge", "consistent", (("br1", "6"), ("br2", "Seven"))),
    LabelledFigure("cost of rebuilding the Sisak bridge", "disputed",
                   (("br4", "40 million"), ("br4", "65 million"), ("br5", "40 million"))),
    LabelledFigure("vehicles crossing the Sisak bridge a day", "consistent", (("br4", "12,000"),)),
    # --- bushfire, Perth Hills ---
    LabelledFigure("hectares burned in the Perth Hills", "revised",
                   (("wf1", "2,300"), ("wf3", "5,800"), ("wf4", "9,100"), ("wf5", "9,100"))),
    LabelledFigure("homes destroyed in the Perth Hills", "revised", (("wf1", "14"), ("wf3", "31"), ("wf4", "31"))),
    LabelledFigure("people evacuated, Perth Hills", "disputed", (("wf2", "3,000"), ("wf2", "1,800"), ("wf4", "3,000"))),
    LabelledFigure("insured losses from the Perth Hills fire", "revised", (("wf3", "60 million"), ("wf5", "140 million"))),
    LabelledFigure("hectares burned in Western Australia this season", "consistent", (("wf5", "48,000"),)),
    # --- prison riot, Pavon ---
    LabelledFigure("inmates killed at Pavon", "disputed",
                   (("pr1", "7"), ("pr2", "13"), ("pr2", "7"), ("pr4", "7"), ("pr4", "13"))),
    LabelledFigure("guards taken hostage at Pavon", "consistent", (("pr1", "12"), ("pr3", "Twelve"))),
    LabelledFigure("inmates who escaped from Pavon", "consistent", (("pr3", "26"), ("pr5", "26"))),
    LabelledFigure("escaped inmates still at large", "revised", (("pr3", "17"), ("pr5", "6"))),
    LabelledFigure("inmates held at Pavon", "consistent", (("pr4", "3,100"),)),
    # --- blackout, Sri Lanka ---
    LabelledFigure("megawatts lost at Norochcholai", "consistent", (("pw1", "900"), ("pw3", "900"))),
    LabelledFigure("customers without power, Sri Lanka", "revised", (("pw2", "3.1 million"), ("pw4", "400,000"))),
    LabelledFigure("electricity board customers", "consistent", (("pw2", "7.2 million"), ("pw4", "7,200,000"))),
    LabelledFigure("blackout losses to business", "disputed",
                   (("pw3", "12 billion"), ("pw4", "3 billion"), ("pw4", "12 billion"), ("pw5", "12 billion"))),
    # --- foot-and-mouth, Free State ---
    LabelledFigure("cattle culled around Bethlehem", "disputed",
                   (("fmd1", "4,800"), ("fmd2", "11,000"), ("fmd3", "4,800"), ("fmd5", "11,000"), ("fmd5", "4,800"))),
    LabelledFigure("farms under quarantine, Free State", "revised", (("fmd1", "23"), ("fmd3", "37"), ("fmd4", "52"))),
    LabelledFigure("compensation for Free State farmers", "consistent", (("fmd3", "45 million"), ("fmd5", "45 million"))),
    # --- school roof collapse, Kasese ---
    LabelledFigure("pupils killed in Kasese", "revised", (("sch1", "4"), ("sch3", "Six"), ("sch4", "6"))),
    LabelledFigure("pupils injured in Kasese", "disputed", (("sch2", "42"), ("sch2", "27"), ("sch5", "42"))),
    LabelledFigure("pupils in the classroom", "consistent", (("sch1", "60"), ("sch4", "Sixty"))),
    LabelledFigure("classrooms needing repairs in Kasese district", "consistent", (("sch5", "340"),)),
    # --- Typhoon Kalasag ---
    LabelledFigure("typhoon gusts", "consistent", (("ty1", "230"), ("ty2", "230"))),
    LabelledFigure("people evacuated before the typhoon", "consistent", (("ty1", "120,000"), ("ty2", "128,000"))),
    LabelledFigure("typhoon deaths, Philippines", "revised", (("ty2", "Three"), ("ty3", "11"), ("ty5", "19"))),
    LabelledFigure("typhoon deaths in Cagayan", "consistent", (("ty3", "Seven"), ("ty5", "7"))),
    LabelledFigure("typhoon crop damage", "disputed", (("ty4", "2.4 billion"), ("ty4", "6 billion"))),
    LabelledFigure("hectares of rice destroyed by the typhoon", "disputed", (("ty4", "31,000"), ("ty5", "58,000"))),
    # --- fuel shortage, Harare ---
    LabelledFigure("Harare filling stations without fuel", "disputed",
                   (("fuel1", "210"), ("fuel1", "90"), ("fuel2", "90"), ("fuel2", "210"))),
    LabelledFigure("filling stations in Harare", "consistent", (("fuel1", "340"), ("fuel2", "340"))),
    LabelledFigure("fuel on the tanker to Beira", "consistent", (("fuel3", "35 million"), ("fuel5", "35 million"))),
    LabelledFigure("petrol price, Zimbabwe", "revised", (("fuel4", "1.60"), ("fuel4", "1.85"), ("fuel5", "1.85"))),
    # --- norovirus, Aurora Vale ---
    LabelledFigure("sick passengers on the Aurora Vale", "revised", (("cr1", "86"), ("cr2", "143"), ("cr3", "190"))),
    LabelledFigure("sick crew on the Aurora Vale", "disputed",
                   (("cr2", "31"), ("cr2", "12"), ("cr4", "12"), ("cr4", "31"))),
    LabelledFigure("passengers aboard the Aurora Vale", "consistent", (("cr1", "2,950"), ("cr3", "2,950"))),
    LabelledFigure("crew aboard the Aurora Vale", "consistent", (("cr1", "1,100"),)),
    # --- job cuts, Mekong Stitch ---
    LabelledFigure("jobs cut at Mekong Stitch", "disputed",
                   (("lay1", "1,300"), ("lay1", "2,100"), ("lay2", "1,300"), ("lay2", "2,100"), ("lay4", "2,100"))),
    LabelledFigure("Mekong Stitch workforce in Phnom Penh", "consistent", (("lay2", "4,500"),)),
    LabelledFigure("severance for Mekong Stitch workers", "consistent", (("lay3", "3.2 million"), ("lay4", "3.2 million"))),
    LabelledFigure("workers protesting outside the factory", "consistent", (("lay3", "800"),)),
    LabelledFigure("Cambodian garment jobs lost in 2024", "consistent", (("lay4", "17,000"),)),
    # --- march, Sofia ---
    LabelledFigure("marchers in Sofia", "disputed",
                   (("mar1", "9,000"), ("mar1", "35,000"), ("mar2", "35,000"), ("mar3", "9,000"), ("mar4", "35,000"))),
    LabelledFigure("people detained after the Sofia march", "revised", (("mar2", "14"), ("mar4", "22"))),
    LabelledFigure("rise in Bulgarian electricity bills", "consistent", (("mar5", "18%"),)),
)

# Numbers that are no figure: clock times, durations, ages, ordinals, years, a date, votes, a match
# score, the two ends of a range and rhetorical series inside one quote. None of them may be in a
# figure with another value.
NO_FIGURE = (
    ("mine1", "6 a.m."), ("mine3", "30 hours"), ("mine3", "49"), ("mine5", "second"),
    ("tank1", "11.40 p.m."), ("tank2", "62-year-old"), ("tank3", "14 hours"), ("tank4", "2009"), ("tank5", "3 years"),
    ("deng2", "7-year-old"), ("deng4", "52"), ("deng5", "2013"),
    ("br1", "7.20 p.m."), ("br1", "1934"), ("br2", "29-year-old"),
    ("wf1", "1.15 p.m."), ("wf2", "36 hours"), ("wf2", "third"), ("wf2", "2021"),
    ("wf4", "One fire"), ("wf4", "two fires"), ("wf4", "three fires"),
    ("pr1", "2 p.m."), ("pr3", "45-minute"), ("pr5", "50 years"),
    ("pw1", "10.30 p.m."), ("pw2", "6 a.m."), ("pw5", "second"), ("pw5", "2014"),
    ("fmd1", "first"), ("fmd1", "2022"), ("fmd2", "June 28"), ("fmd4", "30 years"),
    ("sch1", "10.40 a.m."), ("sch3", "8"), ("sch3", "12"), ("sch4", "1998"),
    ("ty1", "14th"), ("ty3", "2 days"),
    ("fuel2", "9 hours"), ("fuel3", "2019"), ("fuel4", "141 votes to 63"),
    ("cr2", "2016"), ("cr3", "48-hour"), ("cr4", "11-night"),
    ("lay2", "fifth"), ("lay3", "3 hours"), ("lay4", "2024"),
    ("mar2", "four hours"), ("mar2", "2-1"), ("mar3", "2,000"), ("mar3", "3,000"),
    ("mar4", "Ten leva"), ("mar4", "twenty leva"), ("mar4", "fifty leva"), ("mar5", "5 votes to 2"),
)
