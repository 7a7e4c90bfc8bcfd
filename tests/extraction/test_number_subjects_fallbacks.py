"""General fallbacks for what a measured amount measures, when the unit word
alone would otherwise stand as the subject: the trade a verb names, what took
the amount in, a share of a whole, and the subject of the verb a measured
change completes. Every sentence here is written for the test."""

import pytest

from .helpers import quantity


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The firm had sold 80,000 tonnes in the first half.", "80,000", "sales"),
        ("Farmers exported 2.3 million tonnes last season.", "2.3 million", "exports"),
        ("The mill imported 640 tonnes from the coast.", "640", "imports"),
    ],
)
def test_an_amount_traded_is_named_by_the_trade(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_what_received_an_amount_holds_it():
    assert quantity("Depots received 12.6 million litres a day last month.", "12.6 million").subject == "Depots"


def test_a_share_of_a_whole_measures_what_accounted_for_it():
    assert quantity("Coal accounted for 3.4 million tonnes of the total.", "3.4 million").subject == "Coal"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The plan targets a deficit of 2.8% of GDP next year.", "2.8", "deficit"),
        ("Net debt would fall below 95 per cent of gross domestic product by 2029.", "95", "Net debt"),
        ("Exports to China, which account for about 40 per cent of the total, fell sharply.", "40", "Exports"),
        ("Mortgage lending rose, with first-time buyers accounting for 31% of the total.", "31", "first-time buyers"),
        ("Tourism makes up 12 per cent of the island's economy.", "12", "Tourism"),
        ("Economists said the rebate, along with the fuel subsidy, could add 0.3 percent of GDP to the fiscal deficit.",
         "0.3", "fiscal deficit"),
    ],
)
def test_a_percentage_of_a_whole_is_a_share_of_what_the_clause_names(text, mention, subject):
    # the whole ("GDP", "the total") is what the share is measured against, not what it measures
    assert quantity(text, mention).subject == subject


def test_a_verb_completing_another_takes_its_subject():
    text = "Daily demand had to fall from 40 litres to 33 litres per person."
    assert quantity(text, "40").subject == "Daily demand"
    assert quantity(text, "33").subject == "Daily demand"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Raw cane dropped from €410/t in May to €365/t, traders say.", "410"),
        ("Spot cotton traded below the $1,700/t paid for long-staple lint.", "1,700"),
    ],
)
def test_a_sum_over_a_unit_after_a_slash_is_a_price(text, mention):
    assert quantity(text, mention).subject != "t"


def test_counts_said_to_be_a_kind_are_of_that_kind():
    text = "Of the 240 people on the ferry, 221 were passengers and 19 were crew."
    assert quantity(text, "221").subject == "passengers"
    assert quantity(text, "19").subject == "crew"


@pytest.mark.parametrize(
    ("text", "mention", "last_word"),
    [
        ("The county will pay £2.1m towards widening the bridge.", "2.1m", "bridge"),
        ("The group would spend 300 million kronor on restructuring this year.", "300 million", "restructuring"),
    ],
)
def test_a_sum_paid_for_an_act_is_named_by_the_act(text, mention, last_word):
    assert quantity(text, mention).subject.split()[-1] == last_word


def test_a_gerund_before_a_noun_heads_no_act():
    q = quantity("The agency spent $3m on funding programmes for schools.", "3m")
    assert q.subject.split()[-1] == "programmes"


def test_a_fine_is_not_named_by_the_act_it_punishes():
    q = quantity("The regulator fined the carmaker €2.4m for hiding its emissions data.", "2.4m")
    assert q.subject == "fine"


@pytest.mark.parametrize(
    ("text", "mention", "unit", "subject"),
    [
        ("Weekly consumption had to drop from 40 megalitres to 33 megalitres.", "40", "Ml", "Weekly consumption"),
        ("Growers expect an average yield of 290 hundredweight per acre.", "290", "cwt", "average yield"),
        ("Household use rose to 22 kilolitres a month.", "22", "kl", "Household use"),
    ],
)
def test_bulk_units_give_way_to_what_the_clause_measures(text, mention, unit, subject):
    q = quantity(text, mention)
    assert (q.unit, q.subject) == (unit, subject)


def test_the_level_a_change_started_from_measures_what_changed():
    text = "- Turnover of $12.4 million, up 8% from $11.5 million a year earlier"
    assert quantity(text, "11.5 million").subject == "Turnover"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The trust posted a distribution per unit of 3.2 cents for the half.", "3.2", "distribution per unit"),
        ("Earnings per share rose to 41 cents.", "41", "Earnings per share"),
    ],
)
def test_a_measure_per_share_or_unit_is_one_name(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Their lawyer argued that a porter earning about $12 a day would lose a tenth of it.", "12", "earnings"),
        ("The bill would set aside $40 million for loans to first-time buyers.", "40 million", "loans"),
    ],
)
def test_a_sum_earned_is_named_by_the_verb(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the whole a share is of, though the entity tagger took the lower-case noun for a place
        ("Hobby keepers lost 26% of colonies, against 12% for commercial ones.", "26", "colonies"),
        # a forecast share named by who forecast it: the forecast, not the forecasters
        ("Prices rose 3.1%, below the 3.4% analysts had forecast.", "3.4", "forecast"),
        # a hyphened modifier before what a sum bought
        ("The trust spent £1.4m last year on out-of-area placements.", "1.4m", "spending on placements"),
        # a sum spent doing something: what the act was done to
        ("The port spent €9 million dredging the harbour channel last winter.", "9 million", "spending on harbour channel"),
        ("The club spent $3m upgrading its floodlights.", "3m", "spending on floodlights"),
        # a rate a thing is held at: the thing ("a levy capped at £2 a day")
        ("The council approved a parking levy capped at £2 a day.", "2", "parking levy"),
        ("Members pay a subscription fixed at €15 a month.", "15", "subscription"),
    ],
)
def test_what_a_share_or_a_sum_is_of_past_the_parse(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_number_nothing_else_names_takes_the_subject_of_its_verb():
    text = "Fares for the ferry range from $4 to $11, and 900 seats are sold each day."
    assert quantity(text, "4").subject == "Fares"
    assert quantity(text, "11").subject == "Fares"
    assert quantity(text, "900").subject == "seats"


def test_an_average_the_parser_took_for_the_subject_is_of_the_noun_after_it():
    text = "The average asking rent for a studio fell 2.7 per cent to $1,640 a month."
    assert quantity(text, "2.7").subject == "rent"
    assert quantity(text, "1,640").subject == "rent"


def test_a_headline_verb_taken_for_a_noun_changes_its_subject():
    assert quantity("Youth jobless rate climbs to 14.2% as hiring slows", "14.2").subject.endswith("jobless rate")


def test_a_sum_in_another_currency_per_dollar_is_an_exchange_rate():
    assert quantity("The cedi slid to GH¢15.40 per dollar on Friday.", "15.40").subject == "exchange rate"
    assert quantity("Bondholders will get 62 cents per dollar of debt.", "62").subject != "exchange rate"


def test_bare_count_that_is_the_subject_of_a_passive_verb_counts_what_befell():
    text = "Paramedics said 14 were injured in the crash on the M62. Police said three were arrested at the scene."
    assert quantity(text, "14").subject == "injured"
    assert quantity(text, "three").subject == "arrested"


def test_bare_count_in_a_state_counts_those_in_it():
    text = "Rescue teams searched the valley overnight, but officials said seven were still missing on Friday."
    assert quantity(text, "seven").subject == "missing"


def test_sum_a_passive_verb_moved_is_named_by_it_but_not_one_merely_expected():
    text = "Investigators said about €2.4 million was recovered from accounts in Malta."
    assert quantity(text, "2.4 million").subject == "recovered"
    text = "Officials said roughly $40 million was expected by the end of the year."
    assert quantity(text, "40 million").subject != "expected"


def test_count_reported_as_confirmed_is_not_what_befell_it():
    text = "The ministry rejected the charity's count of 14 deaths, saying only five had been confirmed."
    assert quantity(text, "five").subject != "confirmed"


def test_rest_of_a_group_the_sentence_named_is_not_given_a_state_for_a_subject():
    text = "Six of the climbers stranded on the ridge were lifted off by helicopter; two are still missing."
    assert quantity(text, "two").subject != "missing"


def test_chambers_tally_of_three_digits_or_after_approved_counts_votes():
    text = "The state House voted 118-84 to pass the transit bill, and the county board approved the levy 4-1."
    assert quantity(text, "118").subject == "votes"
    assert quantity(text, "84").subject == "votes"
    assert quantity(text, "4").subject == "votes"


def test_a_deciding_bodys_tally_in_a_headline_counts_votes():
    text = "Council extends hotel pause 7-2, citing traffic\n\nThe council said so.\n"
    assert [quantity(text, n).subject for n in ("7", "2")] == ["votes", "votes"]
    assert quantity("The board's under-12 side lost 3-1 to Ashdown.", "3").subject == "score"


def test_tally_after_passed_is_not_more_than():
    text = "The measure passed 219-211 after a late-night debate."
    assert quantity(text, "219").qualifier == "exact"


def test_games_score_and_a_range_of_three_digits_are_not_votes():
    text = "United won 3-1 on Saturday. Highs will reach 101-104 across the valley this week."
    assert quantity(text, "3").subject == "score"
    assert quantity(text, "101").subject != "votes"


def test_sum_a_verb_of_valuing_puts_on_something_is_its_value():
    text = "Shares rose 6% to 380p, valuing the insurer at about £4.1bn. Analysts value the unit at $900m."
    assert quantity(text, "4.1bn").subject == "value"
    assert quantity(text, "900m").subject == "value"


def test_thing_valued_in_the_passive_keeps_its_own_name():
    text = "The farmhouse was valued at €450,000 by the bank."
    assert quantity(text, "450,000").subject == "farmhouse"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Lawyers asked the court to spare the ketch, which the owner said was valued at $730,000.",
         "730,000", "value"),
        ("The club wants to sign a keeper, with the veteran Ilse Brandvold valued at about £6m.", "6m", "value"),
        ("Agents said it sold for £1.4 million within a week.", "1.4 million", "price"),
        ("Spinner Farhan Qadri fetches ₹3.1 crore on the auction's first day", "3.1 crore", "price"),
        ("The maker says it can be charged to 80% in 19 minutes.", "80", "charge"),
        ("After the storm the creek was flowing at 61 cubic metres per second.", "61", "flow"),
    ],
)
def test_what_a_verb_makes_of_an_amount_when_the_clause_names_nothing(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_clause_that_names_what_was_valued_keeps_it():
    assert quantity("The cottage was valued at €260,000 last spring.", "260,000").subject == "cottage"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The benchmark TAIEX closed up 88.4 points, or 0.4%, at 22,310.6.", "22,310.6", "benchmark TAIEX"),
        ("The Straits Times Index closed down 31 points at 3,512.", "31", "Straits Times Index"),
        ("The Straits Times Index closed down 31 points at 3,512.", "3,512", "Straits Times Index"),
    ],
)
def test_the_level_an_index_closed_at_is_the_index(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_description_of_the_value_after_a_comma_is_not_its_subject():
    text = "Acme Mining shares closed down 6.1% at $4.12, their weakest finish since May."
    assert quantity(text, "6.1").subject == "shares"
    assert quantity(text, "4.12").subject == "shares"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the parser made the sum a count of years: the "of" before it still names it
        ("Harbour Rail made an underlying profit of $64 million last financial year.", "64 million", "underlying profit"),
        # the parser made "Quebecers support" one noun: the plural after "of" is who is counted
        ("Research released on Friday found that 62 per cent of Quebecers support keeping the rule.", "62", "Quebecers"),
    ],
)
def test_the_words_around_an_amount_name_it_when_the_parse_does_not(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the parser read "$4.1 million to 12,000" as one range: the verb still names the sum
        ("The firm refunded $4.1 million to 12,000 customers.", "4.1 million", "refund"),
        ("The fund paid £2.3m to 410 families last year.", "2.3m", "payment"),
        ("Prices range from $4 to $9.", "4", "Prices"),
        # the subject of a passive verb of money
        ("A spokesperson said £1.4bn had been invested in mental health services.", "1.4bn", "investment"),
        ("Some $12m was raised at the gala.", "12m", "funding"),
    ],
)
def test_a_sum_the_parse_leaves_unnamed_is_named_by_its_verb(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Gravel would cost as much as $31 per tonne delivered.", "31", "Gravel"),
        ("Short hops now cost as much as ₹3.1 per km on the new line.", "3.1", "Short hops"),
        # a thing sold by the unit keeps its price
        ("Diesel sells for $1.89 a litre at the pump.", "1.89", "price"),
    ],
)
def test_a_sum_so_much_of_a_good_costs_is_what_the_good_costs(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a charge, or a sale, raises revenue
        ("The tourist tax, which raised €42 million last year, will double.", "42 million", "revenue"),
        ("The province hopes to raise $2 billion by selling its stake in the utility.", "2 billion", "revenue"),
        # money given for a cause is funding
        ("The charity walk raised $85,000 for the hospice.", "85,000", "funding"),
    ],
)
def test_what_a_charge_raises_is_revenue(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Operators pay a royalty of 4 per cent of turnover to the state.", "4", "royalty"),
        ("Farmers can claim grants of up to 35% of equipment costs from March.", "35", "grants"),
        # a word that frames the share leaves it to the whole
        ("Divers found an average of 18 per cent of the reef had bleached.", "18", "reef"),
        # a named level keeps its own rule
        ("The board set a limit of 120 per cent of revenue on its debt.", "120", "limit"),
    ],
)
def test_a_charge_set_as_a_share_of_a_whole_is_named_by_the_charge(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_period_never_names_the_count_after_it():
    text = ("Some 7,200 people are on the list. Of those, 1,950 have waited more than 40 weeks, "
            "and 300 have waited more than a year.")
    assert quantity(text, "300").subject != "weeks"
    # one period given as two ends keeps its unit
    text = "The winger hopes to return in five or six weeks."
    assert quantity(text, "five").subject == quantity(text, "six").subject == "weeks"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # "up to" before a sum written with letters: the parser makes "up" a particle and the sum the object of "to"
        ("Tamsin Foods hopes to raise up to KSh4.5 billion in an initial public offering next year.", "4.5 billion",
         "initial public offering"),
        ("The water board will raise up to Dh800 million.", "800 million", "funding"),
        ("The province could spend up to R2 billion on rural clinics.", "2 billion", "spending on rural clinics"),
        # "about" before such a sum: the parser makes the currency the object of "about"
        ("Harlow Mining raised about KSh3 billion in a rights issue last month.", "3 billion", "rights issue"),
        # (not a time spent: no sum)
        ("The crew spent about 30 hours on the repairs.", "30", "hours"),
        # (nor a range "between" two sums: who charges it names it)
        ("Most private schools, which charge between ₹900 and ₹1,400, have waiting lists.", "900",
         "Most private schools"),
        # a verb of change keeps "up to" as its new level: a price per litre
        ("Diesel went up to Rs 104 a litre on Monday.", "104", "price"),
    ],
)
def test_a_sum_bounded_by_up_to_or_about_is_still_the_verbs_object(text, mention, subject):
    assert quantity(text, mention).subject == subject
