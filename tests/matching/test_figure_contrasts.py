"""Two sources' numbers set against each other after a contrast count one thing, however each names it
(claims.matching.contrasts), through the real extractor and matcher. On sentences of our own."""

from datetime import datetime, timezone

import pytest

from claims.matching.service import match_article_claims
from claims.models import Quantity
from claims.services import ArticleInput, article_ingest

pytestmark = pytest.mark.django_db


def _report(body: str, slug: str, hour: int = 9):
    article = article_ingest(data=ArticleInput(
        body=body, title=slug, url=f"https://wire.example.org/{slug}", outlet="Wire A",
        published_at=datetime(2025, 5, 12, hour, tzinfo=timezone.utc),
    )).article
    match_article_claims(article_id=article.pk)
    return article


def _figure(article, written: str):
    quantity = Quantity.objects.select_related("figure").get(claim__article=article, start=article.body.index(written))
    return quantity.figure


def test_a_second_source_named_its_own_way_in_one_claim_is_a_dispute():
    article = _report(
        "The drivers' union said 70% of drivers stayed off work in Lisbon on Monday, while the transport agency put "
        "turnout at 35%.",
        "turnout",
    )
    figure = _figure(article, "70%")
    assert figure is not None and figure == _figure(article, "35%")
    assert figure.status == "disputed"


def test_a_contrast_between_two_claims_joins_their_counts():
    # The clause after ", but" is a claim of its own, opened by its source's name; its count names nothing.
    article = _report(
        "The fire service said 300 residents had left the village of Dunmore, but Mayor Ana Reyes said nearly 700 had "
        "gone.",
        "dunmore",
    )
    figure = _figure(article, "300")
    assert figure is not None and figure == _figure(article, "700")
    assert figure.status == "disputed"


def test_the_side_that_names_what_happened_names_the_figure_for_both():
    match = _report(
        "Organisers said 9,000 fans went through the turnstiles at Kestrel Park, but police said the crowd was "
        "nearer 6,000.",
        "kestrel1",
    )
    later = _report("Police said the crowd at Kestrel Park had been about 6,000.", "kestrel2", hour=15)
    figure = _figure(match, "9,000")
    assert figure == _figure(match, "6,000") == _figure(later, "6,000")
    assert figure.status == "disputed"


def test_counts_of_two_families_a_capacity_or_another_sentence_stay_apart():
    hurt = _report("Police said 20 people had died in Tarnow, while the charity said 35 had been hurt.", "tarnow")
    assert _figure(hurt, "20") != _figure(hurt, "35")
    hall = _report("The hall seats 2,000 people, but the promoter said 3,500 fans had queued outside.", "hall")
    assert _figure(hall, "3,500") is None or _figure(hall, "2,000") != _figure(hall, "3,500")
    storeys = _report(
        "Nine people have died in the collapse in Varanasi, police said. The owner was charged; the council said it "
        "had licensed two storeys.",
        "storeys",
    )
    assert _figure(storeys, "two") is None or _figure(storeys, "Nine") != _figure(storeys, "two")


def test_a_sum_set_against_another_source_s_with_its_currency_left_unsaid_is_the_same_losses():
    """The second sum takes the first one's currency, losses the extractor named are the losses figure
    however the parse read them, and "put forward by" names another source."""
    article = _report(
        "Cordoba's farmers' federation puts frost losses at 40 billion pesos, against the 12 billion put forward by "
        "provincial officials.",
        "frost",
    )
    figure = _figure(article, "40 billion")
    assert figure is not None and figure == _figure(article, "12 billion")
    assert figure.unit == "MXN" and figure.status == "disputed"
