"""A twenty-third labelled set, unseen by the matcher's rules: 58 reports about 13 events unlike those
of the other sets (bedbugs closing primary schools in Lyon, chikungunya in Mauritius, illegal gold
dredges burned on the Madeira river in Rondonia, a toll operator double-charging motorists on
Malaysia's North-South Expressway, a fire in a Santiago data centre knocking government services
offline, an ice jam flooding Lensk on the Lena, fishermen lost in a squall on Lake Victoria off
Kalangala, hooded vultures poisoned near Bafata in Guinea-Bissau, ticket holders locked out and
crushed at the gates of El Campin in Bogota, pilgrims stranded on the Kedarnath route after a
cloudburst, African swine fever in Estonia's Viljandi county, salt water pushing up the Mekong delta,
a cracked pillar closing a bridge in Novi Sad), written and labelled blind: without reading the
matcher's or the extractor's code, the tests or the other sets' reports, and committed before it was
run through them once.

It holds 45 labelled figures (15 disputed, 13 revised, 17 consistent) and 58 NO_FIGURE values.

The disputes set two named sources against each other on the same thing at about the same time: in
one sentence with "but" or "while" (a city hall against opposition councillors on the cost of
fumigating schools, an operator against a consumers' federation on motorists double-charged, police
against a fishermen's association on boats lost, a ministry against a farmers' federation on
compensation); across two sentences of one report with no cue word (federal police against a miners'
cooperative on the monthly value of gold dredged, an emergencies ministry against a regional
government on people evacuated); across two outlets on the same day or the next, each in its own
wording and with no cue word (a ministry against doctors on deaths, a data-centre operator against
insurers on the damage, a ministry against conservationists on dead vultures, a city health
secretary against a football club on people hurt, a state works department against a roads agency
on the length of road washed away, a food board against retailers on pork withdrawn, a ministry
against scientists on rice damaged, a city traffic department against police on daily traffic); and
restated a day or more later against the other side ("stood by its estimate", "still puts ... at",
"repeated that", "kept to its estimate", "stuck to its estimate ..., nearly three times", "stood by
its count", "maintained that", "insisted that ..., a figure police have put at"). Four are over
money (euros twice, reais, Chilean pesos) and four over measures (litres of diesel, kilometres of
road, tonnes of pork, hectares of rice); sums in ringgit and dinars are revised instead.

The revisions are counts that rise or fall over days, each outlet wording them its own way (schools
shut, closed; infections, cases; dredges destroyed, burned, torched rafts; government services
knocked offline, still offline, remaining down; houses flooded, homes reached by floodwater;
fishermen missing, unaccounted for; arrests; pilgrims stranded, still waiting to be evacuated, still
stuck; pigs culled, killed; households without drinking water, depending on trucked water), with
"now", "rose to", "climbed to", "bringing the total to", "fell to", "reached" or no cue at all; a
toll operator's refunds growing; a city's repair estimate raised by the same body with "up from"
(the old value in that sentence belongs to the revised figure); police correcting their own count of
arrests with "not six as they first announced" (the old value there is labelled too); counts that
fall as pilgrims are flown out, missing fishermen turn up and services come back.

The consistent figures are repeated by several outlets or agree through their qualifiers ("Some
3,200" with 3,200, "about 40,000" with 40,000, "About 120" with "Some 120", "at least 20" with
"Twenty-four", "More than 200" with 230, "About 9,000" with "Some 9,000"), in digits and words (17,
"Seventeen" and "seventeen"; "Seven" and 7; 28 and "Twenty-eight"; 12 and "twelve"; "Nine" and 9; 4,
"four" and "Four"; "6 kilometres" and "six kilometres").

Scopes that must stay apart, each left as a lone unlabelled value: schools shut in Villeurbanne and
in Lyon; cases in Port Louis and on Rodrigues and in all of Mauritius; the worth of one dredge and
the monthly value of the gold; fans hurt seriously and all fans hurt; evacuated children and all
evacuated; households in Ben Tre and in the whole delta. The NO_FIGURE
traps: clock times, dates, years, durations, ages, the two ends of a range of ages and of hours,
ordinals, a city assembly's vote, a match score, phone numbers and a hotline, a radio frequency, an
aircraft's and a helicopter's model names, a data centre's tier, a highway's and two expressways'
names, a bus line, a gate, a bridge pillar's number, a change in a river's level, multiples and
changes ("three times", "3 more", "176 more", "5,500 more") and a rhetorical series inside one quote.

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body; money
keeps its currency and scale ("€1.2 million", "26 million reais", "RM2.6 million", "12 billion pesos",
"2.4 billion dinars"), measures keep their unit ("45,000 litres", "3 kilometres", "85 tonnes",
"28,000 hectares"), and qualifiers are left out.
"""

# fmt: off
# Kept in the compact layout of the other labelled sets, one report per block.

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- bedbugs in Lyon's primary schools: schools shut day by day, a row over the cost ---
    Report("bed1", "AFP", at(9, 15, 10),
           "Eleven primary schools in Lyon were shut on Monday after bedbugs were found in classrooms and "
           "canteens, the city's education office said. Some 3,200 pupils were told to stay at home while pest "
           "controllers treated the buildings. The first bites were reported by a teacher in the 8th "
           "arrondissement."),
    Report("bed2", "Le Progres", at(9, 16, 8),
           "Bedbugs have now closed 14 schools in Lyon, the city's education office said on Tuesday. In "
           "neighbouring Villeurbanne, 3 more schools were shut as a precaution."),
    Report("bed3", "Reuters", at(9, 15, 16),
           "The French city of Lyon closed 11 schools on Monday over an outbreak of bedbugs, leaving 3,200 "
           "children without lessons. Parents' groups demanded that every school be inspected."),
    Report("bed4", "Reuters", at(9, 17, 12),
           "Lyon city hall said fumigating its schools would cost €1.2 million, but opposition councillors put "
           "the bill at €2.5 million. The number of schools closed in the city climbed to 19 on Wednesday. "
           "Deputy mayor Claire Besson, 47, said classes would resume within 10 days."),
    Report("bed5", "Le Progres", at(9, 18, 9),
           "City hall stood by its estimate of €1.2 million for ridding the schools of bedbugs. The opposition "
           "group Lyon en Commun said the real cost was €2.5 million once desks and mattresses were replaced. "
           "Pest controllers have been working 12-hour shifts since Monday."),
    # --- chikungunya in Mauritius: cases rise, the ministry and doctors differ on deaths ---
    Report("chik1", "Defimedia", at(2, 3, 9),
           "Mauritius has recorded 214 cases of chikungunya since the start of January, the health ministry "
           "said on Monday. Most were in Port Louis, where 131 infections have been confirmed. The ministry has "
           "opened a hotline on 8924."),
    Report("chik2", "AFP", at(2, 6, 11),
           "Health officials in Mauritius confirmed 176 more chikungunya infections this week, bringing the "
           "total to 390. Health workers have sprayed about 40,000 households against mosquitoes."),
    Report("chik3", "Reuters", at(2, 7, 10),
           "Chikungunya has killed 3 people in Mauritius, all of them over 70, the health ministry said on "
           "Friday. Fogging teams have treated 40,000 homes on the island since January."),
    Report("chik4", "Defimedia", at(2, 8, 9),
           "The Mauritius Medical Association said seven patients had died of chikungunya and accused the "
           "ministry of undercounting. Cases on the island reached 512 on Saturday, officials said."),
    Report("chik5", "AFP", at(2, 10, 12),
           "The health ministry still puts chikungunya deaths at three, whereas private doctors say 7 patients "
           "have died. On Rodrigues, 12 cases have been confirmed. The island's last big epidemic was in 2006."),
    # --- illegal gold dredges on the Madeira river: rafts burned, a row over what they produce ---
    Report("drg1", "Reuters", at(6, 9, 14),
           "Brazilian environmental agents have destroyed 38 illegal gold dredges on the Madeira river in "
           "Rondonia since the operation began on June 5, the agency Ibama said. Some 300 agents, backed by "
           "federal police and a Cessna 208 spotter plane, are taking part."),
    Report("drg2", "Folha de S.Paulo", at(6, 10, 9),
           "The number of dredges burned on the Madeira river rose to 61, Ibama said on Tuesday. Federal police "
           "estimate the gold the barges pulled from the riverbed was worth 26 million reais a month. A miners' "
           "cooperative in Humaita put their monthly output at 4 million reais."),
    Report("drg3", "Associated Press", at(6, 10, 15),
           "About 300 officers from Ibama and the federal police have now torched 61 dredging rafts along the "
           "Madeira, officials said. Each raft can cost its owner up to 1.5 million reais. Many were moored "
           "near the BR-319 highway."),
    Report("drg4", "Folha de S.Paulo", at(6, 12, 10),
           "Ibama said 85 dredges had been destroyed by Thursday. The federal police repeated that the barges "
           "produced 26 million reais of gold every month. A 41-year-old dredge owner was detained in Porto "
           "Velho."),
    # --- double charging on Malaysia's tolled expressway: how many drivers, refunds growing ---
    Report("toll1", "The Star", at(4, 14, 13),
           "Toll operator PLUS said 48,000 motorists were charged twice at 17 toll plazas on Sunday after a "
           "software update went wrong at 6 a.m. It urged affected drivers to call 1-800-88-0000."),
    Report("toll2", "Malay Mail", at(4, 14, 18),
           "PLUS said about 48,000 road users had been double-charged, while the Federation of Malaysian "
           "Consumers Associations said complaints it received suggested 130,000 were affected. Seventeen toll "
           "plazas on the E1 and E2 expressways were hit."),
    Report("toll3", "Reuters", at(4, 16, 10),
           "Malaysian highway operator PLUS has refunded RM1.1 million to motorists wrongly charged on Sunday, it "
           "said on Tuesday. Consumer group Fomca stuck to its estimate that 130,000 drivers were hit, nearly "
           "three times the operator's count."),
    Report("toll4", "The Star", at(4, 18, 9),
           "Refunds to drivers double-charged at seventeen toll plazas now total RM2.6 million, PLUS said on "
           "Thursday. The operator said its figure of 48,000 affected motorists had not changed."),
    # --- a data centre fire in Santiago: services offline, the damage disputed ---
    Report("dc1", "La Tercera", at(11, 8, 9),
           "A fire at a data centre in Santiago's Quilicura district knocked 43 government online services "
           "offline on Saturday, Chile's digital government secretariat said. About 120 firefighters fought "
           "the blaze, which broke out at 2.40 a.m. in a battery room."),
    Report("dc2", "Reuters", at(11, 8, 15),
           "Some 120 firefighters battled the fire at the DataSur centre in Quilicura for 7 hours. The "
           "company said 1,400 business customers whose servers it hosts had lost access to their data."),
    Report("dc3", "El Mercurio", at(11, 9, 10),
           "Nineteen state services were still offline on Sunday, a day after the fire at the DataSur data "
           "centre, the secretariat said. DataSur put the damage at 12 billion pesos. Staff at the Tier III "
           "facility were evacuated safely."),
    Report("dc4", "Diario Financiero", at(11, 9, 17),
           "Insurers assessing the Quilicura data centre fire estimate the losses at 30 billion pesos, "
           "including equipment and business interruption. The fire cut off 1,400 firms that kept their data "
           "there."),
    Report("dc5", "La Tercera", at(11, 11, 9),
           "Only six government online services remained down on Tuesday, the digital government secretariat "
           "said, and the rest should return by November 14. Civil registry appointments can be booked by "
           "phone on 600 370 2000."),
    # --- an ice jam floods Lensk: houses flooded, evacuees and spilled diesel disputed ---
    Report("ice1", "TASS", at(5, 12, 8),
           "An ice jam on the Lena river flooded 240 houses in the town of Lensk on Monday, Russia's emergencies "
           "ministry said. The water rose 1.5 metres overnight. Seven villages downstream were cut off."),
    Report("ice2", "Interfax", at(5, 12, 16),
           "The emergencies ministry said 1,800 people had been evacuated from Lensk. The Yakutia regional "
           "government said 3,100 residents had been moved out of the town. Some 700 are staying in temporary "
           "shelters set up in schools."),
    Report("ice3", "Reuters", at(5, 13, 9),
           "Floodwater has now reached 610 homes in the Siberian town of Lensk, officials said on Tuesday. "
           "Rosprirodnadzor, the environmental watchdog, said 45,000 litres of diesel had leaked from a fuel "
           "depot into the Lena. Mi-8 helicopters were flying supplies to 7 cut-off villages."),
    Report("ice4", "Yakutia Daily", at(5, 13, 14),
           "The depot's operator, Lenaneftesnab, said no more than 12,000 litres of diesel had escaped. About "
           "700 evacuees were in shelters, the town administration said. Lensk was last flooded this badly in "
           "2001."),
    Report("ice5", "TASS", at(5, 14, 10),
           "The number of flooded houses in Lensk climbed to 900 on the third day of the flood, the emergencies "
           "ministry said. It repeated that 1,800 people, 520 of them children, had been evacuated. The "
           "watchdog kept to its estimate of 45,000 litres of spilled diesel."),
    # --- a squall on Lake Victoria: missing fishermen fall as men turn up, boats lost disputed ---
    Report("lak1", "Daily Monitor", at(3, 20, 10),
           "At least 46 fishermen were missing after a violent squall swept Lake Victoria near the Kalangala "
           "islands on Wednesday, police said. Marine police rescued 28 men clinging to capsized boats. The "
           "storm struck shortly after 4 p.m."),
    Report("lak2", "New Vision", at(3, 21, 9),
           "Police said 23 boats were lost in Wednesday's storm on Lake Victoria, while the Kalangala fishermen's "
           "association said 40 canoes had sunk or been swept away. Thirty-one fishermen were still unaccounted "
           "for on Thursday. Local station 88.6 FM broadcast appeals for news of the missing."),
    Report("lak3", "Reuters", at(3, 21, 16),
           "Searchers have recovered 12 bodies from Lake Victoria since Wednesday's storm, Ugandan police said, "
           "and 31 fishermen remain missing. Twenty-eight survivors were treated at Kalangala health centre."),
    Report("lak4", "Daily Monitor", at(3, 23, 11),
           "The number of fishermen missing on Lake Victoria fell to 19 on Saturday as men who had sheltered on "
           "remote islands returned home, police said. Divers have pulled twelve bodies from the water. The "
           "dead were aged between 17 and 58."),
    # --- poisoned vultures in Guinea-Bissau: a ministry against conservationists, arrests corrected ---
    Report("vul1", "Lusa", at(1, 14, 12),
           "Guinea-Bissau's environment ministry said 340 hooded vultures had died after feeding on poisoned "
           "cattle carcasses near Bafata. Police arrested 6 people suspected of lacing the meat with a "
           "pesticide, among them a 35-year-old herder."),
    Report("vul2", "AFP", at(1, 15, 9),
           "Some 1,200 vultures were found dead around Bafata, the conservation group Palmeirinha said on "
           "Tuesday. Vets had saved at least 20 birds."),
    Report("vul3", "Reuters", at(1, 16, 10),
           "Police in Guinea-Bissau said 4 people had been arrested over the poisoning of vultures near Bafata, "
           "not six as they first announced. The environment ministry said 340 birds had died, the second mass "
           "poisoning in the country in three years. Twenty-four vultures survived after treatment by vets."),
    Report("vul4", "Lusa", at(1, 18, 9),
           "Palmeirinha repeated on Friday that 1,200 vultures had been killed, against the ministry's count of "
           "340. The hooded vulture has been listed as critically endangered since 2015."),
    # --- ticket holders locked out at El Campin: people hurt disputed, arrests rising ---
    Report("gate1", "El Tiempo", at(8, 24, 23),
           "About 9,000 supporters with valid tickets were locked out of El Campin stadium in Bogota on Sunday "
           "after the gates were shut early, the city said. Millonarios beat Santa Fe 2-1 in the derby with a "
           "goal in the 90th minute."),
    Report("gate2", "Associated Press", at(8, 25, 8),
           "Bogota's health secretary said 62 fans were hurt in crushes at the stadium gates on Sunday night, 9 "
           "of them seriously. Police said 11 people had been arrested. Some 1,500 officers were on duty for the "
           "match."),
    Report("gate3", "Semana", at(8, 25, 12),
           "Millonarios said 25 spectators needed treatment after the crush outside El Campin. Some 9,000 fans "
           "could not get in despite holding tickets, the club admitted. Gate 7 was the worst hit."),
    Report("gate4", "El Tiempo", at(8, 26, 10),
           "Arrests over Sunday's chaos at El Campin climbed to 18, police said on Tuesday. The 1,500 police "
           "officers at the derby could not control the crowds, the mayor's office admitted. A 19-year-old fan "
           "remains in intensive care."),
    Report("gate5", "Reuters", at(8, 26, 15),
           "The Bogota health secretariat stood by its count of 62 injured fans. About 9,000 ticket holders missed "
           "the match, which kicked off at 6 p.m. \"One hour, two hours, we waited, and nobody opened,\" said "
           "ticket holder Andres Rojas."),
    # --- pilgrims stranded on the Kedarnath route: numbers fall as helicopters fly them out ---
    Report("pil1", "PTI", at(7, 7, 11),
           "About 6,500 pilgrims were stranded on the route to Kedarnath on Monday after a cloudburst washed "
           "away part of National Highway 107 near Sonprayag, Uttarakhand officials said. The state public "
           "works department said 3 kilometres of road had been destroyed."),
    Report("pil2", "NDTV", at(7, 8, 9),
           "Nine helicopters have been flying stranded devotees out of Kedarnath since dawn, officials said. "
           "Some 4,200 were still waiting to be evacuated on Tuesday. The Border Roads Organisation said 1.2 "
           "kilometres of the road had been swept away."),
    Report("pil3", "Times of India", at(7, 8, 18),
           "Uttarakhand's public works department maintained that 3 kilometres of the Gaurikund road were "
           "destroyed. About 4,200 yatris remained stuck at Kedarnath. The chief minister chaired a review "
           "meeting at 11 a.m."),
    Report("pil4", "PTI", at(7, 10, 10),
           "The number of pilgrims still stranded near Kedarnath fell to 1,900 on Thursday, the fourth day of "
           "an airlift using 9 helicopters. A pilgrim, 72, died of a heart attack on the trek down."),
    # --- African swine fever in Viljandi county: culls rise, compensation and pork disputed ---
    Report("asf1", "ERR News", at(10, 2, 12),
           "African swine fever has been confirmed on 4 pig farms in Estonia's Viljandi county, the Agriculture "
           "and Food Board said. It has culled 2,300 pigs so far. The disease last struck Estonian farms in "
           "2015."),
    Report("asf2", "Postimees", at(10, 4, 10),
           "Vets killed 5,500 more pigs on Saturday, bringing the total culled in Viljandi county to 7,800, the "
           "board said. All four infected farms lie in the south of the county. The first case was found on "
           "September 29."),
    Report("asf3", "Reuters", at(10, 6, 9),
           "Estonia's rural affairs ministry said farmers would receive €3 million in compensation for the "
           "swine fever culls, while the Estonian Farmers' Federation said losses would reach €9 million. Four "
           "farms are infected."),
    Report("asf4", "ERR News", at(10, 8, 11),
           "Culls in Viljandi county have now reached 12,000 pigs, the Agriculture and Food Board said on "
           "Wednesday. The board said 85 tonnes of pork from the infected farms had been withdrawn from shops."),
    Report("asf5", "Postimees", at(10, 8, 16),
           "Retailers said 140 tonnes of pork from the infected Viljandi farms had been taken off the shelves. "
           "The farmers' federation repeated that losses would reach €9 million, three times the compensation "
           "on offer."),
    # --- salt water in the Mekong delta: households without water rise, rice damage disputed ---
    Report("salt1", "VnExpress", at(4, 2, 9),
           "Salt water pushing up the Mekong has damaged 28,000 hectares of rice in the delta, Vietnam's "
           "agriculture ministry said. About 62,000 households had no fresh water."),
    Report("salt2", "Reuters", at(4, 3, 11),
           "Salinity intrusion has hit 41,000 hectares of rice in the Mekong delta, scientists at Can Tho "
           "University said. The number of households without drinking water rose to 80,000, state media said."),
    Report("salt3", "Tuoi Tre", at(4, 4, 8),
           "More than 200 water tankers have been sent to the delta, the disaster agency said. The agriculture "
           "ministry kept its estimate of 28,000 hectares of damaged rice. The last drought this severe was in "
           "2016."),
    Report("salt4", "VnExpress", at(4, 6, 10),
           "Some 96,000 households in the Mekong delta now depend on water trucked in by 230 tankers, officials "
           "said, and Ben Tre alone accounts for 31,000 of them. The tankers run from 5 a.m. to 9 p.m."),
    # --- a cracked pillar closes a bridge in Novi Sad: traffic disputed, repair bill raised ---
    Report("brg1", "N1", at(12, 1, 10),
           "Novi Sad closed the Liberty Bridge to all traffic on Monday after engineers found a crack in pillar "
           "3, the city said. The bridge normally carries 45,000 vehicles a day, the city's traffic department "
           "said, and drivers face a detour of 6 kilometres. The city assembly voted 51 to 27 to fund repairs."),
    Report("brg2", "RTS", at(12, 1, 17),
           "Police said about 28,000 vehicles crossed the Liberty Bridge on a typical weekday. City engineers "
           "estimate repairs at 900 million dinars. The bridge opened in 1981."),
    Report("brg3", "Reuters", at(12, 3, 9),
           "Novi Sad now estimates the cost of repairing the Liberty Bridge at 2.4 billion dinars, up from 900 "
           "million dinars, after divers inspected the pillars. Motorists must drive six kilometres around via "
           "the Zezelj bridge, and bus line 12 has been rerouted."),
    Report("brg4", "Danas", at(12, 3, 15),
           "The city traffic department insisted that 45,000 vehicles a day used the Liberty Bridge before it "
           "shut, a figure police have put at 28,000. Repairs are expected to take 8 months."),
)

FIGURES = (
    # bedbugs, Lyon
    LabelledFigure("schools closed in Lyon over bedbugs", "revised",
                   (("bed1", "Eleven"), ("bed3", "11"), ("bed2", "14"), ("bed4", "19"))),
    LabelledFigure("pupils kept at home in Lyon", "consistent", (("bed1", "3,200"), ("bed3", "3,200"))),
    LabelledFigure("cost of fumigating Lyon's schools", "disputed",
                   (("bed4", "€1.2 million"), ("bed4", "€2.5 million"), ("bed5", "€1.2 million"),
                    ("bed5", "€2.5 million"))),
    # chikungunya, Mauritius
    LabelledFigure("chikungunya cases in Mauritius", "revised", (("chik1", "214"), ("chik2", "390"), ("chik4", "512"))),
    LabelledFigure("chikungunya deaths in Mauritius", "disputed",
                   (("chik3", "3"), ("chik4", "seven"), ("chik5", "three"), ("chik5", "7"))),
    LabelledFigure("homes sprayed against mosquitoes", "consistent", (("chik2", "40,000"), ("chik3", "40,000"))),
    # gold dredges, Madeira river
    LabelledFigure("gold dredges destroyed on the Madeira", "revised",
                   (("drg1", "38"), ("drg2", "61"), ("drg3", "61"), ("drg4", "85"))),
    LabelledFigure("agents in the dredge operation", "consistent", (("drg1", "300"), ("drg3", "300"))),
    LabelledFigure("monthly value of the gold dredged", "disputed",
                   (("drg2", "26 million reais"), ("drg2", "4 million reais"), ("drg4", "26 million reais"))),
    # double charging, Malaysia
    LabelledFigure("motorists charged twice", "disputed",
                   (("toll1", "48,000"), ("toll2", "48,000"), ("toll2", "130,000"), ("toll3", "130,000"),
                    ("toll4", "48,000"))),
    LabelledFigure("toll plazas hit by the glitch", "consistent",
                   (("toll1", "17"), ("toll2", "Seventeen"), ("toll4", "seventeen"))),
    LabelledFigure("refunds paid to motorists", "revised", (("toll3", "RM1.1 million"), ("toll4", "RM2.6 million"))),
    # data centre fire, Santiago
    LabelledFigure("government services offline", "revised", (("dc1", "43"), ("dc3", "Nineteen"), ("dc5", "six"))),
    LabelledFigure("firefighters at the data centre", "consistent", (("dc1", "120"), ("dc2", "120"))),
    LabelledFigure("companies hosted at the data centre", "consistent", (("dc2", "1,400"), ("dc4", "1,400"))),
    LabelledFigure("damage from the data centre fire", "disputed",
                   (("dc3", "12 billion pesos"), ("dc4", "30 billion pesos"))),
    # ice jam, Lensk
    LabelledFigure("houses flooded in Lensk", "revised", (("ice1", "240"), ("ice3", "610"), ("ice5", "900"))),
    LabelledFigure("villages cut off by the flood", "consistent", (("ice1", "Seven"), ("ice3", "7"))),
    LabelledFigure("people evacuated from Lensk", "disputed",
                   (("ice2", "1,800"), ("ice2", "3,100"), ("ice5", "1,800"))),
    LabelledFigure("evacuees in shelters in Lensk", "consistent", (("ice2", "700"), ("ice4", "700"))),
    LabelledFigure("diesel leaked into the Lena", "disputed",
                   (("ice3", "45,000 litres"), ("ice4", "12,000 litres"), ("ice5", "45,000 litres"))),
    # squall, Lake Victoria
    LabelledFigure("fishermen missing on Lake Victoria", "revised",
                   (("lak1", "46"), ("lak2", "Thirty-one"), ("lak3", "31"), ("lak4", "19"))),
    LabelledFigure("fishermen rescued on Lake Victoria", "consistent", (("lak1", "28"), ("lak3", "Twenty-eight"))),
    LabelledFigure("boats lost on Lake Victoria", "disputed", (("lak2", "23"), ("lak2", "40"))),
    LabelledFigure("bodies recovered from Lake Victoria", "consistent", (("lak3", "12"), ("lak4", "twelve"))),
    # vultures, Guinea-Bissau
    LabelledFigure("vultures poisoned near Bafata", "disputed",
                   (("vul1", "340"), ("vul2", "1,200"), ("vul3", "340"), ("vul4", "1,200"), ("vul4", "340"))),
    LabelledFigure("people arrested over the poisoning", "revised", (("vul1", "6"), ("vul3", "4"), ("vul3", "six"))),
    LabelledFigure("vultures saved by vets", "consistent", (("vul2", "20"), ("vul3", "Twenty-four"))),
    # El Campin, Bogota
    LabelledFigure("ticket holders locked out of El Campin", "consistent",
                   (("gate1", "9,000"), ("gate3", "9,000"), ("gate5", "9,000"))),
    LabelledFigure("fans hurt at the El Campin gates", "disputed",
                   (("gate2", "62"), ("gate3", "25"), ("gate5", "62"))),
    LabelledFigure("arrests after the El Campin chaos", "revised", (("gate2", "11"), ("gate4", "18"))),
    LabelledFigure("police on duty at the derby", "consistent", (("gate2", "1,500"), ("gate4", "1,500"))),
    # Kedarnath pilgrims
    LabelledFigure("pilgrims stranded near Kedarnath", "revised",
                   (("pil1", "6,500"), ("pil2", "4,200"), ("pil3", "4,200"), ("pil4", "1,900"))),
    LabelledFigure("helicopters in the Kedarnath airlift", "consistent", (("pil2", "Nine"), ("pil4", "9"))),
    LabelledFigure("road washed away on the Kedarnath route", "disputed",
                   (("pil1", "3 kilometres"), ("pil2", "1.2 kilometres"), ("pil3", "3 kilometres"))),
    # swine fever, Estonia
    LabelledFigure("pigs culled in Viljandi county", "revised",
                   (("asf1", "2,300"), ("asf2", "7,800"), ("asf4", "12,000"))),
    LabelledFigure("farms infected with swine fever", "consistent",
                   (("asf1", "4"), ("asf2", "four"), ("asf3", "Four"))),
    LabelledFigure("compensation and losses from the swine fever culls", "disputed",
                   (("asf3", "€3 million"), ("asf3", "€9 million"), ("asf5", "€9 million"))),
    LabelledFigure("pork withdrawn from shops", "disputed", (("asf4", "85 tonnes"), ("asf5", "140 tonnes"))),
    # salt water, Mekong delta
    LabelledFigure("rice damaged by salt water", "disputed",
                   (("salt1", "28,000 hectares"), ("salt2", "41,000 hectares"), ("salt3", "28,000 hectares"))),
    LabelledFigure("households without fresh water in the delta", "revised",
                   (("salt1", "62,000"), ("salt2", "80,000"), ("salt4", "96,000"))),
    LabelledFigure("water tankers sent to the delta", "consistent", (("salt3", "200"), ("salt4", "230"))),
    # Liberty Bridge, Novi Sad
    LabelledFigure("vehicles a day on the Liberty Bridge", "disputed",
                   (("brg1", "45,000"), ("brg2", "28,000"), ("brg4", "45,000"), ("brg4", "28,000"))),
    LabelledFigure("cost of repairing the Liberty Bridge", "revised",
                   (("brg2", "900 million dinars"), ("brg3", "2.4 billion dinars"), ("brg3", "900 million dinars"))),
    LabelledFigure("detour around the Liberty Bridge", "consistent",
                   (("brg1", "6 kilometres"), ("brg3", "six kilometres"))),
)

# Numbers that are no figure: clock times, dates, years, durations, ages, the ends of ranges,
# ordinals, a vote, a score, phone numbers, a radio frequency, model and road names, a bus line,
# a gate, a pillar, a change in level, multiples and changes, and a rhetorical series in a quote.
# None of them may be in a figure with another value.
NO_FIGURE = (
    ("bed1", "8th"), ("bed2", "3 more"), ("bed4", "47"), ("bed4", "10 days"), ("bed5", "12-hour"),
    ("chik1", "8924"), ("chik2", "176 more"), ("chik3", "70"), ("chik5", "2006"),
    ("drg1", "June 5"), ("drg1", "Cessna 208"), ("drg3", "BR-319"), ("drg4", "41-year-old"),
    ("toll1", "6 a.m."), ("toll1", "1-800-88-0000"), ("toll2", "E1"), ("toll2", "E2"), ("toll3", "three times"),
    ("dc1", "2.40 a.m."), ("dc2", "7 hours"), ("dc3", "Tier III"), ("dc5", "November 14"), ("dc5", "600 370 2000"),
    ("ice1", "1.5 metres"), ("ice3", "Mi-8"), ("ice4", "2001"), ("ice5", "third"),
    ("lak1", "4 p.m."), ("lak2", "88.6 FM"), ("lak4", "17"), ("lak4", "58"),
    ("vul1", "35-year-old"), ("vul3", "second"), ("vul3", "three years"), ("vul4", "2015"),
    ("gate1", "2-1"), ("gate1", "90th"), ("gate3", "Gate 7"), ("gate4", "19-year-old"), ("gate5", "6 p.m."),
    ("gate5", "One hour"), ("gate5", "two hours"),
    ("pil1", "National Highway 107"), ("pil3", "11 a.m."), ("pil4", "fourth"), ("pil4", "72"),
    ("asf1", "2015"), ("asf2", "5,500 more"), ("asf2", "September 29"), ("asf5", "three times"),
    ("salt3", "2016"), ("salt4", "5 a.m."), ("salt4", "9 p.m."),
    ("brg1", "pillar 3"), ("brg1", "51 to 27"), ("brg2", "1981"), ("brg3", "line 12"), ("brg4", "8 months"),
)
