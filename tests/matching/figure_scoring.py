"""Ingest the labelled reports (figure_reports.py) through the real extractor and matcher,
and score the figures made against the hand labels."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from claims.matching.service import match_article_claims
from claims.models import Figure, Quantity
from claims.services import ArticleInput, article_ingest
from tests.matching import figure_reports


@dataclass(frozen=True)
class Rate:
    hits: int
    total: int

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.value:.2f} ({self.hits}/{self.total})"


@dataclass
class Scores:
    precision: dict[str, Rate] = field(default_factory=dict)
    recall: dict[str, Rate] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    # No-figure values that share a figure with another value.
    no_figure_in_a_figure: list[str] = field(default_factory=list)
    unfound: list[str] = field(default_factory=list)

    def table(self) -> str:
        rows = [f"{'':22} {'precision':>14} {'recall':>14}"]
        for name in self.precision:
            rows.append(f"{name:22} {self.precision[name]!s:>14} {self.recall[name]!s:>14}")
        return "\n".join(rows)


def ingest_reports(labelled=figure_reports):
    """Store and match a labelled set's reports in the order they were published."""
    articles = {}
    for report in sorted(labelled.REPORTS, key=lambda r: r.published):
        result = article_ingest(data=ArticleInput(
            body=report.body, title=report.title or report.id, url=f"https://wire.example.org/{report.id}",
            outlet=report.outlet, published_at=report.published,
        ))
        articles[report.id] = result.article
        match_article_claims(article_id=result.article.pk)
    return articles


def _quantities_at(article, written: str) -> list[Quantity]:
    """The article's quantities inside the first place `written` appears as a whole number; else
    the one quantity around it (a label may give the number alone, "1.2" for "1.2 million")."""
    found = re.search(rf"(?<![\w.,-]){re.escape(written)}(?![\w-]|[.,]\d)", article.body) or re.search(
        rf"(?<![\w.,-]){re.escape(written)}(?=-[A-Za-z])", article.body  # ... or hyphened to its unit: "900-megawatt"
    )
    if found is None:
        raise ValueError(f"{written!r} is not in {article.title}")
    quantities = Quantity.objects.filter(claim__article=article)
    inside = list(quantities.filter(start__gte=found.start(), end__lte=found.end()))
    return inside or list(quantities.filter(start__lte=found.start(), end__gte=found.end())[:1])


def score(articles, labelled=figure_reports) -> Scores:
    FIGURES, NO_FIGURE = labelled.FIGURES, labelled.NO_FIGURE  # noqa: N806 - the set's own names
    scores = Scores()
    figure_of: dict[tuple[str, str], int | None] = {}  # labelled value -> predicted figure
    label_of: dict[tuple[str, str], str] = {}
    for labelled in FIGURES:
        for value in labelled.values:
            quantities = _quantities_at(articles[value[0]], value[1])
            if not quantities:
                scores.unfound.append(f"{value[0]}:{value[1]}")
            figure_of[value] = quantities[0].figure_id if quantities else None
            label_of[value] = labelled.name
    # One figure per quantity: pairs of labelled values, together or apart.
    values = list(figure_of)
    together = same = both = 0
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            predicted = figure_of[a] is not None and figure_of[a] == figure_of[b]
            labelled = label_of[a] == label_of[b]
            together += predicted
            same += labelled
            both += predicted and labelled
            if predicted != labelled:
                scores.errors.append(f"{'merged' if predicted else 'split'}: {a[0]}:{a[1]} / {b[0]}:{b[1]}")
    scores.precision["one figure"] = Rate(both, together)
    scores.recall["one figure"] = Rate(both, same)

    # Each predicted figure stands for the labelled figure most of its labelled values belong to.
    members: dict[int, Counter] = defaultdict(Counter)
    for value, figure_id in figure_of.items():
        if figure_id is not None:
            members[figure_id][label_of[value]] += 1
    no_figure_ids = set()
    for report_id, written in NO_FIGURE:
        for q in _quantities_at(articles[report_id], written):
            if q.figure_id is not None:
                no_figure_ids.add(q.figure_id)
                if Quantity.objects.filter(figure_id=q.figure_id).count() > 1:
                    scores.no_figure_in_a_figure.append(f"{report_id}:{written}")
    status = dict(Figure.objects.values_list("pk", "status"))
    labelled_status = {f.name: f.status for f in FIGURES}
    for kind in ("disputed", "revised"):
        predicted = [pk for pk in set(members) | no_figure_ids if status[pk] == kind]
        right = [pk for pk in predicted if members[pk] and labelled_status[members[pk].most_common(1)[0][0]] == kind]
        scores.precision[kind] = Rate(len(right), len(predicted))
        for pk in set(predicted) - set(right):
            label = members[pk].most_common(1)[0][0] if members[pk] else "no figure"
            scores.errors.append(f"{kind} but labelled {labelled_status.get(label, 'no figure')}: {label} (figure {pk})")
        wanted = [f.name for f in FIGURES if f.status == kind]
        found = {members[pk].most_common(1)[0][0] for pk in right}
        scores.recall[kind] = Rate(len(found & set(wanted)), len(wanted))
        for name in set(wanted) - found:
            got = sorted({status[figure_of[v]] for v in figure_of if label_of[v] == name and figure_of[v]})
            scores.errors.append(f"labelled {kind}, missed: {name} (figures: {', '.join(got) or 'none'})")
    return scores
