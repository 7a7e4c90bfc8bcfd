"""Reported speech that goes on past a cue set inside it: "The group sold 30
shops last year, the chairman said, and had closed four more since May." A verb
phrase joined after the cue by "and" or "but", with no subject of its own, is
said by the same speaker and is a claim of its own beside the clause before the
cue. A joined clause with a subject of its own ("..., he said, and the board
agreed") is left as the finders read it: annotators differ on it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from .spans import Attribution, sentence_end

# the cue's own words end at a comma; then the clause joined to what was said
_GOES_ON = re.compile(r",\s+(and|but)\s+")
_MAX_CUE_WORDS = 9
# a phrase after the cue that opens with one of these has no subject of its own
# ("..., she said, and had closed two wards"): the speaker's, split from the first
_AUXILIARIES = {
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "would",
    "could",
    "will",
    "can",
    "should",
    "might",
    "may",
    "must",
    "did",
    "does",
    "do",
    "still",
    "also",
}


def split_asides(text: str, found: list[Attribution]) -> list[Attribution]:
    """Each reported attribution whose cue stands between two joined clauses of
    what was said becomes two: the clause before the cue and the one after."""
    out: list[Attribution] = []
    for a in found:
        out.extend(_split(text, a, found))
    return out


def _split(text: str, a: Attribution, found: list[Attribution]) -> list[Attribution]:
    if a.direct or a.cue_start < 0 or a.speaker_start < 0:
        return [a]
    cue_at = min(a.cue_start, a.speaker_start)
    before = text[a.content_start : cue_at].rstrip()
    if not before.endswith(",") or cue_at <= a.content_start:
        return [a]
    if a.content_end > cue_at:
        # the cue inside the content: "X, she said, and Y" read as one
        rest_end = a.content_end
    else:
        # the cue after the content: "X, she said" read, ", and Y" left out
        rest_end = sentence_end(text, cue_at)
    m = _GOES_ON.search(text, max(a.cue_start, a.speaker_start), rest_end)
    if m is None or not _cue_words(text[cue_at : m.start()]):
        return [a]
    tail = text[m.start(1) : rest_end].rstrip().rstrip(".").rstrip()
    words = tail.split()
    if len(words) < 4 or words[1].lower() in lx.ALL_CUES or any(q in tail for q in '"“”'):
        return [a]  # "..., she said, and added that ...": a cue of its own
    if words[1].lower() not in _AUXILIARIES:
        return [a]  # a clause with a subject of its own: left as read
    tail_start = m.start(1)
    tail_end = tail_start + len(tail)
    if any(b is not a and b.content_start < tail_end and tail_start < b.content_end for b in found):
        return [a]  # already someone's
    head_end = a.content_start + len(before) - 1
    first = replace(a, content_end=head_end) if a.content_end > cue_at else a
    second = replace(a, content_start=tail_start, content_end=tail_end, claim_end=max(a.claim_end, tail_end))
    return [first, second]


def _cue_words(between: str) -> bool:
    """The speaker, the cue and its adjuncts only: no clause of their own."""
    return 2 <= len(between.split()) <= _MAX_CUE_WORDS and not any(ch in between for ch in ',;:"“”()')
