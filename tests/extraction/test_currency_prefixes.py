"""Money and measures written the way papers outside Britain and America write
them: dollar prefixes of the Caribbean, shilling and rupiah prefixes, the
kwacha's "K" and other African signs and letters, ISO codes
glued to the digits, "bil" and "mil", lakhs grouped in twos, "pc" for per cent,
and hectares and engine sizes glued to the number. Every sentence here is
written for the test."""

from decimal import Decimal

import pytest

from .helpers import quantities, quantity


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("The highway authority will spend RM2.4bil on the bypass.", "2.4bil", Decimal("2400000000"), "MYR"),
        ("The insurer set aside RM76mil for claims.", "76mil", Decimal("76000000"), "MYR"),
        ("Each councillor is paid Shs3.5m a month.", "3.5m", Decimal("3500000"), "UGX"),
        ("Group revenue rose to AED7.2 billion.", "7.2 billion", Decimal("7200000000"), "AED"),
        ("A kilo of shallots costs Rp 38,000 in Surabaya.", "38,000", Decimal("38000"), "IDR"),
        ("The port expansion will cost BDS$240 million.", "240 million", Decimal("240000000"), "BBD"),
        ("Kingston's budget set aside J$1.2 billion for water.", "1.2 billion", Decimal("1200000000"), "JMD"),
        ("Drivers must pay TT$2,500 for a permit.", "2,500", Decimal("2500"), "TTD"),
        ("The canton offered Sfr 30 million for the line.", "30 million", Decimal("30000000"), "CHF"),
        ("The airline lost SR420 million in the quarter.", "420 million", Decimal("420000000"), "SAR"),
        ("Fuel coupons are worth ZiG250 each.", "250", Decimal("250"), "ZWG"),
        ("Gem exports fell to ₹2,35,600 crore.", "2,35,600 crore", Decimal("2356000000000"), "INR"),
        ("Excise on cigars rose by 18 pc.", "18", Decimal("18"), "%"),
        ("Tea prices climbed 6pc in a month.", "6", Decimal("6"), "%"),
        ("The estate covers 2,400ha of hill country.", "2,400", Decimal("2400"), "ha"),
        ("The scheme covers scooters of up to 125cc.", "125", Decimal("125"), "cc"),
        # the kwacha, the kina and the kyat all write "K": the country the article names decides
        ("Ndola's council needs K640 million to resurface its roads, the Zambian minister said.", "640 million",
         Decimal("640000000"), "ZMW"),
        ("Farmers in Malawi will get K95,000 each for their maize.", "95,000", Decimal("95000"), "MWK"),
        ("Lae's hospital ward cost K12.5 million, PNG Health Minister said.", "12.5 million", Decimal("12500000"), "PGK"),
        ("A litre of petrol cost K2,850 in Yangon last week.", "2,850", Decimal("2850"), "MMK"),
        # no country named: the kwacha of Zambia, the usual "K" in English news
        ("The copper smelter's upgrade will cost K1.1 billion.", "1.1 billion", Decimal("1100000000"), "ZMW"),
        ("A bag of mealie meal sells for K238.40 in the market.", "238.40", Decimal("238.40"), "ZMW"),
        # signs and letters of other African currencies, written glued or spaced
        ("Lilongwe will borrow MK72 billion to buy fertiliser.", "72 billion", Decimal("72000000000"), "MWK"),
        ("Dodoma set aside TSh2.4 trillion for the railway.", "2.4 trillion", Decimal("2400000000000"), "TZS"),
        ("Kampala's water works got USh610 billion.", "610 billion", Decimal("610000000000"), "UGX"),
        ("The dam's second phase will cost Br 38 billion.", "38 billion", Decimal("38000000000"), "ETB"),
        ("Bakers received E£3.5 billion in flour subsidies.", "3.5 billion", Decimal("3500000000"), "EGP"),
        ("Luanda raised Kz720 billion in treasury bonds.", "720 billion", Decimal("720000000000"), "AOA"),
        ("The port of Beira collected MT1.9 billion in fees.", "1.9 billion", Decimal("1900000000"), "MZN"),
        ("Freetown's council spent Le 14.2 million on street lights.", "14.2 million", Decimal("14200000"), "SLE"),
        ("Monrovia paid L$8.6 million to nurses.", "8.6 million", Decimal("8600000"), "LRD"),
        # the CFA franc of West Africa, unless the article names a country of the central one
        ("Dakar's new bus line cost FCFA 46 billion.", "46 billion", Decimal("46000000000"), "XOF"),
        ("Gabon will spend FCFA 88 billion on roads, Libreville said.", "88 billion", Decimal("88000000000"), "XAF"),
    ],
)
def test_value_and_unit(text, mention, value, unit):
    q = quantity(text, mention)
    assert (q.value, q.unit) == (value, unit)


def test_a_code_glued_to_a_name_is_no_money():
    assert [q.text for q in quantities("The SR71 flew over the base in 1968.")] == []


def test_letters_that_are_money_only_on_an_amount_written_as_money():
    found = quantities("The MK2 rifle and the MT 4 engine were shown; Br 5 was the stall's number.")
    assert [q.text for q in found if q.unit is not None] == []


def test_a_k_before_a_bare_number_is_a_name_even_where_k_is_money():
    found = quantities("The K2 climbers raised K1.5 million for the clinic, and the K100 truck carried their gear.")
    assert [(q.text, q.unit) for q in found] == [("1.5 million", "ZMW")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new roof will cost £2.3m-£2.8m, the school said.", [("2.3m", "GBP"), ("2.8m", "GBP")]),
        ("Analysts put the deal at $4bn-$4.5bn.", [("4bn", "USD"), ("4.5bn", "USD")]),
        # a letter and a hyphen before digits is still a name's: "MH-17", "F-35"
        ("The F-35 order and the MH-17 inquiry were delayed.", []),
    ],
)
def test_a_range_that_writes_its_sign_twice(text, expected):
    assert [(q.text, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The port trust earned Rs 1,870cr in the year.", "1,870cr", Decimal("18700000000")),
        ("Pune's metro got ₹640 cr from the state.", "640 cr", Decimal("6400000000")),
    ],
)
def test_cr_after_a_rupee_amount_is_crores(text, mention, value):
    q = quantity(text, mention)
    assert (q.value, q.unit) == (value, "INR")


def test_cr_without_a_currency_is_no_scale():
    assert [(q.text, q.value) for q in quantities("The bike has a 150 cr frame.")] == [("150", Decimal("150"))]
