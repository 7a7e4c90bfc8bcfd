"""Currency names written as words, from CLDR: any currency's name, singular or
plural, marks an amount as money and is never what the amount counts. Names
that are ordinary English words count only where the article writes them after
money. Every sentence here is written for the test."""

from decimal import Decimal

import pytest

from claims.extraction.currencies import currency_words
from claims.extraction.measures import is_money

from .helpers import quantity


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("The ferry ticket now costs 420 kronor.", "420", "SEK"),
        ("The bakery paid 3,200 zlotys in rent.", "3,200", "PLN"),
        ("The island's port fees brought in 18 million florins.", "18 million", "AWG"),
        ("A night in the guesthouse costs 95 lari.", "95", "GEL"),
        ("The village well cost 2.5 million birr to dig.", "2.5 million", "ETB"),
        ("Bus fares rose to 40 kroner.", "40", "NOK"),
        # the real's Portuguese plural, as English news in Brazil writes it
        ("The cooperative's coffee sales reached 12 million reais.", "12 million", "BRL"),
    ],
)
def test_currency_names_from_cldr_are_money(text, mention, unit):
    q = quantity(text, mention)
    assert q.unit == unit
    assert q.subject.split()[-1].lower() not in currency_words()


def test_currency_name_is_not_the_subject():
    q = quantity("The state's fishing quotas cost 9.6 billion forints last season.", "9.6 billion")
    assert q.value == Decimal("9600000000")
    assert is_money(q.unit)
    assert q.subject.endswith("quotas")


def test_an_ordinary_word_is_a_currency_after_money():
    text = "The mill's owners invested 2.1 billion marks. A loom fitter earns 2,750 marks a month."
    assert is_money(quantity(text, "2.1 billion").unit)
    assert is_money(quantity(text, "2,750").unit)


def test_an_ordinary_word_stays_a_word_without_money():
    q = quantity("Nadia scored 48 marks in the final paper.", "48")
    assert not is_money(q.unit)
    q = quantity("The club has won 3 crowns in five seasons.", "3")
    assert not is_money(q.unit)


def test_ambiguous_names_keep_their_usual_currency():
    words = currency_words()
    assert (words["dollars"], words["pounds"], words["kroner"], words["krone"]) == ("USD", "GBP", "NOK", "DKK")
    assert "units" not in words and "gold" not in words


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("The state airline was fined R$ 2.4 million for the delays.", "2.4 million", "BRL"),
        ("The port authority raised US$ 350 million in bonds.", "350 million", "USD"),
        ("Repairs to the bridge will cost € 18 million.", "18 million", "EUR"),
    ],
)
def test_a_currency_sign_apart_from_its_amount_still_makes_it_money(text, mention, unit):
    assert quantity(text, mention).unit == unit
