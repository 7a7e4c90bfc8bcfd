"""A held-out labelled set for figures, written blind: 58 short wire-style reports from 5 invented
outlets (Tidewater Wire, Morning Courant, Atlas News Service, Radio Equinox, Pacific Bulletin) about
14 invented events in real places, all dated in 2025. It was written without reading the product's
code, its other tests or the other figure_reports_* sets; only figure_reports.py (the format and its
labelling conventions), the docstring of figure_reports_heldout25.py (for the kind of header) and
the text of the figures issue were read.

Events: a ferry capsizing on Lake Victoria near Mwanza (Tanzania), a landslide in Myagdi district
(Nepal), a measles outbreak in Ulaanbaatar (Mongolia), a refinery fire at Pernis near Rotterdam
(Netherlands), a heatwave in Andalusia (Spain), a bridge collapse at Avissawella (Sri Lanka), a
teachers' strike in Buenos Aires province (Argentina), a pension fund loss in Busan (South Korea), a
locust swarm in Souss-Massa (Morocco), a stampede at the Argungu fishing festival (Kebbi, Nigeria),
a dam-release flood below the Hoa Binh dam in Phu Tho (Vietnam), a ransomware attack on a hospital
in Lyon (France), a mass food poisoning at a wedding in Sylhet (Bangladesh) and a bushfire smoke
evacuation of Geeveston in the Huon Valley (Tasmania, Australia).

45 labelled figures: 15 disputed, 13 revised, 17 consistent.

Disputes come in every form: one sentence with "while" or "but" (houses buried in Myagdi, heat deaths
in Andalusia, strike participation, vehicles that fell with the bridge, locust crop losses, the
Argungu toll, wedding attendance, Geeveston evacuees); two sentences or clauses of one report with no
cue word (people aboard the ferry, Lyon patient files, drownings in Phu Tho, the La Plata rally);
two outlets on the same day or the next with no cue word (refinery damage, bus passengers at
Avissawella); a second source quoting the first one's number back ("not the two reported by the
ministry", measles deaths); and one side restating its number later (the ferry owner, the ward
chairman, Delta Energie, the Spanish Health Ministry, the Buenos Aires ministry, Sri Lanka's road
authority, Kebbi state, Morocco's ministry, the Lyon hospital, Huon Valley Council). Revisions are
counts or estimates that move over days, worded differently by each outlet, some with a cue word
("rose to", "climbed", "now", "raised its estimate") and some without: tolls that rise (ferry,
landslide, bridge), a missing count that falls, measles cases, heatstroke patients, a pension loss
estimate in won, hectares sprayed against locusts, festival injured, flooded homes, postponed
operations, people sickened by food and hectares burned. Money comes in euros, won, dirhams, rupees
and dollars; measures in hectares, kilometres, metres, square kilometres, cubic metres per second,
barrels a day, degrees Celsius and percentages. Consistent figures include one source's value
repeated by several outlets in different words ("4"/"Four", "2 km"/"two kilometres",
"120-metre"/"120 metres long"), values that can all be true given qualifiers ("at least 40" and 41,
"some 50,000" and "more than 45,000", "about"/"nearly 8,000") and scope or quantity traps kept apart
from a nearby disputed or revised figure (Nepal-wide monsoon deaths against the Myagdi toll,
Spain-wide heat deaths against Andalusia's, the pay offer against the union's demand).

NO_FIGURE holds the traps: durations, clock times (two of them the ends of one range), ages,
ordinals, a council vote, a match score, years (two of them the ends of one range), the two ends of
one range of insects per swarm, and rhetorical series inside quotes.

Labels name a value by report and by the number as written in that report's body.
"""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- ferry capsizing on Lake Victoria, Mwanza, Tanzania: a rising toll, a falling missing count,
    #     the owner against the police over how many were aboard ---
    Report("ferry1", "Tidewater Wire", at(6, 14, 16),
           "A passenger ferry capsized on Lake Victoria near the Tanzanian city of Mwanza on Saturday, killing "
           "at least 12 people, police said. Rescuers pulled at least 40 survivors from the water, regional "
           "commissioner Amina Juma said. The boat overturned at 6:15 a.m. in strong winds."),
    Report("ferry2", "Morning Courant", at(6, 14, 20),
           "The owner of the ferry that sank near Mwanza said it had 90 passengers on board, within its licensed "
           "limit. Regional police commander Peter Nyanda said about 110 people had been aboard. Police said 12 "
           "people had died and 41 had been rescued."),
    Report("ferry3", "Atlas News Service", at(6, 15, 9),
           "The death toll from the Lake Victoria ferry disaster climbed to 27 on Sunday, Tanzanian police said, "
           "as divers searched the wreck. Some 42 people were still missing. Navy divers had been in the water "
           "for 26 hours, a spokesman said."),
    Report("ferry4", "Radio Equinox", at(6, 16, 10),
           "Police in Mwanza said 34 people were now known to have died in Saturday's ferry sinking, and 35 "
           "remained unaccounted for. Ferry owner Joseph Mallya, 58, repeated that the boat had carried 90 "
           "passengers. \"One phone call, two calls, twenty calls, and she never answered,\" said a woman whose "
           "sister was aboard."),
    # --- landslide in Myagdi, Nepal: a rising toll, officials against the ward chairman ---
    Report("slide1", "Atlas News Service", at(7, 3, 7),
           "A landslide buried part of a village in Nepal's Myagdi district before dawn on Thursday, killing "
           "9 people, the district police office said. Heavy monsoon rain had fallen for three days before the "
           "hillside gave way."),
    Report("slide2", "Tidewater Wire", at(7, 3, 13),
           "District officials in Myagdi said 23 houses were buried by Thursday's landslide, while ward chairman "
           "Dil Bahadur Pun said 40 houses had been buried. Soldiers were digging through the mud with shovels."),
    Report("slide3", "Radio Equinox", at(7, 4, 9),
           "The number of people killed by the landslide in Nepal's Myagdi district reached 16 on Friday, police "
           "said. Monsoon rains have killed 74 people across Nepal since mid-June, the home ministry said. The "
           "Beni-Jomsom highway was blocked along a 2 km stretch."),
    Report("slide4", "Pacific Bulletin", at(7, 5, 8),
           "Police in Nepal said on Saturday that the Myagdi landslide had killed 19 people. Ward chairman Dil "
           "Bahadur Pun repeated that 40 houses were buried in his village. The highway remained closed along "
           "two kilometres of road."),
    # --- measles in Ulaanbaatar, Mongolia: cases climb week on week; ministry and doctors differ on deaths ---
    Report("meas1", "Morning Courant", at(2, 10),
           "Mongolia's health ministry said 310 measles cases had been confirmed in Ulaanbaatar since January. "
           "Most patients are children under the age of five, the ministry said."),
    Report("meas2", "Atlas News Service", at(2, 17),
           "Confirmed measles cases in the Mongolian capital rose to 455, the health ministry said on Monday. "
           "Vaccination coverage among children in Ulaanbaatar stands at 82%, according to UNICEF."),
    Report("meas3", "Radio Equinox", at(2, 24),
           "The measles outbreak in Ulaanbaatar has grown to 620 cases, Mongolian health officials said. Two "
           "children have died, the ministry said. UNICEF said only 82% of children in the city had been "
           "vaccinated."),
    Report("meas4", "Pacific Bulletin", at(2, 25),
           "More than 600 measles cases have now been recorded in Ulaanbaatar, the health ministry said. The "
           "Mongolian Medical Association said 5 children had died of the disease, not the two reported by the "
           "ministry. Schools in the capital will close for 10 days from Monday."),
    # --- refinery fire at Pernis, Rotterdam: the owner against the insurers over the damage ---
    Report("ref1", "Tidewater Wire", at(9, 8, 22),
           "A fire broke out at the Pernis refinery near Rotterdam at 9:15 p.m. on Monday, sending black smoke "
           "across the port. The Rijnmond safety region said 4 workers were injured. Residents of Hoogvliet were "
           "told to keep their windows closed."),
    Report("ref2", "Morning Courant", at(9, 9, 10),
           "Four workers were hurt in the fire at the Pernis refinery, the safety region said. Firefighters "
           "needed 14 hours to bring the blaze under control. Refinery owner Delta Energie said the damage would "
           "cost about 120 million euros."),
    Report("ref3", "Atlas News Service", at(9, 9, 16),
           "Dutch insurers put the damage from the Pernis refinery fire at 300 million euros, according to the "
           "Dutch Association of Insurers. The refinery processes 400,000 barrels of oil a day."),
    Report("ref4", "Pacific Bulletin", at(9, 10, 9),
           "Delta Energie said again on Wednesday that the Pernis fire had caused 120 million euros of damage. "
           "Production will restart in the third week of October, the company said. The plant normally refines "
           "some 400,000 barrels a day."),
    # --- heatwave in Andalusia, Spain: the ministry against researchers on deaths; a Spain-wide toll
    #     kept apart; heatstroke patients rise ---
    Report("heat1", "Radio Equinox", at(7, 28, 14),
           "Temperatures reached 46.2 degrees Celsius in Montoro on Sunday, Spain's weather agency AEMET said. "
           "The Health Ministry attributed 95 deaths in Andalusia to last week's heat."),
    Report("heat2", "Morning Courant", at(7, 28, 18),
           "Epidemiologists at the University of Granada estimate that last week's heatwave caused 210 deaths in "
           "Andalusia, while the Health Ministry counts 95. The researchers based their estimate on excess "
           "deaths recorded by hospitals."),
    Report("heat3", "Tidewater Wire", at(7, 29, 9),
           "AEMET said Montoro reached 46.2 degrees on Sunday, the hottest reading of the summer. Officials urged "
           "people in Seville and Cordoba to stay indoors between 1 p.m. and 7 p.m. Sevilla's friendly against Real "
           "Betis went ahead at 10 p.m., and Sevilla won 2-1."),
    Report("heat4", "Atlas News Service", at(7, 29, 15),
           "Spain's Health Ministry stood by its count of 95 heat deaths in Andalusia last week. Across Spain, it "
           "attributed 380 deaths to the heat. The Andalusian government said 1,100 people had been treated in "
           "hospital for heatstroke."),
    Report("heat5", "Pacific Bulletin", at(8, 1, 10),
           "Andalusian hospitals have now treated 1,640 people for heatstroke since the heatwave began, the "
           "regional government said. A 78-year-old farm worker collapsed and died in an olive grove near Jaen "
           "on Thursday, police said."),
    # --- bridge collapse at Avissawella, Sri Lanka: a rising toll; disputes over vehicles and bus passengers ---
    Report("bridge1", "Atlas News Service", at(10, 6, 11),
           "A road bridge over the Kelani river at Avissawella in Sri Lanka collapsed on Monday morning, sending "
           "a bus and several cars into the water. At least 6 people were killed, police said. The 120-metre "
           "bridge was opened in 1962."),
    Report("bridge2", "Tidewater Wire", at(10, 6, 17),
           "The death toll from the bridge collapse at Avissawella rose to 11, Sri Lankan police said. The bus "
           "that fell into the river was carrying 45 passengers, the transport board said. The bridge was "
           "120 metres long."),
    Report("bridge3", "Radio Equinox", at(10, 7, 9),
           "The number of people killed when the Avissawella bridge fell into the Kelani river reached 17 on "
           "Tuesday, police said. The road authority said 7 vehicles fell with the bridge, but witnesses said at "
           "least 12 had gone into the water. The bus company said only 28 passengers had been aboard the bus."),
    Report("bridge4", "Morning Courant", at(10, 7, 14),
           "Seventeen people died when the bridge at Avissawella collapsed, police said. The road authority "
           "maintained that 7 vehicles went into the river. Transport Minister Nimal Perera promised 1 million "
           "rupees to each bereaved family."),
    # --- teachers' strike in Buenos Aires province: union against ministry on turnout; the offer is not
    #     the demand; organisers against police on a rally ---
    Report("strike1", "Morning Courant", at(4, 14, 15),
           "Teachers in Buenos Aires province began a 72-hour strike over pay on Monday. The SUTEBA union said "
           "85% of teachers had joined the walkout, while the provincial education ministry put participation "
           "at 40%."),
    Report("strike2", "Atlas News Service", at(4, 14, 19),
           "Most state schools in Buenos Aires province were shut on Monday by the teachers' strike, the "
           "education ministry said. The province has offered a 12% pay rise, while the union is demanding 30%."),
    Report("strike3", "Tidewater Wire", at(4, 15, 10),
           "The education ministry in Buenos Aires province said again that only 40% of teachers joined Monday's "
           "walkout, the first strike of the school year. Talks with the unions are due on Thursday."),
    Report("strike4", "Radio Equinox", at(4, 15, 18),
           "SUTEBA leader Marta Quiroga told a rally in La Plata that the 12% offer was an insult. \"We waited "
           "one year, two years, three years for a fair wage,\" she said. Organisers said 20,000 teachers "
           "attended; police estimated the crowd at 8,000."),
    # --- pension fund loss in Busan, South Korea: the fund updates its own estimate ---
    Report("pens1", "Pacific Bulletin", at(3, 3, 8),
           "Busan's municipal employees' pension fund lost about 420 billion won on overseas property in 2024, "
           "the fund said in a preliminary estimate on Monday. The fund pays pensions to some 38,000 retired "
           "city workers."),
    Report("pens2", "Atlas News Service", at(3, 4, 10),
           "The Busan city pension fund put its loss on foreign real estate at 420 billion won. Its chief "
           "investment officer, 49, resigned on Tuesday."),
    Report("pens3", "Morning Courant", at(3, 18, 9),
           "The Busan municipal pension fund raised its estimate of last year's loss on foreign property to "
           "610 billion won after revaluing office towers in Frankfurt and Chicago. It had earlier put the loss at "
           "420 billion won."),
    Report("pens4", "Tidewater Wire", at(3, 18, 15),
           "Busan's pension fund now puts its 2024 loss on overseas property at 610 billion won. The city council "
           "voted 31-14 to order an independent audit."),
    # --- locust swarm in Souss-Massa, Morocco: sprayed area grows; farmers against the ministry on losses ---
    Report("loc1", "Tidewater Wire", at(4, 22, 12),
           "A swarm of desert locusts covering about 60 square kilometres reached Morocco's Souss-Massa region "
           "on Tuesday, the agriculture ministry said. Spraying teams had treated 8,000 hectares by the evening. "
           "Each swarm can hold between 40 million and 80 million insects, according to the FAO."),
    Report("loc2", "Radio Equinox", at(4, 24, 9),
           "Moroccan crews have now sprayed 21,000 hectares against locusts in Souss-Massa, the agriculture "
           "ministry said on Thursday. The swarm covers some 60 square kilometres, the FAO said."),
    Report("loc3", "Pacific Bulletin", at(4, 27, 10),
           "The area treated against desert locusts in Souss-Massa reached 35,000 hectares on Sunday, Morocco's "
           "agriculture ministry said. Farmers' groups in the region estimated crop losses at 900 million "
           "dirhams, but the ministry said the damage was below 150 million dirhams."),
    Report("loc4", "Atlas News Service", at(4, 28, 9),
           "Locust damage to crops in Souss-Massa will not exceed 150 million dirhams, Morocco's agriculture "
           "minister said on Monday. Citrus and argan growers were the worst hit."),
    # --- stampede at the Argungu fishing festival, Kebbi, Nigeria: police against the state on the toll ---
    Report("stamp1", "Atlas News Service", at(3, 8, 18),
           "A stampede at the Argungu fishing festival in Nigeria's Kebbi state killed 14 people on Saturday, "
           "police said. Emergency officials said 67 people were injured. Some 50,000 people had gathered on the "
           "river bank, organisers said."),
    Report("stamp2", "Morning Courant", at(3, 8, 21),
           "The Kebbi state government said 31 people died in the crush at the Argungu festival, but police put "
           "the toll at 14. The state governor declared three days of mourning."),
    Report("stamp3", "Radio Equinox", at(3, 9, 10),
           "Kebbi state police said on Sunday that 14 people had died in the Argungu stampede. The number of "
           "people injured rose to 92, the state emergency agency said. The festival, first held in 1934, was "
           "called off for the rest of the week."),
    Report("stamp4", "Pacific Bulletin", at(3, 9, 16),
           "The Kebbi state government repeated that 31 people were killed at the Argungu festival. More than "
           "45,000 people attended, according to the organisers. The crush began at 4:30 p.m., as the fishing "
           "contest ended."),
    # --- dam release below Hoa Binh, Phu Tho, Vietnam: flooded homes rise; police against the Red Cross ---
    Report("dam1", "Tidewater Wire", at(9, 19, 20),
           "Vietnam's Hoa Binh hydropower dam opened its spillway gates on Friday, releasing about 8,000 cubic "
           "metres of water per second into the Da river, operator EVN said. Residents downstream were told to "
           "move to higher ground."),
    Report("dam2", "Atlas News Service", at(9, 20, 9),
           "Water released from the Hoa Binh dam flooded 2,300 homes in Phu Tho province on Saturday, provincial "
           "authorities said. Soldiers used boats to reach stranded families."),
    Report("dam3", "Radio Equinox", at(9, 21, 9),
           "The number of flooded houses in Phu Tho province rose to 5,100 on Sunday, local officials said, as "
           "the Da river kept rising below the Hoa Binh dam. Rescue teams moved families out by boat."),
    Report("dam4", "Pacific Bulletin", at(9, 21, 14),
           "Some 5,100 homes in Phu Tho province were under water on Sunday, local authorities said, after the "
           "Hoa Binh dam released nearly 8,000 cubic metres a second. Villagers said they had been given only "
           "2 hours' warning."),
    Report("dam5", "Morning Courant", at(9, 21, 18),
           "Phu Tho provincial police said 3 people had drowned in the flooding below the Hoa Binh dam. The "
           "Vietnam Red Cross in Phu Tho said 7 people had drowned."),
    # --- ransomware attack on a Lyon hospital: hackers against the hospital on stolen files ---
    Report("cyber1", "Radio Equinox", at(11, 3, 12),
           "A ransomware attack has shut down computer systems at the Terreaux hospital in Lyon, the hospital "
           "said on Monday. It postponed 140 planned operations and sent emergency patients to other hospitals."),
    Report("cyber2", "Atlas News Service", at(11, 4, 10),
           "The gang behind the attack on the Terreaux hospital in Lyon says it stole the records of 1.2 million "
           "patients, according to a post on its leak site. The hospital said no more than 300,000 patient files "
           "had been accessed."),
    Report("cyber3", "Tidewater Wire", at(11, 4, 15),
           "The Terreaux hospital in Lyon has put off 390 operations since the cyber-attack, its director said "
           "on Tuesday. The attackers are demanding a ransom of 5 million dollars in bitcoin, police said."),
    Report("cyber4", "Morning Courant", at(11, 5, 9),
           "Police said the gang that hit the Lyon hospital wants 5 million dollars. Hospital director Claire "
           "Dumont said it would not pay and that at most 300,000 patient files were affected."),
    Report("cyber5", "Pacific Bulletin", at(11, 6, 9),
           "Computer systems at the Terreaux hospital in Lyon came back online after 58 hours, the hospital said. "
           "The stolen files include records from 2015 to 2024, it said."),
    # --- food poisoning at a wedding in Sylhet, Bangladesh: the sick count rises; family against caterer ---
    Report("food1", "Pacific Bulletin", at(1, 19, 11),
           "About 140 guests fell ill after a wedding feast in Bangladesh's Sylhet district on Saturday night, "
           "the district civil surgeon said. Doctors suspected the beef biryani."),
    Report("food2", "Morning Courant", at(1, 19, 18),
           "The number of people treated for food poisoning after a wedding in Sylhet rose to 260, the civil "
           "surgeon's office said. A 9-year-old boy died in hospital, police said."),
    Report("food3", "Atlas News Service", at(1, 20, 9),
           "Health officials in Sylhet said 310 people had fallen sick after eating at the wedding. Most had been "
           "sent home by Monday, doctors said."),
    Report("food4", "Radio Equinox", at(1, 20, 14),
           "The bride's family said 500 guests attended the wedding in Sylhet, but the caterer said he had served "
           "about 800 people. Health officials said 310 guests had fallen ill."),
    # --- bushfire smoke in the Huon Valley, Tasmania: fire service against council on evacuees ---
    Report("smoke1", "Radio Equinox", at(2, 12, 12),
           "Thick smoke from a bushfire in Tasmania's Huon Valley drove residents out of Geeveston on Wednesday. "
           "Tasmania Fire Service said 1,300 people had left the town, but Huon Valley Council said nearly 2,000 "
           "had gone. The fire had burned about 9,500 hectares, the fire service said."),
    Report("smoke2", "Tidewater Wire", at(2, 13, 9),
           "The Huon Valley bushfire in Tasmania has grown to 14,200 hectares, Tasmania Fire Service said on "
           "Thursday. Smoke blanketed Hobart for a second day."),
    Report("smoke3", "Pacific Bulletin", at(2, 13, 15),
           "Huon Valley Council stood by its estimate that nearly 2,000 people fled Geeveston on Wednesday to "
           "escape the smoke, well above the fire service's count. The fire has burned 14,200 hectares, the fire "
           "service said."),
)

FIGURES = (
    # ferry
    LabelledFigure("ferry deaths, Lake Victoria near Mwanza", "revised",
                   (("ferry1", "12"), ("ferry2", "12"), ("ferry3", "27"), ("ferry4", "34"))),
    LabelledFigure("people aboard the Mwanza ferry", "disputed",
                   (("ferry2", "90"), ("ferry2", "110"), ("ferry4", "90"))),
    LabelledFigure("ferry survivors rescued", "consistent", (("ferry1", "40"), ("ferry2", "41"))),
    LabelledFigure("ferry missing", "revised", (("ferry3", "42"), ("ferry4", "35"))),
    # landslide
    LabelledFigure("landslide deaths, Myagdi", "revised", (("slide1", "9"), ("slide3", "16"), ("slide4", "19"))),
    LabelledFigure("houses buried, Myagdi", "disputed", (("slide2", "23"), ("slide2", "40"), ("slide4", "40"))),
    LabelledFigure("monsoon deaths across Nepal", "consistent", (("slide3", "74"),)),
    LabelledFigure("highway blocked, Myagdi", "consistent", (("slide3", "2"), ("slide4", "two"))),
    # measles
    LabelledFigure("measles cases, Ulaanbaatar", "revised",
                   (("meas1", "310"), ("meas2", "455"), ("meas3", "620"), ("meas4", "600"))),
    LabelledFigure("vaccination coverage, Ulaanbaatar", "consistent", (("meas2", "82%"), ("meas3", "82%"))),
    LabelledFigure("measles deaths, Ulaanbaatar", "disputed", (("meas3", "Two"), ("meas4", "5"), ("meas4", "two"))),
    # refinery
    LabelledFigure("refinery fire damage, Pernis", "disputed",
                   (("ref2", "120 million"), ("ref3", "300 million"), ("ref4", "120 million"))),
    LabelledFigure("workers injured, Pernis", "consistent", (("ref1", "4"), ("ref2", "Four"))),
    LabelledFigure("Pernis refinery capacity", "consistent", (("ref3", "400,000"), ("ref4", "400,000"))),
    # heatwave
    LabelledFigure("heat deaths in Andalusia last week", "disputed",
                   (("heat1", "95"), ("heat2", "210"), ("heat2", "95"), ("heat4", "95"))),
    LabelledFigure("heat deaths across Spain last week", "consistent", (("heat4", "380"),)),
    LabelledFigure("temperature in Montoro", "consistent", (("heat1", "46.2"), ("heat3", "46.2"))),
    LabelledFigure("treated for heatstroke, Andalusia", "revised", (("heat4", "1,100"), ("heat5", "1,640"))),
    # bridge
    LabelledFigure("bridge collapse deaths, Avissawella", "revised",
                   (("bridge1", "6"), ("bridge2", "11"), ("bridge3", "17"), ("bridge4", "Seventeen"))),
    LabelledFigure("vehicles that fell with the bridge", "disputed",
                   (("bridge3", "7"), ("bridge3", "12"), ("bridge4", "7"))),
    LabelledFigure("passengers on the bus", "disputed", (("bridge2", "45"), ("bridge3", "28"))),
    LabelledFigure("length of the Avissawella bridge", "consistent", (("bridge1", "120-metre"), ("bridge2", "120"))),
    LabelledFigure("compensation per family, Avissawella", "consistent", (("bridge4", "1 million"),)),
    # teachers' strike
    LabelledFigure("strike participation, Buenos Aires province", "disputed",
                   (("strike1", "85%"), ("strike1", "40%"), ("strike3", "40%"))),
    LabelledFigure("pay rise offered", "consistent", (("strike2", "12%"), ("strike4", "12%"))),
    LabelledFigure("pay rise demanded by the union", "consistent", (("strike2", "30%"),)),
    LabelledFigure("teachers at the La Plata rally", "disputed", (("strike4", "20,000"), ("strike4", "8,000"))),
    # pension fund
    LabelledFigure("Busan pension fund loss on overseas property", "revised",
                   (("pens1", "420 billion"), ("pens2", "420 billion"), ("pens3", "420 billion"),
                    ("pens3", "610 billion"), ("pens4", "610 billion"))),
    LabelledFigure("retired Busan city workers", "consistent", (("pens1", "38,000"),)),
    # locusts
    LabelledFigure("hectares sprayed against locusts, Souss-Massa", "revised",
                   (("loc1", "8,000"), ("loc2", "21,000"), ("loc3", "35,000"))),
    LabelledFigure("area of the locust swarm", "consistent", (("loc1", "60"), ("loc2", "60"))),
    LabelledFigure("locust crop losses, Souss-Massa", "disputed",
                   (("loc3", "900 million"), ("loc3", "150 million"), ("loc4", "150 million"))),
    # stampede
    LabelledFigure("stampede deaths, Argungu", "disputed",
                   (("stamp1", "14"), ("stamp2", "31"), ("stamp2", "14"), ("stamp3", "14"), ("stamp4", "31"))),
    LabelledFigure("stampede injured, Argungu", "revised", (("stamp1", "67"), ("stamp3", "92"))),
    LabelledFigure("crowd at the Argungu festival", "consistent", (("stamp1", "50,000"), ("stamp4", "45,000"))),
    # dam release
    LabelledFigure("homes flooded, Phu Tho", "revised", (("dam2", "2,300"), ("dam3", "5,100"), ("dam4", "5,100"))),
    LabelledFigure("Hoa Binh dam discharge", "consistent", (("dam1", "8,000"), ("dam4", "8,000"))),
    LabelledFigure("drowned in Phu Tho flooding", "disputed", (("dam5", "3"), ("dam5", "7"))),
    # hospital cyber-attack
    LabelledFigure("operations postponed, Lyon hospital", "revised", (("cyber1", "140"), ("cyber3", "390"))),
    LabelledFigure("patient records stolen, Lyon hospital", "disputed",
                   (("cyber2", "1.2 million"), ("cyber2", "300,000"), ("cyber4", "300,000"))),
    LabelledFigure("ransom demanded, Lyon hospital", "consistent", (("cyber3", "5 million"), ("cyber4", "5 million"))),
    # food poisoning
    LabelledFigure("people sickened at the Sylhet wedding", "revised",
                   (("food1", "140"), ("food2", "260"), ("food3", "310"), ("food4", "310"))),
    LabelledFigure("people at the Sylhet wedding", "disputed", (("food4", "500"), ("food4", "800"))),
    # bushfire smoke
    LabelledFigure("hectares burned, Huon Valley", "revised",
                   (("smoke1", "9,500"), ("smoke2", "14,200"), ("smoke3", "14,200"))),
    LabelledFigure("people who left Geeveston", "disputed",
                   (("smoke1", "1,300"), ("smoke1", "2,000"), ("smoke3", "2,000"))),
)

# Numbers that are no figure: durations and times (two clock times are the ends of one range), votes,
# scores, ages, ordinals, years (two of them the ends of one range), the two ends of one range of
# insects per swarm, and rhetorical series inside one quote. None of them may be in a figure with
# another value.
NO_FIGURE = (
    ("ferry1", "6:15 a.m."), ("ferry3", "26 hours"), ("ferry4", "58"),
    ("ferry4", "One phone call"), ("ferry4", "two calls"), ("ferry4", "twenty calls"),
    ("slide1", "three days"),
    ("meas1", "five"), ("meas4", "10 days"),
    ("ref1", "9:15 p.m."), ("ref2", "14 hours"), ("ref4", "third"),
    ("heat3", "1 p.m."), ("heat3", "7 p.m."), ("heat3", "10 p.m."), ("heat3", "2-1"), ("heat5", "78-year-old"),
    ("bridge1", "1962"),
    ("strike1", "72-hour"), ("strike3", "first"),
    ("strike4", "one year"), ("strike4", "two years"), ("strike4", "three years"),
    ("pens1", "2024"), ("pens2", "49"), ("pens4", "2024"), ("pens4", "31-14"),
    ("loc1", "40 million"), ("loc1", "80 million"),
    ("stamp2", "three days"), ("stamp3", "first"), ("stamp3", "1934"), ("stamp4", "4:30 p.m."),
    ("dam4", "2 hours"),
    ("cyber5", "58 hours"), ("cyber5", "2015"), ("cyber5", "2024"),
    ("food2", "9-year-old"),
    ("smoke2", "second"),
)
