"""What a figure measures when a verb of change gives it and the parse lost the verb, as it does most in
headlines: "Flu cases in Millbrook rise to 72", "Wheat harvest down 12%", "tramline cost climbs to £380m",
"defence allocation raised 18pc", "Profit climbs 9% to ¥41bn". Headlines drop their articles and
capitalise names, so the small model often parses the verb as a noun ("cost climbs") or the thing as a
name ("Reservoir falls below 40 per cent"); the shape of the words is steadier than the parse."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from . import lexicon as lx
from .measures import is_money
from .mentions import Mention
from .pipeline import text_of
from .subject_parse import _CHANGE_VERBS, THROUGH_NMOD, _phrase, amount_root

_BOUNDARIES = ("as", "but", "and", "after", "while", "amid", "despite", "with", "when", "though")
# Words between what changed and the verb: "Council tax to rise", "bill could hit", "crowd is cut to"
_AUXILIARIES = ("to", "is", "are", "was", "were", "be", "been", "could", "would", "will", "may", "might", "set", "expected")
# What changed, as few words as will do, each beginning with a letter and none a boundary
_WORD = r"(?!(?:" + "|".join(_BOUNDARIES) + r")\b)[A-Za-z][\w’'&.-]*"
_CHANGED = (r"rises?|rose|climbs?|falls?|fell|drops?|dips?|slips?|jumps?|soars?|surges?|slumps?|plunges?|tumbles?|"
            r"sinks?|slides?|grows?|hits?|tops?|reach(?:es)?|cross(?:es)?|exceeds?|nears?|doubles?|"
            r"weakens?|strengthens?|eases?|swells?|balloons?|up(?!\s+to\b)|down|raised|cut|lifted|trimmed|reduced|increased|"
            r"hiked|slashed|lowered")
_HEADLINE_CHANGE_RE = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:" + "|".join(_BOUNDARIES) + r")\s+)"
    rf"(?P<changed>(?:{_WORD}\s+){{0,5}}?{_WORD})\s+(?:(?:{'|'.join(_AUXILIARIES)})\s+){{0,2}}(?:{_CHANGED})"
    r"(?:\s+(?:to|by|below|above|past|over|under|beyond))?"
    r"(?:\s+(?:a\s+)?(?:record|new|about|around|nearly|almost|over|more\s+than|less\s+than|an\s+estimated|some|just))*"
    r"\s+(?:\S{1,4}\s?)?$",
    re.IGNORECASE,
)
# A word after the amount that it qualifies: "passes $75 million film tax credit" (the credit is what the sum is)
# Words after an amount that open no noun it qualifies: a boundary, a preposition, an article, a time
_NO_NOUN_AFTER = "|".join(_BOUNDARIES) + r"|in|on|for|from|of|a|an|per|each|over|to|than|by|this|last|next|so"
_QUALIFIES_NEXT_RE = re.compile(r"\s+(?!(?:" + _NO_NOUN_AFTER + r"|since|year|years|month|months)\b)[a-z]")
# Where the name of what changed ends: "Measles cases in Calderbridge", "exports to China"
_CUT_RE = re.compile(r"\s+(?:in|of|at|for|to|from|on|across|among|under)\s.*$", re.IGNORECASE)
_POSSESSOR_RE = re.compile(r"^(?:[\w.&-]+\s+){0,2}[\w.&-]+(?:['’]s|s['’])\s+(?=\w)")
_PER_UNIT_RE = re.compile(r"\s+(?:a|an|per)\s+[a-z]")
_NOT_NAMES = {"it", "they", "this", "that", "he", "she", "we", "who", "which", "what"}


def _in_headline(text: str, m: Mention) -> bool:
    """Whether the amount stands in the article's first line, and that line reads as a headline: no full
    stop at its end, no more than 18 words."""
    line_end = text.find("\n")
    return 0 <= line_end and m.ext_end <= line_end and not text[:line_end].rstrip().endswith(".") \
        and len(text[:line_end].split()) <= 18


def headline_changed(doc: Doc, m: Mention, span: Span, parsed: str) -> str:
    """The thing a headline says rose, fell or was cut to or by the amount, else '' (also when the subject
    the parse gave, ``parsed``, is already a part of it: "scooter sales" of "Malwa Motors' scooter sales").
    Only for a sum, a share or a bare number: "grows to 48,000 acres" and "rise to 45 cases" name what
    they count, and "hits $9,800 a tonne" is a price."""
    text = text_of(doc)
    if not _in_headline(text, m):
        return ""
    if not (is_money(m.unit) or m.unit == "%" or (m.unit is None and span.root.dep_ != "nummod")):
        return ""
    if _QUALIFIES_NEXT_RE.match(text, m.ext_end) or (is_money(m.unit) and _PER_UNIT_RE.match(text, m.ext_end)):
        return ""
    found = _HEADLINE_CHANGE_RE.search(text, 0, m.start)
    if found is None:
        return ""
    changed = _without_place(doc, found.start("changed"), _POSSESSOR_RE.sub("", _CUT_RE.sub("", found.group("changed"))))
    named = changed.lower().split()
    if changed.lower() in _NOT_NAMES or parsed and named[-len(parsed.split()):] == parsed.lower().split():
        return ""
    return changed


# "Cricket board posts Rs. 2.4bn surplus", "Council books £40m loss": one or two lower-case words right after a
# headline's sum that close the line or a clause (and are no preposition or "more") name what the sum is
_SUM_NOUN_AFTER_RE = re.compile(
    r"[ \u00a0]+(?!(?:" + _NO_NOUN_AFTER + r"|more|less|extra|apiece|the|ahead|before|after)\b)"
    r"((?:[a-z][a-z-]+[ \u00a0]+)?[a-z][a-z-]+)"
    r"(?=[ \u00a0]*(?:\n|$|[,;:—–]|[ \u00a0]+(?:" + "|".join(b for b in _BOUNDARIES if b != "and") + r"|amid|on|in|for|over)\b))"
)


def headline_sum_noun(doc: Doc, m: Mention) -> str:
    """What a headline's sum is, named by the noun right after it, whatever the parse made of the headline's
    verb ("posts" taken for a plural noun); '' outside a headline or with no such noun."""
    text = text_of(doc)
    if not is_money(m.unit) or not _in_headline(text, m):
        return ""
    mt = _SUM_NOUN_AFTER_RE.match(text, m.ext_end)
    if mt is None:
        return ""
    words = doc.char_span(mt.start(1), mt.end(1), alignment_mode="expand")
    if words is None or words[-1].pos_ != "NOUN":
        return ""
    return words.text


def _without_place(doc: Doc, start: int, changed: str) -> str:
    """ "Vancouver vacancy rate" -> "vacancy rate": a place before what changed only says where."""
    text = text_of(doc)
    offset = text.find(changed, start)
    words = doc.char_span(offset, offset + len(changed), alignment_mode="expand")
    if words is None:
        return changed
    place = 0
    while place < len(words) - 1 and words[place].ent_type_ in ("GPE", "LOC", "NORP"):
        place += 1
    return text[words[place].idx : offset + len(changed)]


# "Profit climbs 9% to ¥41bn": the parser, short of a verb in a headline, may tag the verb a noun
_CHANGE_BEFORE_RE = re.compile(
    r"\b([a-z][a-z-]*)\s+(" + "|".join(sorted(_CHANGE_VERBS)) + r")\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+)?$"
)


# "Quarterly Results; Revenue Up 27% to $48.6 Million": a title-case headline's noun before "Up" or "Down"
_TITLE_CHANGE_RE = re.compile(r"(?:^|[;:]\s+|\n)((?:[A-Z][a-z-]+\s+)?[A-Z][a-z-]+)\s+(?:Up|Down)\s+(?:by\s+)?$")


def change_the_parse_lost(doc: Doc, m: Mention) -> str:
    """An amount a verb of change gives the noun before it, when the parse lost the verb or hung
    the amount elsewhere ("will see the toll climb by about $2": "by" taken for the seeing's)."""
    text = text_of(doc)
    titled = _TITLE_CHANGE_RE.search(text, max(0, m.ext_start - 40), m.ext_start)
    if titled:
        return titled.group(1).lower()
    mt = _CHANGE_BEFORE_RE.search(text, max(0, m.ext_start - 40), m.ext_start)
    if not mt:
        return ""
    words = doc.char_span(mt.start(1), mt.end(2), alignment_mode="expand")
    amount = doc.char_span(m.start, m.end, alignment_mode="expand")
    if words is None or amount is None or len(words) != 2 or words[0].pos_ != "NOUN":
        return ""
    node = amount_root(amount.root, THROUGH_NMOD)
    governed = node.head.i == words[1].i or (node.dep_ == "pobj" and node.head.head.i == words[1].i)
    if words[1].pos_ == "VERB" and governed:
        return ""
    return _phrase(words[0]) if words[0].lower_ not in lx.ANONYMOUS_NOUNS | lx.ORG_NOUNS else ""
