"""Linking the same claim across articles, and the same number across reports.

Two claims make the same statement when
  * the same speaker says near-identical words (trigram similarity of their
    content at least STATEMENT_THRESHOLD, and any numbers in them equal), or
  * they state the same value of the same figure (subject, scope and unit).
Such claims share a ClaimGroup, so a reviewer checks the statement once.

A Figure is one number reported over time, e.g. "people killed by the tsunami
across the region", kept apart from the toll in one country. Each quantity is
an observation of one figure; a figure conflicts when its observed values,
read as intervals (qualifier and rounding), cannot all be true.

The pure functions (similarity, figure keys, intervals) have no database; the
labelled pairs in tests/matching measure them. match_article_claims is the
service the Celery task, the ingest command and match_claims call.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from difflib import SequenceMatcher

from django.db import connection, transaction
from django.db.models import Prefetch, Q, QuerySet
from django.db.models.functions import Coalesce

from factcheck.errors import NotFound

from .models import Article, Claim, ClaimGroup, Figure, Quantity

# Chosen on tests/matching/pairs.json (tests/matching/test_pairs.py prints the table):
# trigram similarity with containment at 0.7 had the best F1 of the methods and
# thresholds compared; below 0.7 one-word substitutions ("income tax" / "national
# insurance") match, above it reworded translations stop matching.
STATEMENT_THRESHOLD = 0.7
# A figure takes values reported within this many days of its other values:
# one subject in one place in two different events makes two figures.
FIGURE_WINDOW = timedelta(days=60)
# Two values are "the same quantity" when they differ by at most this much (rounding).
SAME_VALUE_TOLERANCE = Decimal("0.01")
# Interval half-widths by qualifier, relative to the value.
EXACT_TOLERANCE = Decimal("0.015")  # "23,000" may be 22,700 rounded
APPROXIMATE_TOLERANCE = Decimal("0.10")  # "about 23,000"
# Any constant: matching takes this PostgreSQL advisory lock, so two workers
# never create the same group or figure twice.
_MATCH_LOCK = 7_341_226_001
# Speaker candidates compared in Python when the database has no pg_trgm (SQLite).
_FALLBACK_CANDIDATES = 500


# --- similarity ----------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def trigrams(text: str) -> set[str]:
    """The trigrams pg_trgm takes from a text: each lowercased word padded with two spaces before, one after."""
    return _trigrams_of(words(text))


def _trigrams_of(text_words: Sequence[str]) -> set[str]:
    grams: set[str] = set()
    for word in text_words:
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def trigram_similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(a, b) in Python: shared trigrams over all trigrams."""
    return _jaccard(trigrams(a), trigrams(b))


def _jaccard(ta: set[str], tb: set[str]) -> float:
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def token_jaccard(a: str, b: str) -> float:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def token_set_ratio(a: str, b: str) -> float:
    """fuzzywuzzy's token_set_ratio with difflib: the shared words against each side's rest."""
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return 0.0
    common = " ".join(sorted(wa & wb))
    rest_a = " ".join(sorted(wa - wb))
    rest_b = " ".join(sorted(wb - wa))
    left, right = f"{common} {rest_a}".strip(), f"{common} {rest_b}".strip()
    ratios = [SequenceMatcher(None, left, right).ratio()]
    if common:
        ratios += [SequenceMatcher(None, common, left).ratio(), SequenceMatcher(None, common, right).ratio()]
    return max(ratios)


# A quote trimmed by one outlet is still the quote, when enough of it is left.
MIN_CONTAINED_WORDS = 6


def contained(a: str, b: str) -> bool:
    """Whether the shorter text's words (at least MIN_CONTAINED_WORDS) appear in order, unbroken, in the longer."""
    return _words_contained(words(a), words(b))


def _words_contained(wa: Sequence[str], wb: Sequence[str]) -> bool:
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < MIN_CONTAINED_WORDS:
        return False
    return f" {' '.join(short)} " in f" {' '.join(long)} "


def statement_similarity(a: str, b: str) -> float:
    """Trigram similarity, or 1 when one text is a trimmed copy of the other."""
    return 1.0 if contained(a, b) else trigram_similarity(a, b)


class _StatementScorer:
    """statement_similarity, with each text's words and trigrams worked out once: matching
    compares one article's statements with many candidates, and the same candidates recur."""

    def __init__(self):
        self._parts: dict[str, tuple[list[str], set[str]]] = {}

    def _of(self, text: str) -> tuple[list[str], set[str]]:
        parts = self._parts.get(text)
        if parts is None:
            text_words = words(text)
            parts = self._parts[text] = (text_words, _trigrams_of(text_words))
        return parts

    def similarity(self, a: str, b: str) -> float:
        (wa, ta), (wb, tb) = self._of(a), self._of(b)
        return 1.0 if _words_contained(wa, wb) else _jaccard(ta, tb)


SIMILARITIES: dict[str, Callable[[str, str], float]] = {
    "trigram+containment": statement_similarity,
    "trigram": trigram_similarity,
    "token_jaccard": token_jaccard,
    "token_set_ratio": token_set_ratio,
}


# --- what a claim says, without the database --------------------------------------


@dataclass(frozen=True)
class QuantityFacts:
    value: Decimal
    qualifier: str = "exact"
    subject: str = ""
    unit: str = ""
    # Offsets into the claim's text.
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class ClaimFacts:
    text: str
    content: str = ""
    speaker: object = None  # anything comparable: a Speaker id, a name
    quantities: tuple[QuantityFacts, ...] = ()

    @property
    def statement(self) -> str:
        return self.content or self.text


def claim_facts(claim: Claim) -> ClaimFacts:
    """The facts of a stored claim (its quantities prefetched)."""
    return _stored_facts(
        claim.text, claim.content, claim.speaker_id, claim.start,
        ((q.value, q.qualifier, q.subject, q.unit, q.start, q.end) for q in claim.quantities.all()),
    )


def _stored_facts(text: str, content: str, speaker_id, start: int, quantities: Iterable[tuple]) -> ClaimFacts:
    """claim_facts from column values: (value, qualifier, subject, unit, start, end) per quantity."""
    return ClaimFacts(
        text=text,
        content=content,
        speaker=speaker_id,
        quantities=tuple(
            QuantityFacts(
                value=value,
                qualifier=qualifier,
                subject=subject,
                unit=unit,
                start=max(q_start - start, 0),
                end=max(q_end - start, 0),
            )
            for value, qualifier, subject, unit, q_start, q_end in quantities
        ),
    )


# --- figure keys: subject, scope, unit ---------------------------------------------

# Count words that name one family of figure, whatever the wording.
SUBJECT_FAMILIES = {
    "deaths": (
        "dead death deaths toll killed kill kills killing died die dies dying fatalities fatality fatal "
        "lives bodies perished victims"
    ),
    "injured": "injured injuries injury wounded hurt",
    "missing": "missing unaccounted",
    "displaced": "displaced homeless evacuated evacuees evacuation refugees fled uprooted",
    "rescued": "rescued survivors saved",
}
_FAMILY_OF = {word: family for family, ws in SUBJECT_FAMILIES.items() for word in ws.split()}
# Subjects that say nothing on their own: "23,000 people" counts what the verb says.
_GENERIC_SUBJECTS = {"people", "person", "persons", "individuals", "residents", "civilians", "men", "women", "children"}
_STOPWORDS = set(
    "a an the of in on at by to for from with and or but as is are was were be been being has have had "
    "that which who this these those it its their there than more less least most at about around some "
    "nearly almost over under up down so also said says say according told now since after before".split()
)
_LOCATIVE = {"in", "across", "throughout", "within", "inside"}
# "officials in Jakarta said": a place that says where the source is, not what is counted.
_SPEECH = {"said", "says", "say", "told", "reported", "reports", "announced", "confirmed", "added", "stated"}
_NOT_PLACES = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday i".split()
)
# Place phrases and count words further than this many words from a number are not about it.
_WINDOW_WORDS = 8

_TOKEN = re.compile(r"[\w'’-]+")
_NUMBERISH = re.compile(r"^[\d.,]+$")


@dataclass(frozen=True)
class FigureKey:
    subject: str
    scope: str
    unit: str

    def label(self) -> str:
        where = f" in {self.scope.title()}" if self.scope else ""
        unit = f" ({self.unit})" if self.unit else ""
        return f"{self.subject}{where}{unit}"


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass
class _Token:
    text: str
    start: int
    end: int
    index: int = 0


def _tokens(text: str) -> list[_Token]:
    found = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for i, t in enumerate(found):
        t.index = i
    return found


def _token_index(tokens: Sequence[_Token], start: int, end: int) -> int | None:
    inside = [t.index for t in tokens if t.start < end and t.end > start]
    if inside:
        return inside[0]
    before = [t.index for t in tokens if t.end <= start]
    return before[-1] if before else (0 if tokens else None)


def _places(tokens: Sequence[_Token], counted: set[str] = frozenset()) -> list[tuple[int, str]]:
    """(token index, place) for "in Indonesia", "across Sri Lanka", "Indonesia's", "UK inflation":
    capitalised names after a locative preposition (and an optional "the"), before a possessive 's,
    or right before a lowercase word naming what is counted."""
    found = []
    for i, t in enumerate(tokens):
        if i and t.text.islower() and (t.text in counted or t.text in _FAMILY_OF):
            k = i
            while k > 0 and _name_word(tokens[k - 1].text) and tokens[k - 1].text.lower() not in counted:
                k -= 1
            if k < i:
                found.append((k, " ".join(x.text for x in tokens[k:i])))
    i = 0
    while i < len(tokens):
        t = tokens[i]
        j = None
        if t.text.lower() in _LOCATIVE:
            j = i + 1
            if j < len(tokens) and tokens[j].text.lower() == "the":
                j += 1
        if j is not None and j < len(tokens) and tokens[j].text[:1].isupper():
            name = []
            k = j
            while k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.lower() not in _NOT_PLACES:
                name.append(tokens[k].text)
                k += 1
            if name:
                if not (k < len(tokens) and tokens[k].text.lower() in _SPEECH):
                    found.append((j, " ".join(name)))
                i = k
                continue
        if t.text[:1].isupper() and re.search(r"['’]s$", t.text) and t.text[:-2].lower() not in _NOT_PLACES:
            # "Sri Lanka's": take the capitalised words before it too
            k = i
            while k > 0 and tokens[k - 1].text[:1].isupper() and tokens[k - 1].end + 1 >= tokens[k].start:
                k -= 1
            name = [x.text for x in tokens[k:i]] + [t.text[:-2]]
            found.append((i, " ".join(name)))
        i += 1
    return found


def _name_word(text: str) -> bool:
    return text[:1].isupper() and "'" not in text and "’" not in text and text.lower() not in _STOPWORDS | _NOT_PLACES


def _normalise_place(place: str) -> str:
    return " ".join(words(place))


def figure_keys(facts: ClaimFacts) -> list[FigureKey | None]:
    """One key per quantity of the claim: what it counts (a subject family), where (the
    place phrase nearest to it) and in which unit; None when the claim does not say what it counts."""
    tokens = _tokens(facts.text)
    positions = [_token_index(tokens, q.start, q.end) for q in facts.quantities]
    number_at = {p for p in positions if p is not None}
    # Each place and count word belongs to the number nearest to it.
    places = _places(tokens, {w for q in facts.quantities for w in words(q.subject)})
    keys: list[FigureKey | None] = []
    previous_subject = ""
    for q, pos in zip(facts.quantities, positions, strict=True):
        if pos is None:
            keys.append(None)
            continue

        def nearest_to_me(index: int) -> bool:
            distance = abs(index - pos)
            return distance <= _WINDOW_WORDS and all(abs(index - other) >= distance for other in number_at)

        # A bare number after a counted one is elliptical: "150,000 killed, including 110,000 in Aceh".
        subject = _subject_key(q.subject, tokens, pos, nearest_to_me) or previous_subject
        previous_subject = subject
        if not subject:
            keys.append(None)
            continue
        mine = [(abs(i - pos), place) for i, place in places if nearest_to_me(i)]
        scope = _normalise_place(min(mine)[1]) if mine else ""
        keys.append(FigureKey(subject=subject[:200], scope=scope[:200], unit=(q.unit or "")[:20]))
    return keys


def _subject_key(subject: str, tokens: Sequence[_Token], pos: int, near: Callable[[int], bool]) -> str:
    subject_words = [w for w in words(subject) if w not in _STOPWORDS]
    for w in subject_words:
        if w in _FAMILY_OF:
            return _FAMILY_OF[w]
    # The count word nearest to the number: "killed 23,000 people", "23,000 dead".
    family = [
        (abs(t.index - pos), _FAMILY_OF[t.text.lower()])
        for t in tokens
        if t.text.lower() in _FAMILY_OF and near(t.index)
    ]
    if family:
        return min(family)[1]
    if not subject_words:
        return ""
    key = [_singular(w) for w in subject_words]
    if all(w in _GENERIC_SUBJECTS for w in subject_words):
        # "3,000 people were rescued": the nearest content word says which people.
        content = [
            (abs(t.index - pos), t.text.lower())
            for t in tokens
            if near(t.index)
            and t.index != pos
            and not _NUMBERISH.match(t.text)
            and t.text[:1].islower()
            and t.text.lower() not in _STOPWORDS
            and t.text.lower() not in subject_words
        ]
        if content:
            key.append(min(content)[1])
    return " ".join(key)


# --- intervals: which values can all be true -----------------------------------------


@dataclass(frozen=True)
class Interval:
    low: Decimal | None  # None: unbounded
    low_open: bool
    high: Decimal | None
    high_open: bool

    def overlaps(self, other: Interval) -> bool:
        return not _empty(_intersect(self, other))


def value_interval(value: Decimal, qualifier: str) -> Interval:
    """The values a reported number allows: "at least 38,000" is [38,000, ∞)."""
    value = Decimal(value)
    size = abs(value)
    if qualifier == "approximately":
        return Interval(value - size * APPROXIMATE_TOLERANCE, False, value + size * APPROXIMATE_TOLERANCE, False)
    if qualifier == "at_least":
        return Interval(value, False, None, False)
    if qualifier == "more_than":
        return Interval(value, True, None, False)
    if qualifier == "at_most":
        return Interval(min(Decimal(0), value), False, value, False)
    if qualifier == "less_than":
        return Interval(min(Decimal(0), value), False, value, True)
    return Interval(value - size * EXACT_TOLERANCE, False, value + size * EXACT_TOLERANCE, False)


def _intersect(a: Interval, b: Interval) -> Interval:
    if a.low is None or (b.low is not None and b.low > a.low):
        low, low_open = b.low, b.low_open
    elif b.low is None or a.low > b.low:
        low, low_open = a.low, a.low_open
    else:
        low, low_open = a.low, a.low_open or b.low_open
    if a.high is None or (b.high is not None and b.high < a.high):
        high, high_open = b.high, b.high_open
    elif b.high is None or a.high < b.high:
        high, high_open = a.high, a.high_open
    else:
        high, high_open = a.high, a.high_open or b.high_open
    return Interval(low, low_open, high, high_open)


def _empty(i: Interval) -> bool:
    if i.low is None or i.high is None:
        return False
    return i.low > i.high or (i.low == i.high and (i.low_open or i.high_open))


def intervals_conflict(intervals: Iterable[Interval]) -> bool:
    """True when no single value lies in every interval."""
    whole = Interval(None, False, None, False)
    for i in intervals:
        whole = _intersect(whole, i)
        if _empty(whole):
            return True
    return False


def conflicting_positions(intervals: Sequence[Interval]) -> set[int]:
    """The values that contradict at least one other. For intervals on a line, the whole set
    conflicts exactly when some pair does (Helly), so these are non-empty iff intervals_conflict."""
    bad = set()
    for i, a in enumerate(intervals):
        for j in range(i + 1, len(intervals)):
            if not a.overlaps(intervals[j]):
                bad.update((i, j))
    return bad


# --- the matching rules ------------------------------------------------------------------


def _value_class(qualifier: str) -> str:
    return {"at_least": "low", "more_than": "low", "at_most": "high", "less_than": "high"}.get(qualifier, "point")


def same_value(a: QuantityFacts, b: QuantityFacts) -> bool:
    """The same reported number: equal up to rounding, bounded the same way."""
    if _value_class(a.qualifier) != _value_class(b.qualifier) or (a.unit or "") != (b.unit or ""):
        return False
    scale = max(abs(a.value), abs(b.value))
    return abs(a.value - b.value) <= scale * SAME_VALUE_TOLERANCE


def _numbers_agree(a: ClaimFacts, b: ClaimFacts) -> bool:
    """A quote repeated with another number in it is another statement."""
    if not a.quantities and not b.quantities:
        return True
    if len(a.quantities) != len(b.quantities):
        return False
    return all(any(same_value(x, y) for y in b.quantities) for x in a.quantities)


def same_statement(a: ClaimFacts, b: ClaimFacts, *, similarity=statement_similarity, threshold=STATEMENT_THRESHOLD) -> bool:
    if a.speaker is None or a.speaker != b.speaker:
        return False
    return _numbers_agree(a, b) and similarity(a.statement, b.statement) >= threshold


def same_quantity(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both state the same value of the same figure (the dates aside)."""
    for qa, ka in zip(a.quantities, figure_keys(a), strict=True):
        for qb, kb in zip(b.quantities, figure_keys(b), strict=True):
            if ka is not None and ka == kb and same_value(qa, qb):
                return True
    return False


def same_claim(a: ClaimFacts, b: ClaimFacts, *, similarity=statement_similarity, threshold=STATEMENT_THRESHOLD) -> bool:
    return same_statement(a, b, similarity=similarity, threshold=threshold) or same_quantity(a, b)


# --- the service ---------------------------------------------------------------------------
#
# match_article_claims applies the rules above claim by claim, in the article's
# order, with the same outcome as looking each claim up on its own. Only the I/O
# is batched: everything a decision can depend on is read up front in a fixed
# number of queries, the decisions update that snapshot in memory (a figure's
# widened dates, a group just made), and the changes are written back in bulk.
# That is about a dozen queries per article, plus one per new group or figure,
# instead of several per claim. The advisory lock keeps the snapshot true: no
# other matcher writes groups or figures meanwhile.


@dataclass
class MatchResult:
    claims: int = 0
    grouped: int = 0
    groups_created: int = 0
    observations: int = 0
    figures: set[int] = field(default_factory=set)


def _article_date(article: Article) -> datetime:
    return article.published_at or article.created_at


def match_article_claims(*, article_id: int) -> MatchResult:
    """Put one article's claims into groups and its quantities into figures, against
    everything stored. Idempotent: a claim already grouped keeps its group; a quantity
    whose figure key has not changed keeps its figure."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_MATCH_LOCK])
        article = Article.objects.defer("body").filter(pk=article_id).first()
        if article is None:
            raise NotFound(f"Article {article_id} does not exist.", code="article_not_found")
        claims = list(
            article.claims.defer("search_vector").prefetch_related(
                Prefetch("quantities", queryset=Quantity.objects.order_by("start"))
            )
        )
        result = MatchResult(claims=len(claims))
        when = _article_date(article)
        facts = {claim.pk: claim_facts(claim) for claim in claims}
        touched = _assign_figures(claims, facts, when, result)
        figure_refresh(figure_ids=touched)
        _group_claims(article.pk, [claim for claim in claims if claim.group_id is None], facts, result)
        result.figures = touched
        return result


def _update_rows(model, fields: Sequence[str], objs: Sequence) -> None:
    """bulk_update(objs, fields) in one statement: on PostgreSQL an UPDATE .. FROM (VALUES ..).
    Django's bulk_update builds a CASE expression per row and field, and at matching's sizes
    (tens of rows, once per article) that Python costs more than the update itself."""
    if not objs:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_update(objs, fields)
        return
    meta, qn = model._meta, connection.ops.quote_name
    columns = [meta.pk, *(meta.get_field(name) for name in fields)]
    # Typed placeholders: VALUES cannot infer a column's type from NULLs and literals.
    row = "(" + ", ".join(f"%s::{field.db_type(connection)}" for field in columns) + ")"
    names = ", ".join(qn(field.column) for field in columns)
    sets = ", ".join(f"{qn(field.column)} = v.{qn(field.column)}" for field in columns[1:])
    sql = (
        f"UPDATE {qn(meta.db_table)} AS t SET {sets} FROM (VALUES {', '.join([row] * len(objs))}) AS v({names}) "
        f"WHERE t.{qn(meta.pk.column)} = v.{qn(meta.pk.column)}"
    )
    params = [field.get_db_prep_save(getattr(obj, field.attname), connection) for obj in objs for field in columns]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


# --- figures ---


def _key_of(figure: Figure) -> FigureKey:
    return FigureKey(subject=figure.subject_key, scope=figure.scope_key, unit=figure.unit)


class _FigurePool:
    """The figures one article's quantities can go to, read in one query: those with one of
    its figure keys reported near its date, and the quantities' current figures. Every
    figure a lookup can return or widen is in here, so lookups run in memory."""

    def __init__(self, keys: set[FigureKey], current_ids: set[int], when: datetime):
        self.when = when
        wanted = []
        if current_ids:
            wanted.append(Q(pk__in=current_ids))
        if keys:
            same_key = Q()
            for key in keys:
                same_key |= Q(subject_key=key.subject, scope_key=key.scope, unit=key.unit)
            wanted.append(same_key & Q(last_seen__gte=when - FIGURE_WINDOW, first_seen__lte=when + FIGURE_WINDOW))
        query = Q()
        for q in wanted:
            query |= q
        self.by_id: dict[int, Figure] = {f.pk: f for f in Figure.objects.filter(query)} if wanted else {}

    def get(self, figure_id: int | None) -> Figure | None:
        return self.by_id.get(figure_id) if figure_id else None

    def figure_for(self, key: FigureKey) -> Figure:
        """The figure with this key reported nearest before `when` (latest last_seen, then
        highest id, as the old per-quantity query ordered them), or a new one."""
        low, high = self.when - FIGURE_WINDOW, self.when + FIGURE_WINDOW
        near = [f for f in self.by_id.values() if _key_of(f) == key and f.last_seen >= low and f.first_seen <= high]
        if near:
            return max(near, key=lambda f: (f.last_seen, f.pk))
        figure = Figure.objects.create(
            subject_key=key.subject, scope_key=key.scope, unit=key.unit, label=key.label()[:300],
            first_seen=self.when, last_seen=self.when,
        )
        self.by_id[figure.pk] = figure
        return figure


def _assign_figures(claims: Sequence[Claim], facts: dict[int, ClaimFacts], when: datetime, result: MatchResult) -> set[int]:
    """File each quantity under its figure; the ids of every figure gained or lost a value."""
    keyed = [
        (quantity, key)
        for claim in claims
        for quantity, key in zip(claim.quantities.all(), figure_keys(facts[claim.pk]), strict=True)
    ]
    pool = _FigurePool(
        keys={key for _, key in keyed if key is not None},
        current_ids={quantity.figure_id for quantity, _ in keyed if quantity.figure_id},
        when=when,
    )
    touched: set[int] = set()
    moved: list[Quantity] = []
    for quantity, key in keyed:
        current = pool.get(quantity.figure_id)
        if key is None:
            figure = None
        elif current is not None and _key_of(current) == key:
            figure = current
        else:
            figure = pool.figure_for(key)
        if figure is not None:
            result.observations += 1
            touched.add(figure.pk)
            # Widened in memory only, for the lookups of the next quantities: figure_refresh
            # rewrites both dates from the values of every touched figure.
            figure.first_seen, figure.last_seen = min(figure.first_seen, when), max(figure.last_seen, when)
        if quantity.figure_id != (figure.pk if figure else None):
            if quantity.figure_id:
                touched.add(quantity.figure_id)
            quantity.figure = figure
            moved.append(quantity)
    if moved:
        _update_rows(Quantity, ["figure"], moved)
    return touched


def figure_refresh(*, figure_ids: Iterable[int]) -> None:
    """Recount figures' values, dates and conflict flags; drop a figure left with no values.
    Three queries however many figures (plus one delete per emptied figure)."""
    figures = list(Figure.objects.filter(pk__in=list(figure_ids)))
    if not figures:
        return
    observed: dict[int, list[tuple[Decimal, str, datetime]]] = defaultdict(list)
    rows = (
        Quantity.objects.filter(figure_id__in=[f.pk for f in figures])
        .annotate(reported_at=Coalesce("claim__article__published_at", "claim__article__created_at"))
        .order_by()
        .values_list("figure_id", "value", "qualifier", "reported_at")
    )
    for figure_id, value, qualifier, reported_at in rows:
        observed[figure_id].append((value, qualifier, reported_at))
    kept = []
    for figure in figures:
        values = observed.get(figure.pk)
        if not values:
            figure.delete()  # through the ORM: its quantity groups go with it
            continue
        figure.value_count = len(values)
        figure.is_conflicting = intervals_conflict(value_interval(v, q) for v, q, _ in values)
        figure.first_seen = min(seen for _, _, seen in values)
        figure.last_seen = max(seen for _, _, seen in values)
        kept.append(figure)
    _update_rows(Figure, ["value_count", "is_conflicting", "first_seen", "last_seen"], kept)


# --- groups ---


@dataclass
class _Candidates:
    """What grouping an article's claims reads, fetched once per article."""

    # Claim id -> (claim id, facts) of the claims elsewhere similar enough to make the
    # same statement, best first.
    statements: dict[int, list[tuple[int, ClaimFacts]]] = field(default_factory=dict)
    # Figure id -> values of it elsewhere: (quantity id, claim id, the value).
    values: dict[int, list[tuple[int, int, QuantityFacts]]] = field(default_factory=dict)
    # The current group of every candidate claim, kept up to date as groups are made.
    group_of: dict[int, int | None] = field(default_factory=dict)


def _group_claims(article_id: int, claims: Sequence[Claim], facts: dict[int, ClaimFacts], result: MatchResult) -> None:
    """Group each ungrouped claim, in order, with the best claim elsewhere making the same
    statement, else with one stating the same value of the same figure."""
    if not claims:
        return
    candidates = _Candidates()
    _read_statement_candidates(candidates, article_id, claims, facts)
    _read_value_candidates(candidates, article_id, claims)
    assigned: dict[int, int] = {}
    for claim in claims:
        match = _statement_match(claim, facts[claim.pk], candidates) or _quantity_match(claim, facts[claim.pk], candidates)
        if match is None:
            continue
        other, kind, figure_id = match
        group_id = candidates.group_of[other]
        if group_id is None:
            group = ClaimGroup.objects.create(
                kind=kind,
                label=(facts[claim.pk].statement or claim.text)[:500],
                speaker_id=claim.speaker_id if kind == ClaimGroup.Kind.STATEMENT else None,
                figure_id=figure_id,
            )
            result.groups_created += 1
            group_id = candidates.group_of[other] = assigned[other] = group.pk
        claim.group_id = assigned[claim.pk] = group_id
        result.grouped += 1
    if assigned:
        _update_rows(Claim, ["group"], [Claim(pk=pk, group_id=g) for pk, g in assigned.items()])


@dataclass(frozen=True)
class _Stored:
    """A candidate claim's columns, as matching reads them (no model instance: there are many)."""

    id: int
    speaker_id: int
    start: int
    text: str
    content: str
    group_id: int | None

    @property
    def statement(self) -> str:
        return self.content or self.text


def _read_statement_candidates(
    candidates: _Candidates, article_id: int, claims: Sequence[Claim], facts: dict[int, ClaimFacts]
) -> None:
    asking = [c for c in claims if c.speaker_id is not None and facts[c.pk].statement.strip()]
    if not asking:
        return
    if connection.vendor == "postgresql":
        found = _trigram_candidates(article_id, asking, facts)
    else:
        columns = ("id", "speaker_id", "start", "text", "content", "group_id")
        found = {
            c.pk: [
                _Stored(*row)
                for row in Claim.objects.filter(speaker_id=c.speaker_id)
                .exclude(article_id=article_id)
                .order_by("-id")
                .values_list(*columns)[:_FALLBACK_CANDIDATES]
            ]
            for c in asking
        }
    # Below the threshold same_statement says no whatever the numbers, so those candidates
    # are dropped here, before their quantities are read; the rest keep the rule's order.
    scorer = _StatementScorer()
    ranked: dict[int, list[_Stored]] = {}
    for claim in asking:
        statement = facts[claim.pk].statement
        scored = [(scorer.similarity(statement, other.statement), other) for other in found[claim.pk]]
        kept = sorted((p for p in scored if p[0] >= STATEMENT_THRESHOLD), key=lambda p: (-p[0], p[1].id))
        ranked[claim.pk] = [other for _, other in kept]
    others = {other.id: other for kept in ranked.values() for other in kept}
    if not others:
        return
    quantities: dict[int, list[tuple]] = defaultdict(list)
    rows = (
        Quantity.objects.filter(claim_id__in=others)
        .order_by("claim_id", "start")
        .values_list("claim_id", "value", "qualifier", "subject", "unit", "start", "end")
    )
    for claim_id, *quantity in rows:
        quantities[claim_id].append(quantity)
    other_facts = {
        o.id: _stored_facts(o.text, o.content, o.speaker_id, o.start, quantities.get(o.id, ())) for o in others.values()
    }
    for other in others.values():
        candidates.group_of[other.id] = other.group_id
    for claim_id, kept in ranked.items():
        candidates.statements[claim_id] = [(other.id, other_facts[other.id]) for other in kept]


_TRIGRAM_CANDIDATES = """
SELECT asking.claim_id, other.id, other.speaker_id, other.start, other.text, other.content, other.group_id
FROM unnest(%s::bigint[], %s::bigint[], %s::text[]) AS asking(claim_id, speaker_id, statement)
CROSS JOIN LATERAL (
    SELECT c.id, c.speaker_id, c.start, c.text, c.content, c.group_id FROM {claim} c
    WHERE c.speaker_id = asking.speaker_id
      AND c.article_id <> %s
      AND (c.content %% asking.statement OR c.content %%> asking.statement OR c.content <%% asking.statement)
    ORDER BY c.id DESC
    LIMIT %s
) AS other
"""


def _trigram_candidates(article_id: int, asking: Sequence[Claim], facts: dict[int, ClaimFacts]) -> dict[int, list[_Stored]]:
    """For each claim, the newest _FALLBACK_CANDIDATES claims of its speaker elsewhere that
    pg_trgm finds similar (`%`), containing (`%>`) or contained in (`<%`) its statement:
    the filter of one query per claim, in one round trip (a LATERAL join)."""
    found: dict[int, list[_Stored]] = {c.pk: [] for c in asking}
    with connection.cursor() as cursor:
        cursor.execute(
            _TRIGRAM_CANDIDATES.format(claim=connection.ops.quote_name(Claim._meta.db_table)),
            [
                [c.pk for c in asking],
                [c.speaker_id for c in asking],
                [facts[c.pk].statement for c in asking],
                article_id,
                _FALLBACK_CANDIDATES,
            ],
        )
        for claim_id, *columns in cursor.fetchall():
            found[claim_id].append(_Stored(*columns))
    return found


def _read_value_candidates(candidates: _Candidates, article_id: int, claims: Sequence[Claim]) -> None:
    figure_ids = {q.figure_id for claim in claims for q in claim.quantities.all() if q.figure_id}
    if not figure_ids:
        return
    rows = (
        Quantity.objects.filter(figure_id__in=figure_ids)
        .exclude(claim__article_id=article_id)
        .order_by()
        .values_list("id", "figure_id", "claim_id", "claim__group_id", "value", "qualifier", "unit")
    )
    for quantity_id, figure_id, claim_id, group_id, value, qualifier, unit in rows:
        theirs = QuantityFacts(value=value, qualifier=qualifier, unit=unit)
        candidates.values.setdefault(figure_id, []).append((quantity_id, claim_id, theirs))
        candidates.group_of.setdefault(claim_id, group_id)


def _statement_match(claim: Claim, facts: ClaimFacts, candidates: _Candidates):
    for other_id, theirs in candidates.statements.get(claim.pk, ()):
        if same_statement(facts, theirs):
            return other_id, ClaimGroup.Kind.STATEMENT, None
    return None


def _quantity_match(claim: Claim, facts: ClaimFacts, candidates: _Candidates):
    for quantity, mine in zip(claim.quantities.all(), facts.quantities, strict=True):
        if quantity.figure_id is None:
            continue
        same = [(qid, cid) for qid, cid, theirs in candidates.values.get(quantity.figure_id, ()) if same_value(mine, theirs)]
        if same:
            # Prefer a claim already in a group, so the group grows instead of splitting
            # (lowest group id first, then the oldest value).
            def order(pair):
                group_id = candidates.group_of[pair[1]]
                return (group_id is None, group_id or 0, pair[0])

            return min(same, key=order)[1], ClaimGroup.Kind.QUANTITY, quantity.figure_id
    return None


# --- reads: the admin's and the API's query shapes --------------------------------------------


def figure_list(*, conflicting: bool | None = None, q: str = "") -> QuerySet[Figure]:
    figures = Figure.objects.all()
    if conflicting is not None:
        figures = figures.filter(is_conflicting=conflicting)
    if q:
        figures = figures.filter(Q(label__icontains=q) | Q(subject_key__icontains=q) | Q(scope_key__icontains=q))
    return figures


@dataclass(frozen=True)
class Observation:
    quantity: Quantity
    conflicting: bool

    @property
    def claim(self) -> Claim:
        return self.quantity.claim

    @property
    def reported_at(self) -> datetime:
        return _article_date(self.quantity.claim.article)


def figure_observations(figure: Figure) -> list[Observation]:
    """A figure's values, oldest report first, each marked when it contradicts another."""
    quantities = list(
        figure.quantities.select_related("claim__article", "claim__speaker")
        .defer("claim__article__body", "claim__search_vector")
        .annotate(reported_at=Coalesce("claim__article__published_at", "claim__article__created_at"))
        .order_by("reported_at", "claim__article_id", "start")
    )
    bad = conflicting_positions([value_interval(q.value, q.qualifier) for q in quantities])
    return [Observation(q, i in bad) for i, q in enumerate(quantities)]


def group_claims(group: ClaimGroup) -> QuerySet[Claim]:
    return (
        group.claims.select_related("article", "speaker")
        .defer("article__body", "search_vector")
        .annotate(reported_at=Coalesce("article__published_at", "article__created_at"))
        .order_by("reported_at", "id")
    )


__all__ = [
    "ClaimFacts",
    "FigureKey",
    "Interval",
    "MatchResult",
    "Observation",
    "QuantityFacts",
    "claim_facts",
    "conflicting_positions",
    "figure_keys",
    "figure_list",
    "figure_observations",
    "figure_refresh",
    "group_claims",
    "intervals_conflict",
    "match_article_claims",
    "same_claim",
    "same_quantity",
    "same_statement",
    "value_interval",
]
