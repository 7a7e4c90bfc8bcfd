"""An eleventh labelled set, unseen by the matcher's rules: 62 reports about 14 events unlike those of
the other sets (a crude pipeline leak in the Niger Delta, a university's mistaken offers, a pension
fund's swap losses, an oil-tanker hijacking, a food-bank queue, a lighting tower falling on a festival
crowd, a Legionnaires' disease outbreak, a landfill fire, a die-off of bees, a tax administration's
double refunds, a dust storm, a motorway pile-up in fog, an ice-rink roof caving in under snow, a
cyclone's damage to homes and cane fields), written and labelled by hand without reading the
matcher's or the extractor's code, and never run through them before it was handed over.

It holds ten disputes (in one sentence with "while ... put the spill at", "while the fund put them
at", "while ... put the crowd at", "but ... put the crowd at", "while ... put the number of schools
closed that day at", "while ... counted", "but its insurer ... put the damage at", "but the ... union
said"; across sentences with "two more than the 19 its owner had reported", "a figure the community
council again rejected"; across outlets on the same day with "far fewer than the beekeepers'
association had reported"; one side written in words, "Twelve thousand", "forty-six", "forty",
"Three" against "four"), sixteen revisions (injured counts that rise within one day with "has
climbed to" and without any cue word, "Twenty-seven" after 18, "Eleven" after 9; a university
correcting its own count with "not 310"; hostages still held that fall; patients still in hospital
that fall; Legionnaires' cases across a region; a burning area that "has spread to" and the
firefighters sent to it; taxpayers paid twice and the sum overpaid, both updated the same evening;
people treated across Iraq and in Baghdad; polluted mangrove with "raised its estimate"; homes
destroyed and homes damaged by a cyclone as assessment teams reach villages), consistent values
repeated by several outlets and with qualifiers ("More than 40,000" members with 41,000, "some 7,000"
with "about 7,000", "Some 1,140" with 1,140, "About 3,500" with "Some 3,500"), one quantity in
several wordings (injured, hurt; killed, died; sent to hospital, treated in hospital, needed hospital
treatment; wiped out, loss of, died, found dead; flattened, destroyed; paid twice, received twice;
queued, lined up, gathered, the crowd), scopes that must stay apart (the Murcia region and the town
of Alcantarilla; Iraq and Baghdad; homes destroyed and homes damaged; cane flattened and cane
damaged; injured, seriously injured, still in hospital and killed; crew aboard, released and still
held; people in the queue and parcels handed out; taxpayers paid twice and those who paid back;
applicants sent offers and offers honoured; members and pensioners; a crowd and a licensed
capacity), several sums of money in one story (a clean-up fund and compensation; swap losses and
assets; overpaid refunds, sums paid back and a software contract; crop losses and aid; a damage
estimate disputed; a fine; a per-parcel value and donations), and the traps: durations, clock times,
years, ages, a board vote, a hockey score, an aircraft model, a pipe's diameter, a road name,
ordinals, "six more" (a change, not a total), "two more than" (a difference), a rhetorical series
inside each of two quotes and the two ends of two ranges."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a crude pipeline leak at Bodo: the company against the community on the spill, polluted mangrove rising ---
    Report("pipe1", "Wire R", at(4, 7, 10),
           "A crude oil pipeline run by Delta Midstream leaked into the creeks around Bodo in Nigeria's Rivers "
           "State, spilling about 170 tonnes of oil, the company said on Monday. The leak was spotted at "
           "4:15 a.m. and the line was shut within 90 minutes, it said."),
    Report("pipe2", "Daily Courier", at(4, 7, 16),
           "The Bodo community council said more than 700 tonnes of crude had flowed into the creeks, while "
           "Delta Midstream put the spill at 170 tonnes. Fishermen said the slick had reached the mangroves "
           "along the Bonny river."),
    Report("pipe3", "Metro Radio", at(4, 8, 11),
           "Nigeria's spill regulator NOSDRA said on Tuesday that oil from the Bodo leak had fouled 300 hectares "
           "of mangrove and that 14 fishing villages had been told to stop fishing. Delta Midstream said "
           "repairing the 24-inch line would take two weeks."),
    Report("pipe4", "Late Edition", at(4, 10, 9),
           "NOSDRA raised its estimate of the mangrove polluted by the Bodo leak to 450 hectares on Thursday. "
           "Delta Midstream repeated that 170 tonnes had leaked, a figure the community council again "
           "rejected, saying at least 700 tonnes had spilled."),
    Report("pipe5", "Wire R", at(4, 10, 15),
           "Delta Midstream said on Thursday it had set aside 25 million dollars for the clean-up around Bodo "
           "and 4 million dollars to compensate fishermen in the 14 villages told to stop fishing."),
    # --- mistaken offers at a Lisbon university: a count corrected by its own source, offers honoured ---
    Report("uni1", "Wire R", at(7, 21, 11),
           "Lisbon Metropolitan University said on Monday that it had mistakenly sent offers of a place to 310 "
           "applicants it had rejected, blaming a faulty software update. The university received 9,800 "
           "applications for 2,100 places this year."),
    Report("uni2", "Metro Radio", at(7, 21, 17),
           "Lisbon Metropolitan University corrected its count on Monday evening, saying 1,140 rejected "
           "applicants, not 310, had wrongly been told they had a place. Its rector, Helena Vaz, 58, apologised "
           "to the families."),
    Report("uni3", "Daily Courier", at(7, 22, 9),
           "Lisbon Metropolitan University will honour the offers sent in error to 420 applicants whose grades "
           "met its minimum and withdraw the others, the rector said on Tuesday. The education ministry will "
           "give the university 3.5 million euros to pay for the extra places."),
    Report("uni4", "Late Edition", at(7, 23, 10),
           "Some 1,140 applicants received offers by mistake from Lisbon Metropolitan University, which has "
           "agreed to keep 420 of them, the rector said on Wednesday. A lawyer representing 60 of the rest said "
           "they would sue."),
    # --- swap losses at a Rotterdam pension fund: the fund against the central bank, in one sentence ---
    Report("pens1", "Wire R", at(10, 13, 10),
           "PH Pensioen, the pension fund of Rotterdam's port workers, said on Monday it had lost 640 million "
           "euros on interest-rate swaps, about 8% of its 8 billion euros in assets. The fund has 41,000 "
           "members."),
    Report("pens2", "Daily Courier", at(10, 13, 15),
           "De Nederlandsche Bank, which supervises Dutch pension funds, estimated PH Pensioen's swap losses at "
           "1.1 billion euros, while the fund put them at 640 million euros."),
    Report("pens3", "Metro Radio", at(10, 14, 9),
           "Members of the Rotterdam port workers' pension fund face a 4% cut in their pensions from January, "
           "chairman Joost van Leeuwen said on Tuesday. More than 40,000 people belong to the fund, 15,500 of "
           "them already retired."),
    Report("pens4", "Late Edition", at(10, 15, 16),
           "The Dutch central bank repeated on Wednesday that PH Pensioen had lost 1.1 billion euros, and Joost "
           "van Leeuwen, who had chaired the fund since 2014, resigned. The fund's board voted 6-3 to sue the "
           "bank that sold it the swaps."),
    # --- a tanker hijacked off Lome: the navy against the owner on the crew, hostages still held falling ---
    Report("tank1", "Wire R", at(2, 3, 8),
           "Pirates boarded the oil tanker MT Kara Star about 90 nautical miles off Lome, Togo, late on Sunday "
           "and took its 19 crew hostage, the ship's Greek owner Aegean Tankships said on Monday. The tanker "
           "was carrying 32,000 tonnes of gasoil."),
    Report("tank2", "Channel 9", at(2, 3, 14),
           "Togo's navy said on Monday that 21 sailors had been aboard the hijacked Kara Star when the pirates "
           "struck, two more than the 19 its owner had reported."),
    Report("tank3", "Daily Courier", at(2, 5, 10),
           "The pirates holding the MT Kara Star released six crew members in a lifeboat on Wednesday, leaving "
           "13 on board, Aegean Tankships said. The pirates have demanded a ransom of 3 million dollars, the "
           "company said."),
    Report("tank4", "Late Edition", at(2, 7, 9),
           "Pirates freed six more sailors from the Kara Star on Friday, leaving seven still held, the owner "
           "said. Togo's navy said the tanker had been moved to about 140 nautical miles from the coast."),
    Report("tank5", "Metro Radio", at(2, 8, 16),
           "The last crew members held aboard the MT Kara Star were freed on Saturday, Aegean Tankships said, "
           "and its cargo of 32,000 tonnes of gasoil was found intact. The owner declined to say whether a "
           "ransom had been paid."),
    # --- a food-bank queue in Soweto: the charity against the police on the crowd, parcels repeated ---
    Report("food1", "Metro Radio", at(6, 28, 12),
           "Thousands of people queued outside a food bank in Soweto on Saturday after it promised free food "
           "parcels, with the charity Ubuntu Pantry saying 12,000 people had come while Johannesburg metro "
           "police put the crowd at about 7,000."),
    Report("food2", "Wire R", at(6, 28, 18),
           "Ubuntu Pantry said it handed out 4,000 food parcels in Soweto on Saturday before supplies ran out at "
           "1 p.m. Some people had been queuing since 3 a.m., the charity said."),
    Report("food3", "Daily Courier", at(6, 29, 10),
           "Twelve thousand people lined up for food in Soweto on Saturday, Ubuntu Pantry's director Thandi "
           "Mokoena said, and only a third of them went home with a parcel. Each parcel, worth 450 rand, feeds "
           "a family of four for about a week."),
    Report("food4", "Late Edition", at(6, 30, 9),
           "Johannesburg metro police repeated on Monday that some 7,000 people had gathered in Soweto. Ubuntu "
           "Pantry said it had handed out 4,000 parcels on Saturday and had since raised 2.4 million rand, "
           "enough to hand out 5,000 parcels next weekend."),
    # --- a lighting tower falls on a Monterrey festival crowd: injured rising in one day, the crowd disputed ---
    Report("stage1", "Wire R", at(3, 22, 4),
           "A lighting tower collapsed onto the crowd at a music festival in Monterrey, Mexico, late on Friday, "
           "injuring 23 people, Nuevo Leon civil protection said. The tower fell in strong winds at 11:20 p.m., "
           "during the second song of the headline act."),
    Report("stage2", "Channel 9", at(3, 22, 11),
           "Nuevo Leon civil protection said 41 people were hurt when a lighting tower fell on festival-goers in "
           "Monterrey, and that 2 people had died in hospital."),
    Report("stage3", "Metro Radio", at(3, 22, 17),
           "The number of people injured when a lighting tower collapsed at the Monterrey festival has climbed "
           "to 56, civil protection said on Saturday evening, as more festival-goers came forward for "
           "treatment. Two people were killed, and 14 remained in hospital."),
    Report("stage4", "Daily Courier", at(3, 23, 10),
           "The festival's organiser, Norte Vivo, said 65,000 people attended on Friday night, but Monterrey's "
           "civil protection chief put the crowd at some 80,000, well over the grounds' licensed capacity of "
           "70,000."),
    Report("stage5", "Late Edition", at(3, 24, 9),
           "Two people died and 56 were injured when the tower fell, Nuevo Leon's governor said on Monday, and 9 "
           "were still in hospital. Norte Vivo, which insists 65,000 people attended, faces a fine of up to "
           "2 million pesos, the city said."),
    # --- Legionnaires' disease around Alcantarilla: regional cases rising, the ministry against nurses on deaths ---
    Report("leg1", "Wire R", at(8, 4, 13),
           "An outbreak of Legionnaires' disease centred on the town of Alcantarilla, near Murcia in "
           "south-eastern Spain, has sickened 17 people across the region, the regional health ministry said "
           "on Monday. The patients are aged between 54 and 88, it said."),
    Report("leg2", "Metro Radio", at(8, 4, 19),
           "Legionnaires' disease cases in the Murcia region rose to 24 on Monday evening, the regional health "
           "ministry said, and a 79-year-old man died in hospital. Inspectors suspect a cooling tower."),
    Report("leg3", "Daily Courier", at(8, 5, 12),
           "The Murcia region has now confirmed 38 cases of Legionnaires' disease, 33 of them in Alcantarilla "
           "itself, the health ministry said on Tuesday. Inspectors have checked 160 cooling towers in the area "
           "and shut 3."),
    Report("leg4", "Channel 9", at(8, 6, 10),
           "Three people have died in the Legionnaires' outbreak around Alcantarilla, the regional health "
           "ministry said on Wednesday, but the Murcia nurses' union said four patients had died, counting a "
           "woman whose death the ministry put down to pneumonia."),
    Report("leg5", "Wire R", at(8, 6, 16),
           "Confirmed cases of Legionnaires' disease in the Murcia region reached 45 on Wednesday, the health "
           "ministry said, standing by its count of three deaths. The company that owns the cooling tower "
           "blamed for the outbreak was fined 60,000 euros."),
    # --- a fire at the Glina landfill: the burning area and the firefighters rising, closed schools disputed ---
    Report("land1", "Channel 9", at(9, 8, 9),
           "A fire at the Glina landfill on the eastern edge of Bucharest has been burning since Saturday, "
           "covering the Romanian capital in smoke, the emergency inspectorate ISU said on Monday. About 120 "
           "firefighters were tackling the blaze, which covered 4 hectares."),
    Report("land2", "Wire R", at(9, 8, 15),
           "The Glina landfill fire has spread to 7 hectares, the emergency inspectorate said on Monday "
           "afternoon, and 150 firefighters are now at the site."),
    Report("land3", "Daily Courier", at(9, 9, 11),
           "Romania's education ministry closed 46 schools in eastern Bucharest on Tuesday because of smoke from "
           "the Glina landfill, where the flames now covered 9 hectares, ISU said."),
    Report("land4", "Metro Radio", at(9, 9, 17),
           "Bucharest city hall said 62 schools in the east of the city had been shut on Tuesday because of the "
           "smoke, while the education ministry put the number of schools closed there that day at forty-six."),
    Report("land5", "Late Edition", at(9, 12, 10),
           "Firefighters put out the Glina landfill fire on Friday after six days, ISU said. \"Three nights, "
           "four nights, five nights of smoke - my children could not breathe,\" said resident Elena Pop. The "
           "landfill's operator was fined 100,000 lei."),
    # --- bees killed in Medjimurje: beekeepers against the ministry across outlets, a rhetorical series ---
    Report("bee1", "Wire R", at(5, 19, 10),
           "Some 3,500 beehives have been wiped out in Medjimurje county in northern Croatia after a pesticide "
           "was sprayed on nearby maize fields, the Croatian Beekeepers' Association said on Monday."),
    Report("bee2", "Daily Courier", at(5, 19, 16),
           "Croatia's agriculture ministry said on Monday its inspectors had confirmed the loss of 1,100 hives "
           "in Medjimurje, far fewer than the beekeepers' association had reported."),
    Report("bee3", "Metro Radio", at(5, 20, 12),
           "About 3,500 hives, each holding some 40,000 bees, have died in Medjimurje, the beekeepers' "
           "association said again on Tuesday, and 210 beekeepers have lost their colonies. \"Ten hives, a "
           "hundred hives, a thousand hives - whole villages have lost everything,\" said beekeeper Ivan "
           "Horvat."),
    Report("bee4", "Channel 9", at(5, 21, 10),
           "The agriculture ministry said on Wednesday it would pay 150 euros for each of the 1,100 hives its "
           "inspectors had found dead, and that 210 beekeepers had been affected. It has banned the pesticide "
           "in the county for 60 days."),
    # --- Belgian tax refunds paid twice: taxpayers and the sum updated the same evening, repayments apart ---
    Report("tax1", "Wire R", at(11, 4, 10),
           "Belgium's tax administration said on Tuesday that a software error had paid income tax refunds "
           "twice to 28,000 taxpayers last week, sending out 19 million euros too much. The refunds ranged from "
           "150 to 2,400 euros."),
    Report("tax2", "Late Edition", at(11, 4, 18),
           "Belgium's tax administration said on Tuesday evening that 46,000 taxpayers had been paid their "
           "refund twice, after it found a second batch of duplicate payments, and that it had overpaid "
           "31 million euros in all."),
    Report("tax3", "Daily Courier", at(11, 5, 9),
           "Some 46,000 Belgians received their tax refund twice because of a software fault and will be asked "
           "to return a combined 31 million euros, Finance Minister Pieter Claes said on Wednesday. Those who "
           "repay within 30 days will not be charged interest."),
    Report("tax4", "Metro Radio", at(11, 7, 12),
           "Belgium's tax administration said on Friday that 12,500 taxpayers had already paid back 8 million "
           "euros of the refunds sent out by mistake. The software contract, signed in 2021, was worth "
           "14 million euros."),
    # --- a dust storm over Iraq: people treated nationwide and in Baghdad, rising within a day ---
    Report("dust1", "Channel 9", at(5, 5, 11),
           "A dust storm swept across Iraq on Monday, sending 1,300 people to hospital with breathing problems, "
           "the health ministry said. Baghdad airport halted flights for six hours, and a Boeing 737 bound for "
           "the capital was diverted to Basra."),
    Report("dust2", "Wire R", at(5, 5, 19),
           "More than 2,700 people across Iraq had been treated in hospital for breathing difficulties by "
           "Monday evening, the health ministry said, 900 of them in Baghdad."),
    Report("dust3", "Metro Radio", at(5, 6, 10),
           "Iraq's health ministry said on Tuesday that 4,100 people had needed hospital treatment because of "
           "the dust storm, including 1,250 in Baghdad. Visibility in the capital fell to 300 metres."),
    Report("dust4", "Daily Courier", at(5, 6, 16),
           "The dust storm killed 2 people in Iraq, both of them asthma patients, and 4,100 were treated in "
           "hospital, the health ministry said on Tuesday. Schools in nine provinces stayed closed for a second "
           "day."),
    # --- a pile-up in fog near Piacenza: injured rising without a cue word, police against the operator on vehicles ---
    Report("fog1", "Wire R", at(12, 1, 10),
           "Dozens of vehicles crashed in thick fog on the A1 motorway near Piacenza in northern Italy on Monday "
           "morning, killing 2 people and injuring 18, police said. Visibility was below 50 metres when the "
           "first collision happened at 7:40 a.m."),
    Report("fog2", "Channel 9", at(12, 1, 15),
           "Police said 63 vehicles, 11 of them lorries, were caught up in the pile-up on the A1, while the "
           "motorway operator Autostrade per l'Italia counted forty."),
    Report("fog3", "Metro Radio", at(12, 1, 20),
           "Twenty-seven people were injured in the fog pile-up near Piacenza, 4 of them seriously, the regional "
           "health service said on Monday evening. Two drivers died at the scene."),
    Report("fog4", "Daily Courier", at(12, 2, 9),
           "Two people were killed and 27 hurt in Monday's pile-up, police said, and the motorway reopened after "
           "14 hours. Autostrade per l'Italia repeated that 40 vehicles had crashed."),
    # --- an ice-rink roof caves in at Kuopio: injured rising the same evening, the council against its insurer ---
    Report("rink1", "Wire R", at(1, 15, 14),
           "The roof of an ice rink in Kuopio, Finland, caved in under heavy snow on Wednesday during a youth "
           "hockey practice, injuring 9 people, police said. About 30 players and coaches were on the ice. The "
           "city's senior team had won 4-2 at the rink the night before."),
    Report("rink2", "Late Edition", at(1, 15, 20),
           "Eleven people, most of them teenage players, were hurt when the ice rink roof gave way in Kuopio, "
           "the regional rescue service said on Wednesday evening. About 80 centimetres of snow lay on the "
           "roof."),
    Report("rink3", "Daily Courier", at(1, 17, 10),
           "Kuopio city council estimated the damage to the ice rink at 12 million euros, but its insurer, Savo "
           "Mutual, put the damage at about 7 million euros."),
    Report("rink4", "Metro Radio", at(1, 17, 16),
           "All 11 people injured when the Kuopio rink roof collapsed have left hospital, the rescue service "
           "said on Friday. Mayor Jussi Karhu repeated the council's damage estimate of 12 million euros and "
           "said the rink, built in 1979, would reopen in two years."),
    # --- Cyclone Teuila on Vanua Levu: homes destroyed and damaged rising, cane flattened repeated ---
    Report("cyc1", "Wire R", at(2, 17, 8),
           "Cyclone Teuila tore across Fiji's Vanua Levu island overnight, destroying 420 homes and damaging "
           "about 1,600 more, the National Disaster Management Office said on Monday. Gusts reached 230 km/h."),
    Report("cyc2", "Channel 9", at(2, 17, 17),
           "Fiji's agriculture ministry said Cyclone Teuila had flattened 5,200 hectares of sugar cane on Vanua "
           "Levu and damaged a further 8,000 hectares."),
    Report("cyc3", "Daily Courier", at(2, 19, 10),
           "The number of homes destroyed by Cyclone Teuila rose to 610 on Wednesday as assessment teams reached "
           "remote villages, and 2,300 homes had been damaged, Fiji's disaster office said."),
    Report("cyc4", "Metro Radio", at(2, 19, 16),
           "The Sugar Cane Growers Council said 5,200 hectares of cane had been destroyed by the cyclone and put "
           "the growers' losses at 90 million Fijian dollars. The government has pledged 25 million Fijian "
           "dollars in aid to farmers."),
    Report("cyc5", "Late Edition", at(2, 20, 9),
           "Cyclone Teuila destroyed 610 homes and damaged 2,300 on Vanua Levu, Fiji's disaster office said on "
           "Thursday, and 3,100 people were still in evacuation centres. It was the strongest storm to hit the "
           "island since 2016."),
)

FIGURES = (
    LabelledFigure("oil spilled, Bodo pipeline leak", "disputed",
                   (("pipe1", "170 tonnes"), ("pipe2", "700 tonnes"), ("pipe2", "170 tonnes"),
                    ("pipe4", "170 tonnes"), ("pipe4", "700 tonnes"))),
    LabelledFigure("mangrove polluted, Bodo", "revised", (("pipe3", "300 hectares"), ("pipe4", "450 hectares"))),
    LabelledFigure("fishing villages told to stop fishing, Bodo", "consistent", (("pipe3", "14"), ("pipe5", "14"))),
    LabelledFigure("applicants sent offers in error, Lisbon", "revised",
                   (("uni1", "310"), ("uni2", "1,140"), ("uni2", "310"), ("uni4", "1,140"))),
    LabelledFigure("mistaken offers honoured, Lisbon", "consistent", (("uni3", "420"), ("uni4", "420"))),
    LabelledFigure("swap losses, PH Pensioen", "disputed",
                   (("pens1", "640 million euros"), ("pens2", "1.1 billion euros"), ("pens2", "640 million euros"),
                    ("pens4", "1.1 billion euros"))),
    LabelledFigure("members of PH Pensioen", "consistent", (("pens1", "41,000"), ("pens3", "40,000"))),
    LabelledFigure("crew aboard the Kara Star", "disputed", (("tank1", "19"), ("tank2", "21"), ("tank2", "19"))),
    LabelledFigure("crew still held on the Kara Star", "revised", (("tank3", "13"), ("tank4", "seven"))),
    LabelledFigure("gasoil aboard the Kara Star", "consistent", (("tank1", "32,000 tonnes"), ("tank5", "32,000 tonnes"))),
    LabelledFigure("people in the Soweto food queue", "disputed",
                   (("food1", "12,000"), ("food1", "7,000"), ("food3", "Twelve thousand"), ("food4", "7,000"))),
    LabelledFigure("food parcels handed out, Soweto", "consistent", (("food2", "4,000"), ("food4", "4,000"))),
    LabelledFigure("injured by the lighting tower, Monterrey", "revised",
                   (("stage1", "23"), ("stage2", "41"), ("stage3", "56"), ("stage5", "56"))),
    LabelledFigure("deaths, Monterrey festival", "consistent", (("stage2", "2"), ("stage3", "Two"), ("stage5", "Two"))),
    LabelledFigure("festival injured still in hospital", "revised", (("stage3", "14"), ("stage5", "9"))),
    LabelledFigure("festival crowd on Friday night, Monterrey", "disputed",
                   (("stage4", "65,000"), ("stage4", "80,000"), ("stage5", "65,000"))),
    LabelledFigure("Legionnaires' cases, Murcia region", "revised",
                   (("leg1", "17"), ("leg2", "24"), ("leg3", "38"), ("leg5", "45"))),
    LabelledFigure("Legionnaires' deaths, Alcantarilla outbreak", "disputed",
                   (("leg4", "Three"), ("leg4", "four"), ("leg5", "three"))),
    LabelledFigure("area burning, Glina landfill", "revised",
                   (("land1", "4 hectares"), ("land2", "7 hectares"), ("land3", "9 hectares"))),
    LabelledFigure("firefighters at the Glina landfill", "revised", (("land1", "120"), ("land2", "150"))),
    LabelledFigure("schools closed by the smoke, Bucharest", "disputed",
                   (("land3", "46"), ("land4", "62"), ("land4", "forty-six"))),
    LabelledFigure("beehives lost, Medjimurje", "disputed",
                   (("bee1", "3,500"), ("bee2", "1,100"), ("bee3", "3,500"), ("bee4", "1,100"))),
    LabelledFigure("beekeepers affected, Medjimurje", "consistent", (("bee3", "210"), ("bee4", "210"))),
    LabelledFigure("taxpayers refunded twice, Belgium", "revised",
                   (("tax1", "28,000"), ("tax2", "46,000"), ("tax3", "46,000"))),
    LabelledFigure("refunds overpaid, Belgium", "revised",
                   (("tax1", "19 million euros"), ("tax2", "31 million euros"), ("tax3", "31 million euros"))),
    LabelledFigure("people treated in hospital after the dust storm, Iraq", "revised",
                   (("dust1", "1,300"), ("dust2", "2,700"), ("dust3", "4,100"), ("dust4", "4,100"))),
    LabelledFigure("people treated in hospital after the dust storm, Baghdad", "revised",
                   (("dust2", "900"), ("dust3", "1,250"))),
    LabelledFigure("deaths, A1 pile-up", "consistent", (("fog1", "2"), ("fog3", "Two"), ("fog4", "Two"))),
    LabelledFigure("injured, A1 pile-up", "revised", (("fog1", "18"), ("fog3", "Twenty-seven"), ("fog4", "27"))),
    LabelledFigure("vehicles in the A1 pile-up", "disputed", (("fog2", "63"), ("fog2", "forty"), ("fog4", "40"))),
    LabelledFigure("injured, Kuopio rink roof", "revised", (("rink1", "9"), ("rink2", "Eleven"), ("rink4", "11"))),
    LabelledFigure("damage to the Kuopio rink", "disputed",
                   (("rink3", "12 million euros"), ("rink3", "7 million euros"), ("rink4", "12 million euros"))),
    LabelledFigure("homes destroyed by Cyclone Teuila", "revised", (("cyc1", "420"), ("cyc3", "610"), ("cyc5", "610"))),
    LabelledFigure("homes damaged by Cyclone Teuila", "revised",
                   (("cyc1", "1,600"), ("cyc3", "2,300"), ("cyc5", "2,300"))),
    LabelledFigure("sugar cane flattened, Vanua Levu", "consistent",
                   (("cyc2", "5,200 hectares"), ("cyc4", "5,200 hectares"))),
)

NO_FIGURE = (
    ("pipe1", "4:15 a.m."), ("pipe1", "90 minutes"), ("pipe3", "24-inch"), ("pipe3", "two weeks"),
    ("uni2", "58"),
    ("pens4", "2014"), ("pens4", "6-3"),
    ("tank2", "two"), ("tank4", "six"),
    ("food2", "1 p.m."), ("food2", "3 a.m."), ("food3", "four"), ("food3", "a week"),
    ("stage1", "11:20 p.m."), ("stage1", "second"),
    ("leg1", "54"), ("leg1", "88"), ("leg2", "79-year-old"),
    ("land5", "six days"), ("land5", "Three nights"), ("land5", "four nights"), ("land5", "five nights"),
    ("bee3", "Ten hives"), ("bee3", "a hundred hives"), ("bee3", "a thousand hives"), ("bee4", "60 days"),
    ("tax1", "150"), ("tax1", "2,400 euros"), ("tax2", "second"), ("tax3", "30 days"), ("tax4", "2021"),
    ("dust1", "six hours"), ("dust1", "737"), ("dust4", "second"),
    ("fog1", "A1"), ("fog1", "first"), ("fog1", "7:40 a.m."), ("fog2", "A1"), ("fog4", "14 hours"),
    ("rink1", "4-2"), ("rink4", "1979"), ("rink4", "two years"),
    ("cyc5", "2016"),
)
