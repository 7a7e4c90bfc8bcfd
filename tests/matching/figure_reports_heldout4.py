"""A fifth labelled set, unseen by the matcher's rules: 47 reports about 10 events unlike those of
the other sets, written and labelled by hand without reading the matcher's or the extractor's code,
and committed before it was run once.

It holds ten disputes (nine with both sources in one sentence, worded in different ways: "put the
number at", "a number ... disputed", "put the figure at", "only", "three times the"), eight
revisions (two tolls that rise over days, one of them with "seven more bodies" and one quoting the
day before's value; a count of sick pupils raised then lowered after a double count; a spill
estimate raised; an evacuation widened; a burned area that grows; ships queueing; damaged buildings
counted again), sources repeated by several outlets, one quantity in several wordings (customers,
households and homes without power; deaths, toll, bodies recovered), places and scopes that must
stay apart (Seoul and Busan, Albania and Durres, a region and one town, the capital and its
province, one province's landslide and its neighbour's, Auckland and New Zealand), money of
different things in one story (a fine and compensation, a fine and a clean-up cost, a per-meal price
and a contract, rebuilding and rent support), a pay claim against a pay offer, and the traps:
durations, clock times, years, ages, votes, a score, ordinals, rhetorical series inside quotes and
the two ends of a range."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a coal mine collapse in Zonguldak: a rising toll, the company against the union on who was below ---
    Report("mine1", "Wire A", at(4, 14, 20),
           "Part of a coal mine collapsed in Turkey's Zonguldak province on Monday, killing at least 11 miners, "
           "Energy Minister Kemal Aydin said. The roof of the gallery gave way at 3:40 p.m., some 300 metres "
           "below the surface, as the day shift was ending."),
    Report("mine2", "Daily B", at(4, 14, 23),
           "The state mining company TTK said 157 miners were underground when the gallery caved in, but the "
           "Genel-Is miners' union said more than 200 had gone down for the shift. \"One hour, two hours, five "
           "hours - the families have waited at the gate since the afternoon,\" a union official said."),
    Report("mine3", "Radio C", at(4, 15, 9),
           "The number of miners killed in the Zonguldak collapse has risen to 19, the provincial governor's "
           "office said on Tuesday. Rescuers were still trying to reach eight men trapped behind the rubble."),
    Report("mine4", "Evening Post", at(4, 16, 10),
           "Rescue teams brought out seven more bodies overnight, taking the death toll from Turkey's worst "
           "mining accident since 2014 to 26, the governor said on Wednesday. Among the dead was a 19-year-old "
           "apprentice on his first shift."),
    Report("mine5", "Wire A", at(4, 16, 15),
           "TTK said 26 miners had died and that everyone who had been missing was now accounted for. The "
           "company, which was fined 2.4 million lira for safety breaches last year, said it would pay "
           "1 million lira to each victim's family."),
    # --- a nurses' strike in New Zealand: the union against the health agency, in one sentence ---
    Report("nurse1", "Wire A", at(7, 30, 8),
           "Nurses at public hospitals across New Zealand began a 24-hour strike on Wednesday, with their union "
           "saying 36,000 had walked off the job, while Health New Zealand put the number of striking nurses "
           "at about 24,000."),
    Report("nurse2", "Daily B", at(7, 30, 12),
           "About 4,500 planned operations were postponed because of the nurses' strike, Health New Zealand "
           "said. The union is asking for a pay rise of 15% over three years; the agency has offered 1% a year."),
    Report("nurse3", "Radio C", at(7, 30, 17),
           "Health New Zealand said 4,500 operations and 12,000 outpatient appointments had been put off by the "
           "walkout. Hospitals in Auckland alone postponed 1,100 operations, a spokeswoman for the agency said."),
    Report("nurse4", "Evening Post", at(7, 31, 9),
           "Members of the nurses' union voted 6,712 to 1,403 last month to strike, the second stoppage by "
           "nurses this year. The union's chief executive, Anna Rewiti, 54, said on Thursday that 36,000 nurses "
           "had taken part, the most since 2018."),
    # --- a wildfire near Clearwater, British Columbia: evacuations widened, area growing, homes disputed ---
    Report("bcfire1", "Wire A", at(8, 4, 22),
           "A wildfire near Clearwater, British Columbia, forced about 4,000 people from their homes on Monday, "
           "provincial emergency officials said. The fire, started by lightning at about 4 p.m. on Sunday, had "
           "burned 9,500 hectares by evening."),
    Report("bcfire2", "Daily B", at(8, 5, 18),
           "Evacuation orders around Clearwater were widened on Tuesday to cover 11,500 people, the BC Wildfire "
           "Service said. In the town of Clearwater itself, 2,300 residents have been told to leave."),
    Report("bcfire3", "Radio C", at(8, 6, 9),
           "The Clearwater wildfire has destroyed 32 homes, British Columbia's emergency management minister "
           "said on Wednesday. The Thompson-Nicola Regional District, however, said its crews had counted 48 "
           "houses lost."),
    Report("bcfire4", "Evening Post", at(8, 6, 15),
           "More than 20,000 hectares have now burned and some 17,000 people are under evacuation orders, the "
           "BC Wildfire Service said on Wednesday. Regional district officials said 48 homes had been destroyed."),
    Report("bcfire5", "Wire A", at(8, 7, 10),
           "Firefighters have held the northern edge of the Clearwater fire for 36 hours, the wildfire service "
           "said on Thursday, but 17,000 people remain out of their homes. It is the province's third large "
           "fire of the season."),
    # --- a landslide in Antioquia, Colombia: a rising toll, the army against the mayor on the missing ---
    Report("mud1", "Wire A", at(10, 19, 23),
           "A landslide buried part of the village of La Esperanza in Colombia's Antioquia province on Sunday "
           "night, killing 14 people, the national disaster agency said. It struck at 11 p.m. after two days "
           "of heavy rain."),
    Report("mud2", "Daily B", at(10, 20, 11),
           "The army said 60 people were missing in La Esperanza, while the village's mayor put the figure at "
           "nearly 90. \"We are digging with our hands,\" the mayor told reporters."),
    Report("mud3", "Radio C", at(10, 20, 19),
           "At least 23 people are now known to have died in the La Esperanza landslide, Colombia's disaster "
           "agency said on Monday evening. Rescuers have pulled 11 people alive from the mud, it said."),
    Report("mud4", "Evening Post", at(10, 21, 10),
           "Thirty-one bodies have been recovered from the mud in Antioquia, the disaster agency said on "
           "Tuesday, up from 23 a day earlier. Another landslide in neighbouring Caldas province killed four "
           "people on Monday, local officials said."),
    Report("mud5", "Wire A", at(10, 21, 16),
           "Colombia's government pledged 25 billion pesos to rebuild La Esperanza, where 31 people died. The "
           "village's 1,200 residents have been moved to shelters, the disaster agency said."),
    # --- food poisoning at a school in Davao: a count raised then lowered, hospital cases disputed ---
    Report("lunch1", "Wire A", at(2, 11, 14),
           "At least 120 pupils fell ill after eating a school lunch of chicken and rice at an elementary "
           "school in Davao City on Tuesday, the city health office said. The children, aged between 6 and 12, "
           "complained of vomiting and stomach pains within an hour of the meal."),
    Report("lunch2", "Daily B", at(2, 11, 19),
           "Forty-three of the children were taken to hospital, the health office said, but the school's "
           "principal said only 28 had needed hospital treatment and the rest had been sent home."),
    Report("lunch3", "Radio C", at(2, 12, 9),
           "The number of pupils sickened by the school lunch in Davao rose to 187 on Wednesday, the city health "
           "office said, as more parents brought children to clinics. Samples of the chicken were sent to a "
           "laboratory in Manila, with results expected in 72 hours."),
    Report("lunch4", "Evening Post", at(2, 13, 10),
           "Davao's health office lowered its count of children who fell ill to 164 on Thursday, saying 23 had "
           "been recorded twice by two clinics. The caterer, which was paid 85 pesos a meal under a contract "
           "worth 3.2 million pesos, has been suspended, the city said."),
    Report("lunch5", "Wire A", at(2, 13, 15),
           "The city health office said 164 children had been affected, none of them seriously, and that 5 "
           "remained in hospital."),
    # --- a power cut in Buenos Aires: the distributor against the energy secretary, in one sentence ---
    Report("power1", "Wire A", at(1, 15, 2),
           "A power cut left large parts of Buenos Aires in the dark on a sweltering Tuesday night, with the "
           "distributor Edenor saying 450,000 of its customers had lost power, a number the national energy "
           "secretary disputed, putting it at more than 700,000 households. The temperature had reached 39C "
           "in the afternoon."),
    Report("power2", "Daily B", at(1, 15, 10),
           "The outage began at 9:52 p.m. when a transformer at a substation in the north of the city caught "
           "fire, Edenor said. Power had been restored to 310,000 customers by morning, the company said."),
    Report("power3", "Radio C", at(1, 15, 14),
           "Argentina's energy secretary, Lucia Ferraro, said more than 700,000 homes in the capital had lost "
           "electricity and that a further 150,000 were without power in the surrounding province of Buenos "
           "Aires. \"One night, two nights, three nights: people cannot live like this,\" she said."),
    Report("power4", "Evening Post", at(1, 15, 20),
           "Edenor, which said the fire had cut supply to 450,000 customers, faces a fine of up to 2 billion "
           "pesos, the regulator said. The distributor's shares fell 8% in Buenos Aires. A football match at "
           "the Monumental stadium was abandoned with River Plate leading 2-1."),
    # --- a refinery spill in Louisiana: an estimate raised, the parish against the company on the shoreline ---
    Report("refin1", "Wire A", at(5, 6, 20),
           "A pipeline at a refinery in Norco, Louisiana, leaked about 1,500 barrels of crude oil into a bayou "
           "on Tuesday, its owner, Delta Gulf Refining, said. The leak was stopped after six hours."),
    Report("refin2", "Daily B", at(5, 7, 12),
           "The U.S. Coast Guard said on Wednesday that the Norco spill was larger than first thought, "
           "estimating it at 4,200 barrels. Delta Gulf said it now accepted that estimate."),
    Report("refin3", "Radio C", at(5, 7, 18),
           "Parish President Joe Landry said 12 miles of marsh shoreline had been oiled by the Norco spill, "
           "three times the 4 miles Delta Gulf had reported. Some 350 workers were skimming oil from the bayou, "
           "the Coast Guard said."),
    Report("refin4", "Evening Post", at(5, 8, 10),
           "Louisiana's environment department fined Delta Gulf $1.2 million on Thursday. The company said the "
           "clean-up would cost about $40 million and that 4,200 barrels had leaked, in line with the Coast "
           "Guard's estimate."),
    Report("refin5", "Wire A", at(5, 8, 15),
           "Delta Gulf said on Thursday that 4 miles of shoreline had been affected, rejecting the parish's "
           "count. The refinery, built in 1961, processes 250,000 barrels of crude a day."),
    # --- a pension protest in Seoul: organisers against the police, Busan apart ---
    Report("rally1", "Wire A", at(3, 22, 12),
           "Organisers said a million people marched through central Seoul on Saturday against a planned "
           "pension reform; police estimated the crowd at 120,000."),
    Report("rally2", "Daily B", at(3, 22, 15),
           "Police said 120,000 people had joined the rally in Seoul and a further 35,000 had marched in Busan. "
           "The protest ran from 2 p.m. to 6 p.m."),
    Report("rally3", "Radio C", at(3, 22, 20),
           "The Korean Confederation of Trade Unions, which organised the march, said 1 million had turned out "
           "in Seoul, the largest crowd since 2016. About 6,000 police officers were deployed, the National "
           "Police Agency said."),
    Report("rally4", "Evening Post", at(3, 23, 9),
           "The pension bill, which would raise the retirement age from 63 to 65, passed its first reading "
           "161-119 last month. Police said on Sunday that 14 people had been detained in Seoul."),
    # --- a dock strike at Santos: the port against the shipping lines on stranded containers ---
    Report("dock1", "Wire A", at(9, 8, 10),
           "Dockworkers at Brazil's port of Santos, Latin America's busiest, went on strike on Monday after "
           "voting 812 to 97 to walk out, their union said. The port handles about 14,000 containers a day."),
    Report("dock2", "Daily B", at(9, 10, 12),
           "The strike has left 48,000 containers stranded on the quays at Santos, the port authority said on "
           "Wednesday, but the shipping lines' association Centronave put the number at 75,000."),
    Report("dock3", "Radio C", at(9, 10, 18),
           "The number of ships waiting to dock at Santos rose to 34 on Wednesday, up from 12 before the strike "
           "began, port data showed. Exporters say the stoppage is costing them $90 million a day."),
    Report("dock4", "Evening Post", at(9, 12, 10),
           "Fifty-two ships were waiting off Santos on Friday, the port authority said, as the strike entered "
           "its fifth day. Centronave said 75,000 containers were stuck at the port."),
    Report("dock5", "Wire A", at(9, 12, 16),
           "The union is demanding a 12% pay rise; port operators have offered 5.5%. Talks will resume at "
           "10 a.m. on Monday, a labour court judge said."),
    # --- an earthquake near Durres: injured disputed, damaged buildings counted again, Durres apart ---
    Report("durres1", "Wire A", at(6, 18, 6),
           "A magnitude 6.1 earthquake struck near the Albanian port city of Durres early on Wednesday, killing "
           "at least nine people, the defence ministry said. The quake hit at 4:12 a.m. at a depth of 10 km."),
    Report("durres2", "Daily B", at(6, 18, 14),
           "Nine people died and 310 were injured, Albania's health ministry said, while the Albanian Red Cross "
           "said more than 420 people had been hurt."),
    Report("durres3", "Radio C", at(6, 19, 9),
           "Engineers have found 1,100 buildings damaged across Albania, the government said on Thursday, 640 "
           "of them in Durres."),
    Report("durres4", "Evening Post", at(6, 21, 10),
           "The number of buildings damaged by Wednesday's earthquake has been raised to 2,600 as inspections "
           "reached outlying villages, Albania's reconstruction ministry said on Saturday. The state will spend "
           "150 million euros on rebuilding, and families whose homes were destroyed will get 5,000 euros in "
           "rent support for 12 months, the ministry said."),
    Report("durres5", "Wire A", at(6, 21, 15),
           "The death toll from the Albanian earthquake remained at nine on Saturday, the defence ministry said. "
           "Officials said 2,600 buildings had been damaged nationwide, about 1,900 of which could be repaired."),
)

FIGURES = (
    LabelledFigure("mine collapse deaths, Zonguldak", "revised",
                   (("mine1", "11"), ("mine3", "19"), ("mine4", "26"), ("mine5", "26"))),
    LabelledFigure("miners underground at the collapse", "disputed", (("mine2", "157"), ("mine2", "200"))),
    LabelledFigure("depth of the collapsed gallery", "consistent", (("mine1", "300 metres"),)),
    LabelledFigure("miners still trapped on Tuesday", "consistent", (("mine3", "eight"),)),
    LabelledFigure("bodies brought out overnight", "consistent", (("mine4", "seven"),)),
    LabelledFigure("TTK's safety fine last year", "consistent", (("mine5", "2.4 million lira"),)),
    LabelledFigure("compensation per victim's family", "consistent", (("mine5", "1 million lira"),)),
    LabelledFigure("striking nurses, New Zealand", "disputed",
                   (("nurse1", "36,000"), ("nurse1", "24,000"), ("nurse4", "36,000"))),
    LabelledFigure("operations postponed, New Zealand", "consistent", (("nurse2", "4,500"), ("nurse3", "4,500"))),
    LabelledFigure("operations postponed, Auckland", "consistent", (("nurse3", "1,100"),)),
    LabelledFigure("outpatient appointments put off", "consistent", (("nurse3", "12,000"),)),
    LabelledFigure("nurses' pay claim", "consistent", (("nurse2", "15%"),)),
    LabelledFigure("health agency's pay offer", "consistent", (("nurse2", "1%"),)),
    LabelledFigure("people evacuated, Clearwater wildfire", "revised",
                   (("bcfire1", "4,000"), ("bcfire2", "11,500"), ("bcfire4", "17,000"), ("bcfire5", "17,000"))),
    LabelledFigure("residents told to leave, town of Clearwater", "consistent", (("bcfire2", "2,300"),)),
    LabelledFigure("area burned, Clearwater wildfire", "revised",
                   (("bcfire1", "9,500 hectares"), ("bcfire4", "20,000 hectares"))),
    LabelledFigure("homes destroyed, Clearwater wildfire", "disputed",
                   (("bcfire3", "32"), ("bcfire3", "48"), ("bcfire4", "48"))),
    LabelledFigure("landslide deaths, La Esperanza", "revised",
                   (("mud1", "14"), ("mud3", "23"), ("mud4", "Thirty-one"), ("mud4", "23"), ("mud5", "31"))),
    LabelledFigure("people missing, La Esperanza", "disputed", (("mud2", "60"), ("mud2", "90"))),
    LabelledFigure("people pulled alive from the mud", "consistent", (("mud3", "11"),)),
    LabelledFigure("landslide deaths, Caldas", "consistent", (("mud4", "four"),)),
    LabelledFigure("rebuilding pledge, La Esperanza", "consistent", (("mud5", "25 billion pesos"),)),
    LabelledFigure("La Esperanza residents in shelters", "consistent", (("mud5", "1,200"),)),
    LabelledFigure("pupils taken ill, Davao school lunch", "revised",
                   (("lunch1", "120"), ("lunch3", "187"), ("lunch4", "164"), ("lunch5", "164"))),
    LabelledFigure("pupils treated in hospital, Davao", "disputed", (("lunch2", "Forty-three"), ("lunch2", "28"))),
    LabelledFigure("pupils counted twice", "consistent", (("lunch4", "23"),)),
    LabelledFigure("caterer's price per meal", "consistent", (("lunch4", "85 pesos"),)),
    LabelledFigure("caterer's contract", "consistent", (("lunch4", "3.2 million pesos"),)),
    LabelledFigure("pupils still in hospital on Thursday", "consistent", (("lunch5", "5"),)),
    LabelledFigure("homes without power, Buenos Aires city", "disputed",
                   (("power1", "450,000"), ("power1", "700,000"), ("power3", "700,000"), ("power4", "450,000"))),
    LabelledFigure("homes without power, Buenos Aires province", "consistent", (("power3", "150,000"),)),
    LabelledFigure("customers restored by morning", "consistent", (("power2", "310,000"),)),
    LabelledFigure("afternoon temperature, Buenos Aires", "consistent", (("power1", "39C"),)),
    LabelledFigure("Edenor's possible fine", "consistent", (("power4", "2 billion pesos"),)),
    LabelledFigure("Edenor share fall", "consistent", (("power4", "8%"),)),
    LabelledFigure("oil spilled at Norco", "revised",
                   (("refin1", "1,500 barrels"), ("refin2", "4,200 barrels"), ("refin4", "4,200 barrels"))),
    LabelledFigure("shoreline oiled, Norco spill", "disputed",
                   (("refin3", "12 miles"), ("refin3", "4 miles"), ("refin5", "4 miles"))),
    LabelledFigure("workers skimming oil", "consistent", (("refin3", "350"),)),
    LabelledFigure("Delta Gulf's state fine", "consistent", (("refin4", "$1.2 million"),)),
    LabelledFigure("Norco clean-up cost", "consistent", (("refin4", "$40 million"),)),
    LabelledFigure("refinery's daily throughput", "consistent", (("refin5", "250,000 barrels"),)),
    LabelledFigure("pension protest turnout, Seoul", "disputed",
                   (("rally1", "a million"), ("rally1", "120,000"), ("rally2", "120,000"), ("rally3", "1 million"))),
    LabelledFigure("pension protest turnout, Busan", "consistent", (("rally2", "35,000"),)),
    LabelledFigure("police officers deployed, Seoul", "consistent", (("rally3", "6,000"),)),
    LabelledFigure("protesters detained, Seoul", "consistent", (("rally4", "14"),)),
    LabelledFigure("containers handled a day at Santos", "consistent", (("dock1", "14,000"),)),
    LabelledFigure("containers stranded at Santos", "disputed",
                   (("dock2", "48,000"), ("dock2", "75,000"), ("dock4", "75,000"))),
    LabelledFigure("ships waiting off Santos", "revised",
                   (("dock3", "12"), ("dock3", "34"), ("dock4", "Fifty-two"))),
    LabelledFigure("exporters' daily losses", "consistent", (("dock3", "$90 million"),)),
    LabelledFigure("dockers' pay claim", "consistent", (("dock5", "12%"),)),
    LabelledFigure("port operators' pay offer", "consistent", (("dock5", "5.5%"),)),
    LabelledFigure("earthquake deaths, Albania", "consistent",
                   (("durres1", "nine"), ("durres2", "Nine"), ("durres5", "nine"))),
    LabelledFigure("earthquake injured, Albania", "disputed", (("durres2", "310"), ("durres2", "420"))),
    LabelledFigure("earthquake magnitude", "consistent", (("durres1", "6.1"),)),
    LabelledFigure("earthquake depth", "consistent", (("durres1", "10 km"),)),
    LabelledFigure("buildings damaged, Albania", "revised",
                   (("durres3", "1,100"), ("durres4", "2,600"), ("durres5", "2,600"))),
    LabelledFigure("buildings damaged, Durres", "consistent", (("durres3", "640"),)),
    LabelledFigure("damaged buildings that can be repaired", "consistent", (("durres5", "1,900"),)),
    LabelledFigure("state spending on rebuilding", "consistent", (("durres4", "150 million euros"),)),
    LabelledFigure("rent support per family", "consistent", (("durres4", "5,000 euros"),)),
)

NO_FIGURE = (
    ("mine1", "3:40 p.m."), ("mine2", "One hour"), ("mine2", "two hours"), ("mine2", "five hours"),
    ("mine4", "2014"), ("mine4", "19-year-old"), ("mine4", "first"),
    ("nurse1", "24-hour"), ("nurse2", "three years"), ("nurse4", "6,712"), ("nurse4", "1,403"),
    ("nurse4", "second"), ("nurse4", "54"), ("nurse4", "2018"),
    ("bcfire1", "4 p.m."), ("bcfire5", "36 hours"), ("bcfire5", "third"),
    ("mud1", "11 p.m."), ("mud1", "two days"),
    ("lunch1", "6"), ("lunch1", "12"), ("lunch1", "an hour"), ("lunch3", "72 hours"),
    ("power2", "9:52 p.m."), ("power3", "One night"), ("power3", "two nights"), ("power3", "three nights"),
    ("power4", "2-1"),
    ("refin1", "six hours"), ("refin5", "1961"),
    ("rally2", "2 p.m."), ("rally2", "6 p.m."), ("rally3", "2016"), ("rally4", "63"), ("rally4", "65"),
    ("rally4", "first"), ("rally4", "161-119"),
    ("dock1", "812"), ("dock1", "97"), ("dock4", "fifth"), ("dock5", "10 a.m."),
    ("durres1", "4:12 a.m."), ("durres4", "12 months"),
)
