"""The labelled claim pairs (pairs.json) and the precision/recall of a matching method on them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from claims.matching.facts import ClaimFacts, QuantityFacts

PAIRS_FILE = Path(__file__).with_name("pairs.json")


@dataclass(frozen=True)
class Pair:
    id: str
    same: bool
    a: ClaimFacts
    b: ClaimFacts


def _facts(side: dict) -> ClaimFacts:
    text = side["text"]
    quantities, cursor = [], 0
    for q in side.get("quantities", ()):
        start = text.index(q["text"], cursor)
        cursor = start + len(q["text"])
        quantities.append(
            QuantityFacts(
                value=Decimal(str(q["value"])),
                qualifier=q.get("qualifier", "exact"),
                subject=q.get("subject", ""),
                unit=q.get("unit", ""),
                start=start,
                end=cursor,
            )
        )
    return ClaimFacts(text=text, content=side.get("content", ""), speaker=side.get("speaker"), quantities=tuple(quantities))


def load_pairs() -> list[Pair]:
    data = json.loads(PAIRS_FILE.read_text())
    return [Pair(p["id"], p["same"], _facts(p["a"]), _facts(p["b"])) for p in data["pairs"]]


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs, predict) -> tuple[Score, list[str]]:
    """predict(pair) -> bool; returns the score and the ids it got wrong."""
    tp = fp = fn = tn = 0
    wrong = []
    for pair in pairs:
        guess = predict(pair)
        if guess and pair.same:
            tp += 1
        elif guess:
            fp += 1
            wrong.append(f"{pair.id} (false match)")
        elif pair.same:
            fn += 1
            wrong.append(f"{pair.id} (missed)")
        else:
            tn += 1
    return Score(tp, fp, fn, tn), wrong
