"""Matching: factchecks_similar, the library index's refresh, the services the pipeline will call."""

import numpy as np
import pytest
from django.utils import timezone

from claims.models import Claim, ClaimStatus
from factcheck import embeddings
from factchecks.models import FactCheck
from factchecks.selectors import factchecks_for_claims, factchecks_similar
from factchecks.services import factcheck_record_verdict, factchecks_embed_missing, factchecks_import
from tests.factchecks.conftest import LIBRARY
from tests.factories import ClaimFactory, UserFactory


@pytest.mark.django_db
def test_a_claim_in_other_words_finds_its_fact_check_first(library):
    found = factchecks_similar("someone says coins and keys stick to your shoulder after the jab", limit=3)
    assert found[0][0].url == LIBRARY[2]["url"]
    scores = [score for _, score in found]
    assert scores == sorted(scores, reverse=True) and len(found) == 3


@pytest.mark.django_db
def test_a_stored_vector_is_matched_by_cosine(library):
    vector = embeddings.embed_one("Harbour Street bridge shut to traffic for twelve months")
    found = factchecks_similar(vector, limit=1)
    assert found[0][0].url == LIBRARY[1]["url"]
    assert found[0][1] == pytest.approx(float(np.dot(embeddings.from_bytes(found[0][0].embedding), vector)), abs=1e-5)


@pytest.mark.django_db
def test_an_empty_library_answers_nothing():
    assert factchecks_similar("anything at all", limit=5) == []


@pytest.mark.django_db
def test_the_index_sees_new_and_changed_rows(library):
    assert factchecks_similar("penguins were seen flying over the desert", limit=1)[0][0].url != "https://e.example/p"
    factchecks_import([{"url": "https://e.example/p", "claimReviewed": "Penguins flew across the Sahara desert."}])
    assert factchecks_similar("penguins were seen flying over the desert", limit=1)[0][0].url == "https://e.example/p"
    # A row embedded later (imported elsewhere without a vector) is found once embedded.
    FactCheck.objects.create(url="https://e.example/q", claim_reviewed="Tomatoes cure hiccups instantly.")
    assert factchecks_embed_missing() == 1
    assert factchecks_similar("do tomatoes stop hiccups", limit=1)[0][0].url == "https://e.example/q"
    # A deleted row is gone from the answers.
    FactCheck.objects.filter(url="https://e.example/q").delete()
    assert all(fc.url != "https://e.example/q" for fc, _ in factchecks_similar("do tomatoes stop hiccups", limit=5))


def _claim(sentence: str) -> Claim:
    return ClaimFactory(article__body=f"{sentence} Nothing else in this article is a claim")


def _published(claim: Claim, status=ClaimStatus.DISPUTED) -> Claim:
    editor = UserFactory(username="fc_editor")
    Claim.objects.filter(pk=claim.pk).update(
        status=status, verdict_by=editor, approved_by=editor, verdict_at=timezone.now(), published_at=timezone.now()
    )
    return Claim.objects.select_related("speaker").get(pk=claim.pk)


@pytest.mark.django_db
def test_our_published_verdict_joins_the_library_once(library):
    claim = _published(_claim("The river festival drew four million visitors to the old town."))
    first = factcheck_record_verdict(claim=claim, url="https://news.example.org/checks/river-festival")
    assert (first.source, first.claim_id, first.rating_name, first.rating_value) == ("newsroom", claim.pk, "False", 1.0)
    Claim.objects.filter(pk=claim.pk).update(status=ClaimStatus.VERIFIED)
    again = factcheck_record_verdict(claim=Claim.objects.get(pk=claim.pk), url="https://news.example.org/checks/river-festival")
    assert again.pk == first.pk and again.rating_name == "True"
    assert FactCheck.objects.filter(claim=claim).count() == 1
    found = factchecks_similar("four million people came to the river festival", limit=1)
    assert found[0][0].pk == first.pk


@pytest.mark.django_db
def test_an_unpublished_claim_is_not_recorded(library):
    from factcheck.errors import ValidationFailed

    with pytest.raises(ValidationFailed, match="no published verdict"):
        factcheck_record_verdict(claim=_claim("A claim nobody has decided yet."), url="https://n.example/x")


@pytest.mark.django_db
def test_claims_get_their_closest_fact_checks_with_or_without_a_stored_vector(library):
    stored = _claim("The council will make every home pay twice as much property tax.")
    Claim.objects.filter(pk=stored.pk).update(embedding=embeddings.to_bytes(embeddings.embed_one(stored.text)))
    bare = _claim("Cheese is what the lunar surface consists of, say astronauts.")
    found = factchecks_for_claims([stored.pk, bare.pk], limit=2)
    assert found[stored.pk][0][0].url == LIBRARY[3]["url"]
    assert found[bare.pk][0][0].url == LIBRARY[0]["url"]
    assert all(len(hits) == 2 for hits in found.values())


@pytest.mark.django_db
def test_an_unchanged_library_costs_one_primary_key_read_per_check(library, django_assert_num_queries):
    factchecks_similar("the moon is cheese", limit=1)
    # The version read, then the rows of the answer: no count over the library.
    with django_assert_num_queries(2) as queries:
        factchecks_similar("the moon is cheese", limit=1)
    assert "factchecks_libraryversion" in queries.captured_queries[0]["sql"]
    assert not any("COUNT(" in q["sql"].upper() for q in queries.captured_queries)
    # Once the library says it changed, the index asks what changed, and sees the new row.
    factchecks_import([{"url": "https://e.example/gulls", "claimReviewed": "Seagulls can be trained to deliver letters."}])
    with django_assert_num_queries(4):  # version, count and latest, the changed rows, the answer
        assert factchecks_similar("gulls carry the post", limit=1)[0][0].url == "https://e.example/gulls"



_THREADS = """
import os, sys
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
django.setup()
import threadpoolctl
from celery.signals import worker_process_init
from factcheck import embeddings
if sys.argv[1] == "worker":
    worker_process_init.send(sender=None)  # what Celery sends in each worker process it starts
embeddings.embed_one("load the model")
blas = max(i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas")
spinning = "-"
if embeddings.runtime() == "onnx":
    options = embeddings._encoder().session.get_session_options()
    spinning = options.get_session_config_entry("session.intra_op.allow_spinning")
print(embeddings.threads_in_use(), os.environ["OMP_WAIT_POLICY"], spinning, blas)
"""


@pytest.mark.parametrize("runtime", ["onnx", "torch"])
@pytest.mark.parametrize("role", ["web", "worker"])
def test_a_worker_process_embeds_on_one_thread_and_others_on_every_core(role, runtime, monkeypatch):
    # Celery runs a process per core: one thread each. A web process or a command embeds
    # alone: every core. Idle threads never spin, and numpy's BLAS keeps to one thread.
    import subprocess
    import sys

    def run(code, *args):
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout.split()

    import os

    monkeypatch.setenv("FACTCHECK_EMBEDDING_RUNTIME", runtime)
    every_core = str(len(os.sched_getaffinity(0)))
    threads, wait_policy, spinning, blas_threads = run(_THREADS, role)
    assert threads == ("1" if role == "worker" else every_core)
    assert (wait_policy, spinning, blas_threads) == ("PASSIVE", "0" if runtime == "onnx" else "-", "1")


@pytest.mark.django_db
def test_copies_of_one_fact_check_come_out_once_under_the_first_stored(library):
    factchecks_import([
        {"url": "https://desk.example.org/a", "claimReviewed": 'The mayor called the tram "a toy for tourists".',
         "author": {"name": "Desk Checks"}},
        {"url": "https://desk.example.org/b", "claimReviewed": "The mayor called the tram ‘a toy for tourists’. ",
         "author": {"name": "Desk Checks"}},
        {"url": "https://other.example.org/c", "claimReviewed": 'The mayor called the tram "a toy for tourists".',
         "author": {"name": "Other Checks"}},
    ])
    found = factchecks_similar("did the mayor say the tram is a toy for tourists", limit=3)
    urls = [fc.url for fc, _ in found]
    # One result for the two copies of one publisher's check, the first stored; the other
    # publisher's check of the same claim is a fact-check of its own.
    assert sorted(urls[:2]) == ["https://desk.example.org/a", "https://other.example.org/c"]
    assert "https://desk.example.org/b" not in urls
    # The copy is still found on its own, and stands for the pair once the first is gone.
    FactCheck.objects.filter(url="https://desk.example.org/a").delete()
    assert "https://desk.example.org/b" in [fc.url for fc, _ in factchecks_similar("the mayor and the tram", limit=3)]
