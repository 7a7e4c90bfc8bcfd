"""The claims a statement is compared with: each speaker's recent claims, compared in Python, are
the ones pg_trgm used to find, and a speaker with more claims than the candidate bound still goes
through pg_trgm, so the bound keeps its meaning."""

import pytest

from claims.matching import candidates
from claims.matching.facts import claim_facts
from claims.matching.service import match_article_claims
from claims.matching.similarity import STATEMENT_THRESHOLD, statement_score, statement_similarity
from claims.models import Article
from tests.matching.helpers import Sentence, Story, day, ingest
from tests.matching.stories import STORIES

pytestmark = pytest.mark.django_db


def _kept(article: Article, found) -> dict[int, list[int]]:
    """What each claim's candidates come to once STATEMENT_THRESHOLD is applied, as read_statement_candidates keeps them."""
    facts = {claim.pk: claim_facts(claim, article.body) for claim in article.claims.all()}
    return {
        pk: sorted(o.id for o in others if statement_score(facts[pk].statement, o.statement, STATEMENT_THRESHOLD) is not None)
        for pk, others in found.items()
    }


def _asking(article: Article):
    claims = list(article.claims.prefetch_related("quantities"))
    facts = {claim.pk: claim_facts(claim, article.body) for claim in claims}
    return [c for c in claims if c.speaker_id is not None and facts[c.pk].statement.strip()], facts


def test_the_speakers_claims_compared_in_python_are_those_pg_trgm_finds():
    articles = [ingest(story) for story in STORIES]
    for article in articles:
        match_article_claims(article_id=article.pk)
    compared = 0
    for article in articles:
        asking, facts = _asking(article)
        if not asking:
            continue
        in_python = _kept(article, candidates._speaker_candidates(article.pk, asking, facts))
        by_pg_trgm = _kept(article, candidates._trigram_candidates(article.pk, asking, facts))
        assert in_python == by_pg_trgm
        compared += sum(map(len, in_python.values()))
    assert compared  # the stories restate each other: some statements have candidates


def test_a_speaker_with_more_claims_than_the_bound_goes_through_pg_trgm(monkeypatch):
    pledge = "The county will open four new clinics before the winter"
    old = ingest(Story(title="Clinics pledged", published=day(1, month=3, year=2011), sentences=(
        Sentence(text=f"{pledge}, said Mara Quist.", speaker="Mara Quist", content=pledge),
        Sentence(text="Bus route 9 will run every hour, said Mara Quist.", speaker="Mara Quist",
                 content="Bus route 9 will run every hour"),
    )))
    match_article_claims(article_id=old.pk)
    new = ingest(Story(title="Clinics pledged again", published=day(9, month=3, year=2011), sentences=(
        Sentence(text=f"{pledge}, Mara Quist said again.", speaker="Mara Quist", content=pledge),)))
    monkeypatch.setattr(candidates, "_FALLBACK_CANDIDATES", 1)  # her two claims elsewhere exceed it
    asked = []
    monkeypatch.setattr(candidates, "_trigram_candidates", lambda *args, real=candidates._trigram_candidates: asked.append(
        [c.pk for c in args[1]]) or real(*args))

    match_article_claims(article_id=new.pk)

    assert asked == [[new.claims.get().pk]]
    assert new.claims.get().group_id is not None
    assert new.claims.get().group_id == old.claims.get(text__startswith="The county").group_id


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The county will open four new clinics before the winter", "The county will open four new clinics before winter"),
        ("The county will open four new clinics before the winter", "county will open four new clinics"),
        ("The county will open four new clinics", "Bus route 9 will run every hour"),
        ("", "Bus route 9 will run every hour"),
        ("Income tax will not rise", "National insurance will not rise"),
    ],
)
def test_statement_score_is_the_similarity_when_it_reaches_the_threshold(a, b):
    similarity = statement_similarity(a, b)
    assert statement_score(a, b, STATEMENT_THRESHOLD) == (similarity if similarity >= STATEMENT_THRESHOLD else None)
