"""A headline that says something rose, fell or was cut to or by an amount names what the amount measures,
however the small model parsed the headline's missing articles and capitalised names. A sum followed by what
it is ("a £40m flood scheme"), a price per unit and a count of a noun keep the subject their own words give.
Every headline here is written for the test."""

import pytest

from .helpers import quantity

BODY = "\n\nThe figures were published on Tuesday."


@pytest.mark.parametrize(
    ("headline", "mention", "subject"),
    [
        ("Tunnel cost climbs to £380m after two-year delay", "380m", "Tunnel cost"),
        ("Vancouver office vacancy rate climbs to 11%", "11", "office vacancy rate"),
        ("Wheat harvest down 12% after dry spring", "12", "Wheat harvest"),
        ("Reservoir falls below 40 per cent as hosepipe ban looms", "40", "Reservoir"),
        ("Flu cases in Millbrook rise to 72 as jab uptake slips", "72", "Flu cases"),
        ("Orchard fruit exports to Japan up 21pc as prices hold", "21", "Orchard fruit exports"),
        ("Ferry fares rise 6% but subsidy bill climbs to Rs4.1bn", "4.1bn", "subsidy bill"),
        ("Bridge repairs delayed again, cost rises to €96m", "96m", "cost"),
        ("Fisheries budget raised 9pc in spring statement", "9", "Fisheries budget"),
        ("Town hall's energy bill could hit £2.2m, auditors warn", "2.2m", "energy bill"),
        ("Peso weakens past 58 as importers scramble for dollars", "58", "Peso"),
    ],
)
def test_what_a_headline_says_changed_is_what_the_amount_measures(headline, mention, subject):
    assert quantity(headline + BODY, mention).subject == subject


@pytest.mark.parametrize(
    ("headline", "mention", "subject"),
    [
        # the sum is what comes after it
        ("Regional assembly passes R2.1bn housing budget", "2.1bn", "housing budget"),
        # a price by the unit
        ("Coffee hits record $5,900 a tonne as frost bites", "5,900", "price"),
        # a count names what it counts
        ("Bushfire grows to 12,000 hectares", "12,000", "Bushfire"),
        # the parse already named part of what changed
        ("Harbour Foods' quarterly profit falls 8%", "8", "quarterly profit"),
    ],
)
def test_a_headline_amount_keeps_the_subject_its_own_words_give(headline, mention, subject):
    assert quantity(headline + BODY, mention).subject == subject


def test_a_sentence_in_the_body_is_not_read_as_a_headline():
    text = "Council warns of cuts\n\nThe council said on Monday that its reserves fell 14% last year."
    assert quantity(text, "14").subject == "reserves"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Museum entry to cost £12 under new plan\n\nThe board met on Monday.", "12", "Museum entry"),
        ("Ferry crossing to cost $9 from June\n\nThe operator confirmed the change.", "9", "Ferry crossing"),
    ],
)
def test_a_headlines_to_is_its_future_and_the_noun_before_it_the_subject(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Cricket board posts Rs. 2.4 bn surplus\n\nThe board said so.\n", "2.4 bn", "surplus"),
        ("Port authority posts £3.1bn profit as trade rebounds\n\nThe port said so.\n", "3.1bn", "profit"),
        ("Alberta approves $1.9-billion wind and battery project\n\nThe province said so.\n", "1.9-billion", "project"),
        ("Club fined £40,000 for crowd trouble\n\nThe club said so.\n", "40,000", "fine"),
    ],
)
def test_the_noun_after_a_headline_sum_is_what_it_is_however_the_verb_was_parsed(text, mention, subject):
    # "posts" is parsed as a plural noun ("Cricket board posts"); the noun after the sum names it
    assert quantity(text, mention).subject == subject
