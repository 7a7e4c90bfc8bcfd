"""A held-out labelled set for figures, written blind: 57 short wire-style reports from five
outlets (Meridian Wire, The Continental, Harbour Radio, Evening Courier, Daily Ledger) about
13 invented events in real places. It was written without reading the project's code, its
other tests or its other labelled sets (only the format of figure_reports.py was consulted).

Events: a petrochemical blast near Tarragona (Spain), cholera in Blantyre (Malawi), a dock
strike in Antwerp, a wildfire in Sardinia's Montiferru, a derailment near Poznań (Poland), a
painting theft in Lyon, a water-board fraud trial in Johannesburg, bird flu in Gelderland
(Netherlands), a landslide on a Himachal Pradesh highway (India), the cost of a cancer hospital
in Perth (Australia), an oil spill off Porvoo (Finland), a copper-mine collapse near Chingola
(Zambia) and a boat sinking on Lake Kivu (DR Congo).

45 labelled figures: 15 disputed, 13 revised, 17 consistent.

- Disputes come in every form: in one sentence with "but" or "while" (injured in Tarragona,
  homes burned in Sardinia, the value of the Lyon paintings, the length of Indian road lost);
  across two sentences of one report with no cue word (strikers in Antwerp, people aboard the
  Kivu boat); across two outlets on the same day or the next with no cue word (cholera deaths,
  the daily cost of the Antwerp strike, passengers on the Polish train, the Johannesburg sum,
  infected Dutch farms, Perth job cuts, oil spilled off Porvoo, miners underground in Zambia,
  damage at the Tarragona plant); and most of them restated later by one side ("stood by",
  "repeated", "maintained", "still says").
- Revisions are counts or estimates that rise (or fall: stranded vehicles in India) over days,
  each outlet wording them its own way, with a cue ("rose to", "climbed to", "now", "has
  risen to", "raised to") or none; a revised toll is sometimes repeated after it settled.
- Consistent figures are one value repeated by several outlets in different words (digits
  against words: "11" and "eleven", "five" and "5", "11" and "Eleven"; different nouns and
  verbs). Money comes in euros, US dollars, rand, rupees and Australian dollars; measures in
  tonnes, litres, hectares, kilometres and metres.
- NO_FIGURE lists the traps: durations, clock times, ages, ordinals, years and dates, votes, a
  football score and a verdict majority, the ends of ranges and a rhetorical series in a quote.

Labels name a value by report and by the number as written in that report's body (its first
appearance there); money and measures are named by the number without currency or unit.
"""

from tests.matching.figure_reports import LabelledFigure, Report, at

MW = "Meridian Wire"
TC = "The Continental"
HR = "Harbour Radio"
EC = "Evening Courier"
DL = "Daily Ledger"

REPORTS = (
    # --- petrochemical blast near Tarragona: a rising toll, injured and damage disputed ---
    Report("chem1", MW, at(1, 14, 20),
           "An explosion at a petrochemical plant near Tarragona, in north-east Spain, killed two workers on "
           "Tuesday evening, the Catalan emergency service said. The blast happened at 6:40 p.m. in a unit that "
           "makes ethylene oxide. About 30,000 residents of nearby towns were told to stay indoors."),
    Report("chem2", TC, at(1, 15, 8),
           "The company that runs the Tarragona plant said 11 of its employees were hurt in Tuesday's blast, "
           "while the regional emergency service put the number of injured at 18. A 47-year-old contractor died "
           "overnight in hospital, bringing the death toll to three."),
    Report("chem3", HR, at(1, 15, 13),
           "Three people have now died after the explosion at the chemical plant outside Tarragona. Emergency "
           "services said 18 people were injured. About 30,000 people in surrounding towns had been ordered to "
           "keep their windows shut. The fire burned for five hours before crews put it out."),
    Report("chem4", EC, at(1, 17, 10),
           "A worker who suffered burns in the Tarragona blast died on Thursday, raising the number of dead to "
           "four, the hospital said. The plant's operator maintained that 11 staff had been injured. It was the "
           "second serious accident at the site since 2019."),
    Report("chem5", DL, at(1, 20, 9),
           "Insurers put the damage to the Tarragona petrochemical plant at 150 million euros, an industry body "
           "said on Monday. The ethylene oxide unit will stay shut for at least six months."),
    Report("chem6", HR, at(1, 20, 17),
           "Repairing the blast damage at the Tarragona plant will cost about 60 million euros, its operator "
           "said. Four workers died in the explosion last week."),
    # --- cholera in Blantyre: cases climb, the ministry and a charity differ on deaths ---
    Report("chol1", MW, at(2, 3, 9),
           "Malawi's health ministry said on Monday it had recorded 240 suspected cholera cases in Blantyre "
           "since mid-January. The World Bank approved 15 million dollars in emergency funding. Schools in the "
           "worst-hit townships will close for 10 days."),
    Report("chol2", TC, at(2, 10, 12),
           "Cholera cases in Blantyre climbed to 410 this week, the health ministry said, adding that 9 people "
           "had died. The ministry expects 500,000 oral vaccine doses from a global stockpile."),
    Report("chol3", HR, at(2, 10, 17),
           "Médecins Sans Frontières said 14 people had died of cholera in Blantyre, most of them in Ndirande "
           "township. Its treatment centre there has been full for six days, and the World Bank's $15 million "
           "grant has yet to reach clinics, the charity said."),
    Report("chol4", DL, at(2, 17, 9),
           "Malawi has now logged 655 cholera infections in and around Blantyre. A shipment of 500,000 vaccine "
           "doses arrived on Sunday, and the vaccination campaign will run for 10 days."),
    # --- dock strike in Antwerp: union against employers, business against the port ---
    Report("port1", MW, at(3, 17, 8),
           "Dockworkers at the port of Antwerp began a 72-hour strike on Monday over pension reforms. The ABVV "
           "union said 4,000 dockers had walked out. CEPA, the employers' body, counted 2,600 strikers."),
    Report("port2", TC, at(3, 18, 10),
           "About 35 ships were waiting at anchor off Antwerp on Tuesday, the port authority said. The "
           "Federation of Belgian Enterprises put the cost of the stoppage at 40 million euros a day."),
    Report("port3", EC, at(3, 18, 16),
           "The Antwerp port authority estimated the strike's daily cost at 25 million euros. Four thousand "
           "dockworkers are taking part, according to the union."),
    Report("port4", HR, at(3, 19, 9),
           "The queue of container ships stuck outside Antwerp grew to 60 on the third day of the strike. "
           "Dockers voted 812 to 190 to extend the walkout into next week."),
    Report("port5", MW, at(3, 21, 9),
           "Some 82 vessels are now waiting to enter Antwerp, the port authority said on Friday. Business "
           "leaders repeated that the strike was costing the economy 40 million euros every day."),
    # --- wildfire in Sardinia: the burned area grows, region and mayor differ on homes ---
    Report("fire1", TC, at(7, 24, 8),
           "A wildfire in the Montiferru hills of western Sardinia has burned 1,800 hectares of woodland and "
           "pasture, the regional forestry corps said on Thursday. About 1,500 people were evacuated from "
           "Cuglieri and nearby campsites. Italy has sent 11 firefighting aircraft."),
    Report("fire2", MW, at(7, 25, 9),
           "The Sardinian fire has now scorched 4,500 hectares. Regional officials said 25 homes had burned "
           "down, but the mayor of Cuglieri put the number of destroyed houses at 40."),
    Report("fire3", HR, at(7, 25, 14),
           "Some 1,500 residents and tourists are still out of their homes in western Sardinia. Between 30 and "
           "40 firefighters worked through the night on each front of the blaze, the forestry corps said."),
    Report("fire4", EC, at(7, 26, 10),
           "Flames have blackened 7,200 hectares of Sardinia's Montiferru after burning for 60 hours, forestry "
           "officials said. Eleven aircraft were still dropping water on Saturday. Police arrested a 63-year-old "
           "farmer suspected of starting the fire while burning stubble."),
    Report("fire5", DL, at(7, 26, 16),
           "The mayor of Cuglieri said again on Saturday that 40 houses had been reduced to ashes and asked Rome "
           "to declare a state of emergency. Firefighters said the blaze was largely contained."),
    # --- derailment near Poznań: injured rise, operator and governor differ on passengers ---
    Report("train1", MW, at(5, 6, 11),
           "An Intercity train derailed near Poznań in western Poland on Tuesday morning, injuring 23 people, "
           "the fire brigade said. The 7:15 service from Szczecin left the rails on a curve. Operator PKP "
           "Intercity said 240 passengers were on board."),
    Report("train2", DL, at(5, 6, 15),
           "About 400 people were travelling on the train that came off the tracks near Poznań, the regional "
           "governor's office said. Many were fans returning from a 3-1 away win in Szczecin. Investigators said "
           "the train was doing 120 km/h when it derailed."),
    Report("train3", TC, at(5, 7, 9),
           "The number of people hurt in the Poznań derailment rose to 31 after more passengers went to hospital "
           "on their own, health officials said. Prosecutors confirmed the train was travelling at 120 kilometres "
           "an hour, far above the limit on that curve."),
    Report("train4", HR, at(5, 8, 9),
           "Thirty-one passengers were hurt in Tuesday's derailment near Poznań, Poland's transport minister "
           "said. It was the second derailment on the line in 12 months."),
    # --- paintings stolen in Lyon: prosecutor against museum on value, arrests and reward rise ---
    Report("art1", EC, at(10, 12, 10),
           "Thieves stole five paintings from the Musée des Beaux-Arts in Lyon early on Sunday, the city "
           "prosecutor said. The raid lasted seven minutes and began at 3:20 a.m."),
    Report("art2", MW, at(10, 12, 16),
           "The prosecutor in Lyon said the 5 stolen works were worth 12 million euros, while the museum's "
           "director valued them at about 4 million euros. The museum will stay closed until further notice."),
    Report("art3", TC, at(10, 14, 9),
           "French police arrested two men, aged 24 and 31, over the Lyon museum theft. Investigators offered a "
           "reward of 100,000 euros for information. The museum repeated that the paintings were worth "
           "4 million euros."),
    Report("art4", HR, at(10, 16, 12),
           "Four people are now in custody over the theft of paintings from Lyon's fine arts museum, prosecutors "
           "said. The reward for information has been raised to 250,000 euros. None of the five canvases has "
           "been found."),
    # --- fraud trial in Johannesburg: prosecution against defence on the sum ---
    Report("court1", MW, at(11, 3, 12),
           "The trial of 11 former managers of the Highveld Water board closed in Johannesburg on Monday after "
           "18 months. Prosecutors say the group siphoned off 2.3 billion rand through fake pipe-repair "
           "contracts. Judgment is due on 28 November."),
    Report("court2", DL, at(11, 4, 9),
           "Defence lawyers for the eleven accused told the Johannesburg High Court that the sum in question was "
           "900 million rand, and that most of it paid for real work. Prosecutors did not respond."),
    Report("court3", TC, at(11, 28, 14),
           "Judges in Johannesburg convicted all 11 former Highveld Water managers by a 2-1 majority on Friday. "
           "The ringleader, 58, was jailed for 15 years."),
    # --- bird flu in Gelderland: the cull grows, authority and farmers differ on farms ---
    Report("bird1", DL, at(12, 2, 10),
           "Dutch authorities culled 180,000 chickens on farms near Barneveld in Gelderland after an outbreak of "
           "bird flu, the agriculture ministry said. A 10-kilometre transport ban was set up around the farms, "
           "and the ministry set aside 20 million euros to compensate farmers."),
    Report("bird2", MW, at(12, 4, 9),
           "The Gelderland cull has risen to 310,000 birds, the Dutch food safety authority NVWA said, after the "
           "virus was found on 6 farms. It is the third bird flu outbreak in the Netherlands this winter."),
    Report("bird3", EC, at(12, 4, 15),
           "Poultry farmers' union LTO said 9 farms around Barneveld were infected. Farmers inside the 10 km "
           "zone may not move eggs or birds for 30 days."),
    Report("bird4", TC, at(12, 8, 9),
           "Some 450,000 poultry have now been destroyed in Gelderland. The NVWA stood by its count of 6 infected "
           "farms. Farmers will share 20 million euros in compensation, the ministry confirmed."),
    # --- landslide on a Himachal Pradesh highway: two agencies on the road lost, traffic clears ---
    Report("road1", HR, at(8, 11, 9),
           "A landslide swept away part of the Shimla-Kalka highway in Himachal Pradesh at 2 a.m. on Monday. "
           "The state's public works department said 3 kilometres of road were gone, but the National Highways "
           "Authority of India put the damaged stretch at 1.2 km. About 600 vehicles were stranded."),
    Report("road2", MW, at(8, 12, 10),
           "Officials in Shimla estimated the cost of rebuilding the highway at 4.5 billion rupees. Some 150 "
           "lorries and cars were still stuck on either side of the slide, police said."),
    Report("road3", DL, at(8, 13, 9),
           "Himachal Pradesh will need 4.5 billion rupees to rebuild the washed-out highway, the chief minister "
           "said, adding that repairs could take 6 to 8 months. Engineers from the highways authority repeated "
           "that 1.2 km of road had been lost."),
    # --- a cancer hospital in Perth: the cost estimate climbs, union and builder on job cuts ---
    Report("hosp1", TC, at(4, 2, 9),
           "Western Australia's government said its new cancer hospital in Perth would cost 1.1 billion "
           "Australian dollars, up from the estimate it gave in 2022. The hospital will have 400 beds."),
    Report("hosp2", EC, at(6, 18, 10),
           "The price of Perth's new cancer hospital has climbed to A$1.6 billion, the state treasurer told "
           "parliament. Construction is 14 months behind schedule."),
    Report("hosp3", MW, at(6, 19, 8),
           "The CFMEU construction union said 300 workers had been laid off at the Perth cancer hospital site "
           "this month. The union called the cuts reckless."),
    Report("hosp4", HR, at(6, 19, 13),
           "Coastline Constructions, the builder of Perth's new cancer hospital, said 120 jobs had been cut on "
           "the site as foundation work wound down. The 400-bed hospital is due to open in 2028."),
    Report("hosp5", DL, at(9, 9, 9),
           "Perth's cancer hospital will now cost 1.9 billion Australian dollars, the state's budget papers "
           "show. The treasurer blamed rising steel prices."),
    # --- oil spill off Porvoo: border guard against owner on the spill, recovery grows ---
    Report("oil1", MW, at(1, 27, 12),
           "A tanker ran aground near Porvoo in the Gulf of Finland late on Sunday and leaked about 200 tonnes "
           "of fuel oil, the Finnish Border Guard said. The vessel, built in 1998, hit rocks at 11:30 p.m."),
    Report("oil2", EC, at(1, 27, 18),
           "The owner of the grounded tanker said no more than 35 tonnes of oil had escaped from its "
           "25,000-tonne cargo. Oil has fouled 12 kilometres of shoreline east of Porvoo, the town council said."),
    Report("oil3", TC, at(1, 28, 10),
           "Clean-up crews have collected 40,000 litres of oil and water from the sea off Porvoo, the Border "
           "Guard said. Volunteers were scrubbing 12 kilometres of polluted coast."),
    Report("oil4", HR, at(1, 30, 9),
           "The amount of oily water skimmed off Porvoo climbed to 95,000 litres on Thursday. The Border Guard "
           "maintained that roughly 200 tonnes of oil had leaked from the tanker, which carries 25,000 tonnes of "
           "cargo."),
    Report("oil5", DL, at(2, 3, 9),
           "Responders have now recovered 160,000 litres of oil-water mix from the Gulf of Finland. The tanker's "
           "owner repeated its estimate of 35 tonnes. \"One tonne, ten tonnes, fifty tonnes, the fish don't "
           "care,\" a Porvoo fisherman said."),
    # --- copper-mine collapse near Chingola: the toll rises, operator and police on who was below ---
    Report("mine1", DL, at(9, 14, 10),
           "Five miners were killed when a tunnel collapsed at a copper mine near Chingola in Zambia's "
           "Copperbelt on Saturday, police said. The tunnel caved in 400 metres below the surface."),
    Report("mine2", TC, at(9, 14, 15),
           "The operator of the collapsed Chingola copper mine said 20 workers had been underground when the "
           "tunnel gave way at a depth of 400 metres. Rescue teams from neighbouring mines have joined the search."),
    Report("mine3", HR, at(9, 14, 19),
           "Zambian police said 35 people were in the shaft near Chingola when it caved in, many of them informal "
           "miners who had slipped in after the 6 p.m. shift change. Relatives gathered at the mine gate "
           "overnight."),
    Report("mine4", MW, at(9, 15, 19),
           "Rescuers at the Chingola copper mine have now recovered 12 bodies, the mines minister said on Monday. "
           "The victims were aged between 19 and 44."),
    Report("mine5", EC, at(9, 16, 9),
           "Twelve miners are confirmed dead after the Chingola collapse. The operator still says 20 of its "
           "workers were underground."),
    # --- boat sinking on Lake Kivu: manifest against survivors, the toll rises ---
    Report("ferry1", HR, at(6, 2, 12),
           "A passenger boat capsized on Lake Kivu near Goma in eastern Congo on Sunday, and 9 bodies had been "
           "recovered by evening, provincial authorities said. The manifest listed 87 passengers. Survivors said "
           "more than 150 people had crowded onto the boat."),
    Report("ferry2", MW, at(6, 2, 18),
           "Rescuers pulled 64 people alive from Lake Kivu after the boat sank near Goma. It had left Minova at "
           "7 a.m. on Sunday and overturned within sight of the shore."),
    Report("ferry3", TC, at(6, 3, 9),
           "The death toll from the Lake Kivu sinking rose to 21, North Kivu's governor said. Some 64 survivors "
           "were treated in Goma hospitals, and the Red Cross said 40 people were unaccounted for."),
    Report("ferry4", DL, at(6, 3, 14),
           "Congolese officials stood by the manifest figure of 87 passengers, while relatives say more than 150 "
           "people were aboard the 30-year-old boat. The Red Cross still lists 40 people as missing."),
)

FIGURES = (
    # --- disputed (15) ---
    LabelledFigure("injured in the Tarragona blast", "disputed",
                   (("chem2", "11"), ("chem2", "18"), ("chem3", "18"), ("chem4", "11"))),
    LabelledFigure("damage at the Tarragona plant", "disputed",
                   (("chem5", "150 million"), ("chem6", "60 million"))),
    LabelledFigure("cholera deaths, Blantyre", "disputed", (("chol2", "9"), ("chol3", "14"))),
    LabelledFigure("strikers in Antwerp", "disputed",
                   (("port1", "4,000"), ("port1", "2,600"), ("port3", "Four thousand"))),
    LabelledFigure("daily cost of the Antwerp strike", "disputed",
                   (("port2", "40 million"), ("port3", "25 million"), ("port5", "40 million"))),
    LabelledFigure("homes burned in Sardinia", "disputed",
                   (("fire2", "25"), ("fire2", "40"), ("fire5", "40"))),
    LabelledFigure("people on the Poznań train", "disputed", (("train1", "240"), ("train2", "400"))),
    LabelledFigure("value of the Lyon paintings", "disputed",
                   (("art2", "12 million"), ("art2", "4 million"), ("art3", "4 million"))),
    LabelledFigure("sum taken from the water board", "disputed",
                   (("court1", "2.3 billion"), ("court2", "900 million"))),
    LabelledFigure("infected farms, Gelderland", "disputed",
                   (("bird2", "6"), ("bird3", "9"), ("bird4", "6"))),
    LabelledFigure("highway swept away, Himachal Pradesh", "disputed",
                   (("road1", "3"), ("road1", "1.2"), ("road3", "1.2"))),
    LabelledFigure("jobs cut at the Perth hospital site", "disputed", (("hosp3", "300"), ("hosp4", "120"))),
    LabelledFigure("oil spilled off Porvoo", "disputed",
                   (("oil1", "200"), ("oil2", "35"), ("oil4", "200"), ("oil5", "35"))),
    LabelledFigure("miners underground at Chingola", "disputed",
                   (("mine2", "20"), ("mine3", "35"), ("mine5", "20"))),
    LabelledFigure("people aboard the Kivu boat", "disputed",
                   (("ferry1", "87"), ("ferry1", "150"), ("ferry4", "87"), ("ferry4", "150"))),
    # --- revised (13) ---
    LabelledFigure("deaths in the Tarragona blast", "revised",
                   (("chem1", "two"), ("chem2", "three"), ("chem3", "Three"), ("chem4", "four"),
                    ("chem6", "Four"))),
    LabelledFigure("cholera cases, Blantyre", "revised", (("chol1", "240"), ("chol2", "410"), ("chol4", "655"))),
    LabelledFigure("ships waiting off Antwerp", "revised", (("port2", "35"), ("port4", "60"), ("port5", "82"))),
    LabelledFigure("area burned in Sardinia", "revised",
                   (("fire1", "1,800"), ("fire2", "4,500"), ("fire4", "7,200"))),
    LabelledFigure("injured in the Poznań derailment", "revised",
                   (("train1", "23"), ("train3", "31"), ("train4", "Thirty-one"))),
    LabelledFigure("arrests over the Lyon theft", "revised", (("art3", "two"), ("art4", "Four"))),
    LabelledFigure("reward for the Lyon paintings", "revised", (("art3", "100,000"), ("art4", "250,000"))),
    LabelledFigure("poultry culled, Gelderland", "revised",
                   (("bird1", "180,000"), ("bird2", "310,000"), ("bird4", "450,000"))),
    LabelledFigure("vehicles stranded, Himachal Pradesh", "revised", (("road1", "600"), ("road2", "150"))),
    LabelledFigure("cost of the Perth cancer hospital", "revised",
                   (("hosp1", "1.1 billion"), ("hosp2", "1.6 billion"), ("hosp5", "1.9 billion"))),
    LabelledFigure("oily water recovered off Porvoo", "revised",
                   (("oil3", "40,000"), ("oil4", "95,000"), ("oil5", "160,000"))),
    LabelledFigure("miners killed at Chingola", "revised",
                   (("mine1", "Five"), ("mine4", "12"), ("mine5", "Twelve"))),
    LabelledFigure("deaths on Lake Kivu", "revised", (("ferry1", "9"), ("ferry3", "21"))),
    # --- consistent (17) ---
    LabelledFigure("residents told to stay indoors, Tarragona", "consistent",
                   (("chem1", "30,000"), ("chem3", "30,000"))),
    LabelledFigure("World Bank cholera funding", "consistent", (("chol1", "15 million"), ("chol3", "15 million"))),
    LabelledFigure("cholera vaccine doses", "consistent", (("chol2", "500,000"), ("chol4", "500,000"))),
    LabelledFigure("evacuated in Sardinia", "consistent", (("fire1", "1,500"), ("fire3", "1,500"))),
    LabelledFigure("firefighting aircraft in Sardinia", "consistent", (("fire1", "11"), ("fire4", "Eleven"))),
    LabelledFigure("speed of the Poznań train", "consistent", (("train2", "120"), ("train3", "120"))),
    LabelledFigure("paintings stolen in Lyon", "consistent", (("art1", "five"), ("art2", "5"), ("art4", "five"))),
    LabelledFigure("accused water-board managers", "consistent",
                   (("court1", "11"), ("court2", "eleven"), ("court3", "11"))),
    LabelledFigure("radius of the Gelderland zone", "consistent", (("bird1", "10-kilometre"), ("bird3", "10"))),
    LabelledFigure("compensation for Dutch poultry farmers", "consistent",
                   (("bird1", "20 million"), ("bird4", "20 million"))),
    LabelledFigure("cost of rebuilding the Himachal highway", "consistent",
                   (("road2", "4.5 billion"), ("road3", "4.5 billion"))),
    LabelledFigure("beds in the Perth hospital", "consistent", (("hosp1", "400"), ("hosp4", "400-bed"))),
    LabelledFigure("shoreline fouled near Porvoo", "consistent", (("oil2", "12"), ("oil3", "12"))),
    LabelledFigure("cargo of the Porvoo tanker", "consistent", (("oil2", "25,000-tonne"), ("oil4", "25,000"))),
    LabelledFigure("depth of the Chingola collapse", "consistent", (("mine1", "400"), ("mine2", "400"))),
    LabelledFigure("survivors of the Kivu sinking", "consistent", (("ferry2", "64"), ("ferry3", "64"))),
    LabelledFigure("missing after the Kivu sinking", "consistent", (("ferry3", "40"), ("ferry4", "40"))),
)

NO_FIGURE = (
    ("chem1", "6:40"),  # clock time
    ("chem2", "47-year-old"),  # age
    ("chem3", "five"),  # duration
    ("chem4", "second"),  # ordinal
    ("chem4", "2019"),  # year
    ("chem5", "six"),  # duration
    ("chol1", "10"),  # duration
    ("chol3", "six"),  # duration
    ("chol4", "10"),  # duration
    ("port1", "72-hour"),  # duration
    ("port4", "third"),  # ordinal
    ("port4", "812"),  # vote
    ("port4", "190"),  # vote
    ("fire3", "30"),  # range end
    ("fire3", "40"),  # range end
    ("fire4", "60"),  # duration
    ("fire4", "63-year-old"),  # age
    ("train1", "7:15"),  # clock time
    ("train2", "3-1"),  # score
    ("train4", "second"),  # ordinal
    ("train4", "12"),  # duration
    ("art1", "seven"),  # duration
    ("art1", "3:20"),  # clock time
    ("art3", "24"),  # age
    ("art3", "31"),  # age
    ("court1", "18"),  # duration
    ("court1", "28"),  # date
    ("court3", "2-1"),  # verdict majority
    ("court3", "58"),  # age
    ("court3", "15"),  # sentence length
    ("bird2", "third"),  # ordinal
    ("bird3", "30"),  # duration
    ("road1", "2"),  # clock time
    ("road3", "6"),  # range end
    ("road3", "8"),  # range end
    ("hosp1", "2022"),  # year
    ("hosp2", "14"),  # duration
    ("hosp4", "2028"),  # year
    ("oil1", "1998"),  # year
    ("oil1", "11:30"),  # clock time
    ("oil5", "One"),  # rhetorical series in a quote
    ("oil5", "ten"),  # rhetorical series in a quote
    ("oil5", "fifty"),  # rhetorical series in a quote
    ("mine3", "6"),  # clock time
    ("mine4", "19"),  # range end (ages)
    ("mine4", "44"),  # range end (ages)
    ("ferry2", "7"),  # clock time
    ("ferry4", "30-year-old"),  # age of the boat
)
