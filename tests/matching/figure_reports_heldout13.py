"""A thirteenth labelled set, unseen by the matcher's rules: 66 reports about 14 events unlike those
of the other sets (a nightclub fire, a teachers' strike, baboons escaping from a zoo, a mine's
tailings dam giving way, a market fire, an infant-formula recall, fan violence after a cup match, a
burning car carrier, sewage in a lake, a footbridge collapsing under a carnival crowd, anthrax from
a dead cow's meat, farmed salmon escaping from a storm-torn pen, a glacial lake bursting above a
mountain village, a bank fined for overcharging mortgage customers), written and labelled by hand
without reading the matcher's or the extractor's code, and never run through them before it was
handed over.

It holds eleven disputes (in one sentence with "but the regional fire chief ... said more than",
"while the education ministry put participation at", "an estimate ... rejected ..., saying",
"but the fire service said its officers had counted", "while the environmental group ... said ...
at least", "while city hall put the number at"; across sentences with no cue word, a union against
a ministry on schools closed; across outlets on the same day with "far more than the force itself
had reported", "not three as district officials had reported", "more than double the figure the
company had given", "almost twice the number the disaster authority had given"; restated days
later by both sides; one side written in words, "Thirty-eight per cent", "Eight hundred and
thirty", "Fourteen", "one"), sixteen revisions (tolls that rise over days with and without cue
words, "at least 9" then 14 then "Fourteen" then 16; people still in hospital falling, "down from
38"; a zoo correcting its own count of escaped baboons with "not 31 as it had said"; baboons
recaptured rising and still at large falling to "three"; the missing falling as bodies are found
while the dead rise to "Twenty-two"; a polluted stretch of river with "up from its earlier
estimate"; a recall widened; sick babies in Spain and in Portugal, kept apart; arrests within
hours and days later; a ship owner correcting its count of electric cars aboard; beaches closed
rising then falling to "All but two"; injured rising within one day from "at least 30" without a
cue word at the end; tourists stranded falling to "Ninety"), consistent values repeated by
several outlets and with qualifiers ("About 140" with 142 homes, "more than 3,000" with 3,150
cars, "about 14,000" with 14,200 customers, "about 1,600 tonnes" with "1,600 tonnes", "about 1.4
million" with "1.4 million", "about 1.5 million euros" with "1.5 million euros"), one quantity in
several wordings (killed, died, death toll, known to have died; destroyed, gutted, burned;
injured, hurt; arrested, arrests, detained; escaped, got out; stranded, cut off; closed, shut to
swimmers), scopes that must stay apart (a club's licensed capacity and the people inside;
taken to hospital and still in hospital; Spain and Portugal; cars aboard and electric cars among
them; fish in the pens and fish that escaped; escaped, recaptured and at large; dead and missing;
a fine and the sums repaid), and the traps: durations, clock times, years, ages, a union vote, a
football score, ordinals, a change ("Five more", "9 more"), rhetorical series inside two quotes and
the two ends of three ranges.

As in the ninth and twelfth sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone, unless it is one side of a dispute. Values are labelled by the number
as written in the report's body, with the currency or unit where heldout5's style takes it.
"""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a nightclub fire in Plovdiv: a rising toll, the owner against the fire chief on who was inside ---
    Report("club1", "Continental Press", at(3, 8, 4),
           "A fire swept through the Orbita nightclub in the Bulgarian city of Plovdiv early on Saturday, "
           "killing at least 9 people, the fire service said. The blaze broke out at about 1:40 a.m. during a "
           "concert, apparently after indoor fireworks set the ceiling alight."),
    Report("club2", "Daily Courier", at(3, 8, 11),
           "The death toll from the Plovdiv nightclub fire has risen to 14, Bulgaria's health ministry said on "
           "Saturday, and 57 people had been taken to hospital, 11 of them in a critical condition. The club's "
           "owner told the broadcaster BNT that about 300 people were inside, but the regional fire chief, "
           "Stoyan Petkov, said more than 500 had been in the club when the fire started."),
    Report("club3", "Radio Vega", at(3, 8, 19),
           "Fourteen people died in the Orbita fire and 57 were taken to hospitals in Plovdiv and Sofia, the "
           "ministry said. The club was licensed for 250 guests, city hall said. \"One door, two doors, three "
           "doors - it made no difference, everybody ran for the front,\" said a 22-year-old student who got "
           "out through the kitchen. \"In ten seconds you could not see your own hand.\""),
    Report("club4", "Northern Post", at(3, 9, 14),
           "Two of the injured died in hospital on Sunday, bringing the death toll from the Plovdiv nightclub "
           "fire to 16, the health ministry said. Of the 57 people taken to hospital, 38 were still being "
           "treated. Prosecutors charged the club's owner, 41, and its manager with negligence; the owner again "
           "said no more than 300 people had been inside."),
    Report("club5", "Globe Wire", at(3, 10, 10),
           "Bulgaria's health ministry said on Monday that 31 people hurt in the Orbita fire remained in "
           "hospital, down from 38 on Sunday, and that the death toll stood at 16. The club was licensed for "
           "250 guests, the fire service said. The government declared Tuesday a day of national mourning, the "
           "second this year."),
    # --- a teachers' strike in Portugal: the union against the ministry on turnout and on schools closed ---
    Report("strike1", "Iberian Post", at(2, 10, 13),
           "Teachers across Portugal walked out on Monday in a one-day strike over pay, with the Fenprof union "
           "saying 85% of teachers had joined the strike while the education ministry put participation at "
           "38%. The union wants a pay rise of 12%; the government has offered 4%."),
    Report("strike2", "Continental Press", at(2, 10, 17),
           "About 1,100 schools were closed on Monday by the teachers' strike, the Fenprof union said. The "
           "education ministry said 460 schools had shut, out of some 5,200 public schools in the country."),
    Report("strike3", "Radio Vega", at(2, 10, 21),
           "Thirty-eight per cent of teachers stayed away from work on Monday, not the 85% the unions claim, "
           "Education Minister Rui Almeida told RTP. \"A rise of 12% is simply not affordable,\" he said."),
    Report("strike4", "Globe Wire", at(2, 11, 9),
           "Portugal's education ministry repeated on Tuesday that 460 schools had closed during Monday's "
           "strike, far fewer than the 1,100 the union had reported, and said classes had resumed everywhere."),
    Report("strike5", "Evening Herald", at(2, 12, 10),
           "Fenprof's national council voted 41 to 3 on Wednesday to call a second strike on February 24 unless "
           "the government improves its offer of 4%. The union says teachers' real pay has fallen since 2010."),
    # --- baboons escape from Brno zoo: the zoo corrects its own count, recaptured up, at large down ---
    Report("zoo1", "Channel 9 News", at(6, 3, 12),
           "Thirty-one baboons escaped from their enclosure at Brno zoo shortly after 8 a.m. on Tuesday when a "
           "storm brought a tree down across the fence, the zoo said. Police closed the zoo and asked residents "
           "of the nearby Bystrc district to keep children and pets indoors."),
    Report("zoo2", "Continental Press", at(6, 3, 18),
           "Keepers had recaptured 12 of the escaped baboons by Tuesday afternoon, using tranquilliser darts, "
           "Brno zoo said; 19 were still at large in the woods around the Brno reservoir."),
    Report("zoo3", "Evening Herald", at(6, 4, 9),
           "Brno zoo said on Wednesday that 29 baboons had got out, not 31 as it had said on Tuesday, after two "
           "young animals were found hiding inside the enclosure. Of those, 21 had been recaptured and 8 were "
           "still loose, zoo director Petra Novakova said. \"We have kept baboons for 40 years and never seen "
           "anything like it.\""),
    Report("zoo4", "Radio Vega", at(6, 4, 16),
           "Five more baboons were caught on Wednesday afternoon, leaving three at large, the zoo said. A "
           "67-year-old woman was treated for a bite on her hand, police said."),
    Report("zoo5", "Globe Wire", at(6, 5, 11),
           "The last baboons that escaped from Brno zoo were caught on Thursday, meaning all 29 animals were "
           "back in their enclosure, the zoo said. It will reopen on Saturday; repairing the fence will cost "
           "about 1.2 million koruna."),
    # --- a tailings dam gives way at a copper mine near Chingola: dead up, missing down, the spill disputed ---
    Report("mine1", "Continental Press", at(4, 14, 15),
           "A tailings dam at a copper mine near Chingola in Zambia's Copperbelt gave way on Monday, sending a "
           "torrent of mud and mining waste into two villages. At least 6 people were killed and 40 were "
           "missing, the Disaster Management and Mitigation Unit said. The dam was built in 1998."),
    Report("mine2", "Daily Courier", at(4, 14, 20),
           "The mine's operator, Kafue Copper Mines, said about 900,000 cubic metres of waste had escaped from "
           "the dam, an estimate the Zambia Environmental Management Agency rejected on Monday evening, saying "
           "2.5 million cubic metres had been released."),
    Report("mine3", "Southern Times", at(4, 15, 12),
           "Rescuers recovered 9 more bodies from the mud on Tuesday, bringing the death toll from the Chingola "
           "dam collapse to 15, while 31 people remain missing, the disaster unit said. About 140 homes were "
           "buried. The Kafue river was polluted for 60 kilometres downstream, the environment agency said."),
    Report("mine4", "Radio Vega", at(4, 16, 10),
           "The Zambia Environmental Management Agency said on Wednesday that the spill had polluted the Kafue "
           "river for 110 kilometres, up from its earlier estimate of 60 kilometres, and that 2.5 million cubic "
           "metres of waste had been released. Kafue Copper Mines stood by its figure of 900,000 cubic metres."),
    Report("mine5", "Globe Wire", at(4, 17, 15),
           "Twenty-two people are now known to have died in the Chingola mine disaster and 24 are still missing, "
           "Zambia's disaster unit said on Thursday. Its teams had counted 142 homes buried under the mud."),
    # --- a fire at Kumasi's Kejetia market: traders against the fire service on stalls lost ---
    Report("market1", "West Africa Wire", at(1, 20, 8),
           "A fire tore through part of Kumasi's Kejetia market overnight, the Ghana National Fire Service said "
           "on Monday. No one was killed, but 7 traders were treated for burns and smoke inhalation. Firefighters "
           "took more than five hours to bring the blaze under control."),
    Report("market2", "Continental Press", at(1, 20, 14),
           "The Kumasi traders' association said more than 2,000 stalls had been destroyed in the Kejetia "
           "market fire, but the fire service said its officers had counted 830."),
    Report("market3", "Evening Herald", at(1, 20, 19),
           "Eight hundred and thirty stalls were gutted in the Kejetia market fire, the Ghana National Fire "
           "Service said on Monday, rejecting the traders' figure. The traders' association put their losses at "
           "45 million cedis. \"Ten years, twenty years, thirty years of work - gone in one night,\" said a cloth "
           "seller."),
    Report("market4", "Globe Wire", at(1, 21, 11),
           "Ghana's government will pay 5,000 cedis to each trader who lost a stall in the Kejetia fire, the "
           "trade minister said on Tuesday. The traders' association repeated that more than 2,000 stalls had "
           "burned and that losses came to 45 million cedis."),
    Report("market5", "Channel 9 News", at(1, 21, 17),
           "Seven traders treated after the Kejetia fire have been discharged from Komfo Anokye Teaching "
           "Hospital, the hospital said. The fire started at 2:15 a.m. in a section selling fabrics, the fire "
           "service said."),
    # --- an infant-formula recall from a plant in Lugo: the recall widened, sick babies in Spain and Portugal ---
    Report("formula1", "Iberian Post", at(10, 6, 12),
           "Spanish dairy group Nutrigal is recalling 1.4 million tins of infant formula made at its plant in "
           "Lugo after Cronobacter bacteria were found in samples, the food safety agency AESAN said on Monday. "
           "Five babies have fallen ill in Spain, the agency said; none has died."),
    Report("formula2", "Continental Press", at(10, 6, 18),
           "The formula recalled by Nutrigal was sold in 14 countries, including France, Portugal and Morocco, "
           "the company said. It said it had asked shops to return about 1.4 million tins."),
    Report("formula3", "Radio Vega", at(10, 8, 10),
           "Nutrigal widened its recall of infant formula to 2.1 million tins on Wednesday after more batches "
           "tested positive for Cronobacter, and the number of babies who have fallen ill in Spain rose to nine, "
           "AESAN said."),
    Report("formula4", "Evening Herald", at(10, 8, 16),
           "Nine infants in Spain and two in Portugal have been taken ill after drinking Nutrigal formula, health "
           "authorities in Madrid and Lisbon said on Wednesday."),
    Report("formula5", "Globe Wire", at(10, 9, 11),
           "Portugal's health directorate said on Thursday that three babies had fallen ill after drinking the "
           "recalled formula, up from two on Wednesday. In Spain the count stood at nine, AESAN said. The Lugo "
           "plant will stay closed for at least 3 weeks."),
    # --- fan violence after a cup semi-final in Rotterdam: arrests rising, police against union on officers hurt ---
    Report("fans1", "Continental Press", at(4, 23, 23),
           "Police in Rotterdam arrested 43 people after supporters clashed with riot police outside the De "
           "Kuip stadium following Wednesday's cup semi-final, which the visitors won 2-1, a police spokeswoman "
           "said. The violence began at about 9:50 p.m., when fans threw flares and paving stones."),
    Report("fans2", "Daily Courier", at(4, 24, 9),
           "The number of arrests after the violence in Rotterdam rose to 61 overnight, police said on Thursday. "
           "Fourteen police officers were injured, two of them seriously, the force said."),
    Report("fans3", "Radio Vega", at(4, 24, 13),
           "The Dutch police union ACP said on Thursday that 23 officers had been hurt in the Rotterdam clashes, "
           "far more than the force itself had reported, and called for a ban on away fans."),
    Report("fans4", "Evening Herald", at(4, 24, 18),
           "Rotterdam's mayor said on Thursday that 61 people had been detained and that damage to trams, shops "
           "and the stadium came to about 1.5 million euros. Those arrested were aged between 16 and 34, "
           "police said."),
    Report("fans5", "Globe Wire", at(4, 25, 10),
           "Rotterdam police said on Friday that 68 people had now been arrested over the cup semi-final "
           "violence, after officers identified more suspects from camera footage, and that 14 officers had been "
           "injured. The city put the damage at 1.5 million euros."),
    # --- a car carrier on fire off Brest: cars aboard, the owner corrects its count of electric cars ---
    Report("ship1", "Continental Press", at(9, 15, 7),
           "Fire broke out aboard the car carrier Atlantic Meridian about 40 nautical miles off Brest late on "
           "Sunday, and all 21 crew were lifted off by helicopter, the French maritime prefecture said. The "
           "ship was carrying more than 3,000 vehicles, it said."),
    Report("ship2", "Daily Courier", at(9, 15, 13),
           "The Atlantic Meridian was carrying 3,150 new cars, about 400 of them electric, its Norwegian owner, "
           "Fjord Car Carriers, said on Monday. One crew member died after jumping into the sea and 6 were "
           "injured, the maritime prefecture said."),
    Report("ship3", "Radio Vega", at(9, 16, 10),
           "The maritime prefecture said on Tuesday that the Atlantic Meridian, which is still burning, held "
           "about 1,600 tonnes of heavy fuel oil. Its 21 crew had all been flown to Brest, where six were "
           "treated for burns and smoke inhalation."),
    Report("ship4", "Evening Herald", at(9, 17, 12),
           "Fjord Car Carriers said on Wednesday that 620 of the 3,150 cars aboard the Atlantic Meridian were "
           "electric, not the 400 it had given on Monday. The ship has now burned for 60 hours, the prefecture "
           "said."),
    Report("ship5", "Globe Wire", at(9, 18, 9),
           "French navy firefighters boarded the Atlantic Meridian on Thursday, the fourth day of the blaze, and "
           "said the fire was out. The 1,600 tonnes of fuel on board had not leaked, the prefecture said. The "
           "crew member who died was a 34-year-old from the Philippines, the owner said."),
    # --- sewage in Lake Balaton: the utility against an NGO on the volume, beaches closed and reopened ---
    Report("lake1", "Continental Press", at(7, 21, 12),
           "Untreated sewage flowed into Lake Balaton after a pumping station in Siofok failed during storms on "
           "Sunday, and authorities closed 4 beaches on the southern shore, the regional water utility said. The "
           "station was out of action for 14 hours."),
    Report("lake2", "Daily Courier", at(7, 21, 18),
           "The water utility DRV said about 8,000 cubic metres of sewage had entered the lake, while the "
           "environmental group Clean Balaton said its own measurements pointed to at least 30,000 cubic metres."),
    Report("lake3", "Radio Vega", at(7, 22, 11),
           "Eleven beaches on Lake Balaton's southern shore were shut to swimmers on Tuesday after tests found "
           "E. coli bacteria, Hungary's national public health centre said, up from four on Monday."),
    Report("lake4", "Evening Herald", at(7, 23, 10),
           "Hungary's interior ministry said on Wednesday that 8,000 cubic metres of sewage had leaked into "
           "Balaton, backing the utility. The number of closed beaches fell to six as new tests came back clean."),
    Report("lake5", "Globe Wire", at(7, 24, 14),
           "All but two of the Balaton beaches closed after the sewage spill had reopened by Thursday afternoon, "
           "the public health centre said."),
    # --- a footbridge collapses at the Veracruz carnival: injured rising within a day, the crowd on it disputed ---
    Report("bridge1", "Latin Wire", at(2, 17, 4),
           "A pedestrian bridge crowded with spectators collapsed during a carnival parade in the Mexican port "
           "city of Veracruz on Sunday night, injuring at least 30 people, the Red Cross said."),
    Report("bridge2", "Daily Courier", at(2, 17, 10),
           "The number of people injured in the Veracruz footbridge collapse has climbed to 47, the state health "
           "ministry said on Monday morning. A woman, 71, died in hospital."),
    Report("bridge3", "Radio Vega", at(2, 17, 15),
           "State health officials said 58 people had been hurt when the footbridge gave way, 9 of them "
           "seriously. The state civil protection agency said about 200 people had crowded onto the bridge to "
           "watch the floats, while city hall put the number at no more than 80."),
    Report("bridge4", "Evening Herald", at(2, 18, 11),
           "The footbridge in Veracruz, built in 2009, was designed to hold 120 people, the city's public works "
           "department said. Civil protection repeated that about 200 people had been on it when it fell; the "
           "mayor said 80."),
    Report("bridge5", "Globe Wire", at(2, 18, 16),
           "The 58 people injured in the Veracruz bridge collapse were all expected to recover, the state health "
           "ministry said on Tuesday. The carnival resumed on its third night with the bridge area fenced off."),
    # --- anthrax in Kween district, Uganda: district officials against the ministry on deaths ---
    Report("anthrax1", "Continental Press", at(5, 19, 13),
           "Health officials in Uganda's Kween district said on Monday that 27 people had been treated for "
           "anthrax after eating meat from a cow that died of the disease, and that 3 had died. The district has "
           "banned the sale of meat."),
    Report("anthrax2", "East Africa Desk", at(5, 19, 17),
           "Uganda's health ministry said on Monday that one person had died of anthrax in Kween, not three as "
           "district officials had reported, and that the cause of the other deaths had not been confirmed."),
    Report("anthrax3", "Radio Vega", at(5, 20, 10),
           "Twenty-seven people in Kween district have been treated for suspected anthrax, the health ministry "
           "said on Tuesday. Veterinary officials said the disease had spread among cattle over the past two "
           "weeks."),
    Report("anthrax4", "Evening Herald", at(5, 20, 16),
           "Kween's district health officer said on Tuesday that three people had died of anthrax, standing by "
           "his count, and that the district's cattle would be vaccinated over 10 days."),
    # --- farmed salmon escape in the Hardangerfjord: the company against the fisheries directorate ---
    Report("salmon1", "Nordic Wire", at(11, 24, 12),
           "About 48,000 farmed salmon escaped from a fish farm in Norway's Hardangerfjord after a storm tore its "
           "nets on Monday, the operator Vestfjord Laks said."),
    Report("salmon2", "Continental Press", at(11, 24, 17),
           "Norway's Directorate of Fisheries estimated on Monday that 105,000 salmon had escaped from the "
           "Vestfjord Laks farm, more than double the figure the company had given, 48,000. The pens held "
           "180,000 fish before the storm."),
    Report("salmon3", "Radio Vega", at(11, 25, 11),
           "Fishermen have caught 2,300 of the escaped salmon in the fjord, the directorate said on Tuesday. "
           "Vestfjord Laks, which had 180,000 fish in the damaged pens, said it stood by its estimate of 48,000."),
    Report("salmon4", "Evening Herald", at(11, 26, 10),
           "The Norwegian Wild Salmon Federation said the 2,300 escaped fish caught so far were a small share of "
           "those at large. Vestfjord Laks was fined for an earlier escape in 2021."),
    # --- a glacial lake bursts above Passu: tourists stranded falling, homes destroyed disputed ---
    Report("glof1", "Asia Desk", at(8, 4, 14),
           "A glacial lake burst its banks above the village of Passu in Pakistan's Gilgit-Baltistan region on "
           "Monday, sending a wall of water 3 to 4 metres high down the valley and cutting the Karakoram "
           "Highway, the regional disaster management authority said. About 1,200 tourists were stranded in the "
           "upper Hunza valley, and 35 homes in Passu were destroyed, the authority said."),
    Report("glof2", "Continental Press", at(8, 4, 20),
           "The village council of Passu said 61 houses had been washed away by the flood, almost twice the "
           "number the disaster authority had given. No one was killed."),
    Report("glof3", "Radio Vega", at(8, 5, 12),
           "Army helicopters and jeeps had brought out about 700 tourists by Tuesday noon, and 500 remained cut "
           "off above the breach, the Gilgit-Baltistan disaster authority said."),
    Report("glof4", "Globe Wire", at(8, 6, 10),
           "Ninety tourists were still stranded in the upper Hunza valley on Wednesday, most of them climbers "
           "returning from base camps, the disaster authority said. It repeated that 35 homes had been "
           "destroyed in Passu; the village council again said 61."),
    # --- an Irish bank fined for overcharging mortgage customers: one fine and one count, repeated ---
    Report("bank1", "Continental Press", at(3, 19, 11),
           "The Central Bank of Ireland fined Shannon Savings Bank 21.5 million euros on Wednesday for "
           "overcharging about 14,000 mortgage customers on their interest rates between 2012 and 2019."),
    Report("bank2", "Evening Herald", at(3, 19, 15),
           "Shannon Savings Bank, fined 21.5 million euros by the central bank, said it had already repaid "
           "38 million euros to 14,200 customers whose tracker mortgages were wrongly moved to higher rates. "
           "\"We got this wrong for seven years,\" its chief executive said."),
    Report("bank3", "Market Gazette", at(3, 19, 18),
           "The fine of 21.5 million euros imposed on Shannon Savings Bank is the largest the Irish central bank "
           "has handed a lender, the regulator said. The bank's shares closed little changed in Dublin."),
    Report("bank4", "Daily Courier", at(3, 20, 9),
           "The Irish Mortgage Holders Organisation said on Thursday that the 38 million euros repaid by Shannon "
           "Savings Bank did not make up for the stress caused to 14,000 families."),
)

FIGURES = (
    LabelledFigure("nightclub fire deaths, Plovdiv", "revised",
                   (("club1", "9"), ("club2", "14"), ("club3", "Fourteen"), ("club4", "16"), ("club5", "16"))),
    LabelledFigure("people inside the Orbita club", "disputed",
                   (("club2", "300"), ("club2", "500"), ("club4", "300"))),
    LabelledFigure("people taken to hospital, Orbita fire", "consistent",
                   (("club2", "57"), ("club3", "57"), ("club4", "57"))),
    LabelledFigure("people still in hospital, Orbita fire", "revised",
                   (("club4", "38"), ("club5", "31"), ("club5", "38"))),
    LabelledFigure("licensed capacity of the Orbita club", "consistent", (("club3", "250"), ("club5", "250"))),
    LabelledFigure("teachers on strike, Portugal", "disputed",
                   (("strike1", "85%"), ("strike1", "38%"), ("strike3", "Thirty-eight per cent"),
                    ("strike3", "85%"))),
    LabelledFigure("schools closed by the strike, Portugal", "disputed",
                   (("strike2", "1,100"), ("strike2", "460"), ("strike4", "460"), ("strike4", "1,100"))),
    LabelledFigure("teachers' pay demand", "consistent", (("strike1", "12%"), ("strike3", "12%"))),
    LabelledFigure("government pay offer to teachers", "consistent", (("strike1", "4%"), ("strike5", "4%"))),
    LabelledFigure("baboons escaped, Brno zoo", "revised",
                   (("zoo1", "Thirty-one"), ("zoo3", "29"), ("zoo3", "31"), ("zoo5", "29"))),
    LabelledFigure("baboons recaptured, Brno", "revised", (("zoo2", "12"), ("zoo3", "21"))),
    LabelledFigure("baboons still at large, Brno", "revised", (("zoo2", "19"), ("zoo3", "8"), ("zoo4", "three"))),
    LabelledFigure("tailings dam deaths, Chingola", "revised",
                   (("mine1", "6"), ("mine3", "15"), ("mine5", "Twenty-two"))),
    LabelledFigure("people missing, Chingola", "revised", (("mine1", "40"), ("mine3", "31"), ("mine5", "24"))),
    LabelledFigure("mine waste released, Chingola", "disputed",
                   (("mine2", "900,000 cubic metres"), ("mine2", "2.5 million cubic metres"),
                    ("mine4", "2.5 million cubic metres"), ("mine4", "900,000 cubic metres"))),
    LabelledFigure("stretch of the Kafue polluted", "revised",
                   (("mine3", "60 kilometres"), ("mine4", "110 kilometres"), ("mine4", "60 kilometres"))),
    LabelledFigure("homes buried, Chingola", "consistent", (("mine3", "140"), ("mine5", "142"))),
    LabelledFigure("stalls destroyed, Kejetia market", "disputed",
                   (("market2", "2,000"), ("market2", "830"), ("market3", "Eight hundred and thirty"),
                    ("market4", "2,000"))),
    LabelledFigure("traders' losses, Kejetia fire", "consistent",
                   (("market3", "45 million cedis"), ("market4", "45 million cedis"))),
    LabelledFigure("traders treated after the Kejetia fire", "consistent", (("market1", "7"), ("market5", "Seven"))),
    LabelledFigure("formula tins recalled, Nutrigal", "revised",
                   (("formula1", "1.4 million"), ("formula2", "1.4 million"), ("formula3", "2.1 million"))),
    LabelledFigure("babies ill from the formula, Spain", "revised",
                   (("formula1", "Five"), ("formula3", "nine"), ("formula4", "Nine"), ("formula5", "nine"))),
    LabelledFigure("babies ill from the formula, Portugal", "revised",
                   (("formula4", "two"), ("formula5", "three"), ("formula5", "two"))),
    LabelledFigure("arrests after the Rotterdam violence", "revised",
                   (("fans1", "43"), ("fans2", "61"), ("fans4", "61"), ("fans5", "68"))),
    LabelledFigure("police officers injured, Rotterdam", "disputed",
                   (("fans2", "Fourteen"), ("fans3", "23"), ("fans5", "14"))),
    LabelledFigure("damage from the Rotterdam violence", "consistent",
                   (("fans4", "1.5 million euros"), ("fans5", "1.5 million euros"))),
    LabelledFigure("vehicles aboard the Atlantic Meridian", "consistent",
                   (("ship1", "3,000"), ("ship2", "3,150"), ("ship4", "3,150"))),
    LabelledFigure("electric cars aboard the Atlantic Meridian", "revised",
                   (("ship2", "400"), ("ship4", "620"), ("ship4", "400"))),
    LabelledFigure("crew of the Atlantic Meridian", "consistent", (("ship1", "21"), ("ship3", "21"))),
    LabelledFigure("crew injured, Atlantic Meridian", "consistent", (("ship2", "6"), ("ship3", "six"))),
    LabelledFigure("fuel oil aboard the Atlantic Meridian", "consistent",
                   (("ship3", "1,600 tonnes"), ("ship5", "1,600 tonnes"))),
    LabelledFigure("sewage spilled into Lake Balaton", "disputed",
                   (("lake2", "8,000 cubic metres"), ("lake2", "30,000 cubic metres"),
                    ("lake4", "8,000 cubic metres"))),
    LabelledFigure("Balaton beaches closed", "revised",
                   (("lake1", "4"), ("lake3", "Eleven"), ("lake3", "four"), ("lake4", "six"), ("lake5", "two"))),
    LabelledFigure("people injured, Veracruz footbridge", "revised",
                   (("bridge1", "30"), ("bridge2", "47"), ("bridge3", "58"), ("bridge5", "58"))),
    LabelledFigure("people on the Veracruz footbridge", "disputed",
                   (("bridge3", "200"), ("bridge3", "80"), ("bridge4", "200"), ("bridge4", "80"))),
    LabelledFigure("anthrax deaths, Kween", "disputed",
                   (("anthrax1", "3"), ("anthrax2", "one"), ("anthrax2", "three"), ("anthrax4", "three"))),
    LabelledFigure("people treated for anthrax, Kween", "consistent",
                   (("anthrax1", "27"), ("anthrax3", "Twenty-seven"))),
    LabelledFigure("salmon escaped, Hardangerfjord", "disputed",
                   (("salmon1", "48,000"), ("salmon2", "105,000"), ("salmon2", "48,000"), ("salmon3", "48,000"))),
    LabelledFigure("fish in the Vestfjord Laks pens", "consistent", (("salmon2", "180,000"), ("salmon3", "180,000"))),
    LabelledFigure("escaped salmon caught", "consistent", (("salmon3", "2,300"), ("salmon4", "2,300"))),
    LabelledFigure("tourists stranded, upper Hunza", "revised",
                   (("glof1", "1,200"), ("glof3", "500"), ("glof4", "Ninety"))),
    LabelledFigure("homes destroyed, Passu", "disputed",
                   (("glof1", "35"), ("glof2", "61"), ("glof4", "35"), ("glof4", "61"))),
    LabelledFigure("Shannon Savings Bank's fine", "consistent",
                   (("bank1", "21.5 million euros"), ("bank2", "21.5 million euros"), ("bank3", "21.5 million euros"))),
    LabelledFigure("mortgage customers overcharged", "consistent",
                   (("bank1", "14,000"), ("bank2", "14,200"), ("bank4", "14,000"))),
    LabelledFigure("sums repaid to customers", "consistent",
                   (("bank2", "38 million euros"), ("bank4", "38 million euros"))),
)

NO_FIGURE = (
    ("club1", "1:40 a.m."), ("club3", "One door"), ("club3", "two doors"), ("club3", "three"),
    ("club3", "22-year-old"), ("club3", "ten seconds"), ("club4", "41"), ("club5", "second"),
    ("strike1", "one-day"), ("strike5", "41"), ("strike5", "3"), ("strike5", "second"), ("strike5", "February 24"),
    ("strike5", "2010"),
    ("zoo1", "8 a.m."), ("zoo3", "40 years"), ("zoo4", "Five more"), ("zoo4", "67-year-old"),
    ("mine1", "1998"), ("mine3", "9 more"),
    ("market1", "five hours"), ("market3", "Ten years"), ("market3", "twenty years"), ("market3", "thirty years"),
    ("market5", "2:15 a.m."),
    ("formula5", "3 weeks"),
    ("fans1", "2-1"), ("fans1", "9:50 p.m."), ("fans4", "16"), ("fans4", "34"),
    ("ship4", "60 hours"), ("ship5", "fourth"), ("ship5", "34-year-old"),
    ("lake1", "14 hours"),
    ("bridge2", "71"), ("bridge4", "2009"), ("bridge5", "third"),
    ("anthrax3", "two weeks"), ("anthrax4", "10 days"),
    ("salmon4", "2021"),
    ("glof1", "3"), ("glof1", "4 metres"),
    ("bank1", "2012"), ("bank1", "2019"), ("bank2", "seven years"),
)
