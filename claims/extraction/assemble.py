"""Turn quantities and attributions of one Doc into ExtractedClaims.

A claim is normally a sentence; an attributed claim covers its whole quote or
clause. Claims never share a (start, end): quantities join the claim that
covers them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .attributions import Attribution, find_attributions
from .mentions import Mention
from .numbers import find_quantities
from .pipeline import text_of
from .types import ExtractedAttribution, ExtractedClaim, ExtractedQuantity


def extract_doc(doc: Doc) -> list[ExtractedClaim]:
    text = text_of(doc)
    quantities = find_quantities(doc)
    attributions = find_attributions(doc)
    # claim spans of attributions: unique by construction in find_attributions
    slots: list[dict] = []
    for a in attributions:
        slots.append({"start": a.claim_start, "end": a.claim_end, "attr": a, "q": []})
    sentence_slots: dict[tuple[int, int], dict] = {}
    for m in quantities:
        best = None
        for slot in slots:
            if slot["start"] <= m.start and m.end <= slot["end"]:
                a = slot["attr"]
                inside_content = a.content_start <= m.start and m.end <= a.content_end
                key = (not inside_content, slot["end"] - slot["start"])
                if best is None or key < best[0]:
                    best = (key, slot)
        if best is not None:
            best[1]["q"].append(m)
            continue
        s, e = _sentence_bounds(doc, m)
        slot = sentence_slots.get((s, e))
        if slot is None:
            slot = sentence_slots[(s, e)] = {"start": s, "end": e, "attr": None, "q": []}
        slot["q"].append(m)
    claims = []
    for slot in [*slots, *sentence_slots.values()]:
        start, end = slot["start"], slot["end"]
        qs = tuple(
            ExtractedQuantity(start=m.start, end=m.end, text=text[m.start:m.end], value=m.value,
                              qualifier=m.qualifier, subject=m.subject, unit=m.unit)
            for m in sorted(slot["q"], key=lambda m: m.start)
        )
        a: Attribution | None = slot["attr"]
        attr = None
        if a is not None:
            attr = ExtractedAttribution(
                speaker=a.speaker, speaker_kind=a.speaker_kind, content_start=a.content_start,
                content_end=a.content_end, content=text[a.content_start:a.content_end], direct=a.direct,
                cue=a.cue, speaker_aliases=tuple(a.aliases),
            )
        claims.append(ExtractedClaim(start=start, end=end, text=text[start:end], quantities=qs, attribution=attr))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _sentence_bounds(doc: Doc, m: Mention) -> tuple[int, int]:
    tok = doc.char_span(m.start, m.end, alignment_mode="expand")
    sent = tok[0].sent if tok is not None and len(tok) else None
    if sent is None:
        return m.start, m.end
    return trim(text_of(doc), sent.start_char, sent.end_char)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
