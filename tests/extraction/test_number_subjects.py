"""What a number counts or measures, for money, percentages, parallel values
and rates. Every sentence here is written for the test."""

import pytest

from .helpers import quantities, quantity


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # what a sum pays for: the for/on/towards phrase
        ("The province announced £310m for school buildings.", "310m", "school buildings"),
        ("Ottawa set out C$45m towards rural broadband.", "45m", "rural broadband"),
        # ... unless the verb already names the money: raised, a sum is funding; spent, it is what it bought
        ("The school has raised over £3m for its new library.", "3m", "funding"),
        ("The council spent £45,000 on consultants.", "45,000", "spending on consultants"),
        # what costs it
        ("The footbridge will cost £80m.", "80m", "footbridge"),
        ("Season tickets cost $400.", "400", "Season tickets"),
        ("Tickets cost $25 a match.", "25", "price"),
        ("The painting sold for $12m at auction.", "12m", "painting"),
        # the noun the amount stands before, however the parser tied them
        ("The club paid a record £90m fee for the winger.", "90m", "fee"),
        ("Household debt hit a record $17 trillion, the bank said.", "17 trillion", "Household debt"),
        # "in" names what the money is
        ("The bloc pledged $4bn in flood relief.", "4bn", "flood relief"),
    ],
)
def test_money_subjects(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Unemployment fell to 7% in the spring.", "7", "Unemployment"),
        ("Exports were up 3% in March.", "3", "Exports"),
        # a name that moved: the rate is its own
        ("Vodafone lost 2.1 per cent.", "2.1", "Vodafone"),
        ("The index shed 320 points, or 0.9%, on Tuesday.", "0.9", "index"),
        ("The index shed 320 points, or 0.9%, on Tuesday.", "320", "index"),
    ],
)
def test_percentage_subjects(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_parallel_values_share_their_subject():
    text = "Among older pupils the rate was 31.5 per cent, compared with 14.2 per cent in the youngest year."
    assert quantity(text, "31.5").subject == quantity(text, "14.2").subject == "rate"


def test_sums_joined_after_an_abbreviated_scale_share_their_subject():
    # The parser hangs the second sum on the first one's "m", not on a number.
    text = "The fund raised £70m and $1.4 billion this year."
    assert quantity(text, "70m").subject == quantity(text, "1.4 billion").subject == "funding"


def test_from_to_values_count_what_the_number_of_counts():
    text = "The number of midwives fell from 1,240 to 1,105 over the decade."
    assert quantity(text, "1,240").subject.endswith("midwives")
    assert quantity(text, "1,105").subject.endswith("midwives")


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Infection rates have reached 38 per 10,000 residents in the district.", "38", "Infection rates"),
        ("The survey recorded 12 per 1,000 homes.", "12", "rate"),
        ("The depot handles 30 lorries per day.", "30", "lorries"),
    ],
)
def test_per_rates(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_for_phrase_naming_a_time_is_no_purpose():
    # "for the year" says when, not what the money pays for
    assert quantity("The brewer set aside $5m for the year.", "5m").subject == "provision"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the noun the amount is "of" comes before its purpose and before a price
        ("The agency offers trade finance of up to NOK 450m for young firms.", "450m", "trade finance"),
        ("The group will pay an interim dividend of 2.4p a share.", "2.4", "interim dividend"),
        # a part of an amount is not what the amount is
        ("He has had nothing of the £85 a month the court ordered.", "85", "payment"),
        # a rate paid gives way to a verb that names the money
        ("The night service lost about £45,000 a year.", "45,000", "loss"),
        ("Rents on the closing shops cost £14m a year.", "14m", "Rents"),
        # what a thief took
        ("The treasurer admitted stealing £380,000 from the club.", "380,000", "theft"),
    ],
)
def test_owners_rates_and_verbs_of_money(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The snow line rose above 2,800 metres in July.", "2,800", "snow line"),
        ("Copper output climbed to 410,000 tonnes.", "410,000", "Copper output"),
        ("She serves at speeds above 110 mph.", "110", "speeds"),
        # a verb that supplies or travels does not name what is measured
        ("The glider was flying at 9,000 feet when it turned back.", "9,000", "altitude"),
    ],
)
def test_measurement_subjects(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a verb that sets a figure: its object is what the new figure measures
        ("The grain board raised its forecast to 410,000 tonnes.", "410,000", "forecast"),
        ("The lender has cut its growth outlook to 1.4%.", "1.4", "growth outlook"),
        ("The brewer raised its interim dividend to 11p a share.", "11", "interim dividend"),
        ("The trust reduced the waiting list by 1,200 names.", "1,200", "names"),
        # ... but a count keeps its own noun
        ("The winger took his tally to 14 goals.", "14", "goals"),
    ],
)
def test_figures_a_verb_sets(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # what a unit of measure measures: the "of" phrase
        ("Crews cleared 600 tonnes of rubble from the harbour.", "600", "rubble"),
        ("The spill fouled 12 miles of coastline.", "12", "coastline"),
        # "within three points of the leaders": the points are counted
        ("The club moved to within three points of the leaders.", "three", "points"),
    ],
)
def test_a_unit_of_something(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Of the 250 farmers we asked, 38% of them had sold livestock.", "38", "farmers"),
        ("The college enrolled 900 apprentices. About 60% of them finished.", "60", "apprentices"),
        # a unit is never what "them" stands for
        ("The 300 households used 9 megalitres in March, and 64% of them cut their use.", "64", "households"),
        # "of them" takes a part of a count: the nearest thing counted, not the nearest plural
        ("Inspectors found 1,200 lobsters in crates below deck, and 310 of them were undersized.", "310", "lobsters"),
        ("The agency listed 4,300 drainage projects, but auditors could not find 212 of them.", "212",
         "drainage projects"),
    ],
)
def test_a_share_of_them_counts_what_they_are(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("The rover weighs 1,025 pounds.", "1,025", "lb"),
        ("A prize of 2,000 pounds went to the winner.", "2,000", "GBP"),
    ],
)
def test_weight_in_pounds_is_not_sterling(text, mention, unit):
    assert quantity(text, mention).unit == unit


@pytest.mark.parametrize(
    "text",
    ["The rover weighs 1,025 pounds.", "The jockey weighed 61 kg.", "Each crate weighs 40 kilograms."],
)
def test_weighing_measures_weight(text):
    assert quantities(text)[0].subject == "weight"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a difference after a comma counts what the amount before it counts
        ("The theatre has sold 9,000 memberships, 1,500 more than last season.", "1,500", "memberships"),
        ("The trust employs 2,800 nurses, 140 fewer than in 2021.", "140", "nurses"),
    ],
)
def test_a_difference_shares_the_subject(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_change_then_a_new_level_is_no_range():
    # "jumped 48% to 21,000": the new level is no percentage
    text = "Orders for heat pumps jumped 48% to 21,000."
    assert quantity(text, "48").unit == "%"
    assert quantity(text, "21,000").unit is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Priya Nair, 41, of Bolton, denied the charge.", "41"),
        ("The trial enrolled pupils aged 12 to 14.", "12"),
        ("The trial enrolled pupils aged 12 to 14.", "14"),
        ("Patients as young as seven were admitted.", "seven"),
        ("An 8-year-old girl was pulled from the river.", "8"),
    ],
)
def test_ages_the_writing_gives(text, mention):
    assert quantity(text, mention).subject == "age"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a number hyphened to a noun counts that noun
        ("The 19-member panel voted on Tuesday.", "19", "member"),
        # ... but a unit hyphened to it measures the thing after, and a length of time names what lasts it
        ("The 2.5-kilometre tunnel opened in May.", "2.5", "tunnel"),
        ("The striker signed a four-year contract.", "four", "contract"),
        # "twice" doing something counts times, "twice as many" does not
        ("The keeper was beaten twice before half-time.", "twice", "times"),
    ],
)
def test_subjects_the_form_gives(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_unit_hyphened_to_the_number_is_its_unit():
    assert quantity("The 2.5-kilometre tunnel opened in May.", "2.5").unit == "km"


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("The smelter raised its zinc output forecast to 210,000 tonnes for the year, up from 190,000 tonnes.",
         "190,000"),
        ("Spot prices touched €410 per megawatt-hour, compared with €95 a month earlier.", "95"),
    ],
)
def test_an_earlier_value_after_a_comma_shares_the_subject(text, earlier):
    first = quantities(text)[0]
    assert first.subject and quantity(text, earlier).subject == first.subject


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Rovers had led 3-0 at the break.", ("3", "0")),
        ("The tie ended in a 2-2 draw.", ("2",)),
    ],
)
def test_scores(text, mentions):
    assert all(q.subject == "score" for q in quantities(text) if q.text in mentions)


def test_a_rising_dash_pair_is_a_range_not_a_score():
    assert quantity("Between 10-12 people were hurt.", "10").subject == "people"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("She won the 150-mile rally by a minute.", "150", "rally"),
        ("The ferry crosses the 12.5-mile Harbour Channel twice a day.", "12.5", "Channel"),
    ],
)
def test_a_measure_hyphened_before_a_noun_measures_that_noun(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Imports made up 44% of the region's steel supply, against 51% a decade ago.", "51"),
        ("Bus fares rose 6.1 per cent in the 12 months to May, compared with 3.3 per cent a year earlier.", "3.3"),
        ("Inspectors logged 19 breaches this year compared with 26 in 2021.", "26"),
    ],
)
def test_an_earlier_value_further_back_in_the_sentence_shares_the_subject(text, earlier):
    first = quantities(text)[0]
    assert first.subject and quantity(text, earlier).subject == first.subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The median rent in the county is now $2,140 a month.", "2,140", "rent"),
        ("Its feed costs climbed to 64 kr per kilo in the quarter.", "64", "costs"),
        ("Security costs have risen to $4.6 million a year.", "4.6 million", "costs"),
    ],
)
def test_a_rate_given_to_a_subject_is_the_level_of_that_subject(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


def test_a_price_with_no_subject_stays_a_price():
    assert quantity("Diesel was selling at 171p a litre.", "171").subject == "price"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The bond has lost 17% since March.", "17", "bond"),
        ("The insurer reported a 12% fall in operating profit to £410m.", "410m", "profit"),
        ("The budget sets aside £73m to resurface rural roads.", "73m", "roads"),
        ("Highs of 31 C are forecast for Sunday.", "31", "Highs"),
    ],
)
def test_what_a_percentage_lost_or_a_sum_paid_for_measures(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


def test_a_change_dated_by_in_is_still_the_change():
    assert quantity("Nurses won a rise in April to £31,000 a year.", "31,000").subject != "April"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("A survey found that 61% of Norwegians would back a ban.", "61", "Norwegians"),
        ("The match was stopped by fog and gusts of up to 70mph near the coast.", "70", "gusts"),
        ("The mill shipped 8,400 pallets in May, of which 1,900 went abroad.", "1,900", "pallets"),
    ],
)
def test_what_a_share_a_measure_or_a_part_counts(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


def test_a_share_of_its_own_earlier_level_is_no_subject():
    assert quantity("Footfall has recovered to 88 per cent of its 2018 level.", "88").subject != "level"


def test_goods_sold_in_a_container_are_named_with_it():
    text = "A carton of eggs was selling for $9.80 in Rankin Inlet, and a loaf of bread for $7.45."
    # what a thing is selling for is its price, named with the goods (as other newsrooms' annotators do)
    assert quantity(text, "9.80").subject == "eggs price"
    assert quantity(text, "7.45").subject.endswith("bread")


def test_an_earlier_sum_in_another_currency_shares_the_subject():
    text = "The average rent in Penang is RM1,900 a month, against S$3,400 in Singapore."
    first = quantity(text, "1,900")
    assert first.subject and quantity(text, "3,400").subject == first.subject


def test_that_number_counts_what_the_number_before_it_counted():
    text = ("The pool drew about 90,000 swimmers last summer. "
            "Managers expect that number to top 120,000 once the new slide opens.")
    assert quantity(text, "120,000").subject == quantity(text, "90,000").subject == "swimmers"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("It expects to draw 45 MW when it is finished.", "45", "power"),
        ("It was clocked at 187mph.", "187", "speed"),
    ],
)
def test_a_unit_names_what_is_measured_when_nothing_else_does(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "later", "subject"),
    [
        ("Fish exports rose 4% in the year, with shipments to Japan down 11.5%, customs data showed.", "11.5",
         "shipments"),
        ("Labour took 41.2% of the vote, ahead of the Greens on 22.8%.", "22.8", "vote"),
        ("The Liberals won 12.1% of the vote and the Pirates 3.4%.", "3.4", "vote"),
    ],
)
def test_a_share_said_in_passing_counts_what_the_sentence_counts(text, later, subject):
    assert quantity(text, later).subject.split()[-1] == subject



@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the subject of a verb of change, however the tagger read it or whatever
        # clause holds it: a gerund, a word tagged as a verb, a reduced relative
        ("Fishing in the bay will be reduced by 30% under the plan.", "30", "Fishing"),
        ("Poaching across the park has risen 12%, rangers said.", "12", "Poaching"),
        ("Rents in the old town had risen by 40% since May.", "40", "Rents"),
        ("The count of buses taken off the road has dropped by 17 per cent.", "17", "buses"),
        # a share the subject reached: the "of" phrase names the whole it is taken of
        ("Late payments on invoices over £5,000 climbed to 6.2% of the ledger.", "6.2", "payments"),
        # a verb joined by "and" shares the subject of the first
        ("The hotels employ 900 staff and were 87.5% booked over the summer.", "87.5", "hotels"),
        ("The hostel was 64% full in January.", "64", "hostel"),
    ],
)
def test_what_a_percentage_is_a_rate_of(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the noun the sum belongs to through a preposition of limit
        ("Grants for projects under €50,000 are decided locally.", "50,000", "projects"),
        ("Tickets for matches above $80 sold out first.", "80", "matches"),
        # what holds it, named by the relative clause's antecedent, not a "stake"
        ("The club's sinking fund, which holds roughly $3.2 million, will pay for the stand.", "3.2 million", "fund"),
        ("Toll operators collected €2.1m over the holiday weekend.", "2.1m", "revenue"),
        # "top up the scheme with a further sum": what the sum is added to
        ("The ministry will top up the relief scheme with a further Rs 200 crore.", "200 crore", "scheme"),
        # the last noun of the "in" phrase heads it, not the first
        ("The group will invest €22m in a fish smoking plant at Carrowbeg.", "22m", "plant"),
        # what costs it, not the shops it costs that in
        ("A tub of luxury ice cream sells for about £7.20 in corner shops.", "7.20", "price"),
        # a headline: the noun the sum stands before
        ("Dock firm loses appeal against €3.5m safety fine", "3.5m", "fine"),
        ("Harlow Estates to sell office towers in £410m deal", "410m", "deal"),
        # a currency priced in another
        ("The shilling ended the week at KSh129.50 to the dollar.", "129.50", "rate"),
        # a percentage paid is a rate, not a payment
        ("Shopkeepers usually pay 14% on overdrafts.", "14", "rate"),
        # what a sum received pays for: all of it ("scanners and ambulances")
        ("Rural clinics will receive £42m for scanners and ambulances.", "42m", "ambulances"),
        # a verb that puts or sets a figure at a level
        ("The board set the fee at £45.", "45", "fee"),
        # what sells for it, when the "for" phrase hangs far from the verb
        ("Harlow Estates has agreed to sell four hotels in Cardova to a pension trust for £410m (€480m), as it "
         "cuts debt.", "410m", "sale"),
    ],
)
def test_what_a_sum_of_money_measures(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


@pytest.mark.parametrize(
    ("text", "mentions", "subject"),
    [
        ("The bylaw lifts the yearly licence fee for hawkers from Rs 40 to Rs 95.", ("40", "95"), "fee"),
        ("Hourly rates for cleaners went from $14 to $17 an hour.", ("14", "17"), "rates"),
        ("Rents have doubled to $2,400 a month.", ("2,400",), "Rents"),
        ("Councillors want the levy on second homes lifted from two times to four times the standard charge.",
         ("two", "four"), "levy"),
        ("Of the £640m in parking charges billed last year, just £410m was collected.", ("640m", "410m"), "charges"),
        # an earlier sum after "up from" is the same thing's, whatever its own clause says
        ("Our household now spends about $900 a month on fuel, up from about $600 last winter.", ("900", "600"),
         "fuel"),
        ("Olive growers expect the harvest to come in at 5 to 6 crates a tree, down from 8 last year.",
         ("5", "6", "8"), "harvest"),
    ],
)
def test_parallel_values_share_one_subject(text, mentions, subject):
    assert all(quantity(text, m).subject.split()[-1] == subject for m in mentions)


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a unit is never what is measured when the clause names it
        ("The co-op now puts this season's output at 12.4 million bags.", "12.4 million", "output"),
        ("The co-op now puts this season's output at 12.4 million tonnes.", "12.4 million", "output"),
        ("The campus covers a built area of some 52,000 square metres.", "52,000", "area"),
        ("The gas meter read 250 ppm when crews arrived.", "250", "meter"),
        ("The basin lost 4,000 acre-feet in the drought.", "4,000", "basin"),
        ("Lake Orrin rose to 6.3 metres overnight.", "6.3", "level"),  # the named lake's level
        # what the estimate a verb lowered is of, not the sacks it is counted in
        ("The board lowered its estimate of the cocoa crop to 8.1 million 50-kg sacks.", "8.1 million", "crop"),
        # a level above or below another: what stands there
        ("The river was 2.1 metres above its normal level.", "2.1", "river"),
        ("The lake is now 40 centimetres below its usual height.", "40", "lake"),
        ("The storm dumped 85 millimetres of rain on the town.", "85", "rain"),
        ("The pit produced 1.7 million ounces of silver in 2022.", "1.7 million", "silver"),
        # how deep: a length a verb digs or drills
        ("The crew are now boring 300 metres into the hillside.", "300", "depth"),
        ("The miners dug 200 metres before they hit water.", "200", "depth"),
        # how far: a length from, off or to the side of a place
        ("The island lies about 45 kilometres from the mainland.", "45", "distance"),
        ("The wreck lies 300 metres off the headland.", "300", "distance"),
        ("The epicentre was 80 km south-east of Portmere.", "80", "distance"),
    ],
)
def test_what_a_measurement_measures(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Saturday's low in Kettleby was -19°F (-28°C).", "-19", "low"),
        ("Saturday's low in Kettleby was -19°F (-28°C).", "-28", "low"),
        ("Overnight, wind chills near the lake dipped to -44°F.", "-44", "chills"),
        ("The overnight low in Brackwell was 3 degrees Celsius.", "3", "low"),
        ("Frost is expected overnight, with lows of minus 6C.", "6", "lows"),
        ("Forecasters expect highs near 35C on Sunday.", "35", "highs"),
    ],
)
def test_temperatures_measure_what_the_report_names(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Serious bruising occurred in 2.6% of patients taking the tablet.", "2.6", "Serious bruising"),
        ("Severe rashes occurred in 3.2% of patients on the drug and 1.8% of those on placebo.", "1.8", "Severe rashes"),
        ("Liver damage was seen in 4% of people taking the higher dose.", "4", "Liver damage"),
        # what the group did, not what befell it, keeps the group
        ("About 30% of patients reported headaches.", "30", "patients"),
    ],
)
def test_a_share_something_occurred_in_measures_what_occurred(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The carmaker lowered its outlook as tariffs bite, sending its stock down as much as 8 per cent in Frankfurt.",
         "8", "stock"),
        ("The yard won a S$900mil order for two rigs, sending its shares up as much as 11% by noon.", "11", "shares"),
    ],
)
def test_a_move_a_verb_sends_something_by_is_that_things(text, mention, subject):
    assert quantity(text, mention).subject == subject
