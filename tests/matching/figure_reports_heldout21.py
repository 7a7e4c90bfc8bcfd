"""A twenty-first labelled set, unseen by the matcher's rules: 57 reports about 13 events unlike those
of the other sets (a meteor blowing out windows in Kostanay, plastic pellets washing up on the beaches
of Asturias, mass fainting at a garment factory in Kampong Speu, Parmesan wheels stolen near Reggio
Emilia, heat killing feedlot cattle in southwest Kansas, hand, foot and mouth disease in Ho Chi Minh
City, fake degrees in Punjab's civil service, firefighting foam leaking from RAAF Base Williamtown, a
late frost in the Grójec orchards, forged tickets at a cup final in Buenos Aires, tourists stranded
on Koh Tao, counterfeit diazepam laced with a nitazene in Glasgow, a trawler seized off Casamance),
written and labelled blind: without reading the matcher's or the extractor's code, the tests or the
other sets' reports, and committed before it was run through them once.

It holds 45 labelled figures (15 disputed, 13 revised, 17 consistent) and 72 NO_FIGURE values.

The disputes set two named sources against each other on the same thing at about the same time: in
one sentence with "but", "while" or "whereas"; across two sentences of one report with "however" or
with no cue word at all (a regional akimat against insurers on meteor damage, a shipping
line against an environment department on pellets lost, prosecutors against a consumer group on what
forged tickets cost); across two outlets on the same day or the next, each in its own wording of the
count and with no cue word (a regional office against a city emergency department on buildings with
broken glass, a cheese consortium against the Carabinieri on the haul's value, an education
department against a health department on closed kindergartens, an education commission against an
anti-corruption body on fake degrees, growers against a voivode's office on frost-hit orchards,
police against a health board on deaths, a navy against a fisheries ministry on fish aboard); and
restated a day or more later against the other side ("stood by its count of", "repeated that ...
not the ... given by", "repeated its estimate ...; ... stand by", "still puts ... while ...
counts", "less than half the", "stood by its estimate ... against", "repeated that ... against",
"three times the ... count", "still links ... while ... counts", "stood by its figure of ...
while ... still count"). Four of them are over money (meteor damage, a stolen haul, feedlot losses,
forged tickets) in tenge, euros, dollars and pesos, and four over measures (tonnes of pellets,
litres of foam, hectares of orchards, tonnes of fish).

The revisions are tolls and counts that rise over days, written differently by each outlet (people
injured, hurt, numbered among the injured; workers fainted, collapsed, passed out; beaches reached
by pellets; arrests; cases and children infected; dismissals; oyster farms closed; complaints;
people treated for overdoses), with "rose to", "climbed to", "now", "has now reached" or no cue at
all; an agriculture department's estimate of dead cattle and a ministry's estimate of frost losses
updated by the same body with "up from" (the old value in such a sentence belongs to the revised
figure); a fine corrected with "not the ... it first announced"; and a count of stranded tourists
that falls as ferries and navy ships take them off, restating the first value with "down from".

The consistent figures are repeated by several outlets or agree through their qualifiers ("about
1,200" with "Some 1,200", "more than 400" with 420, "More than 1,000" with 1,100, "about 20,000"
with 20,000, "Some 3,000" with "About 3,000"), in digits and words (12 and "Twelve", 9 and "Nine",
38 and "Thirty-eight", "three" and "Three").

Scopes that must stay apart: people injured and people still in hospital; workers who fainted,
workers taken to hospital and the factory's whole workforce; a city's cases, one district's cases
and children in hospital; beaches in one region and in its neighbour; wheels stolen and wheels
recovered; tourists still stranded and tourists taken off; people treated and people dead. The
NO_FIGURE traps: clock times, dates, years, durations, ages, the two ends of a range of ages and of
hours, an ordinal, a vote in a provincial assembly, a match score, phone and hotline numbers, an
emergency number, a flight number, two road numbers, a gate, a civil-service grade, a section of a
penal code, model names (a lorry, a fighter jet, a virus strain, a ship's name), temperatures, a
pellet's size, a distance, multiples and changes ("three times", "70 times", "seven more", "nine
more") and three rhetorical series inside one quote each.

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body; money
keeps its currency and scale ("€1.3 million", "6 billion tenge", "$7.5 million", "95 million pesos",
"400 million zlotys", "600 million CFA francs"), measures keep their unit ("26 tonnes", "3,000
litres", "12,000 hectares"), and qualifiers are left out.
"""

# fmt: off
# Kept in the compact layout of the other labelled sets, one report per block.

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a meteor over Kostanay: injured rising, buildings and damage disputed ---
    Report("met1", "Steppe Wire", at(2, 11, 6),
           "A meteor exploded over Kostanay in northern Kazakhstan at 8.52 a.m. on Tuesday, blowing out windows "
           "across the city. The regional health department said 41 people were injured, most of them cut by "
           "flying glass."),
    Report("met2", "Kazakh Daily", at(2, 11, 13),
           "Sixty-three people were hurt by glass and debris when a meteor burst over Kostanay on Tuesday "
           "morning, health officials said. The Kostanay regional akimat said windows had been blown out in 1,400 "
           "buildings. Schools in the city will stay closed for two days."),
    Report("met3", "Central Asia Report", at(2, 11, 20),
           "The number of people injured by the Kostanay meteor rose to 97 on Tuesday evening, according to the "
           "health department. Kostanay's city emergency department counted 2,900 buildings with shattered "
           "glass."),
    Report("met4", "Steppe Wire", at(2, 12, 9),
           "Twelve people were still in hospital on Wednesday after the meteor blast over Kostanay, two of them "
           "in intensive care, the health department said. The regional akimat estimated the damage at 2.5 "
           "billion tenge. Kazakh insurers put the damage at 6 billion tenge. Residents can report broken "
           "windows on the city hotline, 109."),
    Report("met5", "Central Asia Report", at(2, 13, 10),
           "The regional akimat said on Thursday that 1,400 buildings had been damaged by the meteor's shock "
           "wave, while the city emergency department stood by its count of 2,900. The injured numbered 97, of "
           "whom 12 are still in hospital. The last blast of its kind struck Chelyabinsk in Russia in 2013."),

    # --- plastic pellets in Asturias: beaches rising, tonnes lost disputed ---
    Report("pel1", "Iberia Wire", at(1, 14, 10),
           "Plastic pellets have washed up on 14 beaches along the coast of Asturias since the weekend, the "
           "regional government said on Tuesday. The shipping line Navimar said a container ship it operates "
           "lost 26 tonnes of pellets overboard in a storm on January 8. The regional environment department "
           "said the spill was 40 tonnes."),
    Report("pel2", "El Norte Diario", at(1, 15, 8),
           "Pellets have now reached 22 beaches in Asturias, the regional government said. About 1,200 "
           "volunteers turned out on Wednesday to sift the sand with kitchen sieves. Each pellet is less than "
           "5 millimetres across."),
    Report("pel3", "Cantabrian Radio", at(1, 15, 18),
           "Some 1,200 volunteers combed the Asturian shore on Wednesday, according to the regional government. "
           "Navimar repeated that its ship lost 26 tonnes of pellets, a figure the environment department put at "
           "40 tonnes. Anyone who finds pellets on a beach is asked to call 112."),
    Report("pel4", "Iberia Wire", at(1, 17, 12),
           "Pellets have been found on 31 beaches in Asturias, nine more than on Wednesday, and on 3 in "
           "neighbouring Cantabria, the regional government said on Friday. Officials expect the clean-up to "
           "last six weeks."),

    # --- fainting at a Kampong Speu garment factory: fainted rising, hospital cases disputed ---
    Report("faint1", "Phnom Penh Wire", at(5, 6, 12),
           "About 150 workers fainted at a garment factory in Kampong Speu province on Tuesday morning, the "
           "provincial labour department said. The factory, which makes sportswear for European brands, employs "
           "3,400 people. Temperatures inside the sewing halls reached 38C, workers said."),
    Report("faint2", "Mekong Times", at(5, 6, 19),
           "The number of garment workers who collapsed at the Kampong Speu factory climbed to 212 by Tuesday "
           "evening, provincial officials said. A 19-year-old seamstress said the air smelled of glue shortly "
           "after the 7 a.m. shift began. The factory stands on National Road 4, about 40 kilometres west of "
           "Phnom Penh."),
    Report("faint3", "Phnom Penh Wire", at(5, 7, 9),
           "In all, 246 workers fainted at the Kampong Speu factory on Tuesday, the labour ministry said. The "
           "Cambodian Apparel Workers' Union said 90 of them had been taken to hospital, whereas the ministry put "
           "the number at 37. The plant's 3,400 employees were told to stay home until Monday."),
    Report("faint4", "Asia Labour Report", at(5, 8, 10),
           "Labour ministry inspectors said 246 employees had passed out at the factory and blamed poor "
           "ventilation. The union stood by its count of 90 workers treated in hospital; the ministry repeated "
           "that only 37 needed hospital care. \"One girl fell, then two girls, then ten girls,\" a line "
           "supervisor said."),

    # --- Parmesan stolen near Reggio Emilia: the haul's value disputed, arrests rising ---
    Report("cheese1", "Italia Wire", at(10, 20, 11),
           "Thieves stole 420 wheels of Parmigiano Reggiano from a maturing warehouse near Reggio Emilia "
           "overnight, the producers' consortium said on Monday. The consortium valued the haul at €1.3 million. "
           "The wheels had been aged for 24 months."),
    Report("cheese2", "Emilia Gazzetta", at(10, 20, 17),
           "The Carabinieri put the value of the 420 Parmesan wheels taken from a warehouse near Reggio Emilia at "
           "€900,000. Investigators believe the thieves worked between 1 a.m. and 4 a.m. and loaded the cheese "
           "onto a Volvo FH16 lorry."),
    Report("cheese3", "Continental Wire", at(10, 22, 9),
           "Police arrested three men on Wednesday over the theft of more than 400 wheels of Parmesan near "
           "Reggio Emilia. One suspect, a 52-year-old forklift driver, had worked at the warehouse since 2016."),
    Report("cheese4", "Emilia Gazzetta", at(10, 24, 10),
           "Carabinieri have now arrested five people over the Parmesan theft and recovered 180 wheels from a "
           "barn near Modena. The consortium repeated that the stolen cheese was worth €1.3 million, not the "
           "€900,000 given by the Carabinieri."),
    Report("cheese5", "Italia Wire", at(10, 24, 16),
           "The 180 wheels of Parmesan found in a barn near Modena were undamaged, the consortium said on Friday. "
           "Each wheel weighs about 40 kilograms."),

    # --- heat kills feedlot cattle in Kansas: an estimate raised, losses disputed ---
    Report("cattle1", "Plains Wire", at(6, 15, 14),
           "Some 2,000 head of cattle have died in feedlots in southwest Kansas after a sudden spell of heat and "
           "humidity, state officials said on Sunday. Temperatures near Dodge City reached 104F on Saturday with "
           "almost no wind."),
    Report("cattle2", "Prairie Tribune", at(6, 16, 9),
           "About 4,500 cattle died in the Kansas heatwave, the state Department of Agriculture estimated on "
           "Monday. Nine feedlots along U.S. Route 54 reported losses."),
    Report("cattle3", "Farm Radio Network", at(6, 16, 16),
           "The Kansas Livestock Association said the heat deaths would cost producers $12 million, but "
           "economists at Kansas State University put the loss at $7.5 million. Cattle need water every 2 hours "
           "in such heat, vets said."),
    Report("cattle4", "Plains Wire", at(6, 17, 10),
           "The Kansas Department of Agriculture now estimates that 7,000 cattle died in last weekend's heat, up "
           "from its estimate of 4,500 on Monday. Rendering plants were running 24 hours a day to remove "
           "carcasses."),
    Report("cattle5", "Prairie Tribune", at(6, 18, 8),
           "Carcasses were still being hauled from 9 feedlots in Ford and Gray counties on Wednesday. The Kansas "
           "Livestock Association repeated its estimate of $12 million in losses; the university's economists "
           "stand by $7.5 million. The state last saw such losses in 2017."),

    # --- hand, foot and mouth disease in Ho Chi Minh City: cases rising, closures disputed ---
    Report("hfmd1", "Saigon Wire", at(4, 8, 10),
           "Ho Chi Minh City has recorded 1,340 cases of hand, foot and mouth disease since the start of the "
           "year, the city's Centre for Disease Control said on Tuesday, most of them in children aged two to "
           "five. Doctors said the EV71 strain was behind the most serious cases."),
    Report("hfmd2", "Vietnam Daily News", at(4, 9, 8),
           "Binh Tan district alone has 410 cases of hand, foot and mouth disease, district health officials "
           "said on Wednesday. The city's Department of Education said 17 kindergartens had closed because of "
           "the outbreak."),
    Report("hfmd3", "Mekong Times", at(4, 10, 15),
           "Cases of hand, foot and mouth disease in Ho Chi Minh City rose to 1,870, the city CDC said on "
           "Thursday. The Department of Health said classes had been suspended at 29 preschools. Hospitals were "
           "treating 64 children."),
    Report("hfmd4", "Saigon Wire", at(4, 11, 9),
           "Hospitals in Ho Chi Minh City had 64 children with hand, foot and mouth disease on their wards on "
           "Friday. Of the city's cases, 410 are in Binh Tan district. Parents can call the health hotline on "
           "1900 9095."),
    Report("hfmd5", "Vietnam Daily News", at(4, 15, 9),
           "Ho Chi Minh City now counts 2,310 children infected with hand, foot and mouth disease this year, "
           "three times the number in the same period of 2024, the CDC said. The education department still "
           "puts kindergarten closures at 17, while the health department counts 29."),

    # --- fake degrees in Punjab's civil service: forgeries disputed, dismissals rising ---
    Report("deg1", "Lahore Wire", at(3, 4, 11),
           "Checks on 38,000 degrees held by Punjab government employees found 1,150 forgeries, the Punjab "
           "Higher Education Commission said on Tuesday. Most of the forged degrees belonged to officers in "
           "Grade 17 and above."),
    Report("deg2", "Indus Herald", at(3, 4, 19),
           "Punjab's Anti-Corruption Establishment said investigators had found 2,700 fake degrees among civil "
           "servants who used them to win jobs or promotions. The province has dismissed 83 officials so far, "
           "the services department said. Cases were registered under Section 420 of the penal code."),
    Report("deg3", "Islamabad Post", at(3, 6, 9),
           "Dismissals over fake degrees in Punjab's civil service rose to 126 on Thursday, the services "
           "department said. About 38,000 degrees had been sent to universities for checking. The Punjab "
           "Assembly voted 190 to 41 on Wednesday to make such checks mandatory, and employees have until "
           "March 31 to produce original certificates."),
    Report("deg4", "Indus Herald", at(3, 7, 10),
           "The Punjab Higher Education Commission repeated on Friday that its checks had found 1,150 fake "
           "degrees, less than half the 2,700 cited by the Anti-Corruption Establishment. A total of 126 "
           "officials have lost their jobs."),

    # --- foam leak at RAAF Base Williamtown: litres disputed, oyster farms closed rising ---
    Report("foam1", "Hunter Wire", at(8, 5, 18),
           "Firefighting foam leaked from a hangar at RAAF Base Williamtown near Newcastle at 4.30 p.m. on "
           "Tuesday. The Department of Defence said about 3,000 litres of foam concentrate had escaped. Port "
           "Stephens Council, however, said 20,000 litres had run into a drain that empties into Tilligerry "
           "Creek. The hangar houses F-35A fighters."),
    Report("foam2", "Coastal News NSW", at(8, 6, 9),
           "Eleven oyster farms on Tilligerry Creek have been told to stop harvesting after the foam leak at "
           "Williamtown, the NSW Food Authority said. About 250 households were advised not to drink water from "
           "their bores."),
    Report("foam3", "Australian Wire", at(8, 6, 15),
           "Defence stood by its estimate that 3,000 litres of foam leaked at Williamtown, against the council's "
           "figure of 20,000 litres. Some 250 homes near the base should not use bore water, health officials "
           "said. Groundwater around the base was first found to be contaminated in 2015."),
    Report("foam4", "Hunter Wire", at(8, 8, 11),
           "The number of oyster farms closed by the Williamtown foam leak has now reached 16, the Food Authority "
           "said. Tests found PFAS in the creek at 70 times the drinking-water guideline."),

    # --- frost in the Grójec orchards: hectares disputed, losses re-estimated ---
    Report("frost1", "Warsaw Wire", at(4, 23, 12),
           "A late frost destroyed apple blossom on 12,000 hectares of orchards around Grójec, south of Warsaw, "
           "the Association of Polish Fruit Growers said on Wednesday. Temperatures fell to minus six degrees "
           "between 2 a.m. and 6 a.m. Some 3,000 growers were affected in an area that grows about 40% of "
           "Poland's apples."),
    Report("frost2", "Mazovia Radio", at(4, 24, 9),
           "The Mazowieckie voivode's office said 7,500 hectares of orchards in the Grójec area had been damaged "
           "by frost. The agriculture ministry estimated growers' losses there at 400 million zlotys."),
    Report("frost3", "Polish Press Digest", at(4, 25, 14),
           "About 3,000 fruit growers around Grójec can apply for frost aid from May 5, the agriculture minister "
           "said. The region produces 40% of the country's apples. \"We lost the blossom in one night, two "
           "nights, three nights,\" said a grower from Belsk Duży."),
    Report("frost4", "Warsaw Wire", at(4, 29, 10),
           "The agriculture ministry raised its estimate of frost losses in the Grójec orchards to 650 million "
           "zlotys, up from 400 million zlotys last week. Fruit growers repeated that 12,000 hectares had been "
           "hit, against the 7,500 hectares counted by the voivode's office."),

    # --- forged tickets at a cup final in Buenos Aires: fans turned away and losses disputed ---
    Report("tix1", "Río de la Plata Wire", at(11, 23, 23),
           "Police in Buenos Aires said 1,800 fans were turned away from the cup final with forged tickets on "
           "Sunday, while the Argentine Football Association put the number at 600. The Monumental stadium holds "
           "84,000. The final ended 2-1 after extra time."),
    Report("tix2", "Porteño Daily", at(11, 24, 10),
           "The Argentine Football Association said on Monday that 600 supporters had been refused entry with "
           "counterfeit tickets. Prosecutors have received 240 complaints from fans who bought the fakes online. "
           "Some fans queued at Gate 7 for three hours."),
    Report("tix3", "Southern Cone Report", at(11, 24, 19),
           "Fraud prosecutors in Buenos Aires said the forged cup final tickets had cost buyers 95 million pesos "
           "in all. The consumer group Usuarios Unidos said victims had paid 160 million pesos. The stadium, with "
           "room for 84,000 spectators, had been sold out since November 3."),
    Report("tix4", "Río de la Plata Wire", at(11, 27, 11),
           "Complaints over fake cup final tickets have climbed to 415, prosecutors said on Thursday. Two men "
           "aged 23 and 27 were charged with fraud. Police still say 1,800 fans were kept out with forged "
           "tickets, three times the AFA's count."),

    # --- tourists stranded on Koh Tao: the stranded fall, the evacuated disputed ---
    Report("isle1", "Bangkok Wire", at(12, 2, 8),
           "About 3,500 tourists are stranded on Koh Tao after storms halted all ferries to the island, Surat "
           "Thani province said on Tuesday. Waves of up to 4 metres were forecast until Thursday."),
    Report("isle2", "Siam Daily", at(12, 3, 9),
           "Some 2,100 holidaymakers remained stuck on Koh Tao on Wednesday, the provincial office said, after "
           "three navy ships began carrying people to Chumphon. Hotels on the island rationed bottled water."),
    Report("isle3", "Andaman Report", at(12, 4, 12),
           "The Royal Thai Navy said it had carried 1,400 tourists off Koh Tao since Wednesday, but Surat Thani "
           "provincial officials said only 900 had been taken off by sea. Three navy vessels were making the "
           "crossing, which takes about two hours in calm weather."),
    Report("isle4", "Bangkok Wire", at(12, 5, 10),
           "Just 560 tourists were still waiting to leave Koh Tao on Friday as ferries resumed, Surat Thani "
           "province said, down from about 3,500 on Tuesday. The first ferry left at 6.30 a.m. Some visitors "
           "missed flights home, among them Bangkok Airways flight PG142 from Samui."),

    # --- fake diazepam in Glasgow: people treated rising, deaths disputed ---
    Report("od1", "Scottish Wire", at(7, 14, 12),
           "Twenty-seven people have been treated for suspected overdoses in Glasgow in 48 hours after taking "
           "fake diazepam tablets, NHS Greater Glasgow and Clyde said on Monday. Tests found a nitazene, a "
           "synthetic opioid, in the pills."),
    Report("od2", "Clyde Herald", at(7, 15, 9),
           "The number of people treated after taking counterfeit tablets in Glasgow has risen to 34, health "
           "officials said. Police Scotland said four deaths were linked to the batch. Those treated were aged "
           "between 19 and 56."),
    Report("od3", "UK News Service", at(7, 15, 18),
           "NHS Greater Glasgow and Clyde said seven people had died after taking the fake diazepam tablets "
           "circulating in the city. Outreach workers handed out 1,100 naloxone kits in the city centre over the "
           "weekend. Police seized about 20,000 tablets in a raid in Govan."),
    Report("od4", "Scottish Wire", at(7, 16, 14),
           "Glasgow hospitals have now treated 41 people who took the counterfeit pills, seven more than on "
           "Tuesday, the health board said. More than 1,000 naloxone kits have been given out. Anyone who has "
           "bought the tablets can call 0800 028 7755."),
    Report("od5", "Clyde Herald", at(7, 18, 10),
           "Police Scotland still links four deaths to the fake diazepam batch, while the health board counts "
           "seven. Officers who seized 20,000 pills in Govan have arrested a 31-year-old man. \"One pill, two "
           "pills, three pills, and you can die,\" a drugs worker said."),

    # --- a trawler seized off Casamance: fish aboard disputed, a fine corrected ---
    Report("trawl1", "Dakar Wire", at(9, 9, 17),
           "The Senegalese navy seized a foreign trawler fishing without a licence off Casamance on Tuesday and "
           "escorted it to Dakar, the armed forces said. The navy said the Hai Feng 818 had 270 tonnes of fish "
           "in its holds. Its 38 crew members were being questioned."),
    Report("trawl2", "West Africa Report", at(9, 10, 12),
           "Senegal's fisheries ministry said inspectors had found 180 tonnes of fish, mostly sardinella, aboard "
           "the trawler seized off Casamance. Thirty-eight sailors were held on board. The ministry fined the "
           "owners 400 million CFA francs."),
    Report("trawl3", "Sahel Radio", at(9, 10, 18),
           "The owners of the Hai Feng 818 have 15 days to pay their fine, the fisheries ministry said. "
           "Fishermen's groups say foreign trawlers take 30% of the catch off Senegal."),
    Report("trawl4", "Dakar Wire", at(9, 12, 10),
           "Senegal's fisheries ministry said on Friday that the seized trawler had been fined 600 million CFA "
           "francs, not the 400 million CFA francs it first announced. The navy stood by its figure of 270 "
           "tonnes of fish aboard, while the ministry's inspectors still count 180 tonnes."),
)

FIGURES = (
    # meteor, Kostanay
    LabelledFigure("people injured by the Kostanay meteor", "revised",
                   (("met1", "41"), ("met2", "Sixty-three"), ("met3", "97"), ("met5", "97"))),
    LabelledFigure("buildings with broken windows in Kostanay", "disputed",
                   (("met2", "1,400"), ("met3", "2,900"), ("met5", "1,400"), ("met5", "2,900"))),
    LabelledFigure("people still in hospital after the Kostanay meteor", "consistent",
                   (("met4", "Twelve"), ("met5", "12"))),
    LabelledFigure("damage from the Kostanay meteor", "disputed",
                   (("met4", "2.5 billion tenge"), ("met4", "6 billion tenge"))),
    # pellets, Asturias
    LabelledFigure("Asturian beaches reached by pellets", "revised",
                   (("pel1", "14"), ("pel2", "22"), ("pel4", "31"))),
    LabelledFigure("pellets lost overboard", "disputed",
                   (("pel1", "26 tonnes"), ("pel1", "40 tonnes"), ("pel3", "26 tonnes"), ("pel3", "40 tonnes"))),
    LabelledFigure("volunteers on the Asturian beaches", "consistent", (("pel2", "1,200"), ("pel3", "1,200"))),
    # fainting, Kampong Speu
    LabelledFigure("workers who fainted at the Kampong Speu factory", "revised",
                   (("faint1", "150"), ("faint2", "212"), ("faint3", "246"), ("faint4", "246"))),
    LabelledFigure("fainted workers taken to hospital", "disputed",
                   (("faint3", "90"), ("faint3", "37"), ("faint4", "90"), ("faint4", "37"))),
    LabelledFigure("the factory's workforce", "consistent", (("faint1", "3,400"), ("faint3", "3,400"))),
    # Parmesan, Reggio Emilia
    LabelledFigure("Parmesan wheels stolen", "consistent",
                   (("cheese1", "420"), ("cheese2", "420"), ("cheese3", "400"))),
    LabelledFigure("value of the stolen Parmesan", "disputed",
                   (("cheese1", "€1.3 million"), ("cheese2", "€900,000"), ("cheese4", "€1.3 million"),
                    ("cheese4", "€900,000"))),
    LabelledFigure("people arrested over the Parmesan theft", "revised", (("cheese3", "three"), ("cheese4", "five"))),
    LabelledFigure("Parmesan wheels recovered near Modena", "consistent", (("cheese4", "180"), ("cheese5", "180"))),
    # cattle, Kansas
    LabelledFigure("cattle killed by the Kansas heat", "revised",
                   (("cattle1", "2,000"), ("cattle2", "4,500"), ("cattle4", "7,000"), ("cattle4", "4,500"))),
    LabelledFigure("producers' losses from the Kansas heat", "disputed",
                   (("cattle3", "$12 million"), ("cattle3", "$7.5 million"), ("cattle5", "$12 million"),
                    ("cattle5", "$7.5 million"))),
    LabelledFigure("feedlots reporting heat deaths", "consistent", (("cattle2", "Nine"), ("cattle5", "9"))),
    # hand, foot and mouth disease, Ho Chi Minh City
    LabelledFigure("hand, foot and mouth cases in Ho Chi Minh City", "revised",
                   (("hfmd1", "1,340"), ("hfmd3", "1,870"), ("hfmd5", "2,310"))),
    LabelledFigure("hand, foot and mouth cases in Binh Tan", "consistent", (("hfmd2", "410"), ("hfmd4", "410"))),
    LabelledFigure("kindergartens closed in Ho Chi Minh City", "disputed",
                   (("hfmd2", "17"), ("hfmd3", "29"), ("hfmd5", "17"), ("hfmd5", "29"))),
    LabelledFigure("children in hospital in Ho Chi Minh City", "consistent", (("hfmd3", "64"), ("hfmd4", "64"))),
    # fake degrees, Punjab
    LabelledFigure("fake degrees found in Punjab's civil service", "disputed",
                   (("deg1", "1,150"), ("deg2", "2,700"), ("deg4", "1,150"), ("deg4", "2,700"))),
    LabelledFigure("officials dismissed over fake degrees", "revised",
                   (("deg2", "83"), ("deg3", "126"), ("deg4", "126"))),
    LabelledFigure("degrees checked in Punjab", "consistent", (("deg1", "38,000"), ("deg3", "38,000"))),
    # foam, Williamtown
    LabelledFigure("foam concentrate leaked at Williamtown", "disputed",
                   (("foam1", "3,000 litres"), ("foam1", "20,000 litres"), ("foam3", "3,000 litres"),
                    ("foam3", "20,000 litres"))),
    LabelledFigure("oyster farms closed on Tilligerry Creek", "revised", (("foam2", "Eleven"), ("foam4", "16"))),
    LabelledFigure("households told not to drink bore water", "consistent", (("foam2", "250"), ("foam3", "250"))),
    # frost, Grójec
    LabelledFigure("orchards hit by frost around Grójec", "disputed",
                   (("frost1", "12,000 hectares"), ("frost2", "7,500 hectares"), ("frost4", "12,000 hectares"),
                    ("frost4", "7,500 hectares"))),
    LabelledFigure("frost losses in the Grójec orchards", "revised",
                   (("frost2", "400 million zlotys"), ("frost4", "650 million zlotys"),
                    ("frost4", "400 million zlotys"))),
    LabelledFigure("growers hit by the frost", "consistent", (("frost1", "3,000"), ("frost3", "3,000"))),
    LabelledFigure("Grójec's share of Poland's apples", "consistent", (("frost1", "40%"), ("frost3", "40%"))),
    # forged tickets, Buenos Aires
    LabelledFigure("fans turned away with forged tickets", "disputed",
                   (("tix1", "1,800"), ("tix1", "600"), ("tix2", "600"), ("tix4", "1,800"))),
    LabelledFigure("complaints over forged tickets", "revised", (("tix2", "240"), ("tix4", "415"))),
    LabelledFigure("what the forged tickets cost buyers", "disputed",
                   (("tix3", "95 million pesos"), ("tix3", "160 million pesos"))),
    LabelledFigure("capacity of the Monumental stadium", "consistent", (("tix1", "84,000"), ("tix3", "84,000"))),
    # stranded tourists, Koh Tao
    LabelledFigure("tourists stranded on Koh Tao", "revised",
                   (("isle1", "3,500"), ("isle2", "2,100"), ("isle4", "560"), ("isle4", "3,500"))),
    LabelledFigure("tourists taken off Koh Tao by sea", "disputed", (("isle3", "1,400"), ("isle3", "900"))),
    LabelledFigure("navy ships ferrying tourists from Koh Tao", "consistent", (("isle2", "three"), ("isle3", "Three"))),
    # fake diazepam, Glasgow
    LabelledFigure("people treated after taking the fake diazepam", "revised",
                   (("od1", "Twenty-seven"), ("od2", "34"), ("od4", "41"))),
    LabelledFigure("deaths linked to the fake diazepam", "disputed",
                   (("od2", "four"), ("od3", "seven"), ("od5", "four"), ("od5", "seven"))),
    LabelledFigure("naloxone kits handed out in Glasgow", "consistent", (("od3", "1,100"), ("od4", "1,000"))),
    LabelledFigure("tablets seized in Govan", "consistent", (("od3", "20,000"), ("od5", "20,000"))),
    # trawler, Casamance
    LabelledFigure("fish aboard the seized trawler", "disputed",
                   (("trawl1", "270 tonnes"), ("trawl2", "180 tonnes"), ("trawl4", "270 tonnes"),
                    ("trawl4", "180 tonnes"))),
    LabelledFigure("crew of the seized trawler", "consistent", (("trawl1", "38"), ("trawl2", "Thirty-eight"))),
    LabelledFigure("fine on the trawler's owners", "revised",
                   (("trawl2", "400 million CFA francs"), ("trawl4", "600 million CFA francs"),
                    ("trawl4", "400 million CFA francs"))),
)

NO_FIGURE = (
    ("met1", "8.52 a.m."), ("met2", "two days"), ("met4", "109"), ("met5", "2013"),
    ("pel1", "January 8"), ("pel2", "5 millimetres"), ("pel3", "112"), ("pel4", "nine more"), ("pel4", "six weeks"),
    ("faint1", "38C"), ("faint2", "19-year-old"), ("faint2", "7 a.m."), ("faint2", "Road 4"),
    ("faint2", "40 kilometres"),
    ("faint4", "One girl"), ("faint4", "two girls"), ("faint4", "ten girls"),
    ("cheese1", "24 months"), ("cheese2", "1 a.m."), ("cheese2", "4 a.m."), ("cheese2", "FH16"),
    ("cheese3", "52-year-old"), ("cheese3", "2016"),
    ("cattle1", "104F"), ("cattle2", "Route 54"), ("cattle3", "2 hours"), ("cattle4", "24 hours"),
    ("cattle5", "2017"),
    ("hfmd1", "two"), ("hfmd1", "five"), ("hfmd1", "EV71"), ("hfmd4", "1900 9095"), ("hfmd5", "three times"),
    ("hfmd5", "2024"),
    ("deg1", "Grade 17"), ("deg2", "Section 420"), ("deg3", "190 to 41"), ("deg3", "March 31"),
    ("foam1", "4.30 p.m."), ("foam1", "F-35A"), ("foam3", "2015"), ("foam4", "70 times"),
    ("frost1", "six degrees"), ("frost1", "2 a.m."), ("frost1", "6 a.m."), ("frost3", "May 5"),
    ("frost3", "one night"), ("frost3", "two nights"), ("frost3", "three nights"),
    ("tix1", "2-1"), ("tix2", "Gate 7"), ("tix2", "three hours"), ("tix3", "November 3"), ("tix4", "23"),
    ("tix4", "27"), ("tix4", "three times"),
    ("isle3", "two hours"), ("isle4", "first"), ("isle4", "6.30 a.m."), ("isle4", "PG142"),
    ("od1", "48 hours"), ("od2", "19"), ("od2", "56"), ("od4", "seven more"), ("od4", "0800 028 7755"),
    ("od5", "31-year-old"), ("od5", "One pill"), ("od5", "two pills"), ("od5", "three pills"),
    ("trawl1", "Hai Feng 818"), ("trawl3", "Hai Feng 818"), ("trawl3", "15 days"),
)
