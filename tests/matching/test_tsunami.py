"""Done when: a week of tsunami reports gives figures a reviewer recognises as right."""

from decimal import Decimal

import pytest

from claims.matching.selectors import figure_observations
from claims.matching.service import match_article_claims
from claims.models import Claim, ClaimGroup, Figure
from tests.matching.helpers import ingest
from tests.matching.stories import EGELAND_QUOTE, STORIES

pytestmark = pytest.mark.django_db


def ingest_and_match(order):
    articles = [ingest(story) for story in STORIES]
    for index in order(range(len(articles))):
        match_article_claims(article_id=articles[index].pk)
    return articles


def values(figure):
    return [(o.quantity.qualifier, o.quantity.value, o.claim.article.title, o.conflicting) for o in figure_observations(figure)]


@pytest.mark.parametrize("order", [list, lambda r: list(reversed(r))], ids=["as published", "in reverse"])
def test_the_regional_toll_is_one_figure_with_every_value_and_the_contradictions_marked(order):
    ingest_and_match(order)

    regional = Figure.objects.get(subject_key="deaths", scope_key="", first_seen__year=2004)
    assert values(regional) == [
        ("exact", Decimal(23000), "Quake and tsunami kill thousands around the Indian Ocean", True),
        ("more_than", Decimal(20000), "Death toll passes 20,000", False),
        ("at_least", Decimal(38000), "Tsunami toll climbs above 38,000", True),
        ("at_least", Decimal(38000), "UN says at least 38,000 dead as aid arrives", True),
        ("more_than", Decimal(100000), "Regional toll feared above 100,000", True),
        ("exact", Decimal(150000), "Tsunami toll reaches 150,000", True),
    ]
    # 23,000 on the first night cannot be true alongside "at least 38,000" two days later.
    assert regional.is_conflicting
    assert regional.value_count == 6


@pytest.mark.parametrize("order", [list, lambda r: list(reversed(r))], ids=["as published", "in reverse"])
def test_a_countrys_toll_is_a_figure_of_its_own_and_agrees_with_itself(order):
    ingest_and_match(order)

    indonesia = Figure.objects.get(subject_key="deaths", scope_key="indonesia")
    assert [(q, v) for q, v, _, _ in values(indonesia)] == [
        ("more_than", Decimal(4000)),
        ("at_least", Decimal(4500)),
        ("exact", Decimal(4600)),
    ]
    assert not indonesia.is_conflicting
    assert Figure.objects.get(subject_key="deaths", scope_key="aceh").value_count == 1
    assert Figure.objects.get(subject_key="displaced", scope_key="sri lanka").value_count == 1


def test_a_later_event_with_the_same_subject_and_scope_starts_a_new_figure():
    ingest_and_match(list)

    later = Figure.objects.get(subject_key="deaths", scope_key="", first_seen__year=2005)
    assert [v for _, v, _, _ in values(later)] == [Decimal(1300)]
    assert not later.is_conflicting


def test_the_repeated_quote_is_grouped_and_the_other_quote_is_not():
    ingest_and_match(list)

    quotes = Claim.objects.filter(speaker__name="Jan Egeland").order_by("article__published_at")
    first, second, stingy = quotes
    assert first.group_id is not None and first.group_id == second.group_id
    assert first.group.kind == ClaimGroup.Kind.STATEMENT
    assert first.group.label.startswith(EGELAND_QUOTE)
    assert stingy.group_id is None


def test_the_same_value_of_the_same_figure_is_grouped_across_articles():
    ingest_and_match(list)

    thirty_eight = Claim.objects.filter(quantities__value=38000)
    assert thirty_eight.count() == 2
    assert len({c.group_id for c in thirty_eight}) == 1 and thirty_eight[0].group.kind == ClaimGroup.Kind.QUANTITY
    # A different value of the same figure is not the same claim.
    assert Claim.objects.get(quantities__value=23000).group_id is None


def test_matching_again_changes_nothing():
    articles = ingest_and_match(list)
    before = (
        sorted(Claim.objects.values_list("pk", "group_id")),
        sorted(Figure.objects.values_list("pk", "value_count", "is_conflicting")),
    )
    for article in articles:
        result = match_article_claims(article_id=article.pk)
        assert result.grouped == 0 and result.groups_created == 0
    after = (
        sorted(Claim.objects.values_list("pk", "group_id")),
        sorted(Figure.objects.values_list("pk", "value_count", "is_conflicting")),
    )
    assert after == before


@pytest.fixture
def eager_celery():
    """The demo's in-process mode, whatever broker the suite runs with."""
    from factcheck.celery import app

    # The settings' CELERY_ namespace is where Celery looks first.
    before = app.conf.CELERY_TASK_ALWAYS_EAGER
    app.conf.CELERY_TASK_ALWAYS_EAGER = True
    yield
    app.conf.CELERY_TASK_ALWAYS_EAGER = before


def test_the_extraction_task_hands_over_to_the_matching_task(db, eager_celery, django_capture_on_commit_callbacks):
    from claims import pipeline, tasks

    # Stored with their claims by this extractor version, so the task's extraction
    # step finds nothing to redo and goes straight on to matching.
    articles = [ingest(story) for story in STORIES[:3]]
    for article in articles:
        # The pipeline's chain, run eagerly once the transaction commits: extract, enrich, match.
        with django_capture_on_commit_callbacks(execute=True):
            pipeline.article_process_later(article_id=article.pk)
    first = Claim.objects.get(article=articles[0], speaker__name="Jan Egeland")
    assert first.group_id is not None
    assert Figure.objects.filter(scope_key="indonesia").get().value_count == 3
    assert tasks.match_article.delay(999999).get() == 0


@pytest.mark.parametrize("order", [list, lambda r: list(reversed(r))], ids=["as published", "in reverse"])
def test_the_rising_regional_toll_is_revised_never_disputed(order):
    ingest_and_match(order)

    regional = Figure.objects.get(subject_key="deaths", scope_key="", first_seen__year=2004)
    assert regional.status == Figure.Status.REVISED
    assert not Figure.objects.filter(status=Figure.Status.DISPUTED).exists()
    assert {o.divergence for o in figure_observations(regional)} <= {"revised", ""}
