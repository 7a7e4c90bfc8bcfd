"""A learned second opinion on what each number counts.

The rules of ``subjects`` name a number's subject from patterns read in our own gold sets.
They are right on nine numbers in ten there, and on fewer in news written elsewhere. This
ranker weighs every noun of the number's sentence, and the rules' answer, with a logistic
regression trained on those sets' labelled subjects (``manage.py train_subject_ranker``,
``claims/subject_training.py``). Where it ranks another noun above the rules' answer, that
noun, named as the rules name nouns, becomes the subject; where the rules found none, only a
noun more likely right than wrong does.

The model file is plain JSON (feature name -> weight), read once per process; scoring a
choice is a sum of the weights of its features, in pure Python.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, ORTH, POS
from spacy.tokens import Doc, Span, Token

from .measures import is_money, names_unit
from .mentions import Mention
from .subject_parse import _phrase
from .subjects import tokens_at

MODEL_PATH = Path(__file__).resolve().parent / "subject_ranker.json"
FORMAT = "subject-ranker-logreg/1"
INTERCEPT = "(intercept)"  # the weight every choice has; no feature has this name
# A number the rules left without a subject gets the ranker's noun only when that noun is more likely right
# than wrong: a wrong subject misleads a reader and joins the number to another's figure, an empty one does not.
FILL_EMPTY_AT = 0.5

_active: ContextVar[bool] = ContextVar("subject_ranker_active", default=True)
_WORD_RE = re.compile(r"[a-z0-9]+")
_POSSESSIVE_RE = re.compile(r"'s\b")


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
    Two subjects with the same head word name the same thing, as the annotation guide's scorer
    (../shared/eval/score.py) compares them: the labels the ranker learns from mean what it means.
    (claims.matching.families.singular keys figures and is deliberately narrower.)"""
    words = _WORD_RE.findall(_POSSESSIVE_RE.sub("", unicodedata.normalize("NFKC", text).lower().replace("’", "'")))
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


_NOTHING: dict[str, float] = {}  # the own features of a choice that is no noun (never changed)


@dataclass(frozen=True, slots=True)
class Choice:
    """One candidate subject of one number."""

    own: dict[str, float]  # the noun's features, whatever the number (one dict per noun and article)
    pair: dict[str, float]  # its features as this number's subject
    token: Token | None  # None: the rules' answer, which no noun of the sentence bears

    @property
    def features(self) -> dict[str, float]:
        return {**self.own, **self.pair}

    @property
    def keeps_rules(self) -> bool:
        """Choosing this keeps the rules' answer."""
        return "rule" in self.pair or "pseudo_rule" in self.pair


class ArticleParse:
    """One article's parse, read once into plain lists: every number of the article asks the same
    questions of it, and spaCy's Token objects are costly to make by the thousand."""

    def __init__(self, doc: Doc):
        self.doc = doc
        strings = doc.vocab.strings
        rows = doc.to_array([HEAD, DEP, POS, LEMMA, ORTH, ENT_TYPE])
        offsets = rows[:, 0].astype("int64").tolist()  # HEAD is the signed offset to the head
        self.head = [i + offset for i, offset in enumerate(offsets)]
        rows = rows.tolist()
        self.dep = [strings[row[1]] for row in rows]
        self.pos = [strings[row[2]] for row in rows]
        self.lemma = [strings[row[3]].lower() for row in rows]
        self.text = [strings[row[4]] for row in rows]
        self.ent = [strings[row[5]] if row[5] else "" for row in rows]
        self.counted: dict[int, list[int]] = {}  # noun -> the numbers that modify it
        for i, dep in enumerate(self.dep):
            if dep in ("nummod", "quantmod"):
                self.counted.setdefault(self.head[i], []).append(i)
        self._nouns: dict[int, tuple[dict[str, float], str, str] | None] = {}
        self._above: dict[int, dict[int, int]] = {}

    def noun(self, i: int, sent_start: int) -> tuple[dict[str, float], str, str] | None:
        """What a noun is whatever the number: its own features, its head word and the preposition
        it hangs on ("" if none). None for a unit: "tonnes", "km", "oz" never are what a number counts."""
        if i not in self._nouns:
            if names_unit(self.text[i]):
                self._nouns[i] = None
            else:
                h = self.head[i]
                own = {"pos=" + self.pos[i]: 1.0, "dep=" + self.dep[i]: 1.0, "hdep=" + self.dep[h]: 1.0,
                       "hlem=" + self.lemma[h]: 1.0, "lem=" + self.lemma[i]: 1.0, "ent=" + self.ent[i]: 1.0}
                if self.text[i].istitle() and i != sent_start:
                    own["title"] = 1.0
                if i == sent_start:
                    own["sentstart"] = 1.0
                prep = self.text[h].lower() if self.pos[h] == "ADP" else ""
                if prep:
                    own["prep=" + prep] = 1.0
                self._nouns[i] = (own, head_word(self.text[i]), prep)
        return self._nouns[i]

    def path(self, number: int, noun: int) -> tuple[str, int | None, int]:
        """The dependency labels from the number up to the lowest head it shares with the noun,
        then down to the noun: "nummod^dobj|nsubj" for "Exports reached 4,000 tonnes" read from 4,000."""
        above = self._above.get(number)
        if above is None:
            chain = [number]
            while self.head[chain[-1]] != chain[-1]:
                chain.append(self.head[chain[-1]])
            above = self._above[number] = {i: k for k, i in enumerate(chain)}
        down: list[str] = []
        node = noun
        while node not in above:
            down.append(self.dep[node])
            if self.head[node] == node:
                return "none", None, 0
            node = self.head[node]
        k = above[node]
        length = k + len(down)
        if length > 4:
            return f"long{min(length, 7)}", node, length
        up, i = [], number
        for _ in range(k):
            up.append(self.dep[i])
            i = self.head[i]
        return "^".join(up) + "|" + "v".join(reversed(down)), node, length

    def choice(self, number: int, noun: int, sent_start: int, unit: str | None, rule_head: str) -> Choice | None:
        """What the ranker knows of one noun as the subject of one number (None for a unit)."""
        known = self.noun(noun, sent_start)
        if known is None:
            return None
        own, head, prep = known
        kind = unit_kind(unit)
        offset = _offset_bucket(noun - number)
        path, lca, length = self.path(number, noun)
        f = {"rel=" + offset: 1.0, f"rel={offset}|u={kind}": 1.0,
             "path=" + path: 1.0, f"path={path}|u={kind}": 1.0, "u=" + kind: 1.0}
        if lca is not None:
            f["lca=" + self.pos[lca]] = 1.0
            f["lcalem=" + self.lemma[lca]] = 1.0
            f["plen"] = length / 5
        if prep:
            f[f"prep={prep}|u={kind}|{'after' if noun > number else 'before'}"] = 1.0
        if rule_head:
            if head == rule_head:
                f["rule"] = 1.0
                f["rule|path=" + path] = 1.0
                f["rule|u=" + kind] = 1.0
        else:
            f["rule_empty"] = 1.0
        if any(abs(i - number) <= 1 for i in self.counted.get(noun, ())):
            f["nummod_of"] = 1.0
        return Choice(own, f, self.doc[noun])


def choices(parsed: ArticleParse, span: Span, unit: str | None, rule_subject: str) -> list[Choice]:
    """Each noun of the number's sentence that is no unit, with its features, and, when no noun there
    bears the rules' answer ("margin of error", a subject from another sentence), that answer as a
    choice of its own (token None)."""
    number = span.root
    sent = number.sent
    rule_head = head_word(rule_subject)
    found, kept_rule = [], False
    for i in range(sent.start, sent.end):
        pos = parsed.pos[i]
        if pos == "NOUN" or (pos == "PROPN" and not span.start <= i < span.end):
            c = parsed.choice(number.i, i, sent.start, unit, rule_head)
            if c is not None:
                kept_rule = kept_rule or c.keeps_rules
                found.append(c)
    if rule_head and not kept_rule:
        found.append(Choice(_NOTHING, {"pseudo_rule": 1.0, "u=" + unit_kind(unit): 1.0}, None))
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


def _weighed(weights: dict[str, float], f: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in f.items())


def score(weights: dict[str, float], f: dict[str, float]) -> float:
    """The log-odds that a choice with these features is the subject."""
    return weights.get(INTERCEPT, 0.0) + _weighed(weights, f)


def adopts(logit: float, *, keeps_rules: bool, rules_empty: bool) -> bool:
    """Whether the choice ranked first replaces the rules' answer: always, unless it is that answer,
    or the rules found nothing and the choice is less likely right than wrong."""
    if keeps_rules:
        return False
    return not rules_empty or 1 / (1 + math.exp(-logit)) >= FILL_EMPTY_AT


class _Scorer:
    """score() for one article's choices, each noun's own features weighed once for all its numbers."""

    def __init__(self, weights: dict[str, float]):
        self.weights = weights
        self.intercept = weights.get(INTERCEPT, 0.0)
        self._own: dict[int, float] = {}  # id of a noun's own features (held by the ArticleParse) -> their weight

    def __call__(self, c: Choice) -> float:
        own = self._own.get(id(c.own))
        if own is None:
            own = self._own[id(c.own)] = _weighed(self.weights, c.own)
        return self.intercept + own + _weighed(self.weights, c.pair)


def _ranked_subject(parsed: ArticleParse, m: Mention, scored: _Scorer) -> str:
    """The mention's subject after the ranker's look: the rules' answer unless another noun ranks first."""
    span = tokens_at(parsed.doc, m.start, m.end)
    if span is None or not len(span):
        return m.subject
    options = [(scored(c), c) for c in choices(parsed, span, m.unit, m.subject)]
    if not options:
        return m.subject
    logit, best = max(options, key=lambda o: o[0])
    if best.token is None or not adopts(logit, keeps_rules=best.keeps_rules, rules_empty=not m.subject):
        return m.subject
    named = _phrase(best.token)
    return named if head_word(named) == head_word(best.token.text) else best.token.text


def rerank(doc: Doc, mentions: list[Mention]) -> None:
    """Give each mention the subject the ranker prefers (in place)."""
    if not _active.get():
        return
    if not mentions:
        return
    parsed, scored = ArticleParse(doc), _Scorer(load())
    for m in mentions:
        m.subject = _ranked_subject(parsed, m, scored)
