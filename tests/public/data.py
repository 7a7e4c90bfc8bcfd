"""Claims through the real services for the workbench tests: a published verdict, one
awaiting approval, one in review, and a figure whose sources disagree."""

from dataclasses import dataclass
from datetime import UTC, datetime

from claims.matching.service import match_article_claims
from claims.models import Claim, Figure
from claims.services import ArticleInput, article_ingest
from reviews import services
from tests.admin.conftest import extracted_claim


def store(*, title, body, claims, outlet="Example News", url=None, published_at=None):
    result = article_ingest(
        data=ArticleInput(body=body, title=title, outlet=outlet, url=url, published_at=published_at),
        extracted=[extracted_claim(body, **c) for c in claims],
    )
    return result.article


def decide(claim, reviewer, *, verdict="verified", rationale="", evidence=()):
    services.claim_start_review(claim_id=claim.pk, actor=reviewer)
    services.claim_submit_verdict(
        claim_id=claim.pk, actor=reviewer, verdict=verdict, rationale=rationale, evidence=[{"url": u} for u in evidence]
    )


@dataclass
class Desk:
    published: Claim
    awaiting: Claim
    in_review: Claim
    unreviewed: Claim


def a_days_work(reviewer, editor) -> Desk:
    """Four claims of one article: published, awaiting approval, in review, unreviewed."""
    body = (
        "The harbour authority met on Monday.\n"
        "The new ferry carries 420 passengers, the harbour master said.\n"
        "Ticket prices rose by 12 percent last year, according to the council.\n"
        "The old pier will close in May, a spokesperson said.\n"
        "Critics said the timetable ignores night workers.\n"
    )
    article = store(
        title="Harbour plans <b>approved</b>",
        body=body,
        url="https://news.example.org/harbour",
        published_at=datetime(2026, 3, 2, 14, 0, tzinfo=UTC),
        claims=[
            {"sentence": "The new ferry carries 420 passengers", "speaker": "Harbour Master Ines Duarte", "number": "420",
             "subject": "passengers"},
            {"sentence": "Ticket prices rose by 12 percent last year", "number": "12", "subject": "percent"},
            {"sentence": "The old pier will close in May", "speaker": "A spokesperson"},
            {"sentence": "the timetable ignores night workers", "speaker": "Critics"},
        ],
    )
    first, second, third, fourth = article.claims.order_by("start")
    decide(first, reviewer, rationale="The operator's </script> spec sheet lists 420 seats & 12 crew.",
           evidence=["https://ferry.example/spec", "https://harbour.example/minutes"])
    services.claim_approve(claim_id=first.pk, actor=editor)
    decide(second, reviewer, verdict="disputed", rationale="The council's budget shows 9 percent, not 12.",
           evidence=["https://council.example/budget-2025"])
    services.claim_start_review(claim_id=third.pk, actor=reviewer)
    return Desk(*(Claim.objects.get(pk=c.pk) for c in (first, second, third, fourth)))


def a_disputed_figure() -> Figure:
    """Three outlets report a toll: rescuers say 31 died, police say 14 that same day (a count that
    only grows, said lower by another source: a dispute), and two days later it has risen to 33."""
    reports = [
        ("Coast Radio", datetime(2026, 2, 10, 8, tzinfo=UTC), "Rescuers said 31 people died in the landslide."),
        ("Daily B", datetime(2026, 2, 10, 18, tzinfo=UTC), "Police said 14 people died in the landslide."),
        ("Hill Times", datetime(2026, 2, 12, 9, tzinfo=UTC), "The toll rose: 33 people died in the landslide, officials said."),
    ]
    figure_ids = set()
    for n, (outlet, when, sentence) in enumerate(reports):
        number = next(w for w in sentence.split() if w.isdigit())
        body = f"Landslide report {n}.\n{sentence}\nRoads stay closed.\n"
        article = store(title=f"Landslide update {n}", body=body, outlet=outlet, published_at=when,
                        claims=[{"sentence": sentence.rstrip("."), "number": number, "subject": "people died"}])
        match_article_claims(article_id=article.pk)
        figure_ids.update(article.claims.values_list("quantities__figure", flat=True))
    figure_ids.discard(None)
    return Figure.objects.filter(pk__in=figure_ids).order_by("-id").first()
