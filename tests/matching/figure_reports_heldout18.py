"""An eighteenth labelled set, unseen by the matcher's rules: 55 reports about 13 events unlike those
of the other sets (carbon monoxide at a children's ice hockey tournament, hot-air balloons forced
into hard landings, a barge striking a river bridge, hepatitis A from frozen raspberries, heat at a
city marathon, a fire in an electric bus depot, a nurses' strike, a collapsed trading club, a dust
storm pile-up on an interstate, a fire aboard a Baltic ferry, a metro power failure, a storm over a
music festival, a landfill fire smoking out a capital), written and labelled blind: without reading
the matcher's or the extractor's code, the tests or the other sets' reports, and never run through
them before it was committed.

It holds twelve disputes (in one sentence with "while the tournament's organisers said", "but the
Nevsehir governor's office put the damage at", "but Seoul city officials put the loss at", "while
the Finnish Border Guard said", "while Bulgaria's environment ministry said"; across sentences with
no cue word, a national agency against a region on one region's cases, a metro company against the
fire brigade on passengers led out, a securities regulator against a victims' association on
investors; across outlets on the same day with no cue word, a ministry against a city's engineers on
a repair bill, a union against a health agency on nurses on strike, a highway patrol against a
transport department on vehicles in a pile-up, organisers against a consumer group on refunds;
restated later with "stood by its estimate that ... rather than", "repeating that ... and not",
"repeated that ... well below", "still counts ... eight fewer than", "stuck to its estimate of ...
against", "repeated that ... while", "repeated that ... not", "still counts ... 23 more than",
"stood by its count of ... well below", "rejecting ... estimate of", "more than three times"; one
side written in words, "eighty thousand", "ten thousand tonnes"; four of them over money, balloon
damage, a bridge repair, a bus depot's loss and festival refunds), thirteen revisions (people treated
in hospital, "Thirty-one" then 48 then "Forty-eight"; tourists hurt, 17 then 26 then 29 then
"Twenty-nine"; buses destroyed, 18 then 27 with "not 18 as first reported"; cases, 34 then 61 then
"Sixty-one"; regions, "six" then "nine"; operations postponed, 1,800 then 3,400 with "Some" and
"About"; clinics closed; runners treated, 64 then 87; directors arrested, "three" then "six" then
"Six"; a pile-up's toll, "four" then "Six" then "six"; people injured, "Nine" then "Fifteen"; people
hurt, "seven" then "Eleven"; people treated for smoke, "Forty" then "Ninety-five"), sixteen
consistent figures, repeated by several outlets and with qualifiers agreeing ("About 120" with "Some
120", "About 8,000" with "Some 8,000" and 8,046, "more than 30" with 34 and "Thirty-four", "some
45,000" with "about 45,000", "about 900 million cedis" with "some 900 million cedis", "About
40,000" with "some 40,000"), one quantity in several wordings (taken to hospital, treated in
hospital; injured, hurt; destroyed; fallen ill, caught; walked off the job, joined the strike,
struck; postponed, put off; died, killed, death toll; evacuated, moved off the site; invested, put
money into), scopes that must stay apart (people inside a rink, those treated and those still in
hospital; a country's cases and one region's; buses destroyed and buses kept at a depot; passengers
and crew; runners treated, taken to hospital and starting; nurses striking and clinics closed; an
earlier year's cases), and the traps: clock times, a race time, durations, years, a date, ages, a
machine's model, a machine's age, an age band, route and line numbers, an interstate and a mile
marker, phone numbers, a bag size, a temperature, wind and gust speeds, ordinals ("third"), multiples ("eight
times", "three times") and changes ("two of them", "three of them", "eight fewer", "23 more").

As in the ninth and later sets, a value that is the only one of its quantity is left unlabelled
rather than labelled alone. Values are labelled by the number as written in the report's body, with
the currency, unit or percent sign where heldout5's style takes it.
"""

# fmt: off
# Kept in the compact layout of the other labelled sets, one report per block.

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- carbon monoxide at a Tampere ice rink: hospital cases rising, people inside disputed ---
    Report("rink1", "Nordic Wire", at(1, 18, 20),
           "Thirty-one people were taken to hospital with carbon monoxide poisoning after a fault in an ice "
           "resurfacing machine at the Hervanta ice rink in Tampere on Saturday, the Pirkanmaa rescue service "
           "said. Most were children playing in an under-12 tournament, which began at 9 a.m."),
    Report("rink2", "Tampere Daily", at(1, 19, 9),
           "The number of people treated in hospital after the carbon monoxide leak at the Hervanta rink rose to "
           "48 on Sunday, Tampere University Hospital said. The rescue service said about 400 people were inside "
           "the rink when the alarm sounded, while the tournament's organisers said 250 were there."),
    Report("rink3", "Finnish Broadcast Online", at(1, 19, 15),
           "Forty-eight people have been treated for carbon monoxide poisoning after Saturday's leak in "
           "Tampere, and 11 of them remain in hospital, doctors said. The resurfacing machine, a propane-powered "
           "model 520, was 19 years old."),
    Report("rink4", "Nordic Wire", at(1, 21, 10),
           "Eleven children remain in hospital after the carbon monoxide leak at the Hervanta rink, the hospital "
           "said on Tuesday. The rescue service stood by its estimate that 400 people were inside, rather than "
           "the 250 counted by organisers. Anyone who was at the rink should call 03 311 611."),
    # --- balloons forced down in Cappadocia: tourists hurt rising, damage disputed ---
    Report("bal1", "Anatolia Wire", at(4, 12, 8),
           "A sudden gust forced 23 hot-air balloons into hard landings near Goreme in Cappadocia at about "
           "6.30am on Saturday, injuring 17 tourists, the Nevsehir governor's office said. About 120 balloons "
           "had taken off at dawn."),
    Report("bal2", "Istanbul Evening", at(4, 12, 16),
           "Twenty-three balloons made hard landings in Cappadocia on Saturday and 26 tourists were hurt, the "
           "governor's office said, two of them seriously. Some 120 balloons were in the air at the time."),
    Report("bal3", "Euro Travel News", at(4, 13, 9),
           "The number of tourists injured in the Cappadocia balloon landings rose to 29, among them Chinese "
           "and Spanish visitors, the governor's office said. Balloon flights were suspended for 48 hours."),
    Report("bal4", "Anatolia Wire", at(4, 13, 12),
           "The Cappadocia balloon operators' association said the landings had caused 4 million lira in damage "
           "to balloons and baskets, but the Nevsehir governor's office put the damage at 1.5 million lira. "
           "Flights resume at 5am on Tuesday."),
    Report("bal5", "Istanbul Evening", at(4, 14, 9),
           "Twenty-nine tourists were hurt when 23 balloons landed hard in Cappadocia, the governor said on "
           "Monday, repeating that the damage came to 1.5 million lira and not the 4 million lira the "
           "operators claimed."),
    # --- a barge strikes a Novi Sad bridge: the repair bill disputed, traffic and cargo agreed ---
    Report("br1", "Balkan Wire", at(9, 3, 11),
           "A barge carrying 2,000 tonnes of gravel struck a pillar of the Liberty Bridge in Novi Sad on "
           "Tuesday night, and the bridge was closed to traffic, the city said. About 40,000 vehicles cross "
           "the bridge each day."),
    Report("br2", "Belgrade Daily", at(9, 4, 9),
           "The transport ministry said repairs to the Liberty Bridge in Novi Sad would cost 12 million euros. "
           "The bridge, opened in 1981, carries some 40,000 vehicles a day."),
    Report("br3", "Danube Radio", at(9, 4, 17),
           "Engineers hired by the city of Novi Sad estimated the cost of repairing the Liberty Bridge at "
           "30 million euros. The barge's captain, 58, was questioned by police."),
    Report("br4", "Balkan Wire", at(9, 6, 10),
           "The ministry repeated that the Liberty Bridge repairs would cost 12 million euros, well below the "
           "city engineers' 30 million euros. The barge, which carried 2,000 tonnes of gravel, has been towed "
           "to Apatin, 90 kilometres upstream."),
    # --- hepatitis A from frozen raspberries in Sweden: cases rising, one region's cases disputed ---
    Report("hep1", "Scandinavian Wire", at(10, 2, 10),
           "Sweden's Public Health Agency said 34 people had fallen ill with hepatitis A linked to frozen "
           "raspberries sold by a supermarket chain, in six regions. The berries were sold in 500-gram bags "
           "with a best-before date of 12 March 2027."),
    Report("hep2", "Stockholm Morning", at(10, 6, 8),
           "The Public Health Agency said 14 of the hepatitis A cases were in Stockholm. Region Stockholm's "
           "infection control unit said 22 people in the region had fallen ill with the disease after eating "
           "the berries."),
    Report("hep3", "Scandinavian Wire", at(10, 9, 10),
           "Cases of hepatitis A linked to frozen raspberries in Sweden have risen to 61 in nine regions, the "
           "Public Health Agency said. Nineteen people have been treated in hospital. The agency still counts "
           "14 cases in Stockholm, eight fewer than the region's tally. Sweden recorded 88 cases in all of "
           "last year."),
    Report("hep4", "Nordic Health News", at(10, 10, 9),
           "Sixty-one people in nine Swedish regions have caught hepatitis A from frozen raspberries, and 19 "
           "have been in hospital, the Public Health Agency said. Customers can call 0771 1177 00 for advice."),
    # --- heat at the Adelaide Marathon: runners treated rising, starters agreed ---
    Report("run1", "Australian Associated Wire", at(2, 16, 4),
           "Paramedics treated 64 runners for heat exhaustion at the Adelaide Marathon on Sunday as "
           "temperatures reached 39C, SA Ambulance Service said. About 8,000 runners started the race at 6am."),
    Report("run2", "Adelaide Evening Star", at(2, 16, 9),
           "SA Ambulance Service said it had treated 87 runners at the Adelaide Marathon, and 12 were taken to "
           "hospital. Some 8,000 people took part. The winner finished in 2:14:05."),
    Report("run3", "National Sports Radio", at(2, 17, 9),
           "Twelve runners were taken to hospital from Sunday's Adelaide Marathon, three of them in a critical "
           "condition, paramedics said. Organisers said 8,046 runners started the race, the most since 2019."),
    Report("run4", "Adelaide Evening Star", at(2, 18, 9),
           "Two runners remain in hospital after the Adelaide Marathon, which 8,046 people started. The race "
           "will move to a 5am start next year."),
    # --- a fire at a Seoul electric bus depot: buses destroyed revised, the loss disputed ---
    Report("bus1", "Korea Wire", at(11, 8, 7),
           "A fire at an electric bus depot in Seoul's Gangseo district destroyed 18 buses overnight, the fire "
           "department said. The blaze broke out at 1:40 a.m. and took five hours to put out. No one was hurt."),
    Report("bus2", "Seoul Herald", at(11, 8, 16),
           "The fire at the Gangseo bus depot destroyed 27 buses, not 18 as first reported, the fire department "
           "said. The depot housed 64 buses serving routes 6630 and 6631."),
    Report("bus3", "Asia Business Daily", at(11, 10, 9),
           "The bus operator said the Gangseo depot fire had caused 9 billion won in damage, but Seoul city "
           "officials put the loss at 4.2 billion won. The buses were 2023 models."),
    Report("bus4", "Korea Wire", at(11, 11, 10),
           "Seoul city stuck to its estimate of 4.2 billion won for the damage at the Gangseo depot, against the "
           "operator's 9 billion won. The 27 destroyed buses were among 64 kept at the depot."),
    # --- a nurses' strike in New Zealand: strikers disputed, operations and clinics rising ---
    Report("nz1", "Pacific News Agency", at(7, 30, 10),
           "The New Zealand Nurses Organisation said 36,000 nurses walked off the job on Wednesday in a 24-hour "
           "strike over pay and staffing, starting at 9am."),
    Report("nz2", "Wellington Post", at(7, 30, 15),
           "Health New Zealand said 28,000 nurses had joined the strike. It said 1,800 planned operations had "
           "been postponed."),
    Report("nz3", "Aotearoa Radio Online", at(7, 31, 9),
           "Health New Zealand said 3,400 planned operations had now been put off because of the nurses' strike, "
           "and 120 community clinics were closed. The union is asking for a 15% pay rise over three years."),
    Report("nz4", "Pacific News Agency", at(8, 1, 10),
           "The nurses' union repeated that 36,000 members had struck, while Health New Zealand counted 28,000. "
           "Some 3,400 operations were postponed, the agency said, and 210 clinics closed."),
    Report("nz5", "Wellington Post", at(8, 1, 16),
           "About 3,400 operations were postponed by the strike, Health New Zealand said. It was the third "
           "nurses' strike since 2023."),
    # --- a trading club collapses in Ghana: investors disputed, losses agreed, arrests rising ---
    Report("pz1", "Ghana News Wire", at(5, 5, 10),
           "Ghana's Securities and Exchange Commission said 48,000 people had put money into Goldline Trading "
           "Club, which stopped paying out last month. Investors lost about 900 million cedis, the commission "
           "said."),
    Report("pz2", "Accra Evening", at(5, 5, 18),
           "The Goldline victims' association said eighty thousand people had invested in the scheme. Police "
           "said they had arrested three of the club's directors."),
    Report("pz3", "West Africa Business Online", at(5, 7, 9),
           "Police have now arrested six Goldline directors, among them its 34-year-old founder. Investors lost "
           "some 900 million cedis, the Securities and Exchange Commission said, repeating that 48,000 people "
           "had invested, not eighty thousand."),
    Report("pz4", "Ghana News Wire", at(5, 9, 11),
           "Six directors of Goldline Trading Club have been charged with fraud, police said. Investors can "
           "register claims by calling 0302 664 104."),
    # --- a dust storm pile-up on Interstate 70: deaths rising, vehicles disputed ---
    Report("dust1", "Plains Wire", at(4, 25, 20),
           "A dust storm caused a pile-up of dozens of vehicles on Interstate 70 near mile marker 213 in western "
           "Kansas on Friday afternoon, killing four people and injuring more than 30, the Kansas Highway "
           "Patrol said."),
    Report("dust2", "Wichita Morning", at(4, 26, 8),
           "Six people died in Friday's pile-up on Interstate 70, the Kansas Highway Patrol said, and 34 were "
           "injured. The patrol said 71 vehicles were involved."),
    Report("dust3", "Midwest Radio Network", at(4, 26, 13),
           "The Kansas Department of Transportation said 48 vehicles had crashed in the dust storm on Interstate "
           "70. Winds gusted to 60 mph, and visibility fell to zero within two minutes."),
    Report("dust4", "Plains Wire", at(4, 27, 10),
           "The death toll from the Interstate 70 pile-up stands at six, the highway patrol said on Sunday. It "
           "still counts 71 vehicles, 23 more than the transportation department's figure."),
    Report("dust5", "Wichita Morning", at(4, 27, 15),
           "Thirty-four people were hurt in the pile-up, among them two truck drivers, the patrol said. The "
           "interstate reopened at 7 p.m. on Saturday."),
    # --- fire aboard a Baltic ferry: passengers and crew agreed, smoke cases disputed ---
    Report("fer1", "Baltic News Wire", at(3, 14, 9),
           "Fire broke out in the engine room of the ferry Saaremaa Spirit in the Gulf of Finland early on "
           "Friday with 412 passengers and 68 crew aboard, the Estonian navy said. The ship left Tallinn at "
           "7.30am."),
    Report("fer2", "Helsinki Times Online", at(3, 14, 14),
           "All 412 passengers of the Saaremaa Spirit were taken off by lifeboat and rescue vessels, the "
           "Finnish Border Guard said. Twelve passengers were treated for smoke inhalation. The ferry's 68 crew "
           "stayed aboard to fight the fire."),
    Report("fer3", "Tallinn Evening", at(3, 14, 19),
           "The Estonian Maritime Administration said 22 passengers had been treated for smoke inhalation after "
           "the Saaremaa Spirit fire, while the Finnish Border Guard said 12."),
    Report("fer4", "Baltic News Wire", at(3, 16, 10),
           "The Saaremaa Spirit, carrying 412 passengers, was towed into Helsinki on Sunday, 40 hours after the "
           "fire broke out. The ship was built in 2006."),
    # --- a power failure on Santiago's metro: trains agreed, passengers led out disputed, injured rising ---
    Report("met1", "Andes Wire", at(8, 20, 23),
           "A power failure halted 38 trains on Santiago's Line 1 during the evening rush on Wednesday, and "
           "passengers walked through the tunnels to stations, Metro de Santiago said. Nine people were hurt."),
    Report("met2", "Santiago Daily", at(8, 21, 8),
           "Metro de Santiago said 14,000 passengers were evacuated through the tunnels after Wednesday's power "
           "failure on Line 1. The fire brigade said it had helped 20,000 people out. Fifteen people were "
           "injured, the health ministry said."),
    Report("met3", "Latin Business Radio", at(8, 21, 13),
           "The power failure stopped 38 Line 1 trains for nearly three hours, Metro de Santiago said."),
    Report("met4", "Andes Wire", at(8, 22, 10),
           "Metro de Santiago stood by its count of 14,000 passengers evacuated, well below the fire brigade's "
           "20,000. Fifteen people were injured, two of them seriously, and 38 trains were stuck, the company "
           "said."),
    # --- a storm over the Dunepop festival: injured rising, evacuated agreed, refunds disputed ---
    Report("fest1", "Benelux Wire", at(8, 9, 22),
           "A storm tore the roof off the main stage of the Dunepop festival near Knokke on Saturday evening, "
           "injuring seven people, and some 45,000 festivalgoers were evacuated, Belgian police said. Gusts "
           "reached 110 km/h at 8.15pm."),
    Report("fest2", "Flanders Morning", at(8, 10, 9),
           "Eleven people were hurt when the storm hit the Dunepop festival, the mayor said on Sunday, and about "
           "45,000 people were moved off the site. The organisers said refunds for the cancelled last day would "
           "cost 6 million euros."),
    Report("fest3", "Brussels Courier", at(8, 10, 17),
           "Consumer group Testachat said refunding Dunepop ticket holders would cost 14 million euros. Day "
           "tickets had sold for 119 euros."),
    Report("fest4", "Benelux Wire", at(8, 12, 10),
           "Dunepop's organisers repeated that refunds would cost 6 million euros, rejecting Testachat's "
           "estimate of 14 million euros. Eleven people were injured in the storm, and two remain in hospital."),
    # --- a landfill fire outside Sofia: schools agreed, tonnes burned disputed, people treated rising ---
    Report("lf1", "Balkan Wire", at(6, 17, 10),
           "A fire at the Suhodol landfill on the edge of Sofia sent thick smoke over the city, and 37 schools "
           "were closed on Tuesday, the municipality said. Forty people were treated for breathing problems."),
    Report("lf2", "Sofia Globe Online", at(6, 18, 9),
           "The Sofia municipality said about 3,000 tonnes of waste had burned at the Suhodol landfill, while "
           "Bulgaria's environment ministry said ten thousand tonnes had gone up in smoke. The fire started at "
           "4pm on Monday."),
    Report("lf3", "Danube Radio", at(6, 18, 18),
           "Ninety-five people have now been treated for breathing problems caused by smoke from the Suhodol "
           "landfill fire, the health ministry said. The 37 closed schools will stay shut on Thursday. Fine "
           "particle readings reached eight times the limit."),
    Report("lf4", "Balkan Wire", at(6, 20, 10),
           "The environment ministry repeated that 10,000 tonnes of waste burned at Suhodol, more than three "
           "times the municipality's 3,000 tonnes. Ninety-five people were treated for breathing problems."),
)

FIGURES = (
    LabelledFigure("people treated in hospital after the Hervanta rink leak", "revised",
                   (("rink1", "Thirty-one"), ("rink2", "48"), ("rink3", "Forty-eight"))),
    LabelledFigure("people inside the Hervanta rink", "disputed",
                   (("rink2", "400"), ("rink2", "250"), ("rink4", "400"), ("rink4", "250"))),
    LabelledFigure("people still in hospital after the Hervanta rink leak", "consistent",
                   (("rink3", "11"), ("rink4", "Eleven"))),
    LabelledFigure("balloons forced into hard landings, Cappadocia", "consistent",
                   (("bal1", "23"), ("bal2", "Twenty-three"), ("bal5", "23"))),
    LabelledFigure("tourists hurt in the Cappadocia balloon landings", "revised",
                   (("bal1", "17"), ("bal2", "26"), ("bal3", "29"), ("bal5", "Twenty-nine"))),
    LabelledFigure("balloons aloft over Cappadocia", "consistent", (("bal1", "120"), ("bal2", "120"))),
    LabelledFigure("damage from the Cappadocia balloon landings", "disputed",
                   (("bal4", "4 million lira"), ("bal4", "1.5 million lira"), ("bal5", "1.5 million lira"),
                    ("bal5", "4 million lira"))),
    LabelledFigure("gravel aboard the barge", "consistent", (("br1", "2,000 tonnes"), ("br4", "2,000 tonnes"))),
    LabelledFigure("vehicles crossing the Liberty Bridge each day", "consistent",
                   (("br1", "40,000"), ("br2", "40,000"))),
    LabelledFigure("cost of repairing the Liberty Bridge", "disputed",
                   (("br2", "12 million euros"), ("br3", "30 million euros"), ("br4", "12 million euros"),
                    ("br4", "30 million euros"))),
    LabelledFigure("hepatitis A cases linked to frozen raspberries, Sweden", "revised",
                   (("hep1", "34"), ("hep3", "61"), ("hep4", "Sixty-one"))),
    LabelledFigure("Swedish regions with raspberry hepatitis A cases", "revised",
                   (("hep1", "six"), ("hep3", "nine"), ("hep4", "nine"))),
    LabelledFigure("raspberry hepatitis A cases in Stockholm", "disputed",
                   (("hep2", "14"), ("hep2", "22"), ("hep3", "14"))),
    LabelledFigure("raspberry hepatitis A patients treated in hospital", "consistent",
                   (("hep3", "Nineteen"), ("hep4", "19"))),
    LabelledFigure("runners treated at the Adelaide Marathon", "revised", (("run1", "64"), ("run2", "87"))),
    LabelledFigure("Adelaide Marathon runners taken to hospital", "consistent", (("run2", "12"), ("run3", "Twelve"))),
    LabelledFigure("runners starting the Adelaide Marathon", "consistent",
                   (("run1", "8,000"), ("run2", "8,000"), ("run3", "8,046"), ("run4", "8,046"))),
    LabelledFigure("buses destroyed in the Gangseo depot fire", "revised",
                   (("bus1", "18"), ("bus2", "27"), ("bus2", "18"), ("bus4", "27"))),
    LabelledFigure("buses kept at the Gangseo depot", "consistent", (("bus2", "64"), ("bus4", "64"))),
    LabelledFigure("damage from the Gangseo depot fire", "disputed",
                   (("bus3", "9 billion won"), ("bus3", "4.2 billion won"), ("bus4", "4.2 billion won"),
                    ("bus4", "9 billion won"))),
    LabelledFigure("nurses on strike in New Zealand", "disputed",
                   (("nz1", "36,000"), ("nz2", "28,000"), ("nz4", "36,000"), ("nz4", "28,000"))),
    LabelledFigure("operations postponed by the nurses' strike", "revised",
                   (("nz2", "1,800"), ("nz3", "3,400"), ("nz4", "3,400"), ("nz5", "3,400"))),
    LabelledFigure("clinics closed by the nurses' strike", "revised", (("nz3", "120"), ("nz4", "210"))),
    LabelledFigure("people who invested in Goldline", "disputed",
                   (("pz1", "48,000"), ("pz2", "eighty thousand"), ("pz3", "48,000"), ("pz3", "eighty thousand"))),
    LabelledFigure("money lost by Goldline investors", "consistent",
                   (("pz1", "900 million cedis"), ("pz3", "900 million cedis"))),
    LabelledFigure("Goldline directors arrested", "revised", (("pz2", "three"), ("pz3", "six"), ("pz4", "Six"))),
    LabelledFigure("deaths in the Interstate 70 pile-up", "revised",
                   (("dust1", "four"), ("dust2", "Six"), ("dust4", "six"))),
    LabelledFigure("people injured in the Interstate 70 pile-up", "consistent",
                   (("dust1", "30"), ("dust2", "34"), ("dust5", "Thirty-four"))),
    LabelledFigure("vehicles in the Interstate 70 pile-up", "disputed",
                   (("dust2", "71"), ("dust3", "48"), ("dust4", "71"))),
    LabelledFigure("passengers aboard the Saaremaa Spirit", "consistent",
                   (("fer1", "412"), ("fer2", "412"), ("fer4", "412"))),
    LabelledFigure("crew aboard the Saaremaa Spirit", "consistent", (("fer1", "68"), ("fer2", "68"))),
    LabelledFigure("Saaremaa Spirit passengers treated for smoke", "disputed",
                   (("fer2", "Twelve"), ("fer3", "22"), ("fer3", "12"))),
    LabelledFigure("Line 1 trains halted in Santiago", "consistent",
                   (("met1", "38"), ("met3", "38"), ("met4", "38"))),
    LabelledFigure("passengers led out of Santiago's Line 1 tunnels", "disputed",
                   (("met2", "14,000"), ("met2", "20,000"), ("met4", "14,000"), ("met4", "20,000"))),
    LabelledFigure("people injured in the Santiago metro failure", "revised",
                   (("met1", "Nine"), ("met2", "Fifteen"), ("met4", "Fifteen"))),
    LabelledFigure("people injured in the Dunepop storm", "revised",
                   (("fest1", "seven"), ("fest2", "Eleven"), ("fest4", "Eleven"))),
    LabelledFigure("festivalgoers evacuated from Dunepop", "consistent", (("fest1", "45,000"), ("fest2", "45,000"))),
    LabelledFigure("cost of Dunepop refunds", "disputed",
                   (("fest2", "6 million euros"), ("fest3", "14 million euros"), ("fest4", "6 million euros"),
                    ("fest4", "14 million euros"))),
    LabelledFigure("Sofia schools closed by the landfill smoke", "consistent", (("lf1", "37"), ("lf3", "37"))),
    LabelledFigure("waste burned at the Suhodol landfill", "disputed",
                   (("lf2", "3,000 tonnes"), ("lf2", "ten thousand tonnes"), ("lf4", "10,000 tonnes"),
                    ("lf4", "3,000 tonnes"))),
    LabelledFigure("people treated for breathing problems, Suhodol fire", "revised",
                   (("lf1", "Forty"), ("lf3", "Ninety-five"), ("lf4", "Ninety-five"))),
)

# Numbers that are no figure: clock times, a race time, durations, years, a date, ages, an age band, a
# machine's model and age, route and line numbers, an interstate and a mile marker, phone numbers, a bag
# size, speeds, ordinals, multiples and changes ("two of them", "eight fewer", "23 more"). None of them
# may be in a figure with another value.
NO_FIGURE = (
    ("rink1", "under-12"), ("rink1", "9 a.m."), ("rink3", "model 520"), ("rink3", "19 years old"),
    ("rink4", "03 311 611"),
    ("bal1", "6.30am"), ("bal2", "two"), ("bal3", "48 hours"), ("bal4", "5am"),
    ("br2", "1981"), ("br3", "58"), ("br4", "90 kilometres"),
    ("hep1", "500-gram"), ("hep1", "12 March 2027"), ("hep3", "eight fewer"), ("hep4", "0771 1177 00"),
    ("run1", "39C"), ("run1", "6am"), ("run2", "2:14:05"), ("run3", "three"), ("run3", "2019"), ("run4", "5am"),
    ("bus1", "1:40 a.m."), ("bus1", "five hours"), ("bus2", "6630"), ("bus2", "6631"), ("bus3", "2023"),
    ("nz1", "24-hour"), ("nz1", "9am"), ("nz3", "three years"), ("nz5", "third"), ("nz5", "2023"),
    ("pz3", "34-year-old"), ("pz4", "0302 664 104"),
    ("dust1", "Interstate 70"), ("dust1", "mile marker 213"), ("dust3", "60 mph"), ("dust3", "two minutes"), ("dust4", "23 more"),
    ("dust5", "two"), ("dust5", "7 p.m."),
    ("fer1", "7.30am"), ("fer4", "40 hours"), ("fer4", "2006"),
    ("met1", "Line 1"), ("met3", "nearly three hours"), ("met4", "two"),
    ("fest1", "110 km/h"), ("fest1", "8.15pm"), ("fest4", "two"),
    ("lf2", "4pm"), ("lf3", "eight times"), ("lf4", "three times"),
)
