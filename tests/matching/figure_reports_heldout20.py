"""A twentieth labelled set, unseen by the matcher's rules: 55 reports about 13 events unlike those
of the other sets (a multi-storey car park collapsing in Ghent, an ammonia leak at a Frisian dairy,
E. coli in school lunches in Gyeonggi, a refuse collectors' strike in Marseille, a nationwide
card-payment outage in Sweden, elephants raiding farms beside Tsavo East, flamingos dying at a lagoon
in Andalusia, a leaked national exam paper in Bangladesh, scarlet fever in Birmingham nurseries,
water in petrol sold at Auckland service stations, a gas explosion in a Brno apartment block, an
exceptional high tide in Venice, a recall of dog food over aflatoxin in Missouri), written and
labelled blind: without reading the matcher's or the extractor's code, the tests or the other sets'
reports, and committed before it was run through them once.

It holds 45 labelled figures (15 disputed, 13 revised, 17 consistent) and 68 NO_FIGURE values.

The disputes set two named sources against each other on the same thing at about the same time: in
one sentence with "but", "while" or a semicolon; across two sentences of one report with no cue word
(a city against a union on tonnes of rubbish, a motoring body against a supplier on cars damaged, a
council against a health agency on nurseries); across two outlets on the same day or the next, in
different wordings of the same count, with no cue word (a safety region against a municipality on
households told to keep windows shut, a province against a ministry on schools supplied, a supplier
against a motoring body on a repair bill) or with "far fewer than" (police against an exam board on
groups that shared a paper); and restated later against the other side ("stood by its estimate of
... against", "still puts ... while ... stood by", "repeated that ... four times", "stood by its
count of ... against", "well above", "repeated that ... three fewer than", "three more than",
"repeated that ... against", "repeated that ... 18 more than", "repeated that ... less than half",
"still counts ... against"). Five of them are over money (a car park's rebuild, retailers' lost
sales, crop losses, car repairs, flood damage), in euros, kronor, shillings and New Zealand dollars.

The revisions are tolls and counts that rise over days (people hurt, people in hospital, pupils
sickened, fires in rubbish, elephants driven back, dead birds, arrests, cases, deaths, dogs
sickened), written differently by each outlet (injured, hurt, treated for injuries; taken to
hospital, hospitalised; fallen ill, sickened, infected; confirmed in, caught, cases). Three counts
are corrected with "not ... as it first said" or "as it first reported" (shops hit by an outage,
stations that sold bad petrol, a tide's peak), and two rising counts restate the old value ("up from
... in the first count", "up from ... on Monday"); the old value in such a sentence belongs to the
revised figure. 27 of the 28 disputes and revisions cross two or more outlets.

The consistent figures are repeated by several outlets or agree through their qualifiers ("about
300" with "Some 300", "more than 1,000" with 1,100, "about 400" with "Some 400", "about 80%" with
80%), in digits and words (11 and "Eleven", 17 and "Seventeen").

Scopes that must stay apart: a city's scarlet fever cases and its region's; strikers and a city's
whole workforce; pupils sickened and pupils in hospital; adult birds and chicks; an earlier year's
cases; people hurt and people dead. The NO_FIGURE traps: clock times (with and without a.m.), dates,
years, durations, a prison term, ages and an age band, ordinals, a vote in a council, a match score,
phone numbers, a flight number, tram and water-bus lines, a fuel grade, a building's storeys, a
temperature, a flood barrier's threshold, a range's two ends (one of them in money), percentages of
different things, sums of different things, multiples and changes ("four times", "three fewer",
"three more", "18 more") and two rhetorical series inside one quote each.

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body; money
keeps its currency and scale ("€12 million", "600 million kronor", "NZ$2 million"), measures keep
their unit ("6,000 tonnes", "320 acres", "1.58 metres"), and qualifiers are left out.
"""

# fmt: off
# Kept in the compact layout of the other labelled sets, one report per block.

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a car park collapses in Ghent: people hurt rising, a rebuild bill disputed ---
    Report("park1", "Flanders Wire", at(2, 3, 21),
           "The top decks of a multi-storey car park near Gent-Sint-Pieters station collapsed on Monday evening, "
           "crushing 46 cars, the Ghent fire brigade said. Seven people were injured. The car park, built in "
           "1974, had been due for renovation."),
    Report("park2", "Scheldt Courier", at(2, 4, 8),
           "Nine people were hurt when part of a car park in Ghent gave way on Monday, the city said, up from "
           "seven in the first count. Rescuers searched the rubble until 4 a.m. for anyone trapped. The operator, "
           "ParkGent, said 46 vehicles had been crushed. Tram line 2 was diverted."),
    Report("park3", "Euro Desk", at(2, 4, 14),
           "Rebuilding the collapsed car park in Ghent will cost €12 million, the operator ParkGent said on "
           "Tuesday, but the city's engineering department put the bill at €20 million. The structure was last "
           "inspected in 2023, some 18 months before the collapse."),
    Report("park4", "Radio Oost", at(2, 5, 9),
           "Eleven people have been treated for injuries after the Ghent car park collapse, hospital officials "
           "said on Wednesday. ParkGent stood by its estimate of a €12 million rebuild, against the €20 million "
           "given by the city's engineers. Together with a neighbouring garage, the site held 1,250 parking "
           "spaces. Owners of the 46 crushed cars can call 09 210 10 10."),

    # --- ammonia at a Leeuwarden dairy: people in hospital rising, households told to stay shut disputed ---
    Report("amm1", "Noord Nieuws", at(3, 12, 11),
           "An ammonia leak at a dairy plant in Leeuwarden forced the evacuation of about 300 workers on "
           "Wednesday morning, the Fryslân safety region said. Twelve people were taken to hospital with "
           "breathing problems. The leak began at 7.40 a.m. in a cooling unit."),
    Report("amm2", "Dutch Wire", at(3, 12, 17),
           "Some 300 employees were led out of the Frisian Dairy Company plant in Leeuwarden after Wednesday's "
           "ammonia leak. The safety region told about 2,000 households downwind to keep their windows and doors "
           "shut for three hours. The plant processes 1.5 million litres of milk a day."),
    Report("amm3", "Leeuwarder Post", at(3, 12, 19),
           "The municipality of Leeuwarden said 800 households had been asked to keep their windows closed after "
           "the leak at the dairy plant. The all-clear was given at 11 a.m., it said."),
    Report("amm4", "Holland Business Desk", at(3, 13, 9),
           "Nineteen people have now been hospitalised after the ammonia leak at the Leeuwarden dairy, the "
           "regional health service said on Thursday. The plant, which handles some 1.5 million litres of milk a "
           "day, will stay shut for between five and seven days."),

    # --- E. coli in school lunches in Hwaseong: pupils sickened rising, schools supplied disputed ---
    Report("ecoli1", "Seoul Wire", at(4, 8, 10),
           "More than 140 pupils at schools in Hwaseong have fallen ill with E. coli infections linked to school "
           "lunches, Gyeonggi provincial health officials said on Tuesday. The lunches came from a single "
           "caterer, which supplies 14 schools in the city, the officials said."),
    Report("ecoli2", "Han River Daily", at(4, 9, 9),
           "The number of pupils sickened by contaminated school meals in Hwaseong rose to 213 on Wednesday, the "
           "province said. The education ministry said the caterer had delivered lunches to 11 schools."),
    Report("ecoli3", "Asia Health Wire", at(4, 10, 8),
           "Gyeonggi province said on Thursday that 236 children had been infected in the Hwaseong E. coli "
           "outbreak and 17 were still in hospital. A nine-year-old boy is in intensive care. It is the second "
           "outbreak linked to school meals in the province this year."),
    Report("ecoli4", "Seoul Wire", at(4, 10, 15),
           "Seventeen pupils remain in hospital after the Hwaseong school lunch outbreak, doctors said. The "
           "education ministry repeated that 11 schools were served by the caterer, three fewer than the "
           "province counts."),

    # --- a refuse strike in Marseille: tonnes of rubbish disputed, bin fires rising ---
    Report("bin1", "Provence Wire", at(5, 6, 12),
           "Uncollected rubbish in Marseille reached 6,000 tonnes on Tuesday, the eighth day of a strike by "
           "refuse collectors, the city said. The CGT union said 9,000 tonnes were piled in the streets."),
    Report("bin2", "Midi Daily", at(5, 6, 18),
           "About 1,100 of the city's 1,400 refuse collectors have stopped work, the union said. Firefighters "
           "have put out 85 fires in rubbish bins since the strike began on April 29, and about 70% of "
           "collection rounds have been cancelled."),
    Report("bin3", "Marseille Matin", at(5, 8, 10),
           "Marseille city hall still puts the waste lying uncollected at 6,000 tonnes, while the CGT stood by "
           "its figure of 9,000 tonnes on Thursday. Some 1,100 collectors remain on strike. \"One week, two "
           "weeks, three weeks, the rats do not care,\" said a resident of the Noailles district. Talks are set "
           "for 3 p.m. on Friday."),
    Report("bin4", "Hexagone Wire", at(5, 9, 9),
           "Firefighters in Marseille said on Friday they had tackled 140 blazes in piles of rubbish since the "
           "collectors' walkout began. More than 1,000 collectors are still out, and only 15% of the city's bins "
           "were emptied on Thursday. The city council voted 58 to 33 to hire private contractors."),

    # --- a card-payment outage in Sweden: lost sales disputed, shops hit corrected ---
    Report("card1", "Nordic Business Wire", at(6, 14, 15),
           "Card payments failed across Sweden for nearly five hours on Saturday after a fault at the payment "
           "processor Kortnät, the company said. About 2.3 million transactions were declined and about 25,000 "
           "shops reported problems, it said. Customers of seven banks were hit. Kortnät handles about 60% of "
           "card payments in Sweden."),
    Report("card2", "Stockholm Daily", at(6, 14, 19),
           "Swedish retailers lost 600 million kronor in sales during Saturday's card outage, the trade "
           "association Svensk Handel said, while Kortnät said the loss to shops was no more than 150 million "
           "kronor."),
    Report("card3", "Sveriges Wire", at(6, 15, 9),
           "Some 2.3 million card payments were turned down during Saturday's outage, Kortnät said on Sunday. It "
           "said 41,000 shops had problems, not 25,000 as it first said, and that customers of seven banks were "
           "affected. The outage began at 10.15 and ended at 15.02. Only 8% of purchases in Sweden were paid in "
           "cash last year, the central bank says."),
    Report("card4", "Nordic Business Wire", at(6, 17, 10),
           "Svensk Handel repeated on Tuesday that shops lost 600 million kronor on the day of the outage, four "
           "times the processor's estimate. The Riksbank said it would review the outage within 30 days. Some "
           "passengers missed flight SK1417 at Arlanda when taxis could not take cards."),

    # --- elephants on farms by Tsavo East: acres and losses disputed, elephants driven back rising ---
    Report("ele1", "East Africa Wire", at(7, 2, 10),
           "Elephants straying from Tsavo East National Park have destroyed crops on 320 acres of farmland in "
           "Taita Taveta county in the past week, the county government said. The Kenya Wildlife Service said "
           "the herds had damaged 180 acres."),
    Report("ele2", "Nairobi Mirror", at(7, 2, 17),
           "A herd of about 60 elephants has raided maize and bean fields near Mwatate, wildlife officials said. "
           "A farmer aged 54 was trampled and injured on Tuesday night."),
    Report("ele3", "Coast FM News", at(7, 3, 9),
           "Some 60 elephants remain on farmland around Mwatate, rangers said on Wednesday. The Taita Taveta "
           "Farmers Association put crop losses at 45 million shillings, but the wildlife service valued them at "
           "12 million shillings. The herds have also killed a combined 19 goats and cattle."),
    Report("ele4", "Kenya Today Wire", at(7, 5, 10),
           "The Taita Taveta county government stood by its count of 320 acres of crops destroyed by elephants, "
           "against 180 acres given by the Kenya Wildlife Service. Rangers had driven 25 elephants back into "
           "Tsavo East by Friday, using two helicopters."),
    Report("ele5", "Nairobi Mirror", at(7, 7, 9),
           "Wildlife rangers have pushed 41 elephants back into Tsavo East, the Kenya Wildlife Service said on "
           "Sunday. The operation, which began at 6 a.m. on Thursday, is the third in the county this year."),

    # --- flamingos dying at Fuente de Piedra: dead birds rising, chicks hatched disputed ---
    Report("fla1", "Andalusia Wire", at(8, 11, 12),
           "At least 400 flamingos have been found dead at the Fuente de Piedra lagoon near Málaga, the regional "
           "environment department said on Monday. About 20,000 adult flamingos are on the lagoon this summer. "
           "Temperatures there reached 44C at the weekend."),
    Report("fla2", "Iberia News", at(8, 12, 10),
           "The number of dead flamingos at Fuente de Piedra has risen to 730, Andalusian officials said on "
           "Tuesday. Tests point to avian botulism, which spreads in warm, shallow water. Some 20,000 adult birds "
           "remain at the lagoon."),
    Report("fla3", "Costa Daily", at(8, 13, 9),
           "Nearly 1,100 dead flamingos have now been counted at Fuente de Piedra, the environment department "
           "said on Wednesday. The department said about 9,000 chicks had hatched at the lagoon this spring; the "
           "bird charity SEO/BirdLife counted 14,000."),
    Report("fla4", "Iberia News", at(8, 14, 11),
           "SEO/BirdLife said on Thursday its volunteers had counted some 14,000 flamingo chicks at the lagoon "
           "this spring, well above the regional government's 9,000. The lagoon is Spain's largest flamingo "
           "breeding site, and the charity has ringed birds there since 1986."),

    # --- a leaked exam paper in Bangladesh: arrests rising, groups that shared it disputed ---
    Report("exam1", "Dhaka Wire", at(1, 20, 14),
           "Bangladesh cancelled Monday's Higher Secondary Certificate chemistry paper after the questions were "
           "leaked on social media, the Dhaka education board said. About 1.2 million candidates will sit the "
           "paper again on February 3."),
    Report("exam2", "Bengal Chronicle", at(1, 20, 20),
           "Some 1.2 million students must re-sit the chemistry exam after the leak, the education ministry said. "
           "Police said they had arrested five people, and the board said the paper had been shared in 350 "
           "Facebook groups before the exam."),
    Report("exam3", "Dhaka Wire", at(1, 22, 10),
           "Police have now arrested nine people over the leak of the chemistry paper, a spokesman said on "
           "Wednesday. The suspects face up to 10 years in prison."),
    Report("exam4", "South Asia Desk", at(1, 22, 16),
           "Nine suspects are in custody over the exam leak, police said. The re-sit will be held on February 3 "
           "from 10 a.m. to 1 p.m. at some 2,600 centres across the country."),
    Report("exam5", "Chittagong Herald", at(1, 21, 12),
           "Police said on Tuesday they had traced the leaked chemistry paper to 120 Facebook groups, far fewer "
           "than the education board's count. About 2,600 exam centres will open for the re-sit."),

    # --- scarlet fever in Birmingham nurseries: cases rising, nurseries affected disputed ---
    Report("scar1", "Midlands Wire", at(10, 7, 11),
           "Scarlet fever has been confirmed in 38 children at nurseries across Birmingham, the UK Health "
           "Security Agency said on Tuesday. Most of the children are under five, and about 400 have been offered "
           "antibiotics as a precaution."),
    Report("scar2", "Birmingham Evening Post", at(10, 8, 9),
           "Forty-four children have now caught scarlet fever at Birmingham nurseries, health officials said. "
           "The city council said 9 nurseries were affected. The UKHSA said the cases were spread over 6 "
           "nurseries. Across the West Midlands, 120 cases have been linked to nurseries this autumn, the agency "
           "said."),
    Report("scar3", "Central Radio News", at(10, 9, 10),
           "Cases of scarlet fever linked to Birmingham nurseries have reached 52, the health agency said on "
           "Thursday. Some 400 children have been given antibiotics. It is the city's worst outbreak since 2018, "
           "when 31 cases were recorded."),
    Report("scar4", "Midlands Wire", at(10, 9, 16),
           "Birmingham City Council said nine nurseries had reported scarlet fever cases, three more than the "
           "health agency's count. Across the West Midlands, some 120 children at nurseries have had scarlet fever "
           "this autumn, the agency says. Parents can call a helpline on 0121 303 1111 from 8am to 6pm."),

    # --- water in petrol in Auckland: cars damaged and repair bill disputed, stations corrected ---
    Report("fuel1", "Aotearoa Wire", at(11, 3, 13),
           "Water-contaminated petrol sold at 23 service stations in Auckland has damaged at least 1,500 cars, "
           "the Automobile Association said on Monday. The fuel supplier, Harbour Fuels, said 640 vehicles had "
           "been affected."),
    Report("fuel2", "Auckland Courier", at(11, 3, 18),
           "Harbour Fuels said contaminated 91-octane petrol had been sold at 23 of its stations between Friday "
           "and Sunday. The company said it would pay for repairs, which it estimated at NZ$2 million in total."),
    Report("fuel3", "Pacific Business Desk", at(11, 4, 10),
           "Repairs to cars damaged by bad petrol in Auckland will cost motorists about NZ$5 million, the "
           "Automobile Association said on Tuesday. Garages are quoting from NZ$800 to NZ$3,000 per car, it "
           "said."),
    Report("fuel4", "Radio Tamaki News", at(11, 5, 9),
           "Harbour Fuels said on Wednesday the bad petrol had been sold at 31 stations, not 23 as it first "
           "reported. It repeated that 640 cars had been affected, against the 1,500 counted by the Automobile "
           "Association. A hotline, 0800 555 321, is open until 9 p.m."),

    # --- a gas explosion in a Brno apartment block: deaths rising, flats lost disputed ---
    Report("gas1", "Czech Wire", at(12, 1, 8),
           "A gas explosion tore through a nine-storey apartment block in Brno's Líšeň district early on Monday, "
           "killing three people and injuring 11, firefighters said. The blast happened at 5.20 a.m. on the "
           "fourth floor."),
    Report("gas2", "Moravia Daily", at(12, 2, 7),
           "The death toll from the Brno apartment blast rose to five overnight, police said on Tuesday. About 80 "
           "residents spent the night in a school gym."),
    Report("gas3", "Prague Radio Online", at(12, 2, 9),
           "The city of Brno said 34 flats had been destroyed or made uninhabitable by Monday's explosion, while "
           "the building's owners' association said 52 flats could not be lived in. Some 80 people are in "
           "temporary shelters. Eleven people were hurt in the blast, doctors said."),
    Report("gas4", "Czech Wire", at(12, 3, 10),
           "Six people have died as a result of the Brno explosion after a 71-year-old woman died in hospital on "
           "Wednesday, doctors said. The owners' association repeated that 52 flats were uninhabitable, 18 more "
           "than the city's figure."),
    Report("gas5", "Moravia Daily", at(12, 3, 19),
           "Fans held a minute's silence for the victims of the Líšeň explosion before Zbrojovka Brno's 2-1 win "
           "on Wednesday evening. A fund for the residents has raised 3.4 million koruna."),

    # --- a high tide in Venice: the peak corrected, flood damage disputed ---
    Report("tide1", "Veneto Wire", at(11, 22, 12),
           "An exceptional high tide of 1.58 metres flooded about 80% of Venice on Saturday, the city's tide "
           "centre said. It was the highest water since 2019."),
    Report("tide2", "Laguna News", at(11, 22, 18),
           "Shopkeepers in Venice put the damage from Saturday's flooding at €30 million, their association said, "
           "but the city estimated it at €12 million. Water-bus line 1 along the Grand Canal was suspended."),
    Report("tide3", "Adriatic Desk", at(11, 23, 10),
           "Venice's tide centre said on Sunday the water had peaked at 1.62 metres on Saturday, not 1.58 metres "
           "as it first reported. About 80% of the city was under water. The MOSE barrier was not raised because "
           "the tide had been forecast to stay below the 1.30-metre threshold."),
    Report("tide4", "Italy Desk", at(11, 23, 15),
           "The city of Venice repeated on Sunday that flood damage would come to about €12 million, less than "
           "half the shopkeepers' estimate of €30 million. Water covered St Mark's Square for nine hours. \"One "
           "flood, two floods, three floods a year, and still they talk,\" said a glass-seller in Cannaregio."),

    # --- a dog-food recall in Missouri: dogs sickened rising, deaths disputed ---
    Report("pet1", "Midwest Wire", at(9, 15, 11),
           "A Missouri pet-food maker, Ozark Pet Nutrition, recalled 26 lots of dry dog food after aflatoxin was "
           "found in corn used to make it, the company said on Monday. The Food and Drug Administration said it "
           "had received reports of 70 dogs falling ill."),
    Report("pet2", "Heartland Daily", at(9, 16, 9),
           "At least 22 dogs have died after eating recalled dry food made by Ozark Pet Nutrition, the FDA said "
           "on Tuesday, while the company said it knew of 9 deaths."),
    Report("pet3", "Farm & Market Wire", at(9, 17, 10),
           "The FDA said on Wednesday that 112 dogs had been sickened by the recalled Ozark food, up from 70 on "
           "Monday. The 26 recalled lots were sold in 14 states, the company said."),
    Report("pet4", "Midwest Wire", at(9, 18, 9),
           "Ozark Pet Nutrition still counts 9 dog deaths linked to its food, against at least 22 reported to the "
           "FDA by vets. Owners can return bags for a refund until October 31."),
)

FIGURES = (
    # car park, Ghent
    LabelledFigure("people hurt in the Ghent car park collapse", "revised",
                   (("park1", "Seven"), ("park2", "Nine"), ("park2", "seven"), ("park4", "Eleven"))),
    LabelledFigure("cars crushed in the Ghent car park", "consistent",
                   (("park1", "46"), ("park2", "46"), ("park4", "46"))),
    LabelledFigure("cost of rebuilding the Ghent car park", "disputed",
                   (("park3", "€12 million"), ("park3", "€20 million"), ("park4", "€12 million"),
                    ("park4", "€20 million"))),
    # ammonia, Leeuwarden
    LabelledFigure("workers evacuated from the Leeuwarden dairy", "consistent", (("amm1", "300"), ("amm2", "300"))),
    LabelledFigure("people taken to hospital after the Leeuwarden ammonia leak", "revised",
                   (("amm1", "Twelve"), ("amm4", "Nineteen"))),
    LabelledFigure("households told to keep windows shut, Leeuwarden", "disputed", (("amm2", "2,000"), ("amm3", "800"))),
    LabelledFigure("milk handled daily by the Leeuwarden dairy", "consistent",
                   (("amm2", "1.5 million litres"), ("amm4", "1.5 million litres"))),
    # E. coli, Hwaseong
    LabelledFigure("pupils sickened by school lunches in Hwaseong", "revised",
                   (("ecoli1", "140"), ("ecoli2", "213"), ("ecoli3", "236"))),
    LabelledFigure("schools supplied by the Hwaseong caterer", "disputed",
                   (("ecoli1", "14"), ("ecoli2", "11"), ("ecoli4", "11"))),
    LabelledFigure("pupils still in hospital, Hwaseong", "consistent", (("ecoli3", "17"), ("ecoli4", "Seventeen"))),
    # refuse strike, Marseille
    LabelledFigure("uncollected rubbish in Marseille", "disputed",
                   (("bin1", "6,000 tonnes"), ("bin1", "9,000 tonnes"), ("bin3", "6,000 tonnes"),
                    ("bin3", "9,000 tonnes"))),
    LabelledFigure("refuse collectors on strike in Marseille", "consistent",
                   (("bin2", "1,100"), ("bin3", "1,100"), ("bin4", "1,000"))),
    LabelledFigure("rubbish fires in Marseille during the strike", "revised", (("bin2", "85"), ("bin4", "140"))),
    # card outage, Sweden
    LabelledFigure("card payments declined in the Swedish outage", "consistent",
                   (("card1", "2.3 million"), ("card3", "2.3 million"))),
    LabelledFigure("shops hit by the Swedish card outage", "revised",
                   (("card1", "25,000"), ("card3", "41,000"), ("card3", "25,000"))),
    LabelledFigure("banks whose customers were hit by the outage", "consistent", (("card1", "seven"), ("card3", "seven"))),
    LabelledFigure("retailers' lost sales in the Swedish card outage", "disputed",
                   (("card2", "600 million kronor"), ("card2", "150 million kronor"), ("card4", "600 million kronor"))),
    # elephants, Taita Taveta
    LabelledFigure("farmland destroyed by elephants in Taita Taveta", "disputed",
                   (("ele1", "320 acres"), ("ele1", "180 acres"), ("ele4", "320 acres"), ("ele4", "180 acres"))),
    LabelledFigure("elephants on farmland near Mwatate", "consistent", (("ele2", "60"), ("ele3", "60"))),
    LabelledFigure("crop losses from elephants in Taita Taveta", "disputed",
                   (("ele3", "45 million shillings"), ("ele3", "12 million shillings"))),
    LabelledFigure("elephants driven back into Tsavo East", "revised", (("ele4", "25"), ("ele5", "41"))),
    # flamingos, Fuente de Piedra
    LabelledFigure("dead flamingos at Fuente de Piedra", "revised",
                   (("fla1", "400"), ("fla2", "730"), ("fla3", "1,100"))),
    LabelledFigure("adult flamingos on the lagoon", "consistent", (("fla1", "20,000"), ("fla2", "20,000"))),
    LabelledFigure("flamingo chicks hatched at Fuente de Piedra", "disputed",
                   (("fla3", "9,000"), ("fla3", "14,000"), ("fla4", "14,000"), ("fla4", "9,000"))),
    # exam leak, Bangladesh
    LabelledFigure("candidates re-sitting the chemistry paper", "consistent",
                   (("exam1", "1.2 million"), ("exam2", "1.2 million"))),
    LabelledFigure("people arrested over the exam leak", "revised",
                   (("exam2", "five"), ("exam3", "nine"), ("exam4", "Nine"))),
    LabelledFigure("social media groups that shared the paper", "disputed", (("exam2", "350"), ("exam5", "120"))),
    LabelledFigure("exam centres for the re-sit", "consistent", (("exam4", "2,600"), ("exam5", "2,600"))),
    # scarlet fever, Birmingham
    LabelledFigure("scarlet fever cases in Birmingham nurseries", "revised",
                   (("scar1", "38"), ("scar2", "Forty-four"), ("scar3", "52"))),
    LabelledFigure("children given antibiotics, Birmingham", "consistent", (("scar1", "400"), ("scar3", "400"))),
    LabelledFigure("nursery scarlet fever cases across the West Midlands", "consistent",
                   (("scar2", "120"), ("scar4", "120"))),
    LabelledFigure("nurseries with scarlet fever, Birmingham", "disputed",
                   (("scar2", "9"), ("scar2", "6"), ("scar4", "nine"))),
    # bad petrol, Auckland
    LabelledFigure("cars damaged by bad petrol in Auckland", "disputed",
                   (("fuel1", "1,500"), ("fuel1", "640"), ("fuel4", "640"), ("fuel4", "1,500"))),
    LabelledFigure("stations that sold bad petrol in Auckland", "revised",
                   (("fuel1", "23"), ("fuel2", "23"), ("fuel4", "31"), ("fuel4", "23"))),
    LabelledFigure("cost of repairing cars after the bad petrol", "disputed",
                   (("fuel2", "NZ$2 million"), ("fuel3", "NZ$5 million"))),
    # gas explosion, Brno
    LabelledFigure("deaths in the Brno explosion", "revised", (("gas1", "three"), ("gas2", "five"), ("gas4", "Six"))),
    LabelledFigure("people hurt in the Brno explosion", "consistent", (("gas1", "11"), ("gas3", "Eleven"))),
    LabelledFigure("residents in shelters after the Brno explosion", "consistent", (("gas2", "80"), ("gas3", "80"))),
    LabelledFigure("flats made uninhabitable in Brno", "disputed", (("gas3", "34"), ("gas3", "52"), ("gas4", "52"))),
    # high tide, Venice
    LabelledFigure("peak of the high tide in Venice", "revised",
                   (("tide1", "1.58 metres"), ("tide3", "1.62 metres"), ("tide3", "1.58 metres"))),
    LabelledFigure("share of Venice flooded", "consistent", (("tide1", "80%"), ("tide3", "80%"))),
    LabelledFigure("flood damage in Venice", "disputed",
                   (("tide2", "€30 million"), ("tide2", "€12 million"), ("tide4", "€12 million"),
                    ("tide4", "€30 million"))),
    # dog food, Missouri
    LabelledFigure("lots of dog food recalled", "consistent", (("pet1", "26"), ("pet3", "26"))),
    LabelledFigure("dogs sickened by the recalled food", "revised", (("pet1", "70"), ("pet3", "112"), ("pet3", "70"))),
    LabelledFigure("dogs killed by the recalled food", "disputed",
                   (("pet2", "22"), ("pet2", "9"), ("pet4", "9"), ("pet4", "22"))),
)

NO_FIGURE = (
    ("park1", "1974"), ("park2", "4 a.m."), ("park2", "line 2"), ("park3", "2023"), ("park3", "18 months"),
    ("park4", "1,250"), ("park4", "09 210 10 10"),
    ("amm1", "7.40 a.m."), ("amm2", "three hours"), ("amm3", "11 a.m."), ("amm4", "five"), ("amm4", "seven"),
    ("ecoli3", "nine-year-old"), ("ecoli3", "second"), ("ecoli4", "three"),
    ("bin1", "eighth"), ("bin2", "April 29"), ("bin2", "70%"),
    ("bin3", "One week"), ("bin3", "two weeks"), ("bin3", "three weeks"), ("bin3", "3 p.m."),
    ("bin4", "15%"), ("bin4", "58 to 33"),
    ("card1", "five hours"), ("card1", "60%"), ("card3", "10.15"), ("card3", "15.02"), ("card3", "8%"),
    ("card4", "four times"), ("card4", "30 days"), ("card4", "SK1417"),
    ("ele2", "54"), ("ele3", "19"), ("ele5", "6 a.m."), ("ele5", "third"),
    ("fla1", "44C"), ("fla4", "1986"),
    ("exam1", "February 3"), ("exam3", "10 years"), ("exam4", "February 3"), ("exam4", "10 a.m."),
    ("exam4", "1 p.m."),
    ("scar1", "under five"), ("scar3", "2018"), ("scar4", "three"), ("scar4", "0121 303 1111"),
    ("scar4", "8am"), ("scar4", "6pm"),
    ("fuel2", "91-octane"), ("fuel3", "NZ$800"), ("fuel3", "NZ$3,000"), ("fuel4", "0800 555 321"),
    ("fuel4", "9 p.m."),
    ("gas1", "nine-storey"), ("gas1", "5.20 a.m."), ("gas1", "fourth"), ("gas4", "71-year-old"), ("gas4", "18"),
    ("gas5", "2-1"),
    ("tide1", "2019"), ("tide2", "line 1"), ("tide3", "1.30-metre"), ("tide4", "nine hours"),
    ("tide4", "One flood"), ("tide4", "two floods"), ("tide4", "three floods"),
    ("pet4", "October 31"),
)
