"""What a weight, a change or a part counts when the writing names it away from
the number: the clause or the act behind a weight, the whole an opening "Of the
..." phrase names, a change given in per cent beside the level it reached, a
headline parsed with two subjects, money held as cash, and a wire story's
dateline in capitals and small letters. Every sentence here is written for the
test."""

import pytest

from .helpers import attributions, quantity


@pytest.mark.parametrize(
    ("text", "mention", "last_word"),
    [
        ("The lentil harvest shrank to 21,000 tonnes after a wet spring.", "21,000", "harvest"),
        ("The cooperative harvested about 640 tonnes this season.", "640", "harvest"),
        ("Customs officers seized 2.4 tonnes at the border last month.", "2.4", "seizures"),
        ("The mill crushed 9,300 tonnes this autumn.", "9,300", "crush"),
        ("Potato exports climbed to 88,000 tonnes last year.", "88,000", "exports"),
        ("The pier was rated for 12 tonnes before the storm.", "12", "pier"),
        ("Yields fell below the ten-year average of 4.2 tonnes.", "4.2", "average"),
        ("Manitoba's oat crop is pegged at 1.4 million tonnes.", "1.4 million", "crop"),
        ("Arrivals at the Azadpur mandi touched 42,000 quintals on Monday.", "42,000", "Arrivals"),
        ("Jaggery output could touch 7.5 lakh tonnes this season.", "7.5 lakh", "output"),
        ("The shot-putter threw a season's best of 19.6 metres in Doha.", "19.6", "best"),
    ],
)
def test_a_weight_is_named_by_its_clause_or_the_act_that_yields_it(text, mention, last_word):
    assert quantity(text, mention).subject.split()[-1] == last_word


def test_an_area_a_grower_holds_is_the_farm():
    assert quantity("Growers with up to four hectares can apply.", "four").subject == "farm"


def test_an_area_with_nobody_working_it_keeps_its_unit_as_its_name():
    assert quantity("Up to four hectares can be sold each year.", "four").subject == "hectares"


def test_a_change_in_per_cent_is_not_what_reached_the_level():
    text = "The director said enrolment had grown 14 per cent this year to 2,380."
    assert quantity(text, "14").subject == "enrolment"
    assert quantity(text, "2,380").subject == "enrolment"


def test_a_share_of_a_whole_still_names_the_whole():
    text = "Growers who irrigated lost 18% of their vines, against 37% for those who did not."
    assert quantity(text, "37").subject.split()[-1] == "vines"


@pytest.mark.parametrize("mention", ["512", "74"])
def test_an_opening_of_phrase_names_the_whole_a_bare_count_is_part_of(mention):
    text = "Of the 640 kiosks in the market, 512 stayed open and 74 closed for good."
    assert quantity(text, mention).subject == "kiosks"


def test_an_opening_of_phrase_yields_to_what_the_count_is_said_to_be():
    text = "Of the 92 people on the bus, 80 were pupils and 12 were teachers."
    assert quantity(text, "80").subject == "pupils"
    assert quantity(text, "12").subject == "teachers"


def test_a_headline_with_two_subjects_names_the_nearer_noun():
    assert quantity("Kestrel Mining Q3 output jumps 22% on new pit", "22").subject == "output"


def test_money_held_as_cash_is_the_cash_when_nothing_else_is_named():
    text = "Investigators also found €38,000 in cash and two motorbikes."
    assert quantity(text, "38,000").subject == "cash"
    assert quantity("He paid £3,500 in cash for the boat.", "3,500").subject != "cash"


def test_a_dateline_with_an_agency_is_no_part_of_the_story():
    text = ("Lyon (AFP) - Regional apple output fell by about 9 per cent this year, "
            "the growers' federation said on Monday.")
    assert quantity(text, "9").subject.split()[-1] == "output"
    assert [a.content for a in attributions(text)] == ["Regional apple output fell by about 9 per cent this year"]


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The brewer declared no final dividend, having paid 38c a share a year ago.", "38", "dividend"),
        ("The insurer paid $1.9 million last year to settle lawsuits over flooding.", "1.9 million", "settlement"),
        ("The new boiler saved the typical household about €740 a year.", "740", "savings"),
        ("Growers say packing costs now top $95 per pallet.", "95", "packing costs"),
        ("The feed-in tariff was fixed at 18.2 cents per kWh for ten years.", "18.2", "tariff"),
        ("The ministry expects royalties from the quarry to rise to about 2.6 billion shillings a year.",
         "2.6 billion", "royalties"),
    ],
)
def test_a_sum_is_named_by_what_the_clause_says_it_is(text, mention, subject):
    assert quantity(text, mention).subject.endswith(subject)


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Mothers get 90% of their pay, followed by £150 a week until the child is one.", "150", "payment"),
        ("She had not received a penny of the £64 a week she was owed.", "64", "payment"),
        ("Apples sold at the gate for 80 cents a kilo.", "80", "price"),
        ("The shares were priced at 41c a share in the offer.", "41", "price"),
    ],
)
def test_a_sum_by_the_week_or_the_unit_stays_a_payment_or_a_price_when_nothing_names_it(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


def test_regular_verbs_ending_in_a_hiss_take_es():
    from claims.extraction.lexicon import verb_forms

    assert {"passes", "pushes", "crosses"} <= set(verb_forms("pass", "push", "cross"))


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Dismissed staff will get three weeks' pay for each year worked.", "three", "pay"),
        ("The tenants were given two months' notice.", "two", "notice"),
        ("The survey has a margin of error of plus or minus 3.5 percentage points.", "3.5", "margin of error"),
        ("Lottery prizes above the threshold are taxed at 20 percent.", "20", "tax rate"),
        ("The Green candidate polled 2,311.", "2,311", "votes"),
        ("The founder has injected €6 million since 2019.", "6 million", "injection"),
        ("A long strike would cut annual earnings by up to $90 million.", "90 million", "annual earnings"),
        ("Permits are free for motorbikes with engines of up to 125cc.", "125", "engines"),
    ],
)
def test_what_the_writing_says_a_number_is(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The harbour wall stands 6 metres above the tide line.", "6", "harbour wall"),
        ("The lake level rose 3 feet in a week.", "3", "lake level"),
    ],
)
def test_a_length_is_what_the_clause_says_has_it(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Approval of the government fell to 31 percent, down 4.2 points from June.", "4.2", "Approval"),
        ("The benchmark index dropped 385 points on Friday.", "385", "benchmark index"),
        ("Okafor scored 27 points in the final.", "27", "points"),
        ("Rovers now lead by four points.", "four", "points"),
    ],
)
def test_a_move_in_points_is_a_move_of_what_the_verb_measures(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("By noon it was 17.2 to the dollar.", "17.2", "exchange rate"),
        ("It was minus 38 in the valley on Tuesday.", "38", "temperature"),
    ],
)
def test_a_number_the_clause_names_nothing_for_is_read_from_its_writing(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The repair bill could reach four times the first quote.", "four", "repair bill"),
        ("Solar farms here cost about three times more than in Spain.", "three", "cost"),
        ("She was fined five times last year.", "five", "times"),
        ("The gauge recorded nearly three times the monthly average.", "three", "times"),
    ],
)
def test_a_multiple_is_the_size_of_what_the_clause_measures(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Second-half output rose 9% to 4.1 million barrels of oil equivalent.", "4.1 million", "Second-half output"),
        ("The field's production of 12 million barrels of oil equivalent was a record.", "12 million", "production"),
    ],
)
def test_an_equivalent_is_no_stuff_measured(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The storm dropped 9.5 inches of rain on the county, and some towns got up to 12 inches.", "12", "rainfall"),
        ("Heavy snow left 35 centimetres on the pass by dawn.", "35", "snow"),
        ("The new culvert is 60 cm wide.", "60", "width"),
    ],
)
def test_a_depth_in_a_sentence_about_rain_or_snow_is_how_much_fell(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_depth_that_fell_or_a_place_recorded_after_the_article_spoke_of_rain_is_rainfall():
    text = (
        "Heavy rain swamped the coast overnight.\n\n"
        "Weather service data showed Kovalam recorded 14.2 cm, while Adyar received 19 cm. "
        "Another 3 to 5 inches could fall by Thursday."
    )
    assert quantity(text, "14.2").subject == "rainfall"
    assert quantity(text, "19").subject == "rainfall"
    assert quantity(text, "5").subject == "rainfall"


def test_depth_of_something_named_is_not_rainfall():
    text = "Rain fell all night. By morning the river had risen 40 cm at the weir."
    assert quantity(text, "40").subject != "rainfall"


def test_count_left_without_power_is_of_customers():
    text = (
        "The storm brought down lines across the province. By Sunday night about 31,000 remained without "
        "electricity, and crews had reconnected 8,000 homes, though 2,500 were still without power."
    )
    assert quantity(text, "31,000").subject == "customers"
    assert quantity(text, "2,500").subject in ("homes", "customers")  # never "power"


def test_count_left_in_the_dark_after_an_outage_is_of_customers():
    text = "The gale cut power to 40,000 customers. By Friday evening, fewer than 9,000 were still in the dark."
    assert quantity(text, "9,000").subject == "customers"
    # kept in the dark about something is no outage
    assert quantity("About 300 staff were kept in the dark about the plan.", "300").subject == "staff"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Adeyemi won the final in 49.71 seconds, a championship best.", "49.71", "time"),
        ("The Welshman finished 2.3 seconds clear of the field.", "2.3", "margin"),
        ("The teenager finished 0.87 seconds clear of the field.", "0.87", "margin"),
        ("Sorensen won the stage by 22 seconds from Aubert.", "22", "margin"),
        ("The Slovene now leads the race by 47 seconds from Aubert.", "47", "lead"),
        ("Aubert is fourth, 2 minutes down on the leader.", "2", "gap"),
        ("She took 0.6 seconds off her personal best in the heats.", "0.6", "improvement"),
        ("He took 34 seconds off the course record.", "34", "margin"),
        # a placing's bare time: "second in 53.40"
        ("Moss won in 53.12 seconds, with Lena Park second in 53.40 and Mia Ross third in 53.77.", "53.40", "time"),
        ("Moss won in 53.12 seconds, with Lena Park second in 53.40 and Mia Ross third in 53.77.", "53.77", "time"),
        ("Okafor was fourth in 61.08, a Nigerian record.", "61.08", "time"),
        # a bare time after the verb that ran it
        ("The champion beat Ortiz, who ran 10.04, and the world leader.", "10.04", "time"),
        ("The Kenyan, who clocked 27.45 in the semi-final, was fastest.", "27.45", "time"),
    ],
)
def test_a_race_time_is_named_by_what_it_measures(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_time_outside_a_race_keeps_its_unit():
    assert quantity("The milk is held at 72C for 15 seconds.", "15").subject == "seconds"


def test_a_price_that_ranges_between_two_ends_is_named_by_what_ranges():
    text = "Bus fares would range from RM1.50 to RM6.20 per trip."
    assert quantity(text, "1.50").subject == quantity(text, "6.20").subject == "Bus fares"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The spinner's 48 wickets this summer came at an average of 22.7.", "22.7", "average"),
        ("The insurer paid out on 930 claims at an average of £2,310 each.", "2,310", "average"),
        # what the average counts names it
        ("The buses ran at an average of 14 passengers a trip.", "14", "passengers"),
        # a sum at an average of so much a unit is a price
        ("The wool sold at an average of $3.40 a kilo.", "3.40", "price"),
    ],
)
def test_a_figure_kept_at_an_average_beside_a_count_is_its_average(text, mention, subject):
    assert quantity(text, mention).subject == subject
