"""Which event's figure a value whose place is left unsaid joins, through the real extractor
and matcher, on reports of our own."""

from datetime import datetime, timezone

import pytest

from claims.matching.service import match_article_claims
from claims.models import Quantity
from claims.services import ArticleInput, article_ingest

pytestmark = pytest.mark.django_db


def _report(body, when, outlet="Wire A"):
    article = article_ingest(data=ArticleInput(
        body=body, title=body[:40], url=f"https://wire.example.org/{when.isoformat()}", outlet=outlet, published_at=when,
    )).article
    match_article_claims(article_id=article.pk)
    return article


def _figure_of(article, written):
    start = article.body.index(written)
    return Quantity.objects.get(claim__article=article, start__gte=start, end__lte=start + len(written)).figure_id


def test_a_toll_with_no_place_joins_this_weeks_event_not_an_older_one():
    older = _report("A bus crash killed 14 people on Monday, police said.", datetime(2025, 5, 5, 9, tzinfo=timezone.utc))
    yesterday = _report(
        "A gas explosion killed four workers at a refinery in Norway on Tuesday, the fire service said.",
        datetime(2025, 5, 27, 9, tzinfo=timezone.utc),
    )
    today = _report(
        "A fifth worker died in hospital, raising the death toll from the refinery explosion to five, "
        "the company said.", datetime(2025, 5, 28, 9, tzinfo=timezone.utc), outlet="Daily B",
    )
    assert _figure_of(today, "five") == _figure_of(yesterday, "four") != _figure_of(older, "14")


def test_a_place_named_elsewhere_in_the_claim_chooses_that_places_figure():
    first = _report(
        "Spain's civil protection agency said 4,200 people were treated in hospital for smoke in the week. "
        "In Valencia, 640 people were treated in hospital, the regional health service said.",
        datetime(2025, 8, 4, 9, tzinfo=timezone.utc),
    )
    later = _report(
        "Valencia's health service said 640 people had been treated in hospital for smoke that week.",
        datetime(2025, 8, 4, 15, tzinfo=timezone.utc), outlet="Daily B",
    )
    # The country's number (its claim names Spain) is not taken for Valencia's...
    assert _figure_of(first, "4,200") != _figure_of(first, "640")
    # ... and Valencia's repeat, its place said only by its source, joins Valencia's figure.
    assert _figure_of(later, "640") == _figure_of(first, "640")


def test_a_place_said_to_be_a_part_does_not_take_over_the_figure_whose_place_was_unsaid():
    national = _report("The airline association said 2,400 flights were cancelled because of the strike.",
                       datetime(2025, 6, 3, 9, tzinfo=timezone.utc))
    lyon = _report("In Lyon alone, 300 flights were cancelled, the airport said.",
                   datetime(2025, 6, 3, 13, tzinfo=timezone.utc), outlet="Daily B")
    assert _figure_of(lyon, "300") != _figure_of(national, "2,400")


def test_a_measure_that_says_nothing_of_what_it_measures_joins_this_weeks_figure_in_its_unit():
    first = _report("A tanker leaked about 800 barrels of diesel into the harbour on Monday, its owner said.",
                    datetime(2025, 7, 7, 9, tzinfo=timezone.utc))
    raised = _report("The port authority raised its estimate to 2,000 barrels on Tuesday.",
                     datetime(2025, 7, 8, 10, tzinfo=timezone.utc), outlet="Daily B")
    rate = _report("The harbour's terminal handles 90,000 barrels a day.", datetime(2025, 7, 8, 12, tzinfo=timezone.utc))
    assert _figure_of(raised, "2,000") == _figure_of(first, "800") != _figure_of(rate, "90,000")


def test_a_value_with_no_place_never_joins_an_older_events_figure_with_no_place():
    spring = _report("The union is demanding a pay rise of 8%, its leader said.", datetime(2025, 3, 3, 9, tzinfo=timezone.utc))
    summer = _report("Dockers are demanding a 6% pay rise, their union said.", datetime(2025, 4, 14, 9, tzinfo=timezone.utc))
    assert _figure_of(spring, "8") != _figure_of(summer, "6")


def test_nationwide_with_no_name_is_the_one_countrys_figure_either_way_round():
    across = _report("Engineers found 300 homes damaged across Chile, the government said. In Santiago, 90 homes were damaged.",
                     datetime(2025, 9, 1, 9, tzinfo=timezone.utc))
    nationwide = _report("Officials said 520 homes had been damaged nationwide.", datetime(2025, 9, 2, 9, tzinfo=timezone.utc),
                         outlet="Daily B")
    assert _figure_of(nationwide, "520") == _figure_of(across, "300") != _figure_of(across, "90")

    unnamed = _report("Nationwide, 40 dengue cases were confirmed, the health ministry said.",
                      datetime(2025, 10, 6, 9, tzinfo=timezone.utc))
    named = _report("Across Paraguay, 65 dengue cases have now been confirmed.", datetime(2025, 10, 8, 9, tzinfo=timezone.utc),
                    outlet="Daily B")
    assert _figure_of(named, "65") == _figure_of(unnamed, "40")
