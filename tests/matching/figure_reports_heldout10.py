"""A tenth labelled set, unseen by the matcher's rules: 65 reports about 13 events unlike those of
the other sets (a chlorine leak at a water-treatment plant, a stampede at a hilltop temple, a
salmonella egg recall, a tram collision, a fishing boat sinking, a burst water main, a fuel tanker
explosion, a care-home fire, jellyfish closing beaches, a grain silo explosion, a scratch-card
lottery fraud, a runaway metro escalator, a leaked exam paper), written and labelled by hand
without reading the matcher's or the extractor's code, and never run through them before it was
handed over.

It holds twelve disputes (in one sentence with "but ... put the number of evacuees at", "but ...
put the crowd at", "but ... said its data recorder showed", "but ... put the number at more than",
"while ... put the death toll at", "while ... said four staff had", "but ... put the number of homes
damaged at", "while ... put the number at twenty-two"; across outlets with "rejecting the district
administration's figure of", "far fewer than the Red Cross had reported", "not the 4.2 million euros
prosecutors had cited", "not the 35 million dirhams the ministry had given", "called the regional
government's figure of 350 'simply wrong'", "more than double the prefecture's count"; one side
written in words, "Seventy-one", "twenty-two", "two" carers against "four" staff), twenty
revisions (tolls that rise over days and within one day, "At least 7" then 11 then "Eleven" then
13; people treated after a gas leak updated within one day with "climbed to" and without any such
word; patients in intensive care falling; fishermen missing falling as bodies are found while the
dead rise; households without water falling to "all but 20,000"; an egg recall corrected by the
producer itself with "not 2 million as it had announced"; salmonella cases in Poland, in Germany and
across Europe; tram-crash injured rising within one day; a search area widened; blast injured; a
damage estimate raised "up from"; beaches closed; arrests rising, once as "in custody"; people in
hospital "up from 5"), consistent values repeated by several outlets and with qualifiers ("about
180,000" and "Some 180,000" with 180,000, "about 25,000" with 25,000, "About 162,000" with 162,000,
"More than 470,000" with 480,000 candidates, "At least 15" vehicles with 17, "about 30,000 tonnes" with 30,000
tonnes, "nearly 4,000" with "close to 4,000"), one quantity in several wordings (taken to hospital,
treated in hospital, received hospital treatment; killing, had died, death toll, were killed;
without running water, without water, remained without water, water back on for all but; arrested,
arrests, in custody; injured, hurt; closed, shut to swimmers), scopes that must stay apart (cases in
Poland, in Germany and across Europe; cases and those in hospital; a crew and the Indonesians among
it; dead, missing and rescued; killed and injured; injured and seriously injured; residents,
residents taken to hospital and residents who died; a coast's closed beaches and one town's; homes
with windows blown out and homes unfit to live in; candidates in all and those who must resit;
people hurt and people still in hospital; vehicles burned and fuel aboard), several sums of money
in one story (a tram's price and its repair bill; a repair cost and a pipe budget; a damage estimate
raised; prizes disputed and bail; a resit's cost disputed), and the traps: durations, clock times,
years, ages, two votes, a score, an escalator's model number, a boat's name with a number, ordinals,
rhetorical series inside quotes and the two ends of two ranges."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a chlorine leak in Izmir: people treated rising within one day, the governor against the municipality on evacuees ---
    Report("gas1", "Global Wire", at(6, 10, 11),
           "Chlorine gas leaked from a water-treatment plant in Izmir's Bayrakli district on Tuesday morning, and "
           "46 people were taken to hospital with breathing difficulties, the provincial governor's office said. "
           "The leak began at about 7:20 a.m. as a tank was being refilled, the city water utility IZSU said."),
    Report("gas2", "Harbour Times", at(6, 10, 15),
           "The number of people treated in hospital after the chlorine leak in Izmir climbed to 113 by Tuesday "
           "afternoon, the governor's office said. Residents near the plant were told to keep their windows shut."),
    Report("gas3", "Radio Meridian", at(6, 10, 20),
           "Izmir's governor's office said 158 people had received hospital treatment after the chlorine leak, 9 of "
           "them in intensive care. Police evacuated 2,300 residents from streets around the plant, the governor "
           "said, but the Bayrakli municipality put the number of evacuees at nearly 4,000."),
    Report("gas4", "Daily Lantern", at(6, 11, 9),
           "Of the 158 people treated in hospital after Tuesday's chlorine leak in Izmir, six remained in intensive "
           "care on Wednesday, the provincial health directorate said. IZSU said the plant, built in 1998, would "
           "stay shut for 10 days while its tanks were inspected."),
    Report("gas5", "Northline", at(6, 11, 14),
           "The Bayrakli municipality said on Wednesday that close to 4,000 residents had been moved out of their "
           "homes, rejecting the governor's figure of 2,300. Mayor Derya Aksoy, 51, called for an inquiry into the "
           "leak."),
    # --- a stampede at a temple near Mysuru: a rising toll, the trust against the police on the crowd, the hospital against the administration on the injured ---
    Report("stamp1", "Global Wire", at(7, 18, 10),
           "At least 7 pilgrims were crushed to death in a stampede at the Chamundeshwari temple on Chamundi Hill "
           "near Mysuru in southern India on Friday, police said. The crush began at 5:40 a.m. as the gates opened "
           "for the first prayers of the festival."),
    Report("stamp2", "Harbour Times", at(7, 18, 13),
           "The death toll from the stampede at the hilltop temple near Mysuru rose to 11, district police said. "
           "The temple trust said about 25,000 devotees had been on the hill at the time, but police put the crowd "
           "at more than 60,000."),
    Report("stamp3", "Radio Meridian", at(7, 18, 18),
           "Eleven people were killed and 38 injured in Friday's crush at Chamundi Hill, the Mysuru district "
           "administration said. Pilgrims had queued for up to 6 hours in the heat before the gates opened, it "
           "said."),
    Report("stamp4", "Northline", at(7, 18, 22),
           "K.R. Hospital in Mysuru said on Friday night that 52 people hurt in the temple stampede had been "
           "brought in, rejecting the district administration's figure of 38 injured. Doctors said most had broken "
           "ribs or limbs."),
    Report("stamp5", "Daily Lantern", at(7, 19, 11),
           "Pilgrims injured in the Chamundi Hill stampede died in hospital overnight, raising the death toll to 13, "
           "police said on Saturday. The temple trust stood by its estimate that 25,000 people were on the hill. "
           "\"One hundred, one thousand, ten thousand people pushing - no barricade could hold that,\" a constable "
           "said."),
    # --- salmonella in Polish eggs: a recall corrected by the producer, cases rising in Poland, Germany and Europe ---
    Report("salm1", "Global Wire", at(9, 1, 10),
           "Polish egg producer Ovopol said it was recalling 2 million eggs sold in Poland, Germany and the Czech "
           "Republic after the Chief Sanitary Inspectorate found salmonella at its farm near Kalisz. So far 27 "
           "people in Poland have fallen ill, the inspectorate said on Monday."),
    Report("salm2", "Northline", at(9, 1, 16),
           "Ovopol said on Monday afternoon that it was recalling 3.4 million eggs, not 2 million as it had "
           "announced in the morning, because a second packing line at the Kalisz farm had also been "
           "contaminated."),
    Report("salm3", "Harbour Times", at(9, 2, 11),
           "Salmonella infections linked to Ovopol eggs rose to 41 in Poland on Tuesday, and 12 of the patients "
           "were in hospital, the sanitary inspectorate said. Germany's Robert Koch Institute has counted 9 cases."),
    Report("salm4", "Radio Meridian", at(9, 3, 9),
           "Sixty-three people in Poland have now fallen sick after eating recalled Ovopol eggs, the sanitary "
           "inspectorate said on Wednesday; 12 remain in hospital. The Robert Koch Institute said German cases had "
           "reached 15, and the ECDC put the number of cases across Europe at 78."),
    Report("salm5", "Daily Lantern", at(9, 4, 10),
           "The European Centre for Disease Prevention and Control said on Thursday that 81 cases across Europe "
           "were linked to the Ovopol eggs, 63 of them in Poland. Ovopol, whose recall now covers 3.4 million eggs, "
           "said the farm would stay closed for 6 weeks."),
    # --- a tram collision in Krakow: injured rising within one day, prosecutors against the operator on speed, two sums ---
    Report("tram1", "Radio Meridian", at(10, 14, 8),
           "A tram ran into the back of another at the Rondo Mogilskie junction in Krakow at about 7:10 a.m. on "
           "Tuesday, injuring 17 people, the city's ambulance service said."),
    Report("tram2", "Global Wire", at(10, 14, 12),
           "The number of people injured when a tram rammed another in Krakow rose to 31, the ambulance service "
           "said, 4 of them seriously."),
    Report("tram3", "Harbour Times", at(10, 14, 17),
           "Krakow's ambulance service said 34 people had been hurt in the morning's tram collision. Prosecutors "
           "said the rear tram had been travelling at 46 km/h when it struck the other, but the operator MPK said "
           "its data recorder showed 29 km/h. The driver, 62, was detained."),
    Report("tram4", "Northline", at(10, 15, 10),
           "MPK stood by its reading of 29 km/h on Wednesday and rejected prosecutors' figure of 46 km/h. Of the "
           "34 people injured in Tuesday's crash, four were seriously hurt, the ambulance service said. Repairing "
           "the two damaged trams, each of which cost 14 million zlotys new, will take 3 million zlotys, the "
           "company said."),
    Report("tram5", "Daily Lantern", at(10, 16, 9),
           "The two trams damaged in Tuesday's collision in Krakow cost 14 million zlotys each when they were bought "
           "in 2021 and will need 3 million zlotys of repairs, MPK said. The city council voted 31 to 12 to review "
           "tram safety."),
    # --- a trawler sinks off Jeju: missing falling, dead rising, a search area widened, a crew and its Indonesians ---
    Report("boat1", "Global Wire", at(1, 20, 6),
           "The South Korean fishing boat Haesung 302 sank in rough seas off Jeju island early on Monday with 12 "
           "crew aboard, the coast guard said. Five crew members were pulled from a life raft and 7 were missing."),
    Report("boat2", "Radio Meridian", at(1, 20, 13),
           "Coast guard divers recovered the bodies of three fishermen from the trawler that sank off Jeju on "
           "Monday, leaving 4 still missing. The boat's crew of 12 included 8 Indonesians, the Seogwipo fisheries "
           "cooperative said."),
    Report("boat3", "Harbour Times", at(1, 21, 10),
           "The search for the 4 fishermen still unaccounted for off Jeju covered 1,200 square kilometres on "
           "Tuesday, the coast guard said. The five survivors, all rescued on Monday, were released from hospital "
           "in Seogwipo."),
    Report("boat4", "Northline", at(1, 22, 9),
           "The death toll from the sinking of the Haesung 302 rose to 5 on Wednesday after divers reached the "
           "wreck's cabin, the coast guard said, and two crew members were still missing. The search area has been "
           "widened to 2,000 square kilometres."),
    Report("boat5", "Daily Lantern", at(1, 22, 15),
           "Indonesia's embassy in Seoul said eight of its citizens had been working on the trawler that sank off "
           "Jeju. The boat, built in 2009, had been at sea for 11 days when it went down, the cooperative said."),
    # --- a burst water main in Johannesburg: households without water falling, the utility against councillors on suburbs, two sums ---
    Report("water1", "Global Wire", at(5, 5, 12),
           "A burst water main left about 180,000 households in southern Johannesburg without running water on "
           "Monday, Johannesburg Water said. The pipe, laid in 1962, split under a road in Soweto shortly after "
           "4 a.m."),
    Report("water2", "Harbour Times", at(5, 5, 18),
           "Johannesburg Water said 14 suburbs had been cut off by the burst main, but ward councillors put the "
           "number at more than 30, saying several areas were missing from the utility's list. Some 180,000 "
           "households have no water, the utility said."),
    Report("water3", "Radio Meridian", at(5, 6, 9),
           "Johannesburg Water said on Tuesday that 95,000 households were still without water after it rerouted "
           "supply through a second pipeline, and that it had sent 60 water tankers to the worst-hit suburbs."),
    Report("water4", "Northline", at(5, 6, 17),
           "Ninety-five thousand households in Soweto and neighbouring suburbs remained without water on Tuesday "
           "evening, the utility said. Repairs will cost 45 million rand, well above its yearly pipe maintenance "
           "budget of 30 million rand, chief executive Sipho Ndlovu said. The utility still says 14 suburbs were "
           "affected."),
    Report("water5", "Daily Lantern", at(5, 7, 11),
           "Water was back on for all but 20,000 households in southern Johannesburg on Wednesday, the utility "
           "said, and the 60 tankers would stay until Friday. The city council voted 142 to 61 to pay for the "
           "45 million rand repair from an emergency fund, since the 30 million rand pipe budget had already been "
           "spent."),
    # --- a tanker explosion near Lokoja: the state against the Red Cross on the dead, injured rising ---
    Report("tank1", "Global Wire", at(8, 24, 14),
           "A petrol tanker overturned and exploded near Lokoja in Nigeria's Kogi state on Sunday as residents "
           "gathered to scoop up leaking fuel, killing 48 people, the Federal Road Safety Corps said. The tanker "
           "crashed at about 11:30 a.m. and caught fire within minutes."),
    Report("tank2", "Harbour Times", at(8, 24, 19),
           "The Kogi State Emergency Management Agency said 48 people had died in the tanker blast near Lokoja and "
           "62 had been injured, while the Nigerian Red Cross put the death toll at 71."),
    Report("tank3", "Radio Meridian", at(8, 25, 10),
           "Seventy-one people were killed in Sunday's tanker explosion in Kogi state, the Nigerian Red Cross said "
           "on Monday, standing by a count well above the state's. The tanker was carrying 45,000 litres of petrol, "
           "the road safety corps said; its driver, 39, survived."),
    Report("tank4", "Northline", at(8, 25, 16),
           "Kogi's emergency agency kept the death toll from the tanker explosion at 48 on Monday and said the "
           "number of people injured had risen to 85, up from 62. The fire also destroyed 17 vehicles queued "
           "behind the tanker."),
    Report("tank5", "Daily Lantern", at(8, 26, 11),
           "At least 15 vehicles were burned out in the Lokoja tanker fire, the road safety corps said, among them "
           "a bus carrying wedding guests. The 45,000 litres of petrol aboard burned for 5 hours, firefighters said. "
           "A 14-year-old boy who had been filling a jerrycan was among the dead, relatives said."),
    # --- a care-home fire in Seraing: a rising toll, the union against the operator on staff, residents and the part taken to hospital ---
    Report("care1", "Radio Meridian", at(12, 2, 7),
           "A fire broke out overnight at a care home in Seraing, near Liege, killing four residents, the fire "
           "service said on Tuesday. The blaze started at about 2:15 a.m. in a room on the first floor."),
    Report("care2", "Global Wire", at(12, 2, 13),
           "The number of residents who died in the fire at the Les Tilleuls care home in Seraing rose to six, "
           "prosecutors in Liege said on Tuesday. All 84 residents were evacuated, and 22 were taken to hospital."),
    Report("care3", "Harbour Times", at(12, 2, 18),
           "The CNE union said only two carers had been on duty for the home's 84 residents when fire broke out at "
           "Les Tilleuls, while the operator, Residalia, said four staff had been working the night shift."),
    Report("care4", "Northline", at(12, 3, 10),
           "A seventh resident, a 91-year-old woman, died in hospital on Wednesday, bringing the death toll from the "
           "Seraing care-home fire to 7, prosecutors said. Residalia repeated that four people had been on the "
           "night shift, not the two the union had cited."),
    Report("care5", "Daily Lantern", at(12, 3, 16),
           "Most of the 22 residents taken to hospital after the Seraing fire were still being treated on "
           "Wednesday, a hospital spokeswoman said. The home passed its last fire inspection in 2023, the Walloon "
           "health agency said."),
    # --- jellyfish on the Costa Brava: beaches closed rising, the Red Cross against the region on stings, a coast and a town ---
    Report("jelly1", "Global Wire", at(8, 4, 18),
           "Swarms of jellyfish between 10 and 30 centimetres across forced lifeguards to close 14 beaches on the "
           "Costa Brava on Monday, and Red Cross posts treated 620 bathers for stings, the Red Cross said."),
    Report("jelly2", "Harbour Times", at(8, 4, 21),
           "Catalonia's civil protection service said 350 people had been treated for jellyfish stings on the "
           "Costa Brava on Monday, far fewer than the Red Cross had reported. A 6-year-old girl was taken to "
           "hospital in Girona with an allergic reaction."),
    Report("jelly3", "Radio Meridian", at(8, 5, 11),
           "Lifeguards closed 23 beaches on the Costa Brava on Tuesday as the jellyfish drifted south, 6 of them in "
           "Lloret de Mar, the civil protection service said. \"One sting, two stings, ten stings - the children "
           "keep coming out of the water crying,\" a lifeguard in Lloret said."),
    Report("jelly4", "Northline", at(8, 5, 18),
           "Thirty-one beaches along the Costa Brava were shut to swimmers on Tuesday evening, including all 6 in "
           "Lloret de Mar, the civil protection service said."),
    Report("jelly5", "Daily Lantern", at(8, 6, 10),
           "The Red Cross said on Wednesday that it stood by its count of 620 people stung on Monday and called the "
           "regional government's figure of 350 \"simply wrong\". Most of the beaches reopened on Wednesday "
           "morning."),
    # --- a grain silo blast in Rouen: injured rising, the town hall against the prefecture on homes, a damage estimate raised ---
    Report("silo1", "Global Wire", at(3, 11, 16),
           "An explosion tore through a grain silo at the port of Rouen in northern France on Tuesday, injuring 9 "
           "workers, the Seine-Maritime prefecture said. Debris was thrown between 200 and 300 metres, and the silo "
           "held about 30,000 tonnes of wheat, its operator Granports said."),
    Report("silo2", "Harbour Times", at(3, 11, 20),
           "Eleven people were injured in the blast at the Rouen grain silo, 3 of them seriously, the prefecture "
           "said on Tuesday evening. The silo, built in 1957, had been due for renovation next year."),
    Report("silo3", "Radio Meridian", at(3, 12, 9),
           "Windows were blown out in 400 homes across the Seine in Petit-Quevilly, the town hall said, but the "
           "prefecture put the number of homes damaged by the Rouen blast at 150. Twelve homes were declared unfit "
           "to live in, both said."),
    Report("silo4", "Northline", at(3, 12, 15),
           "The port authority estimated the damage from Tuesday's silo explosion in Rouen at 25 million euros. Of "
           "the 11 workers hurt, three remain in a serious condition, the prefecture said, and the 30,000 tonnes of "
           "wheat stored in the silo will have to be destroyed."),
    Report("silo5", "Daily Lantern", at(3, 14, 10),
           "The port authority raised its estimate of the damage at the Rouen silo to 40 million euros on Friday, "
           "up from 25 million euros, after engineers found cracks in neighbouring silos. Petit-Quevilly's mayor, "
           "Claire Vasseur, 47, said 400 homes had lost windows, more than double the prefecture's count, and that "
           "12 were still unfit to live in."),
    # --- a scratch-card fraud in Greece: prosecutors against the defence on prizes, arrests rising, bail apart ---
    Report("lotto1", "Global Wire", at(4, 14, 12),
           "Greek police arrested 3 people on Monday over a scheme in which staff at the lottery operator Elliniko "
           "Lotto are accused of pulling winning scratch cards before they reached shops. Prosecutors said the "
           "group had cashed 4.2 million euros in prizes since 2021."),
    Report("lotto2", "Harbour Times", at(4, 14, 18),
           "Lawyers for the suspects in the Greek scratch-card case said the prizes their clients collected came to "
           "no more than 900,000 euros, not the 4.2 million euros prosecutors had cited."),
    Report("lotto3", "Radio Meridian", at(4, 15, 10),
           "The number of people arrested over the scratch-card fraud at Elliniko Lotto rose to 7 on Tuesday, Greek "
           "police said, among them a regional sales manager. Investigators said the group had redeemed 312 winning "
           "cards."),
    Report("lotto4", "Northline", at(4, 16, 9),
           "Seven people are in custody over the Greek scratch-card scheme, which prosecutors say netted "
           "4.2 million euros from 312 winning cards. A court in Athens set bail at 50,000 euros for the sales "
           "manager, 44."),
    Report("lotto5", "Daily Lantern", at(4, 16, 15),
           "The defence repeated on Wednesday that the scratch-card prizes came to 900,000 euros at most. The sales "
           "manager was freed after posting 50,000 euros bail, and Elliniko Lotto said it had sacked the staff "
           "involved."),
    # --- a runaway escalator in Budapest: the ambulance service against the operator on the injured, people in hospital rising ---
    Report("esc1", "Radio Meridian", at(6, 23, 9),
           "An escalator at Budapest's Deak Ferenc ter metro station suddenly sped up during Monday's morning rush, "
           "throwing commuters to the bottom and injuring 22 people, the national ambulance service said."),
    Report("esc2", "Global Wire", at(6, 23, 14),
           "The ambulance service said 22 people had been hurt on the escalator at Deak Ferenc ter, 5 of whom were "
           "taken to hospital. The escalator, a Schindler 9300, was installed in 1984."),
    Report("esc3", "Harbour Times", at(6, 23, 19),
           "Budapest transport company BKV said 12 passengers had been injured at Deak Ferenc ter, while the "
           "ambulance service put the number at twenty-two."),
    Report("esc4", "Northline", at(6, 24, 10),
           "Eight of the people hurt on the Deak Ferenc ter escalator were in hospital on Tuesday, up from 5 on "
           "Monday, the ambulance service said. BKV still says 12 people were injured."),
    Report("esc5", "Daily Lantern", at(6, 24, 16),
           "BKV said the escalator had last been serviced 3 weeks before the accident and would stay out of use for "
           "10 days. Fans heading to the Puskas Arena, where Hungary beat Finland 3-1 on Monday night, were diverted "
           "around the station."),
    # --- a leaked exam paper in Morocco: arrests rising, candidates in all and those resitting, the resit's cost disputed ---
    Report("exam1", "Global Wire", at(6, 9, 15),
           "Morocco's education ministry cancelled Monday's baccalaureate mathematics exam after the paper was "
           "posted on social media an hour before it began, forcing 162,000 science-stream candidates to sit it "
           "again."),
    Report("exam2", "Harbour Times", at(6, 9, 20),
           "Moroccan police arrested 4 people over the leaked baccalaureate maths paper, the national security "
           "directorate said on Monday. About 162,000 students will have to retake the exam next week, the "
           "education ministry said."),
    Report("exam3", "Radio Meridian", at(6, 10, 11),
           "The number of arrests over the leaked maths paper in Morocco rose to 9 on Tuesday, police said. More "
           "than 470,000 candidates are sitting the baccalaureate this year, the education ministry said, and the "
           "leak affects only the science streams."),
    Report("exam4", "Northline", at(6, 10, 17),
           "Of the 480,000 candidates sitting the baccalaureate in Morocco this year, 162,000 must retake the "
           "mathematics paper, the education ministry said on Tuesday. Organising the resit will cost "
           "35 million dirhams, it said."),
    Report("exam5", "Daily Lantern", at(6, 11, 10),
           "Opposition deputy Karim Bennani said on Wednesday that the resit would cost more than 90 million "
           "dirhams, not the 35 million dirhams the ministry had given. Police said 11 people were now in custody, "
           "among them a 23-year-old student accused of posting the paper."),
)

FIGURES = (
    LabelledFigure("people treated in hospital, Izmir chlorine leak", "revised",
                   (("gas1", "46"), ("gas2", "113"), ("gas3", "158"), ("gas4", "158"))),
    LabelledFigure("patients in intensive care, Izmir leak", "revised", (("gas3", "9"), ("gas4", "six"))),
    LabelledFigure("residents evacuated, Bayrakli", "disputed",
                   (("gas3", "2,300"), ("gas3", "4,000"), ("gas5", "4,000"), ("gas5", "2,300"))),
    LabelledFigure("stampede deaths, Chamundi Hill", "revised",
                   (("stamp1", "7"), ("stamp2", "11"), ("stamp3", "Eleven"), ("stamp5", "13"))),
    LabelledFigure("crowd on Chamundi Hill", "disputed",
                   (("stamp2", "25,000"), ("stamp2", "60,000"), ("stamp5", "25,000"))),
    LabelledFigure("stampede injured, Chamundi Hill", "disputed",
                   (("stamp3", "38"), ("stamp4", "52"), ("stamp4", "38"))),
    LabelledFigure("eggs recalled by Ovopol", "revised",
                   (("salm1", "2 million"), ("salm2", "3.4 million"), ("salm2", "2 million"), ("salm5", "3.4 million"))),
    LabelledFigure("salmonella cases in Poland", "revised",
                   (("salm1", "27"), ("salm3", "41"), ("salm4", "Sixty-three"), ("salm5", "63"))),
    LabelledFigure("salmonella patients in hospital, Poland", "consistent", (("salm3", "12"), ("salm4", "12"))),
    LabelledFigure("salmonella cases in Germany", "revised", (("salm3", "9"), ("salm4", "15"))),
    LabelledFigure("salmonella cases across Europe", "revised", (("salm4", "78"), ("salm5", "81"))),
    LabelledFigure("tram collision injured, Krakow", "revised",
                   (("tram1", "17"), ("tram2", "31"), ("tram3", "34"), ("tram4", "34"))),
    LabelledFigure("seriously injured, Krakow tram collision", "consistent", (("tram2", "4"), ("tram4", "four"))),
    LabelledFigure("speed of the rear tram", "disputed",
                   (("tram3", "46 km/h"), ("tram3", "29 km/h"), ("tram4", "29 km/h"), ("tram4", "46 km/h"))),
    LabelledFigure("trams damaged, Krakow", "consistent", (("tram4", "two"), ("tram5", "two"))),
    LabelledFigure("price of each tram", "consistent", (("tram4", "14 million zlotys"), ("tram5", "14 million zlotys"))),
    LabelledFigure("tram repair cost", "consistent", (("tram4", "3 million zlotys"), ("tram5", "3 million zlotys"))),
    LabelledFigure("crew aboard the Haesung 302", "consistent", (("boat1", "12"), ("boat2", "12"))),
    LabelledFigure("crew rescued alive, Jeju", "consistent", (("boat1", "Five"), ("boat3", "five"))),
    LabelledFigure("fishermen missing off Jeju", "revised",
                   (("boat1", "7"), ("boat2", "4"), ("boat3", "4"), ("boat4", "two"))),
    LabelledFigure("fishermen dead, Jeju sinking", "revised", (("boat2", "three"), ("boat4", "5"))),
    LabelledFigure("Indonesians in the crew", "consistent", (("boat2", "8"), ("boat5", "eight"))),
    LabelledFigure("search area off Jeju", "revised",
                   (("boat3", "1,200 square kilometres"), ("boat4", "2,000 square kilometres"))),
    LabelledFigure("households without water, Johannesburg", "revised",
                   (("water1", "180,000"), ("water2", "180,000"), ("water3", "95,000"),
                    ("water4", "Ninety-five thousand"), ("water5", "20,000"))),
    LabelledFigure("suburbs cut off, Johannesburg", "disputed", (("water2", "14"), ("water2", "30"), ("water4", "14"))),
    LabelledFigure("water tankers sent, Johannesburg", "consistent", (("water3", "60"), ("water5", "60"))),
    LabelledFigure("water main repair cost", "consistent",
                   (("water4", "45 million rand"), ("water5", "45 million rand"))),
    LabelledFigure("yearly pipe maintenance budget", "consistent",
                   (("water4", "30 million rand"), ("water5", "30 million rand"))),
    LabelledFigure("tanker explosion deaths, Lokoja", "disputed",
                   (("tank1", "48"), ("tank2", "48"), ("tank2", "71"), ("tank3", "Seventy-one"), ("tank4", "48"))),
    LabelledFigure("tanker explosion injured, Lokoja", "revised", (("tank2", "62"), ("tank4", "85"), ("tank4", "62"))),
    LabelledFigure("petrol aboard the tanker", "consistent",
                   (("tank3", "45,000 litres"), ("tank5", "45,000 litres"))),
    LabelledFigure("vehicles burned, Lokoja", "consistent", (("tank4", "17"), ("tank5", "15"))),
    LabelledFigure("care-home fire deaths, Seraing", "revised", (("care1", "four"), ("care2", "six"), ("care4", "7"))),
    LabelledFigure("residents of Les Tilleuls", "consistent", (("care2", "84"), ("care3", "84"))),
    LabelledFigure("residents taken to hospital, Seraing", "consistent", (("care2", "22"), ("care5", "22"))),
    LabelledFigure("staff on duty the night of the fire", "disputed",
                   (("care3", "two"), ("care3", "four"), ("care4", "four"), ("care4", "two"))),
    LabelledFigure("beaches closed, Costa Brava", "revised",
                   (("jelly1", "14"), ("jelly3", "23"), ("jelly4", "Thirty-one"))),
    LabelledFigure("beaches closed, Lloret de Mar", "consistent", (("jelly3", "6"), ("jelly4", "6"))),
    LabelledFigure("people treated for stings on Monday, Costa Brava", "disputed",
                   (("jelly1", "620"), ("jelly2", "350"), ("jelly5", "620"), ("jelly5", "350"))),
    LabelledFigure("silo blast injured, Rouen", "revised", (("silo1", "9"), ("silo2", "Eleven"), ("silo4", "11"))),
    LabelledFigure("seriously injured, Rouen silo", "consistent", (("silo2", "3"), ("silo4", "three"))),
    LabelledFigure("wheat stored in the Rouen silo", "consistent",
                   (("silo1", "30,000 tonnes"), ("silo4", "30,000 tonnes"))),
    LabelledFigure("homes with windows blown out, Petit-Quevilly", "disputed",
                   (("silo3", "400"), ("silo3", "150"), ("silo5", "400"))),
    LabelledFigure("homes unfit to live in, Petit-Quevilly", "consistent", (("silo3", "Twelve"), ("silo5", "12"))),
    LabelledFigure("damage at the Rouen silo", "revised",
                   (("silo4", "25 million euros"), ("silo5", "40 million euros"), ("silo5", "25 million euros"))),
    LabelledFigure("scratch-card prizes collected", "disputed",
                   (("lotto1", "4.2 million euros"), ("lotto2", "900,000 euros"), ("lotto2", "4.2 million euros"),
                    ("lotto4", "4.2 million euros"), ("lotto5", "900,000 euros"))),
    LabelledFigure("people arrested, scratch-card fraud", "revised",
                   (("lotto1", "3"), ("lotto3", "7"), ("lotto4", "Seven"))),
    LabelledFigure("winning cards redeemed", "consistent", (("lotto3", "312"), ("lotto4", "312"))),
    LabelledFigure("sales manager's bail", "consistent", (("lotto4", "50,000 euros"), ("lotto5", "50,000 euros"))),
    LabelledFigure("escalator injured, Deak Ferenc ter", "disputed",
                   (("esc1", "22"), ("esc2", "22"), ("esc3", "12"), ("esc3", "twenty-two"), ("esc4", "12"))),
    LabelledFigure("escalator injured in hospital", "revised", (("esc2", "5"), ("esc4", "Eight"), ("esc4", "5"))),
    LabelledFigure("candidates who must resit the maths paper", "consistent",
                   (("exam1", "162,000"), ("exam2", "162,000"), ("exam4", "162,000"))),
    LabelledFigure("baccalaureate candidates this year", "consistent", (("exam3", "470,000"), ("exam4", "480,000"))),
    LabelledFigure("arrests over the leaked paper", "revised", (("exam2", "4"), ("exam3", "9"), ("exam5", "11"))),
    LabelledFigure("cost of the resit", "disputed",
                   (("exam4", "35 million dirhams"), ("exam5", "90 million dirhams"), ("exam5", "35 million dirhams"))),
)

NO_FIGURE = (
    ("gas1", "7:20 a.m."), ("gas4", "1998"), ("gas4", "10 days"), ("gas5", "51"),
    ("stamp1", "5:40 a.m."), ("stamp1", "first"), ("stamp3", "6 hours"),
    ("stamp5", "One hundred"), ("stamp5", "one thousand"), ("stamp5", "ten thousand"),
    ("salm2", "second"), ("salm5", "6 weeks"),
    ("tram1", "7:10 a.m."), ("tram3", "62"), ("tram5", "2021"), ("tram5", "31"), ("tram5", "12"),
    ("boat1", "302"), ("boat4", "302"), ("boat5", "2009"), ("boat5", "11 days"),
    ("water1", "1962"), ("water1", "4 a.m."), ("water3", "second"), ("water5", "142"), ("water5", "61"),
    ("tank1", "11:30 a.m."), ("tank3", "39"), ("tank5", "5 hours"), ("tank5", "14-year-old"),
    ("care1", "2:15 a.m."), ("care1", "first"), ("care4", "seventh"), ("care4", "91-year-old"), ("care5", "2023"),
    ("jelly1", "10"), ("jelly1", "30 centimetres"), ("jelly2", "6-year-old"),
    ("jelly3", "One sting"), ("jelly3", "two stings"), ("jelly3", "ten stings"),
    ("silo1", "200"), ("silo1", "300 metres"), ("silo2", "1957"), ("silo5", "47"),
    ("lotto1", "2021"), ("lotto4", "44"),
    ("esc2", "9300"), ("esc2", "1984"), ("esc5", "3 weeks"), ("esc5", "10 days"), ("esc5", "3-1"),
    ("exam1", "an hour"), ("exam5", "23-year-old"),
)
