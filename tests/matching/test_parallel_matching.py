"""Done when: workers matching articles about the same event at the same time (real threads,
each on its own PostgreSQL connection) leave the same groups and figures as one worker
matching them one after another."""

import threading

import pytest
from django.db import connection

from claims.matching.service import match_article_claims
from claims.models import Claim, ClaimGroup, Figure, Quantity
from tests.matching.helpers import Sentence, Story, day, ingest
from tests.matching.stories import EGELAND_QUOTE, STORIES

pytestmark = pytest.mark.django_db(transaction=True)

# Same-day reports of one flood, each repeating the governor and the toll: every article
# contends for the same speaker and the same figures.
GOVERNOR = "Water will stay in the lower town for at least another week"
FLOOD = tuple(
    Story(
        f"Flood report {n}",
        day(10, month=3, year=2006, hour=8 + n),
        (
            Sentence(f"The flood has forced {evacuated:,} residents from their homes, officials said.",
                     ((f"{evacuated:,}", evacuated, "exact", "residents"),)),
            Sentence(f'"{GOVERNOR}," Governor Ana Ruiz said.', speaker="Ana Ruiz", content=GOVERNOR),
            Sentence(f'"{EGELAND_QUOTE}," Jan Egeland said.', speaker="Jan Egeland", content=EGELAND_QUOTE),
            Sentence(f"At least {dead} people have died in the valley.", ((str(dead), dead, "at_least", "people"),)),
        ),
        outlet=f"Outlet {n % 3}",
        slug=f"flood-report-{n}",
    )
    for n, (evacuated, dead) in enumerate([(12000, 9), (12000, 11), (12500, 11), (12000, 12), (13000, 12), (12500, 9)])
)


def outcome() -> tuple[set, set]:
    """The groups as sets of claims, and every figure with its values and counts."""
    members: dict[int, set[int]] = {}
    for claim_id, group_id in Claim.objects.filter(group__isnull=False).values_list("pk", "group_id"):
        members.setdefault(group_id, set()).add(claim_id)
    kinds = dict(ClaimGroup.objects.values_list("pk", "kind"))
    groups = {(kinds[g], frozenset(claims)) for g, claims in members.items()}
    figures = set()
    for figure in Figure.objects.all():
        values = frozenset(Quantity.objects.filter(figure=figure).values_list("pk", flat=True))
        figures.add((figure.subject_key, figure.scope_key, figure.unit, figure.value_count, figure.status, values))
    return groups, figures


def unmatch() -> None:
    Claim.objects.update(group=None)
    Quantity.objects.update(figure=None)
    ClaimGroup.objects.all().delete()
    Figure.objects.all().delete()


def match_in_parallel(article_ids: list[int], workers: int) -> None:
    queue = list(article_ids)
    start = threading.Barrier(workers)
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work():
        try:
            start.wait()
            while True:
                with lock:
                    if not queue:
                        return
                    article_id = queue.pop()
                match_article_claims(article_id=article_id)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors


def test_parallel_workers_leave_the_groups_and_figures_of_one_worker():
    article_ids = [ingest(story).pk for story in STORIES + FLOOD]
    for article_id in article_ids:
        match_article_claims(article_id=article_id)
    one_worker = outcome()
    groups, figures = one_worker
    # The stories do contend: shared speakers and shared figures across articles.
    assert any(kind == ClaimGroup.Kind.STATEMENT and len(c) >= 6 for kind, c in groups)
    assert any(kind == ClaimGroup.Kind.QUANTITY and len(c) >= 3 for kind, c in groups)
    assert any(count >= 6 for *_, count, _status, _values in figures)

    for _ in range(3):
        unmatch()
        match_in_parallel(article_ids, workers=4)
        assert outcome() == one_worker


@pytest.mark.django_db(transaction=False)
def test_a_claim_another_matcher_grouped_meanwhile_keeps_that_group():
    # The locks cover a claim elsewhere through its speaker or its figure, not always both:
    # when another matcher grouped it first, this matcher's claims join that group.
    from claims.matching.groups import _write_groups

    first, second = (ingest(story) for story in STORIES[:2])
    theirs = first.claims.get(text__contains=EGELAND_QUOTE)
    mine = list(second.claims.all())
    meanwhile = ClaimGroup.objects.create(kind=ClaimGroup.Kind.STATEMENT, label="x", speaker_id=theirs.speaker_id)
    Claim.objects.filter(pk=theirs.pk).update(group=meanwhile)
    made_here = ClaimGroup.objects.create(kind=ClaimGroup.Kind.STATEMENT, label="y", speaker_id=theirs.speaker_id)

    _write_groups(mine, {theirs.pk: made_here.pk, mine[0].pk: made_here.pk})

    assert Claim.objects.get(pk=mine[0].pk).group_id == meanwhile.pk == mine[0].group_id
    assert Claim.objects.get(pk=theirs.pk).group_id == meanwhile.pk
    assert not ClaimGroup.objects.filter(pk=made_here.pk).exists()
