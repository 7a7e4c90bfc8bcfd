"""prepare_ahead: batches come back in order with the same claims and vectors as in-process
extraction and embedding, and a batch that cannot be parsed comes back as None, alone.
Claims stored with their vectors are the claims the enrich stage would have made."""

import numpy as np
import pytest

from claims import pipeline, services, stages
from claims.extraction import extract_many
from claims.matching import counted, readings
from claims.models import Claim
from claims.prepared import prepare_ahead, prepare_many
from claims.services import ArticleInput
from factcheck import embeddings

TEXTS = [
    "Officials said 12 bridges were closed.",
    '"We will rebuild," the mayor, Ana Silva, said.',
    "Prices rose 3% in May, the statistics office said.",
    "About 400 people were evacuated on Sunday.",
    "The company said profits fell to $5m.",
]


def _vectors_of(claims):
    return {c.embedding_text: embeddings.embed([c.embedding_text])[0] for c in claims}


def test_batches_come_back_in_order_with_the_same_claims_and_vectors_from_the_child_process():
    batches = [[t] for t in TEXTS[:3]] + [TEXTS[3:]]
    results = list(prepare_ahead(iter(batches), text_of=lambda t: t))
    assert [batch for batch, _ in results] == batches
    for (batch, prepared), expected in zip(results, [extract_many(batch) for batch in batches], strict=True):
        assert [p.claims for p in prepared] == expected
        for article, claims in zip(prepared, expected, strict=True):
            wanted = _vectors_of(claims)
            assert set(article.vectors) == set(wanted) and wanted
            for text, vector in wanted.items():
                assert np.allclose(embeddings.from_bytes(article.vectors[text]), vector, atol=1e-5)


def test_a_batch_that_cannot_be_parsed_is_none_and_the_others_still_come():
    batches = [[TEXTS[0]], [None], [TEXTS[1]]]  # None is not text: spaCy refuses it
    results = [prepared for _, prepared in prepare_ahead(iter(batches), text_of=lambda t: t)]
    assert [p.claims for p in results[0]] == extract_many([TEXTS[0]])
    assert [p.claims for p in results[2]] == extract_many([TEXTS[1]])
    assert results[1] is None


def test_batches_split_between_the_child_and_this_process_come_back_whole_and_in_order():
    """The first batch is prepared here while the child starts; of each later one this process
    prepares the last items itself (a quarter to begin with) and the child the rest."""
    batches = [TEXTS[:2], TEXTS[1:5], TEXTS[:4], TEXTS[2:], TEXTS[:3]]
    results = list(prepare_ahead(iter(batches), text_of=lambda t: t))
    assert [batch for batch, _ in results] == batches
    for (batch, prepared), expected in zip(results, [extract_many(batch) for batch in batches], strict=True):
        assert [p.claims for p in prepared] == expected
        assert all(article.vectors for article in prepared[1:])  # every article with claims has their vectors


def test_a_bad_text_in_the_part_prepared_here_fails_its_batch_alone():
    batches = [[TEXTS[0]], [TEXTS[1], TEXTS[2], TEXTS[3], None], [TEXTS[4]]]  # the None falls in this process's quarter
    results = [prepared for _, prepared in prepare_ahead(iter(batches), text_of=lambda t: t)]
    assert results[1] is None
    assert [p.claims for p in results[0]] == extract_many([TEXTS[0]])
    assert [p.claims for p in results[2]] == extract_many([TEXTS[4]])


def test_a_child_forked_from_a_process_that_embeds_on_threads_embeds_on_its_own(settings):
    """The child inherits this process's model without the threads it runs on: it loads its own
    (embeddings.worker_process_started); the inherited one waits for ever on threads that are not there."""
    settings.FACTCHECK_EMBEDDING_THREADS = 2
    embeddings._encoder.cache_clear()
    try:
        embeddings.embed(["Two texts run on the pool,", "so its threads start in this process."])
        assert embeddings.threads_in_use() == 2
        batches = [TEXTS[:2], TEXTS[2:4], TEXTS[3:]]  # the child's batches embed several texts: on the pool
        results = list(prepare_ahead(iter(batches), text_of=lambda t: t))
        assert [[p.claims for p in prepared] for _, prepared in results] == [extract_many(b) for b in batches]
        assert all(p.vectors for _, prepared in results for p in prepared)
    finally:
        embeddings._encoder.cache_clear()


def test_a_single_batch_is_prepared_in_process():
    [(batch, prepared)] = list(prepare_ahead(iter([TEXTS[:2]]), text_of=lambda t: t))
    assert [p.claims for p in prepared] == extract_many(TEXTS[:2])


BODY = (
    "The regional council said on Tuesday that 240 families had been moved out of the flooded district. "
    '"We expect the water to fall by Friday," the council\'s head, Marta Kovac, told reporters. '
    "Repairs to the two bridges will cost about 3 million euros, engineers estimated."
)


@pytest.mark.django_db
def test_claims_stored_with_their_vectors_are_what_the_enrich_stage_would_make():
    [prepared] = prepare_many([BODY])
    assert any(c.attribution for c in prepared.claims)  # content, not the statement, is embedded
    ahead = services.article_ingest(
        data=ArticleInput(body=BODY, title="Ahead", url="https://example.org/ahead"),
        extracted=prepared.claims,
        vectors=prepared.vectors,
    ).article
    assert stages.article_enrich(article_id=ahead.pk) == 0  # nothing left to do: written once
    later = services.article_ingest(
        data=ArticleInput(body=BODY + "\n", title="Later", url="https://example.org/later"), extracted=prepared.claims
    ).article
    assert not Claim.objects.filter(article=later, embedding__isnull=False).exists()
    assert stages.article_enrich(article_id=later.pk) == len(prepared.claims)

    def stored(article):
        return list(Claim.objects.filter(article=article).order_by("start"))

    assert len(stored(ahead)) == len(prepared.claims) >= 3
    for a, b in zip(stored(ahead), stored(later), strict=True):
        assert a.embedding_text == b.embedding_text
        assert np.allclose(embeddings.from_bytes(a.embedding), embeddings.from_bytes(b.embedding), atol=1e-5)
        assert a.checkworthiness == pytest.approx(b.checkworthiness, abs=1e-5)


@pytest.mark.django_db
def test_an_extracted_claim_embeds_the_text_its_stored_claim_will():
    [prepared] = prepare_many([BODY])
    result = pipeline.article_ingest(data=ArticleInput(body=BODY, title="Same"), extracted=prepared.claims)
    stored = {(c.start, c.end): c.embedding_text for c in Claim.objects.filter(article=result.article)}
    assert stored == {(c.start, c.end): c.embedding_text for c in prepared.claims}


@pytest.mark.django_db
def test_the_child_reads_what_this_process_would_and_the_matcher_parses_nothing_again():
    texts = [BODY, "Rescuers pulled 14 people from the river on Monday, the coastguard said."]
    results = list(prepare_ahead(iter([[t] for t in texts]), text_of=lambda t: t))  # two batches: a child
    here = readings.extract_and_read(texts)
    assert [article.readings for _, [article] in results] == [read for _, read in here]
    assert sum(len(article.readings) for _, [article] in results) >= 3
    counted._READ.clear()
    for i, (_, [article]) in enumerate(results):
        result = pipeline.article_ingest(
            data=ArticleInput(body=texts[i], title=f"Batch {i}"),
            extracted=article.claims,
            vectors=article.vectors,
            readings=article.readings,
        )
        assert Claim.objects.filter(article=result.article, quantities__figure__isnull=False).exists()
    assert not counted._READ  # every number the matcher keyed had its reading stored: none parsed
