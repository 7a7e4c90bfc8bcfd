"""A held-out labelled set for figures, written blind: 59 short wire-style reports from 5 invented
outlets (Meridian Wire, Daily Ledger, Northgate Press Agency, Radio Halcyon, Coastline Herald) about
14 invented events in real places, all dated in 2025. It was written without reading the product's
code, its other tests, the git history or the other figure_reports_* sets; only figure_reports.py
(the format and its labelling conventions, read in full) and the head of figure_reports_heldout26.py
(its module docstring, for the kind of header, and the first two reports that followed it on the
screen) were read. Every label was set by hand before anything was run; the only check run was a
small script of its own confirming that each labelled string occurs in its report body and that the
module imports.

Events: a copper mine collapse near Kolwezi (Lualaba, DR Congo), a cholera outbreak in Blantyre
district (Malawi), Cyclone Barsha making landfall near Puri (Odisha, India), a passenger train
derailment near Sohag (Egypt), job cuts at a tyre plant in Lodz (Poland), a rally against a media
law in Tbilisi (Georgia), a pipeline oil spill into the Teaone river near Esmeraldas (Ecuador), a
theft of digital tokens from a Singapore-based crypto exchange, a hailstorm over the vineyards of
Mendoza (Argentina), a residential tower fire in Gulshan-e-Iqbal, Karachi (Pakistan), a search for
missing hikers in the High Tatras (Slovakia), a recall of e-bike batteries in the Netherlands and
Belgium, a blackout after substation fires in Almaty (Kazakhstan) and a bus plunge on the Yungas road
near Coroico (La Paz, Bolivia).

46 labelled figures: 15 disputed, 14 revised, 17 consistent; 55 NO_FIGURE values.

Disputes come in every form: one sentence with "while" or "but" (miners underground at Kolwezi,
cholera deaths, the oil-fouled coastline, passengers on the Yungas bus, exchange accounts hit, people
injured in the Karachi fire); two sources in one report with no cue word (Norvik's job cuts, the
Tbilisi crowd, damaged homes in Odisha); two outlets on the same day or the next with no cue word
(train injured at Sohag, hectares of vines hit in Mendoza, Almaty substations, carbon monoxide
poisonings); a source rejecting or quoting back another's number ("rejected the charity's count of
11", "not the 3 reported by the company", "fewer than the 52 reported by", "against the 30 billion
put forward by the province"); and one side restating its number later (the miners' union and the
mine operator, the Malawi ministry, Norvik and Solidarity, Georgia's police and the organisers,
Ecuador's Environment Ministry, Mendoza's agriculture department and the winegrowers, Velocia,
Almaty's health department, Trans Yungas and the survivors' families). Revisions are counts or
estimates that move over days, some with a cue word ("rose to", "climbed to", "now", "raised its
estimate", "final count") and some without: tolls that rise (mine, cyclone, Karachi fire, Yungas
bus), trapped miners and missing hikers that fall, hikers found alive, cholera cases and treatment
centres, detentions in Tbilisi, barrels spilled and dead seabirds, the stolen amount, and households
without power that fall over two days. Consistent figures include one source's value repeated by
several outlets in different words and number forms ("Seven"/"7", "9"/"Nine", "70"/"seventy",
"2"/"two", "21"/"Twenty-one", "165 km/h"/"165 kilometres an hour"), values that can all be true under
qualifiers ("at least 5" and 6 dead at Sohag the same day, "1.1 million" and "more than 1 million"
evacuated), and scope traps kept apart from a nearby disputed or revised figure (Puri district's
deaths against Odisha's toll, Malawi's national cholera cases against Blantyre's, Lujan de Cuyo's
hectares against Mendoza's, batteries sold in the Netherlands against the whole recall, La Paz
department's road deaths this year against the crash toll, miners rescued alive against the dead).

NO_FIGURE holds the traps: durations, clock times (two of them the ends of one range), ages (two of
them the ends of one range), ordinals, two votes, a match score, years (two of them the ends of one
range) and rhetorical series inside quotes.

Labels name a value by report and by the number as written in that report's body.
"""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- copper mine collapse near Kolwezi, DR Congo: a rising toll, a falling trapped count, the
    #     operator against the union over how many were underground ---
    Report("mine1", "Meridian Wire", at(2, 11, 15),
           "A tunnel collapsed at the Kanina Hills copper mine near Kolwezi in southern Congo on Tuesday, "
           "killing 9 miners, Lualaba province's mining minister said. Rescuers were trying to reach 31 miners "
           "trapped underground. The roof gave way at 4:30 a.m., near the end of the night shift."),
    Report("mine2", "Daily Ledger", at(2, 11, 19),
           "The operator of the Kanina Hills mine, Lubudi Mining, said 120 workers were underground when the "
           "tunnel gave way, but the Lualaba Miners' Union said nearly 200 had been on the shift. Nine bodies "
           "have been recovered, the provincial minister said."),
    Report("mine3", "Northgate Press Agency", at(2, 12, 9),
           "The death toll from the mine collapse near Kolwezi rose to 17 on Wednesday, provincial officials "
           "said. Rescuers brought 8 miners out alive overnight, and 15 were still trapped underground."),
    Report("mine4", "Radio Halcyon", at(2, 13, 8),
           "The Lualaba Miners' Union said again on Thursday that almost 200 miners had been underground at "
           "Kanina Hills, and accused Lubudi Mining of leaving out workers without contracts. The collapse near "
           "Kolwezi has killed 28 people and 4 miners remain trapped, officials said. It is the province's "
           "second deadly mine accident this year."),
    Report("mine5", "Coastline Herald", at(2, 14, 10),
           "Lubudi Mining maintained on Friday that 120 people had been on the night shift at Kanina Hills. The "
           "bodies of the last trapped miners were recovered, bringing the toll from the collapse near Kolwezi "
           "to 32, provincial minister Jean-Marc Ilunga said. Rescue teams had worked for 80 hours."),
    # --- cholera in Blantyre, Malawi: the ministry against a charity over deaths, cases that climb,
    #     a national count beside the district's ---
    Report("chol1", "Northgate Press Agency", at(1, 20, 11),
           "Malawi's Health Ministry said on Monday that 312 cholera cases had been recorded in Blantyre "
           "district this month and 6 people had died. Health workers have opened 3 treatment centres in the "
           "city, and the ministry set up a 24-hour hotline."),
    Report("chol2", "Radio Halcyon", at(1, 21, 14),
           "Cholera has killed 11 people in Blantyre district, the charity Clean Water Malawi said on Tuesday, "
           "while the Health Ministry put the death toll at 6. Among the dead was a 10-year-old girl from "
           "Ndirande township."),
    Report("chol3", "Meridian Wire", at(1, 22, 10),
           "Malawi's Health Ministry rejected the charity's count of 11 cholera deaths in Blantyre, saying only "
           "six had been confirmed by laboratory tests. More than 450 cases have now been recorded in the "
           "district, the ministry said."),
    Report("chol4", "Daily Ledger", at(1, 27, 9),
           "Cholera cases in Blantyre district have climbed to 689, the Health Ministry said on Monday, and five "
           "treatment centres are open there. Nationwide, Malawi has recorded 1,140 cases this year, its worst "
           "outbreak since 2023."),
    # --- Cyclone Barsha in Odisha, India: a rising toll, Puri's share of it, a dispute over homes ---
    Report("cyc1", "Coastline Herald", at(10, 23, 7),
           "Cyclone Barsha made landfall near Puri in India's Odisha state at 11 p.m. on Wednesday with winds of "
           "165 km/h, the India Meteorological Department said. Authorities had moved 1.1 million people to "
           "shelters, the state's disaster management minister said."),
    Report("cyc2", "Meridian Wire", at(10, 23, 13),
           "Cyclone Barsha has killed 7 people in Odisha, the state's special relief commissioner said on "
           "Thursday. More than 1 million people were evacuated before the storm hit, and winds reached 165 "
           "kilometres an hour at landfall. \"One wave, two waves, and then the roof was gone,\" a fisherman in "
           "Puri said."),
    Report("cyc3", "Daily Ledger", at(10, 24, 9),
           "The death toll from Cyclone Barsha in Odisha rose to 14 on Friday, the relief commissioner said. "
           "Puri district alone accounted for 9 of the dead. About 38,000 houses were damaged across the state, "
           "he said."),
    Report("cyc4", "Radio Halcyon", at(10, 24, 18),
           "Odisha's relief commissioner said 38,000 homes had been damaged by Cyclone Barsha. Opposition "
           "lawmakers said their own survey had counted more than 70,000 damaged homes across the state."),
    Report("cyc5", "Northgate Press Agency", at(10, 26, 10),
           "Cyclone Barsha killed 16 people in Odisha, the state government said in its final count on Sunday. "
           "The storm weakened after 36 hours over land. It was the third cyclone to hit the state since 2019."),
    # --- train derailment near Sohag, Egypt: the toll agrees under a qualifier, the injured do not ---
    Report("train1", "Meridian Wire", at(4, 8, 10),
           "A passenger train derailed near Sohag in southern Egypt on Tuesday, killing at least 5 people, the "
           "Health Ministry said. Seven carriages left the tracks, Egyptian National Railways said. The train "
           "had left Cairo at 10 p.m. on Monday and was due in Aswan at 11 a.m."),
    Report("train2", "Daily Ledger", at(4, 8, 13),
           "The Health Ministry said 94 people were injured in the derailment near Sohag and 6 were killed. "
           "Egyptian National Railways said 7 carriages had come off the rails."),
    Report("train3", "Coastline Herald", at(4, 8, 20),
           "Egyptian National Railways said 61 passengers were hurt when the train derailed near Sohag. Six "
           "people died, it said. The driver, 47, has been detained for questioning."),
    Report("train4", "Radio Halcyon", at(4, 9, 9),
           "Egypt's Health Ministry said on Wednesday that 94 people had been injured and 6 killed in Tuesday's "
           "derailment near Sohag. The line reopened after 19 hours."),
    # --- job cuts at a tyre plant in Lodz, Poland: the company against the union ---
    Report("jobs1", "Northgate Press Agency", at(9, 16, 11),
           "Tyre maker Norvik said on Tuesday it would cut 380 jobs at its plant in Łódź, which employs 2,100 "
           "people. The company blamed cheaper imports from Asia."),
    Report("jobs2", "Meridian Wire", at(9, 16, 15),
           "The Solidarity union at Norvik's tyre plant in Łódź said 540 workers would lose their jobs. Norvik "
           "has said 380 posts will go."),
    Report("jobs3", "Radio Halcyon", at(9, 17, 8),
           "Norvik will cut 380 jobs in Łódź, a spokeswoman repeated on Wednesday, out of the plant's 2,100 "
           "staff. The plant opened in 1998."),
    Report("jobs4", "Coastline Herald", at(9, 18, 12),
           "Workers at Norvik's Łódź plant voted 318 to 41 on Thursday to hold a warning strike. Solidarity says "
           "540 jobs are at risk; union leader Marek Wójcik, 58, said it was the second round of cuts in 3 "
           "years."),
    # --- a rally in Tbilisi: police against organisers, detentions that rise ---
    Report("prot1", "Daily Ledger", at(3, 29, 19),
           "Police said about 25,000 people rallied outside Georgia's parliament in Tbilisi on Saturday against "
           "a new media law. Organisers said 80,000 had joined."),
    Report("prot2", "Radio Halcyon", at(3, 29, 21),
           "Organisers put Saturday's crowd in Tbilisi at 80,000. Police detained 14 people, the Interior "
           "Ministry said. Parliament passed the media law by 84 votes to 30 on Thursday."),
    Report("prot3", "Northgate Press Agency", at(3, 30, 9),
           "Georgia's Interior Ministry said on Sunday that 27 people had been detained after Saturday's rally "
           "in Tbilisi, which it said drew 25,000 people. Fans at Dinamo Tbilisi's 2-1 win on Saturday night "
           "chanted against the law."),
    Report("prot4", "Coastline Herald", at(3, 30, 14),
           "Georgia's Interior Ministry now says 31 people were detained at the Tbilisi protest. Opposition "
           "leader Nino Kapanadze, 44, said it was the biggest rally since 2012, with 80,000 people in the "
           "streets."),
    # --- pipeline spill near Esmeraldas, Ecuador: estimates raised, the ministry against the company over
    #     the coastline, a seabird count that rises ---
    Report("oil1", "Meridian Wire", at(6, 3, 16),
           "A ruptured pipeline spilled about 8,000 barrels of crude into the Teaone river near Esmeraldas in "
           "Ecuador on Tuesday, the pipeline operator Petrosur Andina said."),
    Report("oil2", "Coastline Herald", at(6, 4, 10),
           "Petrosur Andina raised its estimate of the crude spilled near Esmeraldas to 12,500 barrels on "
           "Wednesday. Ecuador's Environment Ministry said the oil had reached 40 km of coastline, while the "
           "company said only 18 km were affected."),
    Report("oil3", "Daily Ledger", at(6, 4, 17),
           "About 12,500 barrels of oil leaked from the pipeline near Esmeraldas, the operator said. Volunteers "
           "counted 230 dead seabirds on the beaches."),
    Report("oil4", "Radio Halcyon", at(6, 5, 9),
           "Ecuador's Environment Ministry said again on Thursday that forty kilometres of coastline had been "
           "fouled by the Esmeraldas spill. Volunteers have now found 410 dead seabirds. \"We will not fish for "
           "6 months,\" said fisherman Luis Cortez, 52."),
    Report("oil5", "Northgate Press Agency", at(6, 6, 11),
           "Petrosur Andina now puts the Esmeraldas spill at 15,000 barrels, its third estimate in four days."),
    # --- theft from a Singapore crypto exchange: the amount revised, police against the exchange over
    #     the accounts hit ---
    Report("hack1", "Northgate Press Agency", at(7, 10, 6),
           "Hackers stole 48 million dollars in digital tokens from the Singapore-based exchange CoinHarbour, "
           "the company said on Thursday. About 92,000 customer accounts were affected, it said."),
    Report("hack2", "Meridian Wire", at(7, 11, 9),
           "CoinHarbour now says hackers stole 61 million dollars, after an audit found a second breach. "
           "Withdrawals have been frozen for 48 hours."),
    Report("hack3", "Daily Ledger", at(7, 12, 10),
           "The theft of 61 million dollars from CoinHarbour is the largest ever in Singapore, police said. "
           "Police said more than 140,000 accounts had been hit, but the exchange put the number at 92,000. "
           "Two men, aged 24 and 31, have been arrested."),
    # --- hail over Mendoza's vineyards: the province against the winegrowers, twice ---
    Report("hail1", "Coastline Herald", at(11, 17, 23),
           "A hailstorm on Monday damaged 9,000 hectares of vineyards in Argentina's Mendoza province, the "
           "provincial agriculture department said. Hail the size of golf balls fell between 5:10 p.m. and "
           "5:30 p.m."),
    Report("hail2", "Daily Ledger", at(11, 18, 13),
           "Mendoza's winegrowers' association said Monday's hail had damaged about 15,000 hectares of vines. "
           "In the Luján de Cuyo area alone, 4,200 hectares were hit, it said."),
    Report("hail3", "Northgate Press Agency", at(11, 19, 10),
           "Mendoza's agriculture department stood by its estimate of 9,000 hectares of vineyards damaged by "
           "Monday's hail, and put the losses at 30 billion pesos."),
    Report("hail4", "Meridian Wire", at(11, 20, 9),
           "Winegrowers in Mendoza said 15,000 hectares of vines had been hit by hail. Their association "
           "estimates losses at 85 billion pesos, against the 30 billion put forward by the province. \"One "
           "row, two rows, twenty rows, all stripped bare,\" grower Lucía Ferrer said."),
    # --- a tower fire in Karachi: a rising toll, the hospital against the rescue service ---
    Report("bfire1", "Radio Halcyon", at(5, 12, 17),
           "A fire tore through a residential tower in Karachi's Gulshan-e-Iqbal area on Monday, killing 4 "
           "people, the city's rescue service said. The blaze started on the third floor at about 7 p.m."),
    Report("bfire2", "Meridian Wire", at(5, 13, 4),
           "The number of people killed in the Karachi apartment fire rose to 9 overnight, the rescue service "
           "said. Firefighters needed 11 hours to put out the blaze."),
    Report("bfire3", "Northgate Press Agency", at(5, 13, 12),
           "Nine people died in the Karachi tower fire, rescue officials said, and 26 were treated for smoke "
           "inhalation and burns. About 60 families lived in the building."),
    Report("bfire4", "Daily Ledger", at(5, 14, 9),
           "The death toll from the apartment fire in Karachi climbed to 11 on Wednesday. Jinnah Hospital said "
           "it had treated 41 people injured in the blaze, while the rescue service counted 26 injured. Police "
           "arrested the building's 62-year-old owner."),
    # --- missing hikers in the High Tatras: the missing count falls, the found count rises ---
    Report("hike1", "Daily Ledger", at(8, 24, 18),
           "Mountain rescuers in Slovakia's High Tatras were searching on Sunday for 7 hikers missing after a "
           "violent storm, the Mountain Rescue Service said. Some 70 rescuers and 2 helicopters joined the "
           "search."),
    Report("hike2", "Coastline Herald", at(8, 25, 9),
           "Four of the hikers missing in the High Tatras were found alive overnight, rescuers said; three are "
           "still missing. About seventy rescuers are taking part, backed by two helicopters."),
    Report("hike3", "Northgate Press Agency", at(8, 25, 19),
           "Only one hiker is still missing in the High Tatras, rescuers said on Monday evening. Six of the group "
           "have now been found alive. The hikers, aged between 19 and 26, set out from Štrbské Pleso at 8 a.m. "
           "on Saturday."),
    # --- an e-bike battery recall: the company against the safety authority over fires ---
    Report("recall1", "Meridian Wire", at(12, 2, 10),
           "Dutch e-bike maker Velocia is recalling 48,000 batteries sold in the Netherlands and Belgium after "
           "reports of fires, the company said on Tuesday. Velocia said 3 fires had been linked to the "
           "batteries."),
    Report("recall2", "Northgate Press Agency", at(12, 2, 16),
           "The Dutch consumer safety authority said 14 fires had been linked to Velocia e-bike batteries, not "
           "the 3 reported by the company. Some 48,000 batteries are being recalled."),
    Report("recall3", "Daily Ledger", at(12, 3, 9),
           "Velocia repeated on Wednesday that three fires had been linked to its batteries. The recall covers "
           "48,000 battery packs made between 2021 and 2023."),
    Report("recall4", "Radio Halcyon", at(12, 4, 11),
           "Of the 48,000 recalled Velocia batteries, 31,000 were sold in the Netherlands, the company said. It "
           "is Velocia's second recall since 2022."),
    # --- a blackout in Almaty: households without power fall, two disputes ---
    Report("power1", "Coastline Herald", at(1, 14, 8),
           "Fires at three substations left about 410,000 households in Almaty without power on Tuesday "
           "morning, the city's grid operator, Almaty Grid, said. The first substation caught fire at 6:40 a.m."),
    Report("power2", "Meridian Wire", at(1, 14, 15),
           "Power was back in parts of Almaty by Tuesday afternoon, but 260,000 households were still without "
           "electricity, Almaty Grid said."),
    Report("power3", "Daily Ledger", at(1, 15, 8),
           "About 90,000 households in Almaty were still without power on Wednesday, the grid operator said. "
           "The fires damaged 3 substations, it said. The city health department said 37 people had been "
           "treated for carbon monoxide poisoning from makeshift heaters."),
    Report("power4", "Northgate Press Agency", at(1, 15, 20),
           "Kazakhstan's Emergency Situations Ministry said 52 people in Almaty had been poisoned by carbon "
           "monoxide during the blackout. The Energy Ministry said two substations had been damaged. Power was "
           "fully restored after 38 hours, Almaty Grid said."),
    Report("power5", "Radio Halcyon", at(1, 16, 10),
           "Almaty's health department maintained on Thursday that 37 people had been treated for carbon "
           "monoxide poisoning during the blackout, fewer than the 52 reported by the Emergency Situations "
           "Ministry."),
    # --- a bus plunge on the Yungas road, Bolivia: a rising toll, the company against survivors ---
    Report("bus1", "Radio Halcyon", at(9, 3, 23),
           "A bus plunged 300 metres into a ravine on the Yungas road north of La Paz on Wednesday, killing 21 "
           "people, Bolivian police said. The crash happened shortly after 2 p.m."),
    Report("bus2", "Northgate Press Agency", at(9, 4, 9),
           "Police said 21 people died when a bus fell into a gorge near Coroico in Bolivia. The bus company, "
           "Trans Yungas, said the vehicle was carrying 38 passengers, while survivors said more than 50 people "
           "had been on board."),
    Report("bus3", "Meridian Wire", at(9, 4, 14),
           "Twenty-one people were killed when a bus went off the Yungas road in Bolivia, police said. It fell "
           "some 300 metres. Road deaths in La Paz department have reached 412 this year, the transport "
           "ministry said."),
    Report("bus4", "Coastline Herald", at(9, 5, 10),
           "The death toll from the Yungas bus crash rose to 23 on Friday, police said. The driver, 29, had been "
           "at the wheel for 14 hours."),
    Report("bus5", "Daily Ledger", at(9, 5, 16),
           "Trans Yungas said again on Friday that 38 passengers were on the bus that crashed near Coroico; "
           "survivors' families say at least 50 people were aboard."),
)

FIGURES = (
    # mine collapse, Kolwezi
    LabelledFigure("deaths in the Kolwezi mine collapse", "revised",
                   (("mine1", "9"), ("mine2", "Nine"), ("mine3", "17"), ("mine4", "28"), ("mine5", "32"))),
    LabelledFigure("miners trapped at Kanina Hills", "revised", (("mine1", "31"), ("mine3", "15"), ("mine4", "4"))),
    LabelledFigure("miners underground when the tunnel collapsed", "disputed",
                   (("mine2", "120"), ("mine2", "200"), ("mine4", "200"), ("mine5", "120"))),
    LabelledFigure("miners brought out alive", "consistent", (("mine3", "8"),)),
    # cholera, Blantyre
    LabelledFigure("cholera deaths in Blantyre", "disputed",
                   (("chol1", "6"), ("chol2", "11"), ("chol2", "6"), ("chol3", "11"), ("chol3", "six"))),
    LabelledFigure("cholera cases in Blantyre district", "revised",
                   (("chol1", "312"), ("chol3", "450"), ("chol4", "689"))),
    LabelledFigure("cholera treatment centres in Blantyre", "revised", (("chol1", "3"), ("chol4", "five"))),
    LabelledFigure("cholera cases in Malawi this year", "consistent", (("chol4", "1,140"),)),
    # Cyclone Barsha, Odisha
    LabelledFigure("cyclone deaths in Odisha", "revised", (("cyc2", "7"), ("cyc3", "14"), ("cyc5", "16"))),
    LabelledFigure("cyclone deaths in Puri district", "consistent", (("cyc3", "9"),)),
    LabelledFigure("wind speed at landfall", "consistent", (("cyc1", "165"), ("cyc2", "165"))),
    LabelledFigure("people evacuated in Odisha", "consistent", (("cyc1", "1.1 million"), ("cyc2", "1 million"))),
    LabelledFigure("homes damaged in Odisha", "disputed",
                   (("cyc3", "38,000"), ("cyc4", "38,000"), ("cyc4", "70,000"))),
    # train derailment, Sohag
    LabelledFigure("deaths in the Sohag derailment", "consistent",
                   (("train1", "5"), ("train2", "6"), ("train3", "Six"), ("train4", "6"))),
    LabelledFigure("carriages derailed near Sohag", "consistent", (("train1", "Seven"), ("train2", "7"))),
    LabelledFigure("injured in the Sohag derailment", "disputed",
                   (("train2", "94"), ("train3", "61"), ("train4", "94"))),
    # tyre plant, Lodz
    LabelledFigure("jobs cut at Norvik's Lodz plant", "disputed",
                   (("jobs1", "380"), ("jobs2", "540"), ("jobs2", "380"), ("jobs3", "380"), ("jobs4", "540"))),
    LabelledFigure("staff at Norvik's Lodz plant", "consistent", (("jobs1", "2,100"), ("jobs3", "2,100"))),
    # rally, Tbilisi
    LabelledFigure("crowd at the Tbilisi rally", "disputed",
                   (("prot1", "25,000"), ("prot1", "80,000"), ("prot2", "80,000"), ("prot3", "25,000"),
                    ("prot4", "80,000"))),
    LabelledFigure("people detained at the Tbilisi rally", "revised",
                   (("prot2", "14"), ("prot3", "27"), ("prot4", "31"))),
    # oil spill, Esmeraldas
    LabelledFigure("barrels spilled near Esmeraldas", "revised",
                   (("oil1", "8,000"), ("oil2", "12,500"), ("oil3", "12,500"), ("oil5", "15,000"))),
    LabelledFigure("coastline fouled by the Esmeraldas spill", "disputed",
                   (("oil2", "40"), ("oil2", "18"), ("oil4", "forty"))),
    LabelledFigure("dead seabirds found near Esmeraldas", "revised", (("oil3", "230"), ("oil4", "410"))),
    # crypto theft, Singapore
    LabelledFigure("amount stolen from CoinHarbour", "revised",
                   (("hack1", "48 million"), ("hack2", "61 million"), ("hack3", "61 million"))),
    LabelledFigure("CoinHarbour accounts hit", "disputed",
                   (("hack1", "92,000"), ("hack3", "140,000"), ("hack3", "92,000"))),
    LabelledFigure("men arrested over the CoinHarbour theft", "consistent", (("hack3", "Two"),)),
    # hail, Mendoza
    LabelledFigure("hectares of vineyards damaged in Mendoza", "disputed",
                   (("hail1", "9,000"), ("hail2", "15,000"), ("hail3", "9,000"), ("hail4", "15,000"))),
    LabelledFigure("hail losses in Mendoza", "disputed",
                   (("hail3", "30 billion"), ("hail4", "85 billion"), ("hail4", "30 billion"))),
    LabelledFigure("hectares hit in Lujan de Cuyo", "consistent", (("hail2", "4,200"),)),
    # tower fire, Karachi
    LabelledFigure("deaths in the Karachi tower fire", "revised",
                   (("bfire1", "4"), ("bfire2", "9"), ("bfire3", "Nine"), ("bfire4", "11"))),
    LabelledFigure("injured in the Karachi tower fire", "disputed",
                   (("bfire3", "26"), ("bfire4", "41"), ("bfire4", "26"))),
    LabelledFigure("families living in the Karachi tower", "consistent", (("bfire3", "60"),)),
    # missing hikers, High Tatras
    LabelledFigure("hikers missing in the High Tatras", "revised",
                   (("hike1", "7"), ("hike2", "three"), ("hike3", "one"))),
    LabelledFigure("hikers found alive in the High Tatras", "revised", (("hike2", "Four"), ("hike3", "Six"))),
    LabelledFigure("rescuers searching the High Tatras", "consistent", (("hike1", "70"), ("hike2", "seventy"))),
    LabelledFigure("helicopters in the High Tatras search", "consistent", (("hike1", "2"), ("hike2", "two"))),
    # battery recall, Velocia
    LabelledFigure("Velocia batteries recalled", "consistent",
                   (("recall1", "48,000"), ("recall2", "48,000"), ("recall3", "48,000"), ("recall4", "48,000"))),
    LabelledFigure("fires linked to Velocia batteries", "disputed",
                   (("recall1", "3"), ("recall2", "14"), ("recall2", "3"), ("recall3", "three"))),
    LabelledFigure("recalled batteries sold in the Netherlands", "consistent", (("recall4", "31,000"),)),
    # blackout, Almaty
    LabelledFigure("households without power in Almaty", "revised",
                   (("power1", "410,000"), ("power2", "260,000"), ("power3", "90,000"))),
    LabelledFigure("substations damaged in Almaty", "disputed",
                   (("power1", "three"), ("power3", "3"), ("power4", "two"))),
    LabelledFigure("carbon monoxide poisonings in Almaty", "disputed",
                   (("power3", "37"), ("power4", "52"), ("power5", "37"), ("power5", "52"))),
    # bus plunge, Yungas road
    LabelledFigure("deaths in the Yungas bus crash", "revised",
                   (("bus1", "21"), ("bus2", "21"), ("bus3", "Twenty-one"), ("bus4", "23"))),
    LabelledFigure("people aboard the Yungas bus", "disputed",
                   (("bus2", "38"), ("bus2", "50"), ("bus5", "38"), ("bus5", "50"))),
    LabelledFigure("depth of the Yungas fall", "consistent", (("bus1", "300"), ("bus3", "300"))),
    LabelledFigure("road deaths in La Paz department this year", "consistent", (("bus3", "412"),)),
)

# Numbers that are no figure: durations and clock times, votes, a match score, ages, ordinals, years,
# the two ends of ranges and rhetorical series inside one quote. None of them may be in a figure with
# another value.
NO_FIGURE = (
    ("mine1", "4:30 a.m."), ("mine4", "second"), ("mine5", "80 hours"),
    ("chol1", "24-hour"), ("chol2", "10-year-old"), ("chol4", "2023"),
    ("cyc1", "11 p.m."), ("cyc2", "One wave"), ("cyc2", "two waves"),
    ("cyc5", "36 hours"), ("cyc5", "third"), ("cyc5", "2019"),
    ("train1", "10 p.m."), ("train1", "11 a.m."), ("train3", "47"), ("train4", "19 hours"),
    ("jobs3", "1998"), ("jobs4", "318 to 41"), ("jobs4", "58"), ("jobs4", "second"), ("jobs4", "3 years"),
    ("prot2", "84 votes to 30"), ("prot3", "2-1"), ("prot4", "44"), ("prot4", "2012"),
    ("oil4", "6 months"), ("oil4", "52"), ("oil5", "third"), ("oil5", "four days"),
    ("hack2", "second"), ("hack2", "48 hours"), ("hack3", "24"), ("hack3", "31"),
    ("hail1", "5:10 p.m."), ("hail1", "5:30 p.m."),
    ("hail4", "One row"), ("hail4", "two rows"), ("hail4", "twenty rows"),
    ("bfire1", "third"), ("bfire1", "7 p.m."), ("bfire2", "11 hours"), ("bfire4", "62-year-old"),
    ("hike3", "19"), ("hike3", "26"), ("hike3", "8 a.m."),
    ("recall3", "2021"), ("recall3", "2023"), ("recall4", "second"), ("recall4", "2022"),
    ("power1", "first"), ("power1", "6:40 a.m."), ("power4", "38 hours"),
    ("bus1", "2 p.m."), ("bus4", "29"), ("bus4", "14 hours"),
)
