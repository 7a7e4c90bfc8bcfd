"""What a sum or a share is named by when the clause around it says so in passing: the noun it
stands beside ("with copper at US$9,800", "the policy rate, now 2.65%,"), the verb that gives or pays
it ("fined the operator ₦1.5 billion", "paid workers $28.50 an hour"), a change set off by commas
after its noun, and a noun before a verb of costing the parser took for a noun. Called by
subjects.subject_of."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .currencies import currency_words
from .measures import is_money
from .mentions import Mention
from .pipeline import text_of
from .subject_parse import _CONTAINER_NOUNS, _MEASURE_UNITS, THROUGH_NMOD, _common_noun, _phrase, amount_root

# Where something is sold or found, never what a sum is
PLACE_NOUNS = {"shop", "shops", "store", "stores", "supermarket", "supermarkets", "market", "markets", "outlet",
               "outlets", "city", "cities", "town", "towns", "area", "areas", "region", "regions", "place", "places",
               "country", "countries", "state", "states", "part", "parts", "restaurant", "restaurants",
               # "fell 4% to 27.40 in early trade": when it was traded, not what the sum is
               "trade", "trading", "deals", "dealings", "session"}


_GIVEN_AS = {"fine", "award", "charge", "compensation", "grant"}


def sum_given_as(node: Token) -> str:
    """"fined the operator ₦1.5 billion", "awarded a former engineer $4.75 million": a sum the parser
    set beside the verb's object is what the verb names it (the fine, the award)."""
    node = amount_root(node)
    if node.dep_ != "appos" or node.head.dep_ not in ("dative", "dobj"):
        return ""
    named = lx.VERB_NOMINALS.get(node.head.head.lower_, "")
    return named if named in _GIVEN_AS else ""


def standing_noun(node: Token) -> Token | None:
    """"with nickel at A$24,500 a tonne", "the policy rate, now 2.65%,": a sum or a share set right
    after a common noun, by "at" or as its apposition, is where that noun stands."""
    node = amount_root(node)
    if node.dep_ == "pobj" and node.head.lower_ == "at":
        noun = node.head.head
        before = node.doc[node.head.i - 1] if node.head.i > 0 else noun
        if before.dep_ == "pobj" and before.head.lower_ == "with":
            noun = before  # "slipped 1% with nickel at A$24,500": the parser hangs "at" on the verb
    elif node.dep_ == "appos":
        noun = node.head
    else:
        return None
    if noun.pos_ != "NOUN" or not noun.is_alpha or noun.i > node.i or not _common_noun(noun) or noun.lower_ in lx.TIME_UNITS \
            or noun.lower_ in lx.ANONYMOUS_NOUNS | lx.PERSON_NOUNS | PLACE_NOUNS | _CONTAINER_NOUNS \
            or noun.lower_ in currency_words() or noun.lower_ in _MEASURE_UNITS:
        return None
    return noun


_CHANGE_ASIDE_RE = re.compile(r"\b([A-Za-z]+)\s*,\s*(?:now\s+)?(?:up|down|off)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|"
                              r"almost\s+|more\s+than\s+)?\S*$")
# ... and a sum it moved from: "the toll, up from $3.20, will raise ..."
_LEVEL_ASIDE_RE = re.compile(r"\b([A-Za-z]+)\s*,\s*(?:now\s+)?(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\S*$")
# A noun right before a verb of costing, read from the words: "a subscription costs £129"
_COSTS_BEFORE_RE = re.compile(r"\b([a-z]+)\s+(?:now\s+|still\s+|only\s+)?(?:costs?|costing|sells?\s+for|sold\s+for|retails?\s+(?:at|for))"
                              r"\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|up\s+to\s+|just\s+|over\s+|under\s+)?\S*$")
# What a sum paid by the unit is called after the verb that pays or costs it
RATE_NOMINALS = {"cost", "payment", "charge"}
# Nouns that name a sum of money by what it is for or who pays it
SUM_NOUNS = {"cost", "costs", "subsidy", "subsidies", "tariff", "tariffs", "fare", "fares", "commission", "compensation",
             "levy", "levies", "toll", "tolls", "fee", "fees", "rent", "rents", "wage", "wages", "pay", "royalty",
             "royalties", "duty", "duties", "tax", "taxes", "premium", "premiums", "grant", "grants", "aid", "relief",
             "allowance", "charge", "charges", "spending", "earnings", "bonus", "payout", "dividend", "salary", "pension"}

# Nouns that name a sum by what kind of sum it is, so a sum they are said to be is that sum
_SUM_SUBJECTS = SUM_NOUNS | {"fine", "fines", "penalty", "penalties", "price", "prices", "budget", "bill",
                             "damages", "award", "payment", "settlement", "ransom", "bail", "salary", "bounty"}
# Forms of "be" and the verbs that state a level as it does: "rents are now €1,700", "the toll stood at £4"
BE_VERBS = {"is", "was", "are", "were", "be", "been", "'s", "remains", "remained", "stood", "stands"}


def sum_it_is(node: Token) -> Token | None:
    """"the maximum penalty was £2 million on conviction": a sum that is what a noun of money is said
    to be is that noun's, whatever phrase follows it."""
    node = amount_root(node)
    verb = node.head
    if node.dep_ != "attr" or verb.lower_ not in BE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < node.i), None)
    return subject if subject is not None and subject.lower_ in _SUM_SUBJECTS else None


_EARN = set(lx.verb_forms("earn"))
_TAKE = set(lx.verb_forms("take took taken takes taking"))
_PAY = set(lx.verb_forms("pay paid paid pays paying"))
_RENT = set(lx.verb_forms("rent", "lease"))
_SUMMARIES = {"average", "total", "median", "maximum", "minimum", "sum"}
# What a sum stands after in a verb's phrase: "earn between ...", "earning under ...", "rents for ..."
_AMOUNT_PREPS = ("between", "about", "around", "under", "over", "above", "below", "up")


def pay_of(node: Token) -> str:
    """A sum by the hour, day or month that people earn, take home or are paid is their pay."""
    verb = amount_head(node)
    if verb is None:
        return ""
    if verb.lower_ in _EARN:
        return "earnings"  # "pickers earn £1,900 a month"
    if verb.lower_ in _RENT:
        return "rent"  # "the flat rents for €1,200 a month"
    if verb.lower_ in _TAKE and any(c.lower_ == "home" for c in verb.children):
        return "pay"  # "cleaners take home 700 rand a week"
    if verb.lower_ in _PAY and any(c.dep_ in ("dative", "dobj") and c.i < node.i and c.pos_ == "NOUN" and c.tag_ == "NNS"
                                    for c in verb.children):
        return "pay"  # "paid workers $28.50 an hour"
    return ""


def amount_head(node: Token) -> Token | None:
    """The verb the amount is the object of, through the words of the amount ("up to A$180,000") and
    an average or a total of it ("cleaners take home an average of 700 rand")."""
    node = amount_root(node, THROUGH_NMOD)
    if node.dep_ == "dative" and node.head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.like_num for c in node.head.children):
        return node.head  # "were earning Rs 9,000 a month": the currency taken for who is paid, the number for the object
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in _SUMMARIES:
        node = node.head.head
    if node.dep_ == "conj" and (node.head.like_num or node.head.text in lx.CURRENCY_SYMBOLS) or (
            node.dep_ == "prep" and node.head.like_num and node.like_num):
        # the range's upper end: as its lower ("RM1,500 and RM2,400", "Rs 9,000-11,000" read as a preposition)
        node = amount_root(node.head, THROUGH_NMOD)
    if node.dep_ == "pobj" and node.head.lower_ in _AMOUNT_PREPS and node.head.head.pos_ == "VERB":
        return node.head.head  # "earn between £1,500 and £1,900 a month", "tenants earning under €48,000 a year"
    if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lower_ in _RENT:
        return node.head.head  # "rents for €1,200 a month"
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "at", "of") and node.head.head.pos_ == "VERB":
        return node.head.head
    return node.head if node.dep_ in ("dobj", "npadvmod", "attr") and node.head.pos_ in ("VERB", "AUX") else None


def noun_before_costing(doc: Doc, m: Mention) -> str:
    """"an annual subscription costs £129": where the parser took the verb of costing for a noun, the
    noun written before it costs the sum."""
    costing = _COSTS_BEFORE_RE.search(text_of(doc), max(0, m.ext_start - 60), m.ext_start)
    before = doc.char_span(costing.start(1), costing.end(1)) if costing else None
    if before is None or before[0].pos_ not in ("NOUN", "PROPN", "ADJ") or not before[0].is_lower:
        return ""
    return " ".join(t.text for t in doc[max(before.start - 2, 0):before.end]
                    if t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN") and t.lower_ not in ("a", "an", "the"))


def changed_aside(doc: Doc, m: Mention) -> str:
    """"ticket sales, up 14% last quarter, are slowing": a change set off by commas after the noun that
    changed (not after an "according to" source: "the housing department, up 22%")."""
    aside = _CHANGE_ASIDE_RE.search(text_of(doc), max(0, m.ext_start - 60), m.ext_start) if m.unit in ("%", "pp") else \
        _LEVEL_ASIDE_RE.search(text_of(doc), max(0, m.ext_start - 60), m.ext_start) if is_money(m.unit) else None
    noun = doc.char_span(aside.start(1), aside.end(1)) if aside else None
    if noun is None or noun[0].pos_ != "NOUN" or noun[0].dep_ == "pobj" or not _common_noun(noun[0]) \
            or noun[0].lower_ in lx.TIME_UNITS:
        return ""
    return _phrase(noun[0])
