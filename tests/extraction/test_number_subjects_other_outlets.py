"""What a number measures in the ways other newsrooms write it: a change set
after a value, poll shares, odds, what a sum bought or is the worth of, an
average, a share of what the sentence before counted. Every sentence here is
written for the test."""

import pytest

from .helpers import quantity


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # ", up 12%" after a value: how much that value changed
        ("Shipments reached 4.2 million tonnes by Friday, down 12% from the same week last year.", "12", "Shipments"),
        ("The average monthly rent was 1,250 euros, up 4% on the year.", "4", "average monthly rent"),
        ("Police seized 12 tonnes of cocaine, up 9% on last year.", "9", "cocaine"),
        # a value named only by its time names nothing the change could share: the clause does
        ("Sales rose in the three months to June, up 4%.", "4", "Sales"),
        # "N% to X": the level of what changed
        ("Kestrel profit climbs 9% to ¥41.2 billion on strong demand", "41.2 billion", "profit"),
        ("Kestrel profit climbs 9% to ¥41.2 billion on strong demand", "9", "profit"),
        # ... and a fuller name the later value gives is kept
        ("Harvest volumes rose 4% to 41,300 tonnes gutted weight.", "41,300", "Harvest volumes"),
    ],
)
def test_a_change_measures_what_the_value_before_it_measures(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        (
            "The city will spend $80 million on a new water treatment plant.",
            "80 million",
            "spending on new water treatment plant",
        ),
        ("The firm spent $5 million on the clean-up.", "5 million", "spending on clean-up"),
        # the whole of a joined phrase, unless its second part has an amount of its own
        ("The settlement includes $41,000 in back pay and damages of $12,000.", "41,000", "back pay"),
        (
            "She said it had since spent 30 million kroner on new sonar equipment and crew training across its fleet.",
            "30 million",
            "spending on new sonar equipment and crew training",
        ),
        (
            "The operator has since spent 30 million kroner on new radar equipment and pilot training.",
            "30 million",
            "spending on new radar equipment and pilot training",
        ),
        ("Households pay $120 a month for broadband.", "120", "broadband"),
        ("The club paid $35,000 for the colt at auction.", "35,000", "colt"),
        ("Each member paid about $600 each a year towards the horse's upkeep.", "600", "upkeep"),
        # raised for a cause, a sum stays funding
        ("The charity raised $2 million for cancer research.", "2 million", "funding"),
        # "£2m went on legal fees", "$2m meant for road repairs"
        ("About $300,000 went on three vintage cars.", "300,000", "vintage cars"),
        ("The mayor diverted $2 million meant for road repairs to a new stadium.", "2 million", "road repairs"),
        # a rate of land or time between the sum and the phrase that names it
        ("The firm will pay the owner about $800 a hectare a year in rent.", "800", "rent"),
        ("The government provided an extra £90m this year for nursing in rural areas.", "90m", "nursing"),
        ("Tenants now pay 740 rupees for every unit of water.", "740", "unit of water"),
        ("The charge would add as much as £90 to the cost of each delivery.", "90", "cost"),
        ("Bank Ostra sets aside 1.2 billion zlotys more for legacy loans", "1.2 billion", "provision"),
        # staked on a race, a sum is the bets, not the race
        ("Gamblers staked $40 million on the derby, up 3% on last year.", "40 million", "bets"),
        ("Gamblers staked $40 million on the derby, up 3% on last year.", "3", "bets"),
    ],
)
def test_a_sum_is_named_by_what_it_bought_or_was_meant_for(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        (
            "A survey by Westbay University found Marlow leading with 48%, against 36% for Duarte, with 16% undecided.",
            "48",
            "support",
        ),
        (
            "A survey by Westbay University found Marlow leading with 48%, against 36% for Duarte, with 16% undecided.",
            "36",
            "support",
        ),
        (
            "A survey by Westbay University found Marlow leading with 48%, against 36% for Duarte, with 16% undecided.",
            "16",
            "undecided",
        ),
        # whose share it is, when the "of" phrase names them
        ("Reyes leads with 52% of likely voters.", "52", "likely voters"),
    ],
)
def test_poll_shares(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The gelding started at $12 with bookmakers.", "12", "odds"),
        ("The favourite, Quiet Storm, was the $2.40 pick.", "2.40", "odds"),
        ("Tickets cost $25 a match.", "25", "price"),
    ],
)
def test_odds_a_bookmaker_offers(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Bonds worth about 12 billion pesos are still held by small savers.", "12 billion", "Bonds"),
        ("A previous offer, worth $40m, was rejected.", "40m", "previous offer"),
        # after an amount and a comma: that amount's value
        (
            "Once the harvest is stored, the silo will hold about 30,000 tonnes, worth some $9 million at current prices.",
            "9 million",
            "value",
        ),
    ],
)
def test_what_a_sum_is_the_worth_of(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Diners are paying about 20% more for a takeaway meal than two years ago.", "20", "takeaway meal"),
        ("Rivals sell similar vans for about $40,000, roughly 25% less than Velox's list price.", "25", "list price"),
        ("That was with the dollar price of copper down 11% this year.", "11", "dollar price"),
        ("The mills were running at 55 to 60 per cent of capacity, against 80 per cent a year ago.", "80", "capacity"),
    ],
)
def test_what_a_share_is_taken_of(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Households use an average of 160 litres a day each.", "160", "use"),
        ("Residents have cut their water use to an average of 390 litres per person a day.", "390", "water use"),
    ],
)
def test_an_average_stands_where_the_amount_does(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        (
            "Norway exported 2.4 million tonnes of salmon worth 170 billion kroner last year. "
            "Roughly 70 per cent went to the European Union.",
            "70",
            "salmon",
        ),
        ("Police arrested 40 protesters. About 30% were later released.", "30", "protesters"),
        # a share that says what it is of keeps it
        ("Police arrested 40 protesters. About 30% of the cases were dropped.", "30", "cases"),
    ],
)
def test_a_share_opening_a_sentence_is_of_what_the_one_before_counted(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the parser hung "by" on "see": the verb of change still says what climbed, and the level after it
        (
            "The change means a family using 900 litres a day will see its bill climb by about $7, to $131.20.",
            "7",
            "bill",
        ),
        (
            "The change means a family using 900 litres a day will see its bill climb by about $7, to $131.20.",
            "131.20",
            "bill",
        ),
        ("Shares in the firm rose 5% in early trade.", "5", "Shares"),
        # a mass per hectare or acre is a yield
        ("Growers in some areas were harvesting less than 400 kg a hectare, she said.", "400", "yield"),
        # a length off the ground is a height
        ("Sheep will graze beneath the turbines, whose blades pass 30 metres off the ground.", "30", "height"),
        # "land west of the town": the land
        ("A wind farm covering 900 hectares of grazing land west of Tambo has been approved.", "900", "grazing land"),
    ],
)
def test_what_the_words_around_a_misparsed_amount_still_say(text, mention, subject):
    assert quantity(text, mention).subject == subject
