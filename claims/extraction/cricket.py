"""Cricket scores: "447 for six" is runs for wickets, "took three for 41" is
wickets for runs, "an unbeaten 163" and "made 88" are runs. Read only in an
article whose words are a cricket report's, where the numbers stand bare."""

from __future__ import annotations

import re

from .mentions import Mention

# Words only a cricket report uses together
_CRICKET_RE = re.compile(r"\b(wickets?|innings|overs|bowl(?:ed|er|ers|ing)|bats(?:man|men)|batters?|spinners?|"
                         r"all\s+out|unbeaten|declared|opener|Test)\b")
_FOR_RE = re.compile(r"\s+for\s+")
# "an unbeaten 163", "made 88", "scored 41", "out for 29": a batter's runs
_RUNS_BEFORE_RE = re.compile(r"\b(?:unbeaten|made|scored|hit|struck|smashed|compiled|out\s+for|run\s+out\s+for)\s+$")

_ONE_DOWN_RE = re.compile(r"\s+for\s+(?:one|no\s+loss|none)\b")


def is_cricket(text: str) -> bool:
    """At least three different cricket words in the article."""
    return len({m.group(1).lower().rstrip("s") for m in _CRICKET_RE.finditer(text)}) >= 3


def cricket_subjects(text: str, ms: list[Mention]) -> None:
    if not is_cricket(text):
        return
    for a, b in zip(ms, ms[1:]):
        if a.unit is not None or b.unit is not None or not _FOR_RE.fullmatch(text, a.ext_end, b.ext_start):
            continue
        if not (a.is_whole and b.is_whole):
            continue
        if a.value <= 10 < b.value:  # "took three for 41": wickets for runs
            a.subject, b.subject = "wickets", "runs"
        elif b.value <= 10:  # "447 for six", "61 for three": runs for wickets
            a.subject, b.subject = "runs", "wickets"
    for m in ms:
        if m.unit is None and m.is_whole and _ONE_DOWN_RE.match(text, m.ext_end):
            m.subject = "runs"  # "20 for one", "45 for no loss"
        elif not m.subject and m.unit is None and m.is_whole and _RUNS_BEFORE_RE.search(
                text, max(0, m.ext_start - 20), m.ext_start):
            m.subject = "runs"
