"""What a sum or a share is named by where it comes from, where it goes or what it stands for: pay earned by
the month, also when the parser takes the currency for the person paid or reads a range as a preposition; a
sum a tribunal orders paid to people, their award; money a levy, a tax or the state raises, its revenue; a sum
right after "fines", the fine; a party's share by its place, its vote share; a share asked for, an increase;
a share of a state reached ("35% contained"), that state. And a thousands group written with a space and a
leading nought, which no number starts with, stays part of its number. Every sentence here is written for the
test."""

import pytest

from .helpers import quantities, quantity


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Many of the weavers were earning Rs 9,000 a month.", "9,000"),
        ("Many of the weavers were earning Rs 9,000-11,000 a month.", "11,000"),
        ("Many of the weavers were earning Rs 9,000-11,000 a month, down from about Rs 16,000.", "16,000"),
    ],
)
def test_a_sum_earned_by_the_month_is_earnings(text, mention):
    assert quantity(text, mention).subject == "earnings"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The tribunal ordered the landlord to pay £41,000 to the tenants.", "41,000", "award"),
        ("A landlord was ordered to pay tenants £8,000 over damp flats.", "8,000", "award"),
        # paid to a department, or to nobody named: a fine, a penalty or costs, maybe; not an award
        ("The mill was ordered to pay £9,000 to the department for monitoring.", "9,000", "payment"),
        ("A landlord has been ordered to pay £12,000 after inspectors found mould.", "12,000", "payment"),
        ("He agreed to pay £500 to the club.", "500", "payment"),
    ],
)
def test_a_sum_a_tribunal_orders_paid_to_people_is_their_award(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The tourist levy raised £1.9m in its first year.", "1.9m", "revenue"),
        ("The ministry said the government would need to raise an extra $4 billion.", "4 billion", "revenue"),
        ("The Treasury plans to raise Sh50 billion through new taxes.", "50 billion", "revenue"),
        ("The choir raised £3,000 for the hospice.", "3,000", "funding"),
        ("The club has raised £2,400 so far.", "2,400", "funding"),
    ],
)
def test_money_a_levy_or_the_state_raises_is_revenue(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Listings on the bourse have raised about $2.9 billion from share sales this year.", "2.9 billion",
         "share sales"),
        ("The Porto start-up hopes to raise $4 million in a funding round next spring.", "4 million", "funding round"),
        ("The utility raised R6bn in an oversubscribed bond auction.", "6bn", "oversubscribed bond auction"),
    ],
)
def test_money_raised_in_a_sale_is_named_by_the_sale(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_thousands_group_that_starts_with_a_nought_stays_with_its_number():
    text = "The tribunal awarded £41,000 in damages. The firm must also pay R300 000 and plant 4 050 trees."
    found = {q.text: q.value for q in quantities(text)}
    assert found["300 000"] == 300000
    assert found["4 050"] == 4050
    assert "000" not in found


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The Greens were third with 11.4 per cent.", "11.4", "vote share"),
        ("Labour finished second on 27 per cent.", "27", "vote share"),
        ("The Liberal, who took 19 per cent, lost her seat.", "19", "vote share"),
        # no place and no vote: a share of something else
        ("The firm took 30 per cent of the market.", "30", "market"),
    ],
)
def test_a_share_a_party_won_is_its_vote_share(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The union had asked for 7 per cent.", "7", "increase"),
        ("Nurses are asking for 12 per cent over three years.", "12", "increase"),
        ("The utility wanted 9.5 per cent.", "9.5", "increase"),
        # the noun after the share names it
        ("The council offered a 4% rise.", "4", "rise"),
        ("The developer asked for 40 per cent of the site.", "40", "site"),
    ],
)
def test_a_share_asked_for_with_nothing_named_is_an_increase(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Regulator fines bank £40m over compliance failures", "40m", "fine"),
        ("Watchdog fines water firm $2.3 million", "2.3 million", "fine"),
        ("The court fined him R5,000.", "5,000", "fine"),
        # a sum after "fined" that is not the fine
        ("He was fined and ordered to pay £500 in costs.", "500", "costs"),
        ("The firm was fined for failing to pay £2m in taxes.", "2m", "taxes"),
    ],
)
def test_a_sum_right_after_fines_is_the_fine(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The roads were between 60 and 85 per cent complete.", "60", "completion"),
        ("The Ridge Fire was 35% contained, officials said.", "35", "containment"),
        # the clause names what is complete
        ("Land acquisition is 70 per cent complete.", "70", "Land acquisition"),
    ],
)
def test_a_share_of_a_state_reached_names_the_state_when_nothing_else_does(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The minister said a further £8m would be made available to rural schools.", "8m", "funding"),
        ("Another $1.3-million would go to food banks next year.", "1.3-million", "funding"),
        ("A further $1.1-million to $2.4-million may be needed if the winter is harsh.", "2.4-million", "funding"),
        ("The remaining $40 million is expected to come from private donors.", "40 million", "funding"),
        ("About $600,000 would come from a state grant.", "600,000", "state grant"),
        # a sum the sentence names otherwise keeps its name
        ("The house was sold for $400,000 last spring.", "400,000", "house"),
    ],
)
def test_a_sum_made_available_or_sent_somewhere_is_funding(text, mention, subject):
    assert quantity(text, mention).subject == subject
