"""Bounded cost (issue 16, finding 7): an article at the size limit goes in whole; one past
it is refused before anything is stored; its claims are capped, so every stage after
extraction (embedding, scoring, matching) has a ceiling; and its admin page shows one part
of the body, with that part's claims, at a time. The limits are lowered here so the suite
stays quick; bench/long_articles.py measures how the cost grows with the length."""

import io
import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from claims import pipeline
from claims.models import Article
from claims.selectors import article_body_part

pytestmark = pytest.mark.django_db

LIMIT = 20_000
CLAIMS = 40


@pytest.fixture
def limits(settings):
    settings.FACTCHECK_MAX_ARTICLE_CHARS = LIMIT
    settings.FACTCHECK_MAX_CLAIMS_PER_ARTICLE = CLAIMS
    settings.FACTCHECK_ARTICLE_PAGE_CHARS = 4_000
    return settings


def _quotes(chars: int) -> str:
    # Many short attributed quotes: the shape that once took minutes per article.
    parts, n = [], 0
    while sum(map(len, parts)) < chars:
        n += 1
        parts.append(f'"We counted {n} boats in the harbour," said warden Lee Park.\n')
    return "".join(parts)[:chars].rsplit(" ", 1)[0].ljust(chars, ".")


def ingest(path):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("ingest_articles", str(path), stdout=out, stderr=err, stdin=io.StringIO(""))
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_an_article_at_the_size_limit_goes_in_whole_with_its_claims_capped_and_said(tmp_path, limits):
    body = _quotes(LIMIT)
    assert len(body) == LIMIT
    (tmp_path / "long.txt").write_text(body)
    code, out, err = ingest(tmp_path / "long.txt")
    assert code == 0, err
    article = Article.objects.get()
    assert article.body == body and article.matched_at is not None
    claims = list(article.claims.order_by("start").values_list("start", "checkworthiness", "embedding"))
    # The first CLAIMS in reading order, each carried through every stage.
    assert len(claims) == CLAIMS
    assert claims[0][0] == 0
    assert all(score is not None and vector is not None for _, score, vector in claims)
    assert article.extraction_error.startswith(f"Only the first {CLAIMS:,} of ")
    assert "FACTCHECK_MAX_CLAIMS_PER_ARTICLE" in article.extraction_error


def test_one_character_past_the_limit_is_refused_and_not_stored(tmp_path, limits):
    (tmp_path / "too-long.txt").write_text(_quotes(LIMIT) + "x")
    code, _, err = ingest(tmp_path / "too-long.txt")
    assert code == 1 and "more than the limit of 20,000" in err
    assert not Article.objects.exists()


def test_rerunning_a_capped_article_keeps_the_cap_and_its_note(tmp_path, limits):
    (tmp_path / "long.txt").write_text(_quotes(LIMIT))
    ingest(tmp_path / "long.txt")
    article = Article.objects.get()
    kept = set(article.claims.values_list("pk", flat=True))
    pipeline.article_rerun(article_id=article.pk)
    article.refresh_from_db()
    assert set(article.claims.values_list("pk", flat=True)) == kept
    assert article.extraction_error.startswith(f"Only the first {CLAIMS:,} of ")


def test_a_short_article_has_no_note(tmp_path, limits):
    (tmp_path / "short.txt").write_text('"We counted 12 boats," said warden Lee Park.')
    ingest(tmp_path / "short.txt")
    assert Article.objects.get().extraction_error == ""


def test_the_admin_page_of_a_long_article_shows_one_part_and_its_claims(tmp_path, limits, editor):
    limits.FACTCHECK_MAX_CLAIMS_PER_ARTICLE = 10_000
    (tmp_path / "long.txt").write_text(_quotes(LIMIT))
    ingest(tmp_path / "long.txt")
    article = Article.objects.get()
    client = Client()
    client.force_login(editor)
    url = reverse("admin:claims_article_change", args=[article.pk])
    part_count = article_body_part(article.body, 1).count
    assert part_count >= 5
    for asked, shown in (("1", 1), ("2", 2), (str(part_count + 9), part_count), ("²", 1), ("%00", 1), ("-3", 1)):
        response = client.get(url, {"part": asked})
        assert response.status_code == 200
        html = response.content.decode()
        part = article_body_part(article.body, shown)
        assert f"Part {shown} of {part_count}" in html
        expected = article.claims.filter(start__gte=part.start, start__lt=part.end).count()
        # Each claim of the part is linked twice (highlighted in the body, and its inline row); no other claim is.
        linked = set(re.findall(r"/admin/claims/claim/(\d+)/change/", html))
        assert len(linked) == expected > 0
        assert len(html) < 400_000


def test_parts_cover_the_body_without_cutting_a_word(settings):
    settings.FACTCHECK_ARTICLE_PAGE_CHARS = 50
    body = " ".join(f"word{n}" for n in range(200))
    parts = [article_body_part(body, n) for n in range(1, article_body_part(body, 1).count + 1)]
    assert "".join(body[p.start : p.end] for p in parts) == body
    assert all(body[p.end - 1] == " " for p in parts[:-1])
