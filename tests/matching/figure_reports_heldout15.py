"""A fifteenth labelled set, unseen by the matcher's rules: 72 reports about 15 events unlike those
of the other sets (wild mushroom poisoning, tourists trapped in a flooded cave, a contaminated cough
syrup, a prison riot, carbon monoxide in a ski hotel, an undersea internet cable cut, a livestock
carrier turned away with bulls aboard, meningococcal disease at a university, explosions at an
ammunition depot, drownings on a surf coast, a funfair ride breaking apart, pesticide drifting onto
farmworkers, lead poisoning near a battery recycling plant, asbestos closing schools, a gas explosion
in a restaurant), written and labelled by hand without reading the matcher's or the extractor's
code, and never run through them before it was handed over.

It holds ten disputes (in one sentence with "while ... put the number at", "but provincial police
said", "but the regional governor put the number of guests at", "but the finance ministry put the
daily loss at about", "while the ... union said", "while ... said it could link", "but the ... union
said the bill would be closer to", "while ... said its observers had counted"; across sentences with
no cue word, a regulator against a drug maker on bottles sold; across outlets on the same day with no
cue word, a welfare group against an exporter on bulls dead; restated later with "standing by its
count", "maintained that only", "rejected the rights group's count of", "not 180 as its owner said",
"far less than business groups had claimed", "a figure the exporter again disputed", "stood by its
count of", "rejecting the environmental group's figure of", "no more than"; one side written in
words, "nine", "three"), sixteen revisions (tolls that rise over days, "At least 12" then 19 then
"Twenty-three", "four" then "six" then "Six"; people in hospital rising, "At least 23" then 38 then
"Forty-one", "Forty-two" then "has risen to 57"; people still trapped in a cave falling within one
night, "13" then "Four"; guards still held falling; customers without internet falling to "all but
60,000"; bulls unloaded; meningococcal cases "Three" then "five" then "Seven"; injured rising with
"has climbed to" and "has risen to"; drownings on one coast, "Nine" then 11 then "Eleven"; children
tested and children with elevated lead levels; schools closed rising then falling, "four", "Nine",
"the nine", "seven"; pupils taught elsewhere), twenty consistent figures, repeated by several
outlets and with qualifiers agreeing ("about 3,200" with "some 3,200", "More than 6,000" with 6,400,
"More than 1,100" with 1,150, "about 19,000" with "Some 19,000", "about 1,400" with 1,400), one
quantity in several wordings (taken to hospital, hospitalised, treated in hospital; killed, died,
death toll; injured, hurt; inside, entered, gone in; trapped, remain; cut off, without internet,
restored for all but; sickened, reported symptoms, fallen ill), scopes that must stay apart (one
province and the whole country; people inside a cave and those still trapped; deaths and children in
hospital; a prison's capacity and its inmates; people in hospital and in intensive care; guests and
rooms; bulls aboard, dead and unloaded; drownings on one coast, in all France and last year; riders
and seats; injured and still in hospital; children tested, with elevated lead and needing
treatment; schools closed and schools to inspect; the injured and the two of them who died), and the
traps: clock times, durations, years, a date range, ages, two age ranges, a football score, a drug's
brand number, a ship's name with a number, an aircraft model, four phone numbers, ordinals
("second", "seventh", "first"), changes ("nine of them", "two missing swimmers", "Two of the nine",
"two of the injured") and a comparison with last year written "up from".

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body, with
the currency, unit or percent sign where heldout5's style takes it.
"""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- wild mushroom poisoning in Podlaskie: admissions rising, the national count disputed ---
    Report("mush1", "Continental Wire", at(9, 8, 14),
           "At least 23 people have been taken to hospital in Poland's Podlaskie province after eating wild "
           "mushrooms picked in forests near Bialystok, the provincial health authority said on Monday. Most "
           "had eaten death caps, which are easily mistaken for edible species, doctors said."),
    Report("mush2", "Warsaw Post", at(9, 9, 11),
           "The number of people hospitalised after eating poisonous mushrooms in Podlaskie rose to 38 on "
           "Tuesday, the provincial health authority said, and four of them have died. Six patients are "
           "waiting for liver transplants in Warsaw, among them a 9-year-old boy."),
    Report("mush3", "Polish Radio English", at(9, 9, 18),
           "The national poison control centre said it had recorded 112 cases of mushroom poisoning across "
           "Poland since September 1, while the health ministry put the number at 87. A hotline, 800 190 590, "
           "is open round the clock for people unsure about mushrooms they have picked."),
    Report("mush4", "Continental Wire", at(9, 10, 10),
           "Forty-one people have been treated in hospital in Podlaskie after eating wild mushrooms since "
           "Sunday, the provincial health authority said on Wednesday. Four of them have died, it said, and "
           "officials urged people not to eat mushrooms they could not identify."),
    Report("mush5", "Baltic Courier", at(9, 10, 16),
           "Poland's health ministry said on Wednesday that 87 cases of mushroom poisoning had been recorded "
           "nationwide this month, standing by its count, and that the poison centre's figure of 112 included "
           "calls that turned out not to be poisonings."),
    # --- a flooded cave in Quang Binh: the operator against the police on who went in, the trapped falling ---
    Report("cave1", "Asia Newswire", at(10, 6, 12),
           "Flash flooding trapped tourists and guides inside a cave in Vietnam's Quang Binh province on "
           "Monday, local authorities said. The tour operator said 14 people had entered the cave at 8 a.m., "
           "but provincial police said 19 people were inside when the water rose."),
    Report("cave2", "Saigon Daily", at(10, 6, 20),
           "Rescuers brought six people out of the flooded cave in Quang Binh on Monday evening, leaving 13 "
           "still trapped, provincial police said. About 120 rescuers, among them army divers, are at the "
           "site."),
    Report("cave3", "Channel Asia", at(10, 7, 9),
           "Army divers reached the people trapped in the Quang Binh cave overnight and brought out nine of "
           "them, police said on Tuesday. Four people, two of them guides, remain in a chamber about "
           "800 metres from the entrance, where the air is still good, police said."),
    Report("cave4", "Saigon Daily", at(10, 7, 19),
           "All 19 people who were inside the cave when it flooded are out, provincial police said on Tuesday "
           "evening, after divers brought out the last four. The tour operator, whose licence has been "
           "suspended, maintained that only 14 people had gone in."),
    # --- a contaminated cough syrup in Cameroon: a rising toll, the regulator against the maker on bottles ---
    Report("syrup1", "Global Wire", at(3, 11, 13),
           "At least 12 children have died of acute kidney injury in Cameroon after taking a contaminated "
           "cough syrup, the health ministry said on Tuesday. Laboratory tests found diethylene glycol in the "
           "syrup, sold under the name Tussiclear 100, the ministry said."),
    Report("syrup2", "Yaounde Tribune", at(3, 12, 10),
           "The number of children who have died after taking contaminated cough syrup in Cameroon rose to 19 "
           "on Wednesday, the health ministry said. Thirty-four children are being treated in hospital, eight "
           "of them on dialysis, most of them in Yaounde and Douala."),
    Report("syrup3", "Africa Broadcast", at(3, 12, 18),
           "Cameroon's medicines regulator said more than 25,000 bottles of the syrup had reached pharmacies "
           "and clinics. Its maker, Medipharm Douala, said 4,000 bottles had been distributed and that most had "
           "already been recalled. Pharmacies have been asked to report any remaining stock on the ministry's "
           "free line, 1510."),
    Report("syrup4", "Global Wire", at(3, 14, 11),
           "Twenty-three children have now died after taking the contaminated syrup, Cameroon's health "
           "ministry said on Friday, and 34 remain in hospital. Police arrested Medipharm Douala's 58-year-old "
           "managing director, and the regulator repeated that 25,000 bottles had been sold."),
    Report("syrup5", "Continental Daily", at(3, 14, 17),
           "Lawyers for Medipharm Douala, which has made medicines since 1998, said on Friday that no more "
           "than 4,000 bottles of the syrup had ever left its factory."),
    # --- a riot at Tacumbu prison: guards held falling, the dead disputed, capacity and inmates apart ---
    Report("riot1", "Latin Wire", at(7, 21, 8),
           "Inmates rioted at Tacumbu prison in Asuncion, Paraguay, on Sunday night and took 11 guards "
           "hostage, the justice ministry said. The prison, built for 1,500 inmates, holds about 3,200, the "
           "ministry said."),
    Report("riot2", "Asuncion Herald", at(7, 21, 16),
           "Seven guards were freed on Monday afternoon after negotiations, leaving four still held at "
           "Tacumbu, the justice ministry said. Police said 9 inmates had been killed in fighting between "
           "rival gangs, while the Paraguayan Human Rights Coordinator said its observers had counted 14 "
           "bodies."),
    Report("riot3", "Radio Sur", at(7, 22, 9),
           "The last guards held at Tacumbu were released unharmed early on Tuesday, ending a 30-hour "
           "standoff, and riot police retook the prison's second wing at 5:15 a.m., the justice ministry "
           "said."),
    Report("riot4", "Asuncion Herald", at(7, 23, 10),
           "Paraguay's justice minister said on Wednesday that nine inmates had died in the riot and rejected "
           "the rights group's count of 14, saying some bodies had been counted twice. Tacumbu, which holds "
           "some 3,200 inmates against a capacity of 1,500, will be closed by 2027, he said. Guards said 240 "
           "inmates had been moved to other prisons since Monday."),
    Report("riot5", "Latin Wire", at(7, 24, 15),
           "A judge in Asuncion ordered the pre-trial detention of 22 inmates accused of leading the Tacumbu "
           "riot, aged between 19 and 34. Relatives said they had not been allowed to visit for four days."),
    # --- carbon monoxide at a Bansko hotel: admissions rising, the owner against the governor on guests ---
    Report("co1", "Balkan Wire", at(1, 14, 10),
           "Forty-two guests and staff at a hotel in the Bulgarian ski resort of Bansko were taken to hospital "
           "with carbon monoxide poisoning on Tuesday, the regional health inspectorate said. A faulty boiler "
           "in the basement was blamed."),
    Report("co2", "Sofia Herald", at(1, 14, 18),
           "The number of people taken to hospital from the Bansko hotel has risen to 57, among them 12 "
           "children, the health ministry said on Tuesday evening. Eight are in intensive care in Sofia and "
           "Blagoevgrad."),
    Report("co3", "BNR English", at(1, 15, 9),
           "The hotel's owner said 180 guests had been staying at the hotel when the alarm was raised at "
           "6:40 a.m. on Tuesday, but the regional governor put the number of guests at 260."),
    Report("co4", "Balkan Wire", at(1, 16, 11),
           "Of the 57 people taken to hospital after the carbon monoxide leak in Bansko, 41 have been "
           "discharged and eight remain in intensive care, the health ministry said on Thursday."),
    Report("co5", "Mountain Times", at(1, 16, 16),
           "Blagoevgrad's governor repeated that 260 guests had been registered at the Bansko hotel, not 180 "
           "as its owner said, and prosecutors charged the hotel's 44-year-old maintenance technician. The "
           "hotel, which has 140 rooms, will stay closed until an inspection is complete."),
    # --- an undersea cable cut off Cape Verde: customers cut off falling, the cost a day disputed ---
    Report("cable1", "Atlantic Wire", at(4, 2, 12),
           "Most of Cape Verde lost internet access on Wednesday after the undersea cable linking the islands "
           "to the mainland was damaged, the operator CVTelecom said. About 210,000 customers were cut off, it "
           "said."),
    Report("cable2", "Praia Herald", at(4, 3, 10),
           "CVTelecom said on Thursday that 150,000 of its customers were still without internet after it "
           "moved some traffic to satellite links. Repairs could take up to three weeks, because the nearest "
           "cable ship is in Cape Town."),
    Report("cable3", "Lusophone Radio", at(4, 4, 9),
           "Internet service has been restored for all but 60,000 CVTelecom customers, the operator said on "
           "Friday. The chamber of commerce said the outage was costing the economy 1.5 million euros a day, "
           "but the finance ministry put the daily loss at about 400,000 euros."),
    Report("cable4", "Africa Business Daily", at(4, 4, 15),
           "Cape Verde's finance ministry said on Friday that the internet outage was costing the economy "
           "400,000 euros a day, far less than business groups had claimed. Tourism had been hit hardest, it "
           "said."),
    Report("cable5", "Praia Herald", at(4, 8, 11),
           "The cable ship Leon Thevenin reached the damaged section of cable, 1,200 metres below the surface, "
           "on Tuesday, CVTelecom said. The chamber of commerce repeated that the outage was costing "
           "1.5 million euros a day and called for compensation."),
    # --- bulls stuck aboard a carrier in Rijeka: a welfare group against the exporter on the dead ---
    Report("live1", "Adriatic Wire", at(2, 18, 12),
           "A livestock carrier, the Marwa 2, has been stuck in the Croatian port of Rijeka for 11 days with "
           "2,700 young bulls aboard after Libya refused to let it unload, Croatia's agriculture ministry said "
           "on Tuesday."),
    Report("live2", "Adriatic Times", at(2, 19, 10),
           "The group Animal Welfare Croatia said on Wednesday that 140 bulls had died aboard the Marwa 2 since "
           "it was turned away from Libya, and that their carcasses were still on the ship. Vets who boarded "
           "the vessel said its ventilation had failed."),
    Report("live3", "Croatian Radio English", at(2, 19, 18),
           "The exporter, Danube Livestock, said 35 bulls had died aboard the Marwa 2, most of them injured "
           "during loading, and that the rest of the 2,700 bulls it had loaded were in good health."),
    Report("live4", "Adriatic Wire", at(2, 21, 19),
           "Croatia's agriculture ministry ordered the bulls unloaded in Rijeka on Friday, and dockworkers had "
           "taken 1,300 of them off the Marwa 2 by evening. The animals will be held at a quarantine farm near "
           "Karlovac for 21 days."),
    Report("live5", "Adriatic Times", at(2, 22, 16),
           "The number of bulls unloaded from the Marwa 2 reached 2,500 on Saturday, the agriculture ministry "
           "said. Animal Welfare Croatia repeated that 140 animals had died on board, a figure the exporter "
           "again disputed."),
    # --- meningococcal disease at the University of Adelaide: cases rising, one death, students vaccinated ---
    Report("men1", "Australian Wire", at(5, 6, 11),
           "Three students at the University of Adelaide have been diagnosed with meningococcal disease, and "
           "one of them, a 19-year-old man, has died, SA Health said on Tuesday."),
    Report("men2", "Adelaide Daily", at(5, 7, 10),
           "The number of meningococcal cases linked to the University of Adelaide rose to five on Wednesday, "
           "SA Health said. About 2,000 students living in college accommodation will be offered antibiotics, "
           "and anyone with questions can call 1300 232 272."),
    Report("men3", "Southern Broadcasting", at(5, 8, 17),
           "SA Health said 6,400 students had been vaccinated at a clinic on the University of Adelaide campus "
           "in two days, and queues stretched for hours on Thursday. Students aged 18 to 24 are most at risk, "
           "it said."),
    Report("men4", "Australian Wire", at(5, 10, 12),
           "Seven students linked to the University of Adelaide have now contracted meningococcal disease, SA "
           "Health said on Saturday. One of them has died. More than 6,000 students have been vaccinated, and "
           "the clinic will stay open next week. It is the state's second cluster since 2023."),
    Report("men5", "Adelaide Daily", at(5, 10, 18),
           "A seventh case of meningococcal disease was confirmed at the University of Adelaide on Saturday, "
           "bringing the cluster to seven, SA Health said."),
    # --- explosions at an ammunition depot near Kentau: injured rising, evacuees and damaged homes agreed ---
    Report("ammo1", "Central Asia Wire", at(6, 24, 22),
           "A series of explosions at an army ammunition depot near the town of Kentau in southern Kazakhstan "
           "forced the evacuation of about 19,000 residents on Tuesday, the emergencies ministry said. The "
           "first blast was heard at 4:20 p.m."),
    Report("ammo2", "Steppe Herald", at(6, 25, 10),
           "Two people were killed and 47 injured by the explosions near Kentau, the health ministry said on "
           "Wednesday. Some 19,000 people have left Kentau and nearby villages, and blasts could still be heard "
           "at 9 a.m., the emergencies ministry said."),
    Report("ammo3", "Central Asia Wire", at(6, 25, 18),
           "The number of people hurt by the Kentau depot explosions has climbed to 62, the health ministry "
           "said on Wednesday evening. Kentau's mayor said 1,400 homes had been damaged, most of them by "
           "shattered windows."),
    Report("ammo4", "Kazakh Radio English", at(6, 26, 11),
           "Residents began returning to Kentau on Thursday after the fires at the depot, which stored about "
           "5,000 tonnes of artillery shells, were put out. The defence ministry said about 1,400 homes had "
           "been damaged and would be repaired at the state's expense."),
    Report("ammo5", "Steppe Herald", at(6, 27, 10),
           "Two people died and 62 were injured in the blasts at the Kentau depot, the health ministry said on "
           "Friday. The defence ministry said each damaged home would receive 500,000 tenge, and that the "
           "depot's commander, a 51-year-old colonel, had been suspended."),
    # --- drownings on the Landes and Gironde coast: a rising toll, France's count and last year's apart ---
    Report("drown1", "Euro Wire", at(7, 28, 10),
           "Nine people drowned along the Atlantic coast of the Landes and Gironde departments over the "
           "weekend, most of them swept away by rip currents, the prefecture said on Monday. Lifeguards pulled "
           "1,150 swimmers from the water on Saturday and Sunday, it said."),
    Report("drown2", "Bordeaux Courier", at(7, 29, 11),
           "The number of people who have drowned on the coasts of Landes and Gironde since Saturday rose to "
           "11 on Tuesday, after the bodies of two missing swimmers were found near Mimizan, the prefecture "
           "said."),
    Report("drown3", "Radio Atlantique", at(7, 29, 17),
           "The public health agency Sante publique France said 194 people had drowned across France since "
           "June 1, up from 121 at the same point last year. More than 1,100 swimmers were rescued on the "
           "Landes and Gironde coast at the weekend, lifeguards said."),
    Report("drown4", "Euro Wire", at(7, 30, 10),
           "Eleven people have drowned on the coast of Landes and Gironde since Saturday, the prefecture said "
           "on Wednesday, and red flags were flying on 14 beaches as waves of up to 3 metres were forecast. "
           "Lifeguards will work until 8 p.m., an hour later than usual."),
    Report("drown5", "Radio Atlantique", at(8, 1, 12),
           "Sante publique France said on Friday that 194 people had drowned in France between June 1 and "
           "July 27, against 121 at the same point last year, and that men over 65 accounted for a third of "
           "the deaths."),
    # --- a swing ride breaks apart at Antwerp's funfair: injured rising, riders and seats apart ---
    Report("ride1", "Benelux Wire", at(5, 25, 21),
           "A swing ride collapsed at the Sinksenfoor funfair in Antwerp on Sunday evening, injuring 17 "
           "people, the city's fire service said. One of the 40-metre ride's arms broke off at about "
           "7:50 p.m., shortly after fans returned from Royal Antwerp's 2-1 win over Gent."),
    Report("ride2", "Antwerp Gazette", at(5, 26, 9),
           "The number of people injured when a ride broke apart at Antwerp's funfair has risen to 24, the "
           "city said on Monday, as people who had gone home sought treatment. Nine remain in hospital."),
    Report("ride3", "Belgian Broadcast", at(5, 26, 18),
           "Police said 32 people had been on the swing ride when one of its arms broke off, though it has "
           "seats for 48. The operator, whose family has run fairground rides since 1962, said the ride had "
           "passed an inspection 12 days earlier."),
    Report("ride4", "Antwerp Gazette", at(5, 28, 10),
           "Nine people injured on the collapsed swing ride are still in hospital, the city said on Wednesday, "
           "and prosecutors have opened an investigation. The operator's lawyer said 32 people had been riding "
           "it, all of them above the minimum height."),
    Report("ride5", "Benelux Wire", at(5, 28, 16),
           "Antwerp's mayor closed every ride run by the operator and ordered checks on all 135 attractions at "
           "the funfair. Twenty-four people were hurt in the accident, police said."),
    # --- pesticide drift near Arvin: the county against the union on workers sickened ---
    Report("pest1", "US Wire", at(8, 19, 20),
           "Dozens of farmworkers fell ill on Tuesday after a pesticide sprayed on a neighbouring field drifted "
           "over a vineyard near Arvin in California's Kern County, county fire officials said. Twelve were "
           "taken to hospital in Bakersfield."),
    Report("pest2", "Valley Record", at(8, 20, 10),
           "Kern County's agricultural commissioner said 37 farmworkers had reported symptoms such as nausea "
           "and burning eyes after the pesticide drift near Arvin, while the United Farm Workers union said 65 "
           "workers had been sickened."),
    Report("pest3", "Central Valley Radio", at(8, 20, 18),
           "Ten of the 12 farmworkers taken to hospital after the pesticide drift near Arvin were released on "
           "Wednesday, the hospital said. The chemical was sprayed from an Air Tractor AT-802 crop duster at "
           "around 6:30 a.m., the commissioner's office said."),
    Report("pest4", "US Wire", at(8, 22, 11),
           "Kern County fined the spraying company, Valley Air Ag, 45,000 dollars on Friday and stood by its "
           "count of 37 sickened workers. The United Farm Workers said 65 had fallen ill and that many were "
           "afraid to come forward."),
    # --- lead near a battery plant in Kibarani: children tested and poisoned rising, deaths disputed ---
    Report("lead1", "East Africa Wire", at(10, 14, 12),
           "Blood tests on 410 children living near a battery recycling plant in Kibarani, outside Mombasa, "
           "found 160 with elevated lead levels, Kenya's health ministry said on Tuesday. The plant, which "
           "opened in 2017, has been shut down."),
    Report("lead2", "Coast Standard", at(10, 16, 10),
           "The number of children with elevated lead levels in Kibarani rose to 230 on Thursday, out of 690 "
           "tested so far, the health ministry said."),
    Report("lead3", "Kenya Broadcast", at(10, 16, 18),
           "The Centre for Justice, Governance and Environmental Action said 19 people in Kibarani had died of "
           "lead-related illness since the plant opened, while Mombasa county's health department said it "
           "could link three deaths to lead."),
    Report("lead4", "East Africa Wire", at(10, 20, 11),
           "Kenya's health ministry said on Monday that 1,050 children near the Kibarani plant had now been "
           "tested, and that 310 had elevated lead levels, 45 of them high enough to need chelation treatment. "
           "The plant's 63-year-old owner was charged in a Mombasa court."),
    Report("lead5", "Coast Standard", at(10, 21, 10),
           "Mombasa county repeated that only three deaths could be linked to lead, rejecting the "
           "environmental group's figure of 19. Treating the 45 children who need chelation will cost about "
           "14 million shillings, the health ministry said."),
    # --- asbestos in Cardiff schools: closures rising then falling, the council against a union on the cost ---
    Report("asb1", "UK Wire", at(9, 2, 13),
           "Cardiff council closed four primary schools on Tuesday after asbestos was found in ceiling tiles, "
           "affecting about 1,700 pupils. Inspectors will examine all 116 of the city's schools built between "
           "1960 and 1985, the council said."),
    Report("asb2", "Cardiff Post", at(9, 4, 10),
           "Nine Cardiff schools are now closed because of asbestos, the council said on Thursday, and some "
           "3,900 pupils are being taught at other sites or at home. Inspectors have checked 41 of the 116 "
           "schools on their list."),
    Report("asb3", "Welsh Broadcast", at(9, 4, 18),
           "Cardiff council put the cost of removing asbestos from its schools at 6 million pounds, but the "
           "National Education Union said the bill would be closer to 20 million pounds once all 116 schools "
           "had been checked."),
    Report("asb4", "UK Wire", at(9, 9, 12),
           "Two of the nine Cardiff schools closed over asbestos reopened on Tuesday, leaving seven shut and "
           "2,800 pupils still taught elsewhere, the council said, repeating its estimate of 6 million pounds "
           "for the removal work."),
    Report("asb5", "Cardiff Post", at(9, 9, 17),
           "The National Education Union's Wales secretary, Dafydd Hughes, 57, repeated that removing the "
           "asbestos would cost about 20 million pounds. Parents can call the council on 029 2087 2000."),
    # --- a gas explosion at an Izmir restaurant: a rising toll, the injured agreed ---
    Report("gas1", "Anatolia Wire", at(11, 20, 14),
           "A gas explosion tore through a fish restaurant in Izmir's Konak district at lunchtime on Thursday, "
           "killing four people and injuring 21, the provincial governor said. The blast, at 12:45 p.m., "
           "shattered windows up to 200 metres away."),
    Report("gas2", "Aegean Daily", at(11, 20, 21),
           "The death toll from the restaurant explosion in Izmir rose to six on Thursday evening after two of "
           "the injured died in hospital, the health ministry said."),
    Report("gas3", "Anatolian Broadcast", at(11, 21, 10),
           "Six people died and 21 were injured in Thursday's explosion at a restaurant in Izmir, the governor "
           "said on Friday. The restaurant's owner and two of its cooks were detained, and the 1978 building "
           "will be demolished."),
    Report("gas4", "Aegean Daily", at(11, 24, 11),
           "A leak from a 45-kilogram propane cylinder caused the blast that killed six people at the Izmir "
           "restaurant, investigators said on Monday. The municipality said 112 shops and homes nearby had been "
           "damaged and that the 21 people hurt in the explosion would receive 50,000 lira each."),
)

FIGURES = (
    LabelledFigure("people in hospital after eating mushrooms, Podlaskie", "revised",
                   (("mush1", "23"), ("mush2", "38"), ("mush4", "Forty-one"))),
    LabelledFigure("mushroom poisoning deaths, Podlaskie", "consistent", (("mush2", "four"), ("mush4", "Four"))),
    LabelledFigure("mushroom poisoning cases, Poland", "disputed",
                   (("mush3", "112"), ("mush3", "87"), ("mush5", "87"), ("mush5", "112"))),
    LabelledFigure("people inside the Quang Binh cave", "disputed",
                   (("cave1", "14"), ("cave1", "19"), ("cave4", "19"), ("cave4", "14"))),
    LabelledFigure("people still trapped in the cave", "revised", (("cave2", "13"), ("cave3", "Four"))),
    LabelledFigure("children dead after the cough syrup, Cameroon", "revised",
                   (("syrup1", "12"), ("syrup2", "19"), ("syrup4", "Twenty-three"))),
    LabelledFigure("children in hospital after the cough syrup", "consistent",
                   (("syrup2", "Thirty-four"), ("syrup4", "34"))),
    LabelledFigure("bottles of the syrup sold", "disputed",
                   (("syrup3", "25,000"), ("syrup3", "4,000"), ("syrup4", "25,000"), ("syrup5", "4,000"))),
    LabelledFigure("guards held hostage at Tacumbu", "revised", (("riot1", "11"), ("riot2", "four"))),
    LabelledFigure("capacity of Tacumbu prison", "consistent", (("riot1", "1,500"), ("riot4", "1,500"))),
    LabelledFigure("inmates held at Tacumbu", "consistent", (("riot1", "3,200"), ("riot4", "3,200"))),
    LabelledFigure("inmates killed in the Tacumbu riot", "disputed",
                   (("riot2", "9"), ("riot2", "14"), ("riot4", "nine"), ("riot4", "14"))),
    LabelledFigure("people taken to hospital from the Bansko hotel", "revised",
                   (("co1", "Forty-two"), ("co2", "57"), ("co4", "57"))),
    LabelledFigure("Bansko hotel guests in intensive care", "consistent", (("co2", "Eight"), ("co4", "eight"))),
    LabelledFigure("guests staying at the Bansko hotel", "disputed",
                   (("co3", "180"), ("co3", "260"), ("co5", "260"), ("co5", "180"))),
    LabelledFigure("CVTelecom customers without internet", "revised",
                   (("cable1", "210,000"), ("cable2", "150,000"), ("cable3", "60,000"))),
    LabelledFigure("daily cost of the internet outage, Cape Verde", "disputed",
                   (("cable3", "1.5 million euros"), ("cable3", "400,000 euros"), ("cable4", "400,000 euros"),
                    ("cable5", "1.5 million euros"))),
    LabelledFigure("bulls loaded aboard the Marwa 2", "consistent", (("live1", "2,700"), ("live3", "2,700"))),
    LabelledFigure("bulls dead aboard the Marwa 2", "disputed",
                   (("live2", "140"), ("live3", "35"), ("live5", "140"))),
    LabelledFigure("bulls unloaded in Rijeka", "revised", (("live4", "1,300"), ("live5", "2,500"))),
    LabelledFigure("meningococcal cases, University of Adelaide", "revised",
                   (("men1", "Three"), ("men2", "five"), ("men4", "Seven"), ("men5", "seven"))),
    LabelledFigure("meningococcal deaths, University of Adelaide", "consistent", (("men1", "one"), ("men4", "One"))),
    LabelledFigure("students vaccinated at the campus clinic", "consistent", (("men3", "6,400"), ("men4", "6,000"))),
    LabelledFigure("residents evacuated around Kentau", "consistent", (("ammo1", "19,000"), ("ammo2", "19,000"))),
    LabelledFigure("depot explosion deaths, Kentau", "consistent", (("ammo2", "Two"), ("ammo5", "Two"))),
    LabelledFigure("depot explosion injured, Kentau", "revised",
                   (("ammo2", "47"), ("ammo3", "62"), ("ammo5", "62"))),
    LabelledFigure("homes damaged, Kentau", "consistent", (("ammo3", "1,400"), ("ammo4", "1,400"))),
    LabelledFigure("drownings since Saturday, Landes and Gironde", "revised",
                   (("drown1", "Nine"), ("drown2", "11"), ("drown4", "Eleven"))),
    LabelledFigure("swimmers rescued at the weekend, Landes and Gironde", "consistent",
                   (("drown1", "1,150"), ("drown3", "1,100"))),
    LabelledFigure("drownings in France since June 1", "consistent", (("drown3", "194"), ("drown5", "194"))),
    LabelledFigure("drownings in France at the same point last year", "consistent",
                   (("drown3", "121"), ("drown5", "121"))),
    LabelledFigure("funfair ride injured, Antwerp", "revised",
                   (("ride1", "17"), ("ride2", "24"), ("ride5", "Twenty-four"))),
    LabelledFigure("funfair ride injured still in hospital", "consistent", (("ride2", "Nine"), ("ride4", "Nine"))),
    LabelledFigure("riders on the swing ride", "consistent", (("ride3", "32"), ("ride4", "32"))),
    LabelledFigure("farmworkers taken to hospital, Arvin", "consistent", (("pest1", "Twelve"), ("pest3", "12"))),
    LabelledFigure("farmworkers sickened by the pesticide drift", "disputed",
                   (("pest2", "37"), ("pest2", "65"), ("pest4", "37"), ("pest4", "65"))),
    LabelledFigure("children tested for lead, Kibarani", "revised",
                   (("lead1", "410"), ("lead2", "690"), ("lead4", "1,050"))),
    LabelledFigure("children with elevated lead levels, Kibarani", "revised",
                   (("lead1", "160"), ("lead2", "230"), ("lead4", "310"))),
    LabelledFigure("deaths linked to lead, Kibarani", "disputed",
                   (("lead3", "19"), ("lead3", "three"), ("lead5", "three"), ("lead5", "19"))),
    LabelledFigure("children needing chelation, Kibarani", "consistent", (("lead4", "45"), ("lead5", "45"))),
    LabelledFigure("Cardiff schools closed over asbestos", "revised",
                   (("asb1", "four"), ("asb2", "Nine"), ("asb4", "nine"), ("asb4", "seven"))),
    LabelledFigure("pupils taught elsewhere, Cardiff", "revised",
                   (("asb1", "1,700"), ("asb2", "3,900"), ("asb4", "2,800"))),
    LabelledFigure("Cardiff schools on the asbestos inspection list", "consistent",
                   (("asb1", "116"), ("asb2", "116"), ("asb3", "116"))),
    LabelledFigure("cost of removing asbestos, Cardiff schools", "disputed",
                   (("asb3", "6 million pounds"), ("asb3", "20 million pounds"), ("asb4", "6 million pounds"),
                    ("asb5", "20 million pounds"))),
    LabelledFigure("restaurant explosion deaths, Izmir", "revised",
                   (("gas1", "four"), ("gas2", "six"), ("gas3", "Six"), ("gas4", "six"))),
    LabelledFigure("restaurant explosion injured, Izmir", "consistent",
                   (("gas1", "21"), ("gas3", "21"), ("gas4", "21"))),
)

NO_FIGURE = (
    ("mush2", "9-year-old"), ("mush3", "September 1"), ("mush3", "800 190 590"),
    ("cave1", "8 a.m."), ("cave3", "nine"),
    ("syrup1", "Tussiclear 100"), ("syrup3", "1510"), ("syrup4", "58-year-old"), ("syrup5", "1998"),
    ("riot3", "30-hour"), ("riot3", "second"), ("riot3", "5:15 a.m."), ("riot4", "2027"),
    ("riot5", "19"), ("riot5", "34"), ("riot5", "four days"),
    ("co3", "6:40 a.m."), ("co5", "44-year-old"),
    ("cable2", "three weeks"),
    ("live1", "Marwa 2"), ("live1", "11 days"), ("live4", "21 days"),
    ("men1", "19-year-old"), ("men2", "1300 232 272"), ("men3", "two days"), ("men3", "18"), ("men3", "24"),
    ("men4", "second"), ("men4", "2023"), ("men5", "seventh"),
    ("ammo1", "first"), ("ammo1", "4:20 p.m."), ("ammo2", "9 a.m."), ("ammo5", "51-year-old"),
    ("drown2", "two"), ("drown3", "June 1"), ("drown4", "8 p.m."), ("drown4", "an hour"),
    ("drown5", "June 1"), ("drown5", "July 27"), ("drown5", "65"),
    ("ride1", "7:50 p.m."), ("ride1", "2-1"), ("ride3", "1962"), ("ride3", "12 days"),
    ("pest3", "AT-802"), ("pest3", "6:30 a.m."),
    ("lead1", "2017"), ("lead4", "63-year-old"),
    ("asb1", "1960"), ("asb1", "1985"), ("asb4", "Two"), ("asb5", "57"), ("asb5", "029 2087 2000"),
    ("gas1", "12:45 p.m."), ("gas2", "two"), ("gas3", "1978"), ("gas4", "45-kilogram"),
)
