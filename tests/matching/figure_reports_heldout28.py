"""A held-out labelled set for figures, written blind: 60 short wire-style reports from 5 invented
outlets (Atlas Wire, Morning Courier, Pinecrest News Service, Radio Solenne, Harbour Gazette) about
14 invented events in real places, all dated in 2025. It was written without reading the product's
code, its other tests, the git history or the other figure_reports_* sets; only figure_reports.py
(the format and its labelling conventions, read in full) and the module docstring of
figure_reports_heldout27.py (the first 60 lines, for the kind of header and the events already used)
were read. Every label was set by hand before anything was run; the only check run was a small
script of its own, kept outside the repository, confirming that the module imports and that each
labelled string occurs in its report body.

Events: a ferry capsizing on the Meghna river near Chandpur (Bangladesh), a landslide on the village
of Playa Rica in El Tambo (Cauca, Colombia), an explosion at a paint factory in the Dilovasi
industrial zone (Kocaeli, Turkey), heatstroke admissions to hospitals during a heatwave in Andalusia
(Spain), flooding after a release from the Kainji dam in Kebbi state (Nigeria), a crush at the Baba
Yara stadium in Kumasi (Ghana), a measles outbreak in the Osh region (Kyrgyzstan), a customs
inspectors' strike stranding containers at the Port of Santos (Brazil), a data breach at a New
Zealand lender (Kowhai Bank), a desert locust swarm over the date oases of Draa-Tafilalet (Morocco),
a tank fire at the Cilacap refinery (Java, Indonesia), a mass food poisoning at a wedding feast in
Janakpur (Dhanusha, Nepal), an avalanche on the Kaunertal glacier (Tyrol, Austria) and the aftershock
series after an earthquake near Durres (Albania).

60 labelled figures: 15 disputed, 15 revised, 30 consistent; 68 NO_FIGURE values.

Disputes come in every form: one sentence with "while", "but" or "whereas" (ferry passengers on
board, homes buried at Playa Rica, workers inside the Dilovasi factory, heat deaths in Andalusia, the
Kumasi crowd, measles deaths in Osh, records taken from Kowhai Bank, people evacuated around Cilacap,
guests taken to hospital in Janakpur, buildings damaged around Durres); two sources in one report
with no cue word (hectares of farmland flooded in Kebbi, tonnes of dates lost to locusts, Durres
buildings again); two outlets on the same day or the next with no cue word (containers stranded at
Santos, exporters' losses from the strike, Kebbi hectares); a source rejecting or quoting back
another's number ("rejected the nurses' union's count of 23", "the company's figure of 40",
"rejecting Centronave's figure of 75,000", "well above the bank's own estimate of 40 million",
"rejecting growers' claims of 9,000 tonnes", "fewer than the 230 reported by doctors"); and one side
restating its number later (the ferry owner, the mayor of El Tambo, the Birlesik Metal union, the
Ghana Football Association and Ghana's police, the Kyrgyz health ministry, the Santos port authority,
Pertamina, Nepal's police, Durres municipality and Albania's government). Disputes are over deaths,
but also over passengers, homes, workers, crowd size, hectares, tonnes, containers, costs in reais
and NZ dollars, data records, people evacuated, people in hospital and damaged buildings. Revisions
are counts or estimates that move over days, some with a cue word ("climbed to", "rose to", "now",
"final", "raised its estimate", "a forensic review had raised") and some without ("had spread to 4
storage tanks", "numbered 290 by Saturday", "one ski tourer was still missing"): tolls that rise
(ferry, landslide, stadium crush, wedding poisoning, avalanche), missing counts that fall (ferry,
avalanche), heatstroke admissions, people displaced in Kebbi, measles cases, customers hit by the
breach, hectares sprayed against locusts, burning tanks, aftershocks, and a reconstruction estimate
that is raised. Consistent figures include one value repeated in different words and number forms
("7"/"Seven", "19"/"Nineteen", "Twenty-two"/"22", "9"/"nine", "30"/"thirty", "1.2 million"/
"1,200,000", "60 square kilometres"/"60 sq km"), values true together under qualifiers ("more than
70" and "About 80" rescuers, "about 600" and "More than 500" guests), and scope traps kept apart from a
nearby disputed or revised figure (Cauca's deaths from this year's rains against the landslide toll,
Seville province's admissions against Andalusia's, Nigeria's displaced against Kebbi's, Kyrgyzstan's
measles cases against Osh's, Tyrol's avalanche deaths this winter against the Kaunertal toll, the
stadium's capacity against the disputed crowd, the ferry's licensed capacity against the disputed
passengers on board).

NO_FIGURE holds the traps: durations, clock times (four of them the ends of two ranges), ages (four of
them the ends of two ranges), ordinals, two votes, a match score, a danger rating out of 5, years,
the two ends of a range of ticket prices and rhetorical series inside quotes.

Labels name a value by report and by the number as written in that report's body.
"""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- ferry capsizing on the Meghna near Chandpur, Bangladesh: a rising toll, a falling missing
    #     count, the owner against the survivors over how many were on board ---
    Report("ferry1", "Atlas Wire", at(4, 14, 6),
           "A double-decker ferry capsized on the Meghna river near Chandpur in Bangladesh late on Sunday, "
           "killing at least 23 people, river police said. The MV Shapla Rani had left Dhaka at 9 p.m. Its "
           "owner said it was carrying about 250 passengers, but survivors said more than 400 had crowded on "
           "board."),
    Report("ferry2", "Morning Courier", at(4, 14, 15),
           "The number of people killed when a ferry overturned on the Meghna near Chandpur climbed to 41 on "
           "Monday, river police said. Divers were searching for 60 passengers still listed as missing. Deck "
           "tickets on the route cost between 150 and 200 taka. The vessel, built in 1987, sank on its second "
           "trip of the day."),
    Report("ferry3", "Pinecrest News Service", at(4, 15, 9),
           "Fifty-eight bodies have now been recovered from the Meghna after Sunday's ferry capsize, river "
           "police in Bangladesh said, and 35 people are still missing. The Inland Water Transport Authority "
           "said the ferry was licensed to carry 180 passengers. \"One hour, two hours, we kept swimming,\" "
           "said a survivor, Rahima Begum."),
    Report("ferry4", "Radio Solenne", at(4, 16, 11),
           "The final death toll from the ferry disaster near Chandpur is 64, river police said on Wednesday as "
           "divers ended their search; 29 people remain unaccounted for. The ferry's owner, Abdul Karim, 62, "
           "said again that 250 passengers had been aboard."),
    # --- landslide at Playa Rica, El Tambo, Cauca, Colombia: the mayor against the disaster agency over
    #     buried homes; the department's rain deaths as a scope trap ---
    Report("slide1", "Harbour Gazette", at(11, 3, 12),
           "A landslide buried part of the village of Playa Rica in El Tambo, in Colombia's Cauca department, "
           "on Sunday after three days of heavy rain. The disaster agency UNGRD said 14 people were dead and 30 "
           "were missing. Mayor Lucia Orozco said 80 homes had been buried, whereas the agency counted 45."),
    Report("slide2", "Atlas Wire", at(11, 4, 9),
           "The death toll from the landslide at Playa Rica in Colombia's Cauca department rose to 16 late on "
           "Monday, UNGRD said, and 30 people were still missing. About 1,300 people from nearby hamlets have "
           "been moved to shelters. Geologists said the slope had been creeping for 2 years."),
    Report("slide3", "Morning Courier", at(11, 4, 16),
           "Sixteen people were killed and thirty are missing after the landslide in El Tambo, UNGRD said. The "
           "agency put the number of buried homes at 45. Some 1,300 residents are sleeping in schools and "
           "churches."),
    Report("slide4", "Radio Solenne", at(11, 5, 10),
           "Mayor Lucia Orozco said on Wednesday that 80 houses lay under the mud in Playa Rica and asked the "
           "national government for 20 billion pesos to rebuild. \"One road, one school, one clinic, all "
           "gone,\" she said. Cauca's assembly voted 21-9 to declare a disaster. This year's rains have killed "
           "39 people across the department, the governor's office said."),
    # --- paint factory explosion at Dilovasi, Kocaeli, Turkey: the company against the union over how
    #     many were inside ---
    Report("blast1", "Pinecrest News Service", at(6, 18, 11),
           "An explosion tore through a paint factory in the Dilovasi industrial zone of Turkey's Kocaeli "
           "province at 8:40 a.m. on Wednesday, killing 7 workers, the governor's office said. Another 19 "
           "people were injured."),
    Report("blast2", "Atlas Wire", at(6, 18, 15),
           "Seven workers died in the blast at the Dilovasi paint factory, Kocaeli governor Ilhami Aktas said. "
           "The company said 40 people were inside the plant at the time, while the Birlesik Metal union said "
           "120 workers had been there."),
    Report("blast3", "Harbour Gazette", at(6, 19, 9),
           "Nineteen people were injured in Wednesday's explosion at a paint factory in Kocaeli, the Health "
           "Ministry said, and the death toll stood at 7. The factory's owner, Kemal Yurt, said it had operated "
           "safely since 2011."),
    Report("blast4", "Morning Courier", at(6, 19, 14),
           "The Birlesik Metal union repeated on Thursday that 120 people had been working in the Dilovasi "
           "factory when it exploded, and said the company's figure of 40 left out unregistered workers. "
           "Prosecutors detained 3 managers, aged 44 to 58."),
    # --- heatwave in Andalusia, Spain: admissions rise; the government against the nurses over deaths;
    #     Seville province as a scope trap ---
    Report("heat1", "Radio Solenne", at(7, 9, 18),
           "Hospitals in Andalusia admitted 212 people with heatstroke over the past week, the regional health "
           "service SAS said on Wednesday, as the temperature in Seville hit 45 degrees. Seville province alone "
           "accounted for 88 of the admissions."),
    Report("heat2", "Atlas Wire", at(7, 10, 9),
           "Heatstroke admissions in Andalusia's hospitals climbed to 340 in the fourth heatwave of the summer, "
           "the SAS said. The regional government said 9 people had died of heat-related causes, but the SATSE "
           "nurses' union said its members had recorded 23 deaths."),
    Report("heat3", "Pinecrest News Service", at(7, 10, 14),
           "The Andalusian government on Thursday rejected the nurses' union's count of 23 heat deaths, saying "
           "forensic doctors had confirmed only 9. \"Ten patients, twenty patients, every single hour,\" a nurse "
           "at Seville's Virgen del Rocio hospital said."),
    Report("heat4", "Harbour Gazette", at(7, 11, 10),
           "The SAS said 340 people had been treated in Andalusian hospitals for heatstroke as of Friday, with "
           "the heatwave in its 8th day. Ambulance calls peaked between 2 p.m. and 8 p.m., it said. Seville "
           "recorded a high of 45 degrees on Wednesday."),
    Report("heat5", "Morning Courier", at(7, 12, 12),
           "Andalusia's hospitals treated 402 people for heatstroke during the heatwave, the SAS said on "
           "Saturday in its final count, as temperatures eased across the region. Forecasters lifted the red "
           "alert for Seville and Cordoba."),
    # --- Kainji dam release, Kebbi state, Nigeria: displaced rise; the state agency against the farmers
    #     over hectares; Nigeria's displaced as a scope trap ---
    Report("dam1", "Morning Courier", at(9, 22, 10),
           "Water released from the Kainji dam has submerged 42 communities in Nigeria's Kebbi state, the State "
           "Emergency Management Agency (SEMA) said on Monday. About 18,000 people have been displaced. The "
           "dam's operator said it had opened the spillway for 5 days as the reservoir rose."),
    Report("dam2", "Harbour Gazette", at(9, 23, 9),
           "The number of people displaced by flooding along the Niger in Kebbi state rose to 31,000, SEMA said, "
           "with 42 communities under water. Farmers' leaders said 60,000 hectares of rice had been lost. The "
           "Kainji dam was completed in 1968."),
    Report("dam3", "Atlas Wire", at(9, 23, 15),
           "Kebbi's emergency agency put the farmland flooded after the Kainji dam release at 22,000 hectares. "
           "The All Farmers Association of Nigeria said in Birnin Kebbi that 60,000 hectares of crops had been "
           "washed away. Floods have displaced 1.2 million people across Nigeria this season, the national "
           "agency NEMA said."),
    Report("dam4", "Pinecrest News Service", at(9, 25, 9),
           "Some 31,000 people remain displaced in Kebbi state, SEMA said on Thursday, and schools in the flooded "
           "areas will stay closed for 3 weeks. NEMA put the number displaced by this season's floods nationwide "
           "at 1,200,000."),
    # --- crush at the Baba Yara stadium, Kumasi, Ghana: a rising toll; the football association against
    #     the police over the crowd; the stadium's capacity as a scope trap ---
    Report("crush1", "Atlas Wire", at(3, 9, 21),
           "A crush at the gates of the Baba Yara stadium in Kumasi killed 6 people on Sunday as fans pushed to "
           "get into the derby between Asante Kotoko and Hearts of Oak, Ghana's police said. The match was "
           "abandoned with Kotoko leading 2-1."),
    Report("crush2", "Radio Solenne", at(3, 10, 8),
           "The death toll from the stadium crush in Kumasi rose to 11 overnight, police said. The Ghana Football "
           "Association said 38,000 fans were in the ground, but police put the crowd at 55,000. Fans had begun "
           "queuing 6 hours before kick-off."),
    Report("crush3", "Morning Courier", at(3, 10, 13),
           "Eleven people died and 74 were injured in the crush at Kumasi's Baba Yara stadium, police said. The "
           "stadium holds 40,000 people, the sports ministry said. The referee stopped play in the 63rd minute."),
    Report("crush4", "Harbour Gazette", at(3, 11, 9),
           "The Ghana Football Association said again on Tuesday that 38,000 people had been at the Kumasi derby, "
           "below the stadium's capacity. Police said 74 fans were hurt in the crush, 9 of them seriously. "
           "Sports minister Kofi Adjei, 49, suspended league matches for 2 weeks."),
    Report("crush5", "Pinecrest News Service", at(3, 12, 9),
           "The death toll from Sunday's crush at Kumasi's Baba Yara stadium rose to 12 after a fan died in "
           "hospital, police said. Police said again that the crowd had numbered 55,000. The government declared "
           "3 days of national mourning."),
    # --- measles in the Osh region, Kyrgyzstan: cases rise; the ministry against UNICEF over deaths;
    #     the national count as a scope trap ---
    Report("measles1", "Pinecrest News Service", at(2, 3, 9),
           "Kyrgyzstan's health ministry said 410 measles cases had been confirmed in the Osh region since "
           "January, most of them in children under the age of 5. Officials urged parents to have their children "
           "vaccinated."),
    Report("measles2", "Harbour Gazette", at(2, 10, 9),
           "Confirmed measles cases in the Osh region have climbed to 585, Kyrgyzstan's health ministry said, in "
           "the region's first big outbreak since 2015. Most of those infected had not been vaccinated, officials "
           "said."),
    Report("measles3", "Atlas Wire", at(2, 10, 12),
           "Kyrgyz health officials reported 585 measles cases in the Osh region on Monday. Two children had "
           "died, the ministry said, while UNICEF said 4 deaths in the region were linked to the outbreak. "
           "Babies get their first dose at 12 months."),
    Report("measles4", "Morning Courier", at(2, 17, 9),
           "The Osh region has now recorded 760 measles cases, out of 1,600 in all of Kyrgyzstan, the health "
           "ministry said. The ministry again put the number of measles deaths in the region at two."),
    # --- customs strike at the Port of Santos, Brazil: the port authority against the shipping lines over
    #     stranded containers; two estimates of exporters' losses ---
    Report("port1", "Radio Solenne", at(5, 6, 10),
           "A strike by customs inspectors at the Port of Santos has left 48,000 containers stranded on the "
           "docks, the port authority said on Tuesday. The inspectors walked out 9 days ago over pay."),
    Report("port2", "Pinecrest News Service", at(5, 6, 16),
           "Shipping lines' association Centronave said 75,000 containers were stuck at Santos because of the "
           "customs strike. It put the losses to exporters at 1.5 billion reais."),
    Report("port3", "Harbour Gazette", at(5, 7, 9),
           "Twenty-two ships were waiting to berth off Santos on Wednesday, the port authority said. The "
           "agriculture ministry estimated exporters' losses from the strike at 600 million reais."),
    Report("port4", "Atlas Wire", at(5, 8, 11),
           "The port authority said again on Thursday that 48,000 containers were held up at Santos, rejecting "
           "Centronave's figure of 75,000. It said 22 ships remained at anchor offshore. The strike is the "
           "longest at the port since 2019."),
    Report("port5", "Morning Courier", at(5, 9, 9),
           "Customs inspectors at Santos ended their 12-day strike on Friday after the government offered a 9% "
           "pay rise. Union members voted 312 to 40 to accept the deal."),
    # --- data breach at Kowhai Bank, New Zealand: customers hit rise; the attackers against the bank over
    #     records; the bank against analysts over the cost ---
    Report("bank1", "Harbour Gazette", at(10, 14, 8),
           "New Zealand lender Kowhai Bank said hackers had stolen the personal data of 120,000 customers. The "
           "bank said it would replace 6,500 credit cards."),
    Report("bank2", "Morning Courier", at(10, 15, 10),
           "Kowhai Bank said a forensic review had raised the number of customers whose data was stolen to "
           "310,000. The attackers claimed on a leak site to have taken 4 million records, while the bank said "
           "the stolen files held about 900,000. The intrusion went undetected for 36 hours."),
    Report("bank3", "Pinecrest News Service", at(10, 16, 9),
           "New Zealand's privacy commissioner said 310,000 Kowhai Bank customers had been affected by the data "
           "breach. The bank's chief executive, Aroha Tane, 51, apologised to customers in Wellington."),
    Report("bank4", "Radio Solenne", at(10, 20, 9),
           "Kowhai Bank now says the data of 345,000 customers was stolen. It has replaced 6,500 cards and puts "
           "the cost of the breach at 40 million NZ dollars. \"One password, one click, one careless moment,\" "
           "Tane told reporters."),
    Report("bank5", "Atlas Wire", at(10, 20, 14),
           "Analysts at Harbourview Securities estimated the breach would cost Kowhai Bank 95 million NZ "
           "dollars, well above the bank's own estimate of 40 million. Kowhai Bank's shares fell in Wellington "
           "trading."),
    # --- desert locusts in Draa-Tafilalet, Morocco: hectares sprayed grow; the ministry against the
    #     growers over tonnes of dates ---
    Report("locust1", "Atlas Wire", at(4, 2, 9),
           "Desert locust swarms have reached the date palm oases of Morocco's Draa-Tafilalet region, the "
           "agriculture ministry said on Wednesday. Some 300 ground teams have sprayed 8,000 hectares so far. A "
           "swarm near Zagora covered 60 square kilometres, the FAO said."),
    Report("locust2", "Radio Solenne", at(4, 5, 9),
           "Moroccan teams have now treated 14,500 hectares against locusts in Draa-Tafilalet, the agriculture "
           "ministry said. The swarm near Zagora covered 60 sq km, according to the FAO, in the region's worst "
           "infestation since 1988."),
    Report("locust3", "Morning Courier", at(4, 5, 15),
           "The locusts have destroyed 3,200 tonnes of dates in Draa-Tafilalet, the agriculture ministry said. "
           "The region's federation of date growers said 9,000 tonnes had been lost."),
    Report("locust4", "Pinecrest News Service", at(4, 9, 9),
           "The area sprayed against locusts in south-eastern Morocco reached 21,000 hectares on Wednesday, the "
           "ministry said, as the campaign entered its third week. It said 3,200 tonnes of dates had been lost, "
           "rejecting growers' claims of 9,000 tonnes. The ministry has 300 ground teams in the field."),
    # --- tank fire at the Cilacap refinery, Indonesia: the fire spreads; Pertamina against the disaster
    #     agencies over people evacuated ---
    Report("refinery1", "Morning Courier", at(8, 2, 7),
           "A fire broke out at Pertamina's Cilacap refinery on Indonesia's Java island at about 11 p.m. on "
           "Friday, engulfing 2 storage tanks, the company said. Pertamina said 950 residents had been evacuated "
           "from nearby villages, but the Cilacap disaster agency BPBD said 3,100 people had fled."),
    Report("refinery2", "Harbour Gazette", at(8, 2, 13),
           "Flames at the Cilacap refinery had spread to 4 storage tanks by Saturday afternoon, Pertamina said, "
           "and firefighters had battled them for 14 hours. Five workers were treated for burns. The refinery, "
           "Indonesia's largest, opened in 1976."),
    Report("refinery3", "Atlas Wire", at(8, 2, 18),
           "Indonesia's disaster agency BNPB said 3,100 people had been evacuated from around the Cilacap "
           "refinery. Pertamina said the plant, which processes 348,000 barrels a day, would restart within two "
           "weeks."),
    Report("refinery4", "Radio Solenne", at(8, 3, 9),
           "Pertamina said the Cilacap refinery fire was put out after 30 hours, and it repeated that 950 people "
           "had been evacuated. Five workers suffered burns, and 4 tanks were destroyed, the company said."),
    # --- poisoned wedding feast in Janakpur, Nepal: a rising toll; the police against the doctors over
    #     guests in hospital ---
    Report("wedding1", "Pinecrest News Service", at(12, 6, 9),
           "At least 3 people died and about 150 were taken to hospital after eating at a wedding feast in "
           "Janakpur, in Nepal's Dhanusha district, on Friday night, police said. The food was served between 9 "
           "and 10 p.m. to about 600 guests."),
    Report("wedding2", "Atlas Wire", at(12, 6, 15),
           "The number of people who died after eating at a wedding in Janakpur rose to 5, police said. Doctors "
           "at the provincial hospital said 230 guests had been admitted, while police said 150 had needed "
           "hospital care."),
    Report("wedding3", "Morning Courier", at(12, 7, 9),
           "Five people have died of food poisoning after a wedding feast in Janakpur, health officials said. "
           "More than 500 guests had eaten at the feast, and police arrested 2 caterers. The bride, 19, was not "
           "hurt."),
    Report("wedding4", "Radio Solenne", at(12, 8, 10),
           "The death toll from the poisoned wedding meal in Janakpur has reached 7, police said on Monday. "
           "Police said again that 150 guests had been treated in hospital, fewer than the 230 reported by "
           "doctors. The groom, 24, was among those treated."),
    # --- avalanche on the Kaunertal glacier, Tyrol, Austria: the dead rise, the missing fall; Tyrol's
    #     winter toll as a scope trap ---
    Report("aval1", "Radio Solenne", at(1, 18, 14),
           "An avalanche swept away a group of 9 ski tourers on the Kaunertal glacier in Austria's Tyrol on "
           "Saturday, police said. Two were found dead and four were missing, and more than 70 rescuers were "
           "searching the slope. The avalanche danger rating was 4 out of 5."),
    Report("aval2", "Atlas Wire", at(1, 19, 9),
           "The number of people killed by the avalanche in Kaunertal rose to 5, Tyrol police said on Sunday, "
           "and one ski tourer was still missing. The group of nine had set out from the Gepatsch reservoir at "
           "7 a.m."),
    Report("aval3", "Harbour Gazette", at(1, 19, 15),
           "Five of the nine ski tourers caught in Saturday's avalanche in Tyrol are dead, police said. About 80 "
           "rescuers and 4 helicopters took part in the search. The group's members were aged between 31 and "
           "56."),
    Report("aval4", "Morning Courier", at(1, 21, 9),
           "The body of the last missing ski tourer was recovered in Kaunertal on Monday, bringing the "
           "avalanche's final death toll to 6, police said. It was the region's second deadly avalanche in a "
           "week; Tyrol has recorded 17 avalanche deaths this winter."),
    # --- aftershocks after an earthquake near Durres, Albania: the count rises; the government against
    #     the municipality over damaged buildings; a reconstruction estimate raised ---
    Report("shock1", "Harbour Gazette", at(10, 28, 9),
           "More than 120 aftershocks have shaken the area around Durres since Sunday's earthquake, which struck "
           "at 4:12 a.m., Albania's Institute of Geosciences said. The government said 640 buildings had been "
           "damaged, but Durres municipality counted 1,150. Nobody was killed."),
    Report("shock2", "Pinecrest News Service", at(10, 29, 9),
           "The Institute of Geosciences has now recorded 210 aftershocks near Durres. About 4,500 people spent "
           "the night in tents, the interior ministry said, and the government estimated reconstruction would "
           "cost 110 million euros. Schools in the city will stay shut for 10 days."),
    Report("shock3", "Radio Solenne", at(10, 29, 14),
           "Durres mayor Emiriana Sako said 1,150 buildings had been damaged by the quake and its aftershocks. "
           "The government's count is 640. Some 4,500 residents were sleeping in tents. \"Ten seconds, twenty "
           "seconds, it felt like forever,\" a resident said."),
    Report("shock4", "Atlas Wire", at(11, 1, 9),
           "Aftershocks near Durres numbered 290 by Saturday, the Institute of Geosciences said. The government "
           "raised its estimate of reconstruction costs to 180 million euros. The quake was Albania's strongest "
           "since 2019."),
)

FIGURES = (
    # ferry
    LabelledFigure("ferry deaths, Meghna near Chandpur", "revised",
                   (("ferry1", "23"), ("ferry2", "41"), ("ferry3", "Fifty-eight"), ("ferry4", "64"))),
    LabelledFigure("ferry passengers missing", "revised",
                   (("ferry2", "60"), ("ferry3", "35"), ("ferry4", "29"))),
    LabelledFigure("passengers on board the ferry", "disputed",
                   (("ferry1", "250"), ("ferry1", "400"), ("ferry4", "250"))),
    LabelledFigure("ferry's licensed capacity", "consistent", (("ferry3", "180"),)),
    # landslide
    LabelledFigure("landslide deaths, Playa Rica", "revised",
                   (("slide1", "14"), ("slide2", "16"), ("slide3", "Sixteen"))),
    LabelledFigure("missing after the landslide", "consistent",
                   (("slide1", "30"), ("slide2", "30"), ("slide3", "thirty"))),
    LabelledFigure("homes buried at Playa Rica", "disputed",
                   (("slide1", "80"), ("slide1", "45"), ("slide3", "45"), ("slide4", "80"))),
    LabelledFigure("people in shelters, El Tambo", "consistent", (("slide2", "1,300"), ("slide3", "1,300"))),
    LabelledFigure("rebuilding money asked for by the mayor", "consistent", (("slide4", "20 billion"),)),
    LabelledFigure("rain deaths across Cauca this year", "consistent", (("slide4", "39"),)),
    # factory explosion
    LabelledFigure("deaths in the Dilovasi factory blast", "consistent",
                   (("blast1", "7"), ("blast2", "Seven"), ("blast3", "7"))),
    LabelledFigure("injured in the Dilovasi blast", "consistent", (("blast1", "19"), ("blast3", "Nineteen"))),
    LabelledFigure("workers inside the factory", "disputed",
                   (("blast2", "40"), ("blast2", "120"), ("blast4", "120"), ("blast4", "40"))),
    LabelledFigure("managers detained", "consistent", (("blast4", "3"),)),
    # heatwave
    LabelledFigure("heatstroke admissions, Andalusia", "revised",
                   (("heat1", "212"), ("heat2", "340"), ("heat4", "340"), ("heat5", "402"))),
    LabelledFigure("heatstroke admissions, Seville province", "consistent", (("heat1", "88"),)),
    LabelledFigure("heat deaths, Andalusia", "disputed",
                   (("heat2", "9"), ("heat2", "23"), ("heat3", "23"), ("heat3", "9"))),
    LabelledFigure("temperature in Seville", "consistent", (("heat1", "45"), ("heat4", "45"))),
    # dam release flood
    LabelledFigure("communities submerged, Kebbi", "consistent", (("dam1", "42"), ("dam2", "42"))),
    LabelledFigure("people displaced, Kebbi", "revised",
                   (("dam1", "18,000"), ("dam2", "31,000"), ("dam4", "31,000"))),
    LabelledFigure("farmland flooded, Kebbi", "disputed",
                   (("dam2", "60,000"), ("dam3", "22,000"), ("dam3", "60,000"))),
    LabelledFigure("people displaced by floods across Nigeria", "consistent",
                   (("dam3", "1.2 million"), ("dam4", "1,200,000"))),
    # stadium crush
    LabelledFigure("deaths in the Kumasi crush", "revised",
                   (("crush1", "6"), ("crush2", "11"), ("crush3", "Eleven"), ("crush5", "12"))),
    LabelledFigure("crowd at the Kumasi derby", "disputed",
                   (("crush2", "38,000"), ("crush2", "55,000"), ("crush4", "38,000"), ("crush5", "55,000"))),
    LabelledFigure("injured in the Kumasi crush", "consistent", (("crush3", "74"), ("crush4", "74"))),
    LabelledFigure("Baba Yara stadium capacity", "consistent", (("crush3", "40,000"),)),
    LabelledFigure("seriously injured in the crush", "consistent", (("crush4", "9"),)),
    # measles
    LabelledFigure("measles cases, Osh region", "revised",
                   (("measles1", "410"), ("measles2", "585"), ("measles3", "585"), ("measles4", "760"))),
    LabelledFigure("measles cases, all Kyrgyzstan", "consistent", (("measles4", "1,600"),)),
    LabelledFigure("measles deaths, Osh region", "disputed",
                   (("measles3", "Two"), ("measles3", "4"), ("measles4", "two"))),
    # port strike
    LabelledFigure("containers stranded at Santos", "disputed",
                   (("port1", "48,000"), ("port2", "75,000"), ("port4", "48,000"), ("port4", "75,000"))),
    LabelledFigure("exporters' losses from the strike", "disputed",
                   (("port2", "1.5 billion"), ("port3", "600 million"))),
    LabelledFigure("ships waiting off Santos", "consistent", (("port3", "Twenty-two"), ("port4", "22"))),
    LabelledFigure("customs inspectors' pay rise", "consistent", (("port5", "9%"),)),
    # bank breach
    LabelledFigure("customers whose data was stolen, Kowhai Bank", "revised",
                   (("bank1", "120,000"), ("bank2", "310,000"), ("bank3", "310,000"), ("bank4", "345,000"))),
    LabelledFigure("records taken in the breach", "disputed", (("bank2", "4 million"), ("bank2", "900,000"))),
    LabelledFigure("credit cards replaced", "consistent", (("bank1", "6,500"), ("bank4", "6,500"))),
    LabelledFigure("cost of the breach", "disputed",
                   (("bank4", "40 million"), ("bank5", "95 million"), ("bank5", "40 million"))),
    # locusts
    LabelledFigure("hectares sprayed against locusts", "revised",
                   (("locust1", "8,000"), ("locust2", "14,500"), ("locust4", "21,000"))),
    LabelledFigure("area of the swarm near Zagora", "consistent", (("locust1", "60"), ("locust2", "60"))),
    LabelledFigure("dates lost to locusts", "disputed",
                   (("locust3", "3,200"), ("locust3", "9,000"), ("locust4", "3,200"), ("locust4", "9,000"))),
    LabelledFigure("ground teams spraying", "consistent", (("locust1", "300"), ("locust4", "300"))),
    # refinery fire
    LabelledFigure("storage tanks burning at Cilacap", "revised",
                   (("refinery1", "2"), ("refinery2", "4"), ("refinery4", "4"))),
    LabelledFigure("people evacuated around Cilacap", "disputed",
                   (("refinery1", "950"), ("refinery1", "3,100"), ("refinery3", "3,100"), ("refinery4", "950"))),
    LabelledFigure("workers burned at Cilacap", "consistent", (("refinery2", "Five"), ("refinery4", "Five"))),
    LabelledFigure("Cilacap refinery capacity", "consistent", (("refinery3", "348,000"),)),
    # wedding poisoning
    LabelledFigure("deaths from the wedding poisoning", "revised",
                   (("wedding1", "3"), ("wedding2", "5"), ("wedding3", "Five"), ("wedding4", "7"))),
    LabelledFigure("wedding guests in hospital", "disputed",
                   (("wedding1", "150"), ("wedding2", "230"), ("wedding2", "150"), ("wedding4", "150"),
                    ("wedding4", "230"))),
    LabelledFigure("guests at the wedding", "consistent", (("wedding1", "600"), ("wedding3", "500"))),
    LabelledFigure("caterers arrested", "consistent", (("wedding3", "2"),)),
    # avalanche
    LabelledFigure("avalanche deaths, Kaunertal", "revised",
                   (("aval1", "Two"), ("aval2", "5"), ("aval3", "Five"), ("aval4", "6"))),
    LabelledFigure("ski tourers missing", "revised", (("aval1", "four"), ("aval2", "one"))),
    LabelledFigure("ski tourers in the group", "consistent", (("aval1", "9"), ("aval2", "nine"), ("aval3", "nine"))),
    LabelledFigure("rescuers searching", "consistent", (("aval1", "70"), ("aval3", "80"))),
    LabelledFigure("helicopters in the search", "consistent", (("aval3", "4"),)),
    LabelledFigure("avalanche deaths in Tyrol this winter", "consistent", (("aval4", "17"),)),
    # aftershocks
    LabelledFigure("aftershocks near Durres", "revised", (("shock1", "120"), ("shock2", "210"), ("shock4", "290"))),
    LabelledFigure("buildings damaged around Durres", "disputed",
                   (("shock1", "640"), ("shock1", "1,150"), ("shock3", "1,150"), ("shock3", "640"))),
    LabelledFigure("people sleeping in tents, Durres", "consistent", (("shock2", "4,500"), ("shock3", "4,500"))),
    LabelledFigure("reconstruction cost, Durres", "revised", (("shock2", "110 million"), ("shock4", "180 million"))),
)

# Numbers that are no figure: durations and clock times, ages, ordinals, votes, a match score, a danger
# rating, years, both ends of a range and rhetorical series inside one quote. None of them may be in a
# figure with another value.
NO_FIGURE = (
    ("ferry1", "9 p.m."), ("ferry2", "150"), ("ferry2", "200"), ("ferry2", "1987"), ("ferry2", "second"),
    ("ferry3", "One hour"), ("ferry3", "two hours"), ("ferry4", "62"),
    ("slide1", "three days"), ("slide2", "2 years"),
    ("slide4", "One road"), ("slide4", "one school"), ("slide4", "one clinic"), ("slide4", "21-9"),
    ("blast1", "8:40 a.m."), ("blast3", "2011"), ("blast4", "44"), ("blast4", "58"),
    ("heat2", "fourth"), ("heat3", "Ten patients"), ("heat3", "twenty patients"),
    ("heat4", "8th"), ("heat4", "2 p.m."), ("heat4", "8 p.m."),
    ("dam1", "5 days"), ("dam2", "1968"), ("dam4", "3 weeks"),
    ("crush1", "2-1"), ("crush2", "6 hours"), ("crush3", "63rd"), ("crush4", "49"), ("crush4", "2 weeks"),
    ("crush5", "3 days"),
    ("measles1", "5"), ("measles2", "first"), ("measles2", "2015"), ("measles3", "first"), ("measles3", "12 months"),
    ("port1", "9 days"), ("port4", "2019"), ("port5", "12-day"), ("port5", "312 to 40"),
    ("bank2", "36 hours"), ("bank3", "51"),
    ("bank4", "One password"), ("bank4", "one click"), ("bank4", "one careless moment"),
    ("locust2", "1988"), ("locust4", "third"),
    ("refinery1", "11 p.m."), ("refinery2", "14 hours"), ("refinery2", "1976"), ("refinery3", "two weeks"),
    ("refinery4", "30 hours"),
    ("wedding1", "9"), ("wedding1", "10 p.m."), ("wedding3", "19"), ("wedding4", "24"),
    ("aval1", "4 out of 5"), ("aval2", "7 a.m."), ("aval3", "31"), ("aval3", "56"), ("aval4", "second"),
    ("shock1", "4:12 a.m."), ("shock2", "10 days"), ("shock3", "Ten seconds"), ("shock3", "twenty seconds"),
    ("shock4", "2019"),
)
