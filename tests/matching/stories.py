"""A week of reports on the 2004 Indian Ocean tsunami (written for these tests, after the
wire coverage): the regional toll rising day by day, Indonesia's toll beside it, a
quote repeated, and a later, unrelated quake."""

from tests.matching.helpers import Sentence, Story, day

EGELAND_QUOTE = "We are facing a humanitarian catastrophe on a scale we have never seen before"

STORIES = (
    Story(
        "Quake and tsunami kill thousands around the Indian Ocean",
        day(26, hour=18),
        (
            Sentence("The tsunami has killed 23,000 people across the region, officials said.",
                     (("23,000", 23000, "exact", "people"),)),
            Sentence("In Indonesia, more than 4,000 people were killed, the health ministry said.",
                     (("4,000", 4000, "more_than", "people"),)),
            Sentence(f'"{EGELAND_QUOTE}," UN emergency relief coordinator Jan Egeland said.',
                     speaker="Jan Egeland", content=EGELAND_QUOTE),
        ),
        outlet="Wire A",
    ),
    Story(
        "Death toll passes 20,000",
        day(27),
        (
            Sentence("More than 20,000 people have died in the countries around the Indian Ocean, aid agencies said.",
                     (("20,000", 20000, "more_than", "people"),)),
            Sentence("Indonesia's death toll rose to at least 4,500, officials in Jakarta said.",
                     (("4,500", 4500, "at_least", "toll"),)),
            Sentence(f'Jan Egeland said: "{EGELAND_QUOTE}."', speaker="Jan Egeland", content=f"{EGELAND_QUOTE}."),
        ),
        outlet="Daily B",
    ),
    Story(
        "Tsunami toll climbs above 38,000",
        day(28),
        (
            Sentence("At least 38,000 people were killed across the region, the UN said.",
                     (("38,000", 38000, "at_least", "people"),)),
            Sentence("In Indonesia alone, the toll reached 4,600.", (("4,600", 4600, "exact", "toll"),)),
        ),
        outlet="Broadcaster C",
    ),
    Story(
        "UN says at least 38,000 dead as aid arrives",
        day(29),
        (
            Sentence("The UN said at least 38,000 people had died across the region.",
                     (("38,000", 38000, "at_least", "people"),)),
            Sentence("More than 1 million people were displaced in Sri Lanka.",
                     (("1 million", 1000000, "more_than", "people"),)),
        ),
        outlet="Wire A",
    ),
    Story(
        "Regional toll feared above 100,000",
        day(30),
        (
            Sentence("More than 100,000 people are now feared dead across the region, aid agencies said.",
                     (("100,000", 100000, "more_than", "people"),)),
        ),
        outlet="Daily B",
    ),
    Story(
        "Rich nations criticised over aid",
        day(31),
        (
            Sentence('"Rich countries have been stingy with their aid," Jan Egeland said.',
                     speaker="Jan Egeland", content="Rich countries have been stingy with their aid"),
        ),
        outlet="Daily D",
    ),
    Story(
        "Tsunami toll reaches 150,000",
        day(3, month=1, year=2005),
        (
            Sentence("The tsunami killed 150,000 people across the region, the UN said on Monday.",
                     (("150,000", 150000, "exact", "people"),)),
            Sentence("Officials put the toll in Aceh at 94,000.", (("94,000", 94000, "exact", "toll"),)),
        ),
        outlet="Broadcaster C",
    ),
    Story(
        "Sumatra quake kills hundreds",
        day(15, month=4, year=2005),
        (
            Sentence("The earthquake killed 1,300 people across the region, officials said.",
                     (("1,300", 1300, "exact", "people"),)),
        ),
        outlet="Wire A",
    ),
)
