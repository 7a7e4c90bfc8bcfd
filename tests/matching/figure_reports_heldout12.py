"""A twelfth labelled set, unseen by the matcher's rules: 57 reports about 14 events unlike those of
the other sets (bleachers collapsing at a school basketball final, a tractor protest, a district
heating breakdown in deep winter, a rabid stray dog, a furniture chain's insolvency, misprinted
ballot papers, a truck queue at a border crossing, a high-speed train stranded in the heat, a court
case over false disability pensions, lightning strikes, an evacuation for a wartime bomb, equine flu
halting horse racing, a count of rough sleepers, a hospital's computer failure), written and
labelled by hand without reading the matcher's or the extractor's code, and never run through them
before it was handed over.

It holds ten disputes (in one sentence with "while police put the crowd at", "while the GPA union
said", "but the animal welfare group ... put the number at", "but the ... hauliers' association said
it was nearly", "while the district magistrate's office said"; across sentences with no cue word at
all, city hall against a power plant's operator; across outlets on the same day with "more than
twice as many as police had counted", "not the 14.6 million euros prosecutors had cited", "far more
than the city council's count of", observers against an electoral commission; restated days later
with "not the 48,000 the district administration had counted" and "the company's figure of 1,400";
one side written in words, "Three thousand", "fourteen"), fifteen revisions (injured counts that
rise within one evening with "rose to"; people still in hospital falling, "down from 19"; arrests
that become "31 people had been detained ... up from the 12 arrests"; households without heating
that fall over three days to "all but 3,500 homes"; people bitten rising within one day without a
cue word, "Nineteen" after 11, then "rose to 23"; debts with "raised its estimate ... up from"; an
electoral commission correcting its own count of misprinted ballots with "not 1.2 million as it had
said earlier"; trucks queuing that fall, "down from 7,500"; passengers treated by paramedics,
updated within hours without a cue word; false pensions "up from the 230 named in the indictment";
a lightning toll that "climbed to" within hours and reached "Thirty-nine" the next day; residents
still inside a bomb's exclusion zone falling within two hours; infected horses in France and in
Chantilly; operations postponed), consistent values repeated by several outlets and with
qualifiers ("more than 400" with 412 passengers, "About 19,000" and "Some 19,000" with 19,000,
"about 3,800" with 3,800 employees, "About 3,000" with "Some 3,000" horses, "about 4,500" repeated),
one quantity in several wordings (hurt, injured; died, were killed; arrested, detained, arrests;
bitten, treated for bites; without heating, still without it, heating back in all but; leave their
homes, had to leave, evacuated; postponed; stuck, stranded; sleeping rough, sleeping on the
streets), scopes that must stay apart (Bihar and its Gaya district; France and Chantilly;
households without heating and apartment buildings without heating; injured, still in hospital and
dead; jobs at risk and all employees; stores and stores to close; ballots misprinted and registered
voters; trucks queuing and the queue's length; rough sleepers and people in shelters, this year's
count and last year's; pensions obtained and money lost; passengers aboard, treated and taken to
hospital; horses infected and horses stabled), several sums of money (debts raised, losses
disputed, compensation per passenger, per family and a sterilisation budget, prize money), and the
traps: durations, clock times, years, a date, ages, a basketball score, two vote counts, a power
plant's number, ordinals, a rhetorical series inside a quote, "500 more" (a demand, not a total)
and the two ends of two ranges.

As in the ninth set, a value that is the only one of its quantity is left unlabelled rather than
labelled alone, unless it is one side of a dispute. Values are labelled by the number token as
written in the report's body ("1.2" for "1.2 million", "4" for "4 lakh rupees", "Nineteen")."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- bleachers collapse at a basketball final in Cebu City: injured rising, the crowd disputed ---
    Report("bleach1", "Pacific Wire", at(3, 8, 9),
           "A section of wooden bleachers collapsed during a high school basketball final at a gymnasium in "
           "Cebu City on Saturday, injuring 27 people, the city's disaster risk reduction office said. The "
           "stand gave way early in the fourth quarter, with the home team trailing 61-58, witnesses said."),
    Report("bleach2", "Harbour Times", at(3, 8, 14),
           "The number of people hurt when bleachers collapsed at a Cebu City gymnasium rose to 46 late on "
           "Saturday, the disaster office said, as more spectators turned up at hospitals. The school that "
           "organised the final said about 3,000 people had been inside, while police put the crowd at 5,000 "
           "in a gym licensed for 3,500."),
    Report("bleach3", "Radio Meridian", at(3, 9, 4),
           "Two people died overnight of injuries suffered when bleachers collapsed at a basketball final in "
           "Cebu City, a 15-year-old student and a 62-year-old snack vendor, hospital officials said on "
           "Sunday. Of the 46 people injured, 19 were still in hospital."),
    Report("bleach4", "Continental Press", at(3, 10, 3),
           "Cebu City police said on Monday that 5,000 people had packed into the gymnasium for Saturday's "
           "final and that the organisers had kept selling tickets at the door long after the stand was full. "
           "Two people were killed and 46 injured when the bleachers gave way; the city has ordered 12 school "
           "gyms closed for inspection."),
    Report("bleach5", "Harbour Times", at(3, 13, 7),
           "Six people hurt in the Cebu City bleacher collapse remained in hospital on Thursday, down from 19 "
           "at the weekend, the city health office said. \"One plank cracked, then two, then the whole row "
           "went,\" said a coach whose team was on the court. The 12 gymnasiums closed for inspection will "
           "stay shut until engineers have checked them."),
    # --- a tractor protest in Brussels: police against the organisers on tractors, arrests rising ---
    Report("tractor1", "Continental Press", at(2, 20, 12),
           "Farmers drove 1,300 tractors into Brussels on Thursday to protest against falling milk prices and "
           "a planned EU trade deal with South American countries, police said, blocking roads around the "
           "European Parliament for most of the day. Dairy farmers say they are being paid 34 cents a litre, "
           "less than it costs them to produce it."),
    Report("tractor2", "Northern Courier", at(2, 20, 18),
           "Three thousand tractors came into Brussels for Thursday's farm protest, the organisers said, more "
           "than twice as many as police had counted. Police arrested 12 people after protesters set fire to "
           "hay bales and threw eggs and manure at officers, nine of whom were hurt."),
    Report("tractor3", "Evening Post", at(2, 21, 9),
           "Brussels police said on Friday that 31 people had been detained over Thursday's farmers' protest, "
           "up from the 12 arrests announced on Thursday evening. Nine officers were injured, none seriously, "
           "police said. City workers removed about 40 tonnes of manure and straw from the streets overnight."),
    Report("tractor4", "Daily Monitor", at(2, 21, 15),
           "The farmers' federation that organised the Brussels protest said on Friday that 3,000 tractors had "
           "taken part and that farmers would return in March if the milk price stayed at 34 cents a litre. "
           "Its president, Joris Maes, 57, said some members had driven for six hours to get there."),
    # --- a district heating breakdown in Ulaanbaatar: households without heat falling, buildings disputed ---
    Report("heat1", "Asia Desk", at(1, 14, 1),
           "A burst boiler pipe at Ulaanbaatar's Combined Heat and Power Plant No. 4 has cut heating to "
           "96,000 households in the Mongolian capital, where the temperature fell to minus 34C overnight, the "
           "city's emergency management agency said on Tuesday."),
    Report("heat2", "Pacific Wire", at(1, 14, 6),
           "Ulaanbaatar city hall said 214 apartment buildings were without heating on Tuesday. The plant's "
           "operator said the fault had left 160 buildings cold and that repairs would take up to 36 hours. "
           "Schools in six districts were closed."),
    Report("heat3", "Radio Meridian", at(1, 15, 2),
           "Heating has been restored to parts of Ulaanbaatar, but 41,000 households were still without it on "
           "Wednesday morning, the emergency management agency said. Hospitals have treated 58 people for "
           "hypothermia and frostbite, most of them elderly."),
    Report("heat4", "Globe Bulletin", at(1, 16, 4),
           "Heating was back on Thursday in all but 3,500 homes in Ulaanbaatar, the emergency management "
           "agency said, two days after a pipe burst at the city's fourth combined heat and power plant. The "
           "58 people treated for cold-related illness included 11 children."),
    # --- a rabid stray dog in Kozhikode: people bitten rising, the district's stray dogs disputed ---
    Report("dog1", "Asia Desk", at(5, 6, 6),
           "A stray dog bit 11 people, four of them children, in a market in Kozhikode in the Indian state of "
           "Kerala on Tuesday morning before residents cornered it, district officials said. Veterinarians "
           "later confirmed the dog had rabies."),
    Report("dog2", "Capital FM", at(5, 6, 12),
           "Nineteen people have been treated for bites after a rabid stray dog ran through a market in "
           "Kozhikode on Tuesday, the district medical officer said, and all of them have been given rabies "
           "vaccine and immunoglobulin."),
    Report("dog3", "Harbour Times", at(5, 7, 8),
           "The number of people bitten by a rabid stray dog in Kozhikode rose to 23 on Wednesday, the "
           "district medical officer said. Kozhikode's district administration said there were about 48,000 "
           "stray dogs in the district, but the animal welfare group Kindness Trust put the number at more "
           "than 70,000."),
    Report("dog4", "Daily Monitor", at(5, 12, 9),
           "A seven-year-old girl bitten on the face by a rabid dog in Kozhikode last week died in hospital on "
           "Monday, health officials said, the first death among the 23 people bitten. The Kerala government "
           "said it would spend 12 crore rupees on sterilising and vaccinating stray dogs."),
    Report("dog5", "Pacific Wire", at(5, 12, 13),
           "The animal welfare group Kindness Trust said on Monday that more than 70,000 stray dogs roamed "
           "Kozhikode district, not the 48,000 the district administration had counted, and that fewer than a "
           "fifth of them had been sterilised."),
    # --- a furniture chain's insolvency in Vienna: debts raised, the union against the company on jobs ---
    Report("furn1", "Continental Press", at(6, 3, 10),
           "Austrian furniture retailer Heimwerk Moebel filed for insolvency at the commercial court in Vienna "
           "on Tuesday with debts of 180 million euros, the creditors' association KSV said. The family-owned "
           "chain runs 41 stores and employs about 3,800 people."),
    Report("furn2", "Evening Post", at(6, 3, 16),
           "Heimwerk Moebel said 1,400 jobs were at risk under its restructuring plan, while the GPA union "
           "said 2,100 of the chain's 3,800 employees could lose their jobs. The company plans to close 18 of "
           "its 41 stores by the end of September."),
    Report("furn3", "Ledger Online", at(6, 5, 11),
           "Clearance sales will begin on Monday at the 18 Heimwerk Moebel stores that are to close, the "
           "retailer's court-appointed administrator said on Thursday. Heimwerk, Austria's second-largest "
           "furniture chain, was founded in 1962."),
    Report("furn4", "Globe Bulletin", at(6, 17, 12),
           "The administrator of Heimwerk Moebel raised its estimate of the chain's debts to 232 million euros "
           "on Tuesday, up from 180 million euros when it filed for insolvency two weeks ago, after finding "
           "unpaid rent and supplier bills. Creditors will vote on the restructuring plan on July 8."),
    Report("furn5", "Continental Press", at(6, 17, 17),
           "The GPA union said on Tuesday it still expected 2,100 jobs to go at Heimwerk Moebel, and that the "
           "company's figure of 1,400 left out warehouse and delivery staff employed by a subsidiary."),
    # --- misprinted ballots in Kogi state: the commission corrects itself, observers dispute late polling units ---
    Report("ballot1", "Globe Bulletin", at(11, 14, 13),
           "Nigeria's Independent National Electoral Commission said on Friday that 1.2 million ballot papers "
           "for Saturday's governorship election in Kogi state had been misprinted, with one party's logo "
           "missing, and would be reprinted overnight. Kogi has 1.9 million registered voters."),
    Report("ballot2", "Pacific Wire", at(11, 14, 20),
           "Nigeria's electoral commission corrected itself on Friday evening, saying 960,000 ballot papers "
           "for the Kogi election had been misprinted, not 1.2 million as it had said earlier. The reprinted "
           "papers were being flown to the state capital, Lokoja, on two air force planes."),
    Report("ballot3", "Radio Meridian", at(11, 15, 18),
           "Voting started late at 312 of Kogi's 3,508 polling units on Saturday because reprinted ballot "
           "papers arrived after the 8:30 a.m. opening, the electoral commission said. The observer coalition "
           "Vote Watch Nigeria said voting had been delayed at more than 900 polling units, some of them until "
           "the afternoon."),
    Report("ballot4", "Northern Courier", at(11, 16, 14),
           "The ruling party's candidate won the Kogi governorship election with 446,237 votes to 259,052 for "
           "his nearest rival, the electoral commission said on Sunday. Turnout was 39% of the state's "
           "1.9 million registered voters. Vote Watch Nigeria repeated that voting had started late at more "
           "than 900 polling units."),
    # --- trucks stuck at the Bulgarian-Turkish border: the queue shrinking, its length disputed ---
    Report("border1", "Continental Press", at(8, 4, 10),
           "A computer failure at Turkish customs at the Kapikule crossing left about 7,500 trucks queuing on "
           "the Bulgarian side of the border on Monday, Bulgaria's border police said. The customs system was "
           "down for 11 hours overnight, Turkish officials said."),
    Report("border2", "Evening Post", at(8, 4, 17),
           "The line of trucks at the Kapitan Andreevo checkpoint stretched for 18 kilometres on Monday, "
           "Bulgaria's border police said, but the Bulgarian hauliers' association said it was nearly "
           "40 kilometres long and that some drivers had waited 30 hours."),
    Report("border3", "Daily Monitor", at(8, 5, 9),
           "About 4,200 trucks were still waiting to cross into Turkey at Kapitan Andreevo on Tuesday morning, "
           "down from 7,500 on Monday, Bulgarian border police said, as Turkish customs cleared vehicles "
           "faster."),
    Report("border4", "Ledger Online", at(8, 6, 11),
           "Only 900 trucks were left in the queue at the Bulgarian-Turkish border on Wednesday, border police "
           "said. The Red Cross said it had handed out 6,000 bottles of water to drivers as temperatures "
           "hovered between 36C and 38C."),
    # --- a high-speed train stranded near Cordoba: passengers treated rising within hours ---
    Report("train1", "Globe Bulletin", at(7, 11, 19),
           "A high-speed train from Madrid to Seville has been stuck near Cordoba for more than four hours with "
           "412 passengers aboard and its air conditioning off after a power failure on the line, rail "
           "operator Renfe said on Friday. Paramedics had treated 8 passengers for heat exhaustion."),
    Report("train2", "Northern Courier", at(7, 11, 23),
           "Passengers on the stranded Madrid-Seville train were taken off and put on buses late on Friday, "
           "seven hours after it stopped, Renfe said. Paramedics treated 15 people, three of whom were taken "
           "to hospital in Cordoba, Andalusia's emergency service said."),
    Report("train3", "Southern Dispatch", at(7, 12, 10),
           "Renfe said on Saturday it would refund the fares of the more than 400 passengers on the train "
           "stranded near Cordoba and pay each of them 150 euros. The passengers' association Viajeros Unidos "
           "said the temperature in the carriages had reached 41C."),
    Report("train4", "Capital FM", at(7, 12, 16),
           "Spain's transport minister said the power failure that stranded 412 passengers near Cordoba on "
           "Friday was caused by the theft of copper cable, the third such theft on the line this year. Renfe "
           "confirmed that each passenger would receive 150 euros."),
    # --- false disability pensions in Naples: losses disputed, pensions found rising ---
    Report("court1", "Ledger Online", at(10, 1, 12),
           "A court in Naples on Wednesday convicted 19 people of running a scheme that, according to the "
           "indictment, obtained 230 disability pensions for people who were not disabled, among them three "
           "doctors and a former official of the pensions agency INPS. Prosecutors said the scheme had cost "
           "the state 14.6 million euros over eight years. The doctors were sentenced to between four and "
           "seven years in prison."),
    Report("court2", "Evening Post", at(10, 1, 17),
           "Lawyers for the people convicted in Naples said they would appeal, arguing that the state had lost "
           "less than 3.5 million euros, not the 14.6 million euros prosecutors had cited. Five of the 24 "
           "people charged were acquitted."),
    Report("court3", "Globe Bulletin", at(10, 2, 9),
           "The pensions agency INPS said on Thursday it had now identified 310 false disability pensions "
           "linked to the Naples scheme, up from the 230 named in the indictment, and would seek to recover "
           "the money. Nineteen people were convicted in the case on Wednesday."),
    # --- lightning in Bihar: a state toll rising within hours, a district's toll disputed ---
    Report("light1", "Asia Desk", at(6, 25, 10),
           "Lightning strikes killed 21 people across the Indian state of Bihar on Wednesday, most of them "
           "farmers planting rice in flooded fields, the state disaster management department said."),
    Report("light2", "Pacific Wire", at(6, 25, 15),
           "The death toll from lightning in Bihar climbed to 33 on Wednesday evening, the state disaster "
           "management department said, with nine deaths in Gaya district alone. The chief minister announced "
           "4 lakh rupees for the family of each victim."),
    Report("light3", "Capital FM", at(6, 25, 17),
           "In Gaya, the worst-hit district, a local lawmaker said fourteen people had been killed by "
           "lightning, while the district magistrate's office said nine. Lightning also killed 40 head of "
           "cattle in the district, officials said."),
    Report("light4", "Daily Monitor", at(6, 26, 7),
           "Thirty-nine people were killed by lightning across Bihar on Wednesday, the state government said "
           "on Thursday, as reports came in from remote villages. The India Meteorological Department warned "
           "of more thunderstorms over the next 48 hours. Each victim's family will receive 4 lakh rupees."),
    # --- a wartime bomb in Osnabrueck: evacuees repeated with qualifiers, residents still inside falling ---
    Report("bomb1", "Northern Courier", at(4, 9, 6),
           "About 19,000 people must leave their homes in Osnabrueck on Wednesday so that experts can defuse a "
           "British aerial bomb from the Second World War weighing 500 kilograms, found on a building site, "
           "the city said. The exclusion zone has a radius of 1,000 metres."),
    Report("bomb2", "Continental Press", at(4, 9, 10),
           "Police in Osnabrueck said 140 residents were still inside the exclusion zone around an unexploded "
           "wartime bomb at noon, holding up efforts to defuse it. Some 19,000 people have had to leave, "
           "including patients from two hospitals."),
    Report("bomb3", "Evening Post", at(4, 9, 12),
           "Only 12 residents remained inside the exclusion zone around the wartime bomb in Osnabrueck at "
           "2 p.m., police said, and officers were going from door to door to get them out."),
    Report("bomb4", "Radio Meridian", at(4, 9, 17),
           "Experts defused the 500 kg bomb in Osnabrueck in 45 minutes on Wednesday afternoon, and the 19,000 "
           "people evacuated were allowed to return home, the city said. It was the 14th wartime bomb found in "
           "the city since 2020."),
    # --- equine flu in France: infected horses rising nationwide and in Chantilly ---
    Report("horse1", "Globe Bulletin", at(3, 24, 12),
           "France Galop cancelled all race meetings in France for a week on Monday after equine influenza was "
           "confirmed in 12 horses, most of them at training yards in Chantilly, north of Paris."),
    Report("horse2", "Evening Post", at(3, 26, 10),
           "The number of horses with confirmed equine flu in France rose to 27 on Wednesday, 22 of them in "
           "Chantilly, France Galop said. About 3,000 horses are stabled at the Chantilly training centre, "
           "which has been sealed off."),
    Report("horse3", "Ledger Online", at(3, 27, 15),
           "Some 3,000 racehorses in Chantilly have been confined to their stables since Monday, and trainers "
           "said the lost week of racing would cost them about 2 million euros in prize money and fees."),
    Report("horse4", "Continental Press", at(3, 28, 11),
           "France Galop said on Friday that 41 horses had tested positive for equine influenza in France, "
           "31 of them in Chantilly, and that racing would not resume before April 7."),
    # --- rough sleepers in Lisbon: the council's count against a charity's ---
    Report("home1", "Southern Dispatch", at(12, 4, 12),
           "Volunteers counting rough sleepers in Lisbon on the night of Tuesday to Wednesday found 2,970 "
           "people sleeping on the streets, the city council said on Thursday. About 1,100 volunteers took "
           "part in the count."),
    Report("home2", "Radio Meridian", at(12, 4, 17),
           "The charity Abrigo Lisboa said about 4,500 people were sleeping rough in the Portuguese capital, "
           "far more than the city council's count of 2,970, which it said had missed people sleeping in cars, "
           "tents and abandoned buildings."),
    Report("home3", "Ledger Online", at(12, 5, 10),
           "Lisbon's city council said 2,970 people were sleeping rough in the city and a further 4,100 were "
           "living in shelters or temporary housing. Its count a year earlier had found 2,150 rough sleepers."),
    Report("home4", "Capital FM", at(12, 5, 16),
           "Abrigo Lisboa repeated on Friday that about 4,500 people were sleeping rough in Lisbon and urged "
           "the council to open 500 more shelter beds before January."),
    # --- a computer failure at a Krakow hospital: operations postponed rising ---
    Report("hosp1", "Northern Courier", at(9, 22, 13),
           "A failure of the computer system at University Hospital in Krakow has forced it to postpone 180 "
           "planned operations since Saturday, the hospital said on Monday. Ambulances are being sent to other "
           "hospitals in the city."),
    Report("hosp2", "Daily Monitor", at(9, 24, 11),
           "University Hospital in Krakow said on Wednesday that 420 planned operations had now been postponed "
           "since its computer system failed on Saturday, and that 35 patients had been moved to other "
           "hospitals. The hospital, one of Poland's largest, has 1,300 beds."),
    Report("hosp3", "Continental Press", at(9, 25, 9),
           "Doctors at Krakow's University Hospital have written prescriptions and test orders by hand for five "
           "days. The hospital said on Thursday that its systems were partly working again after a faulty "
           "software update, and that the 35 patients moved elsewhere would return next week. In all, 420 "
           "operations were postponed."),
)

FIGURES = (
    # Cebu City bleachers
    LabelledFigure("people injured in the bleacher collapse, Cebu City", "revised",
                   (("bleach1", "27"), ("bleach2", "46"), ("bleach3", "46"), ("bleach4", "46"))),
    LabelledFigure("crowd in the Cebu City gymnasium", "disputed",
                   (("bleach2", "3,000"), ("bleach2", "5,000"), ("bleach4", "5,000"))),
    LabelledFigure("deaths in the bleacher collapse, Cebu City", "consistent",
                   (("bleach3", "Two"), ("bleach4", "Two"))),
    LabelledFigure("bleacher collapse injured still in hospital", "revised",
                   (("bleach3", "19"), ("bleach5", "Six"), ("bleach5", "19"))),
    LabelledFigure("school gyms closed for inspection, Cebu City", "consistent",
                   (("bleach4", "12"), ("bleach5", "12"))),
    # Brussels tractor protest
    LabelledFigure("tractors in the Brussels protest", "disputed",
                   (("tractor1", "1,300"), ("tractor2", "Three thousand"), ("tractor4", "3,000"))),
    LabelledFigure("milk price paid to dairy farmers", "consistent", (("tractor1", "34"), ("tractor4", "34"))),
    LabelledFigure("people arrested at the Brussels protest", "revised",
                   (("tractor2", "12"), ("tractor3", "31"), ("tractor3", "12"))),
    LabelledFigure("police officers hurt at the Brussels protest", "consistent",
                   (("tractor2", "nine"), ("tractor3", "Nine"))),
    # Ulaanbaatar heating
    LabelledFigure("households without heating, Ulaanbaatar", "revised",
                   (("heat1", "96,000"), ("heat3", "41,000"), ("heat4", "3,500"))),
    LabelledFigure("apartment buildings without heating, Ulaanbaatar", "disputed",
                   (("heat2", "214"), ("heat2", "160"))),
    LabelledFigure("people treated for cold, Ulaanbaatar", "consistent", (("heat3", "58"), ("heat4", "58"))),
    # Kozhikode rabid dog
    LabelledFigure("people bitten by the rabid dog, Kozhikode", "revised",
                   (("dog1", "11"), ("dog2", "Nineteen"), ("dog3", "23"), ("dog4", "23"))),
    LabelledFigure("stray dogs in Kozhikode district", "disputed",
                   (("dog3", "48,000"), ("dog3", "70,000"), ("dog5", "70,000"), ("dog5", "48,000"))),
    # Heimwerk Moebel insolvency
    LabelledFigure("debts of Heimwerk Moebel", "revised", (("furn1", "180"), ("furn4", "232"), ("furn4", "180"))),
    LabelledFigure("Heimwerk Moebel employees", "consistent", (("furn1", "3,800"), ("furn2", "3,800"))),
    LabelledFigure("Heimwerk Moebel stores", "consistent", (("furn1", "41"), ("furn2", "41"))),
    LabelledFigure("jobs at risk at Heimwerk Moebel", "disputed",
                   (("furn2", "1,400"), ("furn2", "2,100"), ("furn5", "2,100"), ("furn5", "1,400"))),
    LabelledFigure("Heimwerk Moebel stores to close", "consistent", (("furn2", "18"), ("furn3", "18"))),
    # Kogi ballots
    LabelledFigure("misprinted ballot papers, Kogi", "revised",
                   (("ballot1", "1.2"), ("ballot2", "960,000"), ("ballot2", "1.2"))),
    LabelledFigure("registered voters, Kogi", "consistent", (("ballot1", "1.9"), ("ballot4", "1.9"))),
    LabelledFigure("polling units where voting started late, Kogi", "disputed",
                   (("ballot3", "312"), ("ballot3", "900"), ("ballot4", "900"))),
    # Kapikule trucks
    LabelledFigure("trucks queuing at the Bulgarian-Turkish border", "revised",
                   (("border1", "7,500"), ("border3", "4,200"), ("border3", "7,500"), ("border4", "900"))),
    LabelledFigure("length of the truck queue at Kapitan Andreevo", "disputed", (("border2", "18"), ("border2", "40"))),
    # stranded train
    LabelledFigure("passengers aboard the stranded train", "consistent",
                   (("train1", "412"), ("train3", "400"), ("train4", "412"))),
    LabelledFigure("passengers treated by paramedics, stranded train", "revised", (("train1", "8"), ("train2", "15"))),
    LabelledFigure("compensation per passenger, stranded train", "consistent", (("train3", "150"), ("train4", "150"))),
    # Naples pensions
    LabelledFigure("people convicted in the Naples pensions case", "consistent",
                   (("court1", "19"), ("court3", "Nineteen"))),
    LabelledFigure("false disability pensions, Naples scheme", "revised",
                   (("court1", "230"), ("court3", "310"), ("court3", "230"))),
    LabelledFigure("cost of the Naples pensions scheme to the state", "disputed",
                   (("court1", "14.6"), ("court2", "3.5"), ("court2", "14.6"))),
    # Bihar lightning
    LabelledFigure("lightning deaths in Bihar", "revised",
                   (("light1", "21"), ("light2", "33"), ("light4", "Thirty-nine"))),
    LabelledFigure("lightning deaths in Gaya district", "disputed",
                   (("light2", "nine"), ("light3", "fourteen"), ("light3", "nine"))),
    LabelledFigure("compensation per family, Bihar lightning", "consistent", (("light2", "4"), ("light4", "4"))),
    # Osnabrueck bomb
    LabelledFigure("people evacuated for the bomb, Osnabrueck", "consistent",
                   (("bomb1", "19,000"), ("bomb2", "19,000"), ("bomb4", "19,000"))),
    LabelledFigure("weight of the bomb, Osnabrueck", "consistent", (("bomb1", "500"), ("bomb4", "500"))),
    LabelledFigure("residents still inside the exclusion zone", "revised", (("bomb2", "140"), ("bomb3", "12"))),
    # equine flu
    LabelledFigure("horses with equine flu in France", "revised",
                   (("horse1", "12"), ("horse2", "27"), ("horse4", "41"))),
    LabelledFigure("horses with equine flu in Chantilly", "revised", (("horse2", "22"), ("horse4", "31"))),
    LabelledFigure("horses stabled in Chantilly", "consistent", (("horse2", "3,000"), ("horse3", "3,000"))),
    # Lisbon rough sleepers
    LabelledFigure("people sleeping rough in Lisbon", "disputed",
                   (("home1", "2,970"), ("home2", "4,500"), ("home2", "2,970"), ("home3", "2,970"),
                    ("home4", "4,500"))),
    # Krakow hospital
    LabelledFigure("operations postponed, Krakow University Hospital", "revised",
                   (("hosp1", "180"), ("hosp2", "420"), ("hosp3", "420"))),
    LabelledFigure("patients moved to other hospitals, Krakow", "consistent", (("hosp2", "35"), ("hosp3", "35"))),
)

NO_FIGURE = (
    ("bleach1", "fourth"), ("bleach1", "61-58"), ("bleach3", "15-year-old"), ("bleach3", "62-year-old"),
    ("bleach5", "One"), ("bleach5", "two"),
    ("tractor4", "57"), ("tractor4", "six hours"),
    ("heat1", "No. 4"), ("heat2", "36 hours"), ("heat4", "two days"), ("heat4", "fourth"),
    ("dog4", "seven-year-old"), ("dog4", "first"),
    ("furn3", "second-largest"), ("furn3", "1962"), ("furn4", "two weeks"), ("furn4", "July 8"),
    ("ballot3", "8:30 a.m."), ("ballot4", "446,237"), ("ballot4", "259,052"),
    ("border1", "11 hours"), ("border2", "30 hours"), ("border4", "36C"), ("border4", "38C"),
    ("train1", "four hours"), ("train2", "seven hours"), ("train4", "third"),
    ("court1", "eight years"), ("court1", "four"), ("court1", "seven years"),
    ("light4", "48 hours"),
    ("bomb1", "Second"), ("bomb3", "2 p.m."), ("bomb4", "45 minutes"), ("bomb4", "14th"), ("bomb4", "2020"),
    ("horse1", "a week"), ("horse3", "week"), ("horse4", "April 7"),
    ("home4", "500 more"),
    ("hosp3", "five days"),
)
