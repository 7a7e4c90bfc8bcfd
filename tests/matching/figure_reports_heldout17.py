"""A seventeenth labelled set, unseen by the matcher's rules: 70 reports about 15 events unlike those
of the other sets (a gondola stalled above a ski resort, food poisoning at a wedding feast, a
sinkhole in a city street, leptospirosis in the monsoon, a telecom data breach, molasses spilled
from a split port tank, a fire in an inner-city building, a volcanic eruption closing an island's
villages and a holiday airport, a toxic home brew, an air traffic controllers' strike, an ice storm
cutting power, E. coli from bagged lettuce, a bulk carrier aground on a reef, a jailbreak, a
landslide burying a highland village), written and labelled blind: without reading the matcher's
or the extractor's code, the tests or the other sets' reports, and never run through them before it
was committed.

It holds fourteen disputes (in one sentence with "but the groom's family put the number at", "while
the Inner City Housing Coalition said", "but the province's public security minister put the damage
at", "but the CDC counted", "while the FCT minister said", "while the UN migration agency
estimated", "contradicting the ... Society, which said", "disputed the government's estimate of ...
putting the cost at", "rejecting the French ministry's figure of"; across sentences with no cue
word, a health department against the opposition on a district's deaths, an airline against a
ministry on passengers hit, a government against a company on what replacing documents will cost;
across outlets on the same day with no cue word, a council against engineers on a repair bill, a port
against an environmental group on tonnes spilled, an airport against an aviation authority on
flights cancelled, police against an anti-drugs agency on litres seized; restated later with "stood
by the council's estimate ... well below", "repeated that only ... not the", "rejected the
opposition's claim of", "stood by its estimate of ... rejecting", "repeated that", "double the
City's figure", "against NACADA's", "stuck to its estimate of", "still counts ... five more than",
"rather than the", "not 240 as", "far above the UN's"; one side written in words, "nine", "nine
hundred tonnes"; three of them over money, a repair bill, a document bill and storm damage),
nineteen revisions (wedding guests in hospital, "At least 120" then 186 then "Two hundred" and 200;
deaths "three" then "five"; people still in gondola cabins, 58 then "Nineteen"; cases this year
climbing to "more than 1,600"; deaths this year, 64 then 71; customers exposed, 2.1 million then 2.8
million with "up from the 2.1 million"; swans rescued; a fire's toll, "At least 21" then 34 then
"Thirty-four"; the evacuated, 4,200 then "More than 9,000" then 9,300; a brew's toll, "At least 17"
then 29 then "Twenty-nine"; flights cancelled across Europe; customers without power falling,
410,000 then 260,000 then "About 90,000" then "All but 12,000"; outbreak cases, states and
hospitalizations rising; oil pumped off a ship with "up from 40 tonnes"; escapees recaptured,
"Twenty-three" then 56 then "Fifty-six"; escapees at large falling, 95 then 62 then "Sixty-two";
bodies recovered, "Five" then "nine" then 14 then "Fourteen"), twenty-one consistent figures,
repeated by several outlets and with qualifiers agreeing ("About 90" with "Some 90" and 92, "about
40" with "Some 40", "About 60" with 61, "more than 70" with 74, "about 120" with "Some 120", "more
than 150" with 153, "about 1,250" with "some 1,250", "Some 150,000" with "About 150,000"), one
quantity in several wordings (taken to hospital, treated in hospital, fell ill; died, toll, killed;
stolen, exposed, affected; evacuated, ordered out, sheltering; cancelled, grounded; without power,
in the dark, without electricity, all but ... had power back; recovered, pumped off; escaped, broke
out, freed; recaptured, back in custody), scopes that must stay apart (a state's cases and one
district's; this year's deaths and last year's; a province's customers without power and a city's;
people injured and those still in hospital; customers exposed and licence numbers among them;
inmates held and inmates escaped; escaped, recaptured and at large; people buried, bodies recovered,
homes buried and people displaced; flights cancelled at one airport and across Europe; a state's
count and the national count; an earlier year's poisoning), and the traps: clock times, durations,
years, a date, ages, a hockey score, a serotype, an aircraft model, a ship's name with a number, a
lot code, seven phone and helpline numbers and a rescue service's number, two road numbers, an
alert level, a hospital's level, a building's storeys, heights, depths and distances, ordinals
("first", "second", "third", "fourth"), a ratio ("three times") and changes ("two of them", "two of
his cooks", "Two of the injured", "five more"), and a fall in a company's shares.

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body, with
the currency, unit or percent sign where heldout5's style takes it.
"""

# fmt: off
# Kept in the compact layout of the other labelled sets, one report per block.

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a gondola stalled above Whistler: passengers aboard agreed, those still in the cabins falling ---
    Report("gond1", "Canadian Wire Service", at(2, 14, 20),
           "About 90 passengers were stranded in 46 cabins above Whistler on Saturday after the Creekside "
           "gondola stopped at 11:20 a.m. with a gearbox fault, Whistler Blackcomb said. Search and rescue "
           "teams began lowering people to the snow by rope, and a 71-year-old skier was treated for the cold."),
    Report("gond2", "Pacific Coast Times", at(2, 14, 22),
           "Rescuers had brought down most of the gondola's passengers by nightfall, but 58 people were still "
           "in the cabins at 6 p.m., the resort said. Some 90 skiers and snowboarders were aboard when the lift "
           "stopped, and the 46 cabins hang as high as 40 metres above the slope."),
    Report("gond3", "Mountain Broadcast Online", at(2, 15, 8),
           "Nineteen people spent the night in the stalled Whistler gondola before they too were lowered at "
           "first light, the resort said on Sunday. All 92 passengers are now safe after an ordeal that lasted "
           "more than 20 hours. Guests with refund questions can call 1-800-766-0449."),
    Report("gond4", "The Vancouver Ledger", at(2, 16, 9),
           "WorkSafeBC is investigating why the Creekside gondola stalled on Saturday with 92 people in its "
           "cabins. The lift, installed in 2009, will stay shut for at least two weeks, and traffic on "
           "Highway 99 to the resort was light."),
    # --- food poisoning at a wedding in Faisalabad: the ill and the dead rising, guests disputed ---
    Report("wed1", "Associated Press of Asia", at(11, 9, 18),
           "At least 120 guests were taken to hospital after eating at a wedding feast in Faisalabad on Saturday "
           "night, and three of them have died, Rescue 1122 said. The guests fell ill within an hour of eating "
           "the chicken biryani, doctors at Allied Hospital said."),
    Report("wed2", "The Lahore Chronicle", at(11, 10, 10),
           "The number of people treated in hospital after the Faisalabad wedding feast rose to 186 on Sunday, "
           "and the toll has risen to five, the district health authority said. Police said about 1,500 guests "
           "had attended, but the groom's family put the number at 800."),
    Report("wed3", "Punjab Express Online", at(11, 10, 16),
           "Five guests have died after the wedding in Faisalabad and 186 were treated in hospital, health "
           "officials said. The caterer, 52, and two of his cooks were arrested, and food inspectors sealed his "
           "kitchen on Jhang Road."),
    Report("wed4", "National Broadcaster of Pakistan", at(11, 11, 12),
           "Two hundred guests have now been treated for food poisoning after the Faisalabad wedding, the "
           "district health authority said on Monday, while the death toll stayed at five. The groom's family "
           "repeated that only 800 people were invited, not the 1,500 the police had counted."),
    Report("wed5", "The Frontier Post Online", at(11, 12, 9),
           "The Punjab Food Authority said on Tuesday that the caterer blamed for the Faisalabad wedding "
           "poisoning, in which five guests died and 200 fell ill, had been fined twice since 2021. The bride, "
           "23, was among those treated."),
    # --- a sinkhole in Naples: families agreed, cars agreed, the repair bill disputed ---
    Report("sink1", "Euro Wire", at(3, 2, 7),
           "A sinkhole opened overnight in a street in the Pianura district of Naples, swallowing three parked "
           "cars, and about 40 families were moved out of two apartment blocks, the city's civil protection "
           "office said. The hole appeared at 2:30 a.m. and is 10 metres deep."),
    Report("sink2", "Italy Today English", at(3, 2, 15),
           "Some 40 families spent the night in a sports hall after the Pianura sinkhole opened beneath "
           "Via Provinciale, where three cars fell into the hole. The city council said the repairs would cost "
           "2 million euros."),
    Report("sink3", "Southern Europe Post", at(3, 2, 18),
           "The Naples association of engineers said repairing the Pianura sinkhole and the sewer beneath it "
           "would cost at least 6 million euros. It was the fourth sinkhole in the city since 2022."),
    Report("sink4", "Euro Wire", at(3, 5, 10),
           "The 40 families moved out after the Pianura sinkhole will not go home for at least a month, the "
           "mayor said on Thursday. He stood by the council's estimate that the repairs would cost 2 million "
           "euros, well below the 6 million euros put forward by engineers."),
    # --- leptospirosis in Kerala: cases and deaths this year rising, a district's deaths disputed ---
    Report("lepto1", "Press Trust Wire", at(8, 12, 11),
           "Kerala has recorded 1,412 confirmed cases of leptospirosis this year and 64 deaths, the state health "
           "department said on Tuesday. Last year 121 people died of the disease in the state. Kozhikode "
           "district has reported 212 cases."),
    Report("lepto2", "The Kochi Herald", at(8, 13, 9),
           "Kozhikode district has recorded 212 cases of leptospirosis, the most in Kerala, the health "
           "department said. It said nine people had died of the disease in the district this year. The "
           "Leader of the Opposition said 23 people had died in Kozhikode alone."),
    Report("lepto3", "South India Broadcasting", at(8, 16, 14),
           "Confirmed leptospirosis cases in Kerala rose to 1,530 on Friday and deaths to 71, the health "
           "department said. Doxycycline is being given free at all primary health centres, and people can call "
           "the DISHA helpline on 1056 for advice."),
    Report("lepto4", "The Kochi Herald", at(8, 17, 10),
           "With 71 deaths so far this year, the leptospirosis toll in Kerala is approaching last year's 121, "
           "officials said. The state has 1,530 confirmed cases. The health minister rejected the opposition's "
           "claim of 23 deaths in Kozhikode, saying the district's toll was nine."),
    Report("lepto5", "The Madras Times", at(8, 20, 9),
           "Kerala had recorded more than 1,600 confirmed leptospirosis cases by Tuesday, the health department "
           "said, as heavy rain returned to the state for a third week. Kozhikode, with 212 cases, remains the "
           "worst-hit district."),
    # --- a telecom data breach in Australia: customers exposed rising, the replacement bill disputed ---
    Report("breach1", "Australian National Wire", at(5, 6, 10),
           "Personal details of 2.1 million customers of Kestrel Mobile were stolen in a cyber attack, the "
           "company said on Tuesday. About 150,000 of them had driver's licence numbers exposed. Its shares fell "
           "9% in Sydney."),
    Report("breach2", "The Melbourne Observer", at(5, 7, 9),
           "Kestrel Mobile now says the data of 2.8 million current and former customers was stolen, up from the "
           "2.1 million it disclosed on Tuesday. Some 150,000 licence numbers were among the stolen records, and "
           "customers can call 1300 431 118 for help."),
    Report("breach3", "Broadcast Australia News", at(5, 8, 13),
           "The federal government said replacing passports and licences exposed in the Kestrel Mobile breach "
           "would cost 40 million dollars and that the company should pay. Kestrel said the cost would be nearer "
           "15 million dollars."),
    Report("breach4", "Australian National Wire", at(5, 9, 12),
           "Kestrel Mobile disputed the government's estimate of 40 million dollars for replacing stolen "
           "documents, putting the cost at 15 million dollars. The breach affected 2.8 million customers, "
           "making it the second largest in Australian history."),
    Report("breach5", "The Perth Sentinel", at(5, 13, 10),
           "Kestrel Mobile's chief executive, 54, resigned on Monday, a week after the company said the data of "
           "2.8 million customers had been stolen. Customers whose licence numbers were among the 150,000 "
           "exposed can get new cards free, Service NSW said."),
    # --- molasses spilled at Foynes port: the tonnes disputed, swans rescued rising, the clean-up agreed ---
    Report("mol1", "Irish News Agency", at(9, 18, 13),
           "About 300 tonnes of molasses spilled into the Shannon estuary at Foynes, Co Limerick, when a storage "
           "tank split on Wednesday morning, the port company said. Wildlife rescuers took 14 swans coated in the "
           "syrup to a sanctuary."),
    Report("mol2", "The Limerick Journal", at(9, 18, 19),
           "An environmental group, An Taisce, said nine hundred tonnes of molasses had escaped from the Foynes "
           "tank, three times what the port had admitted. The tank was built in 1971 and last inspected in 2019."),
    Report("mol3", "Irish Broadcasting Online", at(9, 19, 10),
           "The number of swans rescued after the Foynes molasses spill has risen to 27, the Limerick Animal "
           "Welfare group said on Thursday. The port company said the clean-up would cost 1.5 million euros."),
    Report("mol4", "Irish News Agency", at(9, 20, 9),
           "Shannon Foynes Port Company said it stood by its estimate of 300 tonnes spilled, rejecting the "
           "nine hundred tonnes claimed by An Taisce. Rescuers have now taken in 33 swans. The clean-up will "
           "cost 1.5 million euros and take about six weeks."),
    # --- a fire in a Johannesburg building: deaths rising, injured agreed, residents disputed ---
    Report("tower1", "South African Press Wire", at(8, 31, 5),
           "At least 21 people died when fire swept through a five-storey building in Marshall Street in central "
           "Johannesburg at about 1.15am on Thursday, Emergency Management Services said. About 60 people were "
           "injured."),
    Report("tower2", "The Johannesburg Daily", at(8, 31, 12),
           "The death toll from the Marshall Street fire has risen to 34, EMS said, and 61 people were being "
           "treated for burns and smoke inhalation. The City said about 200 people lived in the building, while "
           "the Inner City Housing Coalition said more than 400 people had been living there."),
    Report("tower3", "Cape Broadcasting Online", at(8, 31, 18),
           "Thirty-four people are now known to have died in the Johannesburg building fire, among them a "
           "three-year-old, and 17 of the injured are still in hospital. Many of the dead were trapped behind a "
           "locked gate on the ground floor."),
    Report("tower4", "South African Press Wire", at(9, 1, 10),
           "Seventeen people remain in hospital after Thursday's fire in Marshall Street, in which 34 people died "
           "and 61 were injured, the Gauteng health department said. Two of the injured are in a critical "
           "condition. The City repeated that 200 people lived in the building."),
    Report("tower5", "The Pretoria Post", at(9, 2, 9),
           "The Inner City Housing Coalition said more than 400 people lived in the Marshall Street building, "
           "double the City's figure. It was the worst building fire in Johannesburg since 1998."),
    # --- an eruption on Lembata: the evacuated rising, deaths and villages agreed, flights disputed ---
    Report("volc1", "Indonesia News Agency", at(10, 3, 4),
           "Mount Ile Lewotolok on the island of Lembata erupted on Friday, sending ash 5,000 metres into the "
           "sky, and 4,200 people were evacuated from 11 villages, the disaster agency BNPB said. Two people were "
           "killed by falling rocks. The alert was raised to level 4, the highest."),
    Report("volc2", "Jakarta Daily Online", at(10, 4, 9),
           "More than 9,000 people have now been evacuated from the slopes of Ile Lewotolok, BNPB said on "
           "Saturday. Residents of eleven villages within 7 kilometres of the crater were ordered out, and two "
           "people died."),
    Report("volc3", "Denpasar Tribune", at(10, 4, 14),
           "Bali's Ngurah Rai airport cancelled 48 flights on Saturday because of the ash cloud from Lembata, the "
           "airport operator said. Jetstar and Virgin Australia said they would resume flights after 6pm."),
    Report("volc4", "Australian National Wire", at(10, 4, 17),
           "Airlines cancelled 62 flights in and out of Bali on Saturday as ash from the Lembata eruption drifted "
           "west, the Australian aviation authority said. About 11,000 Australians were waiting to fly home."),
    Report("volc5", "Indonesia News Agency", at(10, 6, 10),
           "BNPB said on Monday that 9,300 people were sheltering in evacuation centres on Lembata. The eruption "
           "killed two people and the 11 evacuated villages remain empty."),
    # --- toxic brew in Kiambu: deaths rising, the poisoned agreed, litres seized disputed ---
    Report("brew1", "East Africa Wire", at(6, 21, 16),
           "At least 17 people have died and more than 70 were taken to hospital after drinking illicit "
           "alcohol in Kiambu County, police said on Saturday. Some of the victims lost their sight."),
    Report("brew2", "Nairobi Evening Star", at(6, 22, 10),
           "The death toll from the toxic brew in Kiambu rose to 29 on Sunday, and 74 people were admitted to "
           "Thika Level 5 Hospital, the county health executive said. Police said they had seized 5,000 litres of "
           "the brew in raids on 14 bars."),
    Report("brew3", "Kenya Broadcast Online", at(6, 22, 19),
           "The anti-drugs authority NACADA said officers had impounded about 2,000 litres of the Kiambu brew. "
           "Laboratory tests found methanol in the samples, and a 38-year-old distiller was arrested in Juja."),
    Report("brew4", "East Africa Wire", at(6, 24, 11),
           "Twenty-nine people have now died after drinking the brew in Kiambu, and 74 were treated in hospital, "
           "officials said on Tuesday. Police repeated that 5,000 litres had been seized, against NACADA's 2,000 "
           "litres. Anyone with information can call 0800 722 203."),
    Report("brew5", "The Mombasa Courier", at(6, 26, 9),
           "The President ordered a crackdown on illicit alcohol after 29 people died in Kiambu, the country's "
           "deadliest such poisoning since 2022, when 43 people died in Murang'a. The 74 survivors treated in "
           "hospital include 11 who lost their sight."),
    # --- a French air traffic control strike: cancellations rising, passengers affected disputed ---
    Report("atc1", "Irish Wire", at(4, 23, 11),
           "Ryanair cancelled about 120 flights to and from Dublin Airport on Wednesday because of a 48-hour "
           "strike by French air traffic controllers. Across Europe, 1,200 flights were cancelled, Eurocontrol "
           "said."),
    Report("atc2", "The Dublin Times", at(4, 23, 19),
           "Some 120 flights from Dublin were grounded on Wednesday by the French strike, and Ryanair said more "
           "than 100,000 of its passengers had been affected. France's transport ministry said about 60,000 "
           "Ryanair passengers had had flights cancelled."),
    Report("atc3", "Irish Broadcasting Online", at(4, 24, 9),
           "Flight cancellations across Europe because of the French air traffic control strike have risen to "
           "2,300, Eurocontrol said on Thursday. Ryanair said its Boeing 737-800 fleet had been forced to fly "
           "around French airspace, adding up to an hour to flights."),
    Report("atc4", "The Munster Echo", at(4, 25, 10),
           "Ryanair's chief executive, 58, said more than 100,000 passengers had been hit by the strike, "
           "rejecting the French ministry's figure of about 60,000. In all, 2,300 European flights were "
           "cancelled over the two days."),
    Report("atc5", "The Irish Sentinel", at(4, 25, 16),
           "Dublin Airport said the 120 Ryanair cancellations on Wednesday were the most caused by a single "
           "strike since 2018. Passengers rebooked onto the 7.05am flight to Nice on Friday found it full."),
    # --- an ice storm in Quebec: customers without power falling, deaths agreed, damage disputed ---
    Report("ice1", "Canadian Wire Service", at(1, 12, 8),
           "Freezing rain that fell for 30 hours left 410,000 Hydro-Québec customers without power on Sunday "
           "morning, including 140,000 in Montreal. Three people died, two of them from carbon monoxide."),
    Report("ice2", "Montreal Evening News", at(1, 13, 8),
           "Hydro-Québec said 260,000 customers were still in the dark on Monday, as temperatures fell to -18C. "
           "In Montreal, 140,000 customers remained without power. Police said three people had died in the storm."),
    Report("ice3", "Canadian Broadcast Online", at(1, 14, 17),
           "About 90,000 Hydro-Québec customers were still without electricity on Tuesday evening. The Insurance "
           "Bureau of Canada said the ice storm had caused 350 million dollars in insured damage, but the "
           "province's public security minister put the damage at 500 million dollars. Highway 40 reopened at "
           "noon."),
    Report("ice4", "The Ottawa Ledger", at(1, 16, 9),
           "The insurance industry stuck to its estimate of 350 million dollars in insured damage from the "
           "Quebec ice storm, which killed three people. The province repeated that the damage was 500 million "
           "dollars. Residents can call 1-877-644-4545."),
    Report("ice5", "Montreal Evening News", at(1, 18, 9),
           "All but 12,000 Hydro-Québec customers had their power back by Thursday night, four days after the "
           "ice storm. The Canadiens, whose Sunday game was postponed, beat the Bruins 4-2 on Wednesday."),
    # --- E. coli from romaine lettuce in the US: cases, states and hospitalizations rising ---
    Report("ecoli1", "American Press Service", at(10, 17, 16),
           "An outbreak of E. coli O157:H7 linked to romaine lettuce has sickened 49 people in 12 states, the CDC "
           "said Friday, and 31 of them have been hospitalized. Eight developed kidney failure."),
    Report("ecoli2", "Midwest Tribune", at(10, 18, 9),
           "Minnesota health officials said 19 Minnesotans had fallen ill in the romaine lettuce outbreak, but "
           "the CDC counted 14 cases in the state. Grocers pulled bags with a best-by date of Oct. 28."),
    Report("ecoli3", "American Press Service", at(10, 24, 15),
           "The E. coli outbreak linked to romaine lettuce has grown to 88 cases in 15 states, the CDC said "
           "Friday. Hospitalizations rose to 45, and eight people have developed kidney failure."),
    Report("ecoli4", "The Coast Herald", at(10, 31, 15),
           "The romaine lettuce outbreak now totals 104 cases across 15 states, with 45 people hospitalized, "
           "federal officials said. The grower, Salinas Fresh, recalled lettuce packed under lot code 5217."),
    Report("ecoli5", "Twin Cities Public Radio", at(10, 31, 18),
           "The Minnesota Department of Health said it still counts 19 cases in the state, five more than the "
           "CDC's 14, because it includes people who fell ill in Canada. Callers can reach the department at "
           "651-201-5414."),
    # --- a bulk carrier aground on the Great Barrier Reef: oil recovered rising, coral damage disputed ---
    Report("reef1", "Australian National Wire", at(3, 27, 9),
           "A bulk carrier with 22 crew ran aground on the Great Barrier Reef off Gladstone at 4.40am on Monday, "
           "and oil was seen leaking from its hull, Maritime Safety Queensland said. The ship, Coral Venture 3, "
           "was carrying coal to China."),
    Report("reef2", "The Brisbane Courier", at(3, 28, 10),
           "Salvage crews recovered 40 tonnes of oil from the grounded Coral Venture 3 on Tuesday, Maritime "
           "Safety Queensland said. The 22 crew remain aboard, 70 kilometres east of Gladstone."),
    Report("reef3", "Broadcast Australia News", at(3, 29, 12),
           "The Great Barrier Reef Marine Park Authority said the grounded ship had scarred 4 hectares of coral, "
           "contradicting the Australian Marine Conservation Society, which said 12 hectares had been damaged."),
    Report("reef4", "Australian National Wire", at(4, 1, 10),
           "Salvors have now pumped 310 tonnes of oil off the Coral Venture 3, up from 40 tonnes last week, "
           "Maritime Safety Queensland said. The marine park authority stood by its figure of 4 hectares of "
           "damaged coral, rather than the 12 hectares claimed by conservationists."),
    # --- a jailbreak in Nigeria: escaped disputed, recaptured rising, still at large falling ---
    Report("jail1", "Nigeria News Agency", at(7, 6, 10),
           "Gunmen attacked the medium security custodial centre in Kuje at about 10pm on Tuesday and freed 118 "
           "inmates, the Nigerian Correctional Service said. The centre held 1,030 inmates. Twenty-three escapees "
           "were recaptured by morning, leaving 95 at large."),
    Report("jail2", "The Abuja Tribune", at(7, 6, 17),
           "The Nigerian Correctional Service said 118 inmates escaped from Kuje, while the FCT minister said more "
           "than 240 had broken out. The prison, which held 1,030 inmates, was attacked for the second time "
           "since 2020."),
    Report("jail3", "West Africa Broadcasting", at(7, 8, 9),
           "Security forces have now recaptured 56 of the inmates who escaped from Kuje, the correctional service "
           "said on Friday, and 62 remain at large. Anyone with information should call 0803 430 1214."),
    Report("jail4", "Nigeria News Agency", at(7, 10, 12),
           "Fifty-six escaped inmates are back in custody, the correctional service said on Sunday, repeating that "
           "118 escaped and not 240 as the minister said. Sixty-two are still at large, among them a 45-year-old "
           "kidnapping suspect."),
    # --- a landslide in Papua New Guinea: people buried disputed, bodies recovered rising, homes agreed ---
    Report("slide1", "Pacific Wire", at(5, 25, 7),
           "A landslide buried part of the village of Kandep in Papua New Guinea's Enga province at about 3am on "
           "Friday, burying more than 150 homes, local officials said. Five bodies have been recovered, and about "
           "1,250 people have been displaced."),
    Report("slide2", "Port Moresby Herald", at(5, 26, 10),
           "Rescuers have recovered nine bodies from the Kandep landslide, the provincial administrator said on "
           "Saturday. The national disaster centre said more than 2,000 people were buried, while the UN "
           "migration agency estimated 670."),
    Report("slide3", "Australian Broadcasting Online", at(5, 27, 11),
           "The UN migration agency said about 670 people were believed buried by the landslide in Enga, and 153 "
           "homes had been destroyed. Some 1,250 people had been displaced, it said. The debris is 8 metres deep "
           "in places."),
    Report("slide4", "Pacific Wire", at(5, 28, 9),
           "Rescuers have now recovered 14 bodies from the Kandep landslide, which buried 153 homes. Papua New "
           "Guinea's government repeated its estimate that more than 2,000 people were buried, far above the UN's "
           "670."),
    Report("slide5", "Aotearoa Broadcast Online", at(5, 29, 8),
           "Fourteen bodies have been recovered from the Kandep landslide, and some 1,250 people displaced from "
           "the village are living in tents, aid agencies said. The Highlands Highway remains cut 40 kilometres "
           "from Wabag."),
)

FIGURES = (
    LabelledFigure("passengers aboard the stalled Whistler gondola", "consistent",
                   (("gond1", "90"), ("gond2", "90"), ("gond3", "92"), ("gond4", "92"))),
    LabelledFigure("gondola cabins stranded, Whistler", "consistent", (("gond1", "46"), ("gond2", "46"))),
    LabelledFigure("people still in the gondola cabins, Whistler", "revised",
                   (("gond2", "58"), ("gond3", "Nineteen"))),
    LabelledFigure("wedding guests treated in hospital, Faisalabad", "revised",
                   (("wed1", "120"), ("wed2", "186"), ("wed3", "186"), ("wed4", "Two hundred"), ("wed5", "200"))),
    LabelledFigure("wedding guests who died, Faisalabad", "revised",
                   (("wed1", "three"), ("wed2", "five"), ("wed3", "Five"), ("wed4", "five"), ("wed5", "five"))),
    LabelledFigure("guests at the Faisalabad wedding", "disputed",
                   (("wed2", "1,500"), ("wed2", "800"), ("wed4", "800"), ("wed4", "1,500"))),
    LabelledFigure("cars swallowed by the Pianura sinkhole", "consistent", (("sink1", "three"), ("sink2", "three"))),
    LabelledFigure("families moved out after the Pianura sinkhole", "consistent",
                   (("sink1", "40"), ("sink2", "40"), ("sink4", "40"))),
    LabelledFigure("cost of repairing the Pianura sinkhole", "disputed",
                   (("sink2", "2 million euros"), ("sink3", "6 million euros"), ("sink4", "2 million euros"),
                    ("sink4", "6 million euros"))),
    LabelledFigure("leptospirosis cases in Kerala this year", "revised",
                   (("lepto1", "1,412"), ("lepto3", "1,530"), ("lepto4", "1,530"), ("lepto5", "1,600"))),
    LabelledFigure("leptospirosis deaths in Kerala this year", "revised",
                   (("lepto1", "64"), ("lepto3", "71"), ("lepto4", "71"))),
    LabelledFigure("leptospirosis deaths in Kerala last year", "consistent", (("lepto1", "121"), ("lepto4", "121"))),
    LabelledFigure("leptospirosis cases in Kozhikode", "consistent",
                   (("lepto1", "212"), ("lepto2", "212"), ("lepto5", "212"))),
    LabelledFigure("leptospirosis deaths in Kozhikode", "disputed",
                   (("lepto2", "nine"), ("lepto2", "23"), ("lepto4", "23"), ("lepto4", "nine"))),
    LabelledFigure("customers whose data was stolen from Kestrel Mobile", "revised",
                   (("breach1", "2.1 million"), ("breach2", "2.8 million"), ("breach2", "2.1 million"),
                    ("breach4", "2.8 million"), ("breach5", "2.8 million"))),
    LabelledFigure("licence numbers exposed in the Kestrel breach", "consistent",
                   (("breach1", "150,000"), ("breach2", "150,000"), ("breach5", "150,000"))),
    LabelledFigure("cost of replacing documents after the Kestrel breach", "disputed",
                   (("breach3", "40 million dollars"), ("breach3", "15 million dollars"),
                    ("breach4", "40 million dollars"), ("breach4", "15 million dollars"))),
    LabelledFigure("molasses spilled at Foynes", "disputed",
                   (("mol1", "300 tonnes"), ("mol2", "nine hundred tonnes"), ("mol4", "300 tonnes"),
                    ("mol4", "nine hundred tonnes"))),
    LabelledFigure("swans rescued after the Foynes spill", "revised",
                   (("mol1", "14"), ("mol3", "27"), ("mol4", "33"))),
    LabelledFigure("cost of the Foynes clean-up", "consistent",
                   (("mol3", "1.5 million euros"), ("mol4", "1.5 million euros"))),
    LabelledFigure("deaths in the Marshall Street fire", "revised",
                   (("tower1", "21"), ("tower2", "34"), ("tower3", "Thirty-four"), ("tower4", "34"))),
    LabelledFigure("people injured in the Marshall Street fire", "consistent",
                   (("tower1", "60"), ("tower2", "61"), ("tower4", "61"))),
    LabelledFigure("Marshall Street fire injured still in hospital", "consistent",
                   (("tower3", "17"), ("tower4", "Seventeen"))),
    LabelledFigure("people living in the Marshall Street building", "disputed",
                   (("tower2", "200"), ("tower2", "400"), ("tower4", "200"), ("tower5", "400"))),
    LabelledFigure("people evacuated from Ile Lewotolok", "revised",
                   (("volc1", "4,200"), ("volc2", "9,000"), ("volc5", "9,300"))),
    LabelledFigure("people killed by the Lembata eruption", "consistent",
                   (("volc1", "Two"), ("volc2", "two"), ("volc5", "two"))),
    LabelledFigure("villages evacuated on Lembata", "consistent",
                   (("volc1", "11"), ("volc2", "eleven"), ("volc5", "11"))),
    LabelledFigure("Bali flights cancelled by the ash", "disputed", (("volc3", "48"), ("volc4", "62"))),
    LabelledFigure("deaths from the Kiambu brew", "revised",
                   (("brew1", "17"), ("brew2", "29"), ("brew4", "Twenty-nine"), ("brew5", "29"))),
    LabelledFigure("people in hospital after the Kiambu brew", "consistent",
                   (("brew1", "70"), ("brew2", "74"), ("brew4", "74"), ("brew5", "74"))),
    LabelledFigure("litres of the Kiambu brew seized", "disputed",
                   (("brew2", "5,000 litres"), ("brew3", "2,000 litres"), ("brew4", "5,000 litres"),
                    ("brew4", "2,000 litres"))),
    LabelledFigure("Ryanair flights cancelled at Dublin", "consistent",
                   (("atc1", "120"), ("atc2", "120"), ("atc5", "120"))),
    LabelledFigure("flights cancelled across Europe by the French strike", "revised",
                   (("atc1", "1,200"), ("atc3", "2,300"), ("atc4", "2,300"))),
    LabelledFigure("Ryanair passengers hit by the French strike", "disputed",
                   (("atc2", "100,000"), ("atc2", "60,000"), ("atc4", "100,000"), ("atc4", "60,000"))),
    LabelledFigure("Hydro-Québec customers without power", "revised",
                   (("ice1", "410,000"), ("ice2", "260,000"), ("ice3", "90,000"), ("ice5", "12,000"))),
    LabelledFigure("customers without power in Montreal", "consistent", (("ice1", "140,000"), ("ice2", "140,000"))),
    LabelledFigure("deaths in the Quebec ice storm", "consistent",
                   (("ice1", "Three"), ("ice2", "three"), ("ice4", "three"))),
    LabelledFigure("insured damage from the Quebec ice storm", "disputed",
                   (("ice3", "350 million dollars"), ("ice3", "500 million dollars"), ("ice4", "350 million dollars"),
                    ("ice4", "500 million dollars"))),
    LabelledFigure("E. coli cases linked to romaine lettuce", "revised",
                   (("ecoli1", "49"), ("ecoli3", "88"), ("ecoli4", "104"))),
    LabelledFigure("states in the romaine lettuce outbreak", "revised",
                   (("ecoli1", "12"), ("ecoli3", "15"), ("ecoli4", "15"))),
    LabelledFigure("people hospitalized in the romaine lettuce outbreak", "revised",
                   (("ecoli1", "31"), ("ecoli3", "45"), ("ecoli4", "45"))),
    LabelledFigure("kidney failure in the romaine lettuce outbreak", "consistent",
                   (("ecoli1", "Eight"), ("ecoli3", "eight"))),
    LabelledFigure("romaine lettuce cases in Minnesota", "disputed",
                   (("ecoli2", "19"), ("ecoli2", "14"), ("ecoli5", "19"), ("ecoli5", "14"))),
    LabelledFigure("crew aboard the Coral Venture 3", "consistent", (("reef1", "22"), ("reef2", "22"))),
    LabelledFigure("oil pumped off the Coral Venture 3", "revised",
                   (("reef2", "40 tonnes"), ("reef4", "310 tonnes"), ("reef4", "40 tonnes"))),
    LabelledFigure("coral damaged by the grounding", "disputed",
                   (("reef3", "4 hectares"), ("reef3", "12 hectares"), ("reef4", "4 hectares"),
                    ("reef4", "12 hectares"))),
    LabelledFigure("inmates who escaped from Kuje", "disputed",
                   (("jail1", "118"), ("jail2", "118"), ("jail2", "240"), ("jail4", "118"), ("jail4", "240"))),
    LabelledFigure("Kuje escapees recaptured", "revised",
                   (("jail1", "Twenty-three"), ("jail3", "56"), ("jail4", "Fifty-six"))),
    LabelledFigure("Kuje escapees still at large", "revised",
                   (("jail1", "95"), ("jail3", "62"), ("jail4", "Sixty-two"))),
    LabelledFigure("inmates held at Kuje", "consistent", (("jail1", "1,030"), ("jail2", "1,030"))),
    LabelledFigure("people buried by the Kandep landslide", "disputed",
                   (("slide2", "2,000"), ("slide2", "670"), ("slide3", "670"), ("slide4", "2,000"),
                    ("slide4", "670"))),
    LabelledFigure("bodies recovered from the Kandep landslide", "revised",
                   (("slide1", "Five"), ("slide2", "nine"), ("slide4", "14"), ("slide5", "Fourteen"))),
    LabelledFigure("homes buried at Kandep", "consistent", (("slide1", "150"), ("slide3", "153"), ("slide4", "153"))),
    LabelledFigure("people displaced by the Kandep landslide", "consistent",
                   (("slide1", "1,250"), ("slide3", "1,250"), ("slide5", "1,250"))),
)

# Numbers that are no figure: clock times, durations, years, dates, ages, a hockey score, a serotype,
# an aircraft model, a ship's name with a number, a lot code, phone numbers and a rescue service's
# number, road numbers, an alert level, a hospital's level, heights, depths and distances, ordinals,
# a ratio and changes ("two of them", "five more"). None of them may be in a figure with another value.
NO_FIGURE = (
    ("gond1", "11:20 a.m."), ("gond1", "71-year-old"), ("gond2", "6 p.m."), ("gond2", "40 metres"),
    ("gond3", "first"), ("gond3", "20 hours"), ("gond3", "1-800-766-0449"), ("gond4", "2009"), ("gond4", "two weeks"),
    ("gond4", "Highway 99"),
    ("wed1", "1122"), ("wed1", "an hour"), ("wed3", "52"), ("wed3", "two"), ("wed5", "2021"), ("wed5", "23"),
    ("sink1", "2:30 a.m."), ("sink1", "10 metres"), ("sink3", "fourth"), ("sink3", "2022"), ("sink4", "a month"),
    ("lepto3", "1056"), ("lepto5", "third"),
    ("breach2", "1300 431 118"), ("breach4", "second"), ("breach5", "54"), ("breach5", "a week"),
    ("mol2", "three times"), ("mol2", "1971"), ("mol2", "2019"), ("mol4", "six weeks"),
    ("tower1", "five-storey"), ("tower1", "1.15am"), ("tower3", "three-year-old"), ("tower4", "Two"),
    ("tower5", "1998"),
    ("volc1", "level 4"), ("volc2", "7 kilometres"), ("volc3", "6pm"),
    ("brew2", "Level 5"), ("brew3", "38-year-old"), ("brew4", "0800 722 203"), ("brew5", "2022"),
    ("atc1", "48-hour"), ("atc3", "737-800"), ("atc3", "an hour"), ("atc4", "58"), ("atc4", "two days"),
    ("atc5", "2018"), ("atc5", "7.05am"),
    ("ice1", "30 hours"), ("ice1", "two"), ("ice2", "-18C"), ("ice3", "Highway 40"), ("ice4", "1-877-644-4545"),
    ("ice5", "four days"), ("ice5", "4-2"),
    ("ecoli1", "O157:H7"), ("ecoli2", "Oct. 28"), ("ecoli4", "5217"), ("ecoli5", "five more"),
    ("ecoli5", "651-201-5414"),
    ("reef1", "4.40am"), ("reef1", "Coral Venture 3"), ("reef2", "Coral Venture 3"), ("reef2", "70 kilometres"),
    ("reef4", "Coral Venture 3"),
    ("jail1", "10pm"), ("jail2", "second"), ("jail2", "2020"), ("jail3", "0803 430 1214"), ("jail4", "45-year-old"),
    ("slide1", "3am"), ("slide3", "8 metres"), ("slide5", "40 kilometres"),
)
