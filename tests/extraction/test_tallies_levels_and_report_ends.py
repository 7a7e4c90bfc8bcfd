"""Vote tallies written with "to" or lost, a change in thousands before a level in millions, "the number of"
an adjective, a verb the tagger took for a noun, a relative clause that holds its noun at a level, an earlier
sum after what it paid for, a law's name that is no person, and where a report ends when a participle or a
"with ... saying" follows it. Every sentence here is written for the test."""

from decimal import Decimal

import pytest

from .helpers import attributions, quantities, quantity


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Councillors voted 27 to 11 on Monday to approve the new parking charges.", "27"),
        ("Councillors voted 27 to 11 on Monday to approve the new parking charges.", "11"),
        ("Shop stewards had voted by 2,940 to 305 to continue the walkout.", "2,940"),
        ("The rate-setting committee voted four to one to leave borrowing costs unchanged.", "four"),
        # a tally that loses, lower first
        ("A motion to delay the vote failed 4-9 after a short debate.", "4"),
        ("A motion to delay the vote failed 4-9 after a short debate.", "9"),
    ],
)
def test_a_tally_of_votes_counts_votes(text, mention):
    assert quantity(text, mention).subject == "votes"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Rents rose 4-6% across the region last year.", "4"),
        ("Crowds of 10-12 thousand gathered in the square.", "10"),
    ],
)
def test_a_range_is_no_tally(text, mention):
    assert quantity(text, mention).subject != "votes"


def test_a_change_written_in_thousands_borrows_no_scale_from_the_level_after_it():
    found = {q.text: q.value for q in quantities("The count of jobless claimants rose by 41,000 to 1.9 million.")}
    assert found == {"41,000": Decimal(41000), "1.9 million": Decimal(1900000)}


def test_a_range_still_shares_its_scale():
    found = {q.text: q.value for q in quantities("Between 2 and 3 million households could be affected.")}
    assert found["2"] == Decimal(2000000)


@pytest.mark.parametrize(
    ("text", "mention", "last_word"),
    [
        ("The number of unemployed fell by 12,000 to 310,000 in the quarter.", "310,000", "unemployed"),
        ("The number of homeless in the county reached 2,700 this winter.", "2,700", "homeless"),
    ],
)
def test_the_number_of_an_adjective_counts_the_people_it_names(text, mention, last_word):
    assert quantity(text, mention).subject.split()[-1] == last_word


def test_a_verb_taken_for_a_noun_gives_its_own_subject():
    text = "The port authority expects its borrowing to peak at $2.6 billion in 2030."
    assert quantity(text, "2.6 billion").subject == "borrowing"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Engineers blamed material inflation, which they said had run at about 8 percent a year.", "8",
         "material inflation"),
        ("Food inflation, which has run at 5% since the spring, is expected to ease.", "5", "Food inflation"),
        # the relative clause's own object is what a share is of
        ("Feed mills, which buy about 35 percent of the region's barley, were the winners.", "35", "barley"),
    ],
)
def test_a_relative_clause_that_holds_its_noun_at_a_level(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1].lower() == subject.split()[-1].lower()


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The province has set aside C$310 million for rural clinics in the 2026-27 year, up from C$275 million.",
         "275 million", "rural clinics"),
        ("The county budgeted £2.3m for flood defences along the estuary this year, down from £2.9m.", "2.9m",
         "flood defences"),
    ],
)
def test_an_earlier_sum_after_what_the_first_paid_for_shares_its_subject(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_law_named_bill_is_no_speaker():
    text = (
        "Members voted 31 to 20 on Tuesday to pass the Rail Services (Scotland) Bill, which hands the agency the "
        "power to set timetables.\n\n"
        "Cabinet Secretary for Transport Alasdair Mac-Innes told the chamber that rail journeys had fallen from 90 "
        "million to 61 million.\n\n"
        '"Passengers have been let down by a market that has been shrinking for 30 years," he said. "This Bill '
        'puts passengers, not shareholders, in charge."'
    )
    speakers = [a.speaker for a in attributions(text)]
    assert speakers and all("Alasdair Mac-Innes" in s for s in speakers)


def test_a_verb_of_saying_after_a_preposition_is_no_cue_for_the_quote_before_it():
    text = 'Wendy Harrow said the trust was "selling the valley to builders" without asking anyone.'
    found = attributions(text)
    assert [(a.speaker, a.cue) for a in found] == [("Wendy Harrow", "said")]


def test_a_with_clause_whose_participle_reports_is_a_claim_of_its_own():
    text = ('The teachers\' union called the cuts "reckless", with its president Amara Osei saying 600 posts would '
            'go by spring.')
    found = {a.cue: a for a in attributions(text)}
    assert found["called"].content == 'the cuts "reckless"'
    assert found["saying"].content == "600 posts would go by spring"
    assert found["saying"].speaker == "Amara Osei"


def test_a_with_clause_without_a_participle_of_saying_stays_in_the_report():
    text = "The minister said the line would reopen in May, with its signalling system tested every week."
    (found,) = attributions(text)
    assert found.content.endswith("tested every week")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The regional director said the clinic was "a disgrace to the service".',
         'the clinic was "a disgrace to the service"'),
        ('An engineer said 1,800 bridges needed repairs, "and nobody has costed them".',
         '1,800 bridges needed repairs, "and nobody has costed them"'),
    ],
)
def test_a_quote_that_ends_a_reported_clause_is_reported_with_it(text, content):
    (found,) = attributions(text)
    assert found.content == content
    assert found.cue == "said"


def test_a_quote_after_a_verb_and_a_comma_is_still_direct():
    (found,) = attributions('The chief executive told shareholders on Friday, "We are ready to grow again."')
    assert found.content == "We are ready to grow again."
    assert found.direct


def test_a_participle_with_its_own_clause_after_a_quote_reports_that_clause():
    text = ('Opposition leader Ruth Kanagaratnam said the figures were "a conjuring trick", arguing that tenants were '
            "being moved into cheaper flats.")
    found = {a.cue: a for a in attributions(text)}
    assert found["said"].content == 'the figures were "a conjuring trick"'
    assert found["arguing"].content == "tenants were being moved into cheaper flats"
    assert found["arguing"].speaker == "Ruth Kanagaratnam"


def test_a_measure_that_aims_at_something_is_no_source():
    text = ("The spending plan aims to cut the deficit to 2.9% of output by 2028 through £18 billion in savings, the "
            "Treasury said.")
    (found,) = attributions(text)
    assert found.speaker.endswith("Treasury")
    assert found.content.startswith("The spending plan aims")


def test_a_body_that_aims_at_something_is_a_source():
    (found,) = attributions("The government aims to cut the deficit to 2.9% of output by 2028.")
    assert found.cue == "aims"


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister said the Treasury had released Sh3.8 billion to the insurer last week.",
        "The regional government released €45 million to the flooded districts on Monday.",
    ],
)
def test_a_sum_released_is_funds(text):
    (found,) = quantities(text)
    assert found.subject == "funds"


def test_the_official_is_the_official_described_before():
    text = ('A senior planning official, who asked not to be named, said collections had fallen by a third.\n\n'
            '"The base is there. The will to collect is not," the official said.')
    assert [a.speaker for a in attributions(text)] == ["A senior planning official"] * 2


def test_the_official_with_two_described_before_is_the_last():
    text = ('An official at the port said the berths were full. A customs official said checks took longer.\n\n'
            '"We need more staff," the official said.')
    assert attributions(text)[-1].speaker == "A customs official"


def test_a_given_name_alone_is_the_one_person_the_article_names_so():
    text = ("Fuel subsidy will save RM5bil a year, says Norliza\n\n"
            "KUALA LUMPUR: The targeted fuel subsidy will save the Government about RM5bil a year, says Datuk Seri "
            "Norliza Hamdan.")
    assert {a.speaker for a in attributions(text)} == {"Norliza Hamdan"}



@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The council signed a 25-year lease with the rowing club.", "25", "lease"),
        ("The developer has signed 15-year power purchase agreements with two retailers.", "15",
         "power purchase agreements"),
        ("Drivers will need a three-year operator's permit from January.", "three", "operator's permit"),
        ("The city sweltered through an 11-day heatwave.", "11", "heatwave"),
    ],
)
def test_a_length_of_time_hyphened_to_a_noun_names_what_lasts(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_length_of_time_hyphened_to_a_statistic_stays_a_length():
    assert quantity("Rainfall was 84 mm, against a 30-year average of 61 mm.", "30").subject == "year"


def test_a_count_after_a_length_of_time_is_not_what_the_length_describes():
    text = "Organisers said ticket sales for the six-day championship had passed 18,000."
    assert quantity(text, "18,000").subject == "ticket sales"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The province will spend C$2.4 billion over six years to widen the highway, or about C$400 million a year.",
         "400 million", "spending"),
        ("Owners were told their levies would rise by 7.5%, or about $260 a year.", "260", "levies"),
    ],
)
def test_a_sum_after_or_restates_the_one_before(text, mention, subject):
    assert quantity(text, mention).subject.split()[-1] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("She lowered the national record of 52.71 at the trials in April.", "52.71", "national record"),
        ("Operators face the legal maximum of 8,000 UTA for each breach.", "8,000", "legal maximum"),
        ("Growers want a minimum of Rs 310 a kilo for cured pepper.", "310", "minimum"),
    ],
)
def test_a_level_named_before_the_number_is_its_subject(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_high_something_came_from_is_its_level():
    text = "Variable loan rates have dropped to 5.3 percent from a peak of 8.1 percent."
    assert quantity(text, "8.1").subject == "Variable loan rates"


def test_a_number_that_names_what_it_counts_keeps_it_after_a_level():
    assert quantity("The council will miss its target of 3,200 new homes.", "3,200").subject == "new homes"


def test_an_average_of_names_what_is_averaged():
    assert quantity("Listings spent an average of 23 days on the market.", "23").subject == "days"


def test_the_company_is_the_one_business_named_as_one_before():
    text = ("A 19-metre rocket lifted off from Boreal Launch Inc.'s pad near Port Adair on Thursday, placing a "
            "satellite into orbit, the company said.")
    assert attributions(text)[0].speaker == "Boreal Launch Inc."


@pytest.mark.parametrize(
    "text",
    [
        "The farmers' union welcomed the decision.",
        "Mayor Ines Calloway welcomed the grant on Monday.",
        "The minister defended the plan in the chamber.",
    ],
)
def test_welcoming_or_defending_a_thing_states_no_claim(text):
    assert attributions(text) == []


def test_what_a_source_says_while_welcoming_a_thing_is_its_claim():
    text = "The farmers' union welcomed the decision, saying it would save growers about $40 million a year."
    (found,) = attributions(text)
    assert found.content == "it would save growers about $40 million a year"


def test_a_forecast_inside_a_report_is_said_once():
    text = "Chief executive Mariela Fonseca said the company expected to return to profit this year."
    (found,) = attributions(text)
    assert (found.speaker, found.cue) == ("Mariela Fonseca", "said")
    assert found.content == "the company expected to return to profit this year"


def test_a_forecast_of_its_own_is_a_claim():
    (found,) = attributions("The company expects sales to grow 6% this year.")
    assert found.cue == "expects"


def test_the_hope_of_a_body_inside_a_report_is_said_once():
    text = "Chief executive Tomasz Wielgosz said the bank hoped to settle with most borrowers by next year."
    assert [a.cue for a in attributions(text)] == ["said"]


def test_the_intention_of_a_person_inside_a_report_is_a_claim_of_its_own():
    text = "Mayor Ines Calloway has few allies left. Her allies, however, say she intends to call the vote on Friday."
    assert {a.cue for a in attributions(text)} == {"say", "intends"}


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("PM2.5 pollution in the city reached 410 micrograms per cubic metre, more than 25 times the WHO guideline.",
         "25", "pollution"),
        ("Fire crews said 21,000 hectares had already burned this season, more than three times the five-year "
         "average.", "three", "hectares"),
    ],
)
def test_a_multiple_after_a_value_counts_what_the_value_does(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_times_a_thing_was_done_stays_times():
    assert quantity("Crews have patched the basin three times since 2018.", "three").subject == "times"


def test_others_with_a_bare_count_count_what_the_first_count_did():
    text = "Some wards have more than 9,000 voters while others have fewer than 2,500, the commission said."
    assert quantity(text, "2,500").subject == "voters"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The new terminal will have a capacity of 12 million TEUs when it opens.", "12 million", "capacity"),
        ("The Ipoh factory has a capacity of 9 billion gloves a year.", "9 billion", "capacity"),
        ("The subsea link has a design capacity of 250 Tbps.", "250", "design capacity"),
        ("The prototype has a rated output of 14 MW and blades 100 metres long.", "14", "rated output"),
    ],
)
def test_what_a_plant_can_do_is_its_capacity_whatever_it_counts(text, mention, subject):
    assert quantity(text, mention).subject == subject
