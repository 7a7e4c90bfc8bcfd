"""Attributed claims: direct quotes, reported speech, "according to" and
beliefs/intentions, each with its speaker.

Quotes are found on the characters (straight marks are told apart as opening
or closing by what surrounds them); reported speech comes from the dependency
parse: a cue verb, its subject (the speaker) and its clausal complement (the
content).

The work is split by concern: ``quotes`` (marks), ``direct`` (quotes with their
cue), ``reported`` (cues in the parse), ``clauses`` (what a cue reports),
``holders`` (who holds it), ``settle`` (overlaps) and ``spans`` (offsets).
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx
from .asides import split_asides
from .blockquotes import introduced_paragraphs, speaker_turns
from .direct import from_block, from_quote, from_turn
from .headlines import from_headline
from .pipeline import text_of
from .quotes import find_quotes
from .reported import from_according, from_adjective, from_cue, from_noun, from_showing_noun, showing_noun
from .settle import settle
from .spans import Attribution
from .speakers import SpeakerResolver

__all__ = ["Attribution", "find_attributions", "find_quotes"]


def find_attributions(doc: Doc) -> list[Attribution]:
    text = text_of(doc)
    quotes = find_quotes(text)
    quote_spans = [q.content for q in quotes]
    resolver = SpeakerResolver(doc, [(q.open, q.after) for q in quotes])
    candidates: list[tuple[int, str, object]] = []  # (position, kind, payload) in text order
    for q in quotes:
        candidates.append((q.open, "quote", q))
    quoted = bytearray(len(text) + 1)  # 1 where a character is inside quotation marks
    for qs, qe in quote_spans:
        quoted[qs:qe] = b"\x01" * (qe - qs)
    for tok in doc:
        if quoted[tok.idx]:
            continue
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            candidates.append((tok.idx, "according", tok))
        elif tok.lower_ in lx.ALL_CUES and tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
            candidates.append((tok.idx, "cue", tok))
        elif (tok.lower_ in lx.BELIEF_ADJECTIVES or tok.lower_ in lx.CLARITY_ADJECTIVES) and (
            tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.dep_ in ("acomp", "ROOT", "conj"))
        ):
            # "are confident that", "are convinced that" (a participle), "made clear that"
            candidates.append((tok.idx, "adjective", tok))
        elif tok.lower_ in lx.ALL_CUES and tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and \
                any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "ccomp" for c in tok.children):
            # "Trump claims that ...": the tagger took the verb for a plural noun
            candidates.append((tok.idx, "cue", tok))
        elif showing_noun(tok):
            candidates.append((tok.idx, "showing", tok))  # "..., Bureau of Statistics data show."
        elif tok.lower_ in lx.CUE_NOUNS and tok.pos_ == "NOUN":
            candidates.append((tok.idx, "noun", tok))
    for cue, c_start, c_end in introduced_paragraphs(doc):
        candidates.append((cue.idx, "block", (cue, c_start, c_end)))
    for turn in speaker_turns(doc):
        candidates.append((turn[1], "turn", turn))
    candidates.sort(key=lambda c: c[0])

    found: list[Attribution] = []
    headline = from_headline(doc, resolver)
    if headline is not None:
        found.append(headline)
    last: Attribution | None = None
    for _, kind, payload in candidates:
        if kind == "quote":
            a = from_quote(doc, payload, resolver, last, quote_spans)
        elif kind == "according":
            a = from_according(doc, payload, resolver)
        elif kind == "adjective":
            a = from_adjective(doc, payload, resolver)
        elif kind == "noun":
            a = from_noun(doc, payload, resolver)
        elif kind == "showing":
            a = from_showing_noun(doc, payload)
        elif kind == "block":
            a = from_block(doc, *payload, resolver)
        elif kind == "turn":
            a = from_turn(*payload, resolver)
        else:
            a = from_cue(doc, payload, resolver, quote_spans)
        if a is not None:
            found.append(a)
            last = a
            if not a.direct:
                resolver.forget_inside(a.content_start, a.content_end)
    return settle(doc, split_asides(text, found))
