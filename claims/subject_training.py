"""Training the subject ranker (claims/extraction/subject_ranker.py) on our own gold sets.

Each gold set is a folder of NAME.txt articles with NAME.gold.json annotations, in the format of
``../shared/eval/README.md``. Every annotated number the extractor finds, with the subjects a
reader accepts, is one example: the nouns of its sentence and the rules' answer are its choices,
and a choice is right when its head word is a gold subject's. The rules run alone while the
examples are made, so the ranker learns when to trust them.

Only the sets named in ``TRAINING_SETS`` are trained on. The sets written blind and never tuned
on (gold27, gold28, gold29, gold31, gold32, gold33) stay out, so that their scores stay a measure
of news the extractor has not seen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from claims.extraction import EXTRACTOR_VERSION, extract_parsed
from claims.extraction.subject_ranker import (
    FORMAT,
    INTERCEPT,
    ArticleParse,
    adopts,
    choices,
    head_word,
    rules_only,
    score,
)
from claims.extraction.subjects import tokens_at

TRAINING_SETS = ("gold", *(f"gold{n}" for n in range(2, 27)), "gold30", "gold34", "units1", "units2", "units3")
C = 0.3
FOLDS = 6


class GoldFormatError(ValueError):
    pass


@dataclass
class Example:
    """One gold number as the ranker sees it: its choices' features, whether each is right,
    and whether the rules alone were right (or found nothing)."""

    options: list[tuple[dict[str, float], bool, bool]]  # features, right, whether it keeps the rules' answer
    rules_right: bool
    rules_empty: bool = False

    def ranked_right(self, weights: dict[str, float]) -> bool:
        """Whether the subject the extractor gives with these weights is right."""
        if not self.options:
            return self.rules_right
        logit, (_, right, keeps) = max(((score(weights, o[0]), o) for o in self.options), key=lambda s: s[0])
        return right if adopts(logit, keeps_rules=keeps, rules_empty=self.rules_empty) else self.rules_right


def _locate(text: str, needle: str, within: str | None, where: str) -> tuple[int, int]:
    base, hay = 0, text
    if within:
        base = text.find(within)
        if base < 0:
            raise GoldFormatError(f"{where}: context {within[:60]!r} is not in the article")
        hay = within
    i = hay.find(needle)
    if i < 0:
        raise GoldFormatError(f"{where}: mention {needle!r} is not in its context")
    return base + i, base + i + len(needle)


def load_gold(folder: Path) -> list[tuple[str, str, list[dict]]]:
    """(name, text, numeric gold items with a "span") for each annotated article of a folder."""
    found = []
    for txt in sorted(folder.glob("*.txt")):
        gold_path = txt.with_suffix(".gold.json")
        if not gold_path.is_file():
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise GoldFormatError(f"{gold_path}: {exc}") from exc
        if not isinstance(gold, dict):
            raise GoldFormatError(f"{gold_path}: not a JSON object")
        text = txt.read_text(encoding="utf-8")
        items = []
        for n, g in enumerate(gold.get("numeric") or []):
            where = f"{gold_path.name} numeric[{n}]"
            if not isinstance(g, dict) or isinstance(g.get("value"), bool) or not isinstance(g.get("value"), int | float):
                raise GoldFormatError(f"{where}: no numeric value")
            if "start" in g:
                try:
                    span = (int(g["start"]), int(g["end"]))
                except (KeyError, TypeError, ValueError) as exc:
                    raise GoldFormatError(f"{where}: start and end must be whole numbers") from exc
            elif "mention" in g:
                span = _locate(text, str(g["mention"]), g.get("context"), where)
            else:
                span = None
            items.append({**g, "span": span})
        found.append((txt.name, text, items))
    return found


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _matched(gold: list[dict], quantities: list) -> list[tuple[dict, object]]:
    """Gold and found numbers paired one to one: the same value, overlapping, best overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for qi, q in enumerate(quantities):
            near = g["span"] is None or _overlap(g["span"], (q.start, q.end)) > 0
            if near and abs(float(q.value) - float(g["value"])) <= 1e-6 * max(1.0, abs(float(g["value"]))):
                pairs.append((_overlap(g["span"], (q.start, q.end)) if g["span"] else 0, gi, qi))
    pairs.sort(reverse=True)
    used_g, used_q, matched = set(), set(), []
    for _, gi, qi in pairs:
        if gi not in used_g and qi not in used_q:
            used_g.add(gi)
            used_q.add(qi)
            matched.append((gold[gi], quantities[qi]))
    return matched


def examples(folder: Path) -> list[Example]:
    """The ranker's examples from one gold set, made with the rules alone."""
    articles = load_gold(folder)
    found = []
    with rules_only():
        parsed = extract_parsed([text for _, text, _ in articles])
        for (_, _, gold), (doc, claims) in zip(articles, parsed, strict=True):
            quantities = [q for c in claims for q in c.quantities]
            article = ArticleParse(doc)
            for g, q in _matched(gold, quantities):
                heads = {head_word(s) for s in g.get("subjects") or []} - {""}
                if not g.get("required", True) or not heads:
                    continue
                span = tokens_at(doc, q.start, q.end)
                if span is None or not len(span):
                    continue
                options = [(c.features, head_word(c.token.text if c.token is not None else q.subject) in heads,
                            c.keeps_rules) for c in choices(article, span, q.unit, q.subject)]
                found.append(Example(options, head_word(q.subject) in heads, rules_empty=not q.subject))
    return found


def fit(train: list[Example], c: float = C) -> dict[str, float]:
    """A logistic regression over every choice of the examples that have a right one."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for e in train:
        if any(right for _, right, _ in e.options):
            for f, right, _ in e.options:
                rows.append(f)
                labels.append(right)
    if len(set(labels)) < 2:
        raise GoldFormatError("too few labelled subjects to train on")
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(vectorizer.fit_transform(rows), labels)
    weights = {name: float(f"{w:.5g}") for name, w in zip(vectorizer.feature_names_, model.coef_[0], strict=True)
               if abs(w) >= 1e-4}
    weights[INTERCEPT] = float(f"{model.intercept_[0]:.5g}")
    return weights


def accuracy(weights: dict[str, float], test: list[Example]) -> dict[str, float]:
    n = len(test)
    return {"numbers": n,
            "ranked": sum(e.ranked_right(weights) for e in test) / n if n else 0.0,
            "rules": sum(e.rules_right for e in test) / n if n else 0.0}


def cross_validate(by_set: dict[str, list[Example]], c: float = C, folds: int = FOLDS) -> dict[str, float]:
    """Whole sets held out in turn (every FOLDS-th set by name), so no article's neighbours train its test."""
    names = sorted(by_set)
    ranked = rules = n = 0
    for k in range(min(folds, len(names))):
        held = set(names[k::folds])
        weights = fit([e for name in names if name not in held for e in by_set[name]], c)
        test = [e for name in held for e in by_set[name]]
        ranked += sum(e.ranked_right(weights) for e in test)
        rules += sum(e.rules_right for e in test)
        n += len(test)
    return {"folds": min(folds, len(names)), "numbers": n, "ranked": round(ranked / n, 4), "rules": round(rules / n, 4)}


def model_file(by_set: dict[str, list[Example]], c: float = C, cv: dict | None = None) -> str:
    weights = fit([e for name in sorted(by_set) for e in by_set[name]], c)
    note = {"trained_on": sorted(by_set), "numbers": sum(len(v) for v in by_set.values()), "c": c,
            "extractor_version": EXTRACTOR_VERSION, "cross_validation": cv}
    return json.dumps({"format": FORMAT, "note": note, "weights": dict(sorted(weights.items()))}, indent=0) + "\n"
