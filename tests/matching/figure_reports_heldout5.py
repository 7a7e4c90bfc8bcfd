"""A sixth labelled set, unseen by the matcher's rules: 53 reports about 11 events unlike those of
the other sets, written and labelled by hand without reading the matcher's or the extractor's code,
and committed before it was run once.

It holds nine disputes (in one sentence with "but ... put the number at", "while ... put the number
at", "a figure police contradicted", "not the ... the minister had given", one side written in
words, "Ninety"; a fraud's losses only ever across articles, and dengue deaths first across
articles, then quoted back by the minister), thirteen revisions (tolls that rise over days, a death
toll corrected downward when a passenger turned out to be alive, missing skiers found, an insurers'
estimate raised, hospital admissions nationwide and in the capital, infected farms and culled birds,
injured counts quoting the day before's value, investors who came forward), one source repeated by
several outlets, one quantity in several wordings (dead fish pulled, removed, collected; chickens
culled, birds killed), places and scopes that must stay apart (Dhaka and Bangladesh, infected farms
and all the country's farms, homes destroyed and homes damaged, a train's speed and the speed limit,
floors approved and floors built, a terminal's capacity and its traffic), several sums of money in
one story (a cost and a budget, a cost and what the builder was paid, insured damage and emergency
aid, a per-bird payment and a fund, losses and bail), and the traps: durations, clock times, years,
ages, a vote, a score, ordinals, rhetorical series inside quotes and the two ends of two ranges."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a residential block collapses in Nairobi: a rising toll, the owner against the county on who was inside ---
    Report("block1", "Agency N", at(11, 3, 19),
           "A residential block under construction collapsed in Nairobi's Kasarani district on Monday, killing "
           "5 people, the Kenya Red Cross said. The building came down at about 2:30 p.m., shortly after heavy "
           "rain."),
    Report("block2", "Morning Ledger", at(11, 4, 10),
           "The death toll from the collapse of a residential block in Nairobi rose to 12 on Tuesday, police "
           "said. The building's owner said 40 people had been inside when it fell, but Nairobi county "
           "officials put the number of occupants at more than 70."),
    Report("block3", "City Radio", at(11, 4, 17),
           "Rescuers have pulled 23 people alive from the rubble in Kasarani, the Kenya Red Cross said on "
           "Tuesday. \"Ten minutes, twenty minutes, an hour - under the concrete every minute counts,\" a "
           "firefighter said."),
    Report("block4", "Night Desk", at(11, 5, 10),
           "Seventeen people are now confirmed dead in the Nairobi building collapse, the interior ministry "
           "said on Wednesday, and the search for survivors has ended. The developer, a 48-year-old "
           "businessman, was arrested; the county said it had approved plans for four floors, not the seven "
           "that were built."),
    Report("block5", "Agency N", at(11, 5, 16),
           "Kenya's interior ministry said 17 people had died and 23 had been rescued alive from the Kasarani "
           "building. The government will pay 100,000 shillings to each bereaved family and has ordered an "
           "audit of 350 buildings under construction in the city."),
    # --- a derailment near Celje: a toll corrected downward, the operator against the police on who was aboard ---
    Report("rail1", "Agency N", at(6, 16, 21),
           "A passenger train derailed near Celje in eastern Slovenia on Monday evening, killing three people, "
           "police said. The train, travelling from Ljubljana to Maribor, left the tracks on a bend at "
           "6:45 p.m., the operator Slovenske zeleznice said."),
    Report("rail2", "Morning Ledger", at(6, 17, 9),
           "Slovenske zeleznice said 240 passengers were on board the derailed train, a figure police "
           "contradicted on Tuesday, saying 310 people had been travelling on it. Forty people were injured, "
           "the hospital in Celje said."),
    Report("rail3", "City Radio", at(6, 17, 18),
           "Police lowered the death toll from the Celje derailment to two on Tuesday, saying a passenger "
           "reported dead had been found alive in intensive care. The number of people injured rose to 62 as "
           "passengers who had gone home sought treatment, the health ministry said."),
    Report("rail4", "Night Desk", at(6, 18, 10),
           "Investigators said the train was travelling at 125 km/h when it entered a bend where the speed "
           "limit is 80 km/h. The driver, 59, who has worked for the railway for 31 years, was questioned by "
           "police on Wednesday."),
    Report("rail5", "Agency N", at(6, 18, 15),
           "Police said on Wednesday that 310 people had been aboard the train from Ljubljana, that two had "
           "died and that 62 had been hurt. Repairs to the line will cost about 4 million euros, the "
           "infrastructure ministry said."),
    # --- an avalanche near Ischgl: the missing found, a toll that rises, a rhetorical series ---
    Report("aval1", "Agency N", at(2, 3, 16),
           "An avalanche swept over a group of off-piste skiers near Ischgl in Austria's Tyrol on Monday, and "
           "11 people were missing, Tyrol police said. The slide was about 400 metres wide, mountain rescuers "
           "said."),
    Report("aval2", "Morning Ledger", at(2, 3, 22),
           "Rescuers found seven of the missing skiers alive on Monday evening, leaving four unaccounted for, "
           "Tyrol police said. Two of the skiers found were flown to hospital in Innsbruck."),
    Report("aval3", "City Radio", at(2, 4, 11),
           "Searchers recovered the bodies of three skiers on Tuesday, and a fourth, a 27-year-old German, was "
           "still missing, Tyrol police said."),
    Report("aval4", "Night Desk", at(2, 5, 10),
           "The body of the last missing skier was found on Wednesday, bringing the death toll of the Ischgl "
           "avalanche to four, Tyrol police said. \"One metre, two metres, five metres of snow - we dug through "
           "all of it,\" said Markus Hauser, who led the rescue. It was the deadliest avalanche in Tyrol since "
           "1999."),
    Report("aval5", "Agency N", at(2, 5, 15),
           "Four skiers died in the avalanche near Ischgl and seven were rescued alive, Tyrol's governor said "
           "on Wednesday. The skiers, from Germany and the Netherlands, had ignored a closure sign, police "
           "said."),
    # --- dengue in Bangladesh: admissions rising nationwide and in Dhaka, deaths disputed across articles ---
    Report("dengue1", "Agency N", at(9, 15, 10),
           "Hospitals across Bangladesh have admitted 41,200 dengue patients so far this year, 18,500 of them "
           "in Dhaka, the Directorate General of Health Services said on Monday. The mosquito-borne disease "
           "has killed 186 people this year, the directorate said."),
    Report("dengue2", "Morning Ledger", at(9, 15, 17),
           "The Bangladesh Medical Association said on Monday that more than 260 people had died of dengue "
           "this year, saying the official count left out patients who died at home or in private clinics."),
    Report("dengue3", "City Radio", at(9, 16, 12),
           "Dhaka North City Corporation said it had fined the owners of 1,300 buildings for leaving standing "
           "water where mosquitoes breed, collecting 4.6 million taka. A doctor at Mugda hospital, which has "
           "500 beds, said 640 dengue patients were being treated there."),
    Report("dengue4", "Night Desk", at(9, 17, 10),
           "The number of dengue patients admitted to hospital in Bangladesh this year rose to 43,050 on "
           "Wednesday, the health directorate said. In Dhaka, admissions reached 19,300."),
    Report("dengue5", "Agency N", at(9, 17, 15),
           "Health Minister Nasreen Haque said 186 dengue deaths had been recorded this year and rejected the "
           "medical association's count of more than 260 as \"guesswork\". Cases usually peak in September and "
           "October, she said."),
    # --- norovirus on a cruise ship at Southampton: the operator against the health agency, in one sentence ---
    Report("cruise1", "Agency N", at(7, 7, 12),
           "An outbreak of norovirus has sickened passengers aboard the cruise ship Aurora Coast, which docked "
           "in Southampton on Monday, with the operator saying 94 passengers had fallen ill while the UK Health "
           "Security Agency put the number at 212."),
    Report("cruise2", "Morning Ledger", at(7, 7, 16),
           "The Aurora Coast was carrying 2,400 passengers and 950 crew on a 14-night voyage around the Baltic, "
           "its operator Meridian Cruises said. Of the crew, 37 had reported symptoms, the company said."),
    Report("cruise3", "City Radio", at(7, 8, 9),
           "The UK Health Security Agency said on Tuesday that 212 passengers on the Aurora Coast had reported "
           "vomiting or diarrhoea, far more than the ship's operator had acknowledged."),
    Report("cruise4", "Night Desk", at(7, 8, 15),
           "Meridian Cruises, whose shares fell 6% on Tuesday, said the ship would be deep-cleaned for 48 hours "
           "before its next departure. Each of the 2,400 passengers will receive a credit of 500 pounds towards "
           "a future cruise, the company said."),
    Report("cruise5", "Agency N", at(7, 8, 19),
           "Meridian Cruises said on Tuesday that 94 passengers had been sick, standing by its count, and that "
           "3 were still confined to their cabins."),
    # --- a hailstorm in Munich: the insurers' estimate raised, the motoring club against the police on cars ---
    Report("hail1", "Agency N", at(8, 11, 20),
           "A hailstorm with stones between 4 and 6 centimetres across swept through Munich on Monday "
           "afternoon, injuring 14 people and smashing car windscreens and roofs across the city, Munich's fire "
           "brigade said. The storm lasted about 20 minutes."),
    Report("hail2", "Morning Ledger", at(8, 12, 11),
           "The German Insurance Association GDV estimated insured damage from the Munich hailstorm at "
           "600 million euros on Tuesday. Bavaria's government said it would set aside 50 million euros in "
           "emergency aid for uninsured households."),
    Report("hail3", "City Radio", at(8, 12, 18),
           "The ADAC motoring club said some 30,000 cars had been damaged by hail in Munich, but the city's "
           "police, who counted the damage reported to them, put the figure at 12,000."),
    Report("hail4", "Night Desk", at(8, 14, 10),
           "The GDV raised its estimate of insured damage from the Munich hailstorm to 1.1 billion euros on "
           "Thursday, up from 600 million euros, as claims from car owners kept coming in. It was the costliest "
           "storm in Bavaria since 2013."),
    Report("hail5", "Agency N", at(8, 14, 15),
           "The ADAC repeated on Thursday that about 30,000 cars had been damaged. The 14 people injured in "
           "Munich were all released from hospital within two days, the fire brigade said."),
    # --- an airport terminal in Tallinn: the minister against the audit office on its cost, a budget apart ---
    Report("term1", "Agency N", at(3, 3, 11),
           "The new passenger terminal at Tallinn airport will cost 310 million euros, Estonia's infrastructure "
           "minister Kadri Tamm said on Monday, against a budget of 180 million euros approved in 2019. The "
           "terminal will open two years late, in 2028, she said."),
    Report("term2", "Morning Ledger", at(3, 3, 17),
           "Estonia's National Audit Office said on Monday that the new Tallinn terminal would cost about "
           "420 million euros, not the 310 million euros the minister had given."),
    Report("term3", "City Radio", at(3, 4, 9),
           "The terminal, designed to handle 6 million passengers a year, will have 18 gates, Tallinn Airport "
           "said. Its chief executive, Riho Kask, said the airport handled a record 3.1 million passengers "
           "last year."),
    Report("term4", "Night Desk", at(3, 4, 15),
           "The audit office repeated its estimate of 420 million euros on Tuesday and said the builder, Baltic "
           "Construct, had already been paid 150 million euros. Parliament voted 54 to 41 to hold an inquiry."),
    # --- bird flu in Gelderland: infected farms and culled birds rising, the country's flock apart ---
    Report("avian1", "Agency N", at(11, 17, 14),
           "Bird flu has been found at three poultry farms in the Dutch province of Gelderland, and 210,000 "
           "chickens will be culled, the agriculture ministry said on Monday. Farms within 10 kilometres must "
           "keep their birds indoors."),
    Report("avian2", "Morning Ledger", at(11, 19, 10),
           "The number of Dutch poultry farms infected with bird flu rose to seven on Wednesday, all of them in "
           "Gelderland, and 540,000 birds are being culled, the agriculture ministry said."),
    Report("avian3", "City Radio", at(11, 19, 16),
           "The Dutch poultry farmers' union said on Wednesday that 540,000 birds were being killed on seven "
           "infected farms. Across the Netherlands, about 100 million chickens are kept on some 1,800 farms, "
           "the union said."),
    Report("avian4", "Night Desk", at(11, 21, 10),
           "Farmers whose flocks are culled will be compensated at 4.50 euros a bird, the ministry said on "
           "Friday, a sum the farmers' union called too low. The ministry has set aside 3 million euros for the "
           "payments. The outbreak is the country's worst since 2003."),
    Report("avian5", "Agency N", at(11, 21, 15),
           "Two more farms in Gelderland tested positive for bird flu on Friday, bringing the number of "
           "infected farms to nine and of culled birds to 780,000, the agriculture ministry said."),
    # --- a tornado in Marietta, Oklahoma: homes destroyed disputed, destroyed and damaged apart, injured rising ---
    Report("twister1", "Agency N", at(5, 12, 23),
           "A tornado tore through the town of Marietta in southern Oklahoma on Monday night, killing six "
           "people, the state's emergency management department said. The twister touched down at 8:10 p.m. "
           "and stayed on the ground for 22 miles, the National Weather Service said."),
    Report("twister2", "Morning Ledger", at(5, 13, 12),
           "Ninety homes were destroyed in Marietta, the Red Cross said, but Love County's emergency manager "
           "said his teams had counted 140. Six people were killed, officials said."),
    Report("twister3", "City Radio", at(5, 13, 18),
           "The National Weather Service said the Marietta tornado packed winds of up to 165 mph, and the state "
           "health department said 21 people had been injured. It was the second tornado to hit the town since "
           "2011. A high school baseball game in nearby Ardmore, which the home side led 5-3, was called off as "
           "sirens sounded."),
    Report("twister4", "Night Desk", at(5, 14, 10),
           "At least 35 people were injured by the tornado in Marietta, the Oklahoma State Department of Health "
           "said on Wednesday, up from 21 on Tuesday. Governor Dale Whitmore declared a state of emergency in "
           "12 counties."),
    Report("twister5", "Agency N", at(5, 14, 16),
           "Love County's emergency manager, Tom Reyes, said on Wednesday that 140 homes had been destroyed and "
           "another 300 damaged, and that the Red Cross count of 90 left out homes on the edge of town."),
    # --- dead fish in the Danube near Novi Sad: tonnes collected rising, the ministry against fishermen on the stretch ---
    Report("fish1", "Agency N", at(6, 2, 15),
           "Workers have pulled 12 tonnes of dead fish from the Danube near Novi Sad since Saturday, Serbia's "
           "environment ministry said on Monday. The ministry blamed a sudden drop in oxygen after the water "
           "temperature reached 27C."),
    Report("fish2", "Morning Ledger", at(6, 3, 12),
           "The fishermen's association of Vojvodina said dead fish had been seen along 90 kilometres of the "
           "Danube, while the environment ministry said the die-off was limited to 35 kilometres below Novi "
           "Sad."),
    Report("fish3", "City Radio", at(6, 4, 10),
           "The amount of dead fish removed from the Danube in Serbia rose to 31 tonnes on Wednesday, the "
           "environment ministry said. Fishing has been banned on the river for 30 days."),
    Report("fish4", "Night Desk", at(6, 4, 16),
           "Zoran Petrovic, who chairs the fishermen's association, said on Wednesday that 90 kilometres of the "
           "river had been hit and that his 4,000 members had lost their income. The association is seeking "
           "2 million euros in compensation from a fertiliser plant upstream, which denies any leak."),
    Report("fish5", "Agency N", at(6, 5, 11),
           "Serbia's environment ministry said on Thursday that 31 tonnes of dead fish had been collected and "
           "that oxygen levels in the Danube were back to normal. Tests at 14 sampling points found no toxic "
           "chemicals, it said."),
    # --- an investment fraud in Cyprus: losses disputed across articles only, investors who came forward rising ---
    Report("fraud1", "Agency N", at(4, 7, 13),
           "Cypriot prosecutors charged the founder of the investment firm Larnaca Capital on Monday with "
           "defrauding 1,200 investors, saying they had lost 85 million euros. The founder, Andreas Kyriakou, "
           "52, denies the charges."),
    Report("fraud2", "Morning Ledger", at(4, 7, 18),
           "Lawyers for Andreas Kyriakou said on Monday that investors' losses came to no more than 30 million "
           "euros. A court in Nicosia set his bail at 2 million euros."),
    Report("fraud3", "City Radio", at(4, 9, 10),
           "Prosecutors said on Wednesday that 3,400 investors in Larnaca Capital had now come forward, up from "
           "the 1,200 they had identified on Monday, most of them pensioners aged between 65 and 80."),
    Report("fraud4", "Night Desk", at(4, 9, 16),
           "Andreas Kyriakou, who faces up to 15 years in prison if convicted, ran Larnaca Capital from 2016 "
           "until its collapse in January, promising investors returns of 12% a year. Prosecutors repeated that "
           "85 million euros had been lost."),
)

FIGURES = (
    LabelledFigure("building collapse deaths, Nairobi", "revised",
                   (("block1", "5"), ("block2", "12"), ("block4", "Seventeen"), ("block5", "17"))),
    LabelledFigure("people inside the Nairobi block", "disputed", (("block2", "40"), ("block2", "70"))),
    LabelledFigure("people rescued alive, Kasarani", "consistent", (("block3", "23"), ("block5", "23"))),
    LabelledFigure("floors approved, Kasarani block", "consistent", (("block4", "four"),)),
    LabelledFigure("floors built, Kasarani block", "consistent", (("block4", "seven"),)),
    LabelledFigure("payment per bereaved family, Nairobi", "consistent", (("block5", "100,000 shillings"),)),
    LabelledFigure("buildings to be audited, Nairobi", "consistent", (("block5", "350"),)),
    LabelledFigure("derailment deaths, Celje", "revised", (("rail1", "three"), ("rail3", "two"), ("rail5", "two"))),
    LabelledFigure("people aboard the derailed train", "disputed",
                   (("rail2", "240"), ("rail2", "310"), ("rail5", "310"))),
    LabelledFigure("derailment injured, Celje", "revised", (("rail2", "Forty"), ("rail3", "62"), ("rail5", "62"))),
    LabelledFigure("train's speed on the bend", "consistent", (("rail4", "125 km/h"),)),
    LabelledFigure("speed limit on the bend", "consistent", (("rail4", "80 km/h"),)),
    LabelledFigure("line repair cost", "consistent", (("rail5", "4 million euros"),)),
    LabelledFigure("skiers missing, Ischgl avalanche", "revised", (("aval1", "11"), ("aval2", "four"))),
    LabelledFigure("skiers rescued alive, Ischgl", "consistent", (("aval2", "seven"), ("aval5", "seven"))),
    LabelledFigure("skiers flown to hospital", "consistent", (("aval2", "Two"),)),
    LabelledFigure("avalanche deaths, Ischgl", "revised", (("aval3", "three"), ("aval4", "four"), ("aval5", "Four"))),
    LabelledFigure("width of the avalanche", "consistent", (("aval1", "400 metres"),)),
    LabelledFigure("dengue admissions this year, Bangladesh", "revised", (("dengue1", "41,200"), ("dengue4", "43,050"))),
    LabelledFigure("dengue admissions this year, Dhaka", "revised", (("dengue1", "18,500"), ("dengue4", "19,300"))),
    LabelledFigure("dengue deaths this year, Bangladesh", "disputed",
                   (("dengue1", "186"), ("dengue2", "260"), ("dengue5", "186"), ("dengue5", "260"))),
    LabelledFigure("buildings fined for standing water, Dhaka North", "consistent", (("dengue3", "1,300"),)),
    LabelledFigure("fines collected, Dhaka North", "consistent", (("dengue3", "4.6 million taka"),)),
    LabelledFigure("beds at Mugda hospital", "consistent", (("dengue3", "500"),)),
    LabelledFigure("dengue patients at Mugda hospital", "consistent", (("dengue3", "640"),)),
    LabelledFigure("passengers taken ill, Aurora Coast", "disputed",
                   (("cruise1", "94"), ("cruise1", "212"), ("cruise3", "212"), ("cruise5", "94"))),
    LabelledFigure("passengers aboard the Aurora Coast", "consistent", (("cruise2", "2,400"), ("cruise4", "2,400"))),
    LabelledFigure("crew aboard the Aurora Coast", "consistent", (("cruise2", "950"),)),
    LabelledFigure("crew with symptoms", "consistent", (("cruise2", "37"),)),
    LabelledFigure("Meridian Cruises share fall", "consistent", (("cruise4", "6%"),)),
    LabelledFigure("credit per passenger", "consistent", (("cruise4", "500 pounds"),)),
    LabelledFigure("passengers still confined to cabins", "consistent", (("cruise5", "3"),)),
    LabelledFigure("hailstorm injured, Munich", "consistent", (("hail1", "14"), ("hail5", "14"))),
    LabelledFigure("insured hail damage, Munich", "revised",
                   (("hail2", "600 million euros"), ("hail4", "1.1 billion euros"), ("hail4", "600 million euros"))),
    LabelledFigure("Bavarian emergency aid", "consistent", (("hail2", "50 million euros"),)),
    LabelledFigure("cars damaged by hail, Munich", "disputed",
                   (("hail3", "30,000"), ("hail3", "12,000"), ("hail5", "30,000"))),
    LabelledFigure("cost of the Tallinn terminal", "disputed",
                   (("term1", "310 million euros"), ("term2", "420 million euros"), ("term2", "310 million euros"),
                    ("term4", "420 million euros"))),
    LabelledFigure("approved budget of the Tallinn terminal", "consistent", (("term1", "180 million euros"),)),
    LabelledFigure("terminal capacity a year", "consistent", (("term3", "6 million"),)),
    LabelledFigure("Tallinn airport traffic last year", "consistent", (("term3", "3.1 million"),)),
    LabelledFigure("gates at the new terminal", "consistent", (("term3", "18"),)),
    LabelledFigure("paid to the builder so far", "consistent", (("term4", "150 million euros"),)),
    LabelledFigure("farms infected with bird flu, Gelderland", "revised",
                   (("avian1", "three"), ("avian2", "seven"), ("avian3", "seven"), ("avian5", "nine"))),
    LabelledFigure("birds culled, Gelderland", "revised",
                   (("avian1", "210,000"), ("avian2", "540,000"), ("avian3", "540,000"), ("avian5", "780,000"))),
    LabelledFigure("radius of the indoor order", "consistent", (("avian1", "10 kilometres"),)),
    LabelledFigure("chickens kept in the Netherlands", "consistent", (("avian3", "100 million"),)),
    LabelledFigure("poultry farms in the Netherlands", "consistent", (("avian3", "1,800"),)),
    LabelledFigure("compensation per culled bird", "consistent", (("avian4", "4.50 euros"),)),
    LabelledFigure("compensation fund for culled flocks", "consistent", (("avian4", "3 million euros"),)),
    LabelledFigure("farms newly infected on Friday", "consistent", (("avian5", "Two"),)),
    LabelledFigure("tornado deaths, Marietta", "consistent", (("twister1", "six"), ("twister2", "Six"))),
    LabelledFigure("tornado path length", "consistent", (("twister1", "22 miles"),)),
    LabelledFigure("homes destroyed, Marietta", "disputed",
                   (("twister2", "Ninety"), ("twister2", "140"), ("twister5", "140"), ("twister5", "90"))),
    LabelledFigure("tornado wind speed", "consistent", (("twister3", "165 mph"),)),
    LabelledFigure("tornado injured, Marietta", "revised", (("twister3", "21"), ("twister4", "35"), ("twister4", "21"))),
    LabelledFigure("counties under a state of emergency", "consistent", (("twister4", "12"),)),
    LabelledFigure("homes damaged, Marietta", "consistent", (("twister5", "300"),)),
    LabelledFigure("dead fish collected, Danube in Serbia", "revised",
                   (("fish1", "12 tonnes"), ("fish3", "31 tonnes"), ("fish5", "31 tonnes"))),
    LabelledFigure("Danube water temperature", "consistent", (("fish1", "27C"),)),
    LabelledFigure("stretch of the Danube with dead fish", "disputed",
                   (("fish2", "90 kilometres"), ("fish2", "35 kilometres"), ("fish4", "90 kilometres"))),
    LabelledFigure("fishermen's association members", "consistent", (("fish4", "4,000"),)),
    LabelledFigure("compensation sought by the fishermen", "consistent", (("fish4", "2 million euros"),)),
    LabelledFigure("water sampling points", "consistent", (("fish5", "14"),)),
    LabelledFigure("investors' losses, Larnaca Capital", "disputed",
                   (("fraud1", "85 million euros"), ("fraud2", "30 million euros"), ("fraud4", "85 million euros"))),
    LabelledFigure("investors defrauded, Larnaca Capital", "revised",
                   (("fraud1", "1,200"), ("fraud3", "3,400"), ("fraud3", "1,200"))),
    LabelledFigure("Kyriakou's bail", "consistent", (("fraud2", "2 million euros"),)),
    LabelledFigure("promised yearly returns", "consistent", (("fraud4", "12%"),)),
)

NO_FIGURE = (
    ("block1", "2:30 p.m."), ("block3", "Ten minutes"), ("block3", "twenty minutes"), ("block3", "an hour"),
    ("block4", "48-year-old"),
    ("rail1", "6:45 p.m."), ("rail4", "59"), ("rail4", "31 years"),
    ("aval3", "fourth"), ("aval3", "27-year-old"),
    ("aval4", "One metre"), ("aval4", "two metres"), ("aval4", "five metres"), ("aval4", "1999"),
    ("cruise2", "14-night"), ("cruise4", "48 hours"),
    ("hail1", "4"), ("hail1", "6 centimetres"), ("hail1", "20 minutes"), ("hail4", "2013"), ("hail5", "two days"),
    ("term1", "2019"), ("term1", "two years"), ("term1", "2028"), ("term4", "54"), ("term4", "41"),
    ("avian4", "2003"),
    ("twister1", "8:10 p.m."), ("twister3", "second"), ("twister3", "2011"), ("twister3", "5-3"),
    ("fish3", "30 days"),
    ("fraud1", "52"), ("fraud3", "65"), ("fraud3", "80"), ("fraud4", "15 years"), ("fraud4", "2016"),
)
