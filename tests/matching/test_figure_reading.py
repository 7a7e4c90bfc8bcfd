"""How a report's wording says what its number is: a count that still stands is news, what
happened to people outweighs who they are, and the place of whoever speaks keeps a figure apart
from another place's. On sentences of our own."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from claims.matching.facts import ClaimFacts, QuantityFacts
from claims.matching.figure_keys import figure_keys
from claims.matching.service import match_article_claims
from claims.matching.status import ReportedValue, figure_status
from claims.models import Quantity
from claims.services import ArticleInput, article_ingest

FRIDAY = datetime(2025, 6, 13, 8, tzinfo=timezone.utc)


def _said(value, text, *, hours, source, written=None):
    return ReportedValue(
        value=Decimal(value),
        qualifier="exact",
        reported_at=FRIDAY + timedelta(hours=hours),
        claim_id=hours + 1,
        outlet=source,
        claim_text=text,
        start=text.index(written or str(value)),
    )


def test_a_count_said_to_still_stand_hours_later_is_news_not_a_dispute():
    first = _said(
        40,
        "Forty climbers were missing on the ridge, the park service said.",
        hours=0,
        source="Wire A",
        written="Forty",
    )
    later = _said(
        31,
        "Search teams reached the upper huts and 31 climbers were still missing, rangers said.",
        hours=6,
        source="Daily B",
    )
    left = _said(
        12, "By evening 12 climbers remained unaccounted for on the ridge, rangers said.", hours=11, source="Radio C"
    )
    assert figure_status([first, later]).status == "revised"
    assert figure_status([first, later, left]).status == "revised"


def test_a_source_that_still_holds_its_number_disputes_the_other():
    first = _said(300, "The company said 300 drivers had stopped work.", hours=0, source="Wire A")
    later = _said(
        900, "The union still puts the number of drivers on strike at 900, it said.", hours=4, source="Daily B"
    )
    assert figure_status([first, later]).status == "disputed"


def _keys(text):
    claim = ClaimFacts(
        text=text,
        quantities=tuple(
            QuantityFacts(
                value=Decimal(1), subject=subject, start=text.index(written), end=text.index(written) + len(written)
            )
            for written, subject in _numbers[text]
        ),
    )
    return [k.subject if k else None for k in figure_keys(claim)]


_numbers = {
    "The ministry said 20,000 people took part in the rally and that 37 demonstrators had been arrested.": (
        ("20,000", "people"),
        ("37", "demonstrators"),
    ),
    "Organisers said 600 marchers were injured when police charged the crowd.": (("600", "marchers"),),
    "About 4,000 demonstrators gathered outside parliament, police said.": (("4,000", "demonstrators"),),
}


def _subjects(text, *numbers, unit=""):
    """figure_keys' subjects for the numbers written in `text` (each with the extractor's subject)."""
    claim = ClaimFacts(
        text=text,
        quantities=tuple(
            QuantityFacts(value=Decimal(1), subject=subject, unit=unit, start=text.index(w), end=text.index(w) + len(w))
            for w, subject in numbers
        ),
    )
    return [k.subject if k else None for k in figure_keys(claim)]


def test_what_something_is_worth_is_one_figure_however_said():
    assert _subjects(
        "The gallery said the stolen paintings were worth about 4 million euros, but its insurer put their value "
        "at 7 million euros.",
        ("4 million", "stolen paintings"),
        ("7 million", "value"),
        unit="EUR",
    ) == ["value", "value"]
    # What something cost is another figure.
    assert _subjects("The new wing cost 4 million euros, the gallery said.", ("4 million", "wing"), unit="EUR") == [
        "cost"
    ]


def test_things_are_counted_by_what_happened_to_them():
    damaged = ["bridge damaged"]
    assert _subjects(
        "The floods swept through the valley, damaging 30 bridges, officials said.", ("30", "bridges")
    ) == (damaged)
    assert _subjects("The number of bridges damaged by the floods rose to 61.", ("61", "number of bridges")) == damaged
    assert _subjects(
        "Engineers inspected 40 bridges after the floods: 3 were destroyed and 11 were damaged.",
        ("40", "bridges"),
        ("3", "bridges"),
        ("11", "bridges"),
    ) == ["bridge", "bridge destroyed", "bridge damaged"]
    # Nothing said to have happened to them: the things themselves.
    assert _subjects("The town has 40 bridges, the mayor said.", ("40", "bridges")) == ["bridge"]


def test_what_happened_to_people_outweighs_who_they_are():
    assert _keys(
        "The ministry said 20,000 people took part in the rally and that 37 demonstrators had been arrested."
    ) == ["crowd", "arrested"]
    assert _keys("Organisers said 600 marchers were injured when police charged the crowd.") == ["injured"]
    # With nothing said to have happened to them, who they are is still what is counted.
    assert _keys("About 4,000 demonstrators gathered outside parliament, police said.") == ["crowd"]


@pytest.mark.django_db
def test_a_place_named_by_whoever_speaks_keeps_its_figure_from_a_countrys_total():
    def report(body, hours, outlet):
        article = article_ingest(
            data=ArticleInput(
                body=body,
                title=body[:40],
                url=f"https://wire.example.org/reading-{hours}",
                outlet=outlet,
                published_at=FRIDAY + timedelta(hours=hours),
            )
        ).article
        match_article_claims(article_id=article.pk)
        return article

    def figure_of(article, written):
        start = article.body.index(written)
        return Quantity.objects.get(claim__article=article, start__gte=start, end__lte=start + len(written)).figure_id

    first = report("A ferry capsized off the coast on Thursday and 9 people died, the coast guard said.", 0, "Wire A")
    later = report(
        "Police in Sorrento said 12 people had died when the ferry capsized. Storms have killed 140 people "
        "across Italy since September.",
        24,
        "Daily B",
    )
    assert figure_of(later, "12") == figure_of(first, "9")
    assert figure_of(later, "140") != figure_of(first, "9")


def test_a_number_set_against_the_one_before_counts_the_same():
    text = "The union said 412 residents had been rehoused, not 380 as the council says."
    same = _subjects(text, ("412", "residents"), ("380", "residents"))
    assert same[0] == same[1] and same[0], same
    money = "Auditors said 7 million pounds of unpaid invoices were found, not the 4 million pounds the board had cited."
    assert _subjects(money, ("7 million", "unpaid invoices"), ("4 million", "pounds board"), unit="GBP") == [
        "unpaid invoice",
        "unpaid invoice",
    ]
    # A word ending in -us is no plural: "suspicious" is not "suspiciou".
    assert _subjects("Investigators flagged 90 suspicious transfers.", ("90", "suspicious transfers")) == [
        "suspicious transfer"
    ]


def test_a_number_another_source_had_cited_or_says_is_that_sources():
    cited = "Auditors said 7 million pounds were missing, not the 4 million pounds the board had cited."
    say = "The union said 412 dockers had been detained, not 380 as the port police say."
    for text, (a, b) in ((cited, ("7 million", "4 million")), (say, ("412", "380"))):
        values = [
            ReportedValue(value=Decimal(n), qualifier="exact", reported_at=FRIDAY, claim_id=1, outlet="Wire A",
                          claim_text=text, start=text.index(w))
            for n, w in ((1, a), (2, b))
        ]
        assert figure_status(values).status == "disputed", text


def test_a_running_tally_higher_hours_later_is_the_tally_growing():
    first = _said(
        1200, "Floods forced 1,200 villagers from their homes, the agency said.", hours=0, source="Wire A", written="1,200"
    )
    later = _said(
        3500, "More than 3,500 people have been moved to higher ground.", hours=7, source="Daily B", written="3,500"
    )
    assert figure_status([first, later]).status == "revised"
    # Lower, hours later, it still disputes: a tally does not shrink.
    lower = _said(800, "Some 800 people have been moved to higher ground.", hours=7, source="Daily B")
    assert figure_status([first, lower]).status == "disputed"


def test_a_valuation_is_a_value_whatever_qualifier_stands_between():
    assert _subjects(
        "The auction house disputed the insurer's valuation of well over 8 million pounds for the statue.",
        ("8 million", "valuation"),
        unit="GBP",
    ) == ["value"]


def test_a_number_dated_to_last_year_is_that_years_figure():
    subjects = _subjects(
        "Coastguards intercepted 31 smuggling boats this month and 240 boats last year, the ministry said.",
        ("31", "smuggling boats"),
        ("240", "boats"),
    )
    assert subjects[1].endswith("period before") and not subjects[0].endswith("period before"), subjects


def test_a_number_a_possessive_names_after_a_contrast_is_that_sources():
    from claims.matching.status import second_source_between

    text = "The council said the new bridge would cost 9 million pounds, against the contractor's 6 million pounds."
    assert second_source_between(text, text.index("9 million"), text.index("6 million"))
    # A time's possessive names no source: last year's number is the same source's, another period's.
    dated = "Exports reached 9 million tonnes, against last year's 6 million tonnes."
    assert not second_source_between(dated, dated.index("9 million"), dated.index("6 million"))


def test_what_something_can_hold_is_not_what_it_holds():
    assert _subjects(
        "The ferry can carry 300 trucks, and 41 trucks were aboard when it sank.", ("300", "trucks"), ("41", "trucks")
    ) == ["truck capacity", "truck"]


def test_a_number_of_the_things_counted_before_is_a_part_of_them():
    assert _subjects("Divers said nine of the barrels recovered were leaking.", ("nine", "barrels")) == [
        "barrel recovered among them"
    ]
    # The whole counted right after is how many there are in all, and the part drawn from it a part.
    assert _subjects(
        "Inspectors visited 210 of the county's 2,600 farms.", ("210", "farms"), ("2,600", "farms")
    ) == ["farm among them", "farm in all"]


def test_things_washed_ashore_are_not_the_things_lost():
    # "containers" ends like a doer's noun ("workers") but is a thing: what happened to it counts.
    assert _subjects("Twelve containers have washed up on the coast, police said.", ("Twelve", "containers")) == [
        "container washed ashore"
    ]
    assert _subjects("The freighter lost 80 containers in the gale, its owner said.", ("80", "containers")) == ["container"]


def test_a_number_said_to_answer_the_one_before_counts_the_same():
    assert _subjects(
        "Divers said eleven of the barrels recovered were leaking, more than double the council's count of 5.",
        ("eleven", "barrels"),
        ("5", "count"),
    ) == ["barrel recovered among them", "barrel recovered among them"]
    assert _subjects(
        "The league said 7 riders had failed tests, a number the team disputed, saying 3.",
        ("7", "riders"),
        ("3", ""),
    )[0] == _subjects(
        "The league said 7 riders had failed tests, a number the team disputed, saying 3.",
        ("7", "riders"),
        ("3", ""),
    )[1]
