"""A fourteenth labelled set, unseen by the matcher's rules: 70 reports about 15 events unlike those
of the other sets (a fireworks workshop explosion, anglers adrift on an ice floe, a parasite in a
city's tap water, wolves killing sheep, a cash depot robbery, a hack of a cryptocurrency exchange,
hypothermia at a marathon in sleet, a city's dams running low, hepatitis A from frozen berries, a
lorry fire in a road tunnel, drones closing an airport, scorpion stings after a storm, whooping cough
in schools, a fuel shortage, a fire in a pig barn), written and labelled by hand without reading the
matcher's or the extractor's code, and never run through them before it was handed over.

It holds ten disputes (in one sentence with "while ... put the number of damaged homes at", "but ...
put the number admitted at", "while ... said its crews had treated"; across sentences with no cue
word, police against a security company on the sum stolen, a regulator against truckers on tankers
queued at a border, a teachers' union against public health on schools affected; across outlets on
the same day with no cue word, an exchange against its regulator on accounts affected, a farm's
operator against an animal rights group on pigs killed; restated later with "far more than the
prefecture's count of", "not the 65 million police had cited", "not the 31 the airport had given",
"rejecting the regulator's figure of", "far more than the organisers had reported", "the FDSEA's
estimate of more than 3,000 could not be verified"; one side written in words, "ninety-six",
"fourteen thousand", "Nine"), sixteen revisions (a toll that rises over days, "nine" then 14 then
"Sixteen" then 16; people in hospital falling "down from 41"; anglers still on the floe falling
within one afternoon without any cue word; people ill rising with "rose to" and "up from"; arrests
with "detained", "arrested", "held", "in custody"; an exchange correcting its own count of stolen
assets with "not 180 million dollars as it had said", agreed by an analyst's "about 230 million
dollars"; runners and tunnel users taken to hospital, rising within hours without cue words; dam
levels falling week by week; hepatitis cases in Sweden; flights cancelled, "climbed to"; scorpion
stings within one day and the next; whooping cough cases in a region and in the whole province;
filling stations without fuel falling over a week; a police damage estimate "raised ... up from"),
seventeen consistent figures, repeated by several outlets and with qualifiers agreeing ("More than
200" with 214 anglers, "At least eight" with eight robbers, "More than 8,000" with 8,112 runners,
"about 31,000" with "Some 31,000", "more than 1,000" with 1,013 wolves, "more than 3,000" with
3,350 doses, "about 3 tonnes" repeated, "about 40,000" with "some 40,000", "About 60" with 60),
one quantity in several wordings (killing, death toll, have died, killed; cut off, stranded,
rescued; reported symptoms, fallen ill, cases; detained, arrested, held, in custody; treated for
stings, stung; run dry, without fuel; taken to hospital, treated in hospital), scopes that must
stay apart (a toll and the two injured who died overnight; people treated and people in hospital;
Sweden, Finland and the two together; a region and the whole province; stranded in all and still on
the floe; a gunpowder permit and what was stored; damaged homes and homes to be demolished; boreholes
working and boreholes to be drilled; wolves now and in 2018; accounts and customers; a farm's places
and the pigs killed; a 2016 explosion's toll and this one's), and the traps: durations, clock times,
race times, years, ages, a council vote, a rugby score, a car model, ordinals ("second",
"third", "second-largest"), changes ("Three more", "two of the injured"), rhetorical series inside
four quotes and the two ends of four ranges.

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body, with
the currency, unit or percent sign where heldout5's style takes it.
"""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a fireworks workshop explodes in Tultepec: a rising toll, the mayor against the state on damaged homes ---
    Report("fw1", "Wire East", at(3, 10, 22),
           "A blast ripped through a fireworks workshop in Tultepec, north of Mexico City, on Monday afternoon, "
           "killing nine people, the State of Mexico's civil protection agency said. A second explosion about "
           "20 minutes later injured several firefighters who had just arrived. The workshop held about "
           "3 tonnes of gunpowder, the agency said."),
    Report("fw2", "Harbour Post", at(3, 11, 14),
           "The death toll from Monday's fireworks explosion in Tultepec rose to 14 overnight, the state "
           "prosecutor's office said, and 41 people were being treated in hospitals in Tultepec and Cuautitlan. "
           "Mayor Armando Solis said 63 homes had been damaged, while state civil protection put the number of "
           "damaged homes at 112."),
    Report("fw3", "Evening Courier", at(3, 11, 19),
           "\"One spark, then two, and the whole street was shaking,\" said Rosa Hernandez, 52, who lives "
           "30 metres from the workshop. Tultepec, which makes much of Mexico's fireworks, has a long record of "
           "such accidents; an explosion at its San Pablito market in 2016 killed 42 people."),
    Report("fw4", "Wire East", at(3, 12, 15),
           "Sixteen people have now died as a result of the Tultepec fireworks explosion after two of the "
           "injured died overnight, the State of Mexico's health ministry said on Wednesday. Of the injured, "
           "26 remain in hospital, down from 41 on Tuesday, the ministry said."),
    Report("fw5", "Regional TV", at(3, 12, 20),
           "State civil protection said on Wednesday that the blast, which killed 16 people, had damaged 112 "
           "homes in Tultepec, 19 of them so badly that they will have to be demolished. The workshop's owner, "
           "who held a permit for 500 kilograms of gunpowder but kept about 3 tonnes on site, was arrested, "
           "prosecutors said."),
    # --- anglers adrift on Lake Peipus: those still on the ice falling within hours, the total repeated ---
    Report("ice1", "Wire East", at(2, 8, 11),
           "More than 200 people who had been fishing through the ice on Lake Peipus in eastern Estonia were "
           "cut off on Saturday when a large floe broke away from the shore near Kallaste, the Rescue Board "
           "said. A strong southerly wind was pushing the floe, about 2 kilometres long, out into the lake."),
    Report("ice2", "Regional TV", at(2, 8, 14),
           "Rescuers had brought 86 people off the drifting ice on Lake Peipus by helicopter and hovercraft by "
           "4 p.m., and 128 were still stranded, the Rescue Board said."),
    Report("ice3", "Harbour Post", at(2, 8, 17),
           "As night fell over Lake Peipus, 44 anglers remained on the floe, the Rescue Board said, and "
           "hovercraft crews were working in the dark. The air temperature had fallen to minus 9 degrees."),
    Report("ice4", "Wire East", at(2, 8, 21),
           "All 214 people stranded on an ice floe on Lake Peipus were brought ashore by Saturday evening, "
           "Estonia's Rescue Board said. Seven were taken to hospital in Tartu with hypothermia. \"It is the "
           "largest rescue we have ever carried out on the lake,\" said the board's regional chief, Kuno "
           "Tammearu."),
    Report("ice5", "Evening Courier", at(2, 9, 10),
           "Estonian police said on Sunday they would fine anglers who ignore ice warnings, after 214 people "
           "had to be rescued from a drifting floe on Lake Peipus. Of the seven anglers taken to hospital, two "
           "were still being treated in Tartu."),
    # --- cryptosporidium in Limerick's water: people ill rising, the HSE against the nurses on admissions ---
    Report("tap1", "Health Desk", at(9, 2, 12),
           "Uisce Eireann issued a boil-water notice on Tuesday for about 31,000 households in Limerick city "
           "and county after cryptosporidium was found at the Clareville treatment plant. The Health Service "
           "Executive said 47 people had reported symptoms of gastroenteritis."),
    Report("tap2", "Regional TV", at(9, 3, 18),
           "The number of people who have fallen ill since Limerick's water supply was contaminated rose to 118 "
           "on Wednesday, the HSE said. Nine of them had been admitted to University Hospital Limerick, the HSE "
           "said, but the Irish Nurses and Midwives Organisation, citing staff on the wards, put the number "
           "admitted at 17."),
    Report("tap3", "Wire East", at(9, 4, 10),
           "Some 31,000 households in Limerick will have to boil their tap water for at least two weeks, Uisce "
           "Eireann said on Thursday. Children under 5 and people over 70 are most at risk of serious illness, "
           "the HSE said."),
    Report("tap4", "Health Desk", at(9, 5, 16),
           "The HSE said on Friday that 163 cases of cryptosporidiosis linked to Limerick's water supply had "
           "been recorded, up from 118 on Wednesday, and that nine patients had been admitted to hospital. The "
           "nurses' union repeated that 17 had been admitted."),
    Report("tap5", "Business Daily", at(9, 5, 19),
           "Restaurants and cafes in Limerick say the boil-water notice is costing them about 400,000 euros a "
           "week. Uisce Eireann said about 31,000 households were still under the notice and that an "
           "ultraviolet treatment unit costing 2.5 million euros would be installed at Clareville."),
    # --- wolves in Savoie: the prefecture against the farmers' union on sheep killed, the wolf count apart ---
    Report("wolf1", "Wire East", at(10, 6, 11),
           "Wolves have killed 1,940 sheep in Savoie since January, the prefecture said on Monday, after a "
           "series of attacks on flocks in the Maurienne valley. The state pays breeders between 160 and "
           "250 euros for each animal lost, depending on its age."),
    Report("wolf2", "Harbour Post", at(10, 6, 17),
           "The FDSEA farmers' union in Savoie said on Monday that wolves had killed more than 3,000 sheep in "
           "the department this year, far more than the prefecture's count of 1,940, because many carcasses are "
           "never found in the mountains."),
    Report("wolf3", "Regional TV", at(10, 7, 9),
           "France's biodiversity office, the OFB, estimates the country's wolf population at 1,013 animals, up "
           "from 430 in 2018. Under the national wolf plan, up to 19% of the population may be shot each year."),
    Report("wolf4", "Evening Courier", at(10, 8, 14),
           "About 200 breeders marched through Chambery on Wednesday to demand that more wolves be shot. \"Ten "
           "sheep one night, twenty the next, and the state sends us a form,\" said Marc Gros, 61, a shepherd "
           "from Lanslebourg. The prefecture said it had paid 410,000 euros in compensation in Savoie this "
           "year."),
    Report("wolf5", "Wire East", at(10, 9, 10),
           "The prefect of Savoie said on Thursday that 1,940 sheep had been killed by wolves in the department "
           "this year and that the FDSEA's estimate of more than 3,000 could not be verified. France now has "
           "more than 1,000 wolves, according to the OFB."),
    # --- a cash depot robbery in Gothenburg: police against the security firm on the sum, arrests rising ---
    Report("heist1", "Wire East", at(4, 14, 6),
           "Armed robbers raided a cash depot run by Nordvakt Security in Gothenburg early on Monday, setting "
           "cars on fire to block the roads around it, police said. At least eight men took part in the raid, "
           "which began at 2:50 a.m. and lasted about 15 minutes."),
    Report("heist2", "Harbour Post", at(4, 14, 15),
           "Police in Gothenburg said the robbers had escaped with about 65 million kronor. Nordvakt Security "
           "said 38 million kronor had been taken. Four people were detained on Monday afternoon in the Angered "
           "district."),
    Report("heist3", "Regional TV", at(4, 15, 10),
           "Swedish police have arrested six people, among them a 19-year-old, over the Gothenburg cash depot "
           "robbery, and are still hunting members of the gang of eight who carried out the raid, a spokesman "
           "said."),
    Report("heist4", "Evening Courier", at(4, 16, 12),
           "Three more suspects were detained on Wednesday over the Gothenburg depot robbery, bringing the "
           "number held to nine, police said. Nordvakt Security, which has offered a reward of 2 million kronor, "
           "said 38 million kronor had been stolen, not the 65 million police had cited."),
    Report("heist5", "Wire East", at(4, 17, 9),
           "Prosecutors said on Thursday that nine people were in custody over the Gothenburg depot raid. The "
           "robbers escaped in a stolen Volvo XC90 and then by boat across the Gota river, police said."),
    # --- a hack of a Singapore crypto exchange: the exchange corrects the sum, the regulator disputes the accounts ---
    Report("crypto1", "Business Daily", at(6, 3, 4),
           "The Singapore-based cryptocurrency exchange Merlion Exchange said on Tuesday that hackers had stolen "
           "digital assets worth about 180 million dollars from one of its online wallets, and it suspended "
           "withdrawals for all of its 1.2 million customers."),
    Report("crypto2", "Wire East", at(6, 3, 11),
           "Merlion Exchange said 41,000 customer accounts had been affected by Tuesday's hack and that all of "
           "them would be repaid in full. The price of its own token fell 35% within hours."),
    Report("crypto3", "Harbour Post", at(6, 3, 16),
           "The Monetary Authority of Singapore said on Tuesday that some 64,000 accounts at Merlion Exchange "
           "had been affected by the theft, and ordered the exchange to set aside enough money to repay every "
           "customer."),
    Report("crypto4", "Business Daily", at(6, 4, 9),
           "Merlion Exchange said on Wednesday that hackers had taken 231 million dollars, not 180 million "
           "dollars as it had said on Tuesday, after an audit found that a second wallet had also been drained. "
           "The blockchain analysis firm Chainlens put the theft at about 230 million dollars."),
    Report("crypto5", "Wire East", at(6, 4, 15),
           "Merlion Exchange said it would cover all losses from its reserves and reopen withdrawals for its "
           "1.2 million customers within 72 hours. The exchange still put the number of affected accounts at "
           "41,000."),
    # --- the Warsaw Marathon in sleet: organisers against the ambulance service, hospital cases rising ---
    Report("mar1", "Regional TV", at(4, 27, 13),
           "More than 8,000 runners set off in the Warsaw Marathon on Sunday morning in sleet and temperatures "
           "of 1 to 3 degrees Celsius, and medics along the course were treating dozens of them for cold."),
    Report("mar2", "Wire East", at(4, 27, 16),
           "Kenya's Daniel Kiprop won the Warsaw Marathon in 2:09:41 and Ethiopia's Tigist Alemu took the "
           "women's race in 2:27:05. The city's ambulance service said 14 runners had been taken to hospital "
           "with hypothermia."),
    Report("mar3", "Evening Courier", at(4, 27, 20),
           "Race organisers said ninety-six runners had been treated for hypothermia during the Warsaw "
           "Marathon, while the city's ambulance service said its crews had treated 187 on the course. "
           "Twenty-three runners were taken to hospital, the ambulance service said."),
    Report("mar4", "Wire East", at(4, 28, 10),
           "\"Five kilometres, ten, fifteen - by halfway I couldn't feel my hands,\" said Anna Nowak, 34, who "
           "finished in just over four hours. Organisers said 8,112 runners had started the Warsaw Marathon and "
           "6,930 had finished it."),
    Report("mar5", "Health Desk", at(4, 28, 15),
           "Warsaw's ambulance service said on Monday that its crews had treated 187 marathon runners for "
           "hypothermia, far more than the organisers had reported, and that 23 had been taken to hospital, "
           "three of whom were still there."),
    # --- Bulawayo's dams running low: the level falling week by week ---
    Report("res1", "Wire East", at(10, 13, 10),
           "Bulawayo's five supply dams held 23.5% of their combined capacity on Monday, the city council said, "
           "and most suburbs will now go without piped water for 96 hours a week. Two of the dams were "
           "decommissioned last month after falling below 5%."),
    Report("res2", "Regional TV", at(10, 20, 9),
           "Bulawayo's dams have fallen to 21.8% of capacity, the city council said on Monday. Councillors "
           "voted 21 to 6 to ask the government to declare a water emergency in Zimbabwe's second-largest "
           "city."),
    Report("res3", "Harbour Post", at(10, 27, 11),
           "Dam levels in Bulawayo stood at 20.1% on Monday, the council's town engineer said. \"At this rate "
           "the water lasts about 130 days,\" he said. Residents have been queuing for hours at the city's "
           "40 boreholes."),
    Report("res4", "Evening Courier", at(10, 27, 17),
           "The Zimbabwe National Water Authority said the five dams supplying Bulawayo held 20.1% of their "
           "capacity and that it would drill 100 new boreholes, while residents' groups said fewer than half of "
           "the city's 40 existing boreholes worked."),
    # --- hepatitis A from frozen raspberries: cases rising in Sweden, Finland and the total apart ---
    Report("berry1", "Health Desk", at(7, 8, 10),
           "Sweden's Public Health Agency said on Tuesday that 38 people had fallen ill with hepatitis A after "
           "eating frozen raspberries sold by the grocery chain Fjallmat, which recalled about 40,000 bags of "
           "the berries."),
    Report("berry2", "Wire East", at(7, 10, 12),
           "The number of hepatitis A cases in Sweden linked to recalled frozen raspberries rose to 57 on "
           "Thursday, the Public Health Agency said. Finland's health institute THL said it had found nine "
           "cases linked to the same batch, which came from Serbia."),
    Report("berry3", "Business Daily", at(7, 10, 17),
           "Fjallmat said it had recalled some 40,000 bags of frozen raspberries and would refund customers in "
           "full. Symptoms of hepatitis A usually appear between 15 and 50 days after infection, doctors say."),
    Report("berry4", "Regional TV", at(7, 15, 9),
           "Sweden has recorded 84 cases of hepatitis A linked to frozen raspberries, up from 57 last week, and "
           "11 people have been treated in hospital, the Public Health Agency said on Tuesday. In Finland, the "
           "number of cases was unchanged at nine."),
    Report("berry5", "Wire East", at(7, 15, 14),
           "A total of 93 people in Sweden and Finland have caught hepatitis A from a single batch of Serbian "
           "raspberries, the European Centre for Disease Prevention and Control said on Tuesday."),
    # --- a lorry fire in the Oslofjord tunnel: hospital cases rising within hours, vehicles repeated ---
    Report("tun1", "Wire East", at(11, 18, 9),
           "A lorry caught fire deep inside the Oslofjord tunnel south of Oslo on Tuesday morning, filling it "
           "with smoke, the Norwegian Public Roads Administration said. About 60 vehicles were in the tunnel "
           "when the fire broke out at 7:40 a.m."),
    Report("tun2", "Regional TV", at(11, 18, 11),
           "Eleven people have been taken to hospital with smoke inhalation after the fire in the Oslofjord "
           "tunnel, police said. The tunnel, which runs 134 metres below sea level at its deepest point, will "
           "stay closed until at least Wednesday."),
    Report("tun3", "Harbour Post", at(11, 18, 15),
           "Police said 19 people had been taken to hospitals in Drammen and Oslo after breathing smoke in the "
           "Oslofjord tunnel, and that all 60 vehicles caught inside had been brought out. The lorry's driver, "
           "47, was among those taken to hospital."),
    Report("tun4", "Evening Courier", at(11, 19, 16),
           "The Oslofjord tunnel reopened on Wednesday afternoon after being shut for 31 hours. Twenty-two "
           "people were treated in hospital after the fire, the regional health trust said, and all but two "
           "have gone home. It was the third lorry fire in the tunnel since 2011."),
    # --- drones over Dublin Airport: cancellations rising, the airport against Ryanair on diversions ---
    Report("drone1", "Wire East", at(3, 15, 14),
           "Flights at Dublin Airport were halted on Saturday morning after drones were seen over the airfield, "
           "and 12 flights had been cancelled by noon, the airport's operator daa said. It was the third drone "
           "incursion at the airport this year."),
    Report("drone2", "Regional TV", at(3, 15, 20),
           "The number of flights cancelled at Dublin Airport because of drone sightings climbed to 47 on "
           "Saturday evening, daa said, and 31 flights were diverted to Shannon, Belfast and Manchester. About "
           "30,000 passengers were affected."),
    Report("drone3", "Harbour Post", at(3, 16, 10),
           "Ryanair said 44 flights bound for Dublin had been diverted during Saturday's drone disruption, not "
           "the 31 the airport had given, and called for the army to be allowed to bring drones down. Rugby "
           "fans flying home after Leinster's 27-22 win in Edinburgh were among those stranded."),
    Report("drone4", "Wire East", at(3, 16, 16),
           "Dublin Airport said on Sunday that flights were running normally again, and that on Saturday "
           "47 flights had been cancelled and 31 diverted, affecting some 30,000 passengers. Gardai said they "
           "had not found the drones' operators."),
    # --- scorpion stings in Aswan after a storm: stings rising within a day and the next ---
    Report("scorp1", "Wire East", at(11, 15, 10),
           "A rare storm and heavy rain in Egypt's Aswan province drove scorpions from their burrows into "
           "homes, and 130 people had been treated for stings by Saturday morning, the provincial health "
           "directorate said."),
    Report("scorp2", "Regional TV", at(11, 15, 21),
           "The number of people treated for scorpion stings in Aswan climbed to 387 by Saturday evening, "
           "Egypt's health ministry said, adding that 3,350 doses of antivenom had been sent to the province's "
           "hospitals."),
    Report("scorp3", "Harbour Post", at(11, 16, 10),
           "Egypt's health ministry said on Sunday that 503 people in Aswan had been stung by scorpions since "
           "the storm and that all but 4 had left hospital. The fat-tailed scorpions common in the area grow to "
           "between 8 and 10 centimetres."),
    Report("scorp4", "Wire East", at(11, 16, 15),
           "\"One in the kitchen, two in the bedroom, three in the children's shoes,\" said Fatma Hassan, 38, "
           "in the town of Kom Ombo. The health ministry said it had sent more than 3,000 doses of antivenom to "
           "Aswan, where 503 people were stung over the weekend."),
    # --- whooping cough in Saguenay: cases in the region and the province, the union against public health ---
    Report("pert1", "Health Desk", at(5, 5, 15),
           "Public health authorities in Quebec's Saguenay-Lac-Saint-Jean region said on Monday that 112 cases "
           "of whooping cough had been confirmed since March, most of them among pupils at 14 schools. Two "
           "infants too young to be vaccinated have died."),
    Report("pert2", "Regional TV", at(5, 6, 11),
           "The teachers' union in Saguenay said on Tuesday that whooping cough had been reported at 22 schools "
           "in the region. Regional public health says 14 schools are affected."),
    Report("pert3", "Wire East", at(5, 12, 10),
           "Confirmed whooping cough cases in Saguenay-Lac-Saint-Jean have reached 158, regional public health "
           "said on Monday. Quebec as a whole has recorded 2,360 cases this year."),
    Report("pert4", "Evening Courier", at(5, 12, 17),
           "The two infants who died of whooping cough in Saguenay were 6 weeks and 2 months old, the "
           "coroner's office said. Only 81% of children in the region had received all their doses, the lowest "
           "rate in Quebec."),
    Report("pert5", "Health Desk", at(5, 19, 10),
           "Quebec had recorded 2,610 cases of whooping cough by mid-May, up from 2,360 a week earlier, the "
           "health ministry said. In Saguenay-Lac-Saint-Jean, the worst-hit region, cases rose to 181."),
    # --- a fuel shortage in Lusaka: dry stations falling, the regulator against truckers on the border queue ---
    Report("fuel1", "Wire East", at(8, 4, 12),
           "About 140 of Lusaka's filling stations had run dry by Monday, Zambia's Energy Regulation Board "
           "said, after delays to tankers bringing petrol and diesel from Dar es Salaam. Motorists queued for "
           "up to six hours."),
    Report("fuel2", "Business Daily", at(8, 5, 9),
           "Zambia's Energy Regulation Board said 320 fuel tankers were waiting at the Nakonde border post with "
           "Tanzania. The Truckers Association of Zambia said more than 600 were stuck there, some of them for "
           "11 days, because of a customs computer failure."),
    Report("fuel3", "Harbour Post", at(8, 5, 16),
           "\"There are more than 600 trucks sitting at Nakonde,\" said Mike Banda, who chairs the truckers' "
           "association, rejecting the regulator's figure of 320 as \"a fantasy\"."),
    Report("fuel4", "Regional TV", at(8, 6, 18),
           "The number of Lusaka filling stations without fuel fell to 85 on Wednesday as tankers began to "
           "clear the border, the Energy Regulation Board said."),
    Report("fuel5", "Wire East", at(8, 8, 10),
           "Only 30 filling stations in Lusaka were still without fuel on Friday, down from about 140 at the "
           "start of the week, the Energy Regulation Board said. The pump price of petrol stays at "
           "27.50 kwacha a litre."),
    # --- a pig barn fire near Cloppenburg: the operator against an animal rights group, damage raised ---
    Report("pig1", "Wire East", at(1, 20, 10),
           "A fire destroyed two barns at a pig farm near Cloppenburg in Lower Saxony overnight, killing about "
           "9,000 pigs, the farm's operator said on Monday. The farm has places for 18,000 animals."),
    Report("pig2", "Harbour Post", at(1, 20, 16),
           "The animal rights group Animal Equality said on Monday that fourteen thousand pigs had died in the "
           "Cloppenburg barn fire, citing a worker at the farm, and called for a ban on barns holding more than "
           "2,000 animals."),
    Report("pig3", "Regional TV", at(1, 21, 9),
           "Police put the damage at the Cloppenburg pig farm at about 1.5 million euros on Tuesday, and said "
           "160 firefighters had fought the blaze for nine hours. The district veterinary office said 9,000 pigs "
           "had died; the rest of the farm, which has 18,000 places, was undamaged."),
    Report("pig4", "Evening Courier", at(1, 23, 14),
           "Police raised their estimate of the damage at the Cloppenburg pig farm to 4 million euros on "
           "Thursday, up from 1.5 million euros, after inspecting the ventilation systems. Animal Equality "
           "repeated its figure of 14,000 dead pigs; the operator and the district put the number at 9,000."),
)

FIGURES = (
    LabelledFigure("fireworks explosion deaths, Tultepec", "revised",
                   (("fw1", "nine"), ("fw2", "14"), ("fw4", "Sixteen"), ("fw5", "16"))),
    LabelledFigure("injured in hospital, Tultepec", "revised", (("fw2", "41"), ("fw4", "26"), ("fw4", "41"))),
    LabelledFigure("homes damaged, Tultepec", "disputed", (("fw2", "63"), ("fw2", "112"), ("fw5", "112"))),
    LabelledFigure("gunpowder stored in the workshop", "consistent", (("fw1", "3 tonnes"), ("fw5", "3 tonnes"))),
    LabelledFigure("anglers stranded on the floe, Lake Peipus", "consistent",
                   (("ice1", "200"), ("ice4", "214"), ("ice5", "214"))),
    LabelledFigure("anglers still on the floe", "revised", (("ice2", "128"), ("ice3", "44"))),
    LabelledFigure("anglers taken to hospital, Tartu", "consistent", (("ice4", "Seven"), ("ice5", "seven"))),
    LabelledFigure("households under the boil-water notice, Limerick", "consistent",
                   (("tap1", "31,000"), ("tap3", "31,000"), ("tap5", "31,000"))),
    LabelledFigure("people ill from Limerick's water", "revised",
                   (("tap1", "47"), ("tap2", "118"), ("tap4", "163"), ("tap4", "118"))),
    LabelledFigure("patients admitted to hospital, Limerick", "disputed",
                   (("tap2", "Nine"), ("tap2", "17"), ("tap4", "nine"), ("tap4", "17"))),
    LabelledFigure("sheep killed by wolves this year, Savoie", "disputed",
                   (("wolf1", "1,940"), ("wolf2", "3,000"), ("wolf2", "1,940"), ("wolf5", "1,940"),
                    ("wolf5", "3,000"))),
    LabelledFigure("wolves in France", "consistent", (("wolf3", "1,013"), ("wolf5", "1,000"))),
    LabelledFigure("robbers in the raid, Gothenburg", "consistent", (("heist1", "eight"), ("heist3", "eight"))),
    LabelledFigure("sum stolen from the cash depot", "disputed",
                   (("heist2", "65 million kronor"), ("heist2", "38 million kronor"),
                    ("heist4", "38 million kronor"), ("heist4", "65 million"))),
    LabelledFigure("people held over the depot robbery", "revised",
                   (("heist2", "Four"), ("heist3", "six"), ("heist4", "nine"), ("heist5", "nine"))),
    LabelledFigure("assets stolen from Merlion Exchange", "revised",
                   (("crypto1", "180 million dollars"), ("crypto4", "231 million dollars"),
                    ("crypto4", "180 million dollars"), ("crypto4", "230 million dollars"))),
    LabelledFigure("Merlion Exchange customers", "consistent",
                   (("crypto1", "1.2 million"), ("crypto5", "1.2 million"))),
    LabelledFigure("accounts affected by the hack", "disputed",
                   (("crypto2", "41,000"), ("crypto3", "64,000"), ("crypto5", "41,000"))),
    LabelledFigure("runners who started the Warsaw Marathon", "consistent", (("mar1", "8,000"), ("mar4", "8,112"))),
    LabelledFigure("runners taken to hospital, Warsaw Marathon", "revised",
                   (("mar2", "14"), ("mar3", "Twenty-three"), ("mar5", "23"))),
    LabelledFigure("runners treated for hypothermia, Warsaw Marathon", "disputed",
                   (("mar3", "ninety-six"), ("mar3", "187"), ("mar5", "187"))),
    LabelledFigure("Bulawayo dam levels", "revised",
                   (("res1", "23.5%"), ("res2", "21.8%"), ("res3", "20.1%"), ("res4", "20.1%"))),
    LabelledFigure("supply dams, Bulawayo", "consistent", (("res1", "five"), ("res4", "five"))),
    LabelledFigure("existing boreholes, Bulawayo", "consistent", (("res3", "40"), ("res4", "40"))),
    LabelledFigure("hepatitis A cases, Sweden", "revised",
                   (("berry1", "38"), ("berry2", "57"), ("berry4", "84"), ("berry4", "57"))),
    LabelledFigure("hepatitis A cases, Finland", "consistent", (("berry2", "nine"), ("berry4", "nine"))),
    LabelledFigure("bags of raspberries recalled", "consistent", (("berry1", "40,000"), ("berry3", "40,000"))),
    LabelledFigure("vehicles in the Oslofjord tunnel", "consistent", (("tun1", "60"), ("tun3", "60"))),
    LabelledFigure("people taken to hospital, Oslofjord tunnel fire", "revised",
                   (("tun2", "Eleven"), ("tun3", "19"), ("tun4", "Twenty-two"))),
    LabelledFigure("flights cancelled, Dublin Airport", "revised",
                   (("drone1", "12"), ("drone2", "47"), ("drone4", "47"))),
    LabelledFigure("flights diverted, Dublin Airport", "disputed",
                   (("drone2", "31"), ("drone3", "44"), ("drone3", "31"), ("drone4", "31"))),
    LabelledFigure("passengers affected, Dublin Airport", "consistent", (("drone2", "30,000"), ("drone4", "30,000"))),
    LabelledFigure("people stung by scorpions, Aswan", "revised",
                   (("scorp1", "130"), ("scorp2", "387"), ("scorp3", "503"), ("scorp4", "503"))),
    LabelledFigure("antivenom doses sent to Aswan", "consistent", (("scorp2", "3,350"), ("scorp4", "3,000"))),
    LabelledFigure("whooping cough cases, Saguenay-Lac-Saint-Jean", "revised",
                   (("pert1", "112"), ("pert3", "158"), ("pert5", "181"))),
    LabelledFigure("schools with whooping cough, Saguenay", "disputed",
                   (("pert1", "14"), ("pert2", "22"), ("pert2", "14"))),
    LabelledFigure("infants dead of whooping cough, Saguenay", "consistent", (("pert1", "Two"), ("pert4", "two"))),
    LabelledFigure("whooping cough cases this year, Quebec", "revised",
                   (("pert3", "2,360"), ("pert5", "2,610"), ("pert5", "2,360"))),
    LabelledFigure("Lusaka filling stations without fuel", "revised",
                   (("fuel1", "140"), ("fuel4", "85"), ("fuel5", "30"), ("fuel5", "140"))),
    LabelledFigure("fuel tankers waiting at Nakonde", "disputed",
                   (("fuel2", "320"), ("fuel2", "600"), ("fuel3", "600"), ("fuel3", "320"))),
    LabelledFigure("pigs killed in the barn fire, Cloppenburg", "disputed",
                   (("pig1", "9,000"), ("pig2", "fourteen thousand"), ("pig3", "9,000"), ("pig4", "14,000"),
                    ("pig4", "9,000"))),
    LabelledFigure("places for pigs at the Cloppenburg farm", "consistent", (("pig1", "18,000"), ("pig3", "18,000"))),
    LabelledFigure("damage at the Cloppenburg pig farm", "revised",
                   (("pig3", "1.5 million euros"), ("pig4", "4 million euros"), ("pig4", "1.5 million euros"))),
)

NO_FIGURE = (
    ("fw1", "second"), ("fw1", "20 minutes"),
    ("fw3", "One spark"), ("fw3", "two"), ("fw3", "52"), ("fw3", "2016"),
    ("fw4", "two"),
    ("ice2", "4 p.m."),
    ("tap3", "two weeks"), ("tap3", "5"), ("tap3", "70"),
    ("wolf1", "160"), ("wolf1", "250 euros"), ("wolf3", "2018"),
    ("wolf4", "Ten sheep"), ("wolf4", "twenty"), ("wolf4", "61"),
    ("heist1", "2:50 a.m."), ("heist1", "15 minutes"), ("heist3", "19-year-old"), ("heist4", "Three more"),
    ("heist5", "XC90"),
    ("crypto4", "second"), ("crypto5", "72 hours"),
    ("mar1", "1"), ("mar1", "3 degrees Celsius"), ("mar2", "2:09:41"), ("mar2", "2:27:05"),
    ("mar4", "Five kilometres"), ("mar4", "ten"), ("mar4", "fifteen"), ("mar4", "34"), ("mar4", "four hours"),
    ("res1", "96 hours"), ("res2", "21"), ("res2", "6"), ("res2", "second-largest"), ("res3", "130 days"),
    ("berry3", "15"), ("berry3", "50 days"),
    ("tun1", "7:40 a.m."), ("tun3", "47"), ("tun4", "31 hours"), ("tun4", "third"), ("tun4", "2011"),
    ("drone1", "third"), ("drone3", "27-22"),
    ("scorp3", "8"), ("scorp3", "10 centimetres"),
    ("scorp4", "One"), ("scorp4", "two"), ("scorp4", "three"), ("scorp4", "38"),
    ("pert4", "6 weeks"), ("pert4", "2 months"),
    ("fuel1", "six hours"), ("fuel2", "11 days"),
    ("pig3", "nine hours"),
)
