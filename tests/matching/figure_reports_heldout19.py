"""A nineteenth labelled set, unseen by the matcher's rules: 52 reports about 13 events unlike those
of the other sets (lightning striking a school football match, a rockfall derailing a mountain
train, bird flu on poultry farms, lead in schools' drinking fountains, a flooded gold mine, fog
grounding flights at a capital's airport, scaffolding falling at a metro building site, an escalator
running backwards in a metro station, snow bringing down a market roof, a failed freezer at a
fertility clinic, a typhoid outbreak in a capital's suburbs, copper cable theft halting commuter
trains, low water stranding river barges), written and labelled blind: without reading the matcher's
or the extractor's code, the tests or the other sets' reports, and committed before it was run
through them once.

It holds 50 labelled figures (19 disputed, 15 revised, 16 consistent) and 88 NO_FIGURE values.

The disputes set two named sources against each other on the same thing at about the same time: in
one sentence with "while", "but" or a semicolon; across two sentences of one report with no cue
word; across two outlets, the same day or the next, with no cue word (a transport company against a
maintenance firm on a repair bill, a rail agency against a provincial department on stranded
commuters, a state health department against a school district on schools); and restated days later
against the other side ("repeated that ... not the ... given by", "repeated that ... against the ...
figure of", "still counts ... seven fewer than", "repeated that ... seven more than", "repeated that
... nearly three times", "repeated that ... twice the number", "still counts ... against"). Eight of
them are over money (a track repair, farmers' losses, replacing school pipes, airlines' losses, an
escalator repair, sewer repairs, a cable repair, shippers' losses), in francs, zlotys, dollars,
rupees, euros and rand, with "million" and "billion" both.

The revisions are tolls and counts that rise over days (people injured, workers killed, farms
infected, birds to be culled, miners rescued, flights cancelled, typhoid cases in a city and in one
suburb, deaths), an estimate updated with "not about ... as it first estimated" (the old value in
that sentence belongs to the revised figure), and a river gauge falling from one day to the next.
Several are written once in digits and once in words at a sentence start ("Sixteen", "Nineteen",
"Twenty-six", "Twenty-four", "Thirty-three centimetres").

The consistent figures are repeated by several outlets or agree through their qualifiers ("at least
15" with "Seventeen", "at least 10" with 11, "More than 8,500" with "About 9,000", "some 300" with
"about 300"), in digits and words ("6" and "Six", "eight" and "Eight").

Scopes that must stay apart: a city's typhoid cases and one suburb's; flights cancelled, delayed and
scheduled in a day; people injured and those still in hospital or seriously hurt; commuters stranded
by one theft and two lines' daily riders. The NO_FIGURE traps: clock times, dates, years, durations
("72 hours", "10 days", "every 20 minutes"), ages ("11 years old", "82", "7-year-old", an age band
"under-15", an age range's two ends), a match score, a vote in a board and in an assembly, ordinals
("second", "third"), phone numbers, a flight number, a metro line, a bus route, a terminal, a legal
threshold, a design load, a temperature, distances and depths, a pump's rate, a freight size, a
virus name, a fraction ("a third"), multiples and changes ("three times", "twice", "seven fewer",
"seven more", "two" more deaths, "five centimetres" lower), a range's two ends ("three to five
hours"), percentages of different things, sums of different things ("a combined 510", two lines'
140,000 commuters) and two rhetorical series inside one quote each.

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body; money
keeps its currency and scale ("$6.8 million", "45 million zlotys", "R18 million"), measures keep
their unit ("2 kilometres", "38 centimetres"), and qualifiers are left out.
"""

# fmt: off
# Kept in the compact layout of the other labelled sets, one report per block.

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- lightning at a school football match near Mbale: injured rising, the crowd disputed ---
    Report("lt1", "East Africa Wire", at(4, 5, 19),
           "Lightning struck a school football match near Mbale in eastern Uganda on Saturday afternoon, "
           "killing three pupils and injuring 14 others, police said. The under-15 league game had been stopped "
           "at 4.20pm as a storm rolled in, with the home side leading 2-0, a teacher said."),
    Report("lt2", "Kampala Monitor Online", at(4, 6, 8),
           "The number of children hurt when lightning hit a football pitch outside Mbale rose to 22 on Sunday, "
           "Mbale Regional Referral Hospital said. Three pupils were killed at the scene. About 300 people were "
           "watching the match, the district education officer said, while police put the crowd at 120."),
    Report("lt3", "Radio Elgon", at(4, 6, 13),
           "Twenty-two pupils were treated after Saturday's lightning strike in Mbale, doctors said, and eight "
           "remain in hospital. The youngest of the injured is 11 years old. The school, founded in 1962, will "
           "hold a memorial service on Tuesday."),
    Report("lt4", "East Africa Wire", at(4, 7, 10),
           "Eight children remain in hospital after the lightning strike at the Mbale football match, the "
           "hospital said on Monday. Police repeated that 120 people had been watching the game, not the 300 "
           "given by the education office. The weather service urged schools to halt games at the first thunder "
           "and wait 30 minutes after the last."),
    # --- a rockfall derails a train in Valais: injured rising, passengers aboard and repairs disputed ---
    Report("rk1", "Alpine Wire", at(6, 14, 11),
           "A rockfall derailed a regional train between Brig and Visp in the Swiss canton of Valais early on "
           "Saturday, injuring nine passengers, cantonal police said. The 6.42am service was carrying 87 people. "
           "The front carriage left the rails."),
    Report("rk2", "Swiss Info Desk", at(6, 15, 9),
           "Sixteen people were hurt in Saturday's derailment near Visp, police said on Sunday, up from the "
           "first count. The Matterhorn Gotthard Bahn said 64 passengers had been on the train; police stood by "
           "their figure of 87. It was the second rockfall on the line this year."),
    Report("rk3", "Valais Courier", at(6, 15, 16),
           "The cantonal hospital in Sion said 16 people had been injured when boulders struck the Brig-Visp "
           "train, and said four were seriously hurt. The line will stay closed for at least 10 days while "
           "engineers secure the slope, and replacement buses will run every 20 minutes."),
    Report("rk4", "Alpine Wire", at(6, 17, 10),
           "Four passengers remain in a serious condition after the derailment in Valais, the Sion hospital said "
           "on Tuesday. Repairing the track near Visp will cost about 12 million francs, the railway said. The "
           "canton's engineers put the bill at 20 million francs. The slope above the line was last inspected in "
           "2019."),
    # --- bird flu in Greater Poland: farms and culls rising, losses disputed ---
    Report("bf1", "Central Europe Wire", at(1, 20, 12),
           "Bird flu has been confirmed on 11 poultry farms in Poland's Greater Poland province, and about "
           "900,000 hens will be culled, the chief veterinary officer said on Monday. Officials set a protection "
           "zone of 3 kilometres and a surveillance zone of 10 kilometres around each farm."),
    Report("bf2", "Warsaw Business Daily", at(1, 22, 9),
           "Veterinary officials have now found the H5N1 virus on 19 farms in Greater Poland, and the number of "
           "birds to be culled has risen to 1.6 million. The agriculture ministry put farmers' losses at 45 "
           "million zlotys, but the national poultry farmers' union said they had reached 130 million zlotys."),
    Report("bf3", "Poznan Radio", at(1, 22, 14),
           "Nineteen farms near Poznan and Kalisz are now infected with bird flu, the province's veterinary "
           "inspectorate said, and some 1.6 million birds are being culled. Eggs from the zone may not be sold "
           "for 21 days. The provincial assembly approved emergency aid by 27 votes to 12."),
    Report("bf4", "Central Europe Wire", at(1, 27, 10),
           "Poland's poultry farmers' union repeated on Monday that the bird flu outbreak had cost its members "
           "130 million zlotys, nearly three times the ministry's estimate. No new farm has been infected since "
           "Thursday, leaving the total in Greater Poland at 19, the veterinary officer said."),
    # --- lead in Duluth school fountains: schools and pipe costs disputed ---
    Report("pb1", "Great Lakes Wire", at(9, 3, 15),
           "Water fountains at 14 schools in Duluth, Minnesota, showed lead above the federal action level of "
           "15 parts per billion, the school district said on Wednesday. The district tested 1,140 fountains "
           "over the summer. About 9,000 pupils attend the affected schools, and bottled water will be handed "
           "out from 7.30am on Thursday."),
    Report("pb2", "Minnesota Public Desk", at(9, 4, 10),
           "The Minnesota Department of Health said lead above the action level had been found at 21 Duluth "
           "schools. The school district counted 14. Some 9,000 children attend the schools on the district's "
           "list, it said."),
    Report("pb3", "Northland Herald", at(9, 4, 18),
           "More than 8,500 pupils at Duluth schools with high lead readings will be offered free blood tests, "
           "the district said, and parents can book one on 218-555-0143. All 1,140 fountains tested this summer "
           "will be retested. The school board voted 6-1 on Wednesday night to replace the fountains in "
           "buildings older than 1986."),
    Report("pb4", "Great Lakes Wire", at(9, 10, 9),
           "Duluth's school district still counts 14 schools above the lead limit, seven fewer than the 21 on "
           "the state health department's list. Replacing old pipes in the worst buildings will cost $6.8 "
           "million, the district's finance chief said; the teachers' union put the cost at $11 million."),
    # --- a flooded gold mine near Tarkwa: miners underground disputed, rescues and deaths rising ---
    Report("gm1", "West Africa Wire", at(7, 8, 7),
           "Water flooded part of a gold mine near Tarkwa in Ghana's Western Region overnight, trapping 31 "
           "miners underground, the mining company said on Tuesday. The flooding began at about 2 a.m. after two "
           "days of heavy rain, and rescuers were pumping water from a shaft about 400 metres deep."),
    Report("gm2", "Accra Daily", at(7, 8, 19),
           "Rescuers had brought 12 miners out alive from the flooded Tarkwa gold mine by Tuesday evening, the "
           "Minerals Commission said. The company says 31 men were underground when the water came in, but the "
           "Ghana Mineworkers' Union says 38 were on the shift."),
    Report("gm3", "Western Radio Ghana", at(7, 9, 12),
           "Twenty-six miners have now been rescued from the flooded mine near Tarkwa, and three bodies have "
           "been recovered, the Minerals Commission said on Wednesday. Pumps moving 2,000 litres a minute were "
           "brought in from Takoradi."),
    Report("gm4", "West Africa Wire", at(7, 10, 16),
           "The death toll at the flooded gold mine in Tarkwa rose to five on Thursday, and 26 men have been "
           "rescued alive, the commission said. The union repeated that 38 miners had gone down for the night "
           "shift, seven more than the company's count."),
    # --- fog at Delhi airport: cancellations rising, stranded passengers and losses disputed ---
    Report("fg1", "South Asia Wire", at(12, 28, 9),
           "Dense fog forced the cancellation of 140 flights at Delhi's Indira Gandhi International Airport on "
           "Sunday morning, the airport operator said. Visibility fell to 50 metres at 6 a.m., and passengers on "
           "about 300 other flights faced delays of three to five hours. The airport normally handles some "
           "1,400 flights a day."),
    Report("fg2", "Delhi Evening Post", at(12, 29, 7),
           "By Sunday night 210 flights had been cancelled at Delhi airport because of fog and some 300 were "
           "delayed, the operator said, a combined 510 flights disrupted out of about 1,400 scheduled. Terminal 3 "
           "was packed with stranded travellers, and flight AI 101 to New York left nine hours late."),
    Report("fg3", "Capital Radio Delhi", at(12, 29, 12),
           "More than 20,000 passengers were stranded at Delhi airport by Sunday's fog, the airport operator "
           "said, but the Federation of Indian Airlines said 35,000 travellers had been stranded. A total of 210 "
           "flights were cancelled. About 30% of departures were scrapped, and 65% of arrivals landed late."),
    Report("fg4", "South Asia Wire", at(12, 30, 10),
           "Airlines lost about 1.2 billion rupees to Sunday's fog in Delhi, the Federation of Indian Airlines "
           "estimated, while the civil aviation ministry put the losses at 400 million rupees. The weather office "
           "expects fog on at least three more mornings this week."),
    # --- scaffolding falls at a Pune metro site: deaths rising, labourers on site disputed ---
    Report("sc1", "Maharashtra Wire", at(3, 3, 14),
           "Scaffolding collapsed at a metro construction site in Pune's Swargate area on Monday, killing four "
           "workers and injuring 11, the fire brigade said. The steel frame, about 25 metres tall, came down at "
           "around 11.30am."),
    Report("sc2", "Deccan Evening", at(3, 4, 9),
           "The number of workers killed in the scaffolding collapse at the Swargate metro site rose to six "
           "overnight, after two died in Sassoon hospital, police said. Eleven workers were injured. The "
           "contractor said 40 labourers were on site, but the construction workers' union said 65 were working "
           "there."),
    Report("sc3", "Western India Radio", at(3, 4, 16),
           "Six workers died and at least 10 were hurt when scaffolding fell at the Pune metro site, officials "
           "said. The state government will pay 500,000 rupees to each victim's family. \"One death, two deaths, "
           "ten deaths, nothing changes on these sites,\" the union's leader said."),
    Report("sc4", "Maharashtra Wire", at(3, 5, 11),
           "The union repeated on Wednesday that 65 labourers were at the Swargate site when the scaffolding "
           "fell, against the contractor's figure of 40. Families of the six dead will each receive 500,000 "
           "rupees, the state labour minister confirmed. The contractor, hired in 2022, has been barred from "
           "public work for 90 days."),
    # --- an escalator runs backwards in Naples: injured rising, the repair bill disputed ---
    Report("es1", "Italia Wire", at(10, 23, 21),
           "An escalator at the Garibaldi metro station in Naples suddenly ran backwards on Thursday evening, "
           "throwing passengers to the bottom and injuring 20 people, among them a 7-year-old boy, the fire "
           "service said. Most were travelling to a concert that began at 8.45pm."),
    Report("es2", "Campania Courier", at(10, 24, 9),
           "Twenty-four people were hurt when an escalator reversed at Naples' Garibaldi metro station, the "
           "city's hospitals said on Friday. The escalator, installed in 2013, passed an inspection 11 days "
           "before the accident, the transport company ANM said. The station is used by about 40,000 passengers "
           "a day."),
    Report("es3", "Italia Wire", at(10, 24, 15),
           "Twenty-four people were injured in the escalator accident in Naples, and six remain in hospital with "
           "fractures, the regional health authority said. ANM said repairs would cost 300,000 euros. It was the "
           "second escalator fault at the station this month."),
    Report("es4", "Radio Napoli Centro", at(10, 25, 10),
           "Six people injured when a metro escalator reversed in Naples are still in hospital, doctors said on "
           "Saturday. The maintenance firm said the repair bill would be 120,000 euros. Garibaldi's escalators "
           "carry some 40,000 people a day, and Line 1 trains are running normally."),
    # --- snow brings down a Sapporo market roof: people inside disputed ---
    Report("sn1", "Japan Wire", at(2, 9, 13),
           "The roof of an indoor market in Sapporo collapsed under heavy snow on Sunday morning, injuring at "
           "least 15 people, the city fire department said. About 1.5 metres of snow had fallen on the city in "
           "48 hours, the heaviest fall since 1996."),
    Report("sn2", "Hokkaido Evening", at(2, 9, 20),
           "Seventeen people were injured when snow brought down the roof of a Sapporo market, the fire "
           "department said on Sunday evening. A woman of 82 was in a serious condition. The market's 60 stalls "
           "were closed."),
    Report("sn3", "Japan Wire", at(2, 10, 9),
           "Seventeen people were hurt in the roof collapse at the Sapporo market, and all 60 stalls remain "
           "closed, the market association said. The city said about 200 people were in the market when the roof "
           "fell. Its operator put the number at 350."),
    Report("sn4", "Sapporo Radio", at(2, 11, 10),
           "Sapporo's mayor said the market roof, built in 1978, was designed to carry 150 kilograms of snow per "
           "square metre. The operator repeated that 350 shoppers and traders were inside when it fell, against "
           "200 in the city's count."),
    # --- a failed freezer at an Adelaide fertility clinic: losses updated, families disputed ---
    Report("iv1", "Australian Wire", at(5, 14, 10),
           "A storage tank failure at a fertility clinic in Adelaide may have destroyed about 2,000 frozen eggs "
           "and embryos, the clinic said on Wednesday. The tank's alarm failed over the weekend of 10 May, and "
           "its temperature rose above minus 150 degrees."),
    Report("iv2", "SA Daily", at(5, 15, 9),
           "About 480 families have been told their eggs or embryos may be lost after the freezer failure at the "
           "Adelaide clinic, its medical director said, but a law firm preparing a class action said more than "
           "700 families were affected. The clinic had stored samples in the tank since 2009."),
    Report("iv3", "Australian Wire", at(5, 17, 11),
           "The Adelaide fertility clinic said on Saturday that 3,100 eggs and embryos were lost when its storage "
           "tank failed, not about 2,000 as it first estimated. Its helpline, 1800 720 311, is open from 8am to "
           "8pm."),
    Report("iv4", "Southern Cross Radio", at(5, 19, 10),
           "Lawyers for the families said on Monday that more than 700 families were affected by the Adelaide "
           "freezer failure, against the clinic's count of 480. The 3,100 lost eggs and embryos belonged to "
           "patients aged 24 to 46, the state health minister said."),
    # --- typhoid in Harare: cases and deaths rising, boreholes and sewer costs disputed ---
    Report("ty1", "Southern Africa Wire", at(11, 4, 12),
           "Zimbabwe's health ministry said 212 cases of typhoid had been recorded in Harare's Mbare and Glen "
           "View suburbs since 20 October, and two people had died. Residents were told to boil drinking water "
           "for at least one minute."),
    Report("ty2", "Zimbabwe Daily Times", at(11, 6, 9),
           "Typhoid cases in Harare have risen to 340, the health ministry said on Thursday, and two people have "
           "died. The ministry has set up 6 treatment tents. Harare City Council said 18 boreholes in Glen View "
           "were contaminated, while the Environmental Management Agency said only 9 were."),
    Report("ty3", "Harare Community Radio", at(11, 6, 15),
           "Health officials in Harare have counted 340 typhoid cases and two deaths, and Glen View alone has "
           "recorded 210 cases. Six treatment tents are open 24 hours a day. Children make up 35% of the cases, "
           "and 60% of Glen View households have no piped water."),
    Report("ty4", "Southern Africa Wire", at(11, 12, 10),
           "Harare's typhoid outbreak has grown to 515 cases and three deaths, the health ministry said on "
           "Wednesday, and cases in Glen View have reached 300. The city council repeated that 18 boreholes were "
           "contaminated, twice the number the environment agency found. Repairing Glen View's sewers will cost "
           "$2.4 million, the council said; the ministry put it at $4 million."),
    # --- copper cable theft east of Johannesburg: cancellations rising, stranded commuters disputed ---
    Report("cb1", "Joburg Wire", at(8, 18, 9),
           "Thieves stole about 2 kilometres of copper cable between Germiston and Johannesburg Park station "
           "overnight, forcing the cancellation of 48 commuter trains on Monday morning, the Passenger Rail "
           "Agency of South Africa said. It was the third cable theft on the line this year, and services are not "
           "expected to resume for 72 hours."),
    Report("cb2", "Gauteng Daily", at(8, 19, 8),
           "A total of 96 commuter trains were cancelled on Monday after cable theft east of Johannesburg, Prasa "
           "said, leaving about 60,000 passengers stranded. Police arrested three men near Germiston. Between "
           "them, the Germiston and Springs lines carry 140,000 commuters a day."),
    Report("cb3", "Radio Gauteng", at(8, 19, 15),
           "The Gauteng transport department said 85,000 commuters had been stranded by Monday's cable theft on "
           "the Germiston line. Three suspects appeared in the Germiston magistrate's court on Tuesday. "
           "Replacement buses run on route 44 between 5am and 9am."),
    Report("cb4", "Joburg Wire", at(8, 20, 11),
           "Prasa said on Wednesday that the theft on the Germiston line would cost R18 million to repair, but "
           "the rail workers' union said the bill would be closer to R30 million. Some 2 kilometres of cable must "
           "be replaced, and trains will run every 45 minutes until the work is done."),
    # --- low water on the Rhine at Kaub: the gauge falling, barges waiting and losses disputed ---
    Report("rh1", "Rhine Wire", at(8, 5, 10),
           "The Rhine's water level at the Kaub gauge fell to 38 centimetres on Tuesday, and about 40 barges were "
           "waiting near Bingen for the river to rise, the waterways office said. At such levels most ships can "
           "carry only a third of their usual cargo."),
    Report("rh2", "Frankfurt Business Wire", at(8, 6, 9),
           "Around 40 barges are stuck on the middle Rhine near Kaub, the waterways office said. The inland "
           "shipping association BDB said 55 vessels were waiting. Freight rates for a 1,000-tonne load from "
           "Rotterdam to Basel have doubled since July."),
    Report("rh3", "Rhine Wire", at(8, 7, 10),
           "The gauge at Kaub dropped to 33 centimetres on Thursday, its lowest since 2022, the waterways office "
           "said. Shippers' losses have reached 90 million euros, the BDB said, but the federal transport "
           "ministry put them at 35 million euros. \"Ten days waiting, twenty days waiting, thirty days waiting, "
           "and nobody in Berlin cares,\" one skipper said."),
    Report("rh4", "Koblenz Radio", at(8, 7, 17),
           "Thirty-three centimetres was the reading at Kaub on Thursday afternoon, five centimetres lower than on "
           "Tuesday. The waterways office still counts about 40 barges waiting near Bingen, against 55 in the "
           "shipping association's count. Rain is forecast from 14 August."),
)

FIGURES = (
    # lightning near Mbale
    LabelledFigure("pupils killed by lightning near Mbale", "consistent", (("lt1", "three"), ("lt2", "Three"))),
    LabelledFigure("children hurt by the Mbale lightning strike", "revised",
                   (("lt1", "14"), ("lt2", "22"), ("lt3", "Twenty-two"))),
    LabelledFigure("children still in hospital after the Mbale lightning strike", "consistent",
                   (("lt3", "eight"), ("lt4", "Eight"))),
    LabelledFigure("people watching the Mbale match", "disputed",
                   (("lt2", "300"), ("lt2", "120"), ("lt4", "120"), ("lt4", "300"))),
    # rockfall in Valais
    LabelledFigure("people hurt in the Visp derailment", "revised", (("rk1", "nine"), ("rk2", "Sixteen"), ("rk3", "16"))),
    LabelledFigure("people aboard the derailed Valais train", "disputed", (("rk1", "87"), ("rk2", "64"), ("rk2", "87"))),
    LabelledFigure("passengers seriously hurt in the Visp derailment", "consistent", (("rk3", "four"), ("rk4", "Four"))),
    LabelledFigure("cost of repairing the track near Visp", "disputed",
                   (("rk4", "12 million francs"), ("rk4", "20 million francs"))),
    # bird flu in Greater Poland
    LabelledFigure("infected poultry farms, Greater Poland", "revised",
                   (("bf1", "11"), ("bf2", "19"), ("bf3", "Nineteen"), ("bf4", "19"))),
    LabelledFigure("birds to be culled, Greater Poland", "revised",
                   (("bf1", "900,000"), ("bf2", "1.6 million"), ("bf3", "1.6 million"))),
    LabelledFigure("poultry farmers' losses from bird flu", "disputed",
                   (("bf2", "45 million zlotys"), ("bf2", "130 million zlotys"), ("bf4", "130 million zlotys"))),
    # lead in Duluth schools
    LabelledFigure("Duluth schools with lead above the limit", "disputed",
                   (("pb1", "14"), ("pb2", "21"), ("pb2", "14"), ("pb4", "14"), ("pb4", "21"))),
    LabelledFigure("pupils at the Duluth schools with lead", "consistent",
                   (("pb1", "9,000"), ("pb2", "9,000"), ("pb3", "8,500"))),
    LabelledFigure("fountains tested in Duluth schools", "consistent", (("pb1", "1,140"), ("pb3", "1,140"))),
    LabelledFigure("cost of replacing Duluth school pipes", "disputed",
                   (("pb4", "$6.8 million"), ("pb4", "$11 million"))),
    # flooded mine near Tarkwa
    LabelledFigure("miners underground when the Tarkwa mine flooded", "disputed",
                   (("gm1", "31"), ("gm2", "31"), ("gm2", "38"), ("gm4", "38"))),
    LabelledFigure("miners rescued at Tarkwa", "revised", (("gm2", "12"), ("gm3", "Twenty-six"), ("gm4", "26"))),
    LabelledFigure("miners dead at Tarkwa", "revised", (("gm3", "three"), ("gm4", "five"))),
    # fog at Delhi airport
    LabelledFigure("flights cancelled by fog at Delhi", "revised", (("fg1", "140"), ("fg2", "210"), ("fg3", "210"))),
    LabelledFigure("flights delayed by fog at Delhi", "consistent", (("fg1", "300"), ("fg2", "300"))),
    LabelledFigure("flights a day at Delhi airport", "consistent", (("fg1", "1,400"), ("fg2", "1,400"))),
    LabelledFigure("passengers stranded at Delhi airport", "disputed", (("fg3", "20,000"), ("fg3", "35,000"))),
    LabelledFigure("airlines' losses from the Delhi fog", "disputed",
                   (("fg4", "1.2 billion rupees"), ("fg4", "400 million rupees"))),
    # scaffolding in Pune
    LabelledFigure("workers killed at the Swargate metro site", "revised",
                   (("sc1", "four"), ("sc2", "six"), ("sc3", "Six"), ("sc4", "six"))),
    LabelledFigure("workers injured at the Swargate metro site", "consistent",
                   (("sc1", "11"), ("sc2", "Eleven"), ("sc3", "10"))),
    LabelledFigure("labourers on the Swargate site", "disputed",
                   (("sc2", "40"), ("sc2", "65"), ("sc4", "65"), ("sc4", "40"))),
    LabelledFigure("compensation per family, Swargate collapse", "consistent",
                   (("sc3", "500,000 rupees"), ("sc4", "500,000 rupees"))),
    # escalator in Naples
    LabelledFigure("people hurt by the Garibaldi escalator", "revised",
                   (("es1", "20"), ("es2", "Twenty-four"), ("es3", "Twenty-four"))),
    LabelledFigure("escalator victims still in hospital, Naples", "consistent", (("es3", "six"), ("es4", "Six"))),
    LabelledFigure("passengers a day at Garibaldi station", "consistent", (("es2", "40,000"), ("es4", "40,000"))),
    LabelledFigure("cost of repairing the Garibaldi escalator", "disputed",
                   (("es3", "300,000 euros"), ("es4", "120,000 euros"))),
    # market roof in Sapporo
    LabelledFigure("people hurt in the Sapporo roof collapse", "consistent",
                   (("sn1", "15"), ("sn2", "Seventeen"), ("sn3", "Seventeen"))),
    LabelledFigure("stalls closed at the Sapporo market", "consistent", (("sn2", "60"), ("sn3", "60"))),
    LabelledFigure("people inside the Sapporo market", "disputed",
                   (("sn3", "200"), ("sn3", "350"), ("sn4", "350"), ("sn4", "200"))),
    # freezer at an Adelaide clinic
    LabelledFigure("eggs and embryos lost at the Adelaide clinic", "revised",
                   (("iv1", "2,000"), ("iv3", "3,100"), ("iv3", "2,000"), ("iv4", "3,100"))),
    LabelledFigure("families affected by the Adelaide freezer failure", "disputed",
                   (("iv2", "480"), ("iv2", "700"), ("iv4", "700"), ("iv4", "480"))),
    # typhoid in Harare
    LabelledFigure("typhoid cases in Harare", "revised",
                   (("ty1", "212"), ("ty2", "340"), ("ty3", "340"), ("ty4", "515"))),
    LabelledFigure("typhoid deaths in Harare", "revised",
                   (("ty1", "two"), ("ty2", "two"), ("ty3", "two"), ("ty4", "three"))),
    LabelledFigure("typhoid cases in Glen View", "revised", (("ty3", "210"), ("ty4", "300"))),
    LabelledFigure("typhoid treatment tents, Harare", "consistent", (("ty2", "6"), ("ty3", "Six"))),
    LabelledFigure("contaminated boreholes in Glen View", "disputed", (("ty2", "18"), ("ty2", "9"), ("ty4", "18"))),
    LabelledFigure("cost of repairing Glen View's sewers", "disputed",
                   (("ty4", "$2.4 million"), ("ty4", "$4 million"))),
    # cable theft near Johannesburg
    LabelledFigure("commuter trains cancelled after the Germiston cable theft", "revised",
                   (("cb1", "48"), ("cb2", "96"))),
    LabelledFigure("commuters stranded by the Germiston cable theft", "disputed",
                   (("cb2", "60,000"), ("cb3", "85,000"))),
    LabelledFigure("men arrested over the Germiston cable theft", "consistent", (("cb2", "three"), ("cb3", "Three"))),
    LabelledFigure("copper cable stolen near Germiston", "consistent",
                   (("cb1", "2 kilometres"), ("cb4", "2 kilometres"))),
    LabelledFigure("cost of repairing the Germiston line", "disputed", (("cb4", "R18 million"), ("cb4", "R30 million"))),
    # low water on the Rhine
    LabelledFigure("Rhine level at the Kaub gauge", "revised",
                   (("rh1", "38 centimetres"), ("rh3", "33 centimetres"), ("rh4", "Thirty-three centimetres"))),
    LabelledFigure("barges waiting near Kaub", "disputed",
                   (("rh1", "40"), ("rh2", "40"), ("rh2", "55"), ("rh4", "40"), ("rh4", "55"))),
    LabelledFigure("shippers' losses from low water on the Rhine", "disputed",
                   (("rh3", "90 million euros"), ("rh3", "35 million euros"))),
)

NO_FIGURE = (
    ("lt1", "under-15"), ("lt1", "4.20pm"), ("lt1", "2-0"), ("lt3", "11 years old"), ("lt3", "1962"),
    ("lt4", "30 minutes"),
    ("rk1", "6.42am"), ("rk2", "second"), ("rk3", "10 days"), ("rk3", "20 minutes"), ("rk4", "2019"),
    ("bf1", "3 kilometres"), ("bf1", "10 kilometres"), ("bf2", "H5N1"), ("bf3", "21 days"),
    ("bf3", "27 votes to 12"), ("bf4", "three times"),
    ("pb1", "15 parts per billion"), ("pb1", "7.30am"), ("pb3", "218-555-0143"), ("pb3", "6-1"), ("pb3", "1986"),
    ("pb4", "seven fewer"),
    ("gm1", "2 a.m."), ("gm1", "two days"), ("gm1", "400 metres"), ("gm3", "2,000 litres a minute"),
    ("gm4", "seven more"),
    ("fg1", "50 metres"), ("fg1", "6 a.m."), ("fg1", "three"), ("fg1", "five hours"), ("fg2", "510"),
    ("fg2", "Terminal 3"), ("fg2", "AI 101"), ("fg2", "nine hours"), ("fg3", "30%"), ("fg3", "65%"),
    ("fg4", "three"),
    ("sc1", "25 metres"), ("sc1", "11.30am"), ("sc2", "two"), ("sc3", "One death"), ("sc3", "two deaths"),
    ("sc3", "ten deaths"), ("sc4", "2022"), ("sc4", "90 days"),
    ("es1", "7-year-old"), ("es1", "8.45pm"), ("es2", "2013"), ("es2", "11 days"), ("es3", "second"),
    ("es4", "Line 1"),
    ("sn1", "1.5 metres"), ("sn1", "48 hours"), ("sn1", "1996"), ("sn2", "82"), ("sn4", "1978"),
    ("sn4", "150 kilograms"),
    ("iv1", "10 May"), ("iv1", "minus 150 degrees"), ("iv2", "2009"), ("iv3", "1800 720 311"), ("iv3", "8am"),
    ("iv3", "8pm"), ("iv4", "24"), ("iv4", "46"),
    ("ty1", "20 October"), ("ty1", "one minute"), ("ty3", "24 hours a day"), ("ty3", "35%"), ("ty3", "60%"),
    ("ty4", "twice"),
    ("cb1", "third"), ("cb1", "72 hours"), ("cb2", "140,000"), ("cb3", "route 44"), ("cb3", "5am"),
    ("cb3", "9am"), ("cb4", "45 minutes"),
    ("rh1", "a third"), ("rh2", "1,000-tonne"), ("rh3", "2022"), ("rh3", "Ten days"),
    ("rh3", "twenty days"), ("rh3", "thirty days"), ("rh4", "five centimetres"), ("rh4", "14 August"),
)
