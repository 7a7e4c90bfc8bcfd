"""A held-out labelled set for figures, written blind: 65 short wire-style reports from 5 invented
outlets (Lodestar Wire, Daybreak Tribune, Summit Press Bureau, Radio Kestrel, Bayside Observer) about
14 invented events in real places, all dated in 2025. It was written without reading the product's
code, its other tests, the git history or the other figure_reports_* sets; only figure_reports.py
(the format and its labelling conventions, read in full) and the module docstrings of
figure_reports_heldout27.py, figure_reports_heldout28.py and figure_reports_heldout29.py (their first
45 lines, for the kind of header and the events and outlets already used) were read. Every label was
set by hand before anything was run; the only check run was a small script of its own, kept outside
the repository, confirming that the module imports, that each labelled string occurs in its report
body as a whole number and that every number in a body is labelled.

Events: the collapse of the Hotel Zephyr in Sousse (Tunisia), a meningitis outbreak in the Zinder
region (Niger), a collision between a passenger train and a freight train near Ayutthaya (Thailand),
a hailstorm on the city of Calgary (Alberta, Canada), the rescue of migrants from a sinking boat south
of Lampedusa (Italy), an escape of baboons from Brno zoo (Czech Republic), the breach of a private dam
above Kabazi in Nakuru county (Kenya), the failure of a stand roof at the Estadio del Prado in
Montevideo (Uruguay), a strike at the Donges oil refinery (Loire-Atlantique, France), an ammonia leak
at a fertiliser plant in Aqaba (Jordan), a power cut in Baghdad during a heatwave (Iraq), a tour bus
crash on the Ring Road near Vik (Iceland), a fire at the Sandaga market in Dakar (Senegal) and a
ransomware attack on Hospital del Puerto in Valparaiso (Chile).

61 labelled figures: 15 disputed, 16 revised, 30 consistent; 54 NO_FIGURE values.

Disputes come in every form: one sentence with "while", "but" or "whereas" (heat deaths in Baghdad,
homes destroyed at Kabazi, strikers at Donges, passengers on the Vik bus, patient records taken in
Valparaiso); two sources in one report with no cue word (migrants on board off Lampedusa, stalls
destroyed at Sandaga); two outlets on the same day or the next with no cue word (people inside the
Sousse hotel, train injured at Ayutthaya, insured hail damage in Calgary, the crowd at the Estadio del
Prado, people evacuated in Aqaba, baboons escaped in Brno); a source rejecting or quoting back
another's number ("rejected the Sahel Health Alliance's count of 130", "not the 20 given by police",
"not 4 million as the company claimed", "against the 70 reported by", "rejected the Interior
Ministry's figure of 36,500", "against the health ministry's 14", "rejecting the operator's figure of
32", "rejected the hackers' claim to hold 1.4 million"); and one side restating its number later
("said again", "repeated", "stood by", "maintained", "kept": the hotel's owner and Tunisia's tourism
ministry, the Kenya Red Cross and Nakuru's governor, the railway and the disaster office, Pelagos,
Brno zoo, the CGT and Atlantique Raffinage, Aqaba civil defence, the Insurance Bureau of Canada, the
Iraqi Medical Association, Iceland's police, Dakar city hall). Disputes are over deaths, but also over
people inside a building, injured, passengers, a crowd, homes, market stalls, animals, strikers,
people evacuated, patient records and costs in Canadian dollars and euros (with and without the
currency repeated). Revisions are counts or estimates that move over days, some with a cue word
("rose to", "climbed to", "now", "final", "raised its estimate") and some without ("Sixteen people
have died", "Divers had recovered 8 bodies", "were still at large", "numbered 310 on Friday",
"leaving 600,000 people without electricity"): tolls that rise (hotel, train, dam), missing people
and baboons at large that fall, meningitis cases, hail claims, bodies recovered, stadium injured,
dry filling stations that rise then fall, people taken to hospital (Aqaba, Vik), tonnes of ammonia,
people without power, postponed operations, and a damage estimate that is raised and then repeated
by another outlet. Consistent figures include one value repeated in different words and number forms
("14"/"Fourteen", "4"/"Four", "6"/"Six", "two"/"2", "3"/"three", "7"/"Seven", "500,000"/"Half a
million", "2 million dollars"/"$2 million"), values true together under qualifiers ("About 1,500"
and "More than 1,400" displaced), and scope traps kept apart from a nearby disputed or revised
figure (Mirriah district's cases against Zinder's, Kenya's flood deaths this year against the dam
toll, Alberta's hail claims this year against Calgary's, the seriously injured against all injured,
the stadium's capacity against the crowd, the reception centre's capacity against the people on
board, the zoo's animals against the escaped baboons, the refinery's employees against the strikers,
its capacity in barrels, the traders against the stalls, the region's population against the records,
patients still in hospital against all taken there). NO_FIGURE values are durations, clock times,
ages, ordinals, years, votes, a match score, a rhetorical series in one quote and both ends of a range
(ages 1 to 29, ages 18 to 35, water 2 to 3 metres deep).
"""

from __future__ import annotations

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- collapse of the Hotel Zephyr in Sousse, Tunisia ---
    Report("hotel1", "Lodestar Wire", at(4, 7, 14),
           "The Hotel Zephyr in the Tunisian resort of Sousse collapsed at 11:20 a.m. on Monday, killing 6 "
           "people, the civil protection service said. Rescuers pulled 14 people alive from the rubble. The "
           "hotel was built in 1987."),
    Report("hotel2", "Radio Kestrel", at(4, 7, 20),
           "The death toll from the hotel collapse in Sousse rose to 11 on Monday evening, the civil "
           "protection service said, and 9 people were unaccounted for. The owner of the Hotel Zephyr said "
           "40 people had been inside the building."),
    Report("hotel3", "Daybreak Tribune", at(4, 8, 8),
           "Tunisia's tourism ministry said 65 people were inside the Hotel Zephyr in Sousse when it fell on "
           "Monday. Fourteen people have been pulled alive from the rubble, the civil protection service "
           "said. The hotel's owner, Hedi Ben Salah, 58, said again that 40 people had been in the building."),
    Report("hotel4", "Lodestar Wire", at(4, 9, 12),
           "The number of people killed in the collapse of the Hotel Zephyr in Sousse climbed to 17 on "
           "Wednesday, the civil protection service said. Another 3 people were still missing after search "
           "teams had dug for 50 hours."),
    Report("hotel5", "Summit Press Bureau", at(4, 10, 9),
           "The civil protection service put the final death toll from the Sousse hotel collapse at 20 on "
           "Thursday, saying nobody was still missing. Tunisia's tourism ministry stood by its count of 65 "
           "people inside. It was the third building collapse in Sousse this year."),
    # --- meningitis in the Zinder region, Niger ---
    Report("mening1", "Daybreak Tribune", at(2, 17, 9),
           "Niger's health ministry said 1,240 suspected cases of meningitis had been recorded in the Zinder "
           "region since the outbreak began, and 86 people had died. In Mirriah district alone, 310 cases "
           "were reported."),
    Report("mening2", "Bayside Observer", at(2, 17, 15),
           "The Sahel Health Alliance, a medical charity, said 130 people had died of meningitis in Niger's "
           "Zinder region. Most patients were aged 1 to 29, it said. A vaccination campaign will begin on "
           "Monday."),
    Report("mening3", "Lodestar Wire", at(2, 18, 10),
           "Niger's health ministry rejected the Sahel Health Alliance's count of 130 meningitis deaths in "
           "Zinder, saying 86 people had died. The ministry said 500,000 vaccine doses had arrived from the "
           "international stockpile."),
    Report("mening4", "Radio Kestrel", at(2, 24, 9),
           "Suspected meningitis cases in Niger's Zinder region rose to 1,610, the health ministry said on "
           "Monday, as health workers began vaccinating. Half a million doses of vaccine will be given over "
           "10 days."),
    Report("mening5", "Summit Press Bureau", at(3, 3, 9),
           "Niger has now recorded 2,050 suspected meningitis cases in the Zinder region, the health "
           "ministry said. It is the worst outbreak in the region since 2015."),
    # --- train collision near Ayutthaya, Thailand ---
    Report("train1", "Summit Press Bureau", at(6, 12, 8),
           "A passenger train collided with a freight train near Ayutthaya in central Thailand at 6:40 a.m. "
           "on Thursday, killing 9 people, police said. The passenger train was carrying about 350 people, "
           "the State Railway of Thailand said."),
    Report("train2", "Lodestar Wire", at(6, 12, 14),
           "The death toll from the train collision near Ayutthaya rose to 14, police said. The State Railway "
           "of Thailand said 72 people were injured and 6 carriages left the tracks."),
    Report("train3", "Bayside Observer", at(6, 12, 18),
           "Ayutthaya's provincial disaster office said 118 people were hurt in Thursday's train crash. Some "
           "350 passengers had been on board the train from Chiang Mai to Bangkok, the railway said. Most of "
           "the dead were in the third carriage."),
    Report("train4", "Radio Kestrel", at(6, 13, 9),
           "Sixteen people have died after the train collision near Ayutthaya, police said on Friday. The "
           "State Railway of Thailand maintained that 72 people were injured. The freight driver, 47, had "
           "worked a 14-hour shift, investigators said."),
    Report("train5", "Daybreak Tribune", at(6, 13, 12),
           "Six carriages that left the tracks near Ayutthaya will be lifted away by Sunday, Thailand's "
           "transport minister said. The provincial disaster office said again that 118 people had been hurt "
           "in the collision, 31 of them seriously."),
    # --- hailstorm on Calgary, Canada ---
    Report("hail1", "Bayside Observer", at(8, 4, 8),
           "A hailstorm battered Calgary for 25 minutes on Sunday evening, smashing windows and windscreens "
           "across the city. Four people were treated for injuries, Alberta Health Services said."),
    Report("hail2", "Radio Kestrel", at(8, 4, 15),
           "Insurers had received 18,000 claims by Monday morning after Sunday's hailstorm in Calgary, the "
           "Insurance Bureau of Canada said. The bureau estimated insured damage at 1.2 billion Canadian "
           "dollars."),
    Report("hail3", "Summit Press Bureau", at(8, 4, 18),
           "CatIndex North, a firm that models disaster losses, put insured damage from the Calgary hailstorm "
           "at 2 billion Canadian dollars. Alberta Health Services said 4 people had been hurt, all by "
           "falling glass."),
    Report("hail4", "Lodestar Wire", at(8, 6, 10),
           "Claims from Sunday's hailstorm in Calgary have climbed to 41,000, the Insurance Bureau of Canada "
           "said on Wednesday, and it kept its estimate of insured damage at 1.2 billion. It was the costliest "
           "hailstorm in the city since 2020. City council voted 11-4 on Tuesday to waive permit fees for "
           "roof repairs."),
    Report("hail5", "Daybreak Tribune", at(8, 12, 9),
           "Calgary residents have filed 56,000 insurance claims since the hailstorm nine days ago, the "
           "Insurance Bureau of Canada said. Insurers across Alberta have received 90,000 hail claims so far "
           "this year."),
    # --- migrant boat rescue south of Lampedusa, Italy ---
    Report("boat1", "Radio Kestrel", at(9, 21, 7),
           "The Italian coast guard rescued 61 people from a sinking boat south of Lampedusa at 2:30 a.m. on "
           "Sunday. The bodies of 3 people were recovered from the water, it said."),
    Report("boat2", "Daybreak Tribune", at(9, 21, 13),
           "Survivors told the rescue charity Pelagos that 95 people had set off from Zuwara in Libya. The "
           "Italian coast guard said 70 had been on board the boat when it began to sink south of Lampedusa. "
           "The survivors had spent 3 days at sea."),
    Report("boat3", "Lodestar Wire", at(9, 22, 9),
           "Sixty-one survivors of Sunday's shipwreck off Lampedusa were taken to the island's reception "
           "centre, the coast guard said. Divers had recovered 8 bodies by Monday morning, among them a "
           "9-year-old boy. Most of the survivors were men aged 18 to 35."),
    Report("boat4", "Bayside Observer", at(9, 22, 17),
           "Pelagos said it stood by the survivors' account that 95 people had been on the boat that sank off "
           "Lampedusa, against the 70 reported by the Italian coast guard. The reception centre on Lampedusa "
           "has room for 400 people."),
    # --- baboons escape from Brno zoo, Czech Republic ---
    Report("zoo1", "Summit Press Bureau", at(5, 14, 18),
           "Fourteen baboons escaped from Brno zoo in the Czech Republic at about 4 p.m. on Wednesday after a "
           "storm brought down part of their enclosure fence, the zoo said. Police told residents of the "
           "nearby Bystrc district to stay indoors."),
    Report("zoo2", "Bayside Observer", at(5, 14, 20),
           "Brno police said 20 baboons had escaped from the city's zoo, and 9 of them were still at large on "
           "Wednesday evening. The zoo's director, Pavel Kratochvil, has run it since 2011."),
    Report("zoo3", "Radio Kestrel", at(5, 15, 9),
           "Five baboons that escaped from Brno zoo were still at large on Thursday morning, police said. The "
           "zoo maintained that 14 animals had got out, not the 20 given by police."),
    Report("zoo4", "Lodestar Wire", at(5, 16, 10),
           "Keepers at Brno zoo caught more baboons on Friday, leaving 3 on the loose, police said. The "
           "oldest of the escaped baboons is 23, the zoo said. The zoo, which houses 4,200 animals, will stay "
           "closed for a week."),
    Report("zoo5", "Daybreak Tribune", at(5, 17, 15),
           "The last baboons still roaming the woods around Brno were caught on Saturday after 3 days on the "
           "run, the zoo said, and it repeated that 14 had escaped in all."),
    # --- dam burst above Kabazi, Nakuru county, Kenya ---
    Report("dam1", "Lodestar Wire", at(4, 29, 6),
           "A private dam burst in Kenya's Nakuru county at about 11 p.m. on Monday, sending a wall of water "
           "through the village of Kabazi and killing 23 people, police said. About 1,500 people were "
           "displaced, the Kenya Red Cross said."),
    Report("dam2", "Summit Press Bureau", at(4, 29, 15),
           "Police said 38 people had died when a dam burst in Nakuru county, Kenya. The county government "
           "said 160 homes had been destroyed, while the Kenya Red Cross counted 240. Floodwater stood "
           "between 2 and 3 metres deep in parts of Kabazi."),
    Report("dam3", "Radio Kestrel", at(4, 30, 9),
           "More than 1,400 people have been displaced by the dam burst in Nakuru county, the Kenya Red Cross "
           "said, and it repeated that 240 homes were destroyed. Floods have killed 190 people across Kenya "
           "since March, the interior ministry said."),
    Report("dam4", "Daybreak Tribune", at(5, 1, 10),
           "The toll from the Kabazi dam burst in Kenya rose to 45 on Thursday, police said. Nakuru's "
           "governor said 160 homes had been swept away. The dam was built in 1998 without a permit."),
    # --- stand roof failure at the Estadio del Prado, Montevideo, Uruguay ---
    Report("roof1", "Daybreak Tribune", at(10, 19, 23),
           "Part of the roof over the east stand of Montevideo's Estadio del Prado collapsed in high winds on "
           "Sunday, killing two people and injuring 27, Uruguay's Interior Ministry said. The match between "
           "Rampla and Cerro was stopped in the 67th minute with Cerro leading 2-1."),
    Report("roof2", "Bayside Observer", at(10, 20, 8),
           "Hospitals in Montevideo treated 43 people injured when a stadium roof collapsed on Sunday, the "
           "Interior Ministry said on Monday. Club Rampla said 31,000 fans had been at the Estadio del Prado. "
           "The 2 spectators who died were a 71-year-old man and his grandson."),
    Report("roof3", "Lodestar Wire", at(10, 20, 12),
           "Uruguay's Interior Ministry put the crowd at the Estadio del Prado at 36,500 when part of its roof "
           "gave way on Sunday. The stadium holds 45,000 people."),
    Report("roof4", "Radio Kestrel", at(10, 21, 9),
           "Club Rampla rejected the Interior Ministry's figure of 36,500, saying 31,000 fans had attended "
           "Sunday's match at the Estadio del Prado. Forty-three people were hurt when the roof collapsed, "
           "the ministry said."),
    Report("roof5", "Summit Press Bureau", at(10, 24, 9),
           "Engineers said the roof of the Estadio del Prado had not been inspected for 6 years. Repairs will "
           "cost 14 million dollars, Club Rampla said."),
    # --- strike at the Donges refinery, France ---
    Report("refinery1", "Bayside Observer", at(11, 4, 10),
           "Workers at the Donges oil refinery in western France began an open-ended strike over pay on "
           "Tuesday. The CGT union said 600 workers had walked out, whereas the operator, Atlantique "
           "Raffinage, said 240 were on strike. The refinery can process 219,000 barrels of crude a day."),
    Report("refinery2", "Radio Kestrel", at(11, 5, 9),
           "About 120 filling stations in the Loire-Atlantique department had run dry by Wednesday, the "
           "prefecture said, as the strike at the Donges refinery entered its second day. Atlantique "
           "Raffinage said the stoppage was costing it 4 million euros a day."),
    Report("refinery3", "Lodestar Wire", at(11, 5, 16),
           "The CGT said the Donges strike was costing Atlantique Raffinage 2 million euros a day, not "
           "4 million as the company claimed. The union said again that 600 workers had stopped work."),
    Report("refinery4", "Summit Press Bureau", at(11, 7, 9),
           "Filling stations without fuel in Loire-Atlantique numbered 310 on Friday, the prefecture said. "
           "Atlantique Raffinage said 240 staff remained on strike at Donges, out of 650 employees."),
    Report("refinery5", "Daybreak Tribune", at(11, 10, 18),
           "The strike at the Donges refinery ended on Monday after 6 days with a pay rise of 3.5%, the CGT "
           "said. Its members voted 412 to 96 to accept the deal. Only 95 filling stations in "
           "Loire-Atlantique were still dry, the prefecture said."),
    # --- ammonia leak at a fertiliser plant in Aqaba, Jordan ---
    Report("ammonia1", "Radio Kestrel", at(7, 8, 13),
           "Ammonia leaked from a storage tank at a fertiliser plant in Aqaba, Jordan, at 9:15 a.m. on "
           "Tuesday, killing 3 workers, civil defence said. Another 48 people were taken to hospital with breathing "
           "problems, it said."),
    Report("ammonia2", "Summit Press Bureau", at(7, 8, 18),
           "The number of people taken to hospital after the ammonia leak in Aqaba rose to 121, Jordan's "
           "health ministry said. Civil defence evacuated 2,000 residents from neighbourhoods near the plant."),
    Report("ammonia3", "Bayside Observer", at(7, 8, 20),
           "Some 5,000 people were evacuated from their homes near the Aqaba fertiliser plant, the city's "
           "mayor said. The three workers killed included a 31-year-old engineer, the company, Red Sea "
           "Fertilisers, said. It said 20 tonnes of ammonia had escaped."),
    Report("ammonia4", "Lodestar Wire", at(7, 9, 10),
           "Red Sea Fertilisers raised its estimate of the ammonia that escaped in Aqaba to 35 tonnes on "
           "Wednesday. The number of people taken to hospital reached 160, the health ministry said. Civil "
           "defence said again that 2,000 people had been evacuated."),
    Report("ammonia5", "Daybreak Tribune", at(7, 10, 9),
           "All 160 people taken to hospital after the ammonia leak in Aqaba had been sent home except 12, "
           "Jordan's health ministry said. It was the plant's fourth leak since 2019, the labour ministry "
           "said."),
    # --- heatwave power cut in Baghdad, Iraq ---
    Report("heat1", "Daybreak Tribune", at(7, 27, 15),
           "A power cut left about 4 million people in Baghdad without electricity on Sunday as temperatures "
           "reached 51 degrees Celsius, Iraq's electricity ministry said. Two power stations shut down after "
           "their cooling systems failed."),
    Report("heat2", "Lodestar Wire", at(7, 28, 9),
           "Iraq's health ministry said 14 people had died of heatstroke in Baghdad during Sunday's blackout, "
           "but the Iraqi Medical Association put the toll at 37. About 2.5 million people were still without "
           "power on Monday morning, the electricity ministry said."),
    Report("heat3", "Radio Kestrel", at(7, 28, 14),
           "\"One hour, two hours, ten hours without a fan, and my children cannot breathe,\" said Um Ali, a "
           "resident of Sadr City. Baghdad's outage began when 2 power stations failed in 51 degrees of heat, "
           "the electricity ministry said."),
    Report("heat4", "Summit Press Bureau", at(7, 29, 9),
           "Power had been restored to most of Baghdad by Tuesday, leaving 600,000 people without "
           "electricity, the ministry said. The Iraqi Medical Association stood by its count of 37 heat "
           "deaths, against the health ministry's 14."),
    # --- tour bus crash near Vik, Iceland ---
    Report("bus1", "Summit Press Bureau", at(1, 22, 14),
           "A tour bus carrying 32 passengers slid off the icy Ring Road near Vik in southern Iceland on "
           "Wednesday, killing two of them, the tour operator, Nordlys Travel, said. Police said 12 people "
           "had been taken to hospital."),
    Report("bus2", "Daybreak Tribune", at(1, 22, 19),
           "Icelandic police said 41 people had been on the tour bus that crashed near Vik, while Nordlys "
           "Travel said 32 were on board. The driver, 64, had driven the route for 20 years."),
    Report("bus3", "Bayside Observer", at(1, 23, 9),
           "The number of people taken to hospital after the bus crash near Vik rose to 19, Landspitali "
           "hospital said on Thursday. The 2 dead were tourists from South Korea, police said. It was the "
           "second fatal crash on that stretch of road this winter."),
    Report("bus4", "Radio Kestrel", at(1, 23, 15),
           "Police in southern Iceland repeated that 41 passengers were on the bus that crashed near Vik, "
           "rejecting the operator's figure of 32. Winds of 90 km/h had been forecast for the area."),
    # --- fire at the Sandaga market, Dakar, Senegal ---
    Report("market1", "Lodestar Wire", at(12, 6, 12),
           "A fire tore through the Sandaga market in central Dakar for 9 hours on Saturday, injuring 7 "
           "people, Senegal's fire brigade said. About 150 firefighters fought the blaze, which began at "
           "1 a.m."),
    Report("market2", "Radio Kestrel", at(12, 6, 18),
           "Dakar city hall said 800 stalls had been destroyed in the Sandaga market fire. The traders' "
           "association counted 1,300 stalls lost and put the damage at 3 billion CFA francs."),
    Report("market3", "Bayside Observer", at(12, 7, 10),
           "Seven people were hurt in the fire at Dakar's Sandaga market, the fire brigade said. The market, "
           "built in 1933, was home to more than 2,000 traders."),
    Report("market4", "Summit Press Bureau", at(12, 9, 9),
           "The traders' association at Dakar's Sandaga market raised its estimate of the damage from "
           "Saturday's fire to 5 billion CFA francs. City hall stood by its count of 800 destroyed stalls."),
    Report("market5", "Daybreak Tribune", at(12, 10, 9),
           "Traders at Dakar's Sandaga market lost goods worth 5 billion CFA francs in the fire, their "
           "association said. Senegal's president promised to rebuild the market within 18 months."),
    # --- ransomware attack on Hospital del Puerto, Valparaiso, Chile ---
    Report("ransom1", "Radio Kestrel", at(3, 17, 16),
           "A ransomware attack shut down computer systems at Hospital del Puerto in Valparaiso, Chile, on "
           "Monday, the health ministry said. The hospital postponed 140 operations and sent ambulances "
           "elsewhere. The attackers demanded a ransom of 2 million dollars."),
    Report("ransom2", "Bayside Observer", at(3, 18, 9),
           "A hacking group said it had stolen the records of 1.4 million patients from Hospital del Puerto "
           "in Valparaiso, but the hospital said data on 300,000 patients had been taken. Chile's health "
           "minister said the government would not pay the $2 million ransom."),
    Report("ransom3", "Daybreak Tribune", at(3, 20, 12),
           "Hospital del Puerto in Valparaiso has now postponed 380 operations since a ransomware attack on "
           "Monday, the health ministry said. Its systems had been down for 4 days, staff said. It was the "
           "third cyberattack on a Chilean hospital since 2023."),
    Report("ransom4", "Lodestar Wire", at(3, 21, 9),
           "Chile's health ministry rejected the hackers' claim to hold 1.4 million patient records from "
           "Hospital del Puerto, saying the files of 300,000 patients had been copied. The hospital serves a "
           "region of 1.9 million people."),
)

FIGURES = (
    # Sousse hotel
    LabelledFigure("deaths in the Sousse hotel collapse", "revised",
                   (("hotel1", "6"), ("hotel2", "11"), ("hotel4", "17"), ("hotel5", "20"))),
    LabelledFigure("people missing in the Sousse hotel", "revised", (("hotel2", "9"), ("hotel4", "3"))),
    LabelledFigure("people inside the Hotel Zephyr", "disputed",
                   (("hotel2", "40"), ("hotel3", "65"), ("hotel3", "40"), ("hotel5", "65"))),
    LabelledFigure("people pulled alive from the Hotel Zephyr", "consistent",
                   (("hotel1", "14"), ("hotel3", "Fourteen"))),
    # Zinder meningitis
    LabelledFigure("suspected meningitis cases, Zinder", "revised",
                   (("mening1", "1,240"), ("mening4", "1,610"), ("mening5", "2,050"))),
    LabelledFigure("meningitis deaths, Zinder", "disputed",
                   (("mening1", "86"), ("mening2", "130"), ("mening3", "130"), ("mening3", "86"))),
    LabelledFigure("meningitis cases in Mirriah district", "consistent", (("mening1", "310"),)),
    LabelledFigure("meningitis vaccine doses", "consistent", (("mening3", "500,000"), ("mening4", "Half a million"))),
    # Ayutthaya train collision
    LabelledFigure("deaths in the Ayutthaya train collision", "revised",
                   (("train1", "9"), ("train2", "14"), ("train4", "Sixteen"))),
    LabelledFigure("injured in the Ayutthaya train collision", "disputed",
                   (("train2", "72"), ("train3", "118"), ("train4", "72"), ("train5", "118"))),
    LabelledFigure("people on the passenger train", "consistent", (("train1", "350"), ("train3", "350"))),
    LabelledFigure("carriages derailed near Ayutthaya", "consistent", (("train2", "6"), ("train5", "Six"))),
    LabelledFigure("seriously injured near Ayutthaya", "consistent", (("train5", "31"),)),
    # Calgary hailstorm
    LabelledFigure("insurance claims after the Calgary hailstorm", "revised",
                   (("hail2", "18,000"), ("hail4", "41,000"), ("hail5", "56,000"))),
    LabelledFigure("insured damage from the Calgary hailstorm", "disputed",
                   (("hail2", "1.2 billion"), ("hail3", "2 billion"), ("hail4", "1.2 billion"))),
    LabelledFigure("people injured by the Calgary hail", "consistent", (("hail1", "Four"), ("hail3", "4"))),
    LabelledFigure("hail claims across Alberta this year", "consistent", (("hail5", "90,000"),)),
    # Lampedusa rescue
    LabelledFigure("migrants rescued south of Lampedusa", "consistent", (("boat1", "61"), ("boat3", "Sixty-one"))),
    LabelledFigure("bodies recovered off Lampedusa", "revised", (("boat1", "3"), ("boat3", "8"))),
    LabelledFigure("people on board the migrant boat", "disputed",
                   (("boat2", "95"), ("boat2", "70"), ("boat4", "95"), ("boat4", "70"))),
    LabelledFigure("capacity of the Lampedusa reception centre", "consistent", (("boat4", "400"),)),
    # Brno zoo
    LabelledFigure("baboons escaped from Brno zoo", "disputed",
                   (("zoo1", "Fourteen"), ("zoo2", "20"), ("zoo3", "14"), ("zoo3", "20"), ("zoo5", "14"))),
    LabelledFigure("baboons still at large in Brno", "revised", (("zoo2", "9"), ("zoo3", "Five"), ("zoo4", "3"))),
    LabelledFigure("animals housed at Brno zoo", "consistent", (("zoo4", "4,200"),)),
    # Kabazi dam
    LabelledFigure("deaths in the Kabazi dam burst", "revised", (("dam1", "23"), ("dam2", "38"), ("dam4", "45"))),
    LabelledFigure("homes destroyed by the Kabazi dam burst", "disputed",
                   (("dam2", "160"), ("dam2", "240"), ("dam3", "240"), ("dam4", "160"))),
    LabelledFigure("people displaced by the Kabazi dam burst", "consistent", (("dam1", "1,500"), ("dam3", "1,400"))),
    LabelledFigure("flood deaths across Kenya since March", "consistent", (("dam3", "190"),)),
    # Estadio del Prado roof
    LabelledFigure("injured at the Estadio del Prado", "revised",
                   (("roof1", "27"), ("roof2", "43"), ("roof4", "Forty-three"))),
    LabelledFigure("crowd at the Estadio del Prado", "disputed",
                   (("roof2", "31,000"), ("roof3", "36,500"), ("roof4", "36,500"), ("roof4", "31,000"))),
    LabelledFigure("deaths at the Estadio del Prado", "consistent", (("roof1", "two"), ("roof2", "2"))),
    LabelledFigure("capacity of the Estadio del Prado", "consistent", (("roof3", "45,000"),)),
    LabelledFigure("cost of the stadium roof repairs", "consistent", (("roof5", "14 million"),)),
    # Donges refinery strike
    LabelledFigure("workers on strike at Donges", "disputed",
                   (("refinery1", "600"), ("refinery1", "240"), ("refinery3", "600"), ("refinery4", "240"))),
    LabelledFigure("daily cost of the Donges strike", "disputed",
                   (("refinery2", "4 million"), ("refinery3", "2 million"), ("refinery3", "4 million"))),
    LabelledFigure("dry filling stations in Loire-Atlantique", "revised",
                   (("refinery2", "120"), ("refinery4", "310"), ("refinery5", "95"))),
    LabelledFigure("Donges refinery capacity in barrels a day", "consistent", (("refinery1", "219,000"),)),
    LabelledFigure("employees at the Donges refinery", "consistent", (("refinery4", "650"),)),
    LabelledFigure("pay rise ending the Donges strike", "consistent", (("refinery5", "3.5%"),)),
    # Aqaba ammonia leak
    LabelledFigure("people taken to hospital after the Aqaba leak", "revised",
                   (("ammonia1", "48"), ("ammonia2", "121"), ("ammonia4", "160"), ("ammonia5", "160"))),
    LabelledFigure("workers killed by the Aqaba leak", "consistent", (("ammonia1", "3"), ("ammonia3", "three"))),
    LabelledFigure("people evacuated around the Aqaba plant", "disputed",
                   (("ammonia2", "2,000"), ("ammonia3", "5,000"), ("ammonia4", "2,000"))),
    LabelledFigure("tonnes of ammonia escaped in Aqaba", "revised", (("ammonia3", "20"), ("ammonia4", "35"))),
    LabelledFigure("people still in hospital after the Aqaba leak", "consistent", (("ammonia5", "12"),)),
    # Baghdad power cut
    LabelledFigure("people without power in Baghdad", "revised",
                   (("heat1", "4 million"), ("heat2", "2.5 million"), ("heat4", "600,000"))),
    LabelledFigure("heat deaths in Baghdad", "disputed",
                   (("heat2", "14"), ("heat2", "37"), ("heat4", "37"), ("heat4", "14"))),
    LabelledFigure("temperature in Baghdad", "consistent", (("heat1", "51"), ("heat3", "51"))),
    LabelledFigure("power stations that failed in Baghdad", "consistent", (("heat1", "Two"), ("heat3", "2"))),
    # Vik bus crash
    LabelledFigure("passengers on the Vik tour bus", "disputed",
                   (("bus1", "32"), ("bus2", "41"), ("bus2", "32"), ("bus4", "41"), ("bus4", "32"))),
    LabelledFigure("deaths in the Vik bus crash", "consistent", (("bus1", "two"), ("bus3", "2"))),
    LabelledFigure("people taken to hospital after the Vik crash", "revised", (("bus1", "12"), ("bus3", "19"))),
    LabelledFigure("forecast wind speed near Vik", "consistent", (("bus4", "90"),)),
    # Sandaga market fire
    LabelledFigure("stalls destroyed at Sandaga", "disputed",
                   (("market2", "800"), ("market2", "1,300"), ("market4", "800"))),
    LabelledFigure("damage from the Sandaga fire", "revised",
                   (("market2", "3 billion"), ("market4", "5 billion"), ("market5", "5 billion"))),
    LabelledFigure("injured in the Sandaga fire", "consistent", (("market1", "7"), ("market3", "Seven"))),
    LabelledFigure("firefighters at Sandaga", "consistent", (("market1", "150"),)),
    LabelledFigure("traders at the Sandaga market", "consistent", (("market3", "2,000"),)),
    # Valparaiso ransomware
    LabelledFigure("operations postponed at Hospital del Puerto", "revised", (("ransom1", "140"), ("ransom3", "380"))),
    LabelledFigure("patient records taken from Hospital del Puerto", "disputed",
                   (("ransom2", "1.4 million"), ("ransom2", "300,000"), ("ransom4", "1.4 million"),
                    ("ransom4", "300,000"))),
    LabelledFigure("ransom demanded from Hospital del Puerto", "consistent",
                   (("ransom1", "2 million"), ("ransom2", "2 million"))),
    LabelledFigure("population served by Hospital del Puerto", "consistent", (("ransom4", "1.9 million"),)),
)

# Numbers that are no figure: durations and clock times, ages, ordinals, years, votes, a match score,
# a rhetorical series inside one quote and both ends of a range. None of them may be in a figure with
# another value.
NO_FIGURE = (
    ("hotel1", "11:20 a.m."), ("hotel1", "1987"), ("hotel3", "58"), ("hotel4", "50 hours"), ("hotel5", "third"),
    ("mening2", "1"), ("mening2", "29"), ("mening4", "10 days"), ("mening5", "2015"),
    ("train1", "6:40 a.m."), ("train3", "third"), ("train4", "47"), ("train4", "14-hour"),
    ("hail1", "25 minutes"), ("hail4", "2020"), ("hail4", "11-4"), ("hail5", "nine days"),
    ("boat1", "2:30 a.m."), ("boat2", "3 days"), ("boat3", "9-year-old"), ("boat3", "18"), ("boat3", "35"),
    ("zoo1", "4 p.m."), ("zoo2", "2011"), ("zoo4", "23"), ("zoo5", "3 days"),
    ("dam1", "11 p.m."), ("dam2", "2"), ("dam2", "3"), ("dam4", "1998"),
    ("roof1", "67th"), ("roof1", "2-1"), ("roof2", "71-year-old"), ("roof5", "6 years"),
    ("refinery2", "second"), ("refinery5", "6 days"), ("refinery5", "412 to 96"),
    ("ammonia1", "9:15 a.m."), ("ammonia3", "31-year-old"), ("ammonia5", "fourth"), ("ammonia5", "2019"),
    ("heat3", "One hour"), ("heat3", "two hours"), ("heat3", "ten hours"),
    ("bus2", "64"), ("bus2", "20 years"), ("bus3", "second"),
    ("market1", "9 hours"), ("market1", "1 a.m."), ("market3", "1933"), ("market5", "18 months"),
    ("ransom3", "4 days"), ("ransom3", "third"), ("ransom3", "2023"),
)
