"""A ninth labelled set, unseen by the matcher's rules: 60 reports about 13 events unlike those of
the other sets (a locust invasion, a run on a savings bank, miners taken hostage, heat at a music
festival, a hurricane's power cuts, toxic bootleg liquor, a hot-air balloon crash, a doping case,
smog, a mass stranding of whales, an airport baggage failure, containers lost overboard, a stalled
cable car), written and labelled by hand without reading the matcher's or the extractor's code, and
never run through them before it was handed over.

It holds nine disputes (in one sentence with "while ... estimated the losses at", "well above the
lender's own figure of", "the excise department ... counted", "a number ... disputed, saying five
of its lifters had", "more than double the prefecture's count of", "nearly twice the airport's
figure of", "rejecting the doctors' estimate of"; across sentences with "called that 'a fraction'
of the real number, which it put at"; one side written in words, "sixty thousand", "five", "nine",
"eight"; a mine operator against the army on hostages seized across outlets the same day, and
again days later), nineteen revisions (tolls that rise over days, "At least 11" then 18 then
"Twenty-four"; customers without power that fall as power returns, across the island and in San
Juan, down to "all but 110,000"; bags stuck at an airport falling; hostages still held falling
while those freed rise; whales alive on a sandbar falling while those refloated rise; people left
in cable-car cabins falling within one day; people treated for heat and taken to hospital updated
within one day with "now stands at" and without any such word; an area infested by locusts; brick
kilns shut; containers washed ashore; arrests; a ship owner correcting its own count of lost
containers), consistent values repeated by several outlets and with qualifiers ("About 230" with
232 whales, "at least 20" with 24 passengers, "more than 1,400" with 1,460 schools), one quantity
in several wordings (knocked out power to, still without power, remained without electricity, all
but N have their power back; withdrew, pulled from, left the bank, took out; refloated, returned
to open water, saved; seized, taken hostage; released, let go, freed; stranded, trapped; died,
death toll, killed), scopes that must stay apart (a region's infested area and a town's; Puerto
Rico and San Juan; homes destroyed and homes damaged; a storm's damage and the insured part of
it; flights cancelled in all and one airline's part; Monday's withdrawals and Tuesday's; deposits
and withdrawals; injured and killed; passengers aboard and people hurt; hostages seized, freed,
still held and the foreigners among them; whales stranded, alive and refloated; containers lost,
hazardous and washed ashore; people trapped, brought down and still in the cabins; treated and
taken to hospital), several sums of money in one story (crop losses disputed and emergency aid;
withdrawals, deposits, a deposit guarantee and a state loan; damage, insured losses; cargo value
and a clean-up cost), and the traps: durations, clock times, years, ages, two votes, a score, an
aircraft model, a terminal's number, ordinals, rhetorical series inside quotes and the two ends of
two ranges.

Unlike some earlier sets, every labelled figure here holds at least two values: a value that is
the only one of its quantity is left unlabelled rather than labelled alone."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- desert locusts in Souss-Massa: the infested area grows, the farmers against the ministry on losses ---
    Report("locust1", "Wire Q", at(3, 3, 10),
           "Swarms of desert locusts have infested 12,000 hectares of farmland in Morocco's Souss-Massa region, "
           "the agriculture ministry said on Monday. Around the oasis town of Tata, 3,500 hectares of date palms "
           "and barley were hit, local officials said."),
    Report("locust2", "Capital Daily", at(3, 4, 9),
           "The area of Souss-Massa infested by locusts grew to 19,500 hectares on Tuesday, Morocco's agriculture "
           "ministry said. A single swarm can hold between 40 million and 80 million insects per square "
           "kilometre, the UN Food and Agriculture Organization said."),
    Report("locust3", "Metro 24", at(3, 4, 16),
           "The Moroccan Agricultural Federation said locusts had destroyed crops worth 900 million dirhams in "
           "Souss-Massa, while the agriculture ministry estimated the losses at 250 million dirhams. The "
           "government will release 100 million dirhams in emergency aid to farmers, Agriculture Minister "
           "Youssef Alami said."),
    Report("locust4", "The Courier", at(3, 5, 10),
           "Locusts have now infested 26,000 hectares in Souss-Massa, 3,500 hectares of them around Tata, the "
           "agriculture ministry said on Wednesday. Spraying aircraft flew 60 sorties overnight."),
    Report("locust5", "Wire Q", at(3, 6, 11),
           "The farmers' federation stood by its estimate of 900 million dirhams in crop losses on Thursday and "
           "called the ministry's figure of 250 million dirhams \"an insult\". Minister Youssef Alami said the "
           "100 million dirhams in aid would be paid within 30 days. Morocco's last invasion of this size was "
           "in 2004."),
    # --- a run on a savings bank in Riga: the bank against the central bank on Monday's withdrawals ---
    Report("bank1", "Wire Q", at(5, 12, 14),
           "Customers withdrew 140 million euros from Baltija Savings Bank in Riga on Monday after rumours spread "
           "online that the lender was about to fail, the bank said. The bank, which holds 2.3 billion euros in "
           "deposits, opened its 12 branches at 8:30 a.m. to long queues."),
    Report("bank2", "Capital Daily", at(5, 12, 19),
           "Latvia's central bank said 210 million euros had been pulled from Baltija Savings Bank on Monday, "
           "well above the lender's own figure of 140 million euros. Deposits of up to 100,000 euros are "
           "guaranteed by the state, the central bank said."),
    Report("bank3", "Metro 24", at(5, 13, 10),
           "Baltija Savings Bank said on Tuesday that it held deposits of 2.3 billion euros and that Monday's "
           "withdrawals had come to 140 million euros. \"We have cash for one day, two days, ten days of this,\" "
           "said its chief executive, Ilze Ozola, 47."),
    Report("bank4", "The Courier", at(5, 13, 18),
           "Withdrawals from Baltija Savings Bank slowed to 35 million euros on Tuesday, the bank said. Latvia's "
           "central bank stood by its estimate that 210 million euros had left the bank on Monday."),
    Report("bank5", "Wire Q", at(5, 14, 9),
           "Latvia's parliament voted 58 to 31 on Wednesday to let the finance ministry lend Baltija Savings Bank "
           "up to 500 million euros. Customers took out 35 million euros on Tuesday, the bank said, far less "
           "than on Monday."),
    # --- workers taken hostage at a gold mine in Mali: the operator against the army, the hostages freed ---
    Report("host1", "Wire Q", at(8, 4, 12),
           "Gunmen seized 27 workers at a gold mine near Kenieba in western Mali on Sunday night, the mine's "
           "operator, Faleme Gold, said on Monday."),
    Report("host2", "Metro 24", at(8, 4, 18),
           "Mali's army said on Monday that 31 workers had been taken hostage at the Kenieba gold mine, among "
           "them 6 foreigners. The attack began at about 11:20 p.m. and lasted 40 minutes, a security source "
           "said."),
    Report("host3", "Capital Daily", at(8, 6, 10),
           "Kidnappers released 8 of the workers seized at the Kenieba gold mine on Tuesday night, Mali's army "
           "said on Wednesday, and 23 were still being held."),
    Report("host4", "The Courier", at(8, 7, 15),
           "Twelve workers are still held by the kidnappers of the Kenieba miners, the army said on Thursday, "
           "after another 11 were let go overnight. The 19 freed so far were flown to Bamako for medical "
           "checks."),
    Report("host5", "Wire Q", at(8, 8, 9),
           "Faleme Gold, which still says 27 of its workers were seized, confirmed on Friday that 19 had been "
           "released and denied paying a ransom. The 6 foreign workers, from Ghana, Burkina Faso and China, "
           "remain in captivity, the company said."),
    # --- heat at a music festival in Szeged: organisers against police on the crowd, medics' counts within a day ---
    Report("fest1", "Metro 24", at(7, 19, 23),
           "Organisers of the Tisza Sound festival in Szeged said 85,000 people passed through its gates on "
           "Saturday; police, who counted from drones, said the crowd was closer to sixty thousand. The festival "
           "is being held for the eleventh time."),
    Report("fest2", "Capital Daily", at(7, 20, 11),
           "Medics at the Tisza Sound festival in Szeged have treated 140 people for heat exhaustion since "
           "Saturday, when the temperature reached 36C, and 12 were taken to hospital, the Hungarian ambulance "
           "service said on Sunday. Police said Saturday's crowd was about 60,000."),
    Report("fest3", "Wire Q", at(7, 20, 16),
           "The number of festival-goers treated for heat exhaustion in Szeged now stands at 230, with 19 taken "
           "to hospital, the ambulance service said on Sunday afternoon. A charity football match between medics "
           "and firefighters, won 4-2 by the medics, went ahead in the evening."),
    Report("fest4", "The Courier", at(7, 20, 22),
           "The Hungarian ambulance service said 260 people had been treated for heat exhaustion at the Tisza "
           "Sound festival and 19 had been taken to hospital. Organisers repeated that 85,000 people attended on "
           "Saturday. The headline act played for 95 minutes, finishing at 1:10 a.m."),
    # --- Hurricane Ines in Puerto Rico: power returns island-wide and in San Juan, a rising toll, damage and its insured part ---
    Report("hurr1", "Wire Q", at(9, 22, 8),
           "Hurricane Ines knocked out power to 1.2 million customers in Puerto Rico as it crossed the island "
           "overnight with winds of 120 mph, the utility LUMA Energy said on Monday. The storm made landfall "
           "near Humacao at 2:15 a.m."),
    Report("hurr2", "Capital Daily", at(9, 22, 18),
           "LUMA Energy said 870,000 customers in Puerto Rico were still without power on Monday evening. "
           "Governor Marisol Vega said 4 people had died in the storm, the strongest to hit the island since "
           "2017."),
    Report("hurr3", "Metro 24", at(9, 23, 10),
           "The death toll from Hurricane Ines in Puerto Rico rose to 7 on Tuesday, the governor's office said. "
           "LUMA Energy said 540,000 customers were still without power, 160,000 of them in San Juan."),
    Report("hurr4", "The Courier", at(9, 24, 9),
           "About 260,000 customers in Puerto Rico, 95,000 of them in San Juan, remained without electricity on "
           "Wednesday, LUMA Energy said. Governor Marisol Vega put the storm's damage at 3 billion dollars, of "
           "which insurers expect to pay 1.1 billion dollars. The island's housing department said 1,400 homes "
           "had been destroyed and 8,700 damaged."),
    Report("hurr5", "Wire Q", at(9, 25, 12),
           "Hurricane Ines has now killed 9 people in Puerto Rico, the governor's office said on Thursday, and "
           "all but 110,000 customers have their power back. Insurers put their share of the 3 billion dollars "
           "in damage at 1.1 billion dollars. Some 1,400 homes were destroyed and 8,700 damaged, the housing "
           "department said."),
    # --- toxic liquor in Siwan, Bihar: a rising toll, arrests, police against the excise department on the seizure ---
    Report("hooch1", "Metro 24", at(10, 15, 9),
           "At least 11 people have died after drinking illegally brewed liquor in Siwan district in India's "
           "Bihar state, police said on Wednesday. Bihar has banned the sale of alcohol since 2016."),
    Report("hooch2", "Capital Daily", at(10, 15, 18),
           "The death toll from toxic liquor in Bihar's Siwan district climbed to 18 by Wednesday evening, "
           "district officials said. Forty people were being treated at the district hospital, and police had "
           "arrested 6 suspected bootleggers."),
    Report("hooch3", "The Courier", at(10, 16, 10),
           "Twenty-four people have now died after drinking toxic liquor in Siwan, Bihar's prohibition minister "
           "said on Thursday. Police said they had seized 1,500 litres of methanol-laced spirit from a warehouse "
           "outside the town; the excise department, which joined the raid, counted 900 litres."),
    Report("hooch4", "Wire Q", at(10, 16, 16),
           "Police in Siwan have arrested 14 people, including a 52-year-old man they described as the main "
           "supplier. The excise department repeated that 900 litres of spirit had been seized, while police "
           "stuck to their figure of 1,500 litres."),
    Report("hooch5", "Metro 24", at(10, 17, 9),
           "The Bihar government will pay 400,000 rupees to the family of each of the 24 people who died after "
           "drinking toxic liquor in Siwan, officials said on Friday."),
    # --- a hot-air balloon crash in Cappadocia: a toll that rises, the injured and those aboard apart ---
    Report("balloon1", "Wire Q", at(4, 8, 8),
           "Two hot-air balloons collided over Goreme in Turkey's Cappadocia region shortly after dawn on "
           "Tuesday, and one fell into a valley, killing 3 tourists, the Nevsehir governor's office said. The "
           "other landed safely."),
    Report("balloon2", "Capital Daily", at(4, 8, 12),
           "The balloon that crashed near Goreme was carrying 24 passengers and its pilot, its operator said. "
           "Eleven people were injured, the governor's office said, and were taken to hospitals in Nevsehir and "
           "Kayseri."),
    Report("balloon3", "Metro 24", at(4, 8, 17),
           "The toll from the Cappadocia balloon crash rose to 4 on Tuesday afternoon when a Spanish tourist "
           "died in hospital in Kayseri, officials said. Turkey's civil aviation authority said at least 20 "
           "passengers had been aboard the balloon, which fell from about 300 metres."),
    Report("balloon4", "The Courier", at(4, 9, 10),
           "Four people were killed and 11 injured when a hot-air balloon crashed in Cappadocia, the governor's "
           "office said on Wednesday. All balloon flights over Goreme were suspended for 3 days. The pilot, 38, "
           "who had flown balloons for 12 years, was questioned by prosecutors."),
    # --- doping in Bulgarian weightlifting: the anti-doping centre against the federation ---
    Report("dope1", "Metro 24", at(6, 2, 11),
           "Bulgaria's anti-doping centre said on Monday that 9 weightlifters had tested positive for banned "
           "steroids in out-of-competition tests, a number the Bulgarian Weightlifting Federation disputed, "
           "saying five of its lifters had."),
    Report("dope2", "Capital Daily", at(6, 2, 17),
           "The Bulgarian Weightlifting Federation said only 5 of its athletes had failed doping tests and that "
           "the anti-doping centre's count was wrong. Two of the lifters won medals at the European "
           "championships in April, where Bulgaria finished third in the medal table."),
    Report("dope3", "The Courier", at(6, 3, 10),
           "The anti-doping centre's director, Petar Ivanov, repeated on Tuesday that nine weightlifters had "
           "tested positive. The centre has taken 120 samples from 64 lifters since January, he said."),
    Report("dope4", "Wire Q", at(6, 4, 15),
           "The International Weightlifting Federation's executive board voted 9-2 on Wednesday to suspend "
           "Bulgaria from international competition for 2 years. Bulgarian lifters won 12 Olympic gold medals "
           "between 1976 and 2000."),
    # --- smog in Lahore: the health department against young doctors on patients, schools and brick kilns ---
    Report("smog1", "Wire Q", at(11, 10, 9),
           "Lahore's air quality index reached 1,100 on Monday morning, according to the monitor IQAir. Punjab's "
           "government closed more than 1,400 schools in the city for 7 days."),
    Report("smog2", "Capital Daily", at(11, 10, 17),
           "Hospitals in Lahore treated 4,200 people for breathing problems over the weekend, the Punjab health "
           "department said. The Young Doctors Association called that \"a fraction\" of the real number, which "
           "it put at about 11,000."),
    Report("smog3", "Metro 24", at(11, 11, 10),
           "Authorities have shut 320 brick kilns around Lahore that were operating without filters, Punjab's "
           "environment department said on Tuesday. All 1,460 schools in the city will stay closed until the air "
           "improves, the education department said."),
    Report("smog4", "The Courier", at(11, 12, 10),
           "The number of brick kilns shut around Lahore rose to 510 on Wednesday, the environment department "
           "said. The health department stood by its count of 4,200 smog patients at the weekend, rejecting the "
           "doctors' estimate of 11,000 as \"alarmist\". Punjab's assembly voted 212 to 88 for a law to ban crop "
           "burning."),
    # --- pilot whales stranded in Macquarie Harbour: survivors fall, refloated whales rise ---
    Report("whale1", "Wire Q", at(9, 9, 8),
           "About 230 pilot whales have stranded on a sandbar in Macquarie Harbour on Tasmania's west coast, the "
           "state's Parks and Wildlife Service said on Tuesday. It was the second mass stranding in the harbour "
           "in 5 years."),
    Report("whale2", "Capital Daily", at(9, 9, 16),
           "Parks and Wildlife said 232 long-finned pilot whales had beached in Macquarie Harbour and 110 were "
           "still alive on the sandbar on Tuesday afternoon. Rescuers had already refloated 12 others using "
           "slings attached to boats."),
    Report("whale3", "Metro 24", at(9, 10, 10),
           "Rescuers have now returned 45 pilot whales to open water from Macquarie Harbour, and 62 whales left "
           "on the sandbar are still alive, the Parks and Wildlife Service said on Wednesday morning. Work "
           "resumed at 6:30 a.m."),
    Report("whale4", "The Courier", at(9, 10, 18),
           "By Wednesday evening 51 whales had been refloated in Macquarie Harbour, incident controller Kate "
           "Hollis said. Crews are working in shifts of 4 hours in water of 12C. \"One whale, five whales, fifty "
           "whales - every one we save matters,\" she said."),
    Report("whale5", "Wire Q", at(9, 11, 10),
           "The rescue in Macquarie Harbour ended on Thursday with 51 pilot whales saved out of the 232 that "
           "stranded, the Parks and Wildlife Service said. The carcasses will be towed out to sea."),
    # --- a baggage failure at Heathrow: the backlog falls, flights in all and one airline's part, passengers disputed ---
    Report("bag1", "Metro 24", at(1, 13, 12),
           "A fault in the baggage system at London's Heathrow Airport left 22,000 bags stuck in Terminal 5 on "
           "Monday, the airport said. Passengers were told to travel with hand luggage only."),
    Report("bag2", "Capital Daily", at(1, 13, 18),
           "Heathrow said 120 flights had been cancelled on Monday because of the baggage fault, 95 of them "
           "operated by British Airways, the terminal's main user. A Boeing 787 bound for Chicago left with none "
           "of its passengers' bags, the airline said."),
    Report("bag3", "Wire Q", at(1, 14, 9),
           "About 13,500 bags were still waiting to be reunited with their owners at Heathrow on Tuesday morning, "
           "the airport said, after engineers replaced a failed control unit overnight. British Airways said 95 "
           "of its flights had been cancelled on Monday."),
    Report("bag4", "The Courier", at(1, 14, 16),
           "Heathrow has cut the backlog of stranded bags to 4,000, the airport said on Tuesday afternoon. In "
           "all, 120 flights were cancelled on Monday and 18,000 passengers were affected, it said."),
    Report("bag5", "Metro 24", at(1, 14, 19),
           "Consumer group Which? said at least 30,000 passengers had been hit by the Heathrow baggage failure, "
           "nearly twice the airport's figure of 18,000. Passengers can claim up to 1,300 pounds for lost luggage, "
           "the group said."),
    # --- containers lost overboard off Brittany: the owner corrects its count, hazardous boxes disputed ---
    Report("box1", "Wire Q", at(2, 17, 10),
           "The container ship Nordic Meridian lost 46 containers overboard in a storm off Brittany on Sunday "
           "night, its Danish owner, Skagen Line, said on Monday. Waves reached 9 metres, Meteo-France said."),
    Report("box2", "Capital Daily", at(2, 17, 17),
           "France's Atlantic maritime prefecture said the Nordic Meridian had lost 46 containers in the Bay of "
           "Biscay, 3 of them carrying hazardous chemicals. The ship, built in 2011, can carry 14,000 "
           "containers."),
    Report("box3", "Metro 24", at(2, 18, 9),
           "Environmental group Robin des Bois said eight of the containers lost by the Nordic Meridian held "
           "hazardous goods, more than double the prefecture's count of 3, and called for the ship's manifest to "
           "be published."),
    Report("box4", "The Courier", at(2, 18, 16),
           "Skagen Line corrected its count on Tuesday, saying the Nordic Meridian had in fact lost 52 "
           "containers, after crew inspected the stacks in port at Brest. Twenty containers have washed up on "
           "beaches in Finistere, local authorities said."),
    Report("box5", "Wire Q", at(2, 19, 12),
           "The number of containers washed ashore in Finistere rose to 31 on Wednesday, the maritime prefecture "
           "said. The 52 containers lost held cargo worth about 4 million euros, Skagen Line said, and the "
           "regional council estimated the beach clean-up at 1.5 million euros."),
    # --- a cable car stalls over Tbilisi: people brought down and left in the cabins, updated within one day ---
    Report("cable1", "Metro 24", at(12, 6, 11),
           "A power failure stopped the cable car over Tbilisi's old town on Saturday morning, leaving 64 people "
           "stranded in 16 cabins above the Mtkvari river, Georgia's emergency service said."),
    Report("cable2", "Wire Q", at(12, 6, 14),
           "Rescuers using ropes have brought 26 people down from the stalled Tbilisi cable car, and 38 remain in "
           "the cabins, the emergency service said on Saturday afternoon."),
    Report("cable3", "Capital Daily", at(12, 6, 18),
           "Only 9 people are now left in the cabins of the Tbilisi cable car, emergency officials said on "
           "Saturday evening, with 55 brought down so far."),
    Report("cable4", "The Courier", at(12, 7, 9),
           "The last of the 64 people trapped on the Tbilisi cable car reached the ground safely late on "
           "Saturday after a rescue that lasted 13 hours, the emergency service said. The line, which opened in "
           "2012, carries up to 1,000 passengers an hour."),
)

FIGURES = (
    LabelledFigure("area infested by locusts, Souss-Massa", "revised",
                   (("locust1", "12,000 hectares"), ("locust2", "19,500 hectares"), ("locust4", "26,000 hectares"))),
    LabelledFigure("area infested around Tata", "consistent",
                   (("locust1", "3,500 hectares"), ("locust4", "3,500 hectares"))),
    LabelledFigure("crop losses to locusts, Souss-Massa", "disputed",
                   (("locust3", "900 million dirhams"), ("locust3", "250 million dirhams"),
                    ("locust5", "900 million dirhams"), ("locust5", "250 million dirhams"))),
    LabelledFigure("emergency aid to Moroccan farmers", "consistent",
                   (("locust3", "100 million dirhams"), ("locust5", "100 million dirhams"))),
    LabelledFigure("withdrawals from Baltija Savings Bank on Monday", "disputed",
                   (("bank1", "140 million euros"), ("bank2", "210 million euros"), ("bank2", "140 million euros"),
                    ("bank3", "140 million euros"), ("bank4", "210 million euros"))),
    LabelledFigure("withdrawals from Baltija Savings Bank on Tuesday", "consistent",
                   (("bank4", "35 million euros"), ("bank5", "35 million euros"))),
    LabelledFigure("deposits held by Baltija Savings Bank", "consistent",
                   (("bank1", "2.3 billion euros"), ("bank3", "2.3 billion euros"))),
    LabelledFigure("workers seized at the Kenieba mine", "disputed",
                   (("host1", "27"), ("host2", "31"), ("host5", "27"))),
    LabelledFigure("foreigners among the Kenieba hostages", "consistent", (("host2", "6"), ("host5", "6"))),
    LabelledFigure("Kenieba hostages still held", "revised", (("host3", "23"), ("host4", "Twelve"))),
    LabelledFigure("Kenieba hostages freed", "revised", (("host3", "8"), ("host4", "19"), ("host5", "19"))),
    LabelledFigure("Saturday's crowd at the Tisza Sound festival", "disputed",
                   (("fest1", "85,000"), ("fest1", "sixty thousand"), ("fest2", "60,000"), ("fest4", "85,000"))),
    LabelledFigure("festival-goers treated for heat exhaustion, Szeged", "revised",
                   (("fest2", "140"), ("fest3", "230"), ("fest4", "260"))),
    LabelledFigure("festival-goers taken to hospital, Szeged", "revised",
                   (("fest2", "12"), ("fest3", "19"), ("fest4", "19"))),
    LabelledFigure("customers without power, Puerto Rico", "revised",
                   (("hurr1", "1.2 million"), ("hurr2", "870,000"), ("hurr3", "540,000"), ("hurr4", "260,000"),
                    ("hurr5", "110,000"))),
    LabelledFigure("customers without power, San Juan", "revised", (("hurr3", "160,000"), ("hurr4", "95,000"))),
    LabelledFigure("hurricane deaths, Puerto Rico", "revised", (("hurr2", "4"), ("hurr3", "7"), ("hurr5", "9"))),
    LabelledFigure("hurricane damage, Puerto Rico", "consistent",
                   (("hurr4", "3 billion dollars"), ("hurr5", "3 billion dollars"))),
    LabelledFigure("insured hurricane losses, Puerto Rico", "consistent",
                   (("hurr4", "1.1 billion dollars"), ("hurr5", "1.1 billion dollars"))),
    LabelledFigure("homes destroyed by Hurricane Ines", "consistent", (("hurr4", "1,400"), ("hurr5", "1,400"))),
    LabelledFigure("homes damaged by Hurricane Ines", "consistent", (("hurr4", "8,700"), ("hurr5", "8,700"))),
    LabelledFigure("toxic liquor deaths, Siwan", "revised",
                   (("hooch1", "11"), ("hooch2", "18"), ("hooch3", "Twenty-four"), ("hooch5", "24"))),
    LabelledFigure("arrests over the toxic liquor, Siwan", "revised", (("hooch2", "6"), ("hooch4", "14"))),
    LabelledFigure("liquor seized in the Siwan raid", "disputed",
                   (("hooch3", "1,500 litres"), ("hooch3", "900 litres"), ("hooch4", "900 litres"),
                    ("hooch4", "1,500 litres"))),
    LabelledFigure("balloon crash deaths, Cappadocia", "revised",
                   (("balloon1", "3"), ("balloon3", "4"), ("balloon4", "Four"))),
    LabelledFigure("balloon crash injured, Cappadocia", "consistent", (("balloon2", "Eleven"), ("balloon4", "11"))),
    LabelledFigure("passengers aboard the crashed balloon", "consistent", (("balloon2", "24"), ("balloon3", "20"))),
    LabelledFigure("Bulgarian weightlifters who tested positive", "disputed",
                   (("dope1", "9"), ("dope1", "five"), ("dope2", "5"), ("dope3", "nine"))),
    LabelledFigure("people treated for smog at the weekend, Lahore", "disputed",
                   (("smog2", "4,200"), ("smog2", "11,000"), ("smog4", "4,200"), ("smog4", "11,000"))),
    LabelledFigure("schools closed in Lahore", "consistent", (("smog1", "1,400"), ("smog3", "1,460"))),
    LabelledFigure("brick kilns shut around Lahore", "revised", (("smog3", "320"), ("smog4", "510"))),
    LabelledFigure("pilot whales stranded, Macquarie Harbour", "consistent",
                   (("whale1", "230"), ("whale2", "232"), ("whale5", "232"))),
    LabelledFigure("whales still alive on the sandbar", "revised", (("whale2", "110"), ("whale3", "62"))),
    LabelledFigure("whales refloated, Macquarie Harbour", "revised",
                   (("whale2", "12"), ("whale3", "45"), ("whale4", "51"), ("whale5", "51"))),
    LabelledFigure("bags stuck at Heathrow", "revised",
                   (("bag1", "22,000"), ("bag3", "13,500"), ("bag4", "4,000"))),
    LabelledFigure("flights cancelled at Heathrow on Monday", "consistent", (("bag2", "120"), ("bag4", "120"))),
    LabelledFigure("British Airways flights cancelled on Monday", "consistent", (("bag2", "95"), ("bag3", "95"))),
    LabelledFigure("passengers affected by the Heathrow failure", "disputed",
                   (("bag4", "18,000"), ("bag5", "30,000"), ("bag5", "18,000"))),
    LabelledFigure("containers lost by the Nordic Meridian", "revised",
                   (("box1", "46"), ("box2", "46"), ("box4", "52"), ("box5", "52"))),
    LabelledFigure("lost containers holding hazardous goods", "disputed",
                   (("box2", "3"), ("box3", "eight"), ("box3", "3"))),
    LabelledFigure("containers washed ashore in Finistere", "revised", (("box4", "Twenty"), ("box5", "31"))),
    LabelledFigure("people trapped on the Tbilisi cable car", "consistent", (("cable1", "64"), ("cable4", "64"))),
    LabelledFigure("people still in the cable-car cabins", "revised", (("cable2", "38"), ("cable3", "9"))),
    LabelledFigure("people brought down from the cable car", "revised", (("cable2", "26"), ("cable3", "55"))),
)

NO_FIGURE = (
    ("locust2", "40 million"), ("locust2", "80 million"), ("locust5", "30 days"), ("locust5", "2004"),
    ("bank1", "8:30 a.m."), ("bank3", "one day"), ("bank3", "two days"), ("bank3", "ten days"), ("bank3", "47"),
    ("bank5", "58"), ("bank5", "31"),
    ("host2", "11:20 p.m."), ("host2", "40 minutes"),
    ("fest1", "eleventh"), ("fest3", "4-2"), ("fest4", "95 minutes"), ("fest4", "1:10 a.m."),
    ("hurr1", "2:15 a.m."), ("hurr2", "2017"),
    ("hooch1", "2016"), ("hooch4", "52-year-old"),
    ("balloon4", "3 days"), ("balloon4", "38"), ("balloon4", "12 years"),
    ("dope2", "third"), ("dope4", "9-2"), ("dope4", "2 years"), ("dope4", "1976"), ("dope4", "2000"),
    ("smog1", "7 days"), ("smog4", "212"), ("smog4", "88"),
    ("whale1", "second"), ("whale1", "5 years"), ("whale3", "6:30 a.m."), ("whale4", "4 hours"),
    ("whale4", "One whale"), ("whale4", "five whales"), ("whale4", "fifty whales"),
    ("bag1", "5"), ("bag2", "787"),
    ("box2", "2011"),
    ("cable4", "13 hours"), ("cable4", "2012"),
)
