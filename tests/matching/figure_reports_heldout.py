"""A second labelled set, written after the matcher's rules were settled on figure_reports.py
and measured once before any change: 21 reports about 6 other events. The first run's
numbers are in bench/RESULTS.md; later runs show whether a change generalises."""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- a landslide in Nepal: a rising toll, the army and district officials on the missing ---
    Report("slide1", "Wire A", at(5, 3, 7),
           "A landslide buried a village in western Nepal on Saturday, killing at least 12 people, police said. "
           "Dozens were feared trapped."),
    Report("slide2", "Daily B", at(5, 3, 16),
           "Rescuers pulled 5 survivors from the mud in Nepal's Jumla district, the army said. Police said 12 "
           "people had died."),
    Report("slide3", "Wire A", at(5, 4, 8),
           "The number of dead from the Nepal landslide climbed to 27 on Sunday, according to police. Army "
           "spokesman Raj Thapa said 40 people were missing."),
    Report("slide4", "Himalayan Times", at(5, 4, 10),
           "District officials said 18 people were missing after the landslide in Nepal. The army has given a "
           "higher figure."),
    Report("slide5", "Daily B", at(5, 5, 9),
           "Nepal's landslide death toll rose to 31 on Monday, police said. Rain is forecast for another three days."),
    # --- a metro line in Lyon: the council against the opposition on its cost ---
    Report("metro1", "Wire A", at(11, 12, 11),
           "The new metro line in Lyon will cost 1.8 billion euros, the city council said on Wednesday. The line "
           "will have 12 stations."),
    Report("metro2", "Daily B", at(11, 12, 15),
           "Opposition councillors said the Lyon metro line would cost at least 2.5 billion euros. The council "
           "vote passed 41-22."),
    Report("metro3", "Radio C", at(11, 13, 9),
           "Lyon's metro line, budgeted at 1.8 billion euros, will have 12 stations, the council said."),
    # --- a heatwave in India: "at least 60" and 143 can both be true ---
    Report("heat1", "Wire A", at(6, 2, 10),
           "Temperatures reached 47 degrees in Delhi on Monday as a heatwave gripped northern India. At least 60 "
           "people have died of heatstroke across the country, the health ministry said."),
    Report("heat2", "Daily B", at(6, 2, 13),
           "Hospitals in Uttar Pradesh alone reported 98 heat deaths, doctors said."),
    Report("heat3", "Wire A", at(6, 4, 10),
           "India's heatwave has killed 143 people, the health ministry said on Wednesday, as temperatures stayed "
           "above 45 degrees for a sixth day."),
    Report("heat4", "Evening Post", at(6, 4, 12),
           "The heatwave has killed 143 people across India, the health ministry said. The 71-year-old minister "
           "urged people to stay indoors between noon and 4 p.m."),
    # --- a teachers' strike in Scotland: the union against the government ---
    Report("strike1", "Wire A", at(1, 20, 9),
           "About 70% of teachers in Scotland joined Tuesday's strike, the EIS union said."),
    Report("strike2", "Daily B", at(1, 20, 14),
           "The Scottish government said 45% of teachers in Scotland had joined the strike."),
    Report("strike3", "Radio C", at(1, 21, 8),
           "The EIS union said 70% of Scotland's teachers walked out on Tuesday, the second strike in a month. "
           "Talks lasted 9 hours on Monday."),
    # --- an oil spill off Brittany: an estimate raised, and the shipowner disagreeing ---
    Report("spill1", "Wire A", at(9, 10, 9),
           "About 2,000 barrels of oil leaked from the damaged tanker off the coast of Brittany, the French coast "
           "guard said."),
    Report("spill2", "Wire A", at(9, 12, 9),
           "The coast guard raised its estimate of the oil spill off Brittany to 5,000 barrels on Thursday."),
    Report("spill3", "Daily B", at(9, 12, 11),
           "Shipowner Maritima said no more than 1,500 barrels of oil had leaked off Brittany."),
    # --- snow at Heathrow: cancellations mount through the day ---
    Report("snow1", "Wire A", at(12, 18, 7),
           "Heathrow cancelled 120 flights on Thursday morning as snow fell across southern England, the airport "
           "said."),
    Report("snow2", "Daily B", at(12, 18, 17),
           "By evening, Heathrow had cancelled 340 flights, the airport said."),
    Report("snow3", "Radio C", at(12, 19, 8),
           "More than 300 flights were cancelled at Heathrow on Thursday, the airport said, and 25,000 passengers "
           "were stranded."),
)

FIGURES = (
    LabelledFigure("landslide deaths, Nepal", "revised",
                   (("slide1", "12"), ("slide2", "12"), ("slide3", "27"), ("slide5", "31"))),
    LabelledFigure("landslide missing, Nepal", "disputed", (("slide3", "40"), ("slide4", "18"))),
    LabelledFigure("survivors pulled out", "consistent", (("slide2", "5"),)),
    LabelledFigure("metro cost, Lyon", "disputed", (("metro1", "1.8 billion"), ("metro2", "2.5 billion"), ("metro3", "1.8 billion"))),
    LabelledFigure("metro stations", "consistent", (("metro1", "12"), ("metro3", "12"))),
    LabelledFigure("heat deaths, India", "consistent", (("heat1", "60"), ("heat3", "143"), ("heat4", "143"))),
    LabelledFigure("heat deaths, Uttar Pradesh", "consistent", (("heat2", "98"),)),
    LabelledFigure("temperature", "consistent", (("heat1", "47"), ("heat3", "45"))),
    LabelledFigure("teachers on strike, Scotland", "disputed", (("strike1", "70%"), ("strike2", "45%"), ("strike3", "70%"))),
    LabelledFigure("oil spilled off Brittany", "disputed", (("spill1", "2,000"), ("spill2", "5,000"), ("spill3", "1,500"))),
    LabelledFigure("flights cancelled at Heathrow", "revised", (("snow1", "120"), ("snow2", "340"), ("snow3", "300"))),
    LabelledFigure("passengers stranded", "consistent", (("snow3", "25,000"),)),
)

NO_FIGURE = (
    ("slide5", "three days"), ("metro2", "41-22"), ("heat3", "sixth"), ("heat4", "71-year-old"),
    ("heat4", "4 p.m."), ("strike3", "second"), ("strike3", "9 hours"),
)
