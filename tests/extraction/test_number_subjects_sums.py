"""What a sum or a tally is: a vote, the noun a rate of money is put in, added
to or paid towards, and what pays a sum out. Every sentence here is written
for the test."""

import pytest

from .helpers import quantity


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The planning committee voted 6-3 on Monday to approve the depot.", "6", "votes"),
        ("Council backs depot plan in 7-2 vote", "7", "votes"),
        ("Rovers won 3-1 at home.", "3", "score"),
    ],
)
def test_a_tally_is_votes_only_when_a_vote_is_named(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The mine is expected to bring in $14 million a year in royalties.", "14 million", "royalties"),
        ("The levy adds £3 a week to the average rent.", "3", "average rent"),
        ("Members chipped in about £400 each a year towards her vet bills.", "400", "vet bills"),
        ("The firm will put $90,000 a year into a scholarship fund.", "90,000", "scholarship fund"),
    ],
)
def test_a_rate_of_money_is_named_by_the_phrase_after_it(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("According to the records, her annuity pays $52,000 a year.", "52,000", "annuity"),
        ("The plant will create 80 jobs paying an average of $61,000.", "61,000", "jobs"),
        ("The new post pays $88,000.", "88,000", "new post"),
        # who pays names a sum that nothing else names: readers write "drivers" (sets gold8, gold11 and gold15
        # annotate the payer: "foot passengers", "small firms", "commuter")
        ("Drivers will pay £7 a day to enter the zone.", "7", "Drivers"),
    ],
)
def test_what_pays_a_sum_out_names_it(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "unit", "subject"),
    [
        ("The utility's debt has grown to 9.4 billion Canadian dollars.", "9.4 billion", "CAD", "debt"),
        ("Exports were worth 420 million New Zealand dollars.", "420 million", "NZD", "Exports"),
        # a lower-case word before the currency name says nothing of whose it is
        ("About 3 million people earn dollars abroad.", "3 million", None, "people"),
    ],
)
def test_a_currency_named_with_whose_it_is(text, mention, unit, subject):
    q = quantity(text, mention)
    assert (q.unit, q.subject) == (unit, subject)


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a sum is the named change it is "of"; a share is not ("a rise of 5% in prices")
        ("Nurses rejected a pay rise of £140 a month.", "140", "pay rise"),
        ("Tenants face a rent increase of $75 a month.", "75", "rent increase"),
        ("There was a rise of 5% in prices.", "5", "prices"),
    ],
)
def test_a_sum_is_the_named_change_it_is_of(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("£12 million had been allocated to the programme this year.", "12 million", "programme"),
        ("About $4 million was earmarked for the new bridge.", "4 million", "new bridge"),
    ],
)
def test_a_sum_given_to_something_in_the_passive(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a sum or share set right after a noun by "at", or as its apposition
        ("Miners rallied 3% with copper at US$9,800 a tonne.", "9,800", "copper"),
        ("She expects the policy rate, now 5.25%, to be cut twice by June.", "5.25", "policy rate"),
        # a market quotes a price "at" a level
        ("West Texas crude settled at US$71.40 a barrel on Friday.", "71.40", "crude"),
        # an act paid towards, on a named road
        ("The developer will pay £2.4m towards widening the A614 near the site.", "2.4m", "A614"),
    ],
)
def test_where_a_noun_stands_and_what_an_act_is_on(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a currency mark glued to the digits is its own token, so the sentence parses around a number
        ("A Pixel 9 handset sells for HK$5,299 in Kowloon.", "5,299", "price"),
        ("A monthly bus pass costs RM150 in Penang.", "150", "pass"),
        # the parser may take "costs" for a noun: the noun before it is what costs the sum
        ("A yearly gym membership costs £420, or £39 a month.", "420", "membership"),
        # a named product's cost is its price
        ("The Orbit X7 now costs ₹64,900 in Pune.", "64,900", "price"),
    ],
)
def test_what_costs_a_sum(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


def test_currency_marks_glued_to_digits_are_split_from_them():
    from claims.extraction.pipeline import get_nlp

    tokenizer = get_nlp().tokenizer
    assert [t.text for t in tokenizer("HK$6,898")] == ["HK$", "6,898"]
    assert [t.text for t in tokenizer("RM9.8bn")] == ["RM", "9.8bn"]
    assert [t.text for t in tokenizer("R19.99,")] == ["R", "19.99", ","]
    # a letter and two digits is a name ("N95 masks", "Model R9"), not money
    assert [t.text for t in tokenizer("N95")] == ["N95"]
    assert [t.text for t in tokenizer("R9")] == ["R9"]


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The Nikkei 225 dropped 1.4% to 38,410 on Tuesday.", "1.4", "Nikkei 225"),
        ("The FTSE 250 gained 0.8% as housebuilders rallied.", "0.8", "FTSE 250"),
    ],
)
def test_a_share_index_keeps_the_number_in_its_name(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a sum paid or cost per person or place is named by the verb
        ("Keeping a patient on the ward costs £410 per patient per night.", "410", "cost"),
        ("The scheme pays up to €9,000 per site.", "9,000", "payment"),
        # per unit of goods it stays a price
        ("Mills will pay growers 3,100 rupees a quintal this season.", "3,100", "price"),
    ],
)
def test_a_sum_per_person_or_place_is_named_by_its_verb(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # what a sum is said to be for or to go on
        ("The council says £1.6m will go on repairing bridges across the county.", "1.6m", "bridges"),
        ("Of the budget, KSh 40 billion is for rural roads.", "40 billion", "rural roads"),
        # a share of a mean is a share the clause's subject reached
        ("Snowfall was 64% of the long-term average, the agency said.", "64", "Snowfall"),
        # a change set off by commas after the noun that changed
        ("Freight volumes, down 6% on the year, recovered in the spring.", "6", "Freight volumes"),
        # not the noun of "according to"
        ("Rents average $1,200 a month, according to the housing board, up 14% since 2021.", "14", None),
    ],
)
def test_purposes_yardsticks_and_changes_set_aside(text, mention, subject):
    found = quantity(text, mention).subject
    if subject is None:
        assert "board" not in found
    else:
        assert found.split()[-1] == subject.split()[-1]


def test_a_sums_loss_or_gain_is_the_result_itself():
    text = "The brewer reported a net loss of $0.41 per share for the quarter."
    assert quantity(text, "0.41").subject == "net loss"
    assert quantity("The group booked a gain of €40m on the sale.", "40m").subject.split()[-1] == "gain"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a sum set beside the object of a verb that names it
        ("A Nairobi court fined the bottler KSh 40 million.", "40 million", "fine"),
        # a part of another amount is not what the amount is of
        ("Growers have been paid Rs 9,200 crore of the ₹11,400 crore owed to them.", "9,200 crore", None),
    ],
)
def test_sums_named_by_their_verb_and_parts_of_amounts(text, mention, subject):
    found = quantity(text, mention).subject
    if subject is None:
        assert found.split()[-1:] != ["crore"]
    else:
        assert found == subject


def test_a_sum_by_the_hour_paid_to_people_is_their_pay():
    assert quantity("The contractor paid pickers $31.20 an hour.", "31.20").subject == "pay"
    assert quantity("Members pay £5 a month.", "5").subject == "payment"


def test_a_sum_given_to_something_is_what_it_is_given_to():
    assert quantity("A further €2 million would be provided to rural clinics, the minister said.",
                    "2 million").subject == "rural clinics"
    assert quantity("The budget commits $4.1 million to a new detox unit.", "4.1 million").subject == "new detox unit"


def test_a_bank_setting_a_sum_aside_makes_a_provision():
    text = "Kestrel Bank set aside 640 million rand more for bad debts in the half-year."
    assert quantity(text, "640 million").subject == "provision"


def test_a_public_body_setting_a_sum_aside_for_something_funds_it():
    text = "The ministry set aside $80 million over five years for the extra nurses."
    assert quantity(text, "80 million").subject == "extra nurses"
    text = "Treasury has set aside R31 billion over two years for the rail recovery plan."
    assert quantity(text, "31 billion").subject == "rail recovery plan"


def test_both_ends_of_a_range_people_earn_are_their_pay():
    text = "Pickers earn between £1,500 and £1,900 a month, the union said."
    assert quantity(text, "1,500").subject == quantity(text, "1,900").subject == "earnings"
    text = "Cleaners take home between 400 and 700 rand a week."
    assert quantity(text, "400").subject == quantity(text, "700").subject == "pay"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The trust paid €12 million in agency fees last year.", "12 million", "agency fees"),
        ("Brackwell will pay $640 million in cash and issue new shares.", "640 million", "cash"),
        ('The insurer paid out R3.1m in "goodwill refunds" in March.', "3.1m", "goodwill refunds"),
    ],
)
def test_a_sum_paid_in_a_kind_of_money_is_that_money(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_sum_spent_in_a_period_is_no_kind_of_money():
    assert quantity("The club spent $5m in the first quarter.", "5m").subject == "spending"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The plan brings a rise in the parking permit charge from £45 to £52 a year.", "45", "parking permit charge"),
        ("The plan brings a rise in the parking permit charge from £45 to £52 a year.", "52", "parking permit charge"),
        ("Councillors backed a cut in the library levy from $30 to $24.", "24", "library levy"),
    ],
)
def test_a_change_in_a_sum_from_one_level_to_another_is_that_sum(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_sum_for_a_thing_with_a_hyphened_name_is_for_that_thing():
    text = "The plan includes $2.2-million for solar-powered pumps and $900,000 for new fencing."
    assert quantity(text, "2.2-million").subject == "solar-powered pumps"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The league sold 60 fixtures to the broadcaster, which works out at about $1.9 million per fixture.",
         "1.9 million", "cost per fixture"),
        ("That comes to roughly €38 per pupil per day, the board said.", "38", "cost per pupil"),
    ],
)
def test_a_sum_worked_out_per_thing_is_the_cost_of_each(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_named_figure_worked_out_per_unit_keeps_its_name():
    assert quantity("The rent works out to £31 per square foot.", "31").subject == "rent"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # after "a" and the sum, the word that ends the phrase is its noun, however the tagger took it
        ("The council approved a NZ$14m upgrade of its library.", "14m", "upgrade"),
        ("Much of the money went on a HK$2.6 million flat.", "2.6 million", "flat"),
    ],
)
def test_a_sum_before_the_noun_that_ends_its_phrase_is_that_thing(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the heads of an award: two joined nouns are one head, even when the next item follows;
        # a loss of something is named by what was lost
        ("The judge assessed damages at €900,000, including €210,000 for pain and suffering and €400,000 for "
         "future loss of earnings.", "210,000", "pain and suffering"),
        ("The judge assessed damages at €900,000, including €210,000 for pain and suffering and €400,000 for "
         "future loss of earnings.", "400,000", "future loss of earnings"),
        ("The award is made up of £30,500 for loss of earnings and £9,000 for injury to feelings.", "30,500",
         "loss of earnings"),
    ],
)
def test_the_heads_of_an_award_are_named_whole(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a price the clause names is what the sum is, not the thing it is charged for
        ("Prices start at $999 for the 256GB model and rise to $1,299 for the 1TB version.", "999", "Prices"),
        ("Prices start at $999 for the 256GB model and rise to $1,299 for the 1TB version.", "1,299", "Prices"),
        ("Fares will rise to $3.40 for adults from March.", "3.40", "Fares"),
    ],
)
def test_a_price_the_clause_names_is_the_sum_not_what_it_buys(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_price_quoted_ex_showroom_is_a_price():
    text = "The Vento 150 now costs ₹92,100 ex-showroom in Pune, about ₹3,000 more than a year ago."
    assert quantity(text, "92,100").subject == "price"
    assert quantity(text, "3,000").subject == "price"


def test_the_equivalent_of_a_sum_is_no_thing_it_counts():
    text = "The substitute sold for the equivalent of US$0.42 a kilogram, against US$0.28 for ordinary salt."
    assert quantity(text, "0.42").subject == "price"
