"""A sixteenth labelled set, unseen by the matcher's rules: 68 reports about 15 events unlike those
of the other sets (botulism from smoked fish, an avalanche on a mountain highway, a hailstorm over a
city's suburbs, norovirus on a cruise ship, a fish kill on a river, speed cameras fining drivers in
error, a tower crane falling onto a street, a dengue season, a tornado through a small town, a mouse
plague on grain farms, a seizure of pangolin scales, a freight train derailing with ammonia aboard,
a school's midday meal making children ill, bird flu culls near a crane wintering ground,
thunderstorm asthma), written and labelled by hand without reading the matcher's or the extractor's
code, and never run through them before it was handed over.

It holds twelve disputes (in one sentence with "while the Manali hoteliers' association said", "but
the seafarers' union ... said", "disputed the council's estimate of ... putting it at", "but the
American Red Cross ... counted", "while the Wildlife Justice Commission said", "but the town's fire
chief said", "while the block education officer said", "while the paramedics' union said"; across
sentences with no cue word, a food agency against a stallholder's lawyer on packs of fish sold, a
health directorate against a city corporation on deaths in the capital; across outlets on the same
day with no cue word, insurers against a state ministry on hail damage, a farmers' lobby against a
minister on what mice will cost; restated later with "stood by ... and dismissed the stallholder's
claim of", "Police repeated that", "rather than the", "called the union's figure of ... exaggerated",
"repeated that the refunds would cost", "its figure of ... was correct and that the city
corporation's count of", "still counted ... against the county's", "far above the government's
estimate of", "repeated that ... far above the customs valuation", "repeated that seven", "not 230",
"against the union's"; one side written in words, "thirty", "seven"), twenty revisions (people in
hospital rising, 14 then 22 then "Twenty-six"; deaths "two" then "three"; people missing falling,
17 then "nine" then "five" then "Five"; bodies recovered then a death toll, "eight" then 12; cars
damaged; passengers ill, "Ninety-five" then "More than 180" with "up from 95" then 213; tonnes of
dead fish, "12 tonnes" then "27 tonnes" then "40 tonnes" with "up from 27 tonnes" then "Forty
tonnes"; drivers wrongly fined; people injured, "seven" then "Nine"; injured still in hospital,
"four" then "Three"; a national death toll, 187 then 203 then "Two hundred and three"; a town's
toll, "at least five" then "Seven"; a relief package "up from" its first amount; suspects held,
"three" then "five" after "two more"; cars derailed, "Twenty-two" then 31 with "not 22 as it first
reported"; children taken to hospital, "More than 60" then "rose to 94"; chickens to be culled;
cranes found dead; asthma deaths "two", "four", "Five"; patients in intensive care, 19 then "Twelve"
with "down from 19"), twenty-two consistent figures, repeated by several outlets and with qualifiers
agreeing ("more than 40" with "Forty-six" and 46, "about 2,400" with 2,412, "About 300" with "Some
300", "About 500" with "Some 500", "More than 600" with 640, "about 1,100" with "Some 1,100", "More
than 1,900" with 1,940, "some 16,000" with "more than 15,000", "about 350" with "Some 350", "some
520" with "Some 520"), one quantity in several wordings (taken to hospital, in hospital, treated in
hospital; killed, died, death toll, bodies recovered; injured, hurt; evacuated, forced from their
homes, ordered out of their homes; fallen ill, reported vomiting, taken ill; to be culled, had
culled), scopes that must stay apart (one avalanche's toll and the state's toll this winter; deaths
in a capital and in the whole country; this year's toll and last year's at the same point; a town's
toll and the storm's toll across the state; people injured and those still in hospital; children
taken to hospital and those still there; passengers ill and crew ill; cars derailed and tank cars
leaking; cranes found dead, cranes wintering and chickens culled; people treated and people in
intensive care; an earlier storm's toll), and the traps: clock times, durations, years, dates,
ages, a baseball score, a crane's model, a tornado's rating, four phone numbers, seven road and route
numbers, a temperature, hailstone size, ordinals ("third", "second", "first", "fifth"), changes
("two more", "two of the patients") and distances.

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body, with
the currency, unit or percent sign where heldout5's style takes it.
"""

# fmt: off
# Kept in the compact layout of the other labelled sets, one report per block.

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- botulism from smoked bream in Tbilisi: admissions and deaths rising, packs sold disputed ---
    Report("bot1", "Caucasus Wire", at(6, 3, 12),
           "At least 14 people have been taken to hospital in Tbilisi with botulism after eating smoked bream "
           "bought at a stall in the Dezertirebi market, Georgia's National Centre for Disease Control said on "
           "Tuesday. All had bought the fish between May 28 and June 1, the centre said."),
    Report("bot2", "Tbilisi Courier", at(6, 4, 10),
           "The number of people in hospital with botulism in Tbilisi rose to 22 on Wednesday, and two of them "
           "have died, the health ministry said. Nine patients are on ventilators at the city's infectious "
           "diseases hospital, where doctors have used most of the country's 40 doses of antitoxin."),
    Report("bot3", "Black Sea Broadcasting", at(6, 4, 18),
           "Georgia's National Food Agency said 85 packs of the smoked bream had been sold from the stall since "
           "late May. The stallholder's lawyer said thirty packs had been sold, most of them to regular "
           "customers, and that the fish had come from a supplier in Poti."),
    Report("bot4", "Caucasus Wire", at(6, 6, 11),
           "Twenty-six people have now been treated in hospital for botulism in Tbilisi, and three of them have "
           "died, the health ministry said on Friday. The nine patients on ventilators were stable after Turkey "
           "sent 150 doses of antitoxin overnight, doctors said. The 47-year-old stallholder was charged with "
           "selling unsafe food."),
    Report("bot5", "Georgian Herald Online", at(6, 7, 9),
           "The National Food Agency stood by its finding that 85 packs of bream were sold from the Tbilisi "
           "stall and dismissed the stallholder's claim of thirty, saying it had traced 61 buyers. Anyone who "
           "ate smoked fish from the market should call 116 001, the agency said."),
    # --- an avalanche on the Manali-Leh highway: the missing falling, the dead rising, tourists disputed ---
    Report("aval1", "Himalayan News Service", at(1, 19, 13),
           "An avalanche buried a stretch of the Manali-Leh highway near Sissu in Himachal Pradesh's "
           "Lahaul-Spiti district on Sunday afternoon, and 17 people are missing, the district administration "
           "said. About 300 vehicles were stranded on either side of the snow, police said. The avalanche came "
           "down at 3.45 pm."),
    Report("aval2", "The Hill Chronicle", at(1, 20, 6),
           "Rescuers from the NDRF and ITBP recovered eight bodies from the snow near Sissu overnight, and nine "
           "people remain missing, Lahaul-Spiti's deputy commissioner said on Monday. Police said 2,500 tourists "
           "were stranded in the Lahaul valley, while the Manali hoteliers' association said nearly 4,000 "
           "tourists were stuck."),
    Report("aval3", "Delhi Broadcast Online", at(1, 20, 14),
           "Some 300 vehicles remained stuck on National Highway 3 on Monday as snow-cutters of the Border Roads "
           "Organisation worked to clear a 2-kilometre stretch. The Manali hoteliers' association said 4,000 "
           "tourists were stranded in Lahaul and urged the state government to airlift the elderly."),
    Report("aval4", "Himalayan News Service", at(1, 21, 11),
           "The death toll in the Sissu avalanche has risen to 12, and five people are still missing, the deputy "
           "commissioner said on Tuesday. Avalanches have killed 31 people in Himachal Pradesh this winter, the "
           "state disaster management authority said. Police repeated that 2,500 tourists had been stranded."),
    Report("aval5", "The Northern Express", at(1, 22, 9),
           "Five people remain missing after the Sissu avalanche, among them a 26-year-old army porter, "
           "officials said on Wednesday. Of the 12 killed, most were tourists from Punjab. The avalanche was the "
           "third on the highway since December and took the state's toll this winter to 31."),
    # --- a hailstorm over Munich's suburbs: injured agreed, cars damaged rising, the damage disputed ---
    Report("hail1", "Central Europe Press", at(7, 12, 21),
           "A hailstorm with stones up to 6 centimetres across swept over Munich's northern suburbs on Saturday "
           "evening, injuring more than 40 people, the fire brigade said. Traffic on the A9 motorway was stopped "
           "for two hours while crews cleared ice from the carriageway."),
    Report("hail2", "Bavarian Post", at(7, 13, 10),
           "Forty-six people were hurt in Saturday's hailstorm in and around Munich, most of them cut by broken "
           "glass, the city's fire brigade said on Sunday. The ADAC motoring club estimated that about 20,000 "
           "cars had been damaged. It was the worst hailstorm in the region since 1984, forecasters said."),
    Report("hail3", "Central Europe Press", at(7, 14, 12),
           "The German Insurance Association said on Monday that the weekend hailstorm around Munich had caused "
           "about 1.2 billion euros of insured damage. The ADAC raised its estimate of damaged cars to 35,000, "
           "as drivers queued outside repair shops from 7 a.m."),
    Report("hail4", "German Broadcast English", at(7, 14, 17),
           "Bavaria's interior ministry put the insured damage from Saturday's hailstorm at 600 million euros on "
           "Monday, and said 46 people had been injured. Hop growers in the Freising district said the storm had "
           "stripped their vines two weeks before the harvest."),
    Report("hail5", "Munich Evening Mail", at(7, 16, 10),
           "Insurers repeated on Wednesday that the storm had caused 1.2 billion euros of insured damage, rather "
           "than the 600 million euros given by the state. Repair shops said the 35,000 damaged cars could take "
           "until October to fix."),
    # --- norovirus on the Aurora Star: passengers ill rising, crew ill disputed, passengers aboard agreed ---
    Report("noro1", "Britannia Press Association", at(4, 10, 8),
           "Ninety-five passengers aboard the cruise ship Aurora Star have fallen ill with norovirus, the "
           "operator, Solent Cruises, said as the ship returned to Southampton on Thursday from a 14-night "
           "voyage to the Canary Islands. The ship was carrying about 2,400 passengers."),
    Report("noro2", "Hampshire Chronicle Online", at(4, 10, 15),
           "More than 180 passengers on the Aurora Star had reported vomiting and diarrhoea by Thursday "
           "afternoon, up from 95 in the morning, Solent Cruises said, and 12 crew members were also ill. The "
           "2,412 passengers were being taken off the ship deck by deck."),
    Report("noro3", "National Broadcaster Online", at(4, 11, 9),
           "The number of passengers taken ill on the Aurora Star has risen to 213, Solent Cruises said on "
           "Friday. It said 12 crew members had symptoms, but the seafarers' union Nautilus International said "
           "40 crew were sick and that some had been told to keep serving food."),
    Report("noro4", "Britannia Press Association", at(4, 11, 16),
           "Some 2,400 passengers have now left the Aurora Star, which was built in 2009 and is being "
           "deep-cleaned before it sails again on Sunday. Solent Cruises said 12 crew members had fallen ill and "
           "called the union's figure of 40 exaggerated. Passengers with symptoms were told to call NHS 111."),
    # --- a fish kill on the Tisza: dead fish collected rising, volunteers agreed ---
    Report("fish1", "Danube Press", at(8, 4, 11),
           "Hungarian authorities collected 12 tonnes of dead fish from the Tisza river near Szolnok on Monday "
           "after a wave of oxygen-poor water came downstream, the Middle Tisza water directorate said. About "
           "500 volunteers joined soldiers and anglers in the clean-up."),
    Report("fish2", "Budapest Herald", at(8, 5, 10),
           "The amount of dead fish taken from the Tisza has risen to 27 tonnes, the water directorate said on "
           "Tuesday. Some 500 volunteers are working along the river, where the water reached 29 degrees "
           "Celsius on Sunday."),
    Report("fish3", "Pannonia Radio English", at(8, 6, 15),
           "Water directorate crews have now removed 40 tonnes of dead fish from the Tisza, up from 27 tonnes on "
           "Tuesday, a spokeswoman said on Wednesday. Most were silver carp and bream. Fishing is banned on a "
           "60-kilometre stretch of the river until August 31."),
    Report("fish4", "Danube Press", at(8, 8, 12),
           "Forty tonnes of dead fish have been taken from the Tisza since Monday, the water directorate said on "
           "Friday, and oxygen levels in the river have begun to recover. It is the second fish kill on the "
           "Tisza this summer, and anglers' groups said the losses to fisheries would reach 300 million forints."),
    # --- faulty speed cameras in Leeds: drivers fined in error rising, the refund bill disputed ---
    Report("cam1", "Yorkshire Evening Courier", at(3, 20, 17),
           "Leeds City Council has admitted that 14 speed cameras on the A64 and the A58 wrongly fined drivers "
           "after a software update set the limit at 30mph on roads where it is 40mph. About 3,100 drivers had "
           "been fined in error since March 3, the council said."),
    Report("cam2", "Northern Wire", at(3, 21, 10),
           "The number of drivers wrongly fined by faulty speed cameras in Leeds has risen to 8,700, the city "
           "council said on Friday. Each will get back the 100 pounds they paid and have their penalty points "
           "removed, and drivers can check their case on 0113 378 5000."),
    Report("cam3", "The Daily Ledger", at(3, 21, 19),
           "The RAC disputed Leeds City Council's estimate of 870,000 pounds for the refunds to wrongly fined "
           "drivers, putting the cost at 1.4 million pounds, and said all 14 cameras should stay switched off "
           "until they had been tested."),
    Report("cam4", "Northern Wire", at(3, 24, 11),
           "All 14 of the faulty cameras in Leeds have been switched off, the council said on Monday, and the "
           "first refunds of 100 pounds have reached the 8,700 drivers. The council's deputy leader, 52-year-old "
           "Fiona Marsh, apologised and repeated that the refunds would cost 870,000 pounds."),
    # --- a tower crane falls on Yonge Street: injured rising, still in hospital falling, evacuees agreed ---
    Report("crane1", "Canadian Wire", at(10, 2, 19),
           "A tower crane collapsed onto a street in midtown Toronto on Thursday afternoon, killing two "
           "construction workers and injuring seven people, Toronto police said. The crane, a Liebherr "
           "280 EC-H, toppled across Yonge Street at about 2:10 p.m."),
    Report("crane2", "Toronto Ledger", at(10, 3, 9),
           "Nine people were injured when the crane fell on Yonge Street, Toronto Paramedic Services said on "
           "Friday, and four of them remain in hospital. More than 600 residents of two apartment towers next to "
           "the site were forced from their homes overnight."),
    Report("crane3", "Canadian Broadcaster Online", at(10, 3, 18),
           "City officials said 640 residents had been evacuated from buildings around the collapsed crane and "
           "might not be able to return for a week. Two workers, aged 34 and 58, were killed, and the Ministry "
           "of Labour has sent inspectors to the site."),
    Report("crane4", "Toronto Ledger", at(10, 6, 10),
           "Three people injured in the crane collapse remain in hospital, the city said on Monday. The 640 "
           "residents forced from their homes will be allowed back on Wednesday after engineers found the towers "
           "safe. The crane was the second to fall in Ontario this year."),
    Report("crane5", "The National Mail", at(10, 6, 16),
           "Ontario's Ministry of Labour issued 11 orders against the crane's owner on Monday. The collapse "
           "killed two workers and injured nine people, among them a cyclist and the driver of a bus on "
           "Route 97."),
    # --- dengue in Bangladesh: the national toll rising, deaths in Dhaka disputed, last year apart ---
    Report("dengue1", "South Asia Wire", at(9, 14, 12),
           "Dengue has killed 187 people in Bangladesh so far this year, the Directorate General of Health "
           "Services (DGHS) said on Sunday, up from 112 at the same point last year. Hospitals admitted 1,204 "
           "dengue patients in the 24 hours to 8am, the highest daily number this season."),
    Report("dengue2", "Dhaka Observer", at(9, 15, 10),
           "Of the dengue deaths recorded in Bangladesh this year, 121 were in Dhaka city, the DGHS said on "
           "Monday. Dhaka South City Corporation's chief health officer said 94 people had died of dengue in the "
           "capital. Larvicide teams have sprayed 3,000 buildings since Saturday."),
    Report("dengue3", "The Bay Herald", at(9, 16, 11),
           "The dengue death toll in Bangladesh rose to 203 on Tuesday, the DGHS said, against 112 deaths at the "
           "same point last year. More than 14,000 patients have been treated in hospitals since January 1, and "
           "doctors say the season is the worst since 2023."),
    Report("dengue4", "South Asia Wire", at(9, 16, 17),
           "The DGHS said on Tuesday that its figure of 121 dengue deaths in Dhaka city was correct and that the "
           "city corporation's count of 94 left out deaths in private clinics. Two hundred and three people "
           "have died of dengue nationwide this year, it said."),
    # --- a tornado through Brookhaven: the town's toll rising, the state's toll apart, homes disputed ---
    Report("torn1", "American Newswire", at(4, 27, 6),
           "A tornado tore through Brookhaven, Mississippi, late Saturday, killing at least five people, the "
           "Lincoln County coroner said. The storm struck at 11:40 p.m., a few hours after a high school "
           "baseball game in town had ended in a 6-4 win for the home team."),
    Report("torn2", "Jackson Daily Record", at(4, 27, 16),
           "Seven people were killed in Brookhaven, the coroner said Sunday, and 38 were injured. Across "
           "Mississippi, the storm system killed 11 people, the state's emergency management agency said."),
    Report("torn3", "Gulf Coast TV News", at(4, 28, 10),
           "Lincoln County officials said 140 homes had been destroyed in Brookhaven, but the American Red Cross, "
           "whose volunteers went door to door, counted 210. Shelters at two churches housed about 350 people on "
           "Sunday night."),
    Report("torn4", "American Newswire", at(4, 28, 18),
           "The tornado that killed seven people in Brookhaven was rated EF4, with winds of up to 170 mph, the "
           "National Weather Service said Monday, making it the state's deadliest since 2011. The storms killed "
           "11 people statewide and injured 38 in Brookhaven. Some 350 people spent Sunday night in shelters."),
    Report("torn5", "Jackson Daily Record", at(4, 30, 10),
           "The Red Cross said Wednesday that it still counted 210 destroyed homes in Brookhaven, against the "
           "county's 140, and that some rented homes had been left out of the official tally. FEMA opened a "
           "recovery center on Route 84."),
    # --- a mouse plague in New South Wales: the cost disputed, the relief package raised ---
    Report("mice1", "Australian Associated News", at(5, 18, 2),
           "A mouse plague across central west New South Wales could cost grain growers 1 billion dollars this "
           "winter, the lobby group NSW Farmers said on Sunday. Twelve patients were moved out of Coonamble "
           "hospital after mice chewed through its wiring, the local health district said."),
    Report("mice2", "Sydney Morning Ledger", at(5, 18, 8),
           "NSW Agriculture Minister Claire Dunn said on Sunday that the mouse plague would cost farmers about "
           "400 million dollars, and announced a relief package of 50 million dollars, including free bait for "
           "growers. It is the worst plague since 1993, she said."),
    Report("mice3", "National Radio Online", at(5, 25, 9),
           "The NSW government raised its mouse plague relief package to 150 million dollars on Sunday, up from "
           "50 million dollars, after farmers said bait was running out. The 12 patients moved from Coonamble "
           "hospital have returned now that the wiring has been repaired."),
    Report("mice4", "Central West Daily", at(5, 26, 10),
           "NSW Farmers repeated on Monday that the plague would cost growers 1 billion dollars, far above the "
           "government's estimate of 400 million dollars. A 64-year-old farmer near Gilgandra said mice had "
           "eaten through 300 tonnes of his stored wheat."),
    # --- pangolin scales seized at Apapa: the value disputed, suspects rising, the weight agreed ---
    Report("pango1", "West Africa Wire", at(2, 12, 13),
           "The Nigeria Customs Service said on Wednesday that it had seized 7.2 tonnes of pangolin scales "
           "hidden under bags of cashew nuts in a container at Apapa port in Lagos, and arrested three suspects. "
           "The scales were worth 2.3 billion naira, customs said."),
    Report("pango2", "Lagos Daily Times", at(2, 12, 19),
           "Customs valued the 7.2 tonnes of pangolin scales seized at Apapa at 2.3 billion naira, while the "
           "Wildlife Justice Commission said they were worth about 9 billion naira and had come from some "
           "16,000 pangolins."),
    Report("pango3", "Federal Capital Post", at(2, 14, 10),
           "Customs officers arrested two more people on Friday over the pangolin scale seizure in Lagos, "
           "bringing the number of suspects held to five. The container had been shipped from Douala, Cameroon, "
           "on January 19, the service's spokesman said."),
    Report("pango4", "West Africa Wire", at(2, 17, 12),
           "Five suspects were charged in a Lagos federal court on Monday over the 7.2 tonnes of pangolin scales "
           "found at Apapa, which came from more than 15,000 animals and were Nigeria's largest such seizure "
           "since 2021. The "
           "Wildlife Justice Commission repeated that the scales were worth 9 billion naira, far above the "
           "customs valuation."),
    # --- a derailment at Lanigan: cars derailed corrected, leaking tank cars disputed, evacuees agreed ---
    Report("rail1", "Prairie Wire", at(11, 3, 13),
           "A freight train derailed near Lanigan, Saskatchewan, at about 4:30 a.m. on Monday, and about 1,100 "
           "residents were ordered out of their homes after anhydrous ammonia leaked from tank cars, the RCMP "
           "said. Twenty-two cars left the track, the railway said."),
    Report("rail2", "Saskatoon Ledger", at(11, 3, 20),
           "Canadian Pacific Kansas City said 3 tank cars had leaked ammonia after the derailment near Lanigan, "
           "but the town's fire chief said seven had been leaking when his crews arrived. Highway 16 was closed "
           "between Lanigan and Guernsey."),
    Report("rail3", "Prairie Radio News", at(11, 4, 10),
           "Some 1,100 people forced from their homes in Lanigan spent the night in Humboldt, 30 kilometres "
           "away. The railway said on Tuesday that 31 cars had derailed, not 22 as it first reported, and that "
           "crews had begun lifting them."),
    Report("rail4", "Prairie Wire", at(11, 5, 16),
           "The 1,100 evacuated residents of Lanigan were allowed home on Wednesday, 56 hours after the "
           "derailment. The fire chief, Dale Kowalski, 61, repeated that seven tank cars had leaked and called "
           "for an independent inquiry."),
    # --- a midday meal in Saran: children in hospital rising, children who ate disputed ---
    Report("meal1", "Indo-Asian Wire", at(7, 22, 11),
           "More than 60 schoolchildren were taken to hospital after eating the midday meal at a government "
           "primary school in Bihar's Saran district on Tuesday, officials said. A dead lizard was found in the "
           "pot of dal, the district magistrate said."),
    Report("meal2", "The Patna Sentinel", at(7, 23, 8),
           "The number of children taken to hospital in Chapra after eating the midday meal in Saran rose to 94 "
           "on Wednesday, the district magistrate said. About 230 children had eaten the meal, which was served "
           "at 12.30 pm, the headmaster said."),
    Report("meal3", "Bharat Broadcast Online", at(7, 23, 15),
           "The headmaster of the Saran school said some 230 children had eaten the midday meal, while the block "
           "education officer said 310 children had eaten it, according to the school's own register."),
    Report("meal4", "Indo-Asian Wire", at(7, 24, 12),
           "Thirteen children were still in hospital in Chapra on Thursday, the civil surgeon said, and the rest "
           "of the 94 taken there after the midday meal had gone home."),
    Report("meal5", "The Patna Sentinel", at(7, 25, 9),
           "Bihar's education department suspended the headmaster and the cook, 45, of the Saran school where "
           "94 children were taken to hospital, and the civil surgeon said 13 were still being treated. The "
           "block education officer repeated that 310 children had eaten the meal, not 230."),
    # --- bird flu in Izumi: chickens to cull rising, dead cranes rising, wintering cranes agreed ---
    Report("flu1", "Japan News Wire", at(12, 8, 6),
           "Kagoshima prefecture began culling about 120,000 chickens in Izumi on Monday after a highly "
           "pathogenic strain of bird flu was confirmed at an egg farm there, the prefectural government said. It "
           "is the fifth outbreak at a Japanese poultry farm this season."),
    Report("flu2", "Kyushu Shimbun English", at(12, 9, 10),
           "Bird flu has been confirmed at a second farm in Izumi, bringing the number of chickens to be culled "
           "in the city to 310,000, Kagoshima prefecture said on Tuesday. Poultry may not be moved within "
           "3 kilometres of the farms, and some 520 prefectural staff and soldiers are doing the work."),
    Report("flu3", "Asia Pacific Broadcasting", at(12, 9, 17),
           "Izumi's crane observation centre said 38 hooded and white-naped cranes had been found dead since "
           "November, out of about 14,000 cranes wintering on the plain. The Environment Ministry said 24 of the "
           "dead birds had tested positive for bird flu."),
    Report("flu4", "Japan News Wire", at(12, 10, 8),
           "Workers had culled 310,000 chickens at the two Izumi farms by Wednesday morning, the prefecture said. "
           "Some 520 staff and soldiers worked in shifts for 40 hours. Some 14,000 migratory cranes winter in "
           "Izumi each year."),
    Report("flu5", "Kyushu Shimbun English", at(12, 12, 10),
           "The number of cranes found dead in Izumi this winter has risen to 52, the city said on Friday. The "
           "crane observation centre, which opened in 1987, has closed to visitors."),
    # --- thunderstorm asthma in Melbourne: deaths and intensive care revised, ambulance calls disputed ---
    Report("asth1", "Australian Associated News", at(11, 20, 14),
           "A thunderstorm swept pollen over Melbourne on Thursday evening, setting off asthma attacks across "
           "the city, and two people died, Ambulance Victoria said. Paramedics received 2,400 calls to triple "
           "zero (000) between 6 p.m. and midnight, it said."),
    Report("asth2", "Victorian Herald", at(11, 21, 1),
           "More than 1,900 people were treated in Melbourne's emergency departments for breathing problems after "
           "Thursday's storm, the state health department said on Friday, and 19 are in intensive care. The "
           "death toll has risen to four after two of the patients in intensive care died overnight."),
    Report("asth3", "Radio Australia Online", at(11, 21, 9),
           "Ambulance Victoria said it took 2,400 calls during the thunderstorm asthma event, while the "
           "paramedics' union said its members had fielded closer to 3,000. The union's secretary, 49, said some "
           "patients had waited more than an hour."),
    Report("asth4", "Victorian Herald", at(11, 24, 10),
           "Five people have now died after the thunderstorm asthma event in Melbourne, the health department "
           "said on Monday, and 1,940 people were treated in emergency departments. Twelve remain in intensive "
           "care, down from 19 on Friday."),
    Report("asth5", "Australian Associated News", at(11, 25, 8),
           "The coroner will examine the deaths of the five people who died after Thursday's storm. Ambulance "
           "Victoria repeated that it took 2,400 calls that night, against the union's 3,000. It was Melbourne's "
           "worst thunderstorm asthma event since 2016, when 10 people died."),
)

FIGURES = (
    LabelledFigure("people in hospital with botulism, Tbilisi", "revised",
                   (("bot1", "14"), ("bot2", "22"), ("bot4", "Twenty-six"))),
    LabelledFigure("botulism deaths, Tbilisi", "revised", (("bot2", "two"), ("bot4", "three"))),
    LabelledFigure("botulism patients on ventilators", "consistent", (("bot2", "Nine"), ("bot4", "nine"))),
    LabelledFigure("packs of smoked bream sold", "disputed",
                   (("bot3", "85"), ("bot3", "thirty"), ("bot5", "85"), ("bot5", "thirty"))),
    LabelledFigure("people missing after the Sissu avalanche", "revised",
                   (("aval1", "17"), ("aval2", "nine"), ("aval4", "five"), ("aval5", "Five"))),
    LabelledFigure("deaths in the Sissu avalanche", "revised", (("aval2", "eight"), ("aval4", "12"), ("aval5", "12"))),
    LabelledFigure("vehicles stranded near Sissu", "consistent", (("aval1", "300"), ("aval3", "300"))),
    LabelledFigure("tourists stranded in Lahaul", "disputed",
                   (("aval2", "2,500"), ("aval2", "4,000"), ("aval3", "4,000"), ("aval4", "2,500"))),
    LabelledFigure("avalanche deaths in Himachal Pradesh this winter", "consistent",
                   (("aval4", "31"), ("aval5", "31"))),
    LabelledFigure("people injured by the Munich hailstorm", "consistent",
                   (("hail1", "40"), ("hail2", "Forty-six"), ("hail4", "46"))),
    LabelledFigure("cars damaged by the Munich hailstorm", "revised",
                   (("hail2", "20,000"), ("hail3", "35,000"), ("hail5", "35,000"))),
    LabelledFigure("insured damage from the Munich hailstorm", "disputed",
                   (("hail3", "1.2 billion euros"), ("hail4", "600 million euros"), ("hail5", "1.2 billion euros"),
                    ("hail5", "600 million euros"))),
    LabelledFigure("passengers ill on the Aurora Star", "revised",
                   (("noro1", "Ninety-five"), ("noro2", "180"), ("noro2", "95"), ("noro3", "213"))),
    LabelledFigure("passengers aboard the Aurora Star", "consistent",
                   (("noro1", "2,400"), ("noro2", "2,412"), ("noro4", "2,400"))),
    LabelledFigure("crew ill on the Aurora Star", "disputed",
                   (("noro2", "12"), ("noro3", "12"), ("noro3", "40"), ("noro4", "12"), ("noro4", "40"))),
    LabelledFigure("dead fish taken from the Tisza", "revised",
                   (("fish1", "12 tonnes"), ("fish2", "27 tonnes"), ("fish3", "40 tonnes"), ("fish3", "27 tonnes"),
                    ("fish4", "Forty tonnes"))),
    LabelledFigure("volunteers cleaning the Tisza", "consistent", (("fish1", "500"), ("fish2", "500"))),
    LabelledFigure("faulty speed cameras, Leeds", "consistent", (("cam1", "14"), ("cam3", "14"), ("cam4", "14"))),
    LabelledFigure("drivers wrongly fined, Leeds", "revised",
                   (("cam1", "3,100"), ("cam2", "8,700"), ("cam4", "8,700"))),
    LabelledFigure("refund to each driver, Leeds", "consistent", (("cam2", "100 pounds"), ("cam4", "100 pounds"))),
    LabelledFigure("cost of the speed camera refunds, Leeds", "disputed",
                   (("cam3", "870,000 pounds"), ("cam3", "1.4 million pounds"), ("cam4", "870,000 pounds"))),
    LabelledFigure("workers killed by the Toronto crane", "consistent",
                   (("crane1", "two"), ("crane3", "Two"), ("crane5", "two"))),
    LabelledFigure("people injured by the Toronto crane", "revised",
                   (("crane1", "seven"), ("crane2", "Nine"), ("crane5", "nine"))),
    LabelledFigure("crane injured still in hospital", "revised", (("crane2", "four"), ("crane4", "Three"))),
    LabelledFigure("residents evacuated around the Toronto crane", "consistent",
                   (("crane2", "600"), ("crane3", "640"), ("crane4", "640"))),
    LabelledFigure("dengue deaths this year, Bangladesh", "revised",
                   (("dengue1", "187"), ("dengue3", "203"), ("dengue4", "Two hundred and three"))),
    LabelledFigure("dengue deaths at the same point last year, Bangladesh", "consistent",
                   (("dengue1", "112"), ("dengue3", "112"))),
    LabelledFigure("dengue deaths in Dhaka city", "disputed",
                   (("dengue2", "121"), ("dengue2", "94"), ("dengue4", "121"), ("dengue4", "94"))),
    LabelledFigure("tornado deaths in Brookhaven", "revised",
                   (("torn1", "five"), ("torn2", "Seven"), ("torn4", "seven"))),
    LabelledFigure("storm deaths across Mississippi", "consistent", (("torn2", "11"), ("torn4", "11"))),
    LabelledFigure("tornado injured in Brookhaven", "consistent", (("torn2", "38"), ("torn4", "38"))),
    LabelledFigure("homes destroyed in Brookhaven", "disputed",
                   (("torn3", "140"), ("torn3", "210"), ("torn5", "210"), ("torn5", "140"))),
    LabelledFigure("people in shelters, Brookhaven", "consistent", (("torn3", "350"), ("torn4", "350"))),
    LabelledFigure("cost of the mouse plague to growers, New South Wales", "disputed",
                   (("mice1", "1 billion dollars"), ("mice2", "400 million dollars"), ("mice4", "1 billion dollars"),
                    ("mice4", "400 million dollars"))),
    LabelledFigure("mouse plague relief package, New South Wales", "revised",
                   (("mice2", "50 million dollars"), ("mice3", "150 million dollars"),
                    ("mice3", "50 million dollars"))),
    LabelledFigure("patients moved from Coonamble hospital", "consistent", (("mice1", "Twelve"), ("mice3", "12"))),
    LabelledFigure("pangolin scales seized at Apapa", "consistent",
                   (("pango1", "7.2 tonnes"), ("pango2", "7.2 tonnes"), ("pango4", "7.2 tonnes"))),
    LabelledFigure("value of the pangolin scales", "disputed",
                   (("pango1", "2.3 billion naira"), ("pango2", "2.3 billion naira"), ("pango2", "9 billion naira"),
                    ("pango4", "9 billion naira"))),
    LabelledFigure("pangolins killed for the scales", "consistent", (("pango2", "16,000"), ("pango4", "15,000"))),
    LabelledFigure("suspects held over the pangolin scales", "revised",
                   (("pango1", "three"), ("pango3", "five"), ("pango4", "Five"))),
    LabelledFigure("residents evacuated from Lanigan", "consistent",
                   (("rail1", "1,100"), ("rail3", "1,100"), ("rail4", "1,100"))),
    LabelledFigure("cars derailed near Lanigan", "revised",
                   (("rail1", "Twenty-two"), ("rail3", "31"), ("rail3", "22"))),
    LabelledFigure("tank cars leaking ammonia near Lanigan", "disputed",
                   (("rail2", "3"), ("rail2", "seven"), ("rail4", "seven"))),
    LabelledFigure("children taken to hospital after the midday meal, Saran", "revised",
                   (("meal1", "60"), ("meal2", "94"), ("meal4", "94"), ("meal5", "94"))),
    LabelledFigure("children who ate the midday meal, Saran", "disputed",
                   (("meal2", "230"), ("meal3", "230"), ("meal3", "310"), ("meal5", "310"), ("meal5", "230"))),
    LabelledFigure("children still in hospital, Chapra", "consistent", (("meal4", "Thirteen"), ("meal5", "13"))),
    LabelledFigure("chickens to be culled in Izumi", "revised",
                   (("flu1", "120,000"), ("flu2", "310,000"), ("flu4", "310,000"))),
    LabelledFigure("staff and soldiers culling in Izumi", "consistent", (("flu2", "520"), ("flu4", "520"))),
    LabelledFigure("cranes found dead in Izumi", "revised", (("flu3", "38"), ("flu5", "52"))),
    LabelledFigure("cranes wintering in Izumi", "consistent", (("flu3", "14,000"), ("flu4", "14,000"))),
    LabelledFigure("thunderstorm asthma deaths, Melbourne", "revised",
                   (("asth1", "two"), ("asth2", "four"), ("asth4", "Five"), ("asth5", "five"))),
    LabelledFigure("people treated in emergency departments, Melbourne", "consistent",
                   (("asth2", "1,900"), ("asth4", "1,940"))),
    LabelledFigure("thunderstorm asthma patients in intensive care", "revised",
                   (("asth2", "19"), ("asth4", "Twelve"), ("asth4", "19"))),
    LabelledFigure("ambulance calls during the thunderstorm", "disputed",
                   (("asth1", "2,400"), ("asth3", "2,400"), ("asth3", "3,000"), ("asth5", "2,400"),
                    ("asth5", "3,000"))),
)

# Numbers that are no figure: clock times, durations, years, dates, ages, a score, model and
# rating names, phone numbers, road and route numbers, sizes, a temperature, ordinals and changes.
# None of them may be in a figure with another value.
NO_FIGURE = (
    ("bot1", "May 28"), ("bot1", "June 1"), ("bot4", "47-year-old"), ("bot5", "116 001"),
    ("aval1", "3.45 pm"), ("aval3", "National Highway 3"), ("aval3", "2-kilometre"), ("aval5", "26-year-old"),
    ("aval5", "third"),
    ("hail1", "6 centimetres"), ("hail1", "A9"), ("hail1", "two hours"), ("hail2", "1984"), ("hail3", "7 a.m."),
    ("hail4", "two weeks"),
    ("noro1", "14-night"), ("noro4", "2009"), ("noro4", "NHS 111"),
    ("fish2", "29 degrees Celsius"), ("fish3", "60-kilometre"), ("fish3", "August 31"), ("fish4", "second"),
    ("cam1", "A64"), ("cam1", "A58"), ("cam1", "30mph"), ("cam1", "40mph"), ("cam1", "March 3"),
    ("cam2", "0113 378 5000"), ("cam4", "first"), ("cam4", "52-year-old"),
    ("crane1", "280 EC-H"), ("crane1", "2:10 p.m."), ("crane3", "34"), ("crane3", "58"), ("crane4", "second"),
    ("crane5", "Route 97"),
    ("dengue1", "24 hours"), ("dengue1", "8am"), ("dengue3", "January 1"), ("dengue3", "2023"),
    ("torn1", "11:40 p.m."), ("torn1", "6-4"), ("torn4", "EF4"), ("torn4", "2011"), ("torn5", "Route 84"),
    ("mice2", "1993"), ("mice4", "64-year-old"),
    ("pango3", "two more"), ("pango3", "January 19"), ("pango4", "2021"),
    ("rail1", "4:30 a.m."), ("rail2", "Highway 16"), ("rail4", "56 hours"), ("rail4", "61"),
    ("meal2", "12.30 pm"), ("meal5", "45"),
    ("flu1", "fifth"), ("flu2", "second"), ("flu2", "3 kilometres"), ("flu4", "40 hours"), ("flu5", "1987"),
    ("asth1", "000"), ("asth1", "6 p.m."), ("asth2", "two"), ("asth3", "49"), ("asth3", "an hour"),
    ("asth5", "2016"),
)
