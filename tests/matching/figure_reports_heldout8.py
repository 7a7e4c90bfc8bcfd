"""An eighth labelled set, unseen by the matcher's rules: 56 reports about 12 events unlike those of
the other sets (a coal mine collapse, a car recall, a bank's money-laundering penalties, an oil spill
from a tanker, a nationwide blackout, a school kidnapping, a prison break, a volcanic eruption, a
sinkhole, motorists stranded by snow, a ship blocking a canal, a cocaine seizure), written and
labelled by hand without reading the matcher's or the extractor's code.

It holds twelve disputes (in one sentence with "but ... put the spill at", "but ... put the bill at",
"but ... put the value at", "while ... put the number at", "while ... estimated the cost at", "not the
160 the union had cited", "not the 9 billion euros prosecutors had cited", "not 30 kilometres as the
operator had said", "not 187 as the police say", "disputed the count", "rejected the federal police's
valuation"; one side written in words, "Forty-three", "sixty-four"; a blackout's cost only across
outlets on the same day), seventeen revisions (tolls that rise over days, trapped miners and pupils
still held that fall as they are found or freed, escaped inmates recaptured and still at large,
counts updated within the same day: stranded vehicles, households without power, an eruption's
toll; a recall widened and its American part corrected by the carmaker itself with "not 61,000 as it
had said", a polluted coastline growing, evacuated families, ships waiting, arrests), consistent
values repeated by several outlets and with qualifiers ("more than 1,000 metres" with 1,050 metres,
"at least 37,000 tonnes" with 38,000, "more than 900" with 900), one quantity in several wordings
(escaped, broken out, fled; evacuated, in shelters; stranded, stuck; arrested, held, in custody;
killed, died, death toll), scopes that must stay apart (Chile and Santiago; a recall worldwide and in
the United States; a Danish penalty, a U.S. penalty and their total; oil spilled and crude aboard;
a seizure and last year's seizures; homes damaged and destroyed; injured and dead; a prison's
capacity and its inmates; escaped, recaptured and at large; pupils taken, escaped, freed and still
held), several sums of money in one story (penalties, a profit; a repair bill disputed and a pipe
budget; a daily cost and a total), and the traps: durations, clock times, years, ages, a vote, a
score, car model numbers, ordinals, "N more" (a change, not a total), rhetorical series inside quotes
and the two ends of three ranges."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a roof collapse at a coal mine in Ruda Slaska: trapped miners rescued, a toll that rises, tremors disputed ---
    Report("mine1", "Wire P", at(10, 6, 8),
           "A tunnel roof collapsed 1,050 metres underground at a coal mine in Ruda Slaska in southern Poland "
           "overnight, trapping 14 miners, the operator Slask Wegiel said on Monday. The roof gave way at "
           "11:40 p.m., shortly after a tremor shook the mine."),
    Report("mine2", "Harbour Post", at(10, 6, 17),
           "Rescuers brought five of the trapped miners to the surface alive on Monday, and nine were still "
           "underground, Slask Wegiel said. A rescued miner, 43, was in a serious condition. The miners' union "
           "Kadra said 160 tremors had been recorded at the mine this year."),
    Report("mine3", "Capital FM", at(10, 7, 9),
           "Rescuers found two miners dead in the collapsed tunnel in Ruda Slaska on Tuesday and brought six "
           "more out alive, bringing the number rescued to 11 and leaving one miner unaccounted for more than "
           "1,000 metres below ground. Slask Wegiel said 41 tremors had been recorded at the mine this year, "
           "not the 160 the union had cited."),
    Report("mine4", "Evening Courier", at(10, 7, 20),
           "The death toll at the Ruda Slaska mine rose to three on Tuesday evening when the body of the last "
           "missing miner was recovered, ending a 30-hour operation. Eleven men were rescued alive, Slask Wegiel "
           "said. \"One metre, ten metres, fifty metres - we dug with our hands when we had to,\" a rescuer said."),
    Report("mine5", "Wire P", at(10, 8, 10),
           "Poland declared a day of national mourning on Wednesday for the three miners killed in Ruda Slaska. "
           "The union Kadra repeated that 160 tremors had been recorded at the mine this year and said the deep "
           "seam should have been closed."),
    # --- a battery recall by Hanseo Motors: the recall widened, its U.S. part corrected, fires disputed ---
    Report("recall1", "Wire P", at(4, 14, 10),
           "South Korean carmaker Hanseo Motors said on Monday it would recall 182,000 electric cars worldwide, "
           "including its Solace 500 SUV, because of a battery fault that can start fires. The company said it "
           "knew of 23 fires linked to the fault."),
    Report("recall2", "Gazette Online", at(4, 14, 15),
           "Hanseo Motors is recalling about 182,000 cars, of which 61,000 were sold in the United States, the "
           "company said. South Korea's transport ministry said it had records of 37 fires caused by the faulty "
           "batteries, while Hanseo put the number at 23."),
    Report("recall3", "Capital FM", at(4, 16, 9),
           "Hanseo Motors widened its battery recall on Wednesday to 245,000 vehicles, up from 182,000, by adding "
           "its Solace 300 model. The repairs will cost about 410 billion won, the company said, and will weigh "
           "on its results for the second quarter of 2025."),
    Report("recall4", "Evening Courier", at(4, 16, 18),
           "Hanseo said on Wednesday that 58,000 of the cars in its original recall had been sold in the United "
           "States, not 61,000 as it had said on Monday, blaming a counting error. Each of the 245,000 cars will "
           "need between 2 and 3 hours in a workshop, and the work will cost 410 billion won, it said."),
    # --- Nordhavn Bank's money-laundering penalties: three sums that add up, the suspicious flows disputed ---
    Report("bank1", "Wire P", at(2, 18, 14),
           "Denmark's Nordhavn Bank agreed on Tuesday to pay 2.1 billion kroner to settle a money-laundering case "
           "brought by Danish prosecutors, who said 9 billion euros of suspicious payments had flowed through its "
           "Tallinn branch between 2012 and 2017."),
    Report("bank2", "Harbour Post", at(2, 18, 18),
           "Nordhavn Bank will pay 2.1 billion kroner in Denmark and a further 1.4 billion kroner to the U.S. "
           "Justice Department, bringing its penalties to 3.5 billion kroner, the bank said on Tuesday. Its "
           "shares rose 4% in Copenhagen as investors welcomed the end of the case."),
    Report("bank3", "Capital FM", at(2, 19, 9),
           "The penalties of 3.5 billion kroner are the largest ever imposed on a Nordic bank, analysts said. "
           "Transparency International Denmark said 23 billion euros of suspicious money had passed through "
           "Nordhavn's Estonian branch, not the 9 billion euros prosecutors had cited."),
    Report("bank4", "Evening Courier", at(2, 19, 16),
           "Nordhavn Bank said its provisions already covered the 3.5 billion kroner in penalties, including "
           "1.4 billion kroner for the U.S. case, and that its chief executive, 58, would step down in June. The "
           "bank made a net profit of 11.2 billion kroner in 2024."),
    # --- the tanker Merope Star off Brittany: the spill disputed, the polluted coast growing, the cargo apart ---
    Report("oil1", "Wire P", at(1, 13, 11),
           "The Maltese-flagged tanker Merope Star ran aground off the island of Ouessant in Brittany on Sunday "
           "and leaked fuel oil before it was refloated on Monday, France's maritime prefecture said. The ship "
           "was carrying 38,000 tonnes of crude, and its 22 crew are safe."),
    Report("oil2", "Gazette Online", at(1, 13, 19),
           "About 150 tonnes of fuel oil leaked from the Merope Star, the maritime prefecture said on Monday, but "
           "the environmental group Robin des Bois put the spill at 700 tonnes, citing satellite images. Oil has "
           "reached 12 kilometres of coastline near Brest, the prefecture said."),
    Report("oil3", "Capital FM", at(1, 15, 10),
           "Fuel oil from the Merope Star has now washed up along 40 kilometres of the Breton coast, and some 900 "
           "volunteers have joined the clean-up, the prefecture said on Wednesday. The tanker's cargo of at "
           "least 37,000 tonnes of crude was intact, it said, but waves of 5 to 7 metres were slowing the work."),
    Report("oil4", "Evening Courier", at(1, 16, 9),
           "The polluted stretch of Brittany's coast reached 65 kilometres on Thursday, up from 40 kilometres, "
           "the maritime prefecture said, and more than 900 volunteers were cleaning beaches. The prefecture "
           "stood by its estimate that 150 tonnes had been spilled."),
    Report("oil5", "Wire P", at(1, 16, 15),
           "The tanker's Greek owner said the 22 crew members had been questioned and that the captain, 61, was "
           "on the bridge when the ship struck rocks at 4:15 a.m. on Sunday. Oysters from 14 farms in the Bay of "
           "Brest have been withdrawn from sale."),
    # --- a blackout across Chile: the country and Santiago apart, households restored within a day, the cost disputed ---
    Report("power1", "Wire P", at(3, 3, 23),
           "A blackout left about 8 million people without electricity across Chile on Monday after a fault on "
           "a high-voltage line in the north of the country at 3:16 p.m., the national grid operator said. A "
           "football match in Santiago, which Colo-Colo led 2-1, was abandoned when the floodlights went out."),
    Report("power2", "Harbour Post", at(3, 4, 8),
           "In Santiago, 310,000 households were still without electricity on Tuesday morning, the distributor "
           "Enel said, while power had returned to most of the rest of Chile. About 1,400 traffic lights in the "
           "capital had stopped working, police said."),
    Report("power3", "Capital FM", at(3, 4, 13),
           "The number of Santiago households without electricity fell to 120,000 by midday on Tuesday, Enel "
           "said. The Chilean government estimated that the blackout had cost the economy about 200 million "
           "dollars."),
    Report("power4", "Evening Courier", at(3, 4, 18),
           "The business federation CPC said on Tuesday that Chile's blackout had cost the economy 500 million "
           "dollars. Enel said all but 15,000 households in Santiago had their power back, more than 27 hours "
           "after the fault."),
    Report("power5", "Wire P", at(3, 5, 10),
           "Energy Minister Camila Fuentes, 47, said on Wednesday that the government stood by its estimate of "
           "200 million dollars and rejected the business federation's figure. The grid operator said 8 million "
           "people had been affected, almost half of Chile's population, and that 1,400 traffic lights in "
           "Santiago had been reset."),
    # --- pupils abducted from a school in Kuriga: police against the school, escaped and freed pupils ---
    Report("kidnap1", "Wire P", at(5, 20, 14),
           "Gunmen abducted pupils from a boarding school in Kuriga in Nigeria's Kaduna state before dawn on "
           "Tuesday, police said, putting the number taken at 187, but the school's head teacher said 287 "
           "pupils were missing."),
    Report("kidnap2", "Gazette Online", at(5, 20, 20),
           "Kaduna state's governor said 287 pupils and 4 teachers had been taken from the school in Kuriga, and "
           "that twenty-five pupils who escaped into the bush had returned home. \"One child, ten children, fifty "
           "children - every one of them is ours,\" he said."),
    Report("kidnap3", "Capital FM", at(5, 22, 9),
           "Police in Kaduna said on Thursday that 43 of the abducted pupils had escaped and returned home, up "
           "from 25 on Tuesday, and that 144 were still held. The school, which says 287 pupils were taken, has "
           "not published its register."),
    Report("kidnap4", "Evening Courier", at(5, 24, 11),
           "The Nigerian army said on Saturday it had freed 137 pupils and 4 teachers held in a forest 60 "
           "kilometres from Kuriga, and that 7 pupils were still missing. The kidnappers had demanded a ransom "
           "of 1 billion naira, a parent said."),
    Report("kidnap5", "Harbour Post", at(5, 25, 9),
           "The 137 pupils freed by the army were reunited with their families in Kaduna on Sunday. The head "
           "teacher, Musa Danjuma, 56, repeated that 287 pupils had been abducted, not 187 as the police say."),
    # --- a prison break in Esmeraldas: escaped inmates disputed, recaptured and at large, capacity apart ---
    Report("jail1", "Wire P", at(8, 11, 12),
           "Forty-three inmates escaped from a prison in Esmeraldas in northern Ecuador on Sunday night during a "
           "riot, the prison agency SNAI said on Monday. Two guards were injured."),
    Report("jail2", "Harbour Post", at(8, 11, 18),
           "Police in Esmeraldas said 43 prisoners had broken out and 12 had been recaptured by Monday afternoon. "
           "The human rights group Fundacion Frontera said 70 inmates had escaped through a hole in the "
           "perimeter wall."),
    Report("jail3", "Capital FM", at(8, 12, 10),
           "Twenty-one of the escaped inmates had been recaptured by Tuesday morning and 22 were still at large, "
           "Ecuador's interior ministry said. The prison, built for 1,200 inmates, held 2,100 when the riot "
           "began."),
    Report("jail4", "Evening Courier", at(8, 13, 9),
           "Ecuador's interior ministry said on Wednesday that 35 of the 43 escaped prisoners were back in "
           "custody and 8 remained at large. Fundacion Frontera disputed the count, saying 70 men had fled."),
    Report("jail5", "Wire P", at(8, 13, 16),
           "The Esmeraldas prison, designed for 1,200 inmates, was holding 2,100 when the riot broke out at "
           "9:30 p.m. on Sunday, the prison agency said. Ecuador has declared a state of emergency in its "
           "prisons for the third time since 2021."),
    # --- an eruption on Flores: a toll and evacuations rising, Bali's cancelled flights disputed ---
    Report("volc1", "Wire P", at(11, 4, 6),
           "Mount Lewotobi Laki-laki on the Indonesian island of Flores erupted overnight, killing at least six "
           "people and forcing 2,500 residents from their homes, the disaster agency BNPB said on Monday. The "
           "volcano sent a column of ash 9 kilometres into the sky."),
    Report("volc2", "Gazette Online", at(11, 4, 14),
           "The death toll from the eruption on Flores rose to nine on Monday, and 31 people were injured, BNPB "
           "said. More than 6,000 people have been evacuated from villages around the crater."),
    Report("volc3", "Capital FM", at(11, 5, 9),
           "Bali's airport said 86 flights were cancelled on Tuesday because of ash from the Flores volcano, "
           "while Indonesia's transport ministry put the number at 64. On Flores, 11,400 people had been "
           "evacuated, 620 homes damaged and 45 destroyed, BNPB said."),
    Report("volc4", "Evening Courier", at(11, 5, 18),
           "Ten people have now died in the eruption of Lewotobi Laki-laki, BNPB said on Tuesday, among them a "
           "nun, 74, whose convent was hit by falling rocks. The 31 injured were being treated in Maumere, and "
           "11,400 people were in shelters."),
    Report("volc5", "Wire P", at(11, 6, 9),
           "Bali's airport reopened on Wednesday, a day after 86 flights were cancelled, operator Angkasa Pura "
           "said; the transport ministry stood by its count of sixty-four. BNPB said 620 homes on Flores had "
           "been damaged and 45 destroyed by the eruption."),
    # --- a sinkhole in Naples' Vomero: evacuated families rising, the repair bill disputed, a vote ---
    Report("sink1", "Wire P", at(9, 8, 10),
           "A sinkhole opened in a street in Naples' Vomero district early on Monday, swallowing four parked "
           "cars, and 40 families were evacuated from neighbouring buildings, the fire brigade said. The hole is "
           "about 20 metres wide and 10 metres deep."),
    Report("sink2", "Harbour Post", at(9, 8, 19),
           "The number of families evacuated in Vomero rose to 65 on Monday evening after engineers found cracks "
           "in a third building, Naples city hall said. The sinkhole, 20 metres across, was caused by a burst "
           "water main, it said."),
    Report("sink3", "Capital FM", at(9, 9, 10),
           "Naples' water utility ABC said repairing the burst main and the street would cost about 1.5 million "
           "euros, but the city's public works councillor, Elena Russo, put the bill at 4 million euros, saying "
           "the whole street had to be rebuilt. Some 90 families were still out of their homes."),
    Report("sink4", "Evening Courier", at(9, 10, 9),
           "Firefighters lifted the four cars out of the Vomero sinkhole on Wednesday. The water utility said its "
           "pipes in the district were 70 years old and that it would spend 12 million euros replacing "
           "8 kilometres of them by 2027."),
    Report("sink5", "Wire P", at(9, 10, 15),
           "Naples' city council voted 29 to 8 on Wednesday to declare a state of emergency in Vomero. Elena "
           "Russo repeated that the street would cost 4 million euros to rebuild, against the water utility's "
           "1.5 million euros, and said the 90 evacuated families would not be home before Christmas."),
    # --- snow on the Hokuriku Expressway: stranded vehicles updated within a day, the queue disputed ---
    Report("snow1", "Wire P", at(1, 27, 8),
           "About 1,500 vehicles were stranded on the Hokuriku Expressway in Fukui prefecture on Monday morning "
           "after heavy snow, the road operator NEXCO Central Nippon said. Up to 1.2 metres of snow fell in "
           "24 hours."),
    Report("snow2", "Gazette Online", at(1, 27, 16),
           "The number of vehicles stuck on the Hokuriku Expressway rose to 2,100 on Monday afternoon, NEXCO "
           "said, in a queue it put at 30 kilometres. The Self-Defense Forces sent 300 troops to hand out food, "
           "blankets and fuel."),
    Report("snow3", "Capital FM", at(1, 28, 9),
           "About 800 vehicles were still stranded on the Hokuriku Expressway on Tuesday morning, down from "
           "2,100, NEXCO said. Fukui police said the queue had been 18 kilometres long at its worst, not "
           "30 kilometres as the operator had said."),
    Report("snow4", "Evening Courier", at(1, 28, 18),
           "The last vehicles stranded on the Hokuriku Expressway were freed on Tuesday evening, more than "
           "40 hours after the jam began, NEXCO said, and the 300 troops returned to base. The operator's "
           "president, 63, apologised to drivers."),
    # --- a container ship aground in the Kiel Canal: ships waiting rising, the daily cost disputed ---
    Report("canal1", "Wire P", at(6, 9, 11),
           "A 225-metre container ship ran aground in the Kiel Canal near Rendsburg on Sunday, blocking the "
           "waterway in both directions, Germany's waterways agency said. Forty ships were waiting to pass on "
           "Monday morning."),
    Report("canal2", "Harbour Post", at(6, 9, 17),
           "The queue of ships waiting at both ends of the Kiel Canal grew to 96 by Monday evening, the "
           "waterways agency said. The canal, opened in 1895, is normally used by about 80 ships a day."),
    Report("canal3", "Capital FM", at(6, 10, 10),
           "Tugs failed to free the stranded ship on Tuesday, and 130 vessels were now waiting, the agency said. "
           "The shipping association VDR said the blockage was costing operators 9 million euros a day, while "
           "the agency estimated the cost at 2 million euros a day."),
    Report("canal4", "Evening Courier", at(6, 11, 9),
           "The container ship was refloated at 6 a.m. on Wednesday after 72 hours aground, and the first of the "
           "130 waiting ships began moving through the Kiel Canal, the waterways agency said. VDR said the "
           "closure had cost shipping about 27 million euros."),
    # --- cocaine seized at Antwerp: the street value disputed, arrests rising, last year's seizures apart ---
    Report("drug1", "Wire P", at(7, 21, 13),
           "Belgian customs seized 8.2 tonnes of cocaine hidden in a shipment of bananas from Ecuador at the port "
           "of Antwerp, the federal prosecutor's office said on Monday. Six people were arrested."),
    Report("drug2", "Gazette Online", at(7, 21, 18),
           "The 8.2 tonnes of cocaine seized in Antwerp have a street value of about 620 million euros, Belgian "
           "customs said, but federal police put the value at more than 1 billion euros. The drugs were found in "
           "14 containers."),
    Report("drug3", "Capital FM", at(7, 22, 10),
           "Police arrested nine more people on Tuesday over the Antwerp cocaine haul, bringing the number held "
           "to 15, prosecutors said. Customs seized 121 tonnes of cocaine at the port last year, Belgium's "
           "finance minister said."),
    Report("drug4", "Evening Courier", at(7, 23, 9),
           "Seventeen people are now in custody in the Antwerp cocaine case, 3 of them dock workers, prosecutors "
           "said on Wednesday. The seizure of 8.2 tonnes compares with 121 tonnes seized at the port in the "
           "whole of 2024."),
    Report("drug5", "Wire P", at(7, 23, 15),
           "Customs on Wednesday rejected the federal police's valuation of more than 1 billion euros for the "
           "cocaine found in 14 containers in Antwerp, repeating its own estimate of 620 million euros. Most of "
           "the drugs were bound for the Netherlands, it said."),
)

FIGURES = (
    LabelledFigure("miners trapped underground, Ruda Slaska", "revised",
                   (("mine1", "14"), ("mine2", "nine"), ("mine3", "one"))),
    LabelledFigure("miners rescued alive, Ruda Slaska", "revised",
                   (("mine2", "five"), ("mine3", "11"), ("mine4", "Eleven"))),
    LabelledFigure("mine collapse deaths, Ruda Slaska", "revised",
                   (("mine3", "two"), ("mine4", "three"), ("mine5", "three"))),
    LabelledFigure("tremors at the mine this year", "disputed",
                   (("mine2", "160"), ("mine3", "41"), ("mine3", "160"), ("mine5", "160"))),
    LabelledFigure("depth of the collapsed tunnel", "consistent", (("mine1", "1,050 metres"), ("mine3", "1,000 metres"))),
    LabelledFigure("cars recalled worldwide, Hanseo", "revised",
                   (("recall1", "182,000"), ("recall2", "182,000"), ("recall3", "245,000"), ("recall3", "182,000"),
                    ("recall4", "245,000"))),
    LabelledFigure("recalled cars sold in the United States", "revised",
                   (("recall2", "61,000"), ("recall4", "58,000"), ("recall4", "61,000"))),
    LabelledFigure("fires linked to the battery fault", "disputed",
                   (("recall1", "23"), ("recall2", "37"), ("recall2", "23"))),
    LabelledFigure("cost of the recall repairs", "consistent",
                   (("recall3", "410 billion won"), ("recall4", "410 billion won"))),
    LabelledFigure("Nordhavn's Danish settlement", "consistent",
                   (("bank1", "2.1 billion kroner"), ("bank2", "2.1 billion kroner"))),
    LabelledFigure("Nordhavn's U.S. penalty", "consistent",
                   (("bank2", "1.4 billion kroner"), ("bank4", "1.4 billion kroner"))),
    LabelledFigure("Nordhavn's total penalties", "consistent",
                   (("bank2", "3.5 billion kroner"), ("bank3", "3.5 billion kroner"), ("bank4", "3.5 billion kroner"))),
    LabelledFigure("suspicious payments through the Tallinn branch", "disputed",
                   (("bank1", "9 billion euros"), ("bank3", "23 billion euros"), ("bank3", "9 billion euros"))),
    LabelledFigure("fuel oil spilled by the Merope Star", "disputed",
                   (("oil2", "150 tonnes"), ("oil2", "700 tonnes"), ("oil4", "150 tonnes"))),
    LabelledFigure("crude aboard the Merope Star", "consistent",
                   (("oil1", "38,000 tonnes"), ("oil3", "37,000 tonnes"))),
    LabelledFigure("coastline polluted, Brittany", "revised",
                   (("oil2", "12 kilometres"), ("oil3", "40 kilometres"), ("oil4", "65 kilometres"),
                    ("oil4", "40 kilometres"))),
    LabelledFigure("clean-up volunteers, Brittany", "consistent", (("oil3", "900"), ("oil4", "900"))),
    LabelledFigure("crew of the Merope Star", "consistent", (("oil1", "22"), ("oil5", "22"))),
    LabelledFigure("people without electricity, Chile", "consistent",
                   (("power1", "8 million"), ("power5", "8 million"))),
    LabelledFigure("households without electricity, Santiago", "revised",
                   (("power2", "310,000"), ("power3", "120,000"), ("power4", "15,000"))),
    LabelledFigure("cost of the blackout to Chile's economy", "disputed",
                   (("power3", "200 million dollars"), ("power4", "500 million dollars"),
                    ("power5", "200 million dollars"))),
    LabelledFigure("traffic lights out, Santiago", "consistent", (("power2", "1,400"), ("power5", "1,400"))),
    LabelledFigure("pupils abducted, Kuriga", "disputed",
                   (("kidnap1", "187"), ("kidnap1", "287"), ("kidnap2", "287"), ("kidnap3", "287"),
                    ("kidnap5", "287"), ("kidnap5", "187"))),
    LabelledFigure("pupils who escaped, Kuriga", "revised",
                   (("kidnap2", "twenty-five"), ("kidnap3", "43"), ("kidnap3", "25"))),
    LabelledFigure("pupils still held, Kuriga", "revised", (("kidnap3", "144"), ("kidnap4", "7"))),
    LabelledFigure("pupils freed by the army, Kuriga", "consistent", (("kidnap4", "137"), ("kidnap5", "137"))),
    LabelledFigure("teachers abducted, Kuriga", "consistent", (("kidnap2", "4"), ("kidnap4", "4"))),
    LabelledFigure("inmates escaped, Esmeraldas", "disputed",
                   (("jail1", "Forty-three"), ("jail2", "43"), ("jail2", "70"), ("jail4", "43"), ("jail4", "70"))),
    LabelledFigure("escaped inmates recaptured, Esmeraldas", "revised",
                   (("jail2", "12"), ("jail3", "Twenty-one"), ("jail4", "35"))),
    LabelledFigure("escaped inmates still at large, Esmeraldas", "revised", (("jail3", "22"), ("jail4", "8"))),
    LabelledFigure("capacity of the Esmeraldas prison", "consistent", (("jail3", "1,200"), ("jail5", "1,200"))),
    LabelledFigure("inmates held in the Esmeraldas prison", "consistent", (("jail3", "2,100"), ("jail5", "2,100"))),
    LabelledFigure("eruption deaths, Flores", "revised",
                   (("volc1", "six"), ("volc2", "nine"), ("volc4", "Ten"))),
    LabelledFigure("eruption injured, Flores", "consistent", (("volc2", "31"), ("volc4", "31"))),
    LabelledFigure("people evacuated, Flores", "revised",
                   (("volc1", "2,500"), ("volc2", "6,000"), ("volc3", "11,400"), ("volc4", "11,400"))),
    LabelledFigure("flights cancelled at Bali's airport on Tuesday", "disputed",
                   (("volc3", "86"), ("volc3", "64"), ("volc5", "86"), ("volc5", "sixty-four"))),
    LabelledFigure("homes damaged, Flores", "consistent", (("volc3", "620"), ("volc5", "620"))),
    LabelledFigure("homes destroyed, Flores", "consistent", (("volc3", "45"), ("volc5", "45"))),
    LabelledFigure("families evacuated, Vomero", "revised",
                   (("sink1", "40"), ("sink2", "65"), ("sink3", "90"), ("sink5", "90"))),
    LabelledFigure("cars swallowed by the sinkhole", "consistent", (("sink1", "four"), ("sink4", "four"))),
    LabelledFigure("width of the sinkhole", "consistent", (("sink1", "20 metres"), ("sink2", "20 metres"))),
    LabelledFigure("cost of repairing the Vomero street", "disputed",
                   (("sink3", "1.5 million euros"), ("sink3", "4 million euros"), ("sink5", "4 million euros"),
                    ("sink5", "1.5 million euros"))),
    LabelledFigure("vehicles stranded, Hokuriku Expressway", "revised",
                   (("snow1", "1,500"), ("snow2", "2,100"), ("snow3", "800"), ("snow3", "2,100"))),
    LabelledFigure("length of the queue, Hokuriku Expressway", "disputed",
                   (("snow2", "30 kilometres"), ("snow3", "18 kilometres"), ("snow3", "30 kilometres"))),
    LabelledFigure("troops sent to the expressway", "consistent", (("snow2", "300"), ("snow4", "300"))),
    LabelledFigure("ships waiting, Kiel Canal", "revised",
                   (("canal1", "Forty"), ("canal2", "96"), ("canal3", "130"), ("canal4", "130"))),
    LabelledFigure("daily cost of the canal blockage", "disputed",
                   (("canal3", "9 million euros"), ("canal3", "2 million euros"))),
    LabelledFigure("cocaine seized, Antwerp", "consistent",
                   (("drug1", "8.2 tonnes"), ("drug2", "8.2 tonnes"), ("drug4", "8.2 tonnes"))),
    LabelledFigure("street value of the Antwerp cocaine", "disputed",
                   (("drug2", "620 million euros"), ("drug2", "1 billion euros"), ("drug5", "1 billion euros"),
                    ("drug5", "620 million euros"))),
    LabelledFigure("people arrested, Antwerp cocaine case", "revised",
                   (("drug1", "Six"), ("drug3", "15"), ("drug4", "Seventeen"))),
    LabelledFigure("containers holding the cocaine", "consistent", (("drug2", "14"), ("drug5", "14"))),
    LabelledFigure("cocaine seized at Antwerp last year", "consistent",
                   (("drug3", "121 tonnes"), ("drug4", "121 tonnes"))),
)

NO_FIGURE = (
    ("mine1", "11:40 p.m."), ("mine2", "43"), ("mine3", "six"), ("mine4", "30-hour"),
    ("mine4", "One metre"), ("mine4", "ten metres"), ("mine4", "fifty metres"),
    ("recall1", "500"), ("recall3", "300"), ("recall3", "second"), ("recall3", "2025"),
    ("recall4", "2"), ("recall4", "3 hours"),
    ("bank1", "2012"), ("bank1", "2017"), ("bank4", "58"), ("bank4", "2024"),
    ("oil3", "5"), ("oil3", "7 metres"), ("oil5", "61"), ("oil5", "4:15 a.m."),
    ("power1", "3:16 p.m."), ("power1", "2-1"), ("power4", "27 hours"), ("power5", "47"),
    ("kidnap2", "One child"), ("kidnap2", "ten children"), ("kidnap2", "fifty children"), ("kidnap5", "56"),
    ("jail5", "9:30 p.m."), ("jail5", "third"), ("jail5", "2021"),
    ("volc4", "74"),
    ("sink2", "third"), ("sink4", "70 years"), ("sink4", "2027"), ("sink5", "29"), ("sink5", "8"),
    ("snow1", "24 hours"), ("snow4", "40 hours"), ("snow4", "63"),
    ("canal2", "1895"), ("canal4", "6 a.m."), ("canal4", "72 hours"), ("canal4", "first"),
    ("drug3", "nine"), ("drug4", "2024"),
)
