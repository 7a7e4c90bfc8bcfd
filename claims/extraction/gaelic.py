"""Scores in hurling, camogie and Gaelic football: "won by 1-19 to 0-18" is one goal and 19 points against
no goal and 18 points, "Mannion scored 0-9" nine points. Read only in an article about those games, where a
score written with a dash is goals then points (a goal is worth three points)."""

from __future__ import annotations

import re

from .mentions import Mention

# Words only a report of the Gaelic games uses
_GAELIC_RE = re.compile(r"\b(?:hurling|hurlers?|camogie|Gaelic\s+football|GAA|sliotar)\b", re.IGNORECASE)


def gaelic_scores(text: str, ms: list[Mention]) -> None:
    if not _GAELIC_RE.search(text):
        return
    for goals, points in zip(ms, ms[1:]):
        if goals.unit is None and points.unit is None and text[goals.ext_end:points.ext_start] == "-" \
                and goals.ext_end == goals.end and points.ext_start == points.start \
                and goals.is_whole and points.is_whole and goals.value <= 9 and points.value <= 60:
            goals.subject, points.subject = "goals", "points"
