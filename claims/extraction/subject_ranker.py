"""A learned second opinion on what each number counts.

The rules of ``subjects`` name a number's subject from patterns read in our own gold sets.
They are right on nine numbers in ten there, and on fewer in news written elsewhere. This
ranker weighs every noun of the number's sentence, and the rules' answer, with a logistic
regression trained on those sets' labelled subjects (``manage.py train_subject_ranker``,
``claims/subject_training.py``). Where it ranks another noun above the rules' answer, that
noun, named as the rules name nouns, becomes the subject.

The model file is plain JSON (feature name -> weight), read once per process; scoring a
choice is a sum of the weights of its features, in pure Python.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from .measures import is_money, names_unit
from .mentions import Mention
from .subject_parse import _phrase

MODEL_PATH = Path(__file__).resolve().parent / "subject_ranker.json"
FORMAT = "subject-ranker-logreg/1"
INTERCEPT = "(intercept)"  # the weight every choice has; no feature has this name
# A number the rules left without a subject gets the ranker's noun only when that noun is more likely right
# than wrong: a wrong subject misleads a reader and joins the number to another's figure, an empty one does not.
FILL_EMPTY_AT = 0.5

_active: ContextVar[bool] = ContextVar("subject_ranker_active", default=True)
_WORD_RE = re.compile(r"[a-z0-9]+")


class ModelFileError(RuntimeError):
    pass


@contextmanager
def rules_only() -> Iterator[None]:
    """Extract with the rules' subjects alone: what the ranker is trained on."""
    token = _active.set(False)
    try:
        yield
    finally:
        _active.reset(token)


def head_word(text: str) -> str:
    """The last word of a subject, lower case and singular: "School buildings" -> "building".
    Two subjects with the same head word name the same thing."""
    words = _WORD_RE.findall(text.lower().replace("’", "'").replace("'s", ""))
    if not words:
        return ""
    w = words[-1]
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def unit_kind(unit: str | None) -> str:
    if unit is None:
        return "none"
    if unit == "%":
        return "pct"
    return "money" if is_money(unit) else "unit"


def _offset_bucket(d: int) -> str:
    if d == 0:
        return "0"
    size = abs(d)
    return ("+" if d > 0 else "-") + str(size if size < 4 else 6 if size < 8 else 10)


def _path(number: Token, noun: Token) -> tuple[str, Token | None, int]:
    """The dependency labels from the number up to the lowest head it shares with the noun,
    then down to the noun: "nummod^dobj|nsubj" for "Exports reached 4,000 tonnes" read from 4,000."""
    up = [number]
    while up[-1].head.i != up[-1].i:
        up.append(up[-1].head)
    above = {t.i: k for k, t in enumerate(up)}
    down: list[str] = []
    node = noun
    while node.i not in above:
        down.append(node.dep_)
        if node.head.i == node.i:
            return "none", None, 0
        node = node.head
    k = above[node.i]
    length = k + len(down)
    if length > 4:
        return f"long{min(length, 7)}", node, length
    return "^".join(t.dep_ for t in up[:k]) + "|" + "v".join(reversed(down)), node, length


def features(number: Token, noun: Token, unit: str | None, rule_head: str) -> dict[str, float]:
    """What the ranker knows of one noun as the subject of one number."""
    kind = unit_kind(unit)
    offset = _offset_bucket(noun.i - number.i)
    path, lca, length = _path(number, noun)
    f = {
        "pos=" + noun.pos_: 1.0, "dep=" + noun.dep_: 1.0, "hdep=" + noun.head.dep_: 1.0,
        "hlem=" + noun.head.lemma_.lower(): 1.0, "lem=" + noun.lemma_.lower(): 1.0,
        "ent=" + noun.ent_type_: 1.0, "rel=" + offset: 1.0, f"rel={offset}|u={kind}": 1.0,
        "path=" + path: 1.0, f"path={path}|u={kind}": 1.0, "u=" + kind: 1.0,
    }
    if lca is not None:
        f["lca=" + lca.pos_] = 1.0
        f["lcalem=" + lca.lemma_.lower()] = 1.0
        f["plen"] = length / 5
    if noun.head.pos_ == "ADP":
        f["prep=" + noun.head.lower_] = 1.0
        f[f"prep={noun.head.lower_}|u={kind}|{'after' if noun.i > number.i else 'before'}"] = 1.0
    if rule_head:
        if head_word(noun.text) == rule_head:
            f["rule"] = 1.0
            f["rule|path=" + path] = 1.0
            f["rule|u=" + kind] = 1.0
    else:
        f["rule_empty"] = 1.0
    if noun.is_title and noun.i != noun.sent.start:
        f["title"] = 1.0
    if noun.i == noun.sent.start:
        f["sentstart"] = 1.0
    if any(c.dep_ in ("nummod", "quantmod") and abs(c.i - number.i) <= 1 for c in noun.children):
        f["nummod_of"] = 1.0
    return f


def choices(span: Span, unit: str | None, rule_subject: str) -> list[tuple[dict[str, float], Token | None]]:
    """Each noun of the number's sentence that is no unit, with its features, and, when no noun there bears the
    rules' answer ("margin of error", a subject from another sentence), that answer as a choice of
    its own (token None)."""
    number = span.root
    rule_head = head_word(rule_subject)
    inside = range(span.start, span.end)
    found, kept_rule = [], False
    for t in number.sent:
        if names_unit(t.text):
            continue  # "tonnes", "km", "oz": a unit is never what a number counts
        if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.i not in inside):
            f = features(number, t, unit, rule_head)
            kept_rule = kept_rule or "rule" in f
            found.append((f, t))
    if rule_head and not kept_rule:
        found.append(({"pseudo_rule": 1.0, "u=" + unit_kind(unit): 1.0}, None))
    return found


@lru_cache(maxsize=4)
def load(path: Path = MODEL_PATH) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelFileError(f"no subject ranker at {path}: run `manage.py train_subject_ranker`") from exc
    except ValueError as exc:
        raise ModelFileError(f"unreadable subject ranker {path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("weights"), dict):
        raise ModelFileError(f"{path} is not a subject ranker of format {FORMAT}")
    return {str(k): float(v) for k, v in data["weights"].items()}


def score(weights: dict[str, float], f: dict[str, float]) -> float:
    return weights.get(INTERCEPT, 0.0) + sum(weights.get(k, 0.0) * v for k, v in f.items())


def ranked_subject(doc: Doc, m: Mention, weights: dict[str, float]) -> str:
    """The mention's subject after the ranker's look: the rules' answer unless another noun ranks first."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return m.subject
    options = choices(span, m.unit, m.subject)
    if not options:
        return m.subject
    f, best = max(options, key=lambda o: score(weights, o[0]))
    if best is None or "rule" in f:
        return m.subject
    if not m.subject and 1 / (1 + math.exp(-score(weights, f))) < FILL_EMPTY_AT:
        return m.subject
    named = _phrase(best)
    return named if head_word(named) == head_word(best.text) else best.text


def rerank(doc: Doc, mentions: list[Mention]) -> None:
    """Give each mention the subject the ranker prefers (in place)."""
    if not _active.get():
        return
    weights = load()
    for m in mentions:
        m.subject = ranked_subject(doc, m, weights)
