"""A correction is not a duplicate: the same URL with a changed body is a new revision,
stored and extracted, and the claims reviewed on the old text are kept and linked to
it (issue 16, "Corrections are not duplicates")."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import IntegrityError

from claims.models import Article
from reviews import services as review

pytestmark = pytest.mark.django_db

URL = "https://news.example.org/2025/dam-repairs"
ORIGINAL = (
    "The regional water board said on Monday that repairs to the dam would cost 12 million euros. "
    '"The spillway must be rebuilt before the spring floods," said its chair, Lotte Verhoeven.'
)
CORRECTED = ORIGINAL.replace("12 million euros", "21 million euros") + " This article was corrected on Tuesday."


def ingest_record(tmp_path, body, name):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"title": "Dam repairs", "url": URL, "body": body}))
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest_articles", str(path), stdout=out, stderr=err, stdin=io.StringIO(""))
    return out.getvalue()


def test_a_changed_body_at_the_same_url_is_a_new_revision(tmp_path, reviewer):
    ingest_record(tmp_path, ORIGINAL, "v1")
    original = Article.objects.get()
    reviewed = original.claims.order_by("start").first()
    review.claim_start_review(claim_id=reviewed.pk, actor=reviewer)

    out = ingest_record(tmp_path, CORRECTED, "v2")
    assert out.startswith("1 new, 0 duplicate, 0 failed")
    revision = Article.objects.get(revision_of=original)
    assert revision.url == URL and "21 million euros" in revision.body
    assert revision.extraction_status == "done" and revision.claims.exists()
    original.refresh_from_db()
    assert original.superseded_at is not None
    # The reviewed claim stays on the text it was reviewed on, reachable from the revision.
    reviewed.refresh_from_db()
    assert reviewed.article_id == original.pk and reviewed.status == "in_review"
    assert revision.revision_of.claims.filter(pk=reviewed.pk).exists()


def test_the_same_body_again_is_still_a_duplicate(tmp_path):
    ingest_record(tmp_path, ORIGINAL, "v1")
    out = ingest_record(tmp_path, ORIGINAL, "again")
    assert out.startswith("0 new, 1 duplicate")
    assert Article.objects.count() == 1


def test_a_third_revision_supersedes_the_second(tmp_path):
    ingest_record(tmp_path, ORIGINAL, "v1")
    ingest_record(tmp_path, CORRECTED, "v2")
    ingest_record(tmp_path, CORRECTED + " A second correction followed.", "v3")
    current = Article.objects.get(url=URL, superseded_at__isnull=True)
    assert current.revision_of.revision_of.revision_of is None
    assert Article.objects.filter(url=URL).count() == 3


def test_the_database_keeps_one_current_article_per_url(tmp_path):
    ingest_record(tmp_path, ORIGINAL, "v1")
    original = Article.objects.get()
    with pytest.raises(IntegrityError):
        Article.objects.create(body="Other text.", content_hash="b" * 64, url=original.url)
