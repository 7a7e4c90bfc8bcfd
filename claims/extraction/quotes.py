"""Direct quotes found on the characters: curly marks, and straight marks told
apart as opening or closing by what surrounds them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .spans import rstrip_index

OPEN_DOUBLE, CLOSE_DOUBLE = "“", "”"


OPEN_SINGLE, CLOSE_SINGLE = "‘", "’"


@dataclass
class Quote:
    open: int  # index of the opening mark
    close: int  # index of the closing mark, or where an unclosed quote stops
    closed: bool
    width: int = 1  # characters in the opening mark: 2 for a doubled apostrophe ('')
    close_width: int = 1  # the same for the closing mark

    @property
    def content(self) -> tuple[int, int]:
        return self.open + self.width, self.close

    @property
    def after(self) -> int:
        """The index right after the closing mark."""
        return self.close + self.close_width


# Text converted from news archives types a double quotation mark as two
# apostrophes (''It's anti-reform,'' he said). Read as one straight mark; the
# second apostrophe becomes a filler the mark tests look past.
_FILLER = "\x00"


def find_quotes(text: str) -> list[Quote]:
    marked = text.replace("''", '"' + _FILLER) if "''" in text else text
    quotes = _double_quotes(marked)
    for q in quotes:
        if marked[q.open + 1:q.open + 2] == _FILLER:
            q.width = 2
        if q.closed and marked[q.close + 1:q.close + 2] == _FILLER:
            q.close_width = 2
    inside = [(q.open, q.close) for q in quotes]
    for q in _single_quotes(text):
        if not any(s <= q.open <= e for s, e in inside):
            quotes.append(q)
    quotes.sort(key=lambda q: q.open)
    return [q for q in quotes if text[q.open + 1:q.close].strip() and not _nickname(text, q)]


_NICKNAME_RE = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")
_NAME_WORD_BEFORE_RE = re.compile(r"(?:^|\s)[A-Z][\w.'’-]*\s$")


def _nickname(text: str, q: Quote) -> bool:
    """ 'Clyde "Boxer" Mohammed': a nickname in quotation marks between the words of a name is no quote."""
    start, end = q.content
    return q.closed and _NICKNAME_RE.fullmatch(text, start, end) is not None \
        and _NAME_WORD_BEFORE_RE.search(text, max(0, q.open - 40), q.open) is not None \
        and re.match(r" [A-Z]", text[q.after:q.after + 2]) is not None


def _double_quotes(text: str) -> list[Quote]:
    out: list[Quote] = []
    start: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and start is not None:
            # a quote going on into the next paragraph reopens there
            out.append(Quote(start, rstrip_index(text, start + 1, i), False))
            start = None
            continue
        if ch not in ('"', OPEN_DOUBLE, CLOSE_DOUBLE):
            continue
        # a closing mark typed at the head of a paragraph, before a word, opens it
        opening = ch == OPEN_DOUBLE or (ch == '"' and _looks_opening(text, i)) or (
            ch == CLOSE_DOUBLE and (i == 0 or text[i - 1] == "\n") and i + 1 < len(text) and text[i + 1].isalnum())
        closing = ch == CLOSE_DOUBLE or (ch == '"' and _looks_closing(text, i))
        if start is None:
            if closing and not opening and ch == CLOSE_DOUBLE:
                continue  # a stray closing mark
            start = i
        elif opening and not closing:
            # the previous quote was never closed ("... 26 weeks. "We are ...")
            out.append(Quote(start, rstrip_index(text, start + 1, i), False))
            start = i
        else:
            out.append(Quote(start, i, True))
            start = None
    if start is not None:
        out.append(Quote(start, rstrip_index(text, start + 1, len(text)), False))
    return out


def _after(text: str, i: int) -> str:
    j = i + 2 if text[i + 1:i + 2] == _FILLER else i + 1
    return text[j] if j < len(text) else " "


def _looks_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = _after(text, i)
    return (before.isspace() or before in "([—–-/") and not after.isspace()


def _looks_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = _after(text, i)
    end = i + (2 if text[i + 1:i + 2] == _FILLER else 1)
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-'’" or end == len(text))


_SINGLE_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—]))['‘](?=[\w$£€])(?P<body>[^'‘’\n\"“”]{1,200}?)(?<=[^\s])['’](?=[\s.,;:!?)\]]|$)",
                        re.MULTILINE)


def _single_quotes(text: str) -> list[Quote]:
    out = []
    for m in _SINGLE_RE.finditer(text):
        body = m.group("body")
        if re.search(r"\w['’]\w", body) and body.count(" ") == 0:
            continue
        out.append(Quote(m.start(), m.end() - 1, True))
    return out
