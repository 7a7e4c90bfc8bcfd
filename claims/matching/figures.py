"""Filing quantities under figures, and recounting a figure from its values (the write path).

A Figure is one number reported over time, e.g. "people killed by the tsunami
across the region", kept apart from the toll in one country.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from django.db import connection
from django.db.models.functions import Coalesce

from ..models import Claim, Figure, Quantity
from .bulk import update_rows
from .facts import ClaimFacts
from .figure_keys import article_figure_keys
from .figure_lexicon import NATIONWIDE, TO_EACH
from .keys import FigureKey
from .places import is_country
from .status import ReportedValue, figure_status

# A figure takes values reported within this many days of its other values:
# one subject in one place in two different events makes two figures.
FIGURE_WINDOW = timedelta(days=60)
# A value whose place is left unsaid joins a figure of another scope only within one
# event's news cycle: a toll with no place a month later belongs to another story.
UNSAID_WINDOW = timedelta(days=7)


def _key_of(figure: Figure) -> FigureKey:
    return FigureKey(subject=figure.subject_key, scope=figure.scope_key, unit=figure.unit)


def _nested(a: str, b: str) -> bool:
    """One subject is the other said more precisely: "case" and "measles case" (one head noun), "hive"
    and "beehive" (a closed compound names a kind of its last part, as "farmhouse" a house)."""
    wa, wb = a.split(), b.split()
    if not (wa and wb and _kind_of(wa[-1], wb[-1])):
        return False
    ra, rb = set(wa[:-1]) | {wb[-1]}, set(wb[:-1]) | {wb[-1]}
    return ra <= rb or rb <= ra


def _kind_of(a: str, b: str) -> bool:
    """The same noun, or one a closed compound of the other: "hive" and "beehive"."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.endswith(b) or b.endswith(a)))


def _fits(figure: Figure, key: FigureKey) -> bool:
    """Whether a value with this key may be filed under the figure: the same unit, the same
    or a nested subject, and the same place, or no place said (and no whole stated)."""
    if figure.unit != key.unit:
        return False
    if not key.subject:  # a measure that does not say what it measures: any figure in its unit
        return figure.scope_key in (key.scope, "") or not key.scope
    if not (figure.subject_key == key.subject or _nested(figure.subject_key, key.subject)):
        return False
    return figure.scope_key == key.scope or (key.scope == "" and not key.whole)


def _share(subject: str) -> bool:
    """Whether a figure counts what each one gets or an amount per something."""
    return subject == TO_EACH or " per " in f" {subject} "


def _other_country(figure: Figure, key: FigureKey) -> bool:
    """The key leaves its place unsaid, its claim names countries only, and the figure is another's."""
    countries = [p for p in key.hint if is_country(p)]
    return (
        not key.scope and bool(countries) and len(countries) == len(key.hint)
        and is_country(figure.scope_key) and figure.scope_key not in countries
    )


def _pool_figures(keys: set[FigureKey], current_ids: set[int], when: datetime) -> Iterable[Figure]:
    """The figures a key of `keys` fits (same unit, a subject with the same head noun) reported
    near `when`, and the figures `current_ids`, in one query. Written as SQL: the ORM spent
    more time building this query's conditions (several per head noun) than PostgreSQL
    spent answering it."""
    ops, qn = connection.ops, connection.ops.quote_name
    unit, subject, scope, first_seen, last_seen = map(qn, ("unit", "subject_key", "scope_key", "first_seen", "last_seen"))

    def within(window: timedelta) -> tuple[str, list]:
        bounds = [ops.adapt_datetimefield_value(when - window), ops.adapt_datetimefield_value(when + window)]
        return f"{last_seen} >= %s AND {first_seen} <= %s", bounds

    def one_of(column: str, values) -> tuple[str, list]:
        values = sorted(values)
        return f"{column} IN ({', '.join(['%s'] * len(values))})", values

    wanted: list[tuple[str, list]] = [one_of(qn("id"), current_ids)] if current_ids else []
    # One condition per unit and head noun, whatever the places of its keys: an article repeats
    # its subjects in several places.
    unsaid_units: set[str] = set()
    places: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in keys:
        if key.subject:
            places[(key.unit, key.subject.split()[-1])].add(key.scope)
        else:
            unsaid_units.add(key.unit)
    this_week, week = within(UNSAID_WINDOW)
    in_window, window = within(FIGURE_WINDOW)
    if unsaid_units:  # any figure in its unit, of this week
        units, params = one_of(unit, unsaid_units)
        wanted.append((f"{units} AND {this_week}", params + week))
    for (unit_of, head), scopes in places.items():
        # The same head noun, a closed compound of it ("beehive" for "hive"), or its last part:
        # subject_key__in=[head, *tails], __endswith=head, __endswith=" tail", as the ORM writes them.
        tails = sorted({head[i:] for i in range(1, len(head) - 3)})
        named, params = one_of(subject, [head, *tails])
        endings = [head, *(f" {tail}" for tail in tails)]
        like = " OR ".join([f"{subject} LIKE %s ESCAPE '\\'"] * len(endings))
        params += [f"%{ops.prep_for_like_query(ending)}" for ending in endings]
        # Its own place (or none) over the figure window; a value whose place is
        # unsaid may also join another place's figure, of this week only.
        places_in, place_params = one_of(scope, scopes | {""})
        near, near_params = f"{places_in} AND {in_window}", place_params + window
        if "" in scopes:
            near, near_params = f"({near}) OR ({this_week})", near_params + week
        wanted.append((f"{unit} = %s AND ({named} OR {like}) AND ({near})", [unit_of, *params, *near_params]))
    if not wanted:
        return []
    sql = f"SELECT * FROM {qn(Figure._meta.db_table)} WHERE " + " OR ".join(f"({condition})" for condition, _ in wanted)
    return Figure.objects.raw(sql, [param for _, params in wanted for param in params])


class _FigurePool:
    """The figures one article's quantities can go to, read in one query: those a key of
    its quantities fits (same unit, a subject with the same head noun) reported near its
    date, and the quantities' current figures. Every figure a lookup can return or widen is
    in here, so lookups run in memory."""

    def __init__(self, keys: set[FigureKey], current_ids: set[int], when: datetime):
        self.when = when
        self.by_id: dict[int, Figure] = {f.pk: f for f in _pool_figures(keys, current_ids, when)}
        # Figures whose place or label a lookup changed: written back once, after the lookups.
        self.changed: dict[int, Figure] = {}
        # Figures this article filed values under, with the places their claims named elsewhere: a
        # number whose claim names another place, then one with a place, are two scopes ("Japan's
        # agency said 9,800 ... In Tokyo, 1,450"; "Police in Leith said 15 had died ... 112 have
        # died across Scotland this year"), not a place left unsaid.
        self.named: dict[int, set[str]] = {}
        self.last_filed: Figure | None = None  # where the article's last number was filed

    def get(self, figure_id: int | None) -> Figure | None:
        return self.by_id.get(figure_id) if figure_id else None

    def figure_for(self, key: FigureKey) -> Figure:
        """The figure with this key reported nearest before `when` (latest last_seen, then
        highest id); else the one figure the key fits (a place left unsaid goes to the
        figure of the one place reported, an unscoped figure first); else the one figure
        whose place was left unsaid, which now takes this key's place; else a new one."""
        low, high = self.when - FIGURE_WINDOW, self.when + FIGURE_WINDOW
        near = [f for f in self.by_id.values() if f.last_seen >= low and f.first_seen <= high]
        if not key.subject:
            # "estimating it at 4,200 barrels": the one figure of this week in barrels, else a new one; never
            # a share ("150 euros to each", "12 euros per hour"), which is no sum of anything in all.
            measured = [f for f in near if self._recent(f) and _fits(f, key) and not _share(f.subject_key)]
            if len(measured) == 1:
                return measured[0]
            return self._create(replace(key, subject=key.unit))
        if not key.scope:
            # A place left unsaid is this week's story: an older figure of another event,
            # unscoped too, does not take it ("a pay rise of 15%" in July and "a 12% pay rise" in
            # September are two strikes).
            near = [f for f in near if self._recent(f)]
        # A place unsaid by the number but named in the claim ("Tokyo's fire department said
        # 1,450 people had been taken to hospital") picks the one recent figure of that place.
        hinted = [f for f in near if f.scope_key in key.hint and self._recent(f) and _fits(f, key)] if key.hint else []
        if len(hinted) == 1:
            return hinted[0]
        same = [f for f in near if _key_of(f) == key]
        if same:
            return self._stated_whole(max(same, key=lambda f: (f.last_seen, f.pk)), key)
        if key.national and not key.scope:
            # "2,600 buildings damaged nationwide" with no name: the one country whose figure
            # of this week it fits ("across Albania").
            national = [
                f for f in near if self._recent(f) and is_country(f.scope_key)
                and _fits(f, replace(key, scope=f.scope_key, whole=False))
            ]
            if len(national) == 1:
                return national[0]
        # A place unsaid by the number, in a claim that names another country only ("Germany's health
        # institute has counted 9 cases"), is that country's: it never joins a third country's figure.
        fitting = [
            f for f in near
            if _fits(f, key) and (f.scope_key == key.scope or self._recent(f)) and not _other_country(f, key)
        ]
        unscoped = [f for f in fitting if f.scope_key == ""]
        if len(unscoped) == 1 or len(fitting) == 1:
            return unscoped[0] if len(unscoped) == 1 else fitting[0]
        # Of several places' figures, a number whose place is unsaid goes on with the one the article's number just
        # before it was filed under ("puts the bill for the Korvel bridge at 30 million euros. Its builder says 55 million").
        if not key.scope and self.last_filed in fitting:
            return self.last_filed
        if key.scope and not fitting and not key.part:
            unsaid = [
                f for f in near
                if f.scope_key == "" and self._recent(f) and _fits(f, replace(key, scope=""))
                and (not f.scope_whole or (is_country(key.scope) and NATIONWIDE in f.label))
                and not (self.named.get(f.pk) and key.scope not in self.named[f.pk])
            ]
            if len(unsaid) == 1:
                figure = unsaid[0]
                figure.scope_key, figure.label = key.scope, _key_of(figure).label()[:300]
                self.changed[figure.pk] = figure
                return figure
        return self._create(key)

    def _create(self, key: FigureKey) -> Figure:
        figure = Figure.objects.create(
            subject_key=key.subject, scope_key=key.scope, scope_whole=key.whole, unit=key.unit,
            label=key.label()[:300], first_seen=self.when, last_seen=self.when,
        )
        self.by_id[figure.pk] = figure
        return figure

    def filed(self, figure: Figure, key: FigureKey) -> None:
        """Remember the places named by the claim of a value this article filed under the figure, and the figure."""
        self.named.setdefault(figure.pk, set()).update(key.hint)
        self.last_filed = figure

    def _recent(self, figure: Figure) -> bool:
        return figure.last_seen >= self.when - UNSAID_WINDOW and figure.first_seen <= self.when + UNSAID_WINDOW

    def _stated_whole(self, figure: Figure, key: FigureKey) -> Figure:
        if key.whole and not figure.scope_whole:
            figure.scope_whole = True
            self.changed[figure.pk] = figure
        return figure


def keyed_quantities(claims: Sequence[Claim], facts: dict[int, ClaimFacts]) -> list[tuple[Quantity, FigureKey | None]]:
    """Each quantity of an article's claims with the key of the figure it is an observation
    of (None: no figure), in the order they are written. Matching keys an article once: the
    locks (claims.matching.locks) and the filing below read the same keys."""
    claims = sorted(claims, key=lambda c: (c.start, c.pk))
    return [
        (quantity, key)
        for claim, keys in zip(claims, article_figure_keys([facts[c.pk] for c in claims]), strict=True)
        for quantity, key in zip(claim.quantities.all(), keys, strict=True)
    ]


def assign_figures(keyed: Sequence[tuple[Quantity, FigureKey | None]], when: datetime) -> tuple[dict[int, Figure], int]:
    """File each quantity under its figure (`keyed`: keyed_quantities()): every figure that
    gained or lost a value, by id, as read under the matcher's locks (figures_refresh takes
    them as they are), and how many quantities are now observations of a figure."""
    pool = _FigurePool(
        keys={key for _, key in keyed if key is not None},
        current_ids={quantity.figure_id for quantity, _ in keyed if quantity.figure_id},
        when=when,
    )
    touched: set[int] = set()
    observations = 0
    moved: list[Quantity] = []
    for quantity, key in keyed:
        current = pool.get(quantity.figure_id)
        if key is None:
            figure = None
        elif current is not None and _fits(current, key):
            figure = current
        else:
            figure = pool.figure_for(key)
        if figure is not None:
            pool.filed(figure, key)
            observations += 1
            touched.add(figure.pk)
            # Widened in memory only, for the lookups of the next quantities: figure_refresh
            # rewrites both dates from the values of every touched figure.
            figure.first_seen, figure.last_seen = min(figure.first_seen, when), max(figure.last_seen, when)
        if quantity.figure_id != (figure.pk if figure else None):
            if current is not None:
                touched.add(current.pk)
            quantity.figure = figure
            moved.append(quantity)
    if moved:
        update_rows(Quantity, ["figure"], moved)
    if pool.changed:
        update_rows(Figure, ["scope_key", "label", "scope_whole"], list(pool.changed.values()))
    return {pk: pool.by_id[pk] for pk in touched}, observations


def figure_refresh(*, figure_ids: Iterable[int]) -> None:
    """Recount figures' values, reports, dates and status; drop a figure left with no values.
    Three queries however many figures (plus one delete per emptied figure)."""
    figures_refresh(list(Figure.objects.filter(pk__in=list(figure_ids))))


def figures_refresh(figures: Sequence[Figure]) -> None:
    """figure_refresh of figures already read, and locked against other matchers (their families,
    claims.matching.locks): the columns it recounts are rewritten whatever they held."""
    if not figures:
        return
    observed: dict[int, list[ReportedValue]] = defaultdict(list)
    for figure_id, value in figure_values(figure_ids=[f.pk for f in figures]):
        observed[figure_id].append(value)
    kept = []
    for figure in figures:
        values = observed.get(figure.pk)
        if not values:
            figure.delete()  # through the ORM: its quantity groups go with it
            continue
        assessment = figure_status(values, sides=False, subject=figure.subject_key)
        figure.value_count = len(values)
        figure.report_count = assessment.reports
        figure.status = assessment.status
        figure.is_conflicting = assessment.status != Figure.Status.CONSISTENT
        figure.first_seen = min(v.reported_at for v in values)
        figure.last_seen = max(v.reported_at for v in values)
        kept.append(figure)
    update_rows(Figure, ["value_count", "report_count", "status", "is_conflicting", "first_seen", "last_seen"], kept)


def figure_values(*, figure_ids: Sequence[int]) -> Iterable[tuple[int, ReportedValue]]:
    """(figure id, value) for every value of the figures, in one query."""
    rows = (
        Quantity.objects.filter(figure_id__in=figure_ids)
        .annotate(reported_at=Coalesce("claim__article__published_at", "claim__article__created_at"))
        .order_by("reported_at", "claim__article_id", "start")
        .values_list(
            "figure_id", "value", "qualifier", "reported_at", "claim_id", "claim__speaker_id",
            "claim__article__outlet", "claim__text", "start", "claim__start", "claim__speaker__name",
        )
    )
    for figure_id, value, qualifier, reported_at, claim_id, speaker_id, outlet, text, start, claim_start, name in rows:
        yield figure_id, ReportedValue(
            value=value, qualifier=qualifier, reported_at=reported_at, claim_id=claim_id,
            speaker_id=speaker_id, outlet=outlet, claim_text=text,
            start=start - claim_start if start is not None and claim_start is not None else None,
            speaker_name=name or "",
        )
