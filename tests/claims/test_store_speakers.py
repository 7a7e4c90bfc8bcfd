"""claims_store resolves an article's speakers together: a fixed number of queries
however many speakers it names, with the rows and aliases one get_or_create per
speaker would give."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.extraction.types import ExtractedAttribution, ExtractedClaim
from claims.models import Article, Speaker
from claims.services import (
    ArticleInput,
    article_ingest,
    claims_store,
    content_hash,
)
from tests.factories import speaker_get_or_create

pytestmark = pytest.mark.django_db

NAMES = [
    # (name as written, kind, aliases the extractor found)
    ("Benjamin Netanyahu", "person", ("Netanyahu",)),
    ("Yoav Gallant", "person", ()),
    ("Mr. Benjamin  Netanyahu", "person", ()),  # the same person: one row, a new alias
    ("the Red Cross", "organization", ("ICRC",)),
    ("Red Cross", "organization", ()),
    ("benjamin netanyahu", "person", ("Mr Netanyahu",)),
    ("Gaza health ministry", "weird-kind", ()),  # an unknown kind is "other"
]


def article_naming(names) -> tuple[Article, list[ExtractedClaim]]:
    sentences = [f"{name} said item {i} was true." for i, (name, _, _) in enumerate(names)]
    body = " ".join(sentences)
    claims, cursor = [], 0
    for sentence, (name, kind, aliases) in zip(sentences, names, strict=True):
        start = body.index(sentence, cursor)
        cursor = end = start + len(sentence)
        content_start = body.index("item", start)
        claims.append(
            ExtractedClaim(
                start=start, end=end, text=sentence,
                attribution=ExtractedAttribution(
                    speaker=name, speaker_kind=kind, speaker_aliases=aliases, content_start=content_start,
                    content_end=end - 1, content=body[content_start : end - 1], direct=False, cue="said",
                ),
            )
        )
    article = Article.objects.create(body=body, content_hash=content_hash(body))
    return article, claims


def test_an_articles_speakers_take_a_fixed_number_of_queries():
    Speaker.objects.create(name="Yoav Gallant", key="yoav gallant", kind="person", aliases=["Gallant"])
    article, extracted = article_naming(NAMES)

    with CaptureQueriesContext(connection) as ctx:
        assert claims_store(article=article, extracted=extracted) == len(NAMES)
    speaker_queries = [q["sql"] for q in ctx.captured_queries if "claims_speaker" in q["sql"]]
    # SELECT the known, INSERT the new, SELECT them back, UPDATE the aliases.
    assert len(speaker_queries) <= 4, speaker_queries

    rows = {(s.key, s.kind): s for s in Speaker.objects.all()}
    assert set(rows) == {
        ("benjamin netanyahu", "person"), ("yoav gallant", "person"), ("red cross", "organization"),
        ("gaza health ministry", "other"),
    }
    # As get_or_create one speaker after another: the first name met names the row, and every
    # other spelling and alias is appended once, in order.
    netanyahu = rows[("benjamin netanyahu", "person")]
    assert netanyahu.name == "Benjamin Netanyahu"
    assert netanyahu.aliases == ["Netanyahu", "Mr. Benjamin Netanyahu", "benjamin netanyahu", "Mr Netanyahu"]
    assert rows[("yoav gallant", "person")].aliases == ["Gallant"]
    assert rows[("red cross", "organization")].name == "the Red Cross"
    assert rows[("red cross", "organization")].aliases == ["ICRC", "Red Cross"]
    by_speaker = dict(article.claims.values_list("start", "speaker__key"))
    assert len(set(by_speaker.values())) == 4


def test_the_same_rows_as_one_speaker_at_a_time():
    one_by_one = [speaker_get_or_create(name=name, kind=kind, aliases=aliases) for name, kind, aliases in NAMES]
    expected = sorted((s.key, s.kind, s.name, tuple(s.aliases)) for s in Speaker.objects.all())
    assert len({s.pk for s in one_by_one}) == 4
    Speaker.objects.all().delete()

    article, extracted = article_naming(NAMES)
    claims_store(article=article, extracted=extracted)
    assert sorted((s.key, s.kind, s.name, tuple(s.aliases)) for s in Speaker.objects.all()) == expected


def test_a_speaker_stored_meanwhile_is_reused_not_duplicated(monkeypatch):
    # The article's first SELECT finds nothing; another ingest then commits the row. The
    # INSERT skips the conflict (ON CONFLICT DO NOTHING) and the re-select picks it up.
    real_filter = Speaker.objects.filter
    selects = []

    def first_select_misses(*args, **kwargs):
        selects.append(1)
        if len(selects) == 1:
            Speaker.objects.create(name="Yoav Gallant", key="yoav gallant", kind="person", aliases=[])
            return real_filter(*args, **kwargs).none()
        return real_filter(*args, **kwargs)

    article, extracted = article_naming(NAMES[1:2])
    monkeypatch.setattr(Speaker.objects, "filter", first_select_misses)
    claims_store(article=article, extracted=extracted)
    monkeypatch.undo()

    assert len(selects) == 2
    assert Speaker.objects.filter(key="yoav gallant").count() == 1
    assert article.claims.get().speaker.key == "yoav gallant"


def test_ingest_still_links_every_claim_to_its_speaker():
    article, extracted = article_naming(NAMES)
    body = article.body
    article.delete()
    result = article_ingest(data=ArticleInput(body=body), extracted=extracted)
    assert result.claims == len(NAMES)
    assert not result.article.claims.filter(speaker__isnull=True).exists()
