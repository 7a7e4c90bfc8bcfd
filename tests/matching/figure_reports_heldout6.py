"""A seventh labelled set, unseen by the matcher's rules: 55 reports about 12 events unlike those of
the other sets (a ferry capsizing, a heatwave, a stadium crush, a chemical plant fire, a bus crash,
a cyber attack, a measles outbreak, a car-plant strike, a bridge's cost overrun, an election turnout
dispute, a crop failure, a wildfire), written and labelled by hand without reading the matcher's or
the extractor's code.

It holds nine disputes (in one sentence with "but ... put the number at", "while ... put the number
at", "not ..., as ... had said", "not the ... the city had given", "rejected ... saying the city's
figure of"; one side written in words, "Twelve", "Ninety-four", "Nine thousand", "Forty-eight per
cent"; a hackers' claim against the company across outlets the same day, dead livestock across
outlets a day apart), fifteen revisions (tolls that rise over days, regional and national, an
injured count that falls as the injured die, missing passengers found dead, a harvest forecast cut,
measles cases in one canton, a pay demand lowered and an offer raised, lost production and working
days rising, a burned area growing), consistent values repeated by several outlets and with
qualifiers ("at least 28,000" with 30,000, "at least 12,000" hectares with 12,400), one quantity in
several wordings (killing, death toll, confirmed dead, fatalities, are dead; died of heatstroke,
heatstroke deaths, has killed), scopes that must stay apart (Seville, Andalusia and Spain; a canton
and the country; injured and seriously injured; homes destroyed and homes damaged; strikers and all
employees; a pay demand and an offer; a cost, a budget, what the contractor was paid and extra
funding; records stolen and customers notified; a stadium's capacity and the fans who tried to get
in; polling stations visited, challenged and in all; this season's harvest and last year's), and the
traps: durations, clock times, years, ages, a vote, a vote count, a score, ordinals, a rhetorical
series inside a quote, "another N" and "N more" (changes, not totals) and the two ends of two
ranges."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a ferry capsizes off Mindoro: a rising toll, the manifest against the coast guard on who was aboard ---
    Report("ferry1", "Wire K", at(7, 14, 20),
           "A passenger ferry capsized off Mindoro island in the central Philippines on Monday evening, killing "
           "4 people, the Philippine Coast Guard said. The MV Santa Lucia overturned in high waves about "
           "35 minutes after leaving Batangas port, and 31 people were missing, the coast guard said."),
    Report("ferry2", "Harbour Times", at(7, 15, 9),
           "The death toll from the capsizing of the MV Santa Lucia off Mindoro rose to 9 on Tuesday, the coast "
           "guard said. The ferry's manifest listed 136 passengers, but the coast guard said survivors' accounts "
           "suggested that more than 200 people had been aboard. Rescuers have pulled 86 people from the water "
           "alive."),
    Report("ferry3", "Radio Meridian", at(7, 16, 12),
           "Divers recovered another five bodies from the sunken ferry on Wednesday. Fourteen people are now "
           "confirmed dead and 21 remain missing, the Philippine Coast Guard said. The ship's 52-year-old captain "
           "survived and was being questioned. \"One life, ten lives, a hundred lives - the sea does not care,\" "
           "a fisherman in Calapan said."),
    Report("ferry4", "Evening Courier", at(7, 16, 18),
           "The coast guard said at least 200 people had been on the MV Santa Lucia, not 136 as the operator's "
           "manifest showed, and that the ferry was licensed to carry 180. Fatalities stand at 14, with 86 "
           "survivors, it said. It was the country's worst ferry accident since 2017."),
    # --- a heatwave in Andalusia: a regional toll rising, Seville's toll disputed, the national toll apart ---
    Report("heat1", "Wire K", at(8, 4, 17),
           "Temperatures reached 46.2C in Montoro, near Cordoba, on Monday as a heatwave gripped southern Spain, "
           "the state weather agency AEMET said. Andalusia's regional health service said 11 people had died of "
           "heatstroke in the region since Thursday."),
    Report("heat2", "Harbour Times", at(8, 5, 10),
           "Heatstroke deaths in Andalusia rose to 19 on Tuesday, the regional health service said. Seville's city "
           "council said 7 of the dead were in the city. Hospitals in the region treated 340 people for "
           "heat-related illness over the weekend."),
    Report("heat3", "Radio Meridian", at(8, 5, 18),
           "Twelve people have died of the heat in Seville, doctors at the Virgen del Rocio hospital said on "
           "Tuesday, not 7 as the city council had said. Nationwide, the health ministry has recorded 52 heat "
           "deaths since the heatwave began last week."),
    Report("heat4", "Evening Courier", at(8, 6, 10),
           "The heatwave has now killed 23 people in Andalusia, the regional health service said on Wednesday. "
           "AEMET confirmed the 46.2C reading at Montoro as a national August record and said afternoon "
           "temperatures would stay between 42C and 45C until Friday."),
    Report("heat5", "Wire K", at(8, 6, 15),
           "Spain's health ministry said on Wednesday that 67 people had died of the heat across the country since "
           "the heatwave began, 23 of them in Andalusia. The ministry urged older people to stay indoors in the "
           "afternoon."),
    # --- a crush at a stadium in Oran: a rising toll, the ministry against a hospital on the injured ---
    Report("crush1", "Wire K", at(5, 18, 22),
           "At least 7 people were killed in a crush at the Miloud Hadefi stadium in Oran, Algeria, on Sunday as "
           "fans forced their way in before a league match, the civil protection service said. The crush happened "
           "at about 6:15 p.m., 45 minutes before kick-off."),
    Report("crush2", "Harbour Times", at(5, 19, 9),
           "The death toll from Sunday's stadium crush in Oran rose to 11, Algeria's health ministry said on "
           "Monday. The ministry said 58 people had been injured, but doctors at Oran's university hospital put "
           "the number of injured at 94."),
    Report("crush3", "Radio Meridian", at(5, 19, 14),
           "Ninety-four people were hurt in the Oran stadium crush, the director of the university hospital said, "
           "accusing the ministry of playing down the disaster. The stadium holds 40,000 spectators, but club "
           "officials said about 55,000 fans had tried to get in."),
    Report("crush4", "Evening Courier", at(5, 19, 19),
           "Eleven fatalities have been confirmed in the crush in Oran, the health ministry said, and it stood by "
           "its count of 58 injured. The match between MC Oran and USM Alger went ahead and ended 2-1."),
    Report("crush5", "Wire K", at(5, 20, 10),
           "Algeria's sports minister suspended the national league for two weeks on Tuesday after the crush in "
           "Oran, in which 11 people died. The minister, 63, said 120 police officers had been on duty at the "
           "stadium, too few for a crowd of that size."),
    # --- a chemical plant fire in Tarragona: residents kept indoors (a qualifier that agrees), injured rising ---
    Report("chem1", "Wire K", at(10, 6, 14),
           "A fire broke out at a chemical plant in the industrial park of Tarragona, in northeastern Spain, on "
           "Monday, and authorities told about 30,000 residents of nearby towns to stay indoors, Catalonia's civil "
           "protection service said. Two workers were injured, the plant's operator said."),
    Report("chem2", "Harbour Times", at(10, 6, 19),
           "At least 28,000 people in La Canonja and Vila-seca were ordered to keep their windows shut after the "
           "Tarragona plant fire, emergency services said. Some 80 firefighters with 25 fire engines brought the "
           "blaze under control after five hours."),
    Report("chem3", "Radio Meridian", at(10, 7, 10),
           "Six workers were injured in the fire at the Tarragona chemical plant, 2 of them seriously, the "
           "operator Quimica Tarraco said on Tuesday. About 130 tonnes of ethylene oxide were stored at the site, "
           "but the tanks were not damaged, it said."),
    Report("chem4", "Evening Courier", at(10, 7, 16),
           "Air samples taken around the Tarragona industrial park showed no dangerous levels of pollutants, "
           "Catalonia's environment agency said on Tuesday, and the stay-indoors order for 30,000 residents was "
           "lifted at 11 a.m. The plant, opened in 1998, employs 450 people."),
    # --- a bus falls into a gorge in Nepal: a rising toll, the injured count falling as the injured die ---
    Report("bus1", "Wire K", at(11, 17, 12),
           "A passenger bus plunged about 150 metres into a gorge on the Prithvi Highway in central Nepal on "
           "Monday, killing 12 people, police said. The bus was travelling from Pokhara to Kathmandu with 48 "
           "passengers on board."),
    Report("bus2", "Harbour Times", at(11, 17, 18),
           "The number of people killed when a bus fell into the Trishuli river gorge in Nepal rose to 19 on "
           "Monday evening, police said. A police spokesman said 27 others were injured and taken to hospitals "
           "in Chitwan."),
    Report("bus3", "Radio Meridian", at(11, 18, 10),
           "The death toll from Nepal's bus crash reached 22 on Tuesday after three more passengers died in "
           "hospital, police said. The driver, 38, was among the dead. The bus, carrying 48 passengers, had been "
           "overtaking a truck at high speed, police said."),
    Report("bus4", "Evening Courier", at(11, 18, 15),
           "Twenty-two people are dead and 24 injured after the bus crash on the Prithvi Highway, Nepal police "
           "said on Tuesday. The government will give 200,000 rupees to the family of each victim."),
    # --- a cyber attack on a South African insurer: the company against the hackers on records stolen ---
    Report("cyber1", "Wire K", at(4, 7, 15),
           "Hackers stole the personal records of about 1.2 million customers of the South African insurer "
           "Karoo Mutual, the company said on Monday. The attack was detected on Friday night, and the insurer's "
           "systems were shut down for 36 hours."),
    Report("cyber2", "Harbour Times", at(4, 8, 10),
           "A ransomware group calling itself Black Lotus said it had taken the data of 3 million Karoo Mutual "
           "customers, but the insurer said on Tuesday that no more than 1.2 million records had been accessed. "
           "The group is demanding 5 million dollars in bitcoin, the company said."),
    Report("cyber3", "Radio Meridian", at(4, 8, 16),
           "Black Lotus posted samples of what it said were 3 million stolen Karoo Mutual records on a leak site "
           "on Tuesday. South Africa's Information Regulator said it had opened an inquiry."),
    Report("cyber4", "Evening Courier", at(4, 9, 11),
           "Karoo Mutual, whose shares fell 8% on Wednesday, said it had so far notified 400,000 customers that "
           "their data had been stolen, and that it would not pay the ransom of 5 million dollars. The insurer "
           "has 4,800 employees."),
    Report("cyber5", "Wire K", at(4, 10, 9),
           "South Africa's Information Regulator said Karoo Mutual could be fined up to 10 million rand over the "
           "breach. The insurer's chief executive, Thandi Mokoena, 51, apologised to customers in a video "
           "statement on Thursday."),
    # --- measles in Sarajevo canton: cases rising, a canton's count and the country's kept apart ---
    Report("meas1", "Wire K", at(3, 3, 12),
           "Health authorities in Sarajevo canton have confirmed 148 cases of measles since January, the cantonal "
           "public health institute said on Monday. Most of the patients are children who had not been "
           "vaccinated."),
    Report("meas2", "Harbour Times", at(3, 10, 10),
           "Measles cases in Sarajevo canton rose to 231 on Monday, the public health institute said, after "
           "another 83 were confirmed in the past week. Only 68% of children in the canton have received both "
           "doses of the vaccine, the institute said."),
    Report("meas3", "Radio Meridian", at(3, 10, 17),
           "Two children have died of measles in Sarajevo canton, the first deaths from the disease in Bosnia "
           "since 2019, health officials said on Monday. The canton has recorded 231 cases this year."),
    Report("meas4", "Evening Courier", at(3, 17, 11),
           "Bosnia's measles outbreak has spread beyond Sarajevo, with 310 cases now confirmed nationwide, 274 of "
           "them in Sarajevo canton, the federal health ministry said on Monday. The Kosevo clinical centre in "
           "Sarajevo was treating 45 patients."),
    Report("meas5", "Wire K", at(3, 17, 16),
           "Doctors at the Kosevo clinical centre, where 45 measles patients were being treated, said 3 of them "
           "were in intensive care. The health ministry said vaccination teams would visit 120 schools."),
    # --- a strike at Dacia's Mioveni plant: the union against the company on strikers, demand and offer apart ---
    Report("strike1", "Wire K", at(6, 9, 14),
           "Workers at the Dacia car plant in Mioveni, Romania, walked out over pay on Monday, with the union "
           "saying 9,000 workers had joined the strike while the company put the number of strikers at 5,200."),
    Report("strike2", "Harbour Times", at(6, 9, 19),
           "Dacia said on Monday that 5,200 of the plant's 13,000 employees had stopped work, halting production "
           "of about 1,400 cars a day."),
    Report("strike3", "Radio Meridian", at(6, 10, 12),
           "Nine thousand workers are on strike at Dacia's Mioveni plant, union leader Ion Radu said on Tuesday, "
           "demanding a 15% pay rise. The company has offered 7%."),
    Report("strike4", "Evening Courier", at(6, 13, 10),
           "The strike at Dacia's Mioveni plant entered its fifth day on Friday. The carmaker said 6,800 cars had "
           "not been built because of the stoppage, and the employers' federation estimated that 26,000 working "
           "days had been lost."),
    Report("strike5", "Wire K", at(6, 16, 15),
           "The union at Dacia's Mioveni plant lowered its pay demand to 12% on Monday and the company raised its "
           "offer to 9%, as the strike entered its second week. Lost production has reached 9,800 cars, the "
           "company said. The employers' federation said 41,000 working days had now been lost."),
    # --- a bridge in Krakow: the city against the audit office on the cost, a budget and payments kept apart ---
    Report("bridge1", "Wire K", at(12, 1, 11),
           "The new Lajkonik bridge over the Vistula in Krakow will cost 1.4 billion zlotys, the city said on "
           "Monday, against a budget of 900 million zlotys approved in 2021. The bridge, 640 metres long, was due "
           "to open last year."),
    Report("bridge2", "Harbour Times", at(12, 1, 17),
           "Poland's Supreme Audit Office said on Monday that the Krakow bridge would cost 1.9 billion zlotys, not "
           "the 1.4 billion zlotys the city had given, because of unpriced repairs to its foundations."),
    Report("bridge3", "Radio Meridian", at(12, 2, 10),
           "Krakow's deputy mayor rejected the audit office's estimate of 1.9 billion zlotys for the Lajkonik "
           "bridge, saying the city's figure of 1.4 billion zlotys included all known costs. The contractor has "
           "been paid 610 million zlotys so far."),
    Report("bridge4", "Evening Courier", at(12, 3, 9),
           "The Lajkonik bridge, whose budget was set at 900 million zlotys, will not open before 2027, four years "
           "later than planned, the city said. The city council voted 28-15 on Wednesday to release 300 million "
           "zlotys of extra funding."),
    # --- a provincial election in Mendoza: the electoral board against the opposition on turnout ---
    Report("elec1", "Wire K", at(9, 22, 8),
           "Turnout in Sunday's provincial election in Mendoza, Argentina, was 61.4%, the provincial electoral "
           "board said on Monday. Laura Ibarra won the governorship by 412,300 votes to 388,900."),
    Report("elec2", "Harbour Times", at(9, 22, 14),
           "Mendoza's opposition said on Monday that turnout in the provincial election had been no higher than "
           "48%, and accused the electoral board of inflating its figure of 61.4% with ballots cast in the names "
           "of dead voters."),
    Report("elec3", "Radio Meridian", at(9, 22, 19),
           "The electoral board stood by its turnout figure of 61.4% on Monday and said 1.39 million people were "
           "registered to vote in Mendoza. Observers from the Organization of American States visited 210 of the "
           "province's 2,600 polling stations."),
    Report("elec4", "Evening Courier", at(9, 23, 10),
           "Forty-eight per cent, not 61.4%, was the real turnout in Mendoza, opposition leader Marcos Vidal, 57, "
           "told a rally on Tuesday. He said he would challenge the results from 340 polling stations in court."),
    # --- a maize harvest failure in Zambia: a forecast cut, the government against the WFP on people in need ---
    Report("crop1", "Wire K", at(1, 20, 12),
           "Zambia's maize harvest will fall to about 1.5 million tonnes this season after a drought across the "
           "south of the country, the agriculture ministry said on Monday, down from 3.2 million tonnes last "
           "year."),
    Report("crop2", "Harbour Times", at(1, 20, 18),
           "The drought has left 2.3 million Zambians in need of food aid, the Disaster Management and Mitigation "
           "Unit said on Monday, but the World Food Programme put the number at 3.1 million."),
    Report("crop3", "Radio Meridian", at(2, 3, 10),
           "Zambia cut its maize harvest forecast to 1.1 million tonnes on Monday, saying the rains had failed in "
           "6 of the country's 10 provinces."),
    Report("crop4", "Evening Courier", at(2, 3, 16),
           "The World Food Programme said on Monday that 3.1 million people in Zambia needed food aid, and "
           "appealed for 280 million dollars to feed them for six months."),
    Report("crop5", "Wire K", at(2, 4, 9),
           "Zambia's government maintained on Tuesday that 2.3 million people needed food assistance, and said it "
           "would import 650,000 tonnes of maize from Tanzania and South Africa."),
    # --- a wildfire near Oristano: the burned area growing, homes destroyed and damaged, dead livestock disputed ---
    Report("wild1", "Wire K", at(8, 18, 13),
           "A wildfire has burned 3,500 hectares of forest and farmland near Oristano in western Sardinia since "
           "Sunday, the regional forestry corps said on Monday. About 1,200 people were evacuated from the village "
           "of Cuglieri and nearby campsites."),
    Report("wild2", "Harbour Times", at(8, 19, 10),
           "The Sardinian wildfire has now burned 9,000 hectares, the forestry corps said on Tuesday, as 14 "
           "water-bombing aircraft fought the flames. Winds of up to 70 km/h fanned the fire overnight, and "
           "flames reached between 20 and 30 metres high, pilots said."),
    Report("wild3", "Radio Meridian", at(8, 20, 11),
           "At least 12,000 hectares have burned near Oristano, the region's president said on Wednesday. The fire "
           "has destroyed 27 homes and damaged 140 others, she said."),
    Report("wild4", "Evening Courier", at(8, 20, 17),
           "Satellite images from the EU's Copernicus service show that 12,400 hectares have burned in western "
           "Sardinia, the island's largest fire since 2021. The farmers' group Coldiretti said 3,000 sheep and "
           "goats had died in the blaze."),
    Report("wild5", "Wire K", at(8, 21, 10),
           "Firefighters contained the Sardinian wildfire on Thursday after four days. The region said 27 homes "
           "had been destroyed and that it would pay up to 50,000 euros to each family that lost a house. Its "
           "veterinary service counted 1,100 dead sheep and goats, far fewer than the farmers' group had claimed."),
)

FIGURES = (
    LabelledFigure("ferry deaths, Mindoro", "revised",
                   (("ferry1", "4"), ("ferry2", "9"), ("ferry3", "Fourteen"), ("ferry4", "14"))),
    LabelledFigure("ferry passengers missing, Mindoro", "revised", (("ferry1", "31"), ("ferry3", "21"))),
    LabelledFigure("people aboard the MV Santa Lucia", "disputed",
                   (("ferry2", "136"), ("ferry2", "200"), ("ferry4", "200"), ("ferry4", "136"))),
    LabelledFigure("ferry survivors rescued", "consistent", (("ferry2", "86"), ("ferry4", "86"))),
    LabelledFigure("licensed capacity of the ferry", "consistent", (("ferry4", "180"),)),
    LabelledFigure("heat deaths, Andalusia", "revised",
                   (("heat1", "11"), ("heat2", "19"), ("heat4", "23"), ("heat5", "23"))),
    LabelledFigure("heat deaths, Seville", "disputed", (("heat2", "7"), ("heat3", "Twelve"), ("heat3", "7"))),
    LabelledFigure("heat deaths, Spain", "revised", (("heat3", "52"), ("heat5", "67"))),
    LabelledFigure("temperature at Montoro", "consistent", (("heat1", "46.2C"), ("heat4", "46.2C"))),
    LabelledFigure("treated for heat illness, Andalusia", "consistent", (("heat2", "340"),)),
    LabelledFigure("stadium crush deaths, Oran", "revised",
                   (("crush1", "7"), ("crush2", "11"), ("crush4", "Eleven"), ("crush5", "11"))),
    LabelledFigure("stadium crush injured, Oran", "disputed",
                   (("crush2", "58"), ("crush2", "94"), ("crush3", "Ninety-four"), ("crush4", "58"))),
    LabelledFigure("stadium capacity, Oran", "consistent", (("crush3", "40,000"),)),
    LabelledFigure("fans who tried to get in, Oran", "consistent", (("crush3", "55,000"),)),
    LabelledFigure("police on duty at the stadium", "consistent", (("crush5", "120"),)),
    LabelledFigure("residents told to stay indoors, Tarragona", "consistent",
                   (("chem1", "30,000"), ("chem2", "28,000"), ("chem4", "30,000"))),
    LabelledFigure("workers injured, Tarragona plant fire", "revised", (("chem1", "Two"), ("chem3", "Six"))),
    LabelledFigure("workers seriously injured, Tarragona", "consistent", (("chem3", "2"),)),
    LabelledFigure("firefighters at the Tarragona fire", "consistent", (("chem2", "80"),)),
    LabelledFigure("fire engines at the Tarragona fire", "consistent", (("chem2", "25"),)),
    LabelledFigure("ethylene oxide stored at the plant", "consistent", (("chem3", "130 tonnes"),)),
    LabelledFigure("employees of the Tarragona plant", "consistent", (("chem4", "450"),)),
    LabelledFigure("bus crash deaths, Nepal", "revised",
                   (("bus1", "12"), ("bus2", "19"), ("bus3", "22"), ("bus4", "Twenty-two"))),
    LabelledFigure("bus crash injured, Nepal", "revised", (("bus2", "27"), ("bus4", "24"))),
    LabelledFigure("passengers on the bus", "consistent", (("bus1", "48"), ("bus3", "48"))),
    LabelledFigure("depth of the bus's fall", "consistent", (("bus1", "150 metres"),)),
    LabelledFigure("payment per victim's family, Nepal", "consistent", (("bus4", "200,000 rupees"),)),
    LabelledFigure("records stolen from Karoo Mutual", "disputed",
                   (("cyber1", "1.2 million"), ("cyber2", "3 million"), ("cyber2", "1.2 million"),
                    ("cyber3", "3 million"))),
    LabelledFigure("ransom demanded from Karoo Mutual", "consistent",
                   (("cyber2", "5 million dollars"), ("cyber4", "5 million dollars"))),
    LabelledFigure("Karoo Mutual share fall", "consistent", (("cyber4", "8%"),)),
    LabelledFigure("customers notified of the breach", "consistent", (("cyber4", "400,000"),)),
    LabelledFigure("Karoo Mutual employees", "consistent", (("cyber4", "4,800"),)),
    LabelledFigure("maximum fine for Karoo Mutual", "consistent", (("cyber5", "10 million rand"),)),
    LabelledFigure("measles cases, Sarajevo canton", "revised",
                   (("meas1", "148"), ("meas2", "231"), ("meas3", "231"), ("meas4", "274"))),
    LabelledFigure("measles cases, Bosnia", "consistent", (("meas4", "310"),)),
    LabelledFigure("children with both vaccine doses, Sarajevo canton", "consistent", (("meas2", "68%"),)),
    LabelledFigure("measles deaths, Sarajevo canton", "consistent", (("meas3", "Two"),)),
    LabelledFigure("measles patients at the Kosevo centre", "consistent", (("meas4", "45"), ("meas5", "45"))),
    LabelledFigure("measles patients in intensive care", "consistent", (("meas5", "3"),)),
    LabelledFigure("schools to be visited by vaccination teams", "consistent", (("meas5", "120"),)),
    LabelledFigure("strikers at Dacia Mioveni", "disputed",
                   (("strike1", "9,000"), ("strike1", "5,200"), ("strike2", "5,200"), ("strike3", "Nine thousand"))),
    LabelledFigure("employees of the Mioveni plant", "consistent", (("strike2", "13,000"),)),
    LabelledFigure("cars built a day at Mioveni", "consistent", (("strike2", "1,400"),)),
    LabelledFigure("union's pay demand", "revised", (("strike3", "15%"), ("strike5", "12%"))),
    LabelledFigure("Dacia's pay offer", "revised", (("strike3", "7%"), ("strike5", "9%"))),
    LabelledFigure("cars not built because of the strike", "revised", (("strike4", "6,800"), ("strike5", "9,800"))),
    LabelledFigure("working days lost to the strike", "revised", (("strike4", "26,000"), ("strike5", "41,000"))),
    LabelledFigure("cost of the Lajkonik bridge", "disputed",
                   (("bridge1", "1.4 billion zlotys"), ("bridge2", "1.9 billion zlotys"),
                    ("bridge2", "1.4 billion zlotys"), ("bridge3", "1.9 billion zlotys"),
                    ("bridge3", "1.4 billion zlotys"))),
    LabelledFigure("budget of the Lajkonik bridge", "consistent",
                   (("bridge1", "900 million zlotys"), ("bridge4", "900 million zlotys"))),
    LabelledFigure("length of the Lajkonik bridge", "consistent", (("bridge1", "640 metres"),)),
    LabelledFigure("paid to the bridge contractor so far", "consistent", (("bridge3", "610 million zlotys"),)),
    LabelledFigure("extra funding for the bridge", "consistent", (("bridge4", "300 million zlotys"),)),
    LabelledFigure("turnout, Mendoza provincial election", "disputed",
                   (("elec1", "61.4%"), ("elec2", "48%"), ("elec2", "61.4%"), ("elec3", "61.4%"),
                    ("elec4", "Forty-eight per cent"), ("elec4", "61.4%"))),
    LabelledFigure("registered voters, Mendoza", "consistent", (("elec3", "1.39 million"),)),
    LabelledFigure("polling stations visited by observers", "consistent", (("elec3", "210"),)),
    LabelledFigure("polling stations in Mendoza", "consistent", (("elec3", "2,600"),)),
    LabelledFigure("polling stations to be challenged", "consistent", (("elec4", "340"),)),
    LabelledFigure("maize harvest forecast this season, Zambia", "revised",
                   (("crop1", "1.5 million tonnes"), ("crop3", "1.1 million tonnes"))),
    LabelledFigure("maize harvest last year, Zambia", "consistent", (("crop1", "3.2 million tonnes"),)),
    LabelledFigure("people needing food aid, Zambia", "disputed",
                   (("crop2", "2.3 million"), ("crop2", "3.1 million"), ("crop4", "3.1 million"),
                    ("crop5", "2.3 million"))),
    LabelledFigure("provinces where the rains failed", "consistent", (("crop3", "6"),)),
    LabelledFigure("provinces of Zambia", "consistent", (("crop3", "10"),)),
    LabelledFigure("WFP appeal for Zambia", "consistent", (("crop4", "280 million dollars"),)),
    LabelledFigure("maize imports, Zambia", "consistent", (("crop5", "650,000 tonnes"),)),
    LabelledFigure("hectares burned near Oristano", "revised",
                   (("wild1", "3,500"), ("wild2", "9,000"), ("wild3", "12,000"), ("wild4", "12,400"))),
    LabelledFigure("evacuated, Sardinian wildfire", "consistent", (("wild1", "1,200"),)),
    LabelledFigure("water-bombing aircraft, Sardinia", "consistent", (("wild2", "14"),)),
    LabelledFigure("wind speed, Sardinian wildfire", "consistent", (("wild2", "70 km/h"),)),
    LabelledFigure("homes destroyed, Sardinian wildfire", "consistent", (("wild3", "27"), ("wild5", "27"))),
    LabelledFigure("homes damaged, Sardinian wildfire", "consistent", (("wild3", "140"),)),
    LabelledFigure("sheep and goats killed, Sardinian wildfire", "disputed", (("wild4", "3,000"), ("wild5", "1,100"))),
    LabelledFigure("payment per family that lost a house, Sardinia", "consistent", (("wild5", "50,000 euros"),)),
)

# Numbers that are no figure: durations and times, votes and a score, ages, ordinals, years, a rhetorical
# series inside one quote, "another N" / "N more" (changes, not totals) and the two ends of two ranges.
# None of them may be in a figure with another value.
NO_FIGURE = (
    ("ferry1", "35 minutes"), ("ferry3", "five"), ("ferry3", "52-year-old"),
    ("ferry3", "One life"), ("ferry3", "ten lives"), ("ferry3", "a hundred lives"), ("ferry4", "2017"),
    ("heat4", "42C"), ("heat4", "45C"),
    ("crush1", "6:15 p.m."), ("crush1", "45 minutes"), ("crush4", "2-1"), ("crush5", "two weeks"), ("crush5", "63"),
    ("chem2", "five hours"), ("chem4", "11 a.m."), ("chem4", "1998"),
    ("bus3", "three"), ("bus3", "38"),
    ("cyber1", "36 hours"), ("cyber5", "51"),
    ("meas2", "83"), ("meas3", "first"), ("meas3", "2019"),
    ("strike4", "fifth"), ("strike5", "second"),
    ("bridge1", "2021"), ("bridge4", "2027"), ("bridge4", "four years"), ("bridge4", "28-15"),
    ("elec1", "412,300"), ("elec1", "388,900"), ("elec4", "57"),
    ("crop4", "six months"),
    ("wild2", "20"), ("wild2", "30 metres"), ("wild4", "2021"), ("wild5", "four days"),
)
