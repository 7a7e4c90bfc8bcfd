"""A third labelled set, unseen by the matcher's rules: 27 reports about 7 events unlike those
of figure_reports.py and figure_reports_heldout.py, written and labelled by hand before the
matcher's code was read and committed before it was run once. The first run's numbers are in
bench/RESULTS.md ("unseen, 2026-12-03"); later runs show whether a change generalises.

It holds seven disputes (three with both sources in one sentence), four revisions, one source
repeated by several outlets, one quantity in several wordings, places and scopes that must stay
apart (a capital and its country, a county and its country, the French dead among all the dead),
and the traps: durations, clock times, ages, vote counts and scores, ordinals, a rhetorical
series inside one quote and the two ends of one range."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a tourist bus crash in Morocco: a toll that rises in three wordings, a one-sentence dispute ---
    Report("bus1", "Wire A", at(4, 14, 8),
           "A bus carrying tourists plunged into a ravine in Morocco's Atlas mountains on Monday, killing 9 people, "
           "police said. The crash happened at 5:40 a.m. on a mountain road south of Marrakesh."),
    Report("bus2", "Daily B", at(4, 14, 15),
           "Moroccan authorities said 21 passengers were injured in the Atlas bus crash, while the French foreign "
           "ministry said 30 were hurt. The 58-year-old driver survived."),
    Report("bus3", "Wire A", at(4, 15, 9),
           "The death toll from the bus crash in Morocco rose to 14 on Tuesday, police said. Four of the dead were "
           "French tourists, the French embassy said."),
    Report("bus4", "Radio C", at(4, 15, 18),
           "Police said 14 people were killed when the bus left the road in the Atlas mountains. The passengers "
           "had spent three days touring the region."),
    Report("bus5", "Evening Post", at(4, 16, 10),
           "The number of deaths in Morocco's Atlas bus crash reached 16 after two injured passengers died in "
           "hospital, police said. Many of the passengers were fans returning from a match that Raja Casablanca "
           "won 3-1."),
    # --- a paint factory fire in Ghent: the fire brigade against the company, in one sentence ---
    Report("plant1", "Wire A", at(9, 3, 11),
           "A fire broke out at a paint factory in Ghent on Wednesday, sending a plume of black smoke over the "
           "city. Between 40 and 60 firefighters fought the blaze, the fire brigade said."),
    Report("plant2", "Daily B", at(9, 3, 16),
           "The fire brigade said 23 workers were taken to hospital after the Ghent factory fire, while the "
           "company put the number at 11. The blaze burned for 14 hours."),
    Report("plant3", "Radio C", at(9, 4, 8),
           "The fire brigade said on Thursday that 23 workers from the Ghent paint factory had been treated in "
           "hospital. It was the second fire at the plant in two years."),
    Report("plant4", "Evening Post", at(9, 4, 12),
           "Colorix, which owns the Ghent paint factory, said 11 employees had been taken to hospital and all but "
           "2 had gone home. Production will stop for 6 weeks."),
    # --- a drought in Kenya: the ministry against the farmers on the harvest; the UN repeated ---
    Report("drought1", "Wire A", at(2, 10, 9),
           "Kenya's maize harvest fell by 30% this season after the worst drought in four decades, the "
           "agriculture ministry said on Monday. The UN said 2.1 million Kenyans needed food aid."),
    Report("drought2", "Daily B", at(2, 10, 14),
           "The Kenya Farmers Union said the maize harvest had fallen by 55%, nearly twice the government's "
           "figure. In Turkana county alone, 400,000 people needed food aid, county officials said."),
    Report("drought3", "Radio C", at(2, 11, 8),
           "At least 2 million people in Kenya need food aid because of the drought, the UN said. Some farmers "
           "had not seen rain for 7 months."),
    Report("drought4", "Evening Post", at(2, 11, 12),
           "The UN's World Food Programme said 2.1 million Kenyans needed food aid. A 67-year-old farmer in "
           "Turkana said he had lost most of his goats."),
    # --- a mayoral election in Krakow: turnout updated as the count goes on, invalid ballots disputed ---
    Report("poll1", "Wire A", at(5, 18, 22),
           "In early results, turnout in Krakow's mayoral election stood at 54%, the election commission said on "
           "Sunday night. Polls had closed at 9 p.m."),
    Report("poll2", "Daily B", at(5, 19, 8),
           "Anna Nowak won Krakow's mayoral race with 52,310 votes to 48,905 for Piotr Wojcik, the election "
           "commission said. Turnout was 58%, the commission said."),
    Report("poll3", "Radio C", at(5, 19, 12),
           "Final turnout in the Krakow mayoral election was 58%, the election commission said. The opposition "
           "said 9,000 ballots were declared invalid; the commission put the number at 3,200."),
    Report("poll4", "Evening Post", at(5, 19, 16),
           "Nowak, 44, will be the city's first woman mayor. The election commission said 3,200 ballots were "
           "invalid, and the city council confirmed the result by 31-12 on Monday."),
    # --- a cracked bridge in Szeged: the ministry against the engineers on the repair cost ---
    Report("bridge1", "Wire A", at(10, 7, 10),
           "Repairing the cracked road bridge over the Tisza in Szeged will cost 120 million euros, Hungary's "
           "transport ministry said on Tuesday. The bridge will stay closed for 18 months."),
    Report("bridge2", "Daily B", at(10, 7, 15),
           "The Hungarian Chamber of Engineers said repairs to the Szeged bridge would cost at least 300 million "
           "euros. \"One year, two years, five years - nobody can tell us when it reopens,\" the mayor said."),
    Report("bridge3", "Radio C", at(10, 8, 9),
           "The transport ministry repeated that repairs to the Szeged bridge would cost 120 million euros. About "
           "40,000 vehicles crossed the bridge each day before it closed."),
    # --- cholera in Zambia: cases rising in Lusaka and nationwide, deaths in Lusaka disputed ---
    Report("cholera1", "Wire A", at(1, 8, 10),
           "Zambia has recorded 120 cholera cases in Lusaka since the start of the year, the health ministry said. "
           "Schools in the capital will open two weeks late."),
    Report("cholera2", "Wire A", at(1, 12, 10),
           "Cholera cases in Lusaka rose to 340, the health ministry said on Sunday. Nationwide, 410 cases have "
           "been reported."),
    Report("cholera3", "Daily B", at(1, 15, 9),
           "Lusaka's cholera outbreak has grown to 510 cases, the health ministry said on Wednesday, and 9 people "
           "have died of the disease in the capital. Doctors Without Borders said 17 people had died in Lusaka."),
    Report("cholera4", "Radio C", at(1, 15, 14),
           "Doctors Without Borders said 17 cholera patients had died in Lusaka, nearly double the ministry's "
           "count. Across Zambia, 690 cases have been recorded, the ministry said."),
    # --- a ransomware attack on Helsinki hospitals: the hackers against the hospital district ---
    Report("hack1", "Wire A", at(11, 20, 9),
           "Hackers who attacked a Helsinki hospital district said they had stolen the records of 1.5 million "
           "patients. The hospital district said the records of about 200,000 patients had been stolen."),
    Report("hack2", "Daily B", at(11, 20, 13),
           "The Helsinki hospital district said the records of about 200,000 patients were taken in the attack, "
           "the third on a Finnish hospital this year. Its systems were down for 36 hours."),
    Report("hack3", "Radio C", at(11, 21, 8),
           "The hackers demanded a ransom of 2 million euros, the Helsinki hospital district said. Staff went back "
           "to paper records at 7 a.m. on Thursday."),
)

FIGURES = (
    LabelledFigure("bus crash deaths, Morocco", "revised",
                   (("bus1", "9"), ("bus3", "14"), ("bus4", "14"), ("bus5", "16"))),
    LabelledFigure("bus crash injured, Morocco", "disputed", (("bus2", "21"), ("bus2", "30"))),
    LabelledFigure("French tourists among the dead", "consistent", (("bus3", "Four"),)),
    LabelledFigure("factory workers in hospital, Ghent", "disputed",
                   (("plant2", "23"), ("plant2", "11"), ("plant3", "23"), ("plant4", "11"))),
    LabelledFigure("maize harvest loss, Kenya", "disputed", (("drought1", "30%"), ("drought2", "55%"))),
    LabelledFigure("people needing food aid, Kenya", "consistent",
                   (("drought1", "2.1 million"), ("drought3", "2 million"), ("drought4", "2.1 million"))),
    LabelledFigure("people needing food aid, Turkana", "consistent", (("drought2", "400,000"),)),
    LabelledFigure("turnout, Krakow", "revised", (("poll1", "54%"), ("poll2", "58%"), ("poll3", "58%"))),
    LabelledFigure("invalid ballots, Krakow", "disputed",
                   (("poll3", "9,000"), ("poll3", "3,200"), ("poll4", "3,200"))),
    LabelledFigure("bridge repair cost, Szeged", "disputed",
                   (("bridge1", "120 million"), ("bridge2", "300 million"), ("bridge3", "120 million"))),
    LabelledFigure("vehicles a day on the bridge", "consistent", (("bridge3", "40,000"),)),
    LabelledFigure("cholera cases, Lusaka", "revised",
                   (("cholera1", "120"), ("cholera2", "340"), ("cholera3", "510"))),
    LabelledFigure("cholera cases, Zambia", "revised", (("cholera2", "410"), ("cholera4", "690"))),
    LabelledFigure("cholera deaths, Lusaka", "disputed", (("cholera3", "9"), ("cholera3", "17"), ("cholera4", "17"))),
    LabelledFigure("patient records stolen, Helsinki", "disputed",
                   (("hack1", "1.5 million"), ("hack1", "200,000"), ("hack2", "200,000"))),
    LabelledFigure("ransom demanded", "consistent", (("hack3", "2 million"),)),
)

# Numbers that are no figure: none of them may be in a figure with another value.
NO_FIGURE = (
    ("bus1", "5:40 a.m."), ("bus2", "58-year-old"), ("bus4", "three days"), ("bus5", "3-1"),
    ("plant1", "40"), ("plant1", "60"), ("plant2", "14 hours"), ("plant3", "second"), ("plant3", "two years"),
    ("plant4", "6 weeks"),
    ("drought1", "four decades"), ("drought3", "7 months"), ("drought4", "67-year-old"),
    ("poll1", "9 p.m."), ("poll2", "52,310"), ("poll2", "48,905"), ("poll4", "44"), ("poll4", "first"),
    ("poll4", "31-12"),
    ("bridge1", "18 months"), ("bridge2", "One year"), ("bridge2", "two years"), ("bridge2", "five years"),
    ("cholera1", "two weeks"),
    ("hack2", "third"), ("hack2", "36 hours"), ("hack3", "7 a.m."),
)
