"""Character spans of attributed claims: the ``Attribution`` record the finders
fill in, and the sentence and quote-mark arithmetic they share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

_TRAIL = " \t\n,;:—–-"


@dataclass
class Attribution:
    claim_start: int
    claim_end: int
    content_start: int
    content_end: int
    speaker: str
    speaker_kind: str
    direct: bool
    cue: str = ""
    aliases: list[str] = field(default_factory=list)
    cue_start: int = -1
    speaker_start: int = -1


def rstrip_index(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def sentence_start(text: str, i: int) -> int:
    """Start of the sentence holding character i, by punctuation and line breaks."""
    j = i
    while j > 0:
        ch = text[j - 1]
        if ch == "\n":
            break
        if ch in ".!?" and j < len(text) and text[j].isspace() and not _abbrev_before(text, j - 1) \
                and not _lower_after(text, j):
            break
        if ch in "\"”" and j >= 2 and text[j - 2] in ".!?" and j < len(text) and text[j].isspace():
            break  # '... "without delay." Clinton plans ...': a quote closed the sentence
        j -= 1
    while j < i and text[j].isspace():
        j += 1
    return j


def sentence_end(text: str, i: int) -> int:
    """End (exclusive) of the sentence holding character i."""
    n = len(text)
    j = i
    while j < n:
        ch = text[j]
        if ch == "\n":
            break
        if ch in ".!?" and (j + 1 == n or text[j + 1].isspace() or text[j + 1] in "\"”’'") and not _abbrev_before(text, j) \
                and not _lower_after(text, j + 1):
            j += 1
            while j < n and text[j] in "\"”’'":
                j += 1
            return j
        j += 1
    return rstrip_index(text, i, j)


def _abbrev_before(text: str, dot: int) -> bool:
    w = re.search(r"(\w+)$", text[max(0, dot - 6):dot])
    if not w:
        return False
    word = w.group(1)
    if len(word) == 1 and word.isupper() and (w.start() == 0 or text[max(0, dot - 6) + w.start() - 1] == " "):
        return True  # an initial: "Donald J. Trump"
    return word.lower() in ("mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "no", "co",
                            "jr", "sr", "lt", "col", "sgt", "capt", "vs", "rev", "hon", "sept", "feb", "aug")


def _lower_after(text: str, j: int) -> bool:
    """Does a lower-case word follow position j ("8:30 p.m. in front of")? No
    sentence starts with one."""
    k = j
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    return k < len(text) and text[k].islower()


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return [t for t in span if not t.is_space] if span is not None else []


def skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def near(text: str, prev_end: int, start: int) -> bool:
    """Same paragraph, or the next one."""
    return text[prev_end:start].count("\n\n") + (1 if "\n" in text[prev_end:start] and "\n\n" not in text[prev_end:start] else 0) <= 1


def balance_quotes(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip trailing punctuation; keep a closing mark whose opening mark is inside."""
    while e > s and text[e - 1] in _TRAIL + ".":
        e -= 1
    seg = text[s:e]
    if seg.count("“") > seg.count("”") or (seg.count('"') % 2 == 1):
        m = re.match(r"[^\"”\n]{0,3}[\"”]", text[e:])
        if m:
            e += m.end()
    return s, e


def token_end(doc: Doc, idx: int) -> int:
    if idx < 0:
        return -1
    span = doc.char_span(idx, idx + 1, alignment_mode="expand")
    return span.end_char if span is not None else idx
