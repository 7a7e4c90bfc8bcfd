"""How exactly a number is meant: "about 300", "more than 40%", "up to 12",
"no higher than 48%" (the phrases lexicon.py lists), and the verbs that say
"more than" ("exceeded 5,000 units")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import lexicon as lx
from .measures import is_money
from .mentions import Mention
from .pipeline import text_of
from .subjects import tokens_at

_QUALIFIERS_LONGEST_FIRST = sorted(lx.QUALIFIER_BEFORE, key=lambda pq: -len(pq[0]))


def qualifier_of(doc: Doc, m: Mention) -> str:
    text = text_of(doc)
    before = " ".join(text[max(0, m.ext_start - 40):m.ext_start].lower().split())
    before = " ".join(re.sub(r"[\"“”‘’(]|(?<!\w)'", " ", before).split())
    # the longest phrase wins: "no more than" is at most, not "more than"
    for phrase, q in _QUALIFIERS_LONGEST_FIRST:
        if before == phrase or before.endswith(" " + phrase):
            if phrase == "up to" and _phrasal_up(before):
                continue
            if phrase == "over" and is_money(m.unit) and _names_a_thing_after(doc, m):
                continue  # "grilled over a $64 million market project": over is about
            if phrase == "over" and _over_a_stretch(before[: -len(phrase)], text, m):
                continue  # "£2bn over five years", "spread over 400 hectares": across, not more than
            if phrase == "over" and _last_word(before[: -len(phrase)]) in _HANDING:
                continue  # "handed over £120,000": the sum changed hands, whole
            return _negated(before[: -len(phrase)], q)
    after = " ".join(text[m.ext_end:m.ext_end + 30].lower().split())
    for phrase, q in lx.QUALIFIER_AFTER:
        if after.startswith(phrase + " ") or after == phrase or after.startswith(phrase + ",") or after.startswith(phrase + "."):
            return q
    span = tokens_at(doc, m.ext_start, m.ext_end)
    if span is not None:
        for t in span:
            if t.head.i not in range(span.start, span.end) and t.dep_ in ("dobj", "attr", "npadvmod", "pobj", "nummod"):
                verb = t.head
                if t.dep_ == "nummod" and verb.dep_ == "dobj":  # "exceeded 5,000 units"
                    verb = verb.head
                if verb.lower_ in lx.MORE_THAN_VERBS and verb.pos_ != "NOUN" \
                        and not re.match(r"[-–]\d", text[m.end:m.end + 2]):
                    return "more_than"  # (not "the bill passed 218-212": a tally, nor "season passes £95": a noun)
    if m.qualifier != "exact":
        return m.qualifier
    return "exact"


# Verbs that lay something out across an area or a length: "spread over 400 hectares"
_SPREAD = {"spread", "spreads", "spreading", "stretch", "stretches", "stretched", "stretching", "span", "spans",
           "spanned", "spanning", "extend", "extends", "extended", "extending", "sprawls", "sprawling", "scattered"}
# Verbs that spread a sum or a change across a time: "rolled out over 18 months", "repaid over 20 years"
_ACROSS_TIME = _SPREAD | {"out", "phased", "paid", "repaid", "repayable", "payable", "delivered", "invested", "spent",
                          "spend", "spending", "raised", "cut", "implemented", "introduced", "staggered", "built",
                          "installed", "hired", "recruited", "created", "saved"}
# Verbs whose particle "over" passes a thing to another: "handed over £120,000", "signed over 40 acres".
_HANDING = set(lx.verb_forms("hand", "turn", "sign", "fork"))
_TIME_AFTER_RE = re.compile(r"\s*(?:-\s*)?(?:years?|months?|weeks?|days?|decades?|quarters?|hours?|minutes?|seasons?)\b")


def _over_a_stretch(before: str, text: str, m: Mention) -> bool:
    """Whether "over" before the number means across a stretch of time or ground, not more than:
    after a sum or a change ("£2bn over five years", "9% over three years"), or a verb that lays
    something out ("rolled out over 18 months", "spread over 400 hectares"). ("for over 20 years",
    "waited over two hours" are more than.)"""
    last = _last_word(before).rstrip(",")
    if not last:
        return False
    if last in _SPREAD:
        return True
    if not _TIME_AFTER_RE.match(text, m.ext_end):
        return False
    amount = bool(re.fullmatch(r"(?:[£$€¥₹]|[a-z]{1,3}\$)?\d[\d,.]*(?:%|m|bn|k|p|c)?|million|billion|percent|cent|%", last))
    return amount or last in _ACROSS_TIME


def _last_word(before: str) -> str:
    words = before.split()
    return words[-1] if words else ""


def _names_a_thing_after(doc: Doc, m: Mention) -> bool:
    """A sum of money that describes the noun after it: "a $64 million market project"."""
    span = tokens_at(doc, m.ext_start, m.ext_end)
    head = span.root.head if span is not None else None
    return head is not None and head.i >= span.end and head.pos_ == "NOUN" and span.root.dep_ in (
        "compound", "nummod", "amod", "nmod")


# A bound denied is the other bound: "no higher than 48%" is at most 48%, "not below 20" at least
# 20 (the phrases QUALIFIER_BEFORE spells out, "no more than", "no fewer than", win before this).
_NEGATED_BOUND = {"more_than": "at_most", "less_than": "at_least"}


def _negated(before: str, qualifier: str) -> str:
    words = before.split()
    if qualifier in _NEGATED_BOUND and words and words[-1] in ("no", "not"):
        return _NEGATED_BOUND[qualifier]
    return qualifier


def _phrasal_up(before: str) -> bool:
    """"pushed it up to 18 months", "right up to": "up" belongs to the verb."""
    words = before.split()
    if len(words) < 3:
        return False
    w = words[-3]
    return w in ("it", "them", "him", "her", "right", "way", "all", "us")
