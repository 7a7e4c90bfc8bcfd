"""What a number counts or measures: the rules that read it from the writing
("a 27-nation bloc", "aged 10", "£60bn in sales", "$80 a barrel") and from the
parse (subject_parse.py), and the subject a later value shares with an earlier
one ("24% of revenue, against 29% a year ago")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .currencies import currency_names_pattern, currency_words
from .measures import is_money, names_unit, noun_like, temperature_named_before
from .mentions import Mention
from .pipeline import text_of
from .subject_cues import counted_by_number, subject_from_cues
from .subject_headlines import headline_changed, headline_sum_noun
from .subject_parse import (
    _AGENT_NOUNS,
    _CHANGE_NOUNS,
    _CHANGE_VERBS,
    _CONTAINER_NOUNS,
    _COST_VERBS,
    _MEASURE_UNITS,
    _NOT_PURPOSES,
    _PER_HEAD,
    _PLURAL_SCALES,
    COUNTED_CONTAINERS,
    PERIOD_NOUNS,
    QUOTED_VERBS,
    THROUGH_NMOD,
    _common_noun,
    _from_clause,
    _from_verb,
    _is_scale_token,
    _named_in_lower_case,
    _noun_after,
    _noun_right_after,
    _nounish,
    _object_of_nominal_verb,
    _of_owner,
    _phrase,
    _pobj,
    _prep_object,
    _purpose_object,
    _what_changed,
    amount_root,
    bounded_object,
    relative_antecedent,
)
from .subject_sums import (
    BE_VERBS,
    RATE_NOMINALS,
    SUM_NOUNS,
    amount_head,
    changed_aside,
    noun_before_costing,
    pay_of,
    standing_noun,
    sum_given_as,
    sum_it_is,
)
from .subject_sums import (
    PLACE_NOUNS as _PLACE_NOUNS,
)


def tokens_at(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")




def subject_of(doc: Doc, m: Mention) -> str:
    span = tokens_at(doc, m.ext_start, m.ext_end)
    if span is None:
        return ""
    before = text_of(doc)[max(0, m.ext_start - 60) : m.ext_start]
    if _MARGIN_OF_ERROR_RE.search(before):
        return "margin of error"  # "a margin of error of plus or minus three percentage points"
    if m.unit == "%" and _TAXED_AT_RE.search(before):
        return "tax rate"  # "winnings are taxed at 28 percent"
    if is_money(m.unit) and (each := _worked_out_per(doc, m, before)):
        return f"cost per {each}"  # "which works out at about $1.9 million per fixture"
    if is_money(m.unit) and _EX_WORKS_RE.match(text_of(doc), m.ext_end):
        return "price"  # "costs ₹92,100 ex-showroom": a price quoted at the seller's door
    if m.unit is None and _MAGNITUDE_RE.search(before):
        return "magnitude"  # "measured the quake at magnitude 5.8", "a magnitude 6.1 earthquake"
    if (level := _NAMED_LEVEL_RE.search(before)) is not None and not _counts_a_noun(span) \
            and not _FROM_A_HIGH_RE.search(before, 0, level.end(1)) \
            and (named := _level_named(doc, m.ext_start - len(before) + level.start(1))):
        return named  # "the national record of 21.49", "the legal maximum of 10,000 UTA": the level the number is
    if (m.unit is None or is_money(m.unit) and not _PER_UNIT_AFTER_RE.match(text_of(doc), m.ext_end)) \
            and _AT_AN_AVERAGE_RE.search(before) and not _counts_a_noun(span):
        return "average"
    if (level := _CAPACITY_RE.search(before)) is not None \
            and (named := _level_named(doc, m.ext_start - len(before) + level.start(1))):
        return named  # "a capacity of 12 million TEUs", "a rated output of 14 MW": the capacity, whatever it counts
    if is_money(m.unit) and m.unit not in ("USD", "cents") and (rate := _EXCHANGE_RATE_RE.match(text_of(doc), m.ext_end)) \
            and "dollar" in rate.group().lower() and not text_of(doc).startswith(" of", rate.end()):
        return "exchange rate"  # "the naira weakened to ₦1,520 per dollar"
    if m.unit is None and (befell := _BEFELL_AFTER_RE.match(text_of(doc), m.ext_end)):
        return befell.group(1).lower()  # "Bus crash: 14 killed, 30 injured": a headline's count of what befell people
    subject = _what_is_expected(span, _subject_of(doc, m, span) or _between_owner(span))
    if changed := headline_changed(doc, m, span, subject):
        return changed  # "Wheat harvest down 12%": what a headline says changed, however it was parsed
    if (named := headline_sum_noun(doc, m)) and subject.lower().split()[-1:] != named.lower().split()[-1:]:
        return named  # "Cricket board posts Rs. 2.4bn surplus": what the sum is, however "posts" was parsed
    if m.unit is None and subject == "people" and (casualties := _casualties(span)):
        return casualties  # "38 people were killed": the people killed
    if m.unit is None and subject.lower() in _SUPPLIES:
        subject = _what_befell(span, _verb_above(span.root, 3)) or subject  # "12,000 were still without power"
    if subject.lower() in _SEASONS or subject.lower() in lx.SHARE_UNIT_NAMES or (
            subject.split()[-1:] and subject.split()[-1].lower() in _SEASONS and subject.split()[0].lower() in _WHEN_WORDS):
        # "the 410 cancelled the winter before": a season dates a count, it is never what is counted; nor is a
        # share's own unit what it is a share of
        return ""
    if is_money(m.unit) and subject in ("payment", "earnings") and _HOURLY_RE.match(text_of(doc), m.ext_end):
        return "pay"  # "pays $22 an hour": a wage
    if is_money(m.unit) and subject.split()[-1:] in (["deal"], ["contract"]) and _WEEKLY_RE.match(text_of(doc), m.ext_end):
        return "wages"  # "a contract worth £6,500 a week": a player's wages
    if is_money(m.unit) and subject in ("", "payment", "price") and _PER_SHARE_RE.match(text_of(doc), m.ext_end) \
            and _PAID_BEFORE_RE.search(text_of(doc)[max(0, m.ext_start - 40) : m.ext_start]):
        return "dividend"  # "having paid 41c a share": a sum paid on each share (not "priced at 41c a share")
    if is_money(m.unit) and subject in ("", "price") and _PER_SHARE_RE.match(text_of(doc), m.ext_end) \
            and _EXPECTED_BEFORE_RE.search(text_of(doc), max(0, m.ext_start - 60), m.ext_start):
        return "earnings"  # "analysts had expected $1.71 a share": the earnings they expected, not a price
    if is_money(m.unit) and _FINED_BEFORE_RE.search(text_of(doc), max(0, m.ext_start - 60), m.ext_start) \
            and subject.split()[-1:] not in (["fine"], ["fines"], ["penalty"], ["penalties"]):
        return "fine"  # "Regulator fines bank £40m": a headline's verb the parser took for a noun
    if is_money(m.unit) and subject == "funding" and _raised_as_revenue(span):
        return "revenue"  # "the levy raised R2.4 billion", "plans to raise KSh 90 billion through new taxes"
    if is_money(m.unit) and subject == "funding" and (sold := _raised_through(span)):
        return sold  # "raised about $2.9 billion from share sales", "hopes to raise $4m in a funding round"
    if is_money(m.unit) and subject == "payment" and _ordered_to_pay(span):
        return "award"  # "the tribunal ordered the landlord to pay £41,000 to the tenants": what it awarded them
    if is_money(m.unit) and _valued_at(span):
        return "value"  # "the deal values the company at $3.1 billion", "valuing it at £2.3bn"
    if is_money(m.unit) and (moved := _moved_out(span)):
        return moved  # "drew £9m from its reserves", "withheld $4m from the library": never who moved it
    if m.unit is None and (harm := _harm_done(span)):
        return harm  # "killing at least 14 people": deaths, as "killed 14" already is
    if gapped := _gapped_noun(doc, span) or _list_item_before(doc, span):
        return gapped
    if is_money(m.unit) and not subject and (held := _HELD_AS_RE.match(text_of(doc), m.ext_end)):
        return held.group(1)  # "seized €42,000 in cash": with nothing else named, the cash itself
    if subject.lower() in _POINT_UNITS:
        subject = _moved_by_points(span) or subject
    if subject.lower() in ("seconds", "second", "minutes", "minute") and (timed := _race_time(doc, m)):
        subject = timed  # "won the final in 49.71 seconds", "2.3 seconds clear of the field": a time, a margin
    if m.unit is None and (_PLACED_IN_RE.search(before) or not subject and _TIME_BEFORE_RE.search(before)) \
            and _RACE_TIME_RE.fullmatch(text_of(doc)[m.ext_start:m.ext_end]):
        subject = "time"  # "with Park second in 53.40", "Ortiz, who ran 10.04": the time a placing was run in
    if subject == "times" and _MULTIPLE_RE.match(text_of(doc), m.ext_end):
        subject = _multiplied(span) or subject
    subject = _measured_stuff(span, subject) if is_money(m.unit) else _measured_by_clause(span, subject)
    if m.unit in _DEPTH_UNIT_CODES and subject in ("", "receipts"):
        subject = _what_fell(span)  # "Meenambakkam recorded 17.4 cm, Ennore received 23 cm" after the rain came
    if not subject and is_money(m.unit):
        subject = _funds_moved(span)
    if subject.lower() in _CONTAINER_UNITS:
        subject = _sized_by_containers(span)
    if not subject and m.unit == "%":
        subject = _change_of_a_part(doc, m)
    if m.unit == "%" and subject.split()[-1:] and subject.split()[-1].lower() in _WHOLES:
        subject = _share_of_a_whole(span) or subject
    return subject or _last_resort_by_writing(doc, m)


_EX_WORKS_RE = re.compile(r"\s+ex-(?:showroom|works|factory|mill|farm|warehouse|gate|depot)\b", re.IGNORECASE)


# Wholes a percentage is a share of, never what it measures: "3% of GDP", "45 per cent of the total"
_WHOLES = {"gdp", "gsdp", "gnp", "gni", "product", "total", "economy"}
_SHARE_VERBS = set(lx.verb_forms("account", "make made made makes making", "represent", "comprise", "constitute",
                                 "consume"))
_SHARE_PREPS = {"to", "below", "above", "at", "from", "for", "under", "over"}
_ADD_VERBS = set(lx.verb_forms("add added added adds adding"))


def _share_of_a_whole(span: Span) -> str:
    """ "a surplus of 0.3% of GDP", "public debt would fall below 90% of GDP", "its three largest customers
    accounting for 45 per cent of the total", "Revenue from North America, which accounts for 61 per cent of
    the total": what a share of a whole is the share of, by the noun it is "of", else the verb's object or
    subject. (The whole itself, "GDP" or "the total", is what the share is measured against.)"""
    unit = amount_root(span.root)
    if unit.dep_ == "pobj" and unit.head.lower_ == "of":
        owner = unit.head.head
        return _phrase(owner) if owner.pos_ == "NOUN" and _common_noun(owner) \
            and owner.lower_ not in _CONTAINER_NOUNS | _WHOLES else ""
    if unit.dep_ == "pobj" and unit.head.lower_ in _SHARE_PREPS:
        verb = unit.head.head
    elif unit.dep_ in ("dobj", "attr"):
        verb = unit.head
    else:
        return ""
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    if verb.lower_ in _ADD_VERBS:  # "could add 0.1 percent of GDP to the deficit": what it is added to
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        thing = _pobj(to) if to is not None else None
        return _phrase(thing) if thing is not None and thing.pos_ == "NOUN" and _common_noun(thing) else ""
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i < unit.i), None)
    if thing is None or verb.lower_ in _SHARE_VERBS:
        thing = _named_doer(verb)
    if thing is not None and (noun := relative_antecedent(thing, verb)) is not None:
        thing = noun  # "Revenue from North America, which accounts for ..."
        if thing.pos_ == "PROPN" and thing.dep_ == "pobj" and thing.head.head.pos_ == "NOUN":
            thing = thing.head.head
    if thing is None or thing.ent_type_ == "PERSON" or not _common_noun(thing) \
            or thing.lower_ in _NO_CLAUSE_SUBJECTS | _CONTAINER_NOUNS | _WHOLES:
        return ""
    return _phrase(thing)


def _change_of_a_part(doc: Doc, m: Mention) -> str:
    """"Prices fell in four regions, led by Northfield (-2.3%)": a change in brackets after a name is the
    change the sentence reports, in that part; named by what the sentence says changed."""
    text = text_of(doc)
    opened = _BRACKETED_CHANGE_RE.search(text, max(0, m.ext_start - 12), m.ext_start)
    if opened is None:
        return ""
    span = doc.char_span(opened.start(), opened.start() + 1, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].pos_ != "PROPN":
        return ""
    root = span.sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lower_ not in _CHANGE_VERBS or subj is None or not _common_noun(subj) or subj.i > span.start:
        return ""
    return _phrase(subj)


_BRACKETED_CHANGE_RE = re.compile(r"\(\s*(?:(?:up|down)\s+)?$", re.IGNORECASE)


def _priced_thing(node: Token) -> Token | None:
    """The price a sum is, when a price is the subject of the verb the sum is the level of ("fares rise to
    $3.40 for adults", "prices start at $999 for the base model")."""
    if node.dep_ != "pobj" or node.head.lower_ not in ("at", "to", "from"):
        return None
    verb = node.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "prices start at $999 ... and rise to $1,299": the first verb's subject
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _PRICE_NOUNS and c.i < node.i), None)


_PRICE_NOUNS = {"price", "prices", "fare", "fares", "rent", "rents", "tariff", "tariffs", "fee", "fees", "premium",
                "premiums", "toll", "tolls"}


def _sized_by_containers(span: Span) -> str:
    """"handled 41.2 million TEUs": a port's count of containers, not of its unit; "ships of 18,000 teu": the
    ships' size."""
    unit = amount_root(span.root)
    while unit.dep_ in ("compound", "amod") and unit.head.i > unit.i and unit.head.lower_ in _CONTAINER_UNIT_WORDS:
        unit = unit.head  # "twenty-foot equivalent units"
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.pos_ == "NOUN":
        return _phrase(unit.head.head)
    return "containers"


# The twenty-foot equivalent unit, however written, counts containers
_CONTAINER_UNIT_WORDS = {"teu", "teus", "twenty", "foot", "twenty-foot", "equivalent", "unit", "units"}
_CONTAINER_UNITS = {"teu", "teus", "twenty-foot", "equivalent units", "twenty-foot equivalent units"}


# A sum that is the subject of a verb that makes money available or says where it goes or comes from:
# "a further £8m would be made available", "$1.3-million would go to food banks", "$600,000 would come from
# a state grant", "may be needed", "would pay for 90 beds": the funding, or the grant it comes from
_FUNDS_MOVED = {form: word for verbs, word in (
    (("provide", "need", "allocate", "release", "commit", "earmark"), ""), (("make made made makes making",), "available"),
    (("go went gone goes going",), "to"), (("pay paid paid pays paying",), "for"), (("come came come comes coming",), "from"),
    (("set set set sets setting",), "aside")) for form in lx.verb_forms(*verbs)}
_EXPECTING = set(lx.verb_forms("expect", "set set set sets setting")) | {"due", "likely"}
_RELEASING = set(lx.verb_forms("release"))
_FUND_SOURCES = {"grant", "grants", "loan", "loans", "fund", "funds", "levy", "bond", "bonds", "reserves", "budget",
                 "surplus", "subsidy", "subsidies", "allocation", "donation", "donations"}


def _funds_moved(span: Span) -> str:
    """The funding a sum is, when the verb it is the subject of moves money (above), or the funds a verb
    releases, else ''."""
    node = amount_root(span.root, THROUGH_NMOD)
    if node.dep_ == "dobj" and node.head.lower_ in _RELEASING:
        return "funds"  # "the Treasury had released Sh6.2 billion to the fund"
    if node.dep_ not in ("nsubj", "nsubjpass") or node.head.pos_ not in ("VERB", "AUX"):
        return ""
    verb = node.head
    # "is expected to come from": the verb that says it
    verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb) \
        if verb.lower_ in _EXPECTING else verb
    if verb.lower_ not in _FUNDS_MOVED:
        return ""
    word = _FUNDS_MOVED[verb.lower_]
    if not word:
        return "funding"
    joined = [c for c in verb.children if c.lower_ == word and c.dep_ in ("prep", "acomp", "prt", "advmod", "oprd")]
    if not joined:
        return ""
    source = _pobj(joined[0]) if word == "from" else None
    return _phrase(source) if source is not None and source.lower_ in _FUND_SOURCES else "funding"


# Verbs that move a sum out of where it was: "withheld $4m from the library", "drew £9m from its reserves",
# "takes £3m out of the town economy", "had handed over £120,000"
_MOVING_OUT = set(lx.verb_forms(
    "withhold withheld withheld withholds withholding", "divert", "shift", "move", "redirect", "siphon", "hand",
    "transfer transferred transferred transfers transferring", "draw drew drawn draws drawing",
    "take took taken takes taking", "withdraw withdrew withdrawn withdraws withdrawing"))
_HANDED = set(lx.verb_forms("hand"))
# Where money is kept, which names the money taken out of it ("from its reserves"); from anywhere else
# (a body, a person, its accounts), the sum is just money
_HOLDINGS = {"budget", "budgets", "reserve", "reserves", "fund", "funds", "economy", "coffers", "treasury", "kitty",
             "pot", "savings"}


def _moved_out(span: Span) -> str:
    """What a sum moved out of somewhere is: the holding it came from, or money; '' when no verb moves it."""
    node = amount_root(span.root, THROUGH_NMOD)
    if node.dep_ != "dobj" or node.head.lower_ not in _MOVING_OUT:
        return ""
    verb = node.head
    source = next((_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if source is None:  # "out of the local economy": the parser hangs "of" on "out"
        out = next((c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")), None)
        source = next((_pobj(c) for c in out.children if c.lower_ == "of"), None) if out is not None else None
    if source is None:
        handed = verb.lower_ in _HANDED and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "over"
        return "money" if handed else ""
    return _phrase(source) if source.lower_ in _HOLDINGS else "money"


# What killing or injuring people counts (lexicon.VERB_NOMINALS names the same for a bare number: "killed 14")
_HARMS = {form: nominal for form, nominal in lx.VERB_NOMINALS.items() if nominal in ("deaths", "injuries")}


def _harm_done(span: Span) -> str:
    """ "The landslide killed 23 people": the deaths; "injured 40 people": the injuries. Only people so called:
    "injured 40 workers" counts the workers."""
    noun = amount_root(span.root)  # (climbs from the number to the noun it counts)
    if noun.lower_ not in ("people", "persons") or noun.dep_ != "dobj":
        return ""
    return _HARMS.get(noun.head.lower_, "")


def _gapped_noun(doc: Doc, span: Span) -> str:
    """ "..., sorghum 1.1 million tonnes and millet 600,000 tonnes", "cars pay Sh150, matatus Sh200": a noun right
    before the value, after a comma or "and", heads a clause whose verb is left out; it is what the value counts."""
    if span.start < 2:
        return ""
    noun = doc[span.start - 1]
    # (a number hung on the noun from before the joining word is the last item's: "cost €35 and student tickets €15")
    if not noun.is_lower or noun.lower_ in _MEASURE_UNITS or names_unit(noun.text) or noun.lower_ in lx.TIME_UNITS \
            or any(c.like_num and not _before_the_joint(c, noun) and c.i not in range(span.start, span.end)
                   for c in noun.children):
        return ""
    # (where the verb is left out, the tagger often takes the noun for it: "vans Sh180", "maize 400,000 tonnes";
    # such a "verb" is taken for the noun only when the value before it has the same unit: a list)
    if noun.pos_ != "NOUN" and not (noun.tag_ in ("VBZ", "VBP") and noun.lower_ not in _NUMBER_TAKING_VERBS
                                    and _same_unit_before(doc, span, noun)):
        return ""
    first = noun
    while first.i > 0 and doc[first.i - 1].head.i == noun.i and doc[first.i - 1].dep_ in ("amod", "compound"):
        first = doc[first.i - 1]
    before = doc[first.i - 1] if first.i > 0 else None
    if before is None or not (before.text == "," or before.lower_ == "and"):
        return ""
    joined = noun
    while joined.dep_ == "conj" and joined.head.i != joined.i:
        joined = joined.head
    # ("owes suppliers and contractors Sh6.8 billion": a noun joined to the verb's object is an object too)
    # (but "matatus Sh200 and heavy trucks Sh400": joined to a value, the noun heads a clause of its own)
    joined_to_object = joined.i != noun.i and joined.dep_ in ("dobj", "dative", "pobj", "nsubj", "appos") \
        and not any(ch.isdigit() for ch in joined.text)
    return "" if joined_to_object else _phrase(noun)


def _before_the_joint(number: Token, noun: Token) -> bool:
    """Whether a number the parser hung on a later noun stands before an "and" or a comma that opens the noun's
    phrase: it ends the item before ("Adult tickets cost €35 and student tickets €15")."""
    return number.i < noun.i and any(t.lower_ in ("and", ",") for t in number.doc[number.i + 1 : noun.i])


def _list_item_before(doc: Doc, span: Span) -> str:
    """ "Adult tickets cost €35 and student tickets €15": the parser hung the first sum on the next item's noun,
    which has a value of its own; the first sum is the verb's, what the verb's subject costs or pays."""
    root = span.root
    noun = root.head
    if root.dep_ != "nummod" or noun.i <= span.end or not _before_the_joint(root, noun) or noun.pos_ != "NOUN" \
            or noun.dep_ not in ("dobj", "npadvmod", "attr") or noun.head.pos_ not in ("VERB", "AUX"):
        return ""
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or not (after.like_num or after.tag_ == "$"):
        return ""
    return _from_verb(doc, noun.head, noun, role=noun.dep_, depth=0)


# Verbs whose object may be a bare value: "and takes 20 months", "and costs $5m" are no noun and its value
_NUMBER_TAKING_VERBS = set(lx.VERB_NOMINALS) | lx.MORE_THAN_VERBS | set(lx.verb_forms(
    "take took taken takes taking", "cost cost cost costs costing", "last", "weigh", "measure", "hold held held holds holding",
    "carry carried carried carries carrying", "need", "reach", "total", "add", "gain", "score", "win won won wins winning",
    "lose lost lost loses losing", "hit hit hit hits hitting", "stand stood stood stands standing", "rise rose risen rises rising",
    "fall fell fallen falls falling", "grow grew grown grows growing", "drop dropped dropped drops dropping", "climb",
    "jump jumped jumped jumps jumping", "slip slipped slipped slips slipping", "average", "number", "employ", "sell sold sold sells selling",
    "buy bought bought buys buying", "make made made makes making", "get got got gets getting", "see saw seen sees seeing",
    "seat", "serve", "house", "fetch", "earn", "cover", "run ran run runs running", "have had had has having",
    "do did done does doing", "be was been is being")) | {"are", "were", "am"}


def _same_unit_before(doc: Doc, span: Span, noun: Token) -> bool:
    """Whether the last value before ``noun`` in its sentence is written with the same unit or currency as this
    one ("$9, minibuses $6", "Sh300, vans Sh180", "2.3 million tonnes and maize 400,000 tonnes")."""
    values = [t for t in doc[noun.sent.start : noun.i] if t.like_num or any(ch.isdigit() for ch in t.text)]
    if not values:
        return False

    def marks(first: Token, last: Token) -> set[str]:
        around = [doc[i] for i in (first.i - 1, last.i + 1) if 0 <= i < len(doc)]
        return {t.lower_ for t in around if not t.like_num and not t.is_punct and t.i != noun.i}

    here = [t for t in span if t.like_num or any(ch.isdigit() for ch in t.text)]
    if not here:
        return False
    glued = values[-1].text[:2].isalpha() and values[-1].text[:2] == here[0].text[:2]  # "Sh300", "Sh180"
    return glued or bool(marks(values[-1], values[-1]) & marks(here[0], here[-1]))


_VALUING = set(lx.verb_forms("value"))
_ORDERING = set(lx.verb_forms("order"))


_RAISING = set(lx.verb_forms("raise"))
# What raises money as revenue, not as funds given: a charge on something, or the state that levies it
_REVENUE_SOURCES = {"levy", "levies", "tax", "taxes", "charge", "charges", "duty", "duties", "toll", "tolls", "tariff",
                    "tariffs", "surcharge", "government", "treasury", "state", "exchequer"}


def _raised_as_revenue(span: Span) -> bool:
    """A sum a levy, a tax or the state raises is revenue: "the levy raised R2.4 billion", "the government would
    need to raise GH¢9 billion", "raise KSh 90 billion through new taxes"."""
    verb = amount_head(span.root)
    if verb is None or verb.lower_ not in _RAISING:
        return False
    raiser, node = None, verb
    while raiser is None and node is not None:
        raiser = next((c for c in node.children if c.dep_ == "nsubj"), None)
        node = node.head if node.dep_ in ("xcomp", "conj") and node.head.i != node.i else None
    means = [_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("through", "from", "via")]
    return any(t is not None and t.lower_ in _REVENUE_SOURCES for t in [raiser, *means])


# What money is raised by selling, named as the sale: "from share sales", "in an initial public offering"
_SALES_RAISING = {"sale", "sales", "offering", "offerings", "listing", "listings", "ipo", "round", "rounds", "bond",
                  "bonds", "placement", "placing", "auction", "auctions", "issue", "premiums", "rights"}


def _raised_through(span: Span) -> str:
    """The sale a sum is raised in or from, else ''."""
    verb = amount_head(span.root)
    if verb is None or verb.lower_ not in _RAISING:
        return ""
    for prep in verb.children:
        obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "through", "via") else None
        if obj is None:
            continue
        if obj.lower_ in _SALES_RAISING:  # ("funding round": the tagger may make "round" an adverb)
            return _phrase(obj)
        after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
        if after is not None and after.lower_ in _SALES_RAISING and obj.tag_ == "NN" and after.dep_ != "pobj":
            return f"{obj.text} {after.text}"  # "in a funding round next spring": the parser split the noun
    return ""


# A level named before the number it is: "the December record of $5.40", "a minimum of Rs 250" (not "an
# average of 19 days", which names the days)
_CURRENCY_BEFORE = r"(?:[$£€₹¥₦]|[A-Z]{1,3}\$|Rs\.?\s?|RM|KSh\s?|Sh\s?)?$"  # a sum's sign, when it stands before the mention
_NAMED_LEVEL_RE = re.compile(r"\b(record|target|ceiling|cap|limit|threshold|benchmark|maximum|minimum|norm|goal|peak)\s+of\s+"
                             r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|up\s+to\s+|at\s+least\s+|just\s+|only\s+)?"
                             + _CURRENCY_BEFORE)

# A figure kept "at an average of" beside a count is that count's average: "48 wickets came at an average of 22.7",
# "paid out on 930 claims at an average of £2,310 each" (but "sold at an average of $3.40 a kilo" is a price)
_AT_AN_AVERAGE_RE = re.compile(r"\bat\s+an\s+average\s+of\s+" + _CURRENCY_BEFORE)
_PER_UNIT_AFTER_RE = re.compile(r"\s+(?:a|an|per)\s+\w")

# A high or a low something came "from" is that something's level: "loan rates have dropped to 5.3 percent from
# a peak of 8.1 percent" names the rates, as "from a high of" does
_FROM_A_HIGH_RE = re.compile(r"\bfrom\s+(?:a|an|its|the|their|this|that)\s+(?:[\w-]+\s+)?(?:peak|record|high|low)$")

# What a plant, a port or a line can do, named before the amount: it is the capacity, not the things counted
_CAPACITY_RE = re.compile(r"\b(capacity|capacities|output|throughput|bandwidth)\s+of\s+(?:about\s+|around\s+|nearly\s+|"
                          r"almost\s+|roughly\s+|some\s+|up\s+to\s+|at\s+least\s+|more\s+than\s+|over\s+|just\s+)?$")


def _counts_a_noun(span: Span) -> bool:
    """ "its target of 41,000 new homes": the number names what it counts."""
    root = span.root
    return root.dep_ in ("nummod", "quantmod") and root.head.i >= span.end and root.head.pos_ == "NOUN"


def _level_named(doc: Doc, start: int) -> str:
    """The noun phrase of the level word at character ``start`` ("the national record")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return _phrase(span.root) if span is not None and span.root.pos_ == "NOUN" else ""


def _ordered_to_pay(span: Span) -> bool:
    """A sum a court or a tribunal orders someone to pay to people: "ordered the landlord to pay £41,000 to
    the tenants" (not to a department, and not with nobody paid: a fine or a penalty, maybe)."""
    verb = amount_head(span.root)
    if verb is None or verb.lower_ not in ("pay", "paid") or verb.dep_ not in ("xcomp", "ccomp") \
            or verb.head.lower_ not in _ORDERING:
        return False
    # ("pay tenants £8,000": the people paid taken for a second object)
    paid = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ == "NOUN" and c.i < span.start]
    paid += [_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    return any(t is not None and t.pos_ == "NOUN" and t.lower_ not in lx.ORG_NOUNS for t in paid)


def _valued_at(span: Span) -> bool:
    """A sum that is the "at" of a verb of valuing: what something is valued at."""
    node = span.root
    prep = node.head if node.dep_ == "pobj" else None
    # (active only: "the house was valued at €450,000" is the house's value, named by what is valued)
    return prep is not None and prep.lower_ == "at" and prep.head.lower_ in _VALUING and prep.head.pos_ == "VERB" \
        and any(c.dep_ == "dobj" for c in prep.head.children)


_EXCHANGE_RATE_RE = re.compile(r"\s+(?:per|to\s+the|to\s+one|against\s+the)\s+(?:U\.?S\.?\s+)?"
                               r"(?:dollar|euro|pound|greenback)\b", re.IGNORECASE)


def _last_resort_by_writing(doc: Doc, m: Mention) -> str:
    """What a number the clause names nothing for is by how it is written: "5.61 per dollar" is an exchange
    rate, "minus 40" with no unit is a temperature, and "35% contained" the containment."""
    text = text_of(doc)
    if m.unit is None and _EXCHANGE_RATE_RE.match(text, m.ext_end):
        return "exchange rate"
    if m.unit is None and m.value < 0 and "minus" in text[max(0, m.start - 8):m.end].lower():
        return temperature_named_before(text, m) or "temperature"  # ("wind chills around minus 20": the chills)
    state = _STATE_AFTER_RE.match(text, m.ext_end) if m.unit == "%" else None
    if state:
        return _STATES_REACHED[state.group(1).lower()]  # "the fire was 35% contained": its containment
    if is_money(m.unit) and _EXCHANGE_NOTE_BEFORE_RE.search(text, max(0, m.ext_start - 12), m.ext_start):
        return "exchange rate"  # "($1 = 18.42 rand)": a wire story's note of the rate
    if is_money(m.unit) and m.value == 1 and _EXCHANGE_NOTE_AFTER_RE.match(text, m.ext_end) and text[:m.ext_start].rstrip().endswith("("):
        return _ONE_UNIT_OF.get(m.unit, "exchange rate")  # its "$1": one dollar, the unit the rate is of
    return ""


# "The fire was 35% contained", "the stadium is 80 per cent complete": how far a state has been reached
_STATES_REACHED = {"contained": "containment", "complete": "completion", "completed": "completion", "full": "occupancy",
                   "occupied": "occupancy", "vaccinated": "vaccination", "funded": "funding", "built": "construction"}
_STATE_AFTER_RE = re.compile(r"\s+(" + "|".join(_STATES_REACHED) + r")\b(?!\s+(?:of|by|with|for)\b)", re.IGNORECASE)


# "Watchdog fines water firm $2.3 million", "fined the two lines €4m": who is fined, then the sum
_FINED_BEFORE_RE = re.compile(r"\b(?:fines|fined)\s+(?:(?!(?:for|to|after|over|by|in|on|at|and|or|but|pay|paid|plus)\b)[\w'’-]+\s+){0,4}"
                              r"(?:[A-Z]{1,3})?[$£€¥₹]?\s*$")


_NO_CLAUSE_SUBJECTS = _AGENT_NOUNS | {"points", "point", "percent", "%", "station"}


def _verb_taken_for_noun(t: Token) -> bool:
    """ "Jobless rate climbs to 6.1%": a headline's verb of change the parser took for a noun, with the
    subject it kept."""
    return t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lower_ in _CHANGE_VERBS | _GO_VERBS \
        and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)


def _verb_above(node: Token, steps: int, also: Callable[[Token], bool] | None = None) -> Token:
    """The first verb at or above ``node`` within ``steps`` steps up the parse (or a word ``also``
    accepts as one), else the token where the walk stopped."""
    verb = node
    for _ in range(steps):
        if verb.pos_ in ("VERB", "AUX") or (also is not None and also(verb)) or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def clause_subject(doc: Doc, m: Mention, others: list[Mention] = ()) -> str:
    """The last resort, once no rule and no other number in the sentence has named a number: the
    subject of the verb it hangs on ("Vandalism has cost the scheme roughly $72,000"), else what
    that verb makes of an amount ("which was valued at $2.3 million": a value)."""
    span = tokens_at(doc, m.ext_start, m.ext_end)
    if span is None:
        return ""
    return _subject_of_clause(doc, m, span, others) or _made_by_verb(m, span) or _closed_at(span) \
        or (_paid_to_a_count(span) or _passive_nominal(span) if is_money(m.unit) else "") or _of_phrase_beside(span)


def _passive_nominal(span: Span) -> str:
    """ "£1.4bn had been invested in mental health services", "$12m was raised at the gala": a sum that is the
    subject of a passive verb of money is what that verb names it (an investment, funding)."""
    node = amount_root(span.root)
    verb = node.head if node.dep_ == "nsubjpass" else None
    return lx.VERB_NOMINALS.get(verb.lower_, "") if verb is not None and verb.tag_ == "VBN" else ""


def _paid_to_a_count(span: Span) -> str:
    """ "refunded $4.1 million to 12,000 customers": the parser read the sum and the count as one range ("$4.1
    million to 12,000"), so the sum hangs on the count; the verb the customers are the object of names it."""
    node = span.root
    while node.dep_ == "quantmod" and node.head.i > node.i and not node.head.like_num:
        node = node.head
    count = node.head if node.dep_ == "quantmod" and node.head.like_num else None
    if count is None or not any(t.lower_ == "to" for t in span.doc[node.i + 1:count.i]):
        return ""
    thing = count.head if count.dep_ == "nummod" else None
    verb = thing.head if thing is not None and thing.dep_ in ("dobj", "pobj") else None
    if verb is not None and verb.pos_ == "ADP":
        verb = verb.head
    return lx.VERB_NOMINALS.get(verb.lower_, "") if verb is not None and verb.pos_ == "VERB" else ""


_COSTING = set(lx.verb_forms("cost cost cost costs costing"))


def _what_costs(node: Token) -> str:
    """ "Gravel would cost as much as $31 per tonne delivered", "short hops now cost ₹3.1 per km": a sum so much
    of a good or a distance costs is what the verb's subject costs, not a price of the unit."""
    # ("cost as much as $31": the amount hangs on "much")
    verb = amount_head(node) or next((a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), None)
    doer = _named_doer(verb) if verb is not None and verb.lower_ in _COSTING else None
    return _phrase(doer) if doer is not None and _common_noun(doer) and doer.lower_ not in lx.RELATIVE_PRONOUNS else ""


# Words that frame an amount rather than name what it is: "to the tune of", "a total of", "in the region of"
_FRAME_NOUNS = _CONTAINER_NOUNS | {"tune", "region", "order", "excess", "upwards", "amount", "range", "value"}


def _of_phrase_beside(span: Span) -> str:
    """When the parse hangs an amount where nothing names it, the words around it still may: "Harbour Rail made an
    underlying profit of $64 million last financial year" (the parser made the amount a count of years), "62 per
    cent of Quebecers support keeping the rule" (it made "Quebecers support" one noun). The noun an "of" just
    before the amount belongs to, else the plural just after an "of" that follows it."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].dep_ in ("advmod", "quantmod") and doc[i].pos_ in ("ADV", "ADP", "ADJ") and doc[i].is_lower:
        i -= 1  # "a profit of about $64 million"
    of = doc[i] if i >= 0 else None
    if of is not None and of.lower_ == "of" and of.head.i < of.i and of.head.pos_ == "NOUN" \
            and of.head.lower_ not in _FRAME_NOUNS and _spanned_noun(of.head) and not names_unit(of.head.lower_):
        return _phrase(of.head)
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return ""
    j = span.end + 1
    while j < len(doc) and doc[j].tag_ == "JJ":
        j += 1  # "48 percent of likely voters support keeping the rule"
    counted = doc[j] if j < len(doc) else None
    if counted is not None and counted.tag_ in ("NNS", "NNPS") and counted.lower_ not in _SPAN_UNITS \
            and not names_unit(counted.lower_):
        return doc[span.end + 1:j + 1].text
    return ""


_MARKET_CLOSING = set(lx.verb_forms("close"))
_CLOSING = _MARKET_CLOSING | set(lx.verb_forms("end ended ended ends ending", "finish", "settle", "open"))


def _closed_at(span: Span) -> str:
    """ "The benchmark TAIEX closed up 88.4 points at 22,310.6": the level an index or a price closed at is the
    index's, named or not."""
    node = amount_root(span.root, THROUGH_NMOD)
    prep = node.head if node.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "at" or prep.head.lower_ not in _CLOSING or prep.head.pos_ != "VERB":
        return ""
    doer = _named_doer(prep.head)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN") or doer.lower_ in lx.RELATIVE_PRONOUNS:
        return ""
    return _doer_name(doer)


def _doer_name(doer: Token) -> str:
    """What a market mover is called: a name whole ("Hang Seng"), a common noun as a phrase ("the benchmark")."""
    return _full_name(doer) if doer.pos_ == "PROPN" else _phrase(doer)


def _full_name(name: Token) -> str:
    """A name with the words the parser hung on it before it: "Straits Times Index", "Hang Seng"."""
    kept = [t for t in name.children if t.dep_ == "compound" and t.i < name.i or t.dep_ == "nummod" and t.i == name.i + 1]
    return " ".join(t.text for t in sorted([name, *kept], key=lambda t: t.i))


def _named_doer(verb: Token) -> Token | None:
    """The verb's subject; of two (the parser may make "The" of "The Nikkei 225 closed" a subject of its own),
    the noun."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return next((c for c in doers if c.pos_ in ("NOUN", "PROPN")), doers[0] if doers else None)


# What a verb makes of an amount hung on it, when the clause names nothing it counts: "(which was) valued
# at $2.3m", "sold for £410,000", "fetched $12.5 million", "charges to 80%", "flowing at 61 cubic metres
# per second". By the verb, the word the amount hangs from ("" for its object), and whether it is money.
_MADE_BY_VERB = {
    **{form: ("at", True, "value") for form in lx.verb_forms("value")},
    **{form: ("for", True, "price") for form in lx.verb_forms("sell sold sold sells selling")},
    **{form: ("", True, "price") for form in lx.verb_forms("fetch")},
    **{form: ("to", False, "charge") for form in lx.verb_forms("charge")},
    **{form: ("at", False, "flow") for form in lx.verb_forms("flow")},
}


def _made_by_verb(m: Mention, span: Span) -> str:
    """What the verb an amount hangs on makes of it (_MADE_BY_VERB), else ''."""
    node = amount_root(span.root, THROUGH_NMOD)
    word = node.head if node.dep_ == "pobj" else None
    verb = word.head if word is not None and word.dep_ == "prep" else node.head if node.dep_ == "dobj" else None
    made = _MADE_BY_VERB.get(verb.lower_) if verb is not None and verb.pos_ == "VERB" else None
    if made is None or made[0] != (word.lower_ if word is not None else ""):
        return ""
    if made[1] != is_money(m.unit) or (made[2] == "charge" and m.unit != "%"):
        return ""
    return made[2]


def _subject_of_clause(doc: Doc, m: Mention, span: Span, others: list[Mention]) -> str:
    verb = _verb_above(span.root, 5, _verb_taken_for_noun)
    if verb.pos_ not in ("VERB", "AUX") and not _verb_taken_for_noun(verb):
        return ""
    # (not "Four of the hikers were found alive; three are still missing": a part of a group the
    # sentence named is of that group)
    text = text_of(doc)
    named_beside = any(o is not m and o.subject and span.sent.start_char <= o.ext_start < m.ext_start
                       and text.startswith(" of ", o.ext_end) for o in others)
    befallen = "" if named_beside else _what_befell(span, verb)
    if befallen and (not is_money(m.unit) or befallen in _MONEY_MOVED):
        return befallen
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is None or not _common_noun(doer) or doer.i > span.start or doer.lower_ in _NO_CLAUSE_SUBJECTS \
            or doer.lower_ in _QUANTITY_UNITS or doer.lower_ in lx.TIME_UNITS or doer.lower_ in lx.EVIDENCE_NOUNS:
        return ""  # (not "the survey found 4 mg/L", "percent rose to 45")
    return _phrase(doer)


def _what_befell(span: Span, verb: Token) -> str:
    """ "23 were arrested", "more than 300 were rescued", "nine are still missing": a bare number that
    is the subject of a passive verb or of "be" and a state counts the people (or things) it befell."""
    root = span.root
    if _cut_off(root) or (root.dep_ == "nsubj" and root.head.i == verb.i and _cut_off(verb)):
        return "customers"  # "about 52,000 remained without electricity", "180,000 without power"
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.i != verb.i or any(
            c.dep_ in ("pobj", "prep") for c in root.children):
        return ""  # (not "14 of the passengers were ...": the sharing passes name those)
    if root.dep_ == "nsubjpass" and verb.tag_ == "VBN" and verb.lower_ in _BEFALLING | _MONEY_MOVED:
        return verb.lower_
    if verb.lower_ in _STATES:
        return verb.lower_  # ("nine were still missing", "missing" parsed as the verb)
    state = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _STATES), None)
    return state.lower_ if verb.lemma_ == "be" and state is not None else ""


_SUPPLIES = {"power", "electricity", "water", "heat", "heating", "gas", "service", "supply", "internet"}


def _cut_off(tok: Token) -> bool:
    """ "without power", "without electricity": a supply a count of customers is left without."""
    if any(c.dep_ == "prep" and c.lower_ == "without" and any(o.dep_ == "pobj" and o.lower_ in _SUPPLIES
                                                              for o in c.children) for c in tok.children):
        return True
    # "9,000 were still in the dark" after a storm cut the power (not "kept staff in the dark about the plan")
    dark = any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ == "dark" for o in c.children)
               and not any(x.lower_ == "about" for x in c.subtree) for c in tok.children)
    return dark and _OUTAGE_RE.search(text_of(tok.doc), max(0, tok.idx - 400), tok.idx) is not None


_OUTAGE_RE = re.compile(r"\b(?:power|electricity|outages?|blackouts?)\b", re.IGNORECASE)


# What a sum "was ..." that names it ("HK$1.1 million was recovered"); a sum that "was expected" or
# "was made available" is not named by the verb
_MONEY_MOVED = {"recovered", "credited", "refunded", "repaid", "seized", "stolen", "embezzled", "misappropriated",
                "laundered", "wasted", "lost", "owed", "saved", "donated"}

# What is done to people that counts them: "14 were injured", "23 were arrested" (not "six had been
# confirmed": a count reported, of something the sentence before named)
_BEFALLING = {"killed", "injured", "hurt", "wounded", "arrested", "detained", "rescued", "evacuated", "hospitalised",
              "hospitalized", "displaced", "charged", "convicted", "jailed", "sentenced", "deported", "evicted",
              "fired", "sacked", "dismissed", "suspended", "infected", "vaccinated", "abducted", "kidnapped",
              "trapped", "stranded", "freed", "released", "drowned", "admitted", "discharged", "treated"}

# States a count of people is in: "nine were missing", "two remain unaccounted for"
_STATES = {"missing", "dead", "injured", "homeless", "unaccounted", "hospitalised", "hospitalized", "unemployed",
           "displaced", "stranded", "trapped", "wounded", "infected", "ill", "sick"}

# "14 killed, 30 injured", "more than 200 rescued as the river burst its banks": a participle that befalls the
# people counted, then nothing it could qualify
_BEFELL_AFTER_RE = re.compile(r"\s+(" + "|".join(sorted(_BEFALLING | _STATES)) + r")(?=\s*[,;:.!?)]|\s*$|\s+(?:in|on|at|as|"
                              r"after|from|by|during|near|when|while|and|amid|following|over|across|since|so)\b)",
                              re.IGNORECASE)
_EXCHANGE_NOTE_BEFORE_RE = re.compile(r"\(\s*(?:US|A|C|NZ|HK|S)?[$€£¥]\s?1\s*=\s*$")
_EXCHANGE_NOTE_AFTER_RE = re.compile(r"\s*=\s*\S{0,4}\s?\d")
_ONE_UNIT_OF = {"USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "AUD": "dollar", "CAD": "dollar",
                "NZD": "dollar", "HKD": "dollar", "SGD": "dollar"}


# "six times more than", "three times the estimate", "1.4 times core earnings": a multiple of something
_MULTIPLE_RE = re.compile(r"\s+times\s+(?:more|less|higher|lower|greater|bigger|larger|faster|as|the|its|their|his|her|"
                          r"that|what|[\w-]+['’]s|(?:[a-z]+\s+)?(?:earnings|revenue|income|ebitda|profit|salary|"
                          r"salaries|pay|wages))\b")


def _multiplied(span: Span) -> str:
    """ "Net debt stood at 1.4 times earnings", "the bill could reach three times the estimate": a multiple
    is the size of what the clause's subject measures; what a verb of costing costs is the cost."""
    verb = _verb_above(span.root, 5)
    if verb.lower_ in _COST_VERBS:
        return "cost"
    if verb.lower_ not in BE_VERBS | _LEVEL_VERBS | _GO_VERBS or verb.lower_ in _RECORDING:
        return ""  # (not "the gauge recorded three times the average": what measured it)
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is None or not _common_noun(doer) or doer.lower_ in _NO_CLAUSE_SUBJECTS:
        return ""  # (not "the station recorded three times the average": who measured it)
    return _phrase(doer)


_RECORDING = set(lx.verb_forms("record"))
_POINT_UNITS = {"points", "point", "percentage points", "basis points"}
_NAMED_ENTS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT"}


def _moved_by_points(span: Span) -> str:
    """ "support fell to 27.4%, down 5.3 points", "the index closed down 412 points": a move in points is
    the move of what the verb's subject measures (not "Ruiz scored 33 points", "Rovers lead by four points")."""
    verb = _verb_above(span.root, 4)
    if verb.lower_ not in _CHANGE_VERBS | _GO_VERBS | QUOTED_VERBS:
        return ""
    doer = _named_doer(verb)
    # (a name that closes so many points up or down is a market index's: "The Straits Times Index closed
    # down 31 points"; not a team that "finished 12 points clear")
    if doer is None or doer.pos_ not in ("NOUN", "PROPN") or (doer.ent_type_ in _NAMED_ENTS and verb.lower_ not in _MARKET_CLOSING) \
            or doer.lower_ in _AGENT_NOUNS or doer.lower_ in _POINT_UNITS or doer.lower_ in ("lead", "gap", "margin"):
        return ""
    return _doer_name(doer)


_PER_SHARE_RE = re.compile(r"\s+(?:a|per)\s+share\b")
_EXPECTED_BEFORE_RE = re.compile(r"\b(?:earn\w*|expect\w*|forecast\w*|estimat\w*|consensus)\b(?:[^.;]|\.(?=\d))*$",
                                  re.IGNORECASE)
_PAID_BEFORE_RE = re.compile(r"\b(?:pa(?:y|ys|id|ying)|declared?|proposed?)\b[^,;.]{0,20}$")
_HELD_AS_RE = re.compile(r"\s+in\s+(cash|cryptocurrency|bitcoin|banknotes|gold|savings|deposits)\b")
_MARGIN_OF_ERROR_RE = re.compile(r"\bmargin\s+of\s+(?:sampling\s+)?error\s+(?:of\s+|is\s+|was\s+)?(?:\(?(?:plus\s+or\s+"
                                 r"minus|plus/minus|\+/-|±)\s*)?(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
# A race's times: what it was won in, by how much, how far behind and how much faster than before
_TIME_WORDS = r"\s+(?:seconds?|secs?|minutes?|mins?)"
_MARGIN_AFTER_RE = re.compile(_TIME_WORDS + r"\s+(?:ahead|clear)\b", re.IGNORECASE)
_GAP_AFTER_RE = re.compile(_TIME_WORDS + r"\s+(?:behind|down|adrift|back|off\s+the\s+pace)\b", re.IGNORECASE)
_TAKEN_OFF_AFTER_RE = re.compile(_TIME_WORDS + r"\s+(?P<off>off)\s+(?!the\s+pace)", re.IGNORECASE)
_LEAD_BEFORE_RE = re.compile(r"\b(?:leads?|led|leading)\b[^.;]{0,60}?\bby\s+(?:just\s+|only\s+|almost\s+|nearly\s+|"
                             r"more\s+than\s+)?$", re.IGNORECASE)
_MARGIN_BEFORE_RE = re.compile(r"\b(?:won|wins|win|winning|beat|beats|beating)\b[^.;]{0,60}?\bby\s+(?:just\s+|only\s+|"
                               r"almost\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
_PERSONAL_BEST_RE = re.compile(r"off\s+(?:his|her|their|its)\s+(?:own\s+)?(?:personal|previous)\s+best\b", re.IGNORECASE)
_TIME_BEFORE_RE = re.compile(r"\b(?:won|wins|win|finished|finishing|touched|touching|clocked|clocking|crossed\s+the\s+line|"
                             r"ran|swam)\b(?:[^.;]{0,40}?\bin|\s+a\s+time\s+of)?\s+$", re.IGNORECASE)


_PLACED_IN_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last)\s+in\s+$", re.IGNORECASE)
_RACE_TIME_RE = re.compile(r"\d{1,3}\.\d{2,3}")


def _race_time(doc: Doc, m: Mention) -> str:
    """What a time in seconds or minutes is in a race, by the words around it; '' when they say nothing."""
    text = text_of(doc)
    if _MARGIN_AFTER_RE.match(text, m.ext_end) or _MARGIN_BEFORE_RE.search(text, max(0, m.ext_start - 80), m.ext_start):
        return "margin"
    if _GAP_AFTER_RE.match(text, m.ext_end):
        return "gap"
    if (off := _TAKEN_OFF_AFTER_RE.match(text, m.ext_end)) is not None:
        # "took 0.6 seconds off her personal best"; "took 34 seconds off the course record": the margin
        return "improvement" if _PERSONAL_BEST_RE.match(text, off.start("off")) else "margin"
    if _LEAD_BEFORE_RE.search(text, max(0, m.ext_start - 80), m.ext_start):
        return "lead"
    if _TIME_BEFORE_RE.search(text, max(0, m.ext_start - 40), m.ext_start):
        return "time"
    return ""


# A sum divided out over what it buys: "comes to roughly €38 per pupil per day"
_WORKS_OUT_RE = re.compile(r"\b(?:works?|worked|working|comes?|came)\s+(?:out\s+)?(?:at|to)\s+(?:about\s+|around\s+|roughly\s+|"
                           r"some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|an\s+average\s+of\s+)?\S*$", re.IGNORECASE)
_EACH_RE = re.compile(r"\s+(?:per|a|an|each|for\s+(?:each|every))\s+([a-z]+)\b(?<!\byear)(?<!\bmonth)(?<!\bweek)(?<!\bday)"
                      r"(?<!\bhour)(?<!\bnight)", re.IGNORECASE)


def _worked_out_per(doc: Doc, m: Mention, before: str) -> str:
    """What a sum is divided out over, when "it", "that" or "which" works out at so much per thing; '' when the
    clause names what works out ("the rent works out to £31 per square foot": the rent)."""
    worked, each = _WORKS_OUT_RE.search(before), _EACH_RE.match(text_of(doc), m.ext_end)
    if worked is None or each is None or each.group(1).lower() in _QUANTITY_UNITS | _MEASURE_UNITS:
        return ""
    verb = doc.char_span(m.ext_start - len(before) + worked.start(), m.ext_start, alignment_mode="expand")
    doer = next((c for c in verb[0].children if c.dep_ == "nsubj"), None) if verb is not None and len(verb) else None
    if doer is not None and doer.pos_ not in ("PRON", "DET"):
        return ""
    return each.group(1).lower()


_MAGNITUDE_RE = re.compile(r"\bmagnitude(?:\s+of)?[\s-]+$", re.IGNORECASE)
_TAXED_AT_RE = re.compile(r"\btaxed\s+at\s+(?:a\s+(?:flat\s+)?rate\s+of\s+)?$")
_WEEKLY_RE = re.compile(r"\s+(?:a|per|each)\s+week\b|/w(?:ee)?k\b")
_HOURLY_RE = re.compile(r"\s+(?:an|per|each|a)\s+hour\b|/h(?:ou)?r\b")


def _measured_stuff(span: Span, subject: str) -> str:
    """"bought 12 acres of farmland for €2.2 million": a sum is never a measure; what it paid for is the
    stuff measured."""
    if not subject or subject.split()[-1].lower() not in _MEASURE_UNITS - lx.TIME_UNITS:
        return subject
    word = subject.split()[-1].lower()
    for t in span.doc[span.sent.start : span.sent.end]:
        if t.lower_ == word:
            stuff = _prep_object(t, ("of",))
            if stuff is not None and stuff.pos_ == "NOUN":
                return _phrase(stuff)
    return subject


# Amounts a reader names by the act that yields them: "the farm harvested 40 tonnes" is its harvest
_ACT_NOUNS = {form: noun for verb, noun in (
    ("harvest", "harvest"), ("seize", "seizures"), ("crush", "crush"), ("export", "exports"), ("import", "imports"),
    ("produce", "production"), ("ship shipped shipped ships shipping", "shipments"), ("consume", "consumption"),
    ("emit emitted emitted emits emitting", "emissions"), ("land landed landed lands landing", "landings"),
    ("procure", "procurement"), ("sell sold sold sells selling", "sales"), ("buy bought bought buys buying", "purchases"),
    ("catch caught caught catches catching", "catch"), ("lose lost lost loses losing", "loss"),
) for form in lx.verb_forms(verb)}
_AREA_UNITS = {"hectares", "acres", "ha"}
_MASS_UNITS = {"tonnes", "tons", "kg", "kilograms", "kilos", "pounds", "grams", "quintals", "ounces", "micrograms"}
_QUANTITY_UNITS = _MEASURE_UNITS - lx.TIME_UNITS - {"times", "point", "points", "percentage", "cubic"} | {"ha", "m"}


def _measured_by_clause(span: Span, subject: str) -> str:
    """"the harvest shrank to 34,000 tonnes", "the farm harvested 40 tonnes", "a bridge rated for 18 tonnes":
    a unit of measure is never what it measures; the clause names the thing, or the act that yields it, or
    else the dimension the unit measures."""
    found = _named_by_clause(span, subject)
    if found and found.split()[-1].lower() in _QUANTITY_UNITS:
        return _dimension_measured(span, found) or found
    return found


def _named_by_clause(span: Span, subject: str) -> str:
    if not subject or subject.split()[-1].lower() not in _QUANTITY_UNITS:
        return subject
    unit = span.root
    if unit.dep_ == "nummod" or unit.head.lower_ == subject.split()[-1].lower():
        unit = unit.head
    stuff = _prep_object(unit, ("of",))
    if stuff is not None and stuff.pos_ == "NOUN" and stuff.lower_ != "equivalent":  # ("barrels of oil equivalent")
        return _phrase(stuff)
    fallen = _what_fell(span) if subject.split()[-1].lower() in _DEPTH_UNITS else ""
    if fallen:
        return fallen
    head = unit.head
    if unit.dep_ == "pobj" and head.dep_ == "prep":
        if head.head.pos_ == "NOUN" and head.lower_ == "of" and subject.split()[-1].lower() not in _AREA_UNITS:
            return _phrase(head.head)  # "an average of 3.1 tonnes", "vessels of under 500 gross tons"
        head = head.head
    elif unit.dep_ not in ("dobj", "npadvmod", "attr"):
        return subject
    if head.pos_ not in ("VERB", "AUX"):
        return subject  # "farmers with three hectares": an area as such
    if subject.split()[-1].lower() not in _MASS_UNITS:
        # "the shed is 2.4 metres", "the river level rose 3 feet": what has the length (not "walked the
        # last 200 metres": a distance as such)
        doer = next((c for c in head.children if c.dep_ == "nsubj" and c.i < unit.i), None)
        if doer is not None and head.lower_ in _LEVEL_VERBS | BE_VERBS and _common_noun(doer) \
                and doer.lower_ not in _AGENT_NOUNS | _QUANTITY_UNITS:
            return _phrase(doer)
        return subject
    if head.lower_ in _ACT_NOUNS and not (head.dep_ == "xcomp" and head.head.pos_ == "ADJ"):
        return _ACT_NOUNS[head.lower_]  # (not "a kiln able to produce 800 tonnes a day": what it can do)
    if head.dep_ in ("acl", "relcl") and head.head.pos_ == "NOUN" and head.head.lower_ not in _QUANTITY_UNITS:
        return _phrase(head.head)  # "the quota, slashed to 3,000 tonnes"
    # "the harvest shrank to 34,000 tonnes": what reached the level (not "the leak released 20 tonnes": its source)
    doer = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < unit.i), None)
    if doer is not None and head.lower_ in _LEVEL_VERBS and _common_noun(doer) \
            and doer.lower_ not in _AGENT_NOUNS | _QUANTITY_UNITS:
        return _phrase(doer)
    return subject


# Verbs of working land, whose area is the farm: "who farms 310 hectares", "milks 90 cows on 60 acres"
_FARMING = set(lx.verb_forms("farm", "own", "till", "milk", "graze", "run ran run runs running", "keep kept kept keeps keeping",
                             "raise", "work"))
# Verbs whose object grows on the area: "grows apples on 14 hectares" measures the apples' land
_GROWING = set(lx.verb_forms("grow grew grown grows growing", "plant", "cultivate"))
_FARMERS = {"farmer", "farmers", "grower", "growers", "smallholder", "smallholders", "household", "households"}
# Going a distance on foot or by road, named by the act: "walk 2 miles", "a drive of 45 kilometres"
_JOURNEYS = lx.verb_forms("walk", "drive drove driven drives driving", "hike", "cycle", "ride rode ridden rides riding",
                          "swim swam swum swims swimming", "commute")
_TRAVELLING = set(lx.verb_forms("travel travelled travelled travels travelling", "fly flew flown flies flying",
                                "ship shipped shipped ships shipping", "sail", "move", "carry", "transport", "haul",
                                "go went gone goes going", "come came come comes coming", "truck", "bus", "cover",
                                "lie lay lain lies lying", "sit sat sat sits sitting"))
# Verbs whose subject has the length: "queues stretched for 12 kilometres", "the trail covers 30 miles"
_SPANNING = set(lx.verb_forms("stretch", "extend", "measure", "span spanned spanned spans spanning", "cover", "run ran run "
                              "runs running", "reach"))
_LENGTH_UNITS = {"miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "m", "feet", "foot", "ft", "yards"}
_SPEED_AFTER_RE = re.compile(r"\s*(?:per|an|a|each)\s+(?:second|hour|minute)\b|\s*/\s*(?:h|hr|s|sec)\b|\s+an?\s+hr\b")


def _within(unit: Token) -> bool:
    """ "within 30 kilometres of the village": a length that says how far from a place, not how much of it."""
    return unit.lower_ in _LENGTH_UNITS and unit.dep_ == "pobj" and unit.head.lower_ == "within"


def _dimension_measured(span: Span, subject: str) -> str:
    """What a value given only by its unit measures, when the clause names no thing: a speed, a flow, the farm
    an area is worked as, the crop grown on it, the walk or the distance a length is. A share or a change
    whose clause spoke of a measured amount ("exported 51,200 tonnes of salmon, 6.1% more") is the act or
    the stuff of that amount."""
    word = subject.split()[-1].lower()
    doc = span.doc
    unit = next((t for t in doc[span.start : min(span.end + 3, span.sent.end)] if t.lower_ == word), None)
    if unit is None:
        unit = next((t for t in reversed(doc[span.sent.start : span.start]) if t.lower_ == word), None)
        if unit is None:
            return ""
        verb = unit.head if unit.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") else None
        act = _ACT_NOUNS.get(verb.lower_) if verb is not None else None
        if act:
            return act
        stuff = _prep_object(unit, ("of",))
        return _phrase(stuff) if stuff is not None and stuff.pos_ == "NOUN" else ""
    after = text_of(doc)[unit.idx + len(unit.text) : unit.idx + len(unit.text) + 16]
    compared = doc[unit.i + 1].lower_ if unit.i + 1 < len(doc) else ""
    if compared in _COMPARED_DIMENSIONS and (word in _MASS_UNITS) == (_COMPARED_DIMENSIONS[compared] == "weight"):
        return _COMPARED_DIMENSIONS[compared]  # "is 12 grams heavier than the last model": by how much it weighs more
    if word in _LENGTH_UNITS | {"cubic"} and _SPEED_AFTER_RE.match(after):
        return "flow" if "cubic" in subject.lower() else "speed"
    head = unit.head
    prep = head.lower_ if unit.dep_ == "pobj" and head.dep_ == "prep" else ""
    holder = head.head if prep else head
    if word in _AREA_UNITS:
        if unit.dep_ == "dobj" and holder.lower_ in _FARMING:
            return "farm"  # "who farms 310 hectares", "owns 12 acres"
        if prep in ("on", "across", "over") and holder.pos_ == "NOUN" and holder.dep_ == "dobj" \
                and holder.head.lower_ in _GROWING:
            return _phrase(holder)  # "grows apples on 14 hectares", the area parsed as the apples'
        if prep in ("on", "across", "over", "under", "below") and holder.pos_ == "VERB":
            grown = next((c for c in holder.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                          and c.lower_ not in _QUANTITY_UNITS), None)
            if grown is not None and holder.lower_ in _GROWING:
                return _phrase(grown)  # "grows apples on 14 hectares", the area parsed as the growing's
            if holder.lower_ in _FARMING | _GROWING:
                return "farm"  # "milks 90 cows on 60 acres"
        if prep in ("on", "with", "of") and holder.lower_ in _FARMERS:
            return "farm"  # "farmers on 25 hectares", "a grower with three hectares"
        return ""
    if word in _LENGTH_UNITS:
        verb = holder if holder.pos_ in ("VERB", "AUX") else None
        if verb is not None and (unit.dep_ in ("dobj", "npadvmod") or prep in ("for", "of")):
            if verb.lower_ in _JOURNEYS:
                return _JOURNEYS[verb.lower_]  # "walk 2 miles": the walk
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if doer is None and verb.dep_ == "conj":
                doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if verb.lower_ in _SPANNING and doer is not None and _common_noun(doer) \
                    and doer.lower_ not in _AGENT_NOUNS | _QUANTITY_UNITS:
                return _phrase(doer)  # "queues stretched for 12 kilometres", "the trip covered 1.9 miles"
            if verb.lower_ in _TRAVELLING:
                if doer is not None and doer.tag_ == "NN" and _common_noun(doer) and doer.lower_ not in _AGENT_NOUNS:
                    return _phrase(doer)  # "the golfer's drive travelled 290 yards"
                return "distance"  # "shipped 9,000 kilometres"
    return ""


# A comparative after a unit names the dimension compared: "40 metres longer", "2kg lighter"
_COMPARED_DIMENSIONS = {"heavier": "weight", "lighter": "weight", "longer": "length", "deeper": "depth",
                        "shallower": "depth", "wider": "width", "narrower": "width", "taller": "height"}
_DEPTH_UNITS = {"mm", "millimetres", "millimeters", "cm", "centimetres", "centimeters", "inches", "inch"}
_DEPTH_UNIT_CODES = {"mm", "cm", "inch"}
_FALLING = {"rain": "rainfall", "rainfall": "rainfall", "rains": "rainfall", "downpour": "rainfall",
            "downpours": "rainfall", "precipitation": "rainfall", "snow": "snow", "snowfall": "snow", "snows": "snow"}


def _what_fell(span: Span) -> str:
    """ "Houston got 11.8 inches of it by noon", "Ennore recorded 23 cm as the rain went on": a depth in a
    sentence about rain or snow is how much fell, named by the word nearest to it."""
    sent = span.sent
    words = [t for t in sent if t.lower_ in _FALLING]
    if not words:
        return _what_fell_before(span)
    nearest = min(words, key=lambda t: abs(t.i - span.start))
    return _FALLING[nearest.lower_]


_FALL_VERBS = set(lx.verb_forms("fall fell fallen falls falling", "record", "receive", "get got got gets getting",
                                "see saw seen sees seeing", "dump", "measure", "drop", "pour"))


def _what_fell_before(span: Span) -> str:
    """ "Heavy rain lashed the city. Ennore received 23 cm.", "11.8 inches fell at the airport": a depth
    that fell, or that a place recorded or received, after the article spoke of rain or snow (not "the
    river rose 30 cm": what has the depth is named)."""
    verb = _verb_above(span.root, 3)
    if verb.lower_ not in _FALL_VERBS:
        return ""
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is not None and doer.i not in range(span.start, span.end) and doer.pos_ != "PROPN" \
            and doer.lower_ not in _DEPTH_UNITS:
        return ""
    doc = span.doc
    earlier = next((t for t in reversed(doc[max(0, span.start - 200):span.start]) if t.lower_ in _FALLING), None)
    return _FALLING[earlier.lower_] if earlier is not None else ""


# Verbs whose subject is what reached or holds a level: "the harvest shrank to", "the pier was rated for"
_LEVEL_VERBS = _CHANGE_VERBS | set(lx.verb_forms(
    "hit hit hit hits hitting", "reach", "cross", "record", "top topped topped tops topping", "pass", "exceed", "surpass",
    "total totalled totalled totals totalling", "shrink shrank shrunk shrinks shrinking", "slash", "remove",
    "stand stood stood stands standing", "rate", "design", "cap capped capped caps capping", "limit"))


def _between_owner(span: Span) -> str:
    """"revenue between 21 billion and 24 billion crowns": the noun a range given by "between" hangs on."""
    node = span.root
    if node.dep_ == "conj" and node.head.dep_ == "pobj":
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "between" or prep.head.pos_ != "NOUN" or prep.head.i > node.i:
        return ""
    return _phrase(prep.head)


_SEASONS = {"winter", "summer", "spring", "autumn", "fall", "season"}
_WHEN_WORDS = {"last", "this", "next", "previous", "that"}  # "from 61% last spring": when, not what


# "kept its forecast of revenue between 21 and 24 billion", "an estimate of losses at $3m": the value
# is the revenue or the losses, as forecast; the forecast itself is no quantity
_EXPECTATION_NOUNS = {"forecast", "forecasts", "estimate", "estimates", "projection", "projections", "guidance",
                      "outlook", "prediction", "predictions"}


def _what_is_expected(span: Span, subject: str) -> str:
    if not subject or subject.split()[-1].lower() not in _EXPECTATION_NOUNS:
        return subject
    word = subject.split()[-1].lower()
    for t in reversed(span.doc[span.sent.start : span.start]):
        if t.lower_ == word:
            # named before the number, never the amount itself ("its estimate of 1.9 billion zlotys")
            obj = next((p for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                        for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and not p.like_num
                        and p.i < span.start and p.lower_ not in currency_words()
                        and not any(n.like_num for n in p.children)), None)
            return _phrase(obj) if obj is not None else subject
    return subject


# Verbs that move their object by an amount: "sending its stock down 8 per cent", "pushing the index down 40 points"
_SENDING = set(lx.verb_forms("send sent sent sends sending", "push", "drive drove driven drives driving", "lift",
                             "drag dragged dragged drags dragging", "knock", "pull"))
_DIRECTIONS = {"up", "down", "higher", "lower"}


def _what_was_sent(node: Token) -> str:
    """The object a verb of sending moves "up" or "down" by the amount, whatever else the sentence names."""
    node = amount_root(node)
    if node.dep_ == "npadvmod" and node.head.dep_ == "prt" and node.head.lower_ in _DIRECTIONS:
        verb = node.head.head  # "pushing the miner's stock up 4.4%"
    elif node.dep_ == "dobj" and any(c.dep_ == "prt" and c.lower_ in _DIRECTIONS for c in node.head.children):
        verb = node.head  # "sending its stock down as much as 8 per cent": the amount taken for a second object
    else:
        return ""
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i < node.i and c.pos_ == "NOUN"), None)
    return _phrase(thing) if verb.lower_ in _SENDING and thing is not None else ""


# What befalls a share of a group: "rashes occurred in 3.2% of patients", "were seen in 4% of those treated"
_OCCURRING = set(lx.verb_forms("occur occurred occurred occurs occurring", "happen", "arise arose arisen arises arising"))
_OBSERVED = set(lx.verb_forms("see saw seen sees seeing", "report", "observe", "record", "note"))


def _what_occurred(node: Token) -> str:
    """The event that occurred "in" a share of a group, which is what the share measures."""
    node = amount_root(node)
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "NUM"):
        node = node.head  # "... in 3.2% of patients on the drug and 1.8% of those on placebo"
    verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "in" else None
    if verb is None or verb.pos_ != "VERB":
        return ""
    role = "nsubj" if verb.lower_ in _OCCURRING else "nsubjpass" if verb.lower_ in _OBSERVED else ""
    event = next((c for c in verb.children if c.dep_ == role), None) if role else None
    return _phrase(event) if event is not None and event.pos_ == "NOUN" else ""


# Nouns that frame a share rather than name what it is: "an average of 18 per cent of the reef"
_SHARE_FRAMES = _FRAME_NOUNS | {"share", "proportion", "percentage", "fraction", "part", "portion", "majority", "minority",
                                "mean", "median", "cent", "rate"}


def _charged_as_a_share(span: Span) -> str:
    """ "a royalty of 4 per cent of turnover", "grants of up to 35% of equipment costs": a charge or a sum set as a
    share of a whole is named by the noun before it; the whole after it only says what it is taken of."""
    node = amount_root(span.root)
    of = node.head if node.dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or of.head.pos_ != "NOUN" or of.head.i > of.i or of.head.lower_ in _SHARE_FRAMES:
        return ""
    if not any(c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end for t in span for c in t.children):
        return ""
    return _phrase(of.head) if _common_noun(of.head) and not names_unit(of.head.lower_) else ""


def _subject_of(doc: Doc, m: Mention, span: Span) -> str:
    if (top := span.root).dep_ == "nummod" and top.ent_type_ != "DATE" and top.head.ent_type_ == "DATE" \
            and top.head.i == top.i + 2 and top.head.lower_ in PERIOD_NOUNS:
        # "rose to 212 last year": the parser took the number for the year's; the year only dates it
        span = doc[top.head.i : top.head.i + 1]
    elif top.dep_ == "quantmod" and top.head.like_num and top.i + 1 < top.head.i and doc[top.i + 1].lower_ == "of":
        span = doc[top.head.i : top.head.i + 1]  # "18 of 40 volunteers": some of the volunteers
    named = _named_by_form(doc, m, span) or subject_from_cues(doc, m, span) or _score_given(span, m)
    if named:
        return named
    if any(_within(t) for t in span) or (span.root.dep_ == "nummod" and _within(span.root.head)):
        return "distance"  # "within 30 kilometres of the village": how far from it, not how much of it
    inside = set(range(span.start, span.end))
    tops = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    tops = [t for t in tops if t.pos_ != "PUNCT"] or tops
    if sent := _what_was_sent(span.root):
        return sent  # "sending its stock down as much as 8 per cent": the stock moved by it
    if m.unit == "%" and (event := _what_occurred(span.root)):
        return event  # "Severe rashes occurred in 3.2% of patients": a share of them had the rashes
    if m.unit == "%" and (charged := _charged_as_a_share(span)):
        return charged  # "a royalty of 4 per cent of turnover": the royalty, not the turnover
    # "four of those weeks", "60% of median pay", "two-thirds of voters"
    # ("reduce borrowing to 2% of output": the figure the verb set, not the whole it is taken of)
    for t in span if not _level_reached(span.root) and adjusted_object(span.root) is None else ():
        for c in [*t.children, *_shared_of(t, inside)]:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i not in inside:
                obj = _pobj(c)
                if obj is not None and _acronym_measured(t, obj):
                    return obj.text  # "16GB of RAM", "2 million tonnes of LNG": the stuff, tagged as a name
                if obj is not None and obj.lower_ in _CONTAINER_NOUNS and any(x.dep_ == "poss" for x in obj.children):
                    continue  # "recovered to 92% of its 2019 level": the clause names what recovered
                if obj is not None and _is_scale_token(obj):
                    continue  # "released Rs 6,240 crore of the ₹8,900 crore owed": a part of another amount
                if obj is not None and obj.lower_ in ("mean", "average", "median", "norm"):
                    continue  # "snowfall was 83% of the ten-year mean": the clause names what was measured
                # "8% of Google" names the whole, not what is counted; "58% of Saxons" counts people
                if obj is not None and obj.lower_ not in currency_words() and (
                        # (a lower-case noun the entity tagger took for a place is still a common noun: "26% of colonies")
                        (obj.pos_ == "NOUN" and (not obj.ent_type_ or obj.is_lower)) or obj.tag_ == "NNPS"
                        # a lower-case word the tagger took for a name is a common noun: "km² of heath"
                        or _named_in_lower_case(obj)):
                    return _phrase(obj)
                if obj is not None and obj.lower_ in ("whom", "which"):
                    # "40 residents, 12 of whom need two carers": the noun the clause hangs on
                    clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
                    if clause is not None and clause.head.pos_ == "NOUN" and clause.head.lower_ not in _MEASURE_UNITS:
                        return _phrase(clause.head)
                if obj is not None and obj.lower_ in _PLURAL_PRONOUNS:
                    # "Of the 300 nurses surveyed, 42% of them": what "them" stands for
                    found = _plural_antecedent(doc, span.start)
                    if found is not None:
                        return _phrase(found)
    # "a poll of 2,000 adults found that 64% backed the ban": a share that acts
    # is a share of the people the sentence counted
    sample = _sample_counted(span) if m.unit == "%" else None
    if sample is not None:
        return _phrase(sample)
    # "raised its dividend to 12p a share", "cut its forecast by 0.3 points":
    # the figure the verb set
    adjusted = adjusted_object(span.root)
    if adjusted is not None:
        return _phrase(adjusted)
    found = changed_aside(doc, m) or (sum_given_as(span.root) if is_money(m.unit) else "")
    if found:
        return found
    held = standing_noun(span.root) if is_money(m.unit) or m.unit == "%" else None
    if held is None and is_money(m.unit):
        held = sum_it_is(span.root)  # "the maximum penalty was £2 million on conviction"
    if held is not None:
        return _phrase(held)
    text = text_of(doc)
    after = text[m.ext_end:m.ext_end + 60]
    # "from two times to four times the base rate": a multiple, as "twice" is
    if re.match(r"\s+times\s+(?:the|as|more|higher|larger|bigger|greater|that|what)\b", after):
        return "times"
    # "closed at 18.40 to the dollar": a currency's price in another, its exchange rate
    if is_money(m.unit) and re.match(r"\s+(?:to|against|per)\s+(?:the|one|a|each)\s+(?:" + currency_names_pattern() + r")\b",
                                     after, re.IGNORECASE):
        return "exchange rate"
    # "£60bn in sales", "$2bn in aid": the noun after "in" is what the money is
    # (not "costs £7 in most shops": a place; the clause names what costs it)
    if is_money(m.unit):
        # ("fined 40m kronor in an earlier ruling", "a shortfall of £2.1m in next year's plan": a phrase
        # opened by an article or a time word says where or when, unless the money is put into it:
        # "invest €22m in a plant"; "found £900,000 in its reserves" says what)
        put_in = span.root.head.lower_ in _PUT_IN_VERBS
        # ("households will pay 900 rand less in water charges": what there is more or less of)
        found = _noun_after(doc, m.ext_end, r"(?:\s+(?:more|less))?" + _RATE + r"\s+in\s+" + ("" if put_in else _WHERE_OR_WHEN)
                            + r"(?:new\s+|extra\s+|additional\s+)?(?=[a-z])")
        if found and found.split()[-1].lower() not in _PLACE_NOUNS | _PAYMENT_FORMS:
            return found
    # "added £2bn to the cost of goods", "adds 0.3 points to inflation": what it was added to
    if _ADDED_BEFORE_RE.search(text, max(0, m.ext_start - 40), m.ext_start):
        found = _noun_after(doc, m.ext_end, _RATE + r"\s+to\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|this\s+|next\s+)?")
        if found:
            return found
    # "wiping £60bn off the value", "shave 0.2 points off growth"
    found = _noun_after(doc, m.ext_end, r"\s+off\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?")
    if found:
        return found
    # "a dividend of 4.7p a share", "aid of up to NOK 450m": the noun the amount is of
    owner = _of_owner(span, inside, money=is_money(m.unit))
    if owner is not None:
        return _phrase(owner)
    # "$80 a barrel", "12p a litre", "$2,450 an ounce", "€410/t": a price
    per = re.match(r"(?:\s+(?:a|an|per)\s+|/)([a-z]+|kWh|MWh|GB|MB)\b", after)
    if is_money(m.unit) and per and per.group(1) not in lx.TIME_UNITS \
            and per.group(1) not in _PER_HEAD:
        # ("it costs $54 per pupil", "the scheme pays up to A$95,000 per clinic": the verb names the rate)
        # (per tonne or per litre, a sum paid is the goods' price: "pay growers 3,150 rand a tonne")
        verb = amount_head(tops[0]) if not names_unit(per.group(1)) and per.group(1) not in _MEASURE_UNITS else None
        named = lx.VERB_NOMINALS.get(verb.lower_) if verb is not None and not any(
            c.dep_ == "nsubj" and c.tag_ == "NNS" for c in verb.children) else None  # ("tickets cost $25 a match": a price)
        return _level_of(tops[0]) or _sum_named(_from_clause(doc, tops[0], inside, limits=True)) \
            or (named if named in RATE_NOMINALS else "") or (_what_costs(tops[0]) if verb is None else "") or "price"
    # "1.2 kilometres long", "8,849 metres high"
    dim = re.match(r"(?:\s*[a-z]+)?\s+([a-z]+)\b(?!-)", after)  # ("90 leased long-term": no length)
    if dim and dim.group(1) in lx.DIMENSION_ADJECTIVES and dim.group(1) != "old":
        return lx.DIMENSION_ADJECTIVES[dim.group(1)]
    # "410 per 100,000 people": a rate; the clause names what the rate is of
    if re.match(r"\s+per\s+(?:[\d,.]+|a\s|one\s|every\s)", after):
        base = doc.char_span(m.ext_end, m.ext_end + 40 if m.ext_end + 40 <= len(text) else len(text), alignment_mode="expand")
        holder = next((t for t in base if t.pos_ == "NOUN"), None) if base is not None else None
        verb = holder.head if holder is not None and holder.dep_ in ("dobj", "attr", "pobj") else None
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _common_noun(c)), None)
            if subj is not None:
                return _phrase(subj)
        if is_money(m.unit) and holder is not None and (names_unit(holder.text) or holder.lower_ in _MEASURE_UNITS
                                                         - lx.TIME_UNITS):
            # "3,900 yen per 5 kg": what so much of the goods costs
            return _level_of(tops[0]) or "price"
        return "rate"
    unit_noun: Token | None = None
    node = tops[0]
    for t in tops:
        h = t.head
        if t.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod") and h.i > t.i and h.pos_ in ("NOUN", "PROPN"):
            if h.lower_ in currency_words() or h.i in inside:
                continue
            if (is_money(m.unit) or m.unit == "%") and h.lower_ in lx.ANONYMOUS_NOUNS | lx.PERSON_NOUNS:
                # "ahead of the $1.95 strategists had forecast": a sum counts no people; what
                # they hold it to be names it
                held = next((v for v in doc[h.i + 1:h.i + 4] if v.lower_ in _EXPECTATIONS), None)
                if held is not None:
                    return _EXPECTATIONS[held.lower_]
                continue
            if h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ == "NOUN" and h.lower_ not in _MEASURE_UNITS:
                h = h.head  # "six league games": the number counts games
            if h.lower_ == "head" and (herd := _prep_object(h, ("of",))) is not None and herd.pos_ == "NOUN":
                return _phrase(herd)  # "600 head of cattle" counts the cattle
            if h.lower_ in ("point", "points") and h.dep_ in ("dobj", "npadvmod") and h.head.lower_ in _CHANGE_VERBS:
                # "the index shed 450 points": the index moved
                subj = next((c for c in h.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
                if subj is not None:
                    return _phrase(subj) or subj.text
            if h.lower_ in lx.TIME_UNITS and any((c.lower_ in ("last", "next", "this", "previous") or c.like_num)
                                                 and c.i > t.i for c in h.children):
                continue  # "against 8 last year", "from 4,900 two years ago": a time, not a count of years
            if h.lower_ in _MEASURE_UNITS:
                if h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ in ("NOUN", "PROPN") \
                        and text_of(doc)[m.end:h.idx] == "-" and h.lower_ not in lx.TIME_UNITS:
                    return _phrase(h.head)  # "the 226-mile race" measures the race
                if m.unit:  # "15% year on year", "$5m a year": not a count of years
                    node = h
                    break
                stuff = _prep_object(h, ("of",))
                if stuff is not None and (stuff.pos_ == "NOUN" or (stuff.pos_ == "PROPN" and stuff.is_lower)
                                          or _acronym_measured(h, stuff)) \
                        and (h.lower_ not in lx.TIME_UNITS or _watt_hours(h)) and stuff.lower_ != "equivalent" \
                        and h.lower_ not in ("times", "point", "points", "percentage"):
                    return _phrase(stuff)  # "275,000 tonnes of barley": the barley is measured
                # "inventories rose to 58 days of supply from 36 days": the level the subject of the change reached
                reached = _level_of(h) if h.dep_ == "pobj" and h.head.lower_ in ("to", "from", "at") \
                    and h.lower_ not in ("times", "point", "points", "percentage") else ""
                if reached and reached.split()[-1].lower() not in lx.TIME_UNITS:
                    return reached
                # (not "the progress of the past eight years"; the two ends of a range take theirs together)
                if h.dep_ == "pobj" and h.head.lower_ == "of" and _measured_by_of(h.head.head) and (
                        h.head.head.lower_ in _CHANGE_NOUNS or not _ends_a_range(span)) and not any(
                        c.lower_ in _SPAN_OF_TIME for c in h.children):
                    # "backed a cut of 15 basis points": the cut, in points; "built a lead of six
                    # minutes", "dredged to a depth of 12 metres": the noun the amount is of
                    return _phrase(h.head.head)
                # amounts of time and measures: the unit is what is counted
                return _phrase(h)
            if h.lower_ in _CHANGE_NOUNS:
                inner = _prep_object(h, ("in", "of"))
                if inner is not None and inner.lower_ not in lx.TIME_UNITS:  # (not "in the previous three months")
                    return _phrase(inner)
            return _phrase(h)
    earned = pay_of(tops[0]) if is_money(m.unit) else ""
    if earned in ("earnings", "rent"):
        return earned  # "pickers earn up to RM2,400 a month on the estates": what they earn there, not the estates
    # "£310m for school buildings", "spent £45,000 on consultants": what the money pays for
    # (not "profit jumped to £88m on turnover of £1.9bn": the level the subject reached)
    reached = _level_of(tops[0]) if tops[0].dep_ == "pobj" and (tops[0].head.lower_ == "to" or (
        tops[0].head.lower_ == "from" and tops[0].head.head.lower_ in _CHANGE_NOUNS)) else ""
    if is_money(m.unit) and reached:
        return reached
    if is_money(m.unit):
        # "paid €94 million in overtime costs", "pay $880 million in cash": the kind of money the sum is
        found = _noun_after(doc, m.ext_end, _RATE + r"\s+in\s+[\"“]?(?:the\s+)?(?=[a-z])")
        if found and found.split()[-1].lower() in _MONEY_KINDS and not re.match(  # (not "£3,500 in cash for the boat")
                r"[^,;.]{0,40}?\bin\s+[\"“]?[\w\s-]{1,30}?[\"”]?\s+for\s", text[m.ext_end:m.ext_end + 80]):
            return found
        priced = _priced_thing(tops[0])
        if priced is not None:
            return _phrase(priced)  # "Prices start at $999 for the 256GB model": the price, not the model
        purpose = re.match(_RATE + _OVER_A_PERIOD + r"\s+(for|on|towards|toward|into)\s", text[m.ext_end:m.ext_end + 60])
        bought = _bought_with(span, purpose.group(1) if purpose else "")
        found = _noun_after(doc, m.ext_end, _RATE + _OVER_A_PERIOD + r"\s+(?:for|on|towards|toward|into)\s+"
                            r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|new\s+)?"
                            r"(?=[a-z])", acts=bool(bought))
        if found and found.split()[-1].lower() not in _PER_HEAD | _NOT_PURPOSES and (
                not _object_of_nominal_verb(span) or bought):
            return f"spending on {found}" if bought == "spending" else found
        # "£1.8m will go on repainting bridges", "₦415bn is for road projects": what the sum is said to be for
        found = _noun_after(doc, m.ext_end, r"\s+(?:is|was|are|were|(?:will|would|is\s+to|are\s+to)\s+(?:be|go)|goes|went)"
                            r"\s+(?:for|on|towards|toward)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|new\s+)?(?=[a-z])", acts=True)
        if found and found.split()[-1].lower() not in _PER_HEAD | _NOT_PURPOSES:
            return found
        found = _spent_doing(span)  # "spent €9 million dredging the harbour channel"
        if found:
            return f"spending on {found}"
        found = _allotted_to(span)  # "£4m has been set aside for the bridge"
        if found:
            return found
        found = _purpose_object(doc, m)  # "£44m to rebuild sea walls"
        if found and not _object_of_nominal_verb(span):
            return found
    # "a record £90m fee": the noun the amount stands before, when the amount
    # hangs on it through a misparsed modifier
    following = _noun_right_after(doc, span)
    if following is not None:
        return _phrase(following)
    # "£57 a week", "£102.80 per month": a rate paid, unless a verb names the
    # money ("lost £60,000 a year") or what costs it ("rents cost £14m a year")
    by_time = is_money(m.unit) and re.match(r"\s+(?:a|an|per|each)\s+(?:week|month|year|day|hour)\b(?!\s+(?:earlier|ago|before))",
                                           text_of(doc)[m.ext_end:])
    pay = earned if by_time else ""  # (a sum by the time is money: pay_of was read above)
    if pay:
        return pay
    if by_time and not _object_of_nominal_verb(span) and not any(t.head.lower_ in _COST_VERBS for t in span):
        return _level_of(tops[0]) or _named_rate(_from_clause(doc, node, inside, limits=m.unit is not None)) or "payment"
    if is_money(m.unit) and (named := _named_by_relative(doc, m)):
        return named  # "the $4,000 they had raised": not the subject of the sentence it stands in
    found = _from_clause(doc, node, inside, limits=m.unit is not None)
    if found:
        return found
    if is_money(m.unit) and unit_noun is None:
        found = noun_before_costing(doc, m)  # "an annual subscription costs £129", "costs" taken for a noun
        if found:
            return found
        # "agreed to sell three hotels to a fund for £410m": the sale
        return _words_after(doc, span) or _trade_for(span)
    return _phrase(unit_noun) if unit_noun is not None else ""


# What a sum "in" a noun is paid as: "€94 million in overtime costs", "$880 million in cash"
_MONEY_KINDS = SUM_NOUNS | {"cash", "damages", "fines", "penalties", "interest", "refunds", "bonuses", "dividends",
                            "payments", "payouts", "salaries", "pensions", "benefits", "loans", "bonds", "shares",
                            "stock", "donations", "savings", "cuts", "revenue", "sales", "losses", "arrears"}


# "the £85,000 the firm had since spent", "the $4,000 it borrowed": a clause that says what was done with a sum
_RELATIVE_SUM_RE = re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+[a-z]+|its\s+[a-z]+|it|they|he|she|we|I)\s+"
                              r"(?:had\s+|has\s+|have\s+)?(?:since\s+|already\s+|now\s+|just\s+|also\s+)?([a-z]+)\b")


def _ends_a_range(span: Span) -> bool:
    """ "30 to 50 hectares", "between 200 and 300 millimetres": the amount closes a range."""
    doc, first = span.doc, span.start
    return first >= 2 and doc[first - 1].lower_ in ("to", "and", "-", "–") and doc[first - 2].like_num


def _measured_by_of(owner: Token) -> bool:
    """The noun before "of" and a measure is what it measures: a change, or a common noun (or a superlative
    standing as one: "a personal best of 9.84 seconds") that is neither a container of numbers ("a total of 40
    hours") nor a unit ("hours of footage")."""
    return owner.lower_ in _CHANGE_NOUNS or (
        noun_like(owner) and owner.is_lower and owner.lower_ not in _CONTAINER_NOUNS | _MEASURE_UNITS
        and owner.lower_ not in _NOT_MEASURED_BY_OF and not names_unit(owner.text) and owner.lower_ not in lx.TIME_UNITS
        and owner.lower_ not in lx.PERSON_NOUNS)  # (a person measures nothing: "a wife of 20 years")


_SPAN_OF_TIME = {"past", "last", "next", "these", "those", "previous", "coming", "first", "final"}
# Nouns an amount follows "of" in without their being what it measures: "a matter of minutes"
_NOT_MEASURED_BY_OF = {"matter", "space", "course", "couple", "handful", "lot", "amount", "excess", "upwards",
                       "period", "mean", "median", "result", "part"}


def _shared_of(unit: Token, inside: set[int]) -> list[Token]:
    """ "512GB or 1TB of storage", "20 or 25 tonnes of sand": the "of" phrase the last of two
    amounts given as alternatives has, when the unit of the first has none: both measure that stuff."""
    if unit.dep_ == "nummod" and unit.head.i not in inside and unit.head.i == unit.i + 1:
        unit = unit.head  # (the number's own token: "256" of "256 GB")
    if not names_unit(unit.text) or any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children) \
            or not any(c.dep_ == "cc" and c.lower_ == "or" for c in unit.children):
        return []  # (alternatives only: "210 calories and 7 grams of fibre" measure two things)
    later = [c for c in unit.children if c.dep_ == "conj" and c.i > unit.i and names_unit(c.text)
             and (any(n.like_num for n in c.children) or c.doc[c.i - 1].like_num)]
    return [p for c in later[-1:] for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]


def _acronym_measured(unit: Token, obj: Token) -> bool:
    """A unit's "of" object in capitals that the tagger took for a name ("GB of RAM", "tonnes of
    LNG") is what is measured; not a share's whole ("8% of IBM") nor a place."""
    return names_unit(unit.text) and not unit.like_num and unit.text != "%" and obj.pos_ == "PROPN" \
        and obj.is_alpha and obj.is_upper and len(obj) > 1 and obj.ent_type_ not in ("GPE", "LOC", "PERSON", "NORP", "FAC") \
        and not any(c.dep_ in ("compound", "amod", "poss") for c in obj.children)


def _watt_hours(unit: Token) -> bool:
    """ "1,840 megawatt-hours of electricity": hours of a watt are energy, not time."""
    return unit.lower_ in ("hours", "hour") and any(c.dep_ == "compound" and c.lower_.endswith("watt") for c in unit.children)


def _named_by_relative(doc: Doc, m: Mention) -> str:
    """ "the £85,000 the firm had since spent on repairs": a sum a relative clause spends, pays or lends is
    named by that verb."""
    text = text_of(doc)
    said = _RELATIVE_SUM_RE.match(text, m.ext_end)
    if said is None or not re.search(r"\bthe\s+\S?$", text[max(0, m.ext_start - 8):m.ext_start]):
        return ""
    verb = doc.char_span(said.start(1), said.end(1))
    return lx.VERB_NOMINALS.get(verb.text.lower(), "") if verb is not None and verb.root.tag_ in ("VBD", "VBN") else ""


def _sum_named(found: str) -> str:
    """"construction costs now top $300 per square foot", "the tariff was fixed at 21.5 sen per kWh": a sum
    for each unit is the charge or the cost the clause names, and a price only when it names none."""
    return found if found and found.split()[-1].lower() in SUM_NOUNS else ""


def _named_rate(found: str) -> str:
    """What the clause says a sum by the week or the year is ("royalties ... to rise to 3.2 billion kwacha a
    year"), unless it names only who receives it or a coin ("not a penny of the £57 a week")."""
    last = found.split()[-1].lower() if found else ""
    if not last or last in currency_words() or last in lx.PERSON_NOUNS or last.rstrip("s") in lx.PERSON_NOUNS:
        return ""
    return found


# A sum spent on something or paid for it is named by what it bought ("spent €40,000 on a new
# roof" is spending on the roof, "paid $900 for the licence" the licence's price); raised or won
# for a cause, it stays funding or a prize
_BUYING = {"spending": ("on",), "payment": ("for", "towards", "toward"), "offer": ("for",), "bid": ("for",)}


def _bought_with(span: Span, prep: str) -> str:
    """The nominal of the verb of spending or paying the sum is the object of, when its purpose
    phrase names what the sum bought."""
    # (or of "up to", "about": "spend up to R2 billion on", where the parser hung the sum on the bound)
    verbs = [t.head if t.dep_ == "dobj" else t.head.head for t in span
             if t.dep_ == "dobj" or t.dep_ == "pobj" and bounded_object(t.head.head, t.head, amount=True)]
    return next((lx.VERB_NOMINALS[verb.lower_] for verb in verbs if prep in _BUYING.get(lx.VERB_NOMINALS.get(verb.lower_, ""), ())), "")


def _spent_doing(span: Span) -> str:
    """What a sum spent doing something bought: the object of the gerund right after it."""
    verb = span.root.head
    if lx.VERB_NOMINALS.get(verb.lower_) != "spending":
        return ""
    act = next((c for c in verb.children if c.i == span.end and c.dep_ in ("xcomp", "advcl") and c.lower_.endswith("ing")), None)
    obj = next((c for c in act.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) if act is not None else None
    return _phrase(obj) if obj is not None else ""


# "each a year", "a month", "an acre a year", "this year": a rate or a time between a sum and the
# phrase that names it ("$5m a year in taxes", "$45 an acre a year in levies", "£8m this year for roads")
_RATE = r"(?:\s+(?:each|apiece))?(?:\s+(?:a|an|per|each)\s+[a-z]+){0,2}(?:\s+(?:this|next|last)\s+(?:year|month|week))?"
# "spending £12m over three years on road repairs": the time it is spent over, between the sum and its purpose
_OVER_A_PERIOD = r"(?:\s+over\s+(?:the\s+(?:next|past|last|coming)\s+)?(?:[\w-]+\s+)?(?:years?|months?|decades?))?"
# Verbs that give a sum to a purpose, said in the passive: "£4m was allocated to the scheme"
_ALLOTTING_VERBS = set(lx.verb_forms("allocate", "earmark", "set set set sets setting", "budget", "award",
                                     "grant", "pledge", "commit committed commits committing", "assign", "provide",
                                     "channel channelled channels channelling", "direct"))


def _allotted_to(span: Span) -> str:
    """The sum is the subject of a passive verb that gives it to something, or the object of an active one:
    what it is given to ("£4m has been set aside for the bridge", "commits $4.1m to a detox unit")."""
    node = amount_root(span.root, THROUGH_NMOD)
    verb = node.head
    if node.dep_ not in ("nsubjpass", "dobj") or verb.lower_ not in _ALLOTTING_VERBS:
        return ""
    setter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if node.dep_ == "dobj" and verb.lower_ in ("set", "sets", "setting") and (setter is None or any(
            t.lower_ in _LENDERS for t in setter.subtree)):
        return ""  # "Kestrel Bank set aside 640 million rand more for bad debts": a lender's provisions
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "for", "towards"):
            obj = _pobj(prep)
            if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in lx.TIME_UNITS | PERIOD_NOUNS:
                # (and "the ministry set aside $80 million over five years for the extra nurses"; not "for the year")
                return _phrase(obj)
    return ""


_LENDERS = {"bank", "banks", "lender", "lenders", "insurer", "insurers", "banking"}


_PUT_IN_VERBS = set(lx.verb_forms("invest", "reinvest", "put put puts putting", "pour", "sink sank sunk sinks sinking",
                                   "plough", "plow", "inject", "spend spent spends spending"))
_WHERE_OR_WHEN = r"(?!(?:a|an|the|this|that|these|those|each|every|next|last)\b)"
# Verbs whose object is a figure someone expected, named as such
_EXPECTATIONS = {**dict.fromkeys(lx.verb_forms("forecast forecast forecasts forecasting forecasted", "predict",
                                               "project"), "forecast"),
                 **dict.fromkeys(lx.verb_forms("expect", "anticipate"), "expectations"),
                 **dict.fromkeys(lx.verb_forms("estimate"), "estimate")}
_ADDED_BEFORE_RE = re.compile(r"\badd(?:s|ed|ing)?\s+(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                             r"another\s+|an\s+extra\s+|a\s+further\s+|as\s+much\s+as\s+|up\s+to\s+|"
                             r"more\s+than\s+)?\S*$", re.IGNORECASE)
# What a sum is paid in, never what it is: "$15,000 in cryptocurrency"
_PAYMENT_FORMS = {"cash", "cryptocurrency", "cryptocurrencies", "bitcoin", "coins", "notes", "banknotes", "cheques"}
# What a share of the subject's own measure is taken against: "21% of capacity"
_STANDING = {"stood", "stands", "stand", "was", "is", "are", "were", "sat", "sits", "remained", "remains"}
_YARDSTICKS = {"capacity", "normal", "potential", "target", "quota", "limit"}


def _sample_counted(span: Span) -> Token | None:
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "prep" for c in root.children):
        return None
    doc = span.doc
    for t in reversed(doc[root.sent.start:span.start]):
        if t.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num for c in t.children) \
                and t.lower_ not in _MEASURE_UNITS and t.lower_ not in lx.TIME_UNITS:
            return t
    return None


def _trade_for(span: Span) -> str:
    """A sum in a "for" phrase of a verb that sells or buys something: the sale, the purchase."""
    node = span.root
    if node.dep_ != "pobj" or node.head.lower_ != "for":
        return ""
    for up in list(node.head.ancestors)[:3]:
        if up.pos_ == "VERB" and lx.VERB_NOMINALS.get(up.lower_) in ("sale", "purchase") \
                and any(c.dep_ == "dobj" for c in up.children):
            return lx.VERB_NOMINALS[up.lower_]
    return ""


def _level_reached(node: Token) -> bool:
    """"arrears had risen to 6% of the portfolio": the share is the level the
    subject reached; the "of" phrase names the whole it is taken of."""
    node = amount_root(node)
    if node.dep_ != "pobj" or node.head.lower_ not in ("to", "by", "at"):
        return False
    verb = node.head.head
    if node.head.lower_ == "at":
        # "water storage stood at 27% of capacity", "the stock was at 29% of its unfished size": where the
        # subject stands
        return verb.lower_ in _STANDING and any(c.dep_ == "nsubj" and _common_noun(c) and c.lower_ not in _CONTAINER_NOUNS
                                                and c.lower_ not in lx.PERSON_NOUNS for c in verb.children)
    whole = next((_pobj(c) for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if whole is not None and whole.lower_ in _YARDSTICKS:
        return False  # "fallen to 21% of capacity": a level the writing names as such
    return verb.lower_ in _CHANGE_VERBS and any(c.dep_ == "nsubj" and _common_noun(c)
                                                and c.lower_ not in _CONTAINER_NOUNS for c in verb.children)


def _words_after(doc: Doc, span: Span) -> str:
    """The noun a sum stands before when the parse ties them in no way: the last
    of the lower-case nouns and adjectives right after it, up to a boundary."""
    i, last = span.end, None
    while i < len(doc) and i < span.end + 4 and doc[i].is_lower and doc[i].is_alpha and \
            doc[i].pos_ in ("NOUN", "ADJ") and doc[i].lower_ not in _MEASURE_UNITS \
            and doc[i].lower_ not in currency_words():
        last, i = doc[i], i + 1
    run = doc[span.end:last.i + 1] if last is not None else ()
    # ("approved a NZ$14m upgrade of its library": after "a" and a sum, the word that ends the phrase is its
    # noun, whatever the tagger made of it)
    ends = last is not None and span.start > 0 and doc[span.start - 1].lower_ in ("a", "an") \
        and i < len(doc) and (doc[i].lower_ == "of" or doc[i].is_punct)
    if last is None or not (ends or any(t.pos_ == "NOUN" for t in run)) or (i < len(doc) and not (doc[i].is_punct or doc[i].pos_ in ("ADP", "CCONJ")
                                                                      or doc[i].is_space)):
        return ""
    return " ".join(t.text for t in doc[span.end:last.i + 1])




def _level_of(node: Token) -> str:
    """"rents are now €1,700 a month", "prices rose to 62 kr per litre": a rate that
    a copula or a verb of change gives its subject is the level of that subject."""
    while node.dep_ == "conj" and node.head.i != node.i and node.head.like_num:
        node = node.head  # "climbed to between $12 and $15 a foot": the second end stands where the first does
    verb = node.head
    if node.dep_ == "pobj" and verb.lower_ in ("to", "at", "from"):
        verb = verb.head
        if verb.lower_ == "from":  # "went from R$90 to R$120": "to" hangs on "from"
            verb = verb.head
        if node.head.lower_ == "from" and verb.pos_ == "ADJ" and verb.head.lower_ in _CHANGE_VERBS:
            verb = verb.head  # "could fall to 10m tonnes, worth $2.3bn, from 12.4m": "from" hung on the aside
    elif node.dep_ not in ("attr", "dobj", "npadvmod", "acomp"):
        return ""
    if verb.pos_ == "NOUN" and verb.lower_ in _CHANGE_NOUNS and node.head.lower_ in ("to", "from"):
        inner = _prep_object(verb, ("in",))  # "a rise in the permit charge from £45 to £52"
        return _phrase(inner) if inner is not None and inner.pos_ == "NOUN" and _common_noun(inner) else ""
    if verb.dep_ == "acl" and verb.lower_ in _SET_AT and verb.head.pos_ == "NOUN" and _common_noun(verb.head):
        return _phrase(verb.head)  # "a parking levy capped at £2 a day": the level the levy is held at
    if verb.lower_ not in BE_VERBS | _CHANGE_VERBS | _GO_VERBS | _COST_VERBS and not (
            # "Brent traded at $79 a barrel", "shares closed at 41.18"
            node.head.lower_ == "at" and verb.lower_ in QUOTED_VERBS) and not (
            # "output stayed at 2.3 million tonnes", "mozzarella held steady at 9,200 tonnes" (not "held the rate at")
            node.head.lower_ == "at" and verb.lower_ in _STAYING and not any(c.dep_ == "dobj" for c in verb.children)):
        return ""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and verb.lower_ in _COST_VERBS and subj.tag_ == "NNS":
        return ""  # "tickets cost $25 a match": goods sold by the unit have a price
    # (a word in lower case the tagger took for a name is a common noun: "mozzarella held steady at 9,200 tonnes")
    common = subj is not None and ((subj.pos_ in ("NOUN", "VERB") and _common_noun(subj)) or _named_in_lower_case(subj))
    return _phrase(subj) or subj.text if common else ""


# Verbs that hold their subject at a level: "stayed at", "remained at", "held steady at" (after "at" only;
# subject_parse._HOLDING_VERBS says why the two lists differ)
_STAYING = set(lx.verb_forms("stay", "remain", "hold held held holds holding", "stand stood stood stands standing",
                             "hover", "sit sat sat sits sitting", "steady steadied steadied steadies steadying"))
# Participles that hold a thing at a level: "a levy capped at £2", "a fee set at €400", "a rate pegged at 3%"
_SET_AT = {"capped", "set", "fixed", "pegged", "limited", "frozen", "held", "kept", "priced", "valued"}
_GO_VERBS = set(lx.verb_forms("go went gone goes going", "move", "increase", "decrease", "double", "treble",
                               "triple", "halve", "soar", "ease", "slow", "tick",
                               # "fares will range from RM1.20 to RM5.60 a trip": the fares are what spans it
                               "range", "vary"))


# Verbs whose subject moves by a span of time or by points ("the margin widened 35 basis points"), those
# whose subject a span of time measures ("the strike lasted five weeks"), and those whose object it moves
# ("cut its policy rate by 50 bps"). Not "lost 21,000 hours", "adding three weeks to shipments": what is
# lost or added is counted in the unit, not a thing the subject measures.
_SPAN_MOVES = (_CHANGE_VERBS - set(lx.verb_forms("lose lost lost loses losing", "gain", "shed shed shed sheds shedding",
                                                 "add added added adds adding"))) \
    | set(lx.verb_forms("widen", "narrow", "expand", "contract", "lengthen", "shorten", "improve", "worsen",
                        "increase", "decrease", "ease"))
_TAKE_VERBS = set(lx.verb_forms("take took taken takes taking"))
_SPAN_LASTS = _SPAN_MOVES | BE_VERBS | _TAKE_VERBS | set(lx.verb_forms("last", "average", "reach", "hit hit hit hits hitting"))
_SPAN_OBJECT_VERBS = set(lx.verb_forms("cut cut cut cuts cutting", "reduce", "lower", "raise", "extend", "shorten",
                                       "lengthen", "trim trimmed trimmed trims trimming", "increase"))
_WAIT_VERBS = set(lx.verb_forms("wait"))
# A span of time a court gives: "jailed for nine years", "sentenced the smuggler to 18 months", "16 years in jail"
_JAIL_VERBS = set(lx.verb_forms("jail", "sentence", "imprison", "gaol"))
_PRISON_NOUNS = {"prison", "jail", "gaol", "custody", "bars", "penitentiary", "detention"}
_SPAN_UNITS = lx.TIME_UNITS | _POINT_UNITS | {"bps"}
# Nouns a span is "of" that are themselves a measure of it ("an average of 19 days", "a total of 40 hours"),
# and the words that make a span a stretch of something rather than its length ("the last two weeks of")
_SPAN_MEASURES = {"average", "median", "mean", "total", "maximum", "minimum", "high", "low", "peak", "record", "people"}
_SPAN_BOUNDS = {"within", "after", "before", "of", "in"}
_STRETCH_WORDS = {"first", "last", "final", "next", "past", "previous", "early", "late"}


def name_time_spans(doc: Doc, ms: list[Mention]) -> None:
    """Rename each span of time or move in points named by its unit alone after what it measures
    (_what_the_span_measures); a range's two ends together, and a span set against one renamed before it in
    the sentence ("was 47 minutes, up from 31 minutes") alike. Done once the subjects are shared: a span
    named by its unit is, until then, the period that dates the values around it."""
    named_before: dict[tuple[int, str], str] = {}
    for m in ms:
        if m.anchor is not None or not m.subject.split()[-1:] or m.subject.split()[-1].lower() not in _SPAN_UNITS:
            continue
        span = tokens_at(doc, m.ext_start, m.ext_end)
        if span is None:
            continue
        key = (span.sent.start, m.subject.lower())
        named = _what_the_span_measures(span) or (named_before.get(key, "") if _set_against(span) else "")
        if named:
            named_before[key] = named
            for other in ms:
                if other is m or other is m.range_partner or other.range_partner is m and other.subject == m.subject:
                    other.subject = named


def _set_against(span: Span) -> bool:
    unit = amount_root(span.root)
    return unit.dep_ == "pobj" and unit.head.lower_ in ("from", "than", "against", "with")


def _what_the_span_measures(span: Span) -> str:
    """ "The average delay was 47 minutes", "the strike lasted five weeks", "wait times have grown to 14
    minutes", "the margin widened 35 basis points", "cut its policy rate by 50 bps", "a delay of 40 minutes",
    "2.3 million hours of delays", "patients waited more than 12 hours": a span of time or a move in points
    is of what the clause measures with it, not the unit it is counted in. Not "He was 45 minutes late" (no
    thing is named), "within 14 days of the storm" (a deadline), "a tree takes four years to bear fruit"."""
    unit = amount_root(span.root)
    if unit.lower_ not in _SPAN_UNITS or any(t.like_num for t in span.doc[span.end:unit.i]) \
            or any(c.lower_ in ("every", "each") for c in unit.children):
        return ""  # (not "517 more than 12 hours": the 12 is the span; nor "a goal every 118 minutes": a rate)
    if any(c.lower_ in _STRETCH_WORDS for c in unit.children):
        return ""  # "the reforms of the past six years", "the last two weeks of her pregnancy": a stretch
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    stuff = _pobj(of) if of is not None else None
    if stuff is not None and stuff.pos_ == "NOUN" and _spanned_noun(stuff) \
            and not (unit.dep_ == "pobj" and unit.head.lower_ in _SPAN_BOUNDS):
        return _phrase(stuff)
    while unit.dep_ == "conj" and unit.head.lower_ in _SPAN_UNITS:
        unit = unit.head  # "more than eight hours and 517 more than 12 hours"
    if unit.lower_ in lx.TIME_UNITS and any(c.dep_ == "prep" and c.lower_ in ("in", "behind") and _pobj(c) is not None
                                            and _pobj(c).lower_ in _PRISON_NOUNS for c in unit.children):
        return "sentence"  # "could get 16 years in jail"
    link = unit.head if unit.dep_ == "pobj" and unit.head.lower_ in ("to", "by", "at", "of", "for") else unit
    if link is not unit and link.lower_ == "of":
        owner = link.head
        return _phrase(owner) if owner.pos_ == "NOUN" and _spanned_noun(owner) else ""
    verb = link.head if link.dep_ in ("attr", "dobj", "npadvmod", "prep", "acomp") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return ""
    if verb.lower_ in _WAIT_VERBS and unit.lower_ in lx.TIME_UNITS and link.lower_ != "for":
        return "wait"
    if unit.lower_ in lx.TIME_UNITS and verb.lower_ in _JAIL_VERBS and link.lower_ in ("to", "for", unit.lower_):
        return "sentence"  # "was jailed for nine years", "sentenced the smuggler to 18 months"
    if verb.lower_ in _SPAN_OBJECT_VERBS and link.lower_ == "by":
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if thing is not None and thing.pos_ == "NOUN" and _spanned_noun(thing):
            return _phrase(thing)
    moves = _SPAN_LASTS if unit.lower_ in lx.TIME_UNITS else _SPAN_MOVES
    if verb.lower_ not in moves or link.lower_ == "for" \
            or verb.lower_ in _TAKE_VERBS and any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
        return ""
    doer = _named_doer(verb)
    return _phrase(doer) if doer is not None and doer.ent_type_ != "PERSON" and _common_noun(doer) \
        and _spanned_noun(doer) else ""


def _spanned_noun(noun: Token) -> bool:
    """A noun a span of time or points can be of: not a unit, an agent or a measure of the span itself."""
    return noun.lower_ not in _SPAN_UNITS | _NO_CLAUSE_SUBJECTS | _SPAN_MEASURES and not noun.like_num


def adjusted_object(node: Token) -> Token | None:
    """The object of a verb that sets a figure, when the amount is its "to",
    "from" or "by" phrase: "cut its forecast to 275,000 tonnes" -> forecast."""
    # "to 3.1 times EBITDA": a multiple of its base, which stands where the amount does
    multiple = node.i + 1 < len(node.doc) and node.doc[node.i + 1].lower_ == "times"
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i != node.i:
        node = node.head
        if multiple and node.lower_ != "times":
            break
        if node.pos_ == "NOUN" and node.lower_ not in _MEASURE_UNITS and node.lower_ not in currency_words() \
                and not _is_scale_token(node) and node.text not in ("%",) and node.lower_ not in COUNTED_CONTAINERS:
            return None  # "took his tally to 12 goals": the goals are counted
    # ("could push soybean exports above 8 million tonnes")
    if node.dep_ != "pobj" or node.head.lower_ not in ("to", "from", "by", "at", "above", "below"):
        return None
    verb = node.head.head
    if node.head.lower_ == "at" and verb.lower_ not in _SET_AT_VERBS:
        return None  # "puts its output at 12 million sacks", not "cut jobs at 40 sites"
    if verb.lower_ == "from" and node.head.lower_ == "to":
        verb = verb.head  # "from Rs 40 to Rs 95": "to" hangs on "from"
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.head.pos_ == "NOUN" \
            and verb.head.head.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head.head  # "raises the fee for traders from Rs 40": the parser hung "from" on the traders
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass") and verb.head.lower_ in lx.ADJUST_VERBS \
            and verb.i < node.i and verb.lower_ not in currency_words() and verb.lower_ not in _CONTAINER_NOUNS:
        return _what_changed(verb)
    if verb.dep_ == "dobj" and verb.head.lower_ in lx.ADJUST_VERBS and verb.i < node.i and _nounish(verb):
        return verb  # "cut gas flows to 41,000 barrels a day": the object the tagger took for a verb
    if verb.pos_ != "VERB" or verb.lower_ not in lx.ADJUST_VERBS:
        return None
    # "want the surcharge raised from two times": the subject of a bare participle is its object
    bare = verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp", "oprd") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)
    candidates = [c for c in verb.children if c.pos_ == "NOUN" and c.i < node.i
                  and c.lower_ not in currency_words() and c.lower_ not in _CONTAINER_NOUNS]
    # "raise starting pay to $19": the parser made "starting" a verb with the pay as its object
    candidates += [o for c in verb.children if c.tag_ == "VBG" and c.dep_ == "xcomp" and c.i == verb.i + 1
                   for o in c.children if o.dep_ == "dobj" and o.i == c.i + 1 and o.pos_ == "NOUN"]
    obj = next((c for c in candidates if c.dep_ in ("dobj", "nsubjpass")), None) or (
        next((c for c in candidates if c.dep_ == "nsubj"), None) if bare else None)
    return _what_changed(obj) if obj is not None else None


_SET_AT_VERBS = set(lx.verb_forms("put put puts putting", "set set sets setting", "fix fixed fixes fixing", "peg"))
_PLURAL_PRONOUNS = {"them", "these", "those"}


def _plural_antecedent(doc: Doc, before: int) -> Token | None:
    """The plural noun a "them" stands for: the nearest one before it in the
    same sentence or the one before ("Of the 300 nurses surveyed, 42% of them")."""
    sent = doc[before].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    plurals = [t for t in reversed(doc[first:before]) if t.tag_ == "NNS" and t.dep_ != "compound"
               and t.lower_ not in _MEASURE_UNITS and not names_unit(t.lower_) and t.lower_ not in lx.TIME_UNITS
               and t.lower_ not in _PLURAL_SCALES]
    # the nearest that was counted, since "of them" takes a part of a count ("found 1,200 lobsters in crates,
    # and 310 of them"), else the nearest
    counted = next((t for t in plurals if any(c.dep_ == "nummod" and c.like_num for c in t.children)), None)
    return counted or (plurals[0] if plurals else None)


# "Daniel Reeve, 34, from Reading": a bare number between commas after a name
_AFTER_NAME_RE = re.compile(r"[A-Z][\w'’.-]*,\s*$")
# "pupils aged 7 to 9", "as young as six"
_AGE_BEFORE_RE = re.compile(r"(?:\baged\s+(?:between\s+)?(?:\d{1,3}\s*(?:to|and|-|–)\s*)?|\bas\s+(?:young|old)\s+as\s+)$",
                            re.IGNORECASE)
_PARENT_OF_RE = re.compile(r"\b(?:mother|father|parent|mum|mom|dad|grandmother|grandfather|grandparent)s?\s+of\s+$",
                           re.IGNORECASE)
# "a 27-nation bloc", "a three-year deal", "a 10-year-old"
_HYPHEN_NOUN_RE = re.compile(r"-([a-z]+)(-old)?\b")
# Units a hyphened number measures its noun in, rather than counts: "a 9-point edge", "a 2-mill tax"
_MARGIN_UNITS = {"point", "mill", "percentage"}
_MARGIN_NOUNS = _CHANGE_NOUNS | {"lead", "edge", "margin", "advantage", "gap", "deficit", "swing", "levy", "tax", "slide"}


_SCORE_RE = re.compile(r"(?<![\d.,])(\d{1,3})[-–](\d{1,3})(?![\d%.,]\d|[\d%])")


_VOTE_RE = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)
# (not "won 3-1", "beat them 2-0", "a 1-1 draw": a game's score)
_GAME_RE = re.compile(r"\b(?:won|win|wins|beat|beats|lost|lose|loses|draw|drew|led|leads|lead|trailed|goals?|win)\b",
                      re.IGNORECASE)
# How a chamber's decision is written with its tally: "approved the measure 61-38", "the bill passed 218-212"
_DECIDED_RE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|passed|pass|approved|approve|adopted|rejected|defeated|confirmed|"
                         r"backed|endorsed|overrode|ratified|carried|failed)\b", re.IGNORECASE)
# A body that decides by a show of hands: "Council extends hotel pause 7-2"
_CHAMBER_RE = re.compile(r"\b(?:council|councillors|councilors|board|committee|commission|senate|assembly|parliament|"
                         r"lawmakers|legislature|justices|trustees|supervisors|aldermen)\b[^.;\n]*$", re.IGNORECASE)
# A tally written with "to": "members voted 38 to 15", "the committee voted four to one"
_VOTED_TO_RE = re.compile(r"\bvot(?:e|es|ed|ing)\s+(?:by\s+)?(\w[\w,]*)\s+to\s+(\w[\w,]*\w|\w)\b", re.IGNORECASE)


def _is_score(text: str, start: int, end: int) -> bool:
    """"led 2-0", "a 1-1 draw", "won 5-4 on penalties": two small numbers
    joined by a dash, the first not below the second (a range rises: "10-12")."""
    for mt in _SCORE_RE.finditer(text, max(0, start - 4), min(len(text), end + 4)):
        if mt.start() <= start and end <= mt.end():
            decided = bool(_DECIDED_RE.search(text, max(0, mt.start() - 40), mt.start()))
            # (three digits only in a chamber's tally: "passed 218-212", not a range "100-150"; a
            # tally may lose, "the amendment failed 5-7", where a range would rise)
            if int(mt.group(1)) >= int(mt.group(2)):
                return max(len(mt.group(1)), len(mt.group(2))) < 3 or decided
            return decided and re.match(r"\s*(?:\w+\s+)?(?:on|in|at|to|after|,|\.|;|$)", text[mt.end():mt.end() + 12]) is not None
    return any(
        mt.start(1) <= start and end <= mt.end(2) and _tally_number(mt.group(1)) and _tally_number(mt.group(2))
        for mt in _VOTED_TO_RE.finditer(text, max(0, start - 30), min(len(text), end + 30))
    )


def _tally_number(word: str) -> bool:
    return word.replace(",", "").isdigit() or word.lower() in lx.UNITS_WORDS


_SCORE_NOUNS = {"score", "scores", "mark", "marks", "grade", "grades"}


def _score_given(span: Span, m: Mention) -> str:
    """"applicants who scored below 150", "a mark under 40", "scored 300 and above": a mark
    in an exam or a test is a score, whoever got it."""
    node = next((t for t in span if t.like_num), span.root)
    if m.unit is not None or m.has_scale:
        return ""
    if node.dep_ == "pobj" and node.head.lower_ in ("below", "above", "under", "over", "between"):
        owner = node.head.head
    elif node.dep_ == "dobj" and not any(t.dep_ == "nummod" for t in span):
        owner = node.head
    else:
        return ""
    if owner.lower_ in _SCORE_NOUNS and owner.pos_ == "NOUN":
        return owner.lower_
    if owner.lower_ in ("score", "scored", "scores", "scoring") and not any(
            c.dep_ == "dobj" and c.i != node.i for c in owner.children):
        return "score"
    return ""


_TIME_WORTH_RE = re.compile(r"\s+(?:hours|days|weeks|months|years)['’]\s+(?!worth\b)(?=[a-z])")
# "after nearly five hours of debate", "three days of talks": what went on that long (not "the first nine months of
# trading": a period that dates other values; nor "within 14 days of the storm": a time after something; nor "stocks
# fell to 18 days of demand": a level measured in days)
_TIME_OF = r"\s+(?:minutes|hours|days|weeks|months|years)\s+of\s+(?=[a-z])"
_PERIOD_BEFORE_RE = re.compile(r"\b(?:within|to|from|at|the|first|last|past|next|previous|final|opening|closing|"
                               r"its|their|his|her|our|those|these)\s+$", re.IGNORECASE)


def _named_by_form(doc: Doc, m: Mention, span: Span) -> str:
    """Subjects the writing itself gives, before any parse: an age ("Reeve,
    34,", "aged 10", "a 10-year-old"), the noun a number is hyphened to ("a
    27-nation bloc" counts nations), and "twice" as an adverb (times)."""
    text = text_of(doc)
    written = text[m.start:m.end].lower()
    if written in lx.MULTIPLIER_WORDS:
        tok = span[0]
        if tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX") and \
                not re.match(r"\s+as\b|\s+the\b", text[m.end:m.end + 5]):
            return "times"  # "scored twice", not "twice as many" or "twice the average"
        return ""
    if m.unit is not None or m.has_scale:
        return ""
    if _is_score(text, m.start, m.end):
        # "the board voted 6-3", "a 5-2 vote": a tally of votes; else a game's score
        near = text[max(0, m.start - 25):m.end + 12]
        decided = (_DECIDED_RE.search(text, max(0, m.start - 40), m.start) or _CHAMBER_RE.search(text, max(0, m.start - 60), m.start)) \
            and not _GAME_RE.search(near)
        return "votes" if _VOTE_RE.search(near) or decided else "score"
    before = text[max(0, m.ext_start - 30):m.ext_start]
    small = m.value == m.value.to_integral_value() and 0 < m.value < 120
    if small and _AGE_BEFORE_RE.search(before):
        return "age"
    if small and _AFTER_NAME_RE.search(before) and re.match(r"\s*,", text[m.ext_end:m.ext_end + 3]):
        i = span.start - 1
        while i > 0 and doc[i].is_punct:
            i -= 1
        if doc[i].pos_ == "PROPN":
            return "age"
    if small and _PARENT_OF_RE.search(before):
        return "children"  # "a mother of three"
    if (worth := _TIME_WORTH_RE.match(text, m.ext_end)) and (after := doc.char_span(
            worth.end(), worth.end() + 1, alignment_mode="expand")) is not None and len(after):
        noun = after[0]
        while noun.dep_ in ("amod", "compound") and noun.head.i > noun.i:
            noun = noun.head
        if noun.pos_ == "NOUN" and noun.lower_ not in lx.TIME_UNITS:
            return _phrase(noun)  # "two weeks' pay for each year", "six months' notice": the pay, the notice
    if not _PERIOD_BEFORE_RE.search(text, max(0, m.ext_start - 12), m.ext_start) \
            and (went_on := _noun_after(doc, m.ext_end, _TIME_OF)):
        return went_on  # "after nearly five hours of debate": the debate
    counted = counted_by_number(span)
    if counted:
        return counted
    hy = _HYPHEN_NOUN_RE.match(text, m.end)
    if hy and not names_unit(hy.group(1)):  # "the 1.2-kilometre wall" measures the wall
        if hy.group(2) or hy.group(1) == "old":
            return "age"
        noun = doc.char_span(hy.start(1), hy.end(1), alignment_mode="expand")
        if hy.group(1) in _MARGIN_UNITS and noun is not None and len(noun) == 1 and noun[0].dep_ == "compound" \
                and noun[0].head.i > noun[0].i and noun[0].head.lower_ in _MARGIN_NOUNS:
            return noun[0].head.text  # "a 6-point lead", "a 2.5-mill levy": the lead and the levy are measured
        if hy.group(1) in lx.TIME_UNITS and noun is not None and len(noun) == 1 \
                and (lasting := _lasting(noun[0])) is not None:
            return lasting  # "a 15-year lease", "20-year power purchase agreements": what lasts that long
        if hy.group(1) in lx.TIME_UNITS or (noun is not None and len(noun) == 1 and noun[0].pos_ == "NOUN"):
            return hy.group(1)
    return ""


# What "people" alone leaves unsaid of a count of casualties: "38 people were killed" counts the people killed
_CASUALTIES = {"killed", "injured", "wounded", "hurt"}


def _casualties(span: Span) -> str:
    people = span.root.head if span.root.dep_ == "nummod" else None
    if people is None or people.lower_ != "people" or people.dep_ != "nsubjpass" \
            or people.head.lower_ not in _CASUALTIES:
        return ""
    return f"people {people.head.lower_}"


# Measures over a span of time that are no thing lasting it: "a 30-year average of 46 cm"
_OVER_A_SPAN = {"average", "averages", "mean", "median", "high", "highs", "low", "lows", "record", "norm", "total",
                "period", "periods", "term", "span", "age", "wait", "waits", "stretch", "time", "times"}


def _lasting(unit: Token) -> str | None:
    """The noun a hyphened time unit describes: "a 15-year lease" names the lease."""
    head = unit.head
    while head.dep_ in ("compound", "amod", "poss") and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head  # ("a five-year operator's permit": the permit)
    if head.i <= unit.i or head.pos_ != "NOUN" or head.lower_ in _OVER_A_SPAN or head.lower_ in lx.TIME_UNITS:
        return None
    return unit.doc[unit.i + 1:head.i + 1].text
