"""What a number counts, in forms other newsrooms write: "number" as a verb, a forecast of
something, a range given by "between", a title-case headline's "Up", the stuff a measured sum
bought, the rest of a count and a part of it, a value set against an earlier one, an offer.
Sentences written for the test."""

from .helpers import quantities, quantity


def _subject_word(text: str, mention: str) -> str:
    return quantity(text, mention).subject.split()[-1].lower()


def test_number_as_a_verb_counts_its_subject_and_the_rest_follows():
    text = "Confirmed mumps cases in the Eastfield area now number 45, after a further 12 were reported this week."
    assert _subject_word(text, "45") == "cases"
    assert _subject_word(text, "12") == "cases"


def test_number_as_a_verb_with_a_qualifier():
    text = "Refugees in the camp number about 12,000, officials said."
    assert _subject_word(text, "12,000") == "refugees"
    assert quantity(text, "12,000").qualifier == "approximately"


def test_number_as_a_label_is_still_no_quantity():
    assert quantities("Bus number 45 was late again on Monday.") == []


def test_a_forecast_of_something_is_that_thing_between_two_values():
    text = "The firm kept its forecast of revenue between 3 billion and 4 billion crowns for this year."
    assert _subject_word(text, "3 billion") == "revenue"
    assert _subject_word(text, "4 billion") == "revenue"


def test_a_title_case_headline_names_what_is_up():
    text = "Orvale Foods Reports Second Quarter Results; Sales Up 12% to $18.2 Million"
    assert _subject_word(text, "12") == "sales"
    assert _subject_word(text, "18.2 Million") == "sales"


def test_a_sum_paid_for_a_measure_of_land_is_the_land():
    text = "The council bought 12 acres of farmland at Kilmore for €2.2 million in May."
    assert _subject_word(text, "2.2 million") == "farmland"
    assert _subject_word(text, "12") == "farmland"


def test_another_bare_count_is_more_of_the_count_before():
    text = "The bakery chain now runs 42 shops in the region and plans to open another 12 this year."
    assert _subject_word(text, "12") == "shops"


def test_another_count_with_its_own_noun_keeps_it():
    text = "Crews reconnected 12,000 homes on Monday and another 40 businesses on Tuesday."
    assert _subject_word(text, "40") == "businesses"


def test_a_count_after_including_is_a_part_of_the_count_before():
    text = (
        "The board delivered 415 new council flats last year, including 230 it built directly, "
        "95 bought from developers and 90 leased long-term."
    )
    assert [_subject_word(text, n) for n in ("230", "95", "90")] == ["flats", "flats", "flats"]


def test_an_earlier_share_set_after_a_longer_gap_shares_the_subject():
    text = "Exports make up 31 per cent of what we sell, from 19 per cent five years ago."
    assert _subject_word(text, "19") == "exports"


def test_a_season_dates_a_count_and_double_the_count_counts_the_same():
    text = "Last winter, faults forced the cancellation of 880 trains, more than double the 410 cancelled the winter before."
    assert _subject_word(text, "410") == "trains"


def test_a_share_offered_is_the_offer():
    text = "The company has offered 4.5% this year and 4% next year."
    assert _subject_word(text, "4.5") == "offer"
    assert _subject_word(text, "4") == "offer"


def test_number_as_a_verb_after_a_participle_counts_the_people_it_describes():
    text = "About 90,000 people across the region fled; the injured now number 31, officials said."
    assert _subject_word(text, "31") == "injured"


def test_the_number_of_something_names_its_own_count():
    text = "The injured now number 31, and the number of people still missing has fallen to six."
    assert _subject_word(text, "six") != "injured"


def test_an_estimate_of_an_amount_is_still_the_estimate():
    text = "The mayor rejected the audit office's estimate of 1.9 billion zlotys for the bridge."
    assert _subject_word(text, "1.9 billion") == "estimate"


def test_a_result_per_share_after_or_is_the_same_result():
    text = "Quarterly highlights - Net loss of $3.1 million, or $0.09 per share, narrowed from $8.4 million."
    assert _subject_word(text, "0.09") == "loss"
    text = "Orvale said its second-quarter profit rose 12% to $88.2 million, or $1.12 a share."
    assert _subject_word(text, "1.12") == "profit"


def test_two_nouns_joined_before_a_third_share_it():
    # "timber and paper exports" are the exports of both, however the parser hangs the first word
    for text in ("Timber and paper exports nationwide totalled US$2.6 billion in the first half, up 7.2%.",
                 "Analysts had expected a fall. Timber and paper exports nationwide totalled US$2.6 billion, up 7.2%."):
        assert quantity(text, "2.6 billion").subject == "Timber and paper exports", text
        assert quantity(text, "7.2").subject == "Timber and paper exports", text
    # a noun with its own article is a thing of its own
    assert _subject_word("A ferry and two cargo ships carried 1,200 tonnes of grain.", "1,200") == "grain"


def test_a_change_in_brackets_after_a_name_is_the_change_the_sentence_reports():
    text = "Prices fell in four of the 12 regions, led by Northfield (-2.3%) and Easton (-1.4%)."
    assert [_subject_word(text, n) for n in ("-2.3", "-1.4")] == ["prices", "prices"]
    assert _subject_word("Sales rose in most states, led by Ohio (up 4.1%) and Texas (3.2%).", "4.1") == "sales"
