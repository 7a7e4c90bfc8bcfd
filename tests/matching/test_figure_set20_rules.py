"""Rules the twentieth figure set's errors prompted, on sentences of our own: one quantity, however
outlets word it."""

from dataclasses import replace

from claims.matching.claim_cues import rebuts_in_clause, second_source_between, set_again_by_another
from claims.matching.figure_keys import figure_keys
from tests.matching.test_figure_status import facts, reported, status
from tests.matching.test_figure_wordings import _key

FROST = "Vintners in Tokaj put the frost damage at 900 million forints, but the farm ministry valued it at 300 million forints."


def _money_keys(text, *numbers):
    return [k.subject if k else None for k in figure_keys(facts(text, *numbers, unit="HUF"))]


def test_another_source_setting_it_at_a_number_gives_another_value_of_the_same_thing():
    keys = _money_keys(
        FROST, ("900 million forints", 9e8, "frost damage"), ("300 million forints", 3e8, "farm ministry")
    )
    assert keys[0] == keys[1] == "cost"
    # "assessed them at" after losses put at a number: still the losses, whoever assessed them.
    losses = "The hoteliers put their losses at 40 million forints; the county assessed them at 15 million forints."
    keys = _money_keys(losses, ("40 million forints", 4e7, "losses"), ("15 million forints", 1.5e7, "county"))
    assert keys[0] == keys[1] == "lost"


def test_it_stands_for_what_was_put_at_a_number_only_after_one_was():
    # "it" is the firm: the money it raised is no estimate, and what investors value it at is another figure.
    text = "The start-up raised 50 million forints in May, and investors valued it at 2 billion forints."
    assert not set_again_by_another(text, text.index("50 million"), text.index("2 billion"))
    keys = _money_keys(text, ("50 million forints", 5e7, "start-up"), ("2 billion forints", 2e9, "investors"))
    assert keys[1] == "value"


def test_two_sources_in_one_claim_setting_one_thing_at_two_numbers_dispute_it():
    a, b = FROST.index("900 million"), FROST.index("300 million")
    assert set_again_by_another(FROST, a, b) and second_source_between(FROST, a, b)
    first = replace(reported(900_000_000, speaker=1, text=FROST, claim=7), start=a)
    second = replace(reported(300_000_000, speaker=1, text=FROST, claim=7), start=b)
    assert status(first, second) == "disputed"


def test_a_number_counted_by_someone_named_after_it_is_theirs():
    text = "The ferry line said 90 bags went missing, against the 310 counted by the passengers' association."
    assert second_source_between(text, text.index("90"), text.index("310"))
    # "by" a time is no one giving it.
    for later in ("against the 310 reported by noon", "up from the 31 reported by Monday"):
        other = f"The ferry line said 90 bags went missing, {later}."
        number = other.index("31")
        assert not second_source_between(other, other.index("90"), number)


def test_things_said_destroyed_or_made_uninhabitable_are_all_uninhabitable():
    either = _key("Eleven cabins were destroyed or made uninhabitable by the avalanche.", ("Eleven", 11, "cabins"))
    assert either == [("cabin uninhabitable", "")]
    # Two numbers, two verbs: each keeps its own.
    both = _key(
        "Forty cabins were destroyed and 12 cabins were made uninhabitable.",
        ("Forty", 40, "cabins"),
        ("12", 12, "cabins"),
    )
    assert both == [("cabin destroyed", ""), ("cabin uninhabitable", "")]
    assert _key("Forty cabins were destroyed, rangers said.", ("Forty", 40, "cabins")) == [("cabin destroyed", "")]


def test_a_number_said_to_be_more_than_another_sources_figure_answers_it():
    later = "The hauliers' union repeated that 52 depots were shut, 18 more than the ministry's figure."
    assert rebuts_in_clause(later, later.index("52"))
    assert not rebuts_in_clause("Some 52 depots were shut, 18 more than last week.", 5)
    ministry = reported(34, speaker=1, text="The ministry said 34 depots were shut.")
    union = replace(reported(52, hours=48, speaker=2, text=later), start=later.index("52"))
    assert status(ministry, union) == "disputed"


def test_a_number_reported_to_someone_by_another_is_the_others():
    text = "The harbour office counts 12 boats sunk, against at least 30 reported to the coastguard by fishermen."
    assert second_source_between(text, text.index("12"), text.index("30"))
    by_then = "The harbour office counts 12 boats sunk, up from the 9 reported to the coastguard by Monday."
    assert not second_source_between(by_then, by_then.index("12"), by_then.index("9"))


def test_fewer_than_another_source_counts_answers_it():
    text = "The transport ministry repeated that 40 bridges were shut, six fewer than the region counts."
    assert rebuts_in_clause(text, text.index("40"))
    region = reported(46, speaker=1, text="The region said 46 bridges were shut.")
    ministry = replace(reported(40, hours=30, speaker=2, text=text), start=text.index("40"))
    assert status(region, ministry) == "disputed"


def test_what_a_number_stands_before_is_what_it_counts_even_as_who_reports():
    schools = _key(
        "Leeds City Council said eleven schools had reported measles cases, two more than the agency's count.",
        ("eleven", 11, "schools"),
    )
    farms = _key("The county said 14 farms had reported bird flu cases.", ("14", 14, "farms"))
    assert schools[0][0] == "school" and farms[0][0] == "farm"
    # Who gives a number without being counted by it is still no subject of it.
    assert _key("Health officials reported 30 measles cases in Leeds.", ("30", 30, "measles cases"))[0][0] == "ill"


def test_what_was_traced_to_a_number_of_things_lends_them_none_of_its_words():
    # The crates were damaged, not the warehouses; the records destroyed, not the offices.
    crates = _key("Police have traced the damaged crates to 25 warehouses.", ("25", 25, "warehouses"))
    records = _key("Officials had traced the destroyed records to 14 offices.", ("14", 14, "offices"))
    assert crates[0][0] == "warehouse" and records[0][0] == "office"
    # A word for a count, a family, or a measure still says what the number counts.
    assert _key("Police put the crowd at 9,000 people.", ("9,000", 9000, "people"))[0][0] == "crowd"
    spill = figure_keys(
        facts("The coastguard put the spill at 170 tonnes of oil.", ("170 tonnes", 170, "oil"), unit="tonne")
    )
    assert spill[0].subject == "spilled"
