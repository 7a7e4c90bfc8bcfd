"""Settling overlapping attributions: a report already taken as a quote, nested
cues (the outer one or the holder of the view wins), and no two claims on one
span."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from . import lexicon as lx
from .pipeline import text_of
from .spans import Attribution, token_end


class _SpanIndex:
    """The attributions whose content spans come near a given one, found by bisection,
    so settling a long article compares each attribution with its neighbours only
    instead of with every other (every rule below needs the two spans to meet)."""

    def __init__(self, items: list[Attribution]):
        self.items = sorted(items, key=lambda a: a.content_start)
        self.starts = [a.content_start for a in self.items]
        self.longest = max((a.content_end - a.content_start for a in self.items), default=0)

    def near(self, a: Attribution, slack: int = 3) -> list[Attribution]:
        lo = bisect.bisect_left(self.starts, a.content_start - self.longest - slack)
        hi = bisect.bisect_left(self.starts, a.content_end + slack)
        return [b for b in self.items[lo:hi] if b.content_end > a.content_start - slack]


_SAYING = {form for form, base in lx.SPEECH_VERBS.items() if base == "say"}


def settle(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    text = text_of(doc)
    keep: list[Attribution] = []
    outer = _SpanIndex([a for a in found if not a.direct])
    found = [a for a in found if not any(_read_in(a, b) for b in outer.near(a))]
    direct = _SpanIndex([a for a in found if a.direct])
    reported = _SpanIndex([a for a in found if not a.direct])
    for a in found:
        if not a.direct:
            # the same words already taken as a quote, or the same cue
            if any(_overlap(a, d) >= 0.5 * (a.content_end - a.content_start) or
                   (d.cue_start == a.cue_start and _overlap(a, d) > 0) for d in direct.near(a)):
                continue
            # nested cues: "X told the FT it expected ..." keeps the outer one;
            # "Swiss Re believes ..., the FT reported" keeps the inner one, and
            # "X denied it, the FT reported" the outer one.
            drop = False
            for b in reported.near(a):
                if b is a:
                    continue
                if _nested(a, b):  # a inside b
                    # (but "..., money she said would go to water projects": a second act of saying stands)
                    if (a.speaker == b.speaker and not (a.cue in _SAYING and _pronoun_at(text, a.speaker_start))) \
                            or (_pronoun_at(text, a.speaker_start) and a.speaker_kind == "other") \
                            or ((a.cue in _FORECASTS or a.cue in _HOPES and a.speaker_kind == "organization")
                                and b.cue in lx.SPEECH_VERBS and not b.direct and not _inverted(b)):
                        # ("X said the company expected ...": what the speaker forecasts or hopes, said once)
                        # "X told the FT it expected ...": keep the outer. A
                        # different holder ("aides said he believes ...") is an
                        # attribution of its own, nested in the outer one.
                        drop = True
                    elif a.cue in lx.SPEECH_VERBS and _opens_and_fills(text, a, b):
                        # "The company denied any wrongdoing, its lawyer said": what the outer
                        # source reports is an act of saying, not a view it holds; the report is
                        # the lawyer's, and the inner act is part of what the lawyer said
                        drop = True
                elif _nested(b, a):  # b inside a
                    if b.cue not in lx.SPEECH_VERBS and _opens_and_fills(text, b, a):
                        # "Swiss Re believes ..., the FT reported", "Mr Johnson plans to ...,
                        # aides said": the one who holds the view is the speaker (but not one
                        # who only said something: see above); when the
                        # outer report goes on past the inner one ("X told police she ...,
                        # but the NYPD overruled her, the source added"), both stand
                        drop = True
            if drop:
                continue
        keep.append(a)
    # no two claims on the same span: fall back to tight spans
    keep.sort(key=lambda a: (a.content_start, a.content_end))
    out: list[Attribution] = []
    seen_content: set[tuple[int, int]] = set()
    for a in keep:
        if (a.content_start, a.content_end) in seen_content:
            continue
        if out and out[-1].content_start == a.content_start and out[-1].speaker == a.speaker:
            out.pop()  # "said in a statement that X, and that Y": the noun's X is inside the verb's X and Y
        seen_content.add((a.content_start, a.content_end))
        out.append(a)
    spans: dict[tuple[int, int], list[Attribution]] = {}
    for a in out:
        spans.setdefault((a.claim_start, a.claim_end), []).append(a)
    for group in spans.values():
        if len(group) > 1:
            for a in group:
                pts = [p for p in (a.content_start, a.cue_start, a.speaker_start) if p >= 0]
                a.claim_start = min(pts)
                a.claim_end = max(a.content_end, token_end(doc, a.cue_start), token_end(doc, a.speaker_start))
    final: list[Attribution] = []
    used: set[tuple[int, int]] = set()
    for a in out:
        a.claim_start = min(a.claim_start, a.content_start)
        a.claim_end = max(a.claim_end, a.content_end)
        if (a.claim_start, a.claim_end) in used:
            continue
        used.add((a.claim_start, a.claim_end))
        final.append(a)
    return final


# Forecasts a report may hold: "said the company expected sales to grow"; and the hopes and plans of a body
# it speaks for: "said the bank hoped to settle with most borrowers"
_FORECASTS = set(lx.verb_forms("expect"))
_HOPES = set(lx.verb_forms("hope")) | {"planned", "plans", "intended", "intends"}


_SHOWING = {form for form, base in lx.ALL_CUES.items() if base in ("show", "suggest", "indicate", "confirm")}


def _read_in(inner: Attribution, outer: Attribution) -> bool:
    """"X said the figures showed a service 'in crisis'": X reads the figures, and what they
    show, quoted or not, is X's claim, not the figures' own."""
    return inner is not outer and inner.cue in _SHOWING and outer.cue in lx.SPEECH_VERBS and not outer.direct \
        and inner.speaker.lower().rsplit(" ", 1)[-1] in lx.EVIDENCE_NOUNS and _nested(inner, outer)


def _inverted(a: Attribution) -> bool:
    """The cue comes after its content ("..., the FT reported") or is "according to"."""
    return a.cue == "according to" or a.cue_start >= a.content_end


def _opens_and_fills(text: str, inner: Attribution, outer: Attribution) -> bool:
    """The inner report, with a named source of its own, is all that an outer report written after it
    says: "Swiss Re believes rates will rise, the FT reported"."""
    return not _pronoun_at(text, inner.speaker_start) and inner.speaker != outer.speaker \
        and inner.speaker_start <= outer.content_start + 1 and _inverted(outer) \
        and inner.content_end >= outer.content_end - 2


def _nested(inner: Attribution, outer: Attribution) -> bool:
    return outer.content_start <= inner.cue_start < outer.content_end and outer.content_start <= inner.content_start \
        and inner.content_end <= outer.content_end + 2


def _pronoun_at(text: str, i: int) -> bool:
    if i < 0:
        return True
    word = re.match(r"\w+", text[i:])
    return bool(word) and word.group().lower() in lx.SPEAKER_PRONOUNS


def _overlap(a: Attribution, b: Attribution) -> int:
    return max(0, min(a.content_end, b.content_end) - max(a.content_start, b.content_start))
