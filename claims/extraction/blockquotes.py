"""Block quotes: a paragraph quoted whole after a line that introduces it
("The governor added:"), printed without quotation marks."""

from __future__ import annotations

import re

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


# "WALLACE: If I may, sir, ..." (a transcript's turn): a paragraph opened by a name in capitals and a colon
_TURN_RE = re.compile(r"^[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+(?=\S)", re.MULTILINE)
# Capitals and a colon that head a paragraph without naming anyone
_NO_SPEAKER = {"UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "READ MORE", "BREAKING",
               "CORRECTION", "CLARIFICATION", "VIDEO", "PHOTOS", "RELATED", "LIVE", "SOURCE", "SOURCES", "EXCLUSIVE",
               "ADVERTISEMENT", "CONTACT", "WARNING", "ALSO", "MORE", "ANALYSIS", "OPINION", "COMMENT", "FACT CHECK"}


def speaker_turns(doc: Doc) -> list[tuple[str, int, int, int]]:
    """(name as written, where it starts, content start, content end) for each turn of a transcript in the
    article: paragraphs opened by a speaker's name in capitals and a colon. A transcript has two turns at
    least; one such paragraph alone ("UPDATE: ...") is none."""
    text = text_of(doc)
    turns = []
    for m in _TURN_RE.finditer(text):
        name = m.group(1)
        if name in _NO_SPEAKER or sum(ch.isalpha() for ch in name) < 3:
            continue
        start, end = m.end(), text.find("\n", m.end())
        end = len(text) if end < 0 else end
        while end > start and (text[end - 1].isspace() or (text[end - 1] in QUOTE_MARKS and m.group(0)[0] in QUOTE_MARKS)):
            end -= 1
        if end - start >= 3:
            turns.append((name, m.start(1), start, end))
    return turns if len(turns) >= 2 else []
