"""Block quotes: a paragraph quoted whole after a line that introduces it
("The governor added:"), printed without quotation marks."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .pipeline import text_of

QUOTE_MARKS = "\"“”'‘’"
# "Caddell continued:" introduces more of what he says only right before the colon
_GOING_ON = {"continued", "continues"}


def introduced_paragraphs(doc: Doc) -> list[tuple[Token, int, int]]:
    """(cue verb, content start, content end) for every paragraph that a line
    ending in a cue and a colon introduces."""
    text = text_of(doc)
    out = []
    for tok in doc:
        if tok.text != ":" or "\n" not in tok.whitespace_ + (doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""):
            continue
        start = tok.idx + 1
        while start < len(text) and text[start].isspace():
            start += 1
        if start >= len(text):
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[start] in QUOTE_MARKS:
            # a paragraph quoted whole: its content is inside the marks
            inner = text[start + 1:end - 1]
            if text[end - 1] not in QUOTE_MARKS:
                # a quote running on into the next paragraph leaves its close off
                if any(m in text[start + 1:end] for m in QUOTE_MARKS if m not in "'’"):
                    continue
                start += 1
            elif any(m in inner for m in QUOTE_MARKS if m not in "'’"):
                continue  # several quotes in the paragraph: each is found as a quote
            else:
                start, end = start + 1, end - 1
        if end - start < 3:
            continue
        cue = next((t for t in reversed(doc[tok.sent.start:tok.i]) if (t.lower_ in lx.SPEECH_VERBS or (
            t.lower_ in _GOING_ON and t.i == tok.i - 1)) and t.pos_ in ("VERB", "AUX")), None)
        # only short introductions: "Smith added:", "In a statement, the club said:"
        if cue is None or tok.i - cue.i > 4:
            continue
        out.append((cue, start, end))
    return out
