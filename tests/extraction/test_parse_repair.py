"""The parse mended before any rule reads it (claims/extraction/repair.py): a verb the tagger read as the
last noun of a compound ("fan spins", "trailers queue") becomes the verb, and the noun before it its
subject; a plural read as a verb after "that" becomes the clause's subject; a price list's item read as
a verb becomes a noun; a verb tagged a noun where a clause's verb stands becomes a verb. Every sentence
here is written for the test."""

import pytest

from claims.extraction.pipeline import get_nlp

from .helpers import quantity


def _word(text: str, word: str):
    doc = get_nlp()(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # a sentence with no verb but the one read as a noun
        ("The server's fan spins at 3,000 rpm.", "spins", "fan"),
        # a clause after "as" read as one noun phrase
        ("Hauliers fume as diesel price stays at 190p", "stays", "price"),
        # a verb tagged as one, with the noun before it hung on it as a compound, in a clause after "as"
        ("Shoppers switch brands as butter price stays at €4", "stays", "price"),
        # ... and in a headline with no other verb, the first noun read as the second's subject
        ("Tunnel cost climbs to £380m after two-year delay", "climbs", "cost"),
        # a clause after "where"
        ("Lorries park overnight in Dunmore, where up to 65 trailers queue along the ring road.", "queue", "trailers"),
    ],
)
def test_a_verb_read_as_a_compounds_last_noun_is_a_verb(text, verb, subject):
    word = _word(text, verb)
    assert word.pos_ == "VERB"
    assert [c.text for c in word.children if c.dep_ == "nsubj"] == [subject]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # a plural after a singular, followed by "of": a real compound, in a headline with no verb
        ("Job cuts of 300 at Leeds plant", "cuts"),
        # a headline's infinitive: the noun is the subject of "to rise"
        ("Ferry fares to rise by 6 per cent", "fares"),
        # three nouns in a row: which of the last two is the verb is not clear, so nothing is mended
        ("The draft budget projects spending of $84 billion and a deficit of $6 billion.", "spending"),
    ],
)
def test_a_real_compound_is_left_alone(text, noun):
    assert _word(text, noun).pos_ == "NOUN"


def test_a_noun_tagged_a_verb_in_a_nouns_place_keeps_its_compound():
    # "cover" is tagged a verb but parsed as the object of "top up": the compound is right
    guarantee = _word("The agency will top up the guarantee cover with €30m.", "guarantee")
    assert guarantee.dep_ == "compound"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("Shoppers switch brands as butter price stays at €4", "4", "butter price"),
        ("Hauliers fume as diesel price stays at 190p", "190", "diesel price"),
        ("Tunnel cost climbs to £380m after two-year delay", "380m", "Tunnel cost"),
        ("Lorries park overnight in Dunmore, where up to 65 trailers queue along the ring road.", "65", "trailers"),
    ],
)
def test_the_number_names_the_mended_verbs_subject(text, mention, subject):
    assert quantity(text, mention).subject == subject


@pytest.mark.parametrize(
    ("text", "plural", "verb"),
    [
        # "that" read as the subject of "visits", the clause's own verb hung on "told"
        ("She told reporters that visits to the park fell 12% in June.", "visits", "fell"),
        # "that" and the plural both read as subjects of the clause's verb
        ("The mayor told councillors that costs for the bridge had risen to $41 million.", "costs", "risen"),
    ],
)
def test_a_plural_read_as_a_verb_after_that_is_the_clauses_subject(text, plural, verb):
    word = _word(text, plural)
    assert (word.pos_, word.dep_, word.head.text) == ("NOUN", "nsubj", verb)
    that = _word(text, "that")
    assert (that.dep_, that.head.text) == ("mark", verb)


def test_a_plural_after_that_names_what_its_number_measures():
    text = "The mayor told the council that repairs to the pier had cost £2.1m."
    assert quantity(text, "2.1m").subject == "repairs"


def test_a_price_list_item_read_as_a_verb_is_a_noun():
    # "season passes £95": the verb said once for the list, "passes" read as one with "season" for its subject
    text = "Day tickets cost £12 and season passes £95."
    word = _word(text, "passes")
    assert (word.pos_, word.dep_) == ("NOUN", "conj")
    assert _word(text, "season").dep_ == "compound"
    item = quantity(text, "95")
    assert (item.subject, item.qualifier) == ("season passes", "exact")


@pytest.mark.parametrize(
    "text",
    [
        # a count of passes is not more than anything
        "The theatre sold 6,300 festival passes, and a further 2,100 passes went to schools.",
    ],
)
def test_a_count_of_passes_is_exact(text):
    assert quantity(text, "2,100").qualifier == "exact"


def test_a_verb_that_passes_a_level_still_says_more_than():
    assert quantity("Ticket sales passed 40,000 on Friday.", "40,000").qualifier == "more_than"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a word tagged a noun where a clause's verb stands, with a subject before it that it agrees with
        ("Brewers in Munich age their lager at 2°C.", "age"),
        ("Smiths in Toledo fire their forges at 1,100°C.", "fire"),
    ],
)
def test_a_word_tagged_a_noun_with_a_subject_before_it_is_a_verb(text, verb):
    assert _word(text, verb).pos_ == "VERB"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # after "had" a verb would be a participle
        ("Some 40 patients had type 2 diabetes.", "type"),
        # a determiner makes it a noun, and "it fight" would not agree ("make it a fight")
        ("They chose to make it a fight.", "fight"),
    ],
)
def test_a_noun_with_a_subject_is_left_alone_when_it_cannot_be_a_verb(text, noun):
    assert _word(text, noun).pos_ == "NOUN"


def test_the_mended_verbs_object_is_what_its_measure_measures():
    assert quantity("Brewers in Munich age their lager at 2°C.", "2").subject == "lager"
