"""A labelled set for figures: 32 short wire-style reports about 8 events, written for these
tests (invented events in real places). Each report goes through the real extractor and
matcher; the labels say which reported values are one figure and what its status is.

Labels name a value by report and by the number as written in that report's body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class Report:
    id: str
    outlet: str
    published: datetime
    body: str
    title: str = ""


@dataclass(frozen=True)
class LabelledFigure:
    name: str
    status: str  # consistent / revised / disputed
    values: tuple[tuple[str, str], ...]  # (report id, number as written)


def at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2025, month, day, hour, tzinfo=timezone.utc)


REPORTS = (
    # --- floods in northern Portugal: a rising toll, a dispute over destroyed homes ---
    Report("flood1", "Wire A", at(3, 10, 18),
           "Flash floods in northern Portugal killed 8 people on Monday, police said. Rain fell for four hours "
           "before the Lima river burst its banks. About 600 people were evacuated from their homes, the civil "
           "protection agency said."),
    Report("flood2", "Daily B", at(3, 11, 8),
           "The death toll from the floods in northern Portugal rose to 15 on Tuesday, police said. Some 600 "
           "residents remained evacuated, the civil protection agency said. Governor Rui Matos said 37 homes had "
           "been destroyed."),
    Report("flood3", "Coast Radio", at(3, 11, 11),
           "Local officials in Ponte de Lima said 52 homes had been destroyed by the floods. The number of people "
           "killed in northern Portugal stood at 15, police said. The storm lasted six hours, forecasters said."),
    Report("flood4", "Wire A", at(3, 12, 9),
           "Floods in northern Portugal have now killed 21 people, police said on Wednesday. Deaths in Ponte de "
           "Lima alone reached 9. Rescuers were still searching for 2 missing fishermen."),
    Report("flood5", "Daily B", at(3, 12, 12),
           "Police put the flood toll in northern Portugal at 21 on Wednesday. Governor Rui Matos said again that "
           "37 homes had been destroyed. \"One house, two houses, ten houses, each one is a family,\" Matos said."),
    # --- storm damage in Ireland: a minister against the insurers, on the same day ---
    Report("storm1", "Wire A", at(2, 5, 10),
           "Storm Aoife caused 2 billion euros of damage across Ireland, Finance Minister Paschal Byrne said on "
           "Wednesday. It was the third storm to hit the country this winter."),
    Report("storm2", "Daily B", at(2, 5, 14),
           "Insurance Ireland said the damage from Storm Aoife would cost 3.5 billion euros. The 54-year-old "
           "minister has defended his estimate."),
    Report("storm3", "Coast Radio", at(2, 5, 18),
           "Finance Minister Paschal Byrne said Storm Aoife had caused 2 billion euros of damage in Ireland. About "
           "40,000 homes were without power, ESB Networks said."),
    Report("storm4", "Wire A", at(2, 6, 9),
           "ESB Networks said 40,000 homes in Ireland were still without power on Thursday. Winds reached "
           "150 km/h overnight."),
    Report("storm5", "Evening Post", at(2, 8, 9),
           "Just 12,000 homes in Ireland were still without power on Saturday, ESB Networks said."),
    # --- a court ruling: votes, ages and ordinals, one figure repeated ---
    Report("court1", "Wire A", at(6, 20, 15),
           "The Supreme Court ruled 5-4 on Friday that the state's new voting map was lawful. The map covers "
           "14 congressional districts."),
    Report("court2", "Daily B", at(6, 20, 18),
           "In a 5-4 decision, the justices upheld the voting map, which covers 14 congressional districts. "
           "Justice Elena Ruiz, 61, wrote the dissent."),
    Report("court3", "Law Weekly", at(6, 21, 9),
           "Friday's 5-4 ruling was the court's second election case this term. The case took 18 months to "
           "reach the court."),
    # --- an earthquake in Peru: a revised toll, a dispute over the injured ---
    Report("quake1", "Wire A", at(8, 15, 6),
           "An earthquake struck southern Peru at 3 a.m. on Friday, killing about 300 people, the civil defence "
           "institute said."),
    Report("quake2", "Daily B", at(8, 15, 12),
           "The Health Ministry said 1,200 people were injured in the earthquake in southern Peru."),
    Report("quake3", "Coast Radio", at(8, 15, 14),
           "Regional authorities said 800 people were injured in the earthquake in southern Peru."),
    Report("quake4", "Wire A", at(8, 16, 9),
           "The death toll from the earthquake in southern Peru rose to about 410, the civil defence institute "
           "said on Saturday. At least 150 people were missing in southern Peru."),
    Report("quake5", "Daily B", at(8, 16, 11),
           "Civil defence officials said 170 people were still missing in southern Peru and about 410 had died."),
    # --- a march in Madrid: police against organisers ---
    Report("march1", "Wire A", at(10, 4, 20),
           "Police said 12,000 people marched through Madrid on Saturday against the housing law. Organisers put "
           "the crowd at 40,000."),
    Report("march2", "Daily B", at(10, 4, 21),
           "About 40,000 people joined the march in Madrid, the organisers said. Unions called a 48-hour strike "
           "for next week."),
    Report("march3", "Coast Radio", at(10, 5, 9),
           "Saturday's march in Madrid drew 12,000 people, according to police. The housing law was passed by "
           "176 votes to 170 in March."),
    # --- a wildfire near Athens: the burned area grows day by day ---
    Report("fire1", "Wire A", at(7, 20, 8),
           "A wildfire north of Athens has burned 1,200 hectares, the fire service said on Sunday. Some 2,000 "
           "residents were evacuated from four villages."),
    Report("fire2", "Daily B", at(7, 21, 9),
           "The wildfire north of Athens has now burned 3,400 hectares, the fire service said. About 2,000 "
           "residents remain evacuated."),
    Report("fire3", "Wire A", at(7, 22, 9),
           "The wildfire north of Athens had burned 5,000 hectares by Tuesday, the fire service said. Firefighters "
           "have battled the blaze for 72 hours."),
    Report("fire4", "Evening Post", at(7, 22, 15),
           "\"We fought it for one day, two days, three days without sleep,\" a firefighter said. The wildfire "
           "north of Athens has burned 5,000 hectares, the fire service said."),
    # --- job cuts at a carmaker: the company against the union ---
    Report("jobs1", "Wire A", at(9, 2, 10),
           "Carmaker Voltra said it would cut 400 jobs at its Zwickau plant. The plant opened in 1994."),
    Report("jobs2", "Daily B", at(9, 2, 13),
           "The IG Metall union said 650 jobs would be cut at Voltra's Zwickau plant."),
    Report("jobs3", "Coast Radio", at(9, 2, 17),
           "Voltra will cut 400 jobs at its Zwickau plant, the company confirmed. Its shares fell 3% in Frankfurt."),
    # --- measles in Romania: cases rise week on week ---
    Report("measles1", "Wire A", at(4, 1),
           "Health officials said 120 cases of measles had been confirmed in Romania this year."),
    Report("measles2", "Daily B", at(4, 8),
           "Measles cases in Romania rose to 180, the health ministry said."),
    Report("measles3", "Coast Radio", at(4, 8, 15),
           "Romania has confirmed 180 cases of measles, the health ministry said. The youngest patient is "
           "2 months old."),
    Report("measles4", "Evening Post", at(4, 9),
           "At least 175 cases of measles have been confirmed in Romania, doctors said."),
)

FIGURES = (
    LabelledFigure("flood deaths, northern Portugal", "revised",
                   (("flood1", "8"), ("flood2", "15"), ("flood3", "15"), ("flood4", "21"), ("flood5", "21"))),
    LabelledFigure("homes destroyed by the floods", "disputed", (("flood2", "37"), ("flood3", "52"), ("flood5", "37"))),
    LabelledFigure("evacuated, floods", "consistent", (("flood1", "600"), ("flood2", "600"))),
    LabelledFigure("deaths in Ponte de Lima", "consistent", (("flood4", "9"),)),
    LabelledFigure("missing fishermen", "consistent", (("flood4", "2"),)),
    LabelledFigure("storm damage, Ireland", "disputed",
                   (("storm1", "2 billion"), ("storm2", "3.5 billion"), ("storm3", "2 billion"))),
    LabelledFigure("homes without power, Ireland", "revised",
                   (("storm3", "40,000"), ("storm4", "40,000"), ("storm5", "12,000"))),
    LabelledFigure("wind speed", "consistent", (("storm4", "150"),)),
    LabelledFigure("congressional districts", "consistent", (("court1", "14"), ("court2", "14"))),
    LabelledFigure("quake deaths, southern Peru", "revised", (("quake1", "300"), ("quake4", "410"), ("quake5", "410"))),
    LabelledFigure("quake injured, southern Peru", "disputed", (("quake2", "1,200"), ("quake3", "800"))),
    LabelledFigure("quake missing, southern Peru", "consistent", (("quake4", "150"), ("quake5", "170"))),
    LabelledFigure("marchers in Madrid", "disputed",
                   (("march1", "12,000"), ("march1", "40,000"), ("march2", "40,000"), ("march3", "12,000"))),
    LabelledFigure("hectares burned near Athens", "revised",
                   (("fire1", "1,200"), ("fire2", "3,400"), ("fire3", "5,000"), ("fire4", "5,000"))),
    LabelledFigure("evacuated near Athens", "consistent", (("fire1", "2,000"), ("fire2", "2,000"))),
    LabelledFigure("villages evacuated", "consistent", (("fire1", "four"),)),
    LabelledFigure("jobs cut at Zwickau", "disputed", (("jobs1", "400"), ("jobs2", "650"), ("jobs3", "400"))),
    LabelledFigure("Voltra shares", "consistent", (("jobs3", "3%"),)),
    LabelledFigure("measles cases, Romania", "revised",
                   (("measles1", "120"), ("measles2", "180"), ("measles3", "180"), ("measles4", "175"))),
)

# Numbers that are no figure: durations and times, votes, ages, ordinals, years, rhetorical
# series inside one quote. None of them may be in a figure with another value.
NO_FIGURE = (
    ("flood1", "four hours"), ("flood3", "six hours"),
    ("flood5", "One house"), ("flood5", "two houses"), ("flood5", "ten houses"),
    ("storm1", "third"), ("storm2", "54-year-old"),
    ("court1", "5-4"), ("court2", "5-4"), ("court3", "5-4"), ("court2", "61"), ("court3", "second"),
    ("court3", "18 months"),
    ("quake1", "3 a.m."),
    ("march2", "48-hour"), ("march3", "176 votes to 170"),
    ("fire3", "72 hours"), ("fire4", "one day"), ("fire4", "two days"), ("fire4", "three days"),
    ("jobs1", "1994"),
    ("measles3", "2 months"),
)
