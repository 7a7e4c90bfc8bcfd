"""Re-scoring stored claims after a new model: one service, one command."""

from io import StringIO

import numpy as np
import pytest
from django.core.management import call_command

from checkworthiness import services
from claims.models import Claim
from factcheck import embeddings
from tests.factories import ArticleFactory, ClaimFactory


def _claim(text, **fields):
    article = ArticleFactory(body=f"{text} The rest of the story.")
    return ClaimFactory(article=article, text=text, end=len(text), **fields)


@pytest.mark.django_db
def test_rescore_scores_every_claim_and_stores_missing_embeddings():
    figure = _claim("Rents went up 40 percent in three years.")
    chat = _claim("Thanks so much for having me on the show.")
    stored_vector = embeddings.embed(["Rents went up 40 percent in three years."])[0]
    Claim.objects.filter(pk=figure.pk).update(embedding=embeddings.to_bytes(stored_vector))

    assert services.claims_rescore(batch_size=1) == 2

    figure.refresh_from_db()
    chat.refresh_from_db()
    assert 0 <= chat.checkworthiness < figure.checkworthiness <= 1
    # The stored vector is kept; the missing one is the pipeline's kind of vector.
    assert embeddings.from_bytes(figure.embedding).tolist() == stored_vector.tolist()
    np.testing.assert_allclose(
        embeddings.from_bytes(chat.embedding), embeddings.embed([chat.embedding_text])[0], atol=1e-5
    )
    assert figure.checkworthiness == pytest.approx(services.checkworthiness_score([{"text": figure.text}])[0], abs=1e-5)


@pytest.mark.django_db
def test_the_command_rescores_all_or_only_the_unscored():
    scored = _claim("Our city lost 3,000 jobs last winter.", checkworthiness=0.01)
    unscored = _claim("Bus ridership fell by half since 2019.")
    out = StringIO()
    call_command("checkworthiness", "--rescore", "--unscored", stdout=out, stderr=StringIO())
    assert out.getvalue().strip() == "1 claims scored with the current check-worthiness model"
    scored.refresh_from_db()
    unscored.refresh_from_db()
    assert scored.checkworthiness == 0.01 and unscored.checkworthiness is not None

    call_command("checkworthiness", "--rescore", stdout=out, stderr=StringIO())
    scored.refresh_from_db()
    assert scored.checkworthiness != 0.01


@pytest.mark.django_db
def test_rescore_of_a_queryset_touches_only_it():
    inside = _claim("Electricity prices rose 25 percent this year.")
    outside = _claim("School budgets were cut by $40 million.")
    assert services.claims_rescore(Claim.objects.filter(pk=inside.pk)) == 1
    outside.refresh_from_db()
    assert outside.checkworthiness is None


@pytest.mark.django_db
def test_rescoring_with_the_same_model_changes_nothing_the_pipeline_scored():
    from claims.stages import article_enrich

    sentences = [
        "What will the new stadium cost?",
        "The stadium will cost the city $450 million over ten years.",
        "That is more than the entire parks budget.",
    ]
    body = " ".join(sentences)
    article = ArticleFactory(body=body)
    for sentence in sentences:
        start = body.index(sentence)
        ClaimFactory(article=article, start=start, end=start + len(sentence), text=sentence)
    article_enrich(article_id=article.pk)
    enriched = dict(Claim.objects.filter(article=article).values_list("pk", "checkworthiness"))
    assert None not in enriched.values()

    services.claims_rescore(Claim.objects.filter(article=article))
    rescored = dict(Claim.objects.filter(article=article).values_list("pk", "checkworthiness"))
    assert rescored == pytest.approx(enriched, abs=1e-6)
