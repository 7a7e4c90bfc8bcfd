"""A twenty-second labelled set, unseen by the matcher's rules: 60 reports about 13 events unlike those
of the other sets (sea turtles stunned by cold in the Laguna Madre off South Padre Island, sargassum
piling up on the beaches of Punta Cana, counterfeit wine seized near Telavi, diphtheria in Kano,
Candida auris in a Sfax hospital, a bus drivers' strike in Montevideo, vaccines spoiled in a Manila
warehouse after a power cut, fall armyworm in Zambia's maize, an ATM fault at a Sri Lankan bank, a
geothermal well blowout on the Dieng Plateau, mercury in the Marowijne river in Suriname, a false
tsunami alert in Ecuador's Manabi province, foot-and-mouth disease in Limpopo), written and labelled
blind: without reading the matcher's or the extractor's code, the tests or the other sets' reports,
and committed before it was run through them once.

It holds 47 labelled figures (15 disputed, 14 revised, 18 consistent) and 64 NO_FIGURE values.

The disputes set two named sources against each other on the same thing at about the same time: in
one sentence with "while", "but" or "whereas" (a wildlife department against a rescue group on dead
turtles, a hospital against a union on deaths, bus companies against a union on losses, a ministry
against an operator on spilled brine); across two sentences of one report with no cue word (an
interior ministry against a wine agency on the value of fake wine, auditors against a health
department on the value of spoiled vaccines, a mayor against a risk agency on people who fled one
city); across two outlets on the same day or the next, each in its own wording and with no cue word
(a navy against a tourism ministry on seaweed cleared, a state ministry against a charity on
diphtheria deaths, a city against bus companies on buses running, a bank against its central bank
on money withdrawn, a hospital against a well operator on people treated, a ministry against a
conservation group on a river's polluted length, an industry body against a department on monthly
losses); and restated a day or more later against the other side ("not the ... cited by", "stood by
its count of ..., while", "maintains ..., whereas ... says", "rejecting the companies' figure of",
"repeated ... against", "sticking to its estimate", "said again ... not the", "still puts the
number at", "nearly three times the", "kept to its estimate ..., while"). Five are over money (lari,
Uruguayan pesos, Philippine pesos, Sri Lankan rupees, rand) and four over measures (tonnes of
seaweed, hectares of maize, litres of brine, kilometres of river).

The revisions are tolls and counts that rise over days, each outlet wording them its own way (turtles
pulled from the water, rescued, brought in, taken in; beaches closed, off limits; people detained;
suspected cases; patients found to carry a fungus; districts reached; customers who came forward,
repaid, paid back; residents evacuated, forced to leave their homes, evacuees; people injured, hurt;
infected farms), with "rose to", "reached", "now", "has climbed to", "has risen to", "bringing the
total to" or no cue at all; a health department's estimate of spoiled doses raised by the same body
with "up from" (the old value in that sentence belongs to the revised figure); a ministry correcting
its own count of children sent for tests with "not ... as it said on Wednesday"; a sum outstanding
that falls as customers repay; and a count of missing people that falls as families find relatives.

The consistent figures are repeated by several outlets or agree through their qualifiers ("About 300"
with "Some 300", "Some 48,000" with 48,000, "more than 3,000" with 3,200, "at least 20" with 23,
"About 150,000" with 150,000), in digits and words (300 and "Three hundred", 18 and "Eighteen", 2
and "two" and "Two", 9 and "nine", 23 and "Twenty-three").

Scopes that must stay apart: turtles rescued and turtles dead; all diphtheria deaths and children's
deaths; cases and children to be vaccinated and doses delivered; people who fled one city and people
who fled the whole province; injured, missing and fled; workers killed and residents treated;
buses running and the whole fleet; money withdrawn and money still outstanding; districts reached
and all districts. The NO_FIGURE traps: clock times, dates, years, durations, ages, the two ends of a
range of ages and of temperatures, ordinals, a vote in a national assembly, a match score, phone
numbers and a hotline, an emergency service's name, a flight number, two bus routes, a section of a
criminal code, a generator's model name, temperatures, multiples and changes ("2.5 times", "three
times", "three more", "seven more") and a rhetorical series inside one quote.

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body; money
keeps its currency and scale ("1.9 million lari", "35 million pesos", "96 million pesos", "1.1
billion rupees", "400 million rand"), measures keep their unit ("3,200 tonnes", "92,000 hectares",
"150,000 litres", "310 kilometres"), and qualifiers are left out.
"""

# fmt: off
# Kept in the compact layout of the other labelled sets, one report per block.

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- cold-stunned sea turtles, Laguna Madre, Texas ---
    Report("tur1", "Gulf Coast Wire", at(1, 14, 15),
           "Volunteers pulled 640 cold-stunned sea turtles from the Laguna Madre on Tuesday after the air "
           "temperature fell to 28F overnight, the rescue group Sea Turtle Inc. said. Most were green turtles too "
           "sluggish to swim. Anyone who spots a stranded turtle should call 956-243-4361, the group said."),
    Report("tur2", "Rio Grande Valley Courier", at(1, 15, 7),
           "The count of sea turtles rescued from the frigid bay around South Padre Island reached 1,150 by "
           "Wednesday morning, according to Sea Turtle Inc. About 300 volunteers are walking the shoreline and "
           "patrolling in kayaks, working in shifts of 4 hours."),
    Report("tur3", "Valley 5 News", at(1, 15, 18),
           "Sea Turtle Inc. says 1,480 turtles have now been brought in from the cold. Some 300 volunteers have "
           "joined the effort, many of them students. The Texas Parks and Wildlife Department said 85 turtles had "
           "died along the coast in the cold snap."),
    Report("tur4", "World Desk", at(1, 16, 11),
           "Rescuers in Texas have taken in 2,100 sea turtles stunned by a cold snap, Sea Turtle Inc said on "
           "Thursday, the largest such rescue since 2021. The group said 190 of the turtles had died, while state "
           "wildlife officials put the number of dead at 85. Three hundred volunteers have helped, and the turtles "
           "will be released once the water warms above 60F."),
    # --- sargassum on the beaches of Punta Cana, Dominican Republic ---
    Report("sar1", "Caribbean Wire", at(5, 6, 13),
           "Crews removed 3,200 tonnes of sargassum seaweed from the beaches of Punta Cana and Bavaro last week, "
           "the Dominican navy said on Tuesday. The environment ministry said 11 beaches had been closed to "
           "swimmers because of the rotting algae."),
    Report("sar2", "Diario del Este", at(5, 6, 20),
           "Workers hauled 5,800 tonnes of the brown algae off the eastern coast's beaches in the past seven days, "
           "according to the tourism ministry. Eleven beaches in La Altagracia province remain off limits to "
           "bathers, the environment ministry said. Hotel staff begin raking the sand at 5 a.m. each day."),
    Report("sar3", "Travel Trade Gazette", at(5, 7, 10),
           "Resorts in Punta Cana say sargassum clean-up crews cost each of them up to $40,000 a week. The "
           "government has set aside 120 million pesos for floating barriers to keep the seaweed offshore. "
           "Operators fear a repeat of the 2018 season, the worst on record."),
    Report("sar4", "Caribbean Wire", at(5, 8, 12),
           "The Dominican navy repeated on Thursday that 3,200 tonnes of sargassum had been cleared in the past "
           "week, not the 5,800 tonnes cited by the tourism ministry. The number of beaches closed in La "
           "Altagracia rose to 17, the environment ministry said. The barriers, paid for with 120 million pesos "
           "of public money, will not be in place before a 2nd wave of seaweed expected in June."),
    # --- counterfeit wine, Telavi, Georgia ---
    Report("wine1", "Eurasia Wire", at(3, 3, 11),
           "Georgian police seized 48,000 bottles of counterfeit wine from a warehouse outside Telavi on Monday, "
           "the interior ministry said. The bottles bore fake labels from well-known Kakheti producers, some "
           "showing a 2019 vintage. Four people were detained."),
    Report("wine2", "Tbilisi Herald", at(3, 3, 18),
           "The interior ministry valued the fake wine at 1.9 million lari. The National Wine Agency said the same "
           "stock would have fetched 3.4 million lari in shops. In all, 48,000 bottles were confiscated in the "
           "Telavi raid, police said."),
    Report("wine3", "Vine & Trade", at(3, 4, 9),
           "Some 48,000 bottles were taken in the raid, which followed complaints from importers in Riga and "
           "Warsaw. Georgia's wine agency values the seized stock at 3.4 million lari. Those convicted of selling "
           "fake wine face up to 6 years in prison under article 197 of the criminal code."),
    Report("wine4", "Eurasia Wire", at(3, 5, 14),
           "Police have now detained seven people in the counterfeit wine case, three more than on Monday, the "
           "interior ministry said. A 43-year-old warehouse owner is among them. The ministry said it stood by "
           "its valuation of 1.9 million lari."),
    # --- diphtheria, Kano, Nigeria ---
    Report("dip1", "Africa Wire", at(8, 11, 10),
           "Nigeria's Kano state has recorded 312 suspected cases of diphtheria since June, the state health "
           "ministry said on Monday. Most patients are children aged 5 to 14. The ministry said 27 people had "
           "died, 21 of them children."),
    Report("dip2", "Global Newswire", at(8, 11, 16),
           "Medecins Sans Frontieres said 58 people had died of diphtheria in Kano since June, most of them young "
           "children who had never been vaccinated. The charity is treating patients at a centre in the city's "
           "Ungogo district."),
    Report("dip3", "Northern Courier", at(8, 12, 8),
           "Suspected diphtheria cases in Kano rose to 389 on Tuesday, the state's health commissioner said. The "
           "state plans to vaccinate 1.2 million children in a campaign that starts on August 25, he said. UNICEF "
           "has delivered 800,000 doses of vaccine."),
    Report("dip4", "Global Newswire", at(8, 13, 11),
           "Kano's health ministry stood by its count of 27 diphtheria deaths, while MSF said 58 people had died. "
           "The state has now recorded 430 suspected cases, officials said."),
    Report("dip5", "Sahel FM Online", at(8, 14, 9),
           "Some 1.2 million children in Kano will be vaccinated against diphtheria from August 25, the state "
           "government said. Cases have reached 430 and the ministry's toll stands at 27. \"We lost one child, "
           "then two, then five in a single ward,\" a nurse said."),
    # --- Candida auris, Sfax, Tunisia ---
    Report("cand1", "Maghreb Wire", at(10, 2, 12),
           "Tunisia's health ministry said on Thursday that Candida auris, a drug-resistant fungus, had been found "
           "in 14 patients at the Habib Bourguiba University Hospital in Sfax. The hospital has closed 18 "
           "intensive care beds to new admissions."),
    Report("cand2", "Sfax Quotidien", at(10, 3, 9),
           "Eighteen intensive care beds at Sfax's main hospital are shut to new patients after the fungus was "
           "detected in 23 people, the hospital's director, Dr Nabil Trabelsi, said. Three of the patients "
           "carrying it had died, he said, all of their underlying illnesses."),
    Report("cand3", "Hospital Infection Today", at(10, 3, 15),
           "The health branch of the UGTT union said nine patients carrying Candida auris had died at the Sfax "
           "hospital since September 1. The union called a 2-hour work stoppage for Monday to demand more staff "
           "for isolation wards."),
    Report("cand4", "Maghreb Wire", at(10, 6, 11),
           "Patients found to carry Candida auris at the Sfax hospital now number 31, the health ministry said on "
           "Monday. The hospital maintains that three of those patients have died, whereas the union says nine "
           "have. The fungus was first identified in Japan in 2009."),
    # --- bus drivers' strike, Montevideo ---
    Report("bus1", "Southern Cone Wire", at(6, 9, 11),
           "A bus drivers' strike left Montevideo with only 180 buses on its streets on Monday, the city's "
           "mobility department said. The drivers' union, which represents more than 3,000 drivers, said the "
           "stoppage would last 48 hours. The city normally runs a fleet of 1,500 buses."),
    Report("bus2", "Diario Montevideano", at(6, 9, 15),
           "The chamber of bus companies said 420 buses left their depots on Monday morning despite the strike. "
           "Some 1,500 buses usually serve the capital. Route 121 and Route 300 were among the lines cancelled."),
    Report("bus3", "Radio Oriental Web", at(6, 9, 21),
           "About 400,000 passengers were left without a bus on Monday, the mobility department estimated. The "
           "union's 3,200 drivers want a 7% pay rise. Fans walked to the Centenario for Penarol's 2-1 win over "
           "Nacional."),
    Report("bus4", "Southern Cone Wire", at(6, 10, 12),
           "On the strike's second day the mobility department again said just 180 buses had run on Monday, "
           "rejecting the companies' figure of 420. Roughly 400,000 commuters had no bus again on Tuesday. The bus "
           "companies said the walkout was costing them 35 million pesos a day, while the union put the losses at "
           "12 million pesos."),
    Report("bus5", "Bus & Coach Latin America", at(6, 11, 9),
           "Montevideo's 48-hour bus strike ended at 4 a.m. on Wednesday. Operators say it cost them 35 million "
           "pesos a day. Of the city's 1,500 buses, 420 ran on the first morning, according to the operators' "
           "chamber."),
    # --- vaccines spoiled in a Manila warehouse ---
    Report("vac1", "Asia Pacific Wire", at(2, 17, 6),
           "About 210,000 doses of vaccine spoiled at a Department of Health warehouse in Manila after a power cut "
           "shut down its cold rooms for 19 hours, the department said on Monday. The doses, meant for 1,800 rural "
           "health centres, included vaccines against measles and polio."),
    Report("vac2", "Manila Standard-Times", at(2, 17, 20),
           "The Commission on Audit put the value of the vaccines lost at the Santa Cruz warehouse at 96 million "
           "pesos. The health department valued them at 61 million pesos and said some 210,000 doses had to be "
           "thrown away."),
    Report("vac3", "DZRB News Online", at(2, 18, 7),
           "The health secretary said 210,000 doses were ruined when the warehouse lost power. Its C110 backup "
           "generator had not been serviced since 2022, he said. Guards called the department's 1555 hotline when "
           "the alarms sounded at 2 a.m."),
    Report("vac4", "Asia Pacific Wire", at(2, 19, 10),
           "The Philippine health department has raised its estimate of vaccines spoiled in the Manila warehouse "
           "to 265,000 doses, up from 210,000, after a recount. The Commission on Audit repeated that the lost "
           "stock was worth 96 million pesos, against the department's 61 million pesos."),
    Report("vac5", "Pharma Supply Asia", at(2, 20, 9),
           "The health department now says 265,000 doses spoiled when a Manila cold store lost power; vaccines "
           "must be kept between 2C and 8C. Replacement stock for some 1,800 health centres arrived from Tokyo on "
           "flight PR431 on Thursday."),
    # --- fall armyworm in Zambia ---
    Report("arm1", "Africa Wire", at(1, 20, 9),
           "Fall armyworm has damaged maize on 92,000 hectares in Zambia, the agriculture ministry said on Monday. "
           "The pest has been found in 38 of the country's 116 districts."),
    Report("arm2", "Lusaka Times Daily", at(1, 21, 8),
           "The Zambia National Farmers Union says armyworm caterpillars have attacked 230,000 hectares of maize, "
           "about 2.5 times the government's figure. By Tuesday the outbreak had reached 51 districts, agriculture "
           "officials said."),
    Report("arm3", "ZamBroadcast Online", at(1, 22, 18),
           "The government is sending 120,000 litres of pesticide to farmers in the worst-hit provinces, the "
           "agriculture minister told parliament. He repeated that 92,000 hectares of the crop had been affected. "
           "A field of young maize can be stripped in 3 days, he warned."),
    Report("arm4", "African Farming Review", at(1, 24, 10),
           "Zambia's farmers union is sticking to its estimate of 230,000 hectares of maize damaged by fall "
           "armyworm. Some 120,000 litres of pesticide are being handed out by the ministry. The pest has now "
           "spread to 64 of Zambia's 116 districts, a blow after the drought-hit harvest of 2024."),
    # --- ATM fault at a Sri Lankan bank ---
    Report("atm1", "South Asia Wire", at(7, 7, 11),
           "Customers of Lanka Thrift Bank withdrew 410 million rupees they did not have during a software fault "
           "on Sunday night, the Sri Lankan lender said. The fault let cardholders draw cash beyond their balance "
           "at 740 ATMs for 5 hours."),
    Report("atm2", "Colombo Evening Mirror", at(7, 7, 18),
           "Unauthorised withdrawals from Lanka Thrift Bank's cash machines came to 1.1 billion rupees, the Central "
           "Bank of Sri Lanka said. Some 740 machines across the island paid out money to customers whose accounts "
           "were empty."),
    Report("atm3", "Lanka Broadcast Online", at(7, 8, 9),
           "By Tuesday morning 2,300 customers who overdrew their accounts had come forward to return the money, "
           "Lanka Thrift Bank said. Customers can call 011 2 446 446 or visit any branch."),
    Report("atm4", "South Asia Wire", at(7, 9, 12),
           "The number of Lanka Thrift Bank customers who have repaid money taken during Sunday's fault has risen "
           "to 4,100, the bank said. It put the sum still outstanding at 260 million rupees. The central bank said "
           "again that the withdrawals had totalled 1.1 billion rupees, not the 410 million rupees the bank "
           "reported."),
    Report("atm5", "Asian Banker Digest", at(7, 11, 9),
           "Lanka Thrift Bank says 5,600 customers have now paid back cash they drew during the glitch, cutting the "
           "sum outstanding to 150 million rupees. The fault followed a software update installed at 11.40 p.m. on "
           "July 6."),
    # --- geothermal well blowout, Dieng Plateau, Indonesia ---
    Report("geo1", "Asia Pacific Wire", at(9, 15, 8),
           "A geothermal well blew out on the Dieng Plateau in Central Java on Monday, spreading hydrogen sulphide "
           "over nearby villages and killing two workers at the site, police said. At least 1,300 people were "
           "evacuated from nine villages."),
    Report("geo2", "Jakarta Morning Post", at(9, 15, 19),
           "The number of residents forced to leave their homes in the 9 villages around the Dieng geothermal field "
           "rose to 2,700 on Monday evening, the disaster agency said. The regional hospital in Wonosobo said it "
           "had treated 86 people for gas poisoning, among them a 62-year-old farmer who is in intensive care."),
    Report("geo3", "Metro Broadcast Online", at(9, 16, 7),
           "The well's operator, PT Dieng Panas Bumi, said 45 residents had needed hospital treatment after "
           "breathing the gas. The company confirmed that 2 of its workers had died."),
    Report("geo4", "Asia Pacific Wire", at(9, 17, 10),
           "Evacuees from the villages around the Dieng well now total 3,050, the disaster agency said on "
           "Wednesday. The environment ministry said 150,000 litres of hot brine had spilled into the Serayu river, "
           "but the operator put the spill at 35,000 litres. The well was drilled in 2019."),
    Report("geo5", "Geothermal Energy Report", at(9, 18, 9),
           "PT Dieng Panas Bumi says 35,000 litres of brine escaped from the well, not the 150,000 litres cited by "
           "the environment ministry. Two workers died in the blowout, which began at 5.15 a.m. Wonosobo's hospital "
           "has treated 86 people, though the operator still puts the number at 45."),
    # --- mercury in the Marowijne river, Suriname ---
    Report("mer1", "Americas Wire", at(11, 4, 13),
           "Fish caught along 140 kilometres of the Marowijne river in eastern Suriname contain mercury above safe "
           "limits, the environment ministry said on Tuesday. The pollution is blamed on illegal gold mining "
           "upstream. People in 23 riverside communities rely on the fish for food."),
    Report("mer2", "Paramaribo Daily", at(11, 5, 8),
           "Mercury from gold dredges has contaminated 310 kilometres of the Marowijne, the conservation group "
           "Amazon Waters said in a report. Fish is the main source of protein in at least 20 villages along the "
           "river, it said. Its researchers found high mercury levels in hair samples from 61% of the people they "
           "tested."),
    Report("mer3", "ABC Suriname Online", at(11, 5, 19),
           "The health ministry said 37 children from villages on the Marowijne had been sent to Paramaribo for "
           "tests for mercury poisoning. The 23 villages along the river will receive bottled water and fish from "
           "the coast for 3 months."),
    Report("mer4", "Americas Wire", at(11, 7, 11),
           "Suriname's health ministry said on Friday that 52 children from the Marowijne villages had been sent to "
           "Paramaribo for mercury tests, not 37 as it said on Wednesday. The environment ministry repeated that "
           "140 kilometres of the river were affected, against the 310 kilometres found by Amazon Waters."),
    Report("mer5", "Mining Watch Latin America", at(11, 10, 9),
           "Amazon Waters stands by its finding that 310 kilometres of the Marowijne are contaminated. Soldiers "
           "destroyed 14 illegal dredges in a raid on November 8, two years after the National Assembly voted 34-9 "
           "to ban mercury in mining. Twenty-three villages depend on the river's fish."),
    # --- a false tsunami alert, Manabi, Ecuador ---
    Report("tsu1", "Andean Wire", at(12, 1, 6),
           "A tsunami alert sent in error to mobile phones across Ecuador's Manabi province at 11.52 p.m. on Sunday "
           "sent residents of Manta and Portoviejo running for higher ground, the risk management secretariat "
           "said. The alert was withdrawn 38 minutes later. The secretariat estimated that 150,000 people across "
           "Manabi had left their homes."),
    Report("tsu2", "El Diario del Pacifico", at(12, 1, 13),
           "Some 60,000 people fled toward the hills in Manta alone after the false alarm, the city's mayor said on "
           "Monday. The risk management secretariat said 22,000 people had left their homes in Manta."),
    Report("tsu3", "Canal Costa Online", at(12, 1, 19),
           "Fourteen people were injured in the rush to leave the coast, most of them in falls and minor traffic "
           "accidents, the secretariat said. Police said 31 people had been reported missing during the night, "
           "many of them elderly. The ECU 911 emergency service received 9,400 calls in the hour after the alert."),
    Report("tsu4", "Andean Wire", at(12, 2, 11),
           "The number of people hurt in the scramble away from the coast after Ecuador's false tsunami alert has "
           "climbed to 19, the risk management secretariat said on Tuesday. An 81-year-old man who fell on a "
           "stairway is in a serious condition. Manta's mayor repeated that 60,000 residents had fled, nearly three "
           "times the secretariat's 22,000."),
    Report("tsu5", "Mobile Networks Weekly", at(12, 3, 9),
           "Ecuador's false tsunami warning reached 1.4 million phones after an operator picked the wrong template "
           "during a drill, officials said. ECU 911 logged 9,400 calls within an hour. About 150,000 people across "
           "the province fled; the injured now number 23, and the number of people still unaccounted for has "
           "fallen to four as families found relatives."),
    # --- foot-and-mouth disease, Limpopo, South Africa ---
    Report("fmd1", "Africa Wire", at(4, 14, 10),
           "South Africa confirmed foot-and-mouth disease on 9 cattle farms in Limpopo province on Monday and barred "
           "the movement of livestock out of the Vhembe district, the agriculture department said. About 18,000 "
           "cattle are kept on the infected farms."),
    Report("fmd2", "Farm Trade SA", at(4, 15, 9),
           "Foot-and-mouth has now been confirmed on 15 farms in Limpopo, state veterinarians said on Tuesday. Red "
           "Meat Industry Services said the export ban and movement controls would cost the beef industry 1.2 "
           "billion rand a month."),
    Report("fmd3", "The Highveld Star", at(4, 15, 17),
           "The agriculture department estimates the outbreak's cost to the red meat sector at 400 million rand a "
           "month, the minister said. He said 120,000 doses of vaccine would arrive from Botswana within 10 days."),
    Report("fmd4", "Africa Wire", at(4, 17, 11),
           "Veterinarians confirmed seven more infected farms in Limpopo on Thursday, bringing the total to 22. The "
           "beef industry kept to its estimate that the outbreak is costing 1.2 billion rand a month, while the "
           "department still puts the losses at 400 million rand."),
    Report("fmd5", "Limpopo Radio Online", at(4, 18, 8),
           "The first 120,000 doses of foot-and-mouth vaccine from Botswana arrived in Polokwane on Friday. Farmers "
           "can report sick animals to the state vet on 015 294 3000."),
)

FIGURES = (
    # sea turtles, Texas
    LabelledFigure("sea turtles rescued from the cold in Texas", "revised",
                   (("tur1", "640"), ("tur2", "1,150"), ("tur3", "1,480"), ("tur4", "2,100"))),
    LabelledFigure("volunteers in the turtle rescue", "consistent",
                   (("tur2", "300"), ("tur3", "300"), ("tur4", "Three hundred"))),
    LabelledFigure("turtles dead in the cold snap", "disputed", (("tur3", "85"), ("tur4", "190"), ("tur4", "85"))),
    # sargassum, Punta Cana
    LabelledFigure("sargassum cleared from Punta Cana's beaches in a week", "disputed",
                   (("sar1", "3,200 tonnes"), ("sar2", "5,800 tonnes"), ("sar4", "3,200 tonnes"),
                    ("sar4", "5,800 tonnes"))),
    LabelledFigure("beaches closed in La Altagracia", "revised", (("sar1", "11"), ("sar2", "Eleven"), ("sar4", "17"))),
    LabelledFigure("money set aside for sargassum barriers", "consistent",
                   (("sar3", "120 million pesos"), ("sar4", "120 million pesos"))),
    # counterfeit wine, Georgia
    LabelledFigure("bottles of counterfeit wine seized near Telavi", "consistent",
                   (("wine1", "48,000"), ("wine2", "48,000"), ("wine3", "48,000"))),
    LabelledFigure("value of the counterfeit wine", "disputed",
                   (("wine2", "1.9 million lari"), ("wine2", "3.4 million lari"), ("wine3", "3.4 million lari"),
                    ("wine4", "1.9 million lari"))),
    LabelledFigure("people detained over the counterfeit wine", "revised", (("wine1", "Four"), ("wine4", "seven"))),
    # diphtheria, Kano
    LabelledFigure("suspected diphtheria cases in Kano", "revised",
                   (("dip1", "312"), ("dip3", "389"), ("dip4", "430"), ("dip5", "430"))),
    LabelledFigure("diphtheria deaths in Kano", "disputed",
                   (("dip1", "27"), ("dip2", "58"), ("dip4", "27"), ("dip4", "58"), ("dip5", "27"))),
    LabelledFigure("children to be vaccinated against diphtheria in Kano", "consistent",
                   (("dip3", "1.2 million"), ("dip5", "1.2 million"))),
    # Candida auris, Sfax
    LabelledFigure("patients carrying Candida auris in Sfax", "revised",
                   (("cand1", "14"), ("cand2", "23"), ("cand4", "31"))),
    LabelledFigure("intensive care beds closed in Sfax", "consistent", (("cand1", "18"), ("cand2", "Eighteen"))),
    LabelledFigure("deaths of patients carrying Candida auris in Sfax", "disputed",
                   (("cand2", "Three"), ("cand3", "nine"), ("cand4", "three"), ("cand4", "nine"))),
    # bus strike, Montevideo
    LabelledFigure("buses running in Montevideo on the strike's first day", "disputed",
                   (("bus1", "180"), ("bus2", "420"), ("bus4", "180"), ("bus4", "420"), ("bus5", "420"))),
    LabelledFigure("Montevideo's bus fleet", "consistent", (("bus1", "1,500"), ("bus2", "1,500"), ("bus5", "1,500"))),
    LabelledFigure("drivers in the union", "consistent", (("bus1", "3,000"), ("bus3", "3,200"))),
    LabelledFigure("passengers without a bus", "consistent", (("bus3", "400,000"), ("bus4", "400,000"))),
    LabelledFigure("daily losses from the bus strike", "disputed",
                   (("bus4", "35 million pesos"), ("bus4", "12 million pesos"), ("bus5", "35 million pesos"))),
    # spoiled vaccines, Manila
    LabelledFigure("vaccine doses spoiled in the Manila warehouse", "revised",
                   (("vac1", "210,000"), ("vac2", "210,000"), ("vac3", "210,000"), ("vac4", "265,000"),
                    ("vac4", "210,000"), ("vac5", "265,000"))),
    LabelledFigure("value of the spoiled vaccines", "disputed",
                   (("vac2", "96 million pesos"), ("vac2", "61 million pesos"), ("vac4", "96 million pesos"),
                    ("vac4", "61 million pesos"))),
    LabelledFigure("health centres the vaccines were meant for", "consistent", (("vac1", "1,800"), ("vac5", "1,800"))),
    # fall armyworm, Zambia
    LabelledFigure("maize damaged by fall armyworm in Zambia", "disputed",
                   (("arm1", "92,000 hectares"), ("arm2", "230,000 hectares"), ("arm3", "92,000 hectares"),
                    ("arm4", "230,000 hectares"))),
    LabelledFigure("Zambian districts reached by fall armyworm", "revised",
                   (("arm1", "38"), ("arm2", "51"), ("arm4", "64"))),
    LabelledFigure("Zambia's districts", "consistent", (("arm1", "116"), ("arm4", "116"))),
    LabelledFigure("pesticide handed out in Zambia", "consistent",
                   (("arm3", "120,000 litres"), ("arm4", "120,000 litres"))),
    # ATM fault, Sri Lanka
    LabelledFigure("money withdrawn during the ATM fault", "disputed",
                   (("atm1", "410 million rupees"), ("atm2", "1.1 billion rupees"), ("atm4", "1.1 billion rupees"),
                    ("atm4", "410 million rupees"))),
    LabelledFigure("ATMs hit by the fault", "consistent", (("atm1", "740"), ("atm2", "740"))),
    LabelledFigure("customers who returned the money", "revised",
                   (("atm3", "2,300"), ("atm4", "4,100"), ("atm5", "5,600"))),
    LabelledFigure("money still outstanding after the ATM fault", "revised",
                   (("atm4", "260 million rupees"), ("atm5", "150 million rupees"))),
    # geothermal blowout, Dieng
    LabelledFigure("people evacuated around the Dieng well", "revised",
                   (("geo1", "1,300"), ("geo2", "2,700"), ("geo4", "3,050"))),
    LabelledFigure("villages evacuated around the Dieng well", "consistent", (("geo1", "nine"), ("geo2", "9"))),
    LabelledFigure("workers killed in the Dieng blowout", "consistent",
                   (("geo1", "two"), ("geo3", "2"), ("geo5", "Two"))),
    LabelledFigure("people treated in hospital after the Dieng blowout", "disputed",
                   (("geo2", "86"), ("geo3", "45"), ("geo5", "86"), ("geo5", "45"))),
    LabelledFigure("brine spilled into the Serayu", "disputed",
                   (("geo4", "150,000 litres"), ("geo4", "35,000 litres"), ("geo5", "35,000 litres"),
                    ("geo5", "150,000 litres"))),
    # mercury, Suriname
    LabelledFigure("length of the Marowijne polluted by mercury", "disputed",
                   (("mer1", "140 kilometres"), ("mer2", "310 kilometres"), ("mer4", "140 kilometres"),
                    ("mer4", "310 kilometres"), ("mer5", "310 kilometres"))),
    LabelledFigure("villages along the Marowijne", "consistent",
                   (("mer1", "23"), ("mer2", "20"), ("mer3", "23"), ("mer5", "Twenty-three"))),
    LabelledFigure("children sent to Paramaribo for mercury tests", "revised",
                   (("mer3", "37"), ("mer4", "52"), ("mer4", "37"))),
    # false tsunami alert, Manabi
    LabelledFigure("people who fled in Manta", "disputed",
                   (("tsu2", "60,000"), ("tsu2", "22,000"), ("tsu4", "60,000"), ("tsu4", "22,000"))),
    LabelledFigure("people who fled across Manabi", "consistent", (("tsu1", "150,000"), ("tsu5", "150,000"))),
    LabelledFigure("people injured after the false alert", "revised",
                   (("tsu3", "Fourteen"), ("tsu4", "19"), ("tsu5", "23"))),
    LabelledFigure("people missing after the false alert", "revised", (("tsu3", "31"), ("tsu5", "four"))),
    LabelledFigure("calls to ECU 911 after the alert", "consistent", (("tsu3", "9,400"), ("tsu5", "9,400"))),
    # foot-and-mouth, Limpopo
    LabelledFigure("farms infected with foot-and-mouth in Limpopo", "revised",
                   (("fmd1", "9"), ("fmd2", "15"), ("fmd4", "22"))),
    LabelledFigure("monthly losses from foot-and-mouth", "disputed",
                   (("fmd2", "1.2 billion rand"), ("fmd3", "400 million rand"), ("fmd4", "1.2 billion rand"),
                    ("fmd4", "400 million rand"))),
    LabelledFigure("foot-and-mouth vaccine doses from Botswana", "consistent",
                   (("fmd3", "120,000"), ("fmd5", "120,000"))),
)

NO_FIGURE = (
    ("tur1", "28F"), ("tur1", "956-243-4361"), ("tur2", "4 hours"), ("tur4", "2021"), ("tur4", "60F"),
    ("sar2", "seven days"), ("sar2", "5 a.m."), ("sar3", "2018"), ("sar4", "2nd"),
    ("wine1", "2019"), ("wine3", "6 years"), ("wine3", "197"), ("wine4", "three more"), ("wine4", "43-year-old"),
    ("dip1", "5"), ("dip1", "14"), ("dip3", "August 25"), ("dip5", "August 25"),
    ("dip5", "one child"), ("dip5", "two"), ("dip5", "five"),
    ("cand3", "September 1"), ("cand3", "2-hour"), ("cand4", "2009"),
    ("bus1", "48 hours"), ("bus2", "Route 121"), ("bus2", "Route 300"), ("bus3", "2-1"), ("bus4", "second"),
    ("bus5", "48-hour"), ("bus5", "4 a.m."), ("bus5", "first"),
    ("vac1", "19 hours"), ("vac3", "C110"), ("vac3", "2022"), ("vac3", "1555"), ("vac3", "2 a.m."),
    ("vac5", "2C"), ("vac5", "8C"), ("vac5", "PR431"),
    ("arm2", "2.5 times"), ("arm3", "3 days"), ("arm4", "2024"),
    ("atm1", "5 hours"), ("atm3", "011 2 446 446"), ("atm5", "11.40 p.m."), ("atm5", "July 6"),
    ("geo2", "62-year-old"), ("geo4", "2019"), ("geo5", "5.15 a.m."),
    ("mer3", "3 months"), ("mer5", "November 8"), ("mer5", "two years"), ("mer5", "34-9"),
    ("tsu1", "11.52 p.m."), ("tsu1", "38 minutes"), ("tsu3", "911"), ("tsu4", "81-year-old"),
    ("tsu4", "three times"), ("tsu5", "911"),
    ("fmd3", "10 days"), ("fmd4", "seven more"), ("fmd5", "first"), ("fmd5", "015 294 3000"),
)
