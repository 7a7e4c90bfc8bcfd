"""A headline that gives its source before a colon: "Pence: Flowers won't be at
the debate", "Poll: Wealthy voters abandon the party". The source is a name
(or a poll, a study) standing alone before the colon; "The Latest:" or
"Editor's note:" name no one."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import lexicon as lx
from .pipeline import text_of
from .spans import Attribution
from .speakers import SpeakerResolver, clean_name

_NAMED = ("PERSON", "ORG", "NORP", "GPE")
_SOURCE_COLON = re.compile(r"(?P<src>[A-Z][^\s:]*(?: [A-Z][^\s:]*){0,3}): (?P<body>[A-Z‘'“\"].*?)[.\s]*$")


# "Mayor Vows To Cut Bus Fares", "Facing Critics, Mayor Vows ...", "Senator
# Calls Tax Plan 'reckless'": a name, a cue in the
# present tense, what it says. Headlines capitalise every word, so the tagger
# cannot be trusted with the cue; the word list can.
_SOURCE_CUE = re.compile(r"(?:[^,:;]{3,60},\s+)?(?P<src>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) "
                         r"(?P<cue>[A-Za-z]+s) (?P<body>[A-Z‘'“\"a-z].*?)[.\s]*$")


def from_headline(doc: Doc, resolver: SpeakerResolver) -> Attribution | None:
    text = text_of(doc)
    end = text.find("\n")
    line = text[:end if end >= 0 else len(text)]
    m = _SOURCE_COLON.match(line)
    if m is None:
        if end < 0 or len(line.split()) > 16:
            return None  # a headline stands above a body, and is short
        m = _SOURCE_CUE.match(line)
        if m is None or m.group("cue").lower() not in lx.ALL_CUES or m.group("cue").lower() in _NOT_HEADLINE_CUES \
                or m.group("body").startswith("that "):
            return None  # "X believes that ...": a sentence the parse reads
    src = doc.char_span(m.start("src"), m.end("src"), alignment_mode="contract")
    if src is None or not len(src):
        return None
    head = src[-1]
    # headlines capitalise every word and the tagger often misses a bare surname
    # there; the body names the source as an entity ("Pence:" ... "Mike Pence said")
    named = all(t.pos_ == "PROPN" for t in src) and head.ent_type_ in _NAMED or any(
        t.text == head.text and t.ent_type_ in _NAMED for t in doc[src.end:])
    source = len(src) == 1 and head.lower_ in lx.SOURCE_NOUNS
    if not (named or source):
        return None
    s, e = m.start("body"), m.end("body")
    if e - s < 3:
        return None
    sp = resolver.resolve(head)
    fuller = _fuller_name(doc, src.end, head.text)
    if fuller is not None and len(fuller[0]) > len(sp.name):
        sp.name, sp.kind = fuller
        sp.aliases = resolver.aliases(sp.name, sp.kind)
    cue = m.group("cue").lower() if "cue" in m.re.groupindex else ":"
    return Attribution(0, len(line), s, e, sp.name, sp.kind, False, cue, sp.aliases,
                       cue_start=m.end("src"), speaker_start=m.start("src"))


# Cue words that a headline uses more often for something else: "Plans" and
# "Wants" head news of intentions the body reports; "Shows", "Finds" of events.
_NOT_HEADLINE_CUES = {"plans", "wants", "shows", "finds", "puts", "points", "projects", "posts", "hears",
                      "learns", "knows", "feels", "figures", "judges", "states", "reports", "rules", "signals",
                      "forecasts", "estimates", "answers", "counters", "relates", "guesses"}


def _fuller_name(doc: Doc, start: int, word: str) -> tuple[str, str] | None:
    """The name in the body that ends with the headline's word ("Pence" ->
    "Mike Pence"): the headline names its source before the body does. Two
    different such names (two Clintons) give none: never guess between them."""
    found = {(clean_name(ent.text), "person" if ent.label_ == "PERSON" else "organization")
             for ent in doc.ents if ent.start >= start and ent.label_ in _NAMED and ent[-1].text == word}
    longest = {f for f in found if not any(g[0].endswith(" " + f[0]) for g in found)}
    return next(iter(longest)) if len(longest) == 1 else None
