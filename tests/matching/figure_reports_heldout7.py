"""A seventh labelled set, unseen by the matcher's rules: 52 reports about 12 events unlike those of
the other sets (damaged schools after an earthquake, a hospital waiting list, a march's crowd, a
cholera outbreak, a landslide, factory layoffs, a plane's emergency landing, food poisoning at a
wedding, a port blockade, a dam release, a museum theft, migrant arrivals), written and labelled by
hand without reading the matcher's or the extractor's code.

It holds eight disputes (in one sentence with "but ... put the number at", "while ... counted",
"though ... counted", "not the ... the health board had reported", "not 450 as the company had
announced", a minister's quoted "not 44,800"; one side written in words, "Eighty-five thousand",
"Seven hundred", "Forty-five"; a museum's value against its insurer's across outlets), twelve revisions
(tolls that rise over days, missing villagers who fall as bodies are found, cholera cases and deaths,
sickened wedding guests, stranded trucks, evacuations and a dam's release rising then cut, a count of
stolen jewellery corrected downward with "not 14", a reception centre emptied by transfers, people
taken to hospital then treated, schools damaged), several figures repeated by several outlets and qualifiers that
agree ("more than 21,000" and 21,400; "at least 60" schools and 64), one quantity in several
wordings (died, fatalities, death toll, killed; evacuated, evacuations, left their homes; taken to
hospital, treated; sickened, treated), scopes that must stay apart (a province's cholera deaths and
the country's, a district's landslide deaths and Nepal's, homes destroyed, damaged and inspected,
schools damaged and schools to be demolished, detained, released and officers hurt, guests at the
wedding and guests taken ill, jobs cut and the workforce, passengers, crew and passengers flown on,
arrivals this year and arrivals in 48 hours, a centre's capacity and its occupancy), several sums of
money in one story (a repair cost and a budget, a clinic cost and its funding, a value and a reward
and a security spend), and the traps: durations, clock times, years, ages, a vote, a score, an
aircraft model, a road name, ordinals, rhetorical series inside quotes, the two ends of two ranges,
and "another N" changes."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- an earthquake in southern Albania: damaged schools rise, union against ministry on demolitions ---
    Report("school1", "Agency N", at(3, 18, 8),
           "A magnitude 5.9 earthquake struck southern Albania near Tepelena at 11:40 p.m. on Monday, damaging "
           "38 schools, the education ministry said. Two people were killed when a stone house collapsed in the "
           "village of Lekel, police said."),
    Report("school2", "Morning Ledger", at(3, 18, 15),
           "The number of schools damaged by Monday's earthquake in southern Albania rose to 64, Education "
           "Minister Elira Dervishi said on Tuesday. About 9,000 pupils in Gjirokaster county will be taught in "
           "tents or borrowed buildings for at least three weeks, she said."),
    Report("school3", "City Radio", at(3, 19, 10),
           "The teachers' union FSASH said 14 schools in southern Albania were beyond repair and would have to "
           "be demolished, but the education ministry put the number at six. The 5.9 quake was the strongest in "
           "the region since 1969, seismologists said."),
    Report("school4", "Night Desk", at(3, 20, 9),
           "Albania's education ministry said 64 schools had been damaged in the earthquake and six would be "
           "torn down, and that repairing the rest would cost 11 million euros. The government has set aside "
           "7 million euros for school repairs this year. The two people who died were a couple aged 71 and 68."),
    Report("school5", "Agency N", at(3, 20, 16),
           "Engineers have inspected 212 homes in the Tepelena district since the earthquake: 41 were destroyed "
           "and 130 were damaged, the municipality said. Families whose homes were destroyed will receive "
           "5,000 euros each. Across southern Albania at least 60 schools were damaged, the ministry has said."),
    # --- hospital waiting list in north Wales: the health board against the surgeons ---
    Report("wait1", "Agency N", at(5, 6, 10),
           "More than 21,000 patients in north Wales have waited over a year for planned treatment, the Betsi "
           "Cadwaladr health board said on Tuesday. The Royal College of Surgeons said the true number was "
           "27,500, because the board left out patients referred to hospitals in England."),
    Report("wait2", "Morning Ledger", at(5, 6, 17),
           "Betsi Cadwaladr health board said 21,400 patients had been waiting more than 12 months for "
           "treatment, and that it would spend 18 million pounds on extra weekend clinics this year."),
    Report("wait3", "City Radio", at(5, 7, 9),
           "The Royal College of Surgeons said 27,500 people in north Wales had waited over a year for "
           "treatment, not the 21,400 the health board had reported. Orthopaedic patients make up 9,800 of "
           "them, the college said."),
    Report("wait4", "Night Desk", at(5, 8, 10),
           "The Welsh government has given Betsi Cadwaladr 18 million pounds for weekend clinics, which the "
           "board now says will cost 24 million pounds to run this year. A motion of no confidence in the "
           "health secretary failed by 31 votes to 27 in the Senedd on Wednesday. The board has been under "
           "special measures since 2023."),
    # --- a march in Tbilisi: organisers against the interior ministry ---
    Report("march1", "Agency N", at(4, 12, 21),
           "Organisers said 85,000 people marched through central Tbilisi on Saturday against the foreign "
           "agents law, but the interior ministry put the crowd at 22,000. The march lasted five hours and ended "
           "outside parliament at 9 p.m."),
    Report("march2", "Morning Ledger", at(4, 12, 23),
           "Georgia's interior ministry said 22,000 people had taken part in the Tbilisi march and that 14 "
           "protesters had been detained. Nine police officers were hurt, the ministry said."),
    Report("march3", "City Radio", at(4, 13, 9),
           "Eighty-five thousand people joined Saturday's march in Tbilisi, the organisers said, the largest "
           "protest in Georgia since 2019. Police detained 14 people, and the opposition said 31 protesters had "
           "been injured."),
    Report("march4", "Night Desk", at(4, 13, 13),
           "Police in Tbilisi have released 9 of the 14 people detained after Saturday's march, the interior "
           "ministry said, and another 5 were detained at a smaller rally on Sunday. \"One law, two laws, ten "
           "laws - we will march against every one of them,\" organiser Nino Beridze said."),
    # --- cholera in Nampula, Mozambique: cases and deaths rise ---
    Report("chol1", "Agency N", at(1, 20, 10),
           "Mozambique's health ministry said 340 cholera cases had been recorded in Nampula province since the "
           "start of the year, and 7 people had died. Schools in Nampula city will stay closed for two weeks, "
           "officials said."),
    Report("chol2", "Morning Ledger", at(1, 22, 10),
           "Cholera cases in Nampula province rose to 515 on Wednesday, with another 120 recorded in the past "
           "24 hours, the health ministry said. The number of fatalities rose to 9."),
    Report("chol3", "City Radio", at(1, 22, 16),
           "Medecins Sans Frontieres said its cholera treatment centre in Nampula city had 180 beds and was "
           "treating 164 patients on Wednesday. Nine people have died of cholera in Nampula province, the health "
           "ministry said."),
    Report("chol4", "Night Desk", at(1, 24, 9),
           "Mozambique has now recorded 790 cholera cases and 11 deaths in Nampula province, the health ministry "
           "said on Friday. Nationwide, cholera has killed 26 people this year."),
    Report("chol5", "Agency N", at(1, 24, 15),
           "The cholera death toll in Nampula province reached eleven on Friday, the health ministry said, with "
           "790 cases. Water trucks are delivering 400,000 litres a day to the city's outskirts, the provincial "
           "government said."),
    # --- a landslide in Myagdi, Nepal: the dead rise as the missing fall ---
    Report("slide1", "Agency N", at(7, 28, 8),
           "A landslide buried part of a village in Nepal's Myagdi district before dawn on Monday, and 23 people "
           "were missing, police said. Heavy rain had fallen for 36 hours."),
    Report("slide2", "Morning Ledger", at(7, 28, 18),
           "Rescuers pulled 6 bodies from the mud in Myagdi on Monday, and 17 people were still missing, the "
           "district police chief said. The landslide buried 19 houses in the village of Dana."),
    Report("slide3", "City Radio", at(7, 29, 12),
           "The death toll from the Myagdi landslide rose to 11 on Tuesday, with 12 people still unaccounted "
           "for, police said. An army helicopter flew 4 injured villagers to hospital in Pokhara."),
    Report("slide4", "Night Desk", at(7, 30, 10),
           "Police in Myagdi said 15 people had been confirmed dead in the landslide and 8 were still missing. "
           "The home ministry said 19 houses had been buried and 45 families moved to a school in Beni. "
           "Landslides have killed 112 people across Nepal since the monsoon began in June."),
    # --- layoffs at an appliance factory in Lodz: the company against the union ---
    Report("lay1", "Agency N", at(10, 7, 11),
           "Appliance maker Arkon said on Tuesday it would lay off 450 of the 1,900 workers at its factory in "
           "Lodz and move washing-machine production to Turkey. The factory has made appliances since 1972."),
    Report("lay2", "Morning Ledger", at(10, 7, 16),
           "The Solidarity union at Arkon's Lodz factory said 700 workers would lose their jobs, not 450 as the "
           "company had announced, because agency staff had been left out of the count."),
    Report("lay3", "City Radio", at(10, 8, 9),
           "Arkon confirmed it would cut 450 jobs in Lodz and said severance payments would cost it 38 million "
           "zlotys. The company's shares rose 4% in Warsaw after the announcement."),
    Report("lay4", "Night Desk", at(10, 8, 15),
           "Seven hundred jobs will go at Arkon's Lodz plant, Solidarity said again on Wednesday, as 1,200 "
           "workers held a two-hour protest at the factory gates. Deputy mayor Adam Wieczorek, 52, said the city "
           "would help those laid off find new work."),
    # --- an emergency landing at Shannon: people taken to hospital ---
    Report("plane1", "Agency N", at(8, 9, 14),
           "A Nordvik Air flight from Oslo to Gran Canaria made an emergency landing at Shannon airport in "
           "Ireland on Saturday after the cabin lost pressure, the airline said. The Boeing 737 was carrying "
           "186 passengers and six crew."),
    Report("plane2", "Morning Ledger", at(8, 9, 19),
           "The Nordvik Air jet made a rapid descent over the Atlantic, passengers said, before landing at "
           "Shannon at 1:25 p.m. Eleven passengers were taken to hospital with ear and breathing problems, the "
           "airport said."),
    Report("plane3", "City Radio", at(8, 10, 9),
           "Nineteen passengers from the diverted Nordvik Air flight were treated in hospital in Limerick, the "
           "Health Service Executive said on Sunday, and 3 were kept in overnight."),
    Report("plane4", "Night Desk", at(8, 10, 15),
           "Nordvik Air said it had flown 180 of the 186 passengers on to Gran Canaria on a replacement aircraft "
           "on Sunday. The plane, which is 14 years old, will be examined by Ireland's Air Accident Investigation "
           "Unit, the airline said."),
    # --- food poisoning at a wedding in Fez: the sick rise, the caterer against the family on the guests ---
    Report("wed1", "Agency N", at(6, 1, 12),
           "More than 90 guests at a wedding in Fez were taken to hospital with food poisoning on Saturday "
           "night, Morocco's health ministry said. The groom, a midfielder for MAS Fes, had played in the club's "
           "3-1 win on Friday, and the 21-year-old bride was among those treated."),
    Report("wed2", "Morning Ledger", at(6, 1, 19),
           "The number of wedding guests treated for food poisoning in Fez rose to 146 on Sunday, the regional "
           "health directorate said. A 74-year-old woman died in hospital, it said."),
    Report("wed3", "City Radio", at(6, 2, 10),
           "The caterer said 400 guests had attended the wedding in Fez, but the groom's family put the number "
           "of guests at 650. Health inspectors took samples of chicken pastilla and cream desserts, the "
           "directorate said."),
    Report("wed4", "Night Desk", at(6, 2, 16),
           "Health officials in Fez said 146 people had been treated after the wedding and 23 were still in "
           "hospital. Police arrested the caterer, who the groom's family said had served 650 guests."),
    Report("wed5", "Agency N", at(6, 3, 11),
           "Laboratory tests found salmonella in the cream desserts served at the Fez wedding, the health "
           "ministry said, as the number of people sickened rose to 171. The caterer faces a fine of up to "
           "500,000 dirhams."),
    # --- fishermen blockade Calais: stranded trucks rise, the committee against the prefecture on boats ---
    Report("port1", "Agency N", at(11, 12, 10),
           "French fishermen blockaded the port of Calais with 80 boats on Wednesday, their regional committee "
           "said, though the maritime prefecture counted 45. About 1,500 trucks were stranded on the A16 "
           "motorway as cross-Channel sailings were halted, the Pas-de-Calais prefecture said."),
    Report("port2", "Morning Ledger", at(11, 12, 20),
           "The number of trucks stuck near Calais rose to 3,800 on Wednesday evening, the Pas-de-Calais "
           "prefecture said. \"One day, two days, nobody tells us anything,\" said Marek, a Polish driver. Some "
           "drivers had waited 14 hours, the FNTR hauliers' federation said."),
    Report("port3", "City Radio", at(11, 13, 9),
           "Some 3,800 trucks remained stranded near Calais on Thursday morning, the prefecture said, and "
           "volunteers handed out 2,000 meals overnight. Forty-five fishing boats were blocking the harbour "
           "mouth, according to the maritime prefecture. Each truck carries goods worth between 50,000 and "
           "200,000 euros, the hauliers' federation said."),
    Report("port4", "Night Desk", at(11, 13, 18),
           "Fishermen lifted their blockade of Calais at 4 p.m. on Thursday after the government promised "
           "30 million euros in aid for the fleet. The prefecture said 5,200 trucks were still queuing and that "
           "it would take two days to clear them."),
    Report("port5", "Agency N", at(11, 14, 10),
           "Another 900 trucks crossed to Dover overnight, the prefecture said on Friday. The fishermen's "
           "committee said 80 boats had taken part in the blockade, the largest such protest since 2021."),
    # --- a dam release in Quang Nam, Vietnam: evacuations rise, the release rises then is cut ---
    Report("dam1", "Agency N", at(10, 20, 7),
           "The operator of the Song Tranh hydropower dam in Vietnam's Quang Nam province began releasing "
           "2,600 cubic metres of water a second at 5 a.m. on Sunday, and authorities evacuated 3,200 people "
           "living downstream."),
    Report("dam2", "Morning Ledger", at(10, 20, 16),
           "Quang Nam province said 8,400 people had been evacuated from villages along the Thu Bon river after "
           "the Song Tranh dam raised its release to 4,100 cubic metres a second."),
    Report("dam3", "City Radio", at(10, 21, 9),
           "Evacuations along the Thu Bon river reached 12,700 people on Monday, Quang Nam's disaster committee "
           "said, and 37 schools were being used as shelters. The reservoir was 98% full, the dam operator "
           "said."),
    Report("dam4", "Night Desk", at(10, 21, 18),
           "Some 12,700 residents of Quang Nam have left their homes because of the dam release, officials said, "
           "and two men were swept away trying to cross the Thu Bon river. The operator cut the release to "
           "1,800 cubic metres a second on Monday evening."),
    # --- a jewellery theft in Prague: a count corrected down, the museum against its insurer on the value ---
    Report("mus1", "Agency N", at(2, 17, 10),
           "Thieves broke into Prague's Museum of Decorative Arts overnight and stole 14 pieces of Art Nouveau "
           "jewellery, Czech police said on Monday. The break-in took less than eight minutes, police said."),
    Report("mus2", "Morning Ledger", at(2, 17, 17),
           "The museum's director, Tomas Vrba, said the stolen jewellery was worth about 3 million euros, but "
           "its insurer, Vltava Pojistovna, put the value at 9.5 million euros. It was the second theft from a "
           "Czech museum this year."),
    Report("mus3", "City Radio", at(2, 18, 9),
           "Police said 12 pieces of jewellery had been stolen from the Museum of Decorative Arts, not 14, after "
           "two brooches were found in a storeroom. The pieces include a tiara made by Rene Lalique in 1902."),
    Report("mus4", "Night Desk", at(2, 18, 16),
           "Czech police offered a reward of 1 million koruna for information on the Prague museum theft. The "
           "insurer said the 12 stolen pieces were worth 9.5 million euros, while the museum still puts their "
           "value at about 3 million euros. The museum spent 400,000 euros on security last year, its annual "
           "report shows."),
    # --- migrant arrivals on Lampedusa: the ministry against UNHCR, a reception centre emptied ---
    Report("lamp1", "Agency N", at(9, 3, 11),
           "More than 1,400 migrants reached Lampedusa in 48 hours, the Italian Red Cross said on Wednesday, on "
           "boats carrying between 20 and 60 people each. The island's reception centre, built for 350 people, "
           "was holding 1,950."),
    Report("lamp2", "Morning Ledger", at(9, 3, 18),
           "Italy's interior ministry said 41,300 migrants had arrived by sea this year, while the UN refugee "
           "agency UNHCR counted 44,800 sea arrivals to Italy over the same period."),
    Report("lamp3", "City Radio", at(9, 4, 9),
           "The Lampedusa reception centre held 1,950 people on Thursday morning, the Red Cross said, and 600 "
           "were to be transferred to Sicily during the day. Another 300 people arrived overnight on 11 boats. "
           "It was the third time this month the centre had been overcrowded."),
    Report("lamp4", "Night Desk", at(9, 4, 17),
           "After transfers to Sicily and Calabria, 720 people remained in the Lampedusa reception centre on "
           "Thursday evening, the Red Cross said. Italy's interior minister said 41,300 people had crossed to "
           "Italy by sea this year, \"not 44,800, as the UN agency claims\"."),
)

FIGURES = (
    LabelledFigure("schools damaged by the earthquake, southern Albania", "revised",
                   (("school1", "38"), ("school2", "64"), ("school4", "64"), ("school5", "60"))),
    LabelledFigure("earthquake magnitude, Albania", "consistent", (("school1", "5.9"), ("school3", "5.9"))),
    LabelledFigure("earthquake deaths, Albania", "consistent", (("school1", "Two"), ("school4", "two"))),
    LabelledFigure("pupils taught in tents, Gjirokaster", "consistent", (("school2", "9,000"),)),
    LabelledFigure("schools to be demolished, Albania", "disputed",
                   (("school3", "14"), ("school3", "six"), ("school4", "six"))),
    LabelledFigure("cost of school repairs, Albania", "consistent", (("school4", "11 million euros"),)),
    LabelledFigure("budget for school repairs, Albania", "consistent", (("school4", "7 million euros"),)),
    LabelledFigure("homes inspected, Tepelena", "consistent", (("school5", "212"),)),
    LabelledFigure("homes destroyed, Tepelena", "consistent", (("school5", "41"),)),
    LabelledFigure("homes damaged, Tepelena", "consistent", (("school5", "130"),)),
    LabelledFigure("grant per destroyed home", "consistent", (("school5", "5,000 euros"),)),
    LabelledFigure("patients waiting over a year, north Wales", "disputed",
                   (("wait1", "21,000"), ("wait1", "27,500"), ("wait2", "21,400"), ("wait3", "27,500"),
                    ("wait3", "21,400"))),
    LabelledFigure("money for weekend clinics, Betsi Cadwaladr", "consistent",
                   (("wait2", "18 million pounds"), ("wait4", "18 million pounds"))),
    LabelledFigure("orthopaedic patients waiting", "consistent", (("wait3", "9,800"),)),
    LabelledFigure("cost of weekend clinics", "consistent", (("wait4", "24 million pounds"),)),
    LabelledFigure("crowd at the Tbilisi march", "disputed",
                   (("march1", "85,000"), ("march1", "22,000"), ("march2", "22,000"),
                    ("march3", "Eighty-five thousand"))),
    LabelledFigure("protesters detained, Tbilisi march", "consistent",
                   (("march2", "14"), ("march3", "14"), ("march4", "14"))),
    LabelledFigure("police officers hurt, Tbilisi", "consistent", (("march2", "Nine"),)),
    LabelledFigure("protesters injured, Tbilisi", "consistent", (("march3", "31"),)),
    LabelledFigure("detained protesters released, Tbilisi", "consistent", (("march4", "9"),)),
    LabelledFigure("cholera cases, Nampula province", "revised",
                   (("chol1", "340"), ("chol2", "515"), ("chol4", "790"), ("chol5", "790"))),
    LabelledFigure("cholera deaths, Nampula province", "revised",
                   (("chol1", "7"), ("chol2", "9"), ("chol3", "Nine"), ("chol4", "11"), ("chol5", "eleven"))),
    LabelledFigure("beds at the MSF cholera centre", "consistent", (("chol3", "180"),)),
    LabelledFigure("patients at the MSF cholera centre", "consistent", (("chol3", "164"),)),
    LabelledFigure("cholera deaths this year, Mozambique", "consistent", (("chol4", "26"),)),
    LabelledFigure("water delivered a day, Nampula", "consistent", (("chol5", "400,000 litres"),)),
    LabelledFigure("people missing, Myagdi landslide", "revised",
                   (("slide1", "23"), ("slide2", "17"), ("slide3", "12"), ("slide4", "8"))),
    LabelledFigure("landslide deaths, Myagdi", "revised", (("slide2", "6"), ("slide3", "11"), ("slide4", "15"))),
    LabelledFigure("houses buried, Dana", "consistent", (("slide2", "19"), ("slide4", "19"))),
    LabelledFigure("injured villagers flown to Pokhara", "consistent", (("slide3", "4"),)),
    LabelledFigure("families moved to a school in Beni", "consistent", (("slide4", "45"),)),
    LabelledFigure("landslide deaths this monsoon, Nepal", "consistent", (("slide4", "112"),)),
    LabelledFigure("jobs cut at Arkon's Lodz factory", "disputed",
                   (("lay1", "450"), ("lay2", "700"), ("lay2", "450"), ("lay3", "450"), ("lay4", "Seven hundred"))),
    LabelledFigure("workers at Arkon's Lodz factory", "consistent", (("lay1", "1,900"),)),
    LabelledFigure("Arkon's severance cost", "consistent", (("lay3", "38 million zlotys"),)),
    LabelledFigure("Arkon share rise", "consistent", (("lay3", "4%"),)),
    LabelledFigure("workers at the protest, Lodz", "consistent", (("lay4", "1,200"),)),
    LabelledFigure("passengers aboard the Nordvik Air flight", "consistent", (("plane1", "186"), ("plane4", "186"))),
    LabelledFigure("crew aboard the Nordvik Air flight", "consistent", (("plane1", "six"),)),
    LabelledFigure("passengers taken to hospital, Shannon landing", "revised",
                   (("plane2", "Eleven"), ("plane3", "Nineteen"))),
    LabelledFigure("passengers kept in hospital overnight", "consistent", (("plane3", "3"),)),
    LabelledFigure("passengers flown on to Gran Canaria", "consistent", (("plane4", "180"),)),
    LabelledFigure("wedding guests taken ill, Fez", "revised",
                   (("wed1", "90"), ("wed2", "146"), ("wed4", "146"), ("wed5", "171"))),
    LabelledFigure("guests at the Fez wedding", "disputed", (("wed3", "400"), ("wed3", "650"), ("wed4", "650"))),
    LabelledFigure("wedding guests still in hospital", "consistent", (("wed4", "23"),)),
    LabelledFigure("maximum fine for the caterer", "consistent", (("wed5", "500,000 dirhams"),)),
    LabelledFigure("boats in the Calais blockade", "disputed",
                   (("port1", "80"), ("port1", "45"), ("port3", "Forty-five"), ("port5", "80"))),
    LabelledFigure("trucks stranded near Calais", "revised",
                   (("port1", "1,500"), ("port2", "3,800"), ("port3", "3,800"), ("port4", "5,200"))),
    LabelledFigure("meals handed out at Calais", "consistent", (("port3", "2,000"),)),
    LabelledFigure("aid promised to the fishing fleet", "consistent", (("port4", "30 million euros"),)),
    LabelledFigure("people evacuated below the Song Tranh dam", "revised",
                   (("dam1", "3,200"), ("dam2", "8,400"), ("dam3", "12,700"), ("dam4", "12,700"))),
    LabelledFigure("water released by the Song Tranh dam", "revised",
                   (("dam1", "2,600 cubic metres"), ("dam2", "4,100 cubic metres"), ("dam4", "1,800 cubic metres"))),
    LabelledFigure("schools used as shelters, Quang Nam", "consistent", (("dam3", "37"),)),
    LabelledFigure("Song Tranh reservoir level", "consistent", (("dam3", "98%"),)),
    LabelledFigure("men swept away, Thu Bon river", "consistent", (("dam4", "two"),)),
    LabelledFigure("pieces of jewellery stolen, Prague", "revised",
                   (("mus1", "14"), ("mus3", "12"), ("mus3", "14"), ("mus4", "12"))),
    LabelledFigure("value of the stolen jewellery, Prague", "disputed",
                   (("mus2", "3 million euros"), ("mus2", "9.5 million euros"), ("mus4", "9.5 million euros"),
                    ("mus4", "3 million euros"))),
    LabelledFigure("reward for the Prague theft", "consistent", (("mus4", "1 million koruna"),)),
    LabelledFigure("museum's security spending", "consistent", (("mus4", "400,000 euros"),)),
    LabelledFigure("migrants reaching Lampedusa in 48 hours", "consistent", (("lamp1", "1,400"),)),
    LabelledFigure("capacity of the Lampedusa centre", "consistent", (("lamp1", "350"),)),
    LabelledFigure("people held in the Lampedusa centre", "revised",
                   (("lamp1", "1,950"), ("lamp3", "1,950"), ("lamp4", "720"))),
    LabelledFigure("sea arrivals to Italy this year", "disputed",
                   (("lamp2", "41,300"), ("lamp2", "44,800"), ("lamp4", "41,300"), ("lamp4", "44,800"))),
    LabelledFigure("people to be transferred to Sicily", "consistent", (("lamp3", "600"),)),
    LabelledFigure("boats arriving overnight, Lampedusa", "consistent", (("lamp3", "11"),)),
)

NO_FIGURE = (
    ("school1", "11:40 p.m."), ("school2", "three weeks"), ("school3", "1969"), ("school4", "71"), ("school4", "68"),
    ("wait2", "12 months"), ("wait4", "31"), ("wait4", "27"), ("wait4", "2023"),
    ("march1", "five hours"), ("march1", "9 p.m."), ("march3", "2019"), ("march4", "5"), ("march4", "One law"),
    ("march4", "two laws"), ("march4", "ten laws"),
    ("chol1", "two weeks"), ("chol2", "120"), ("chol2", "24 hours"),
    ("slide1", "36 hours"),
    ("lay1", "1972"), ("lay4", "two-hour"), ("lay4", "52"),
    ("plane1", "737"), ("plane2", "1:25 p.m."), ("plane4", "14 years"),
    ("wed1", "3-1"), ("wed1", "21-year-old"), ("wed2", "74-year-old"),
    ("port1", "A16"), ("port2", "One day"), ("port2", "two days"), ("port2", "14 hours"), ("port3", "50,000"),
    ("port3", "200,000"), ("port4", "4 p.m."), ("port4", "two days"), ("port5", "900"), ("port5", "2021"),
    ("dam1", "5 a.m."),
    ("mus1", "eight minutes"), ("mus2", "second"), ("mus3", "two"), ("mus3", "1902"),
    ("lamp1", "48 hours"), ("lamp1", "20"), ("lamp1", "60"), ("lamp3", "300"), ("lamp3", "third"),
)
