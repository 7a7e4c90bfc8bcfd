"""ingest_articles: one bad input is named with its reason, the others go in, and
"FAILED" means nothing of that input was stored (issue 16, findings 1 and 2)."""

import io
import json

import pytest
from django.core.management import call_command

from claims.models import Article, Claim

GOOD = (
    "Bridge repairs to take two years\n\n"
    "The county engineer, Tomas Ruiz, said on Friday that 14 of the bridge's 30 cables needed replacing. "
    '"We will keep one lane open throughout," Ruiz told the council.\n'
)
OTHER_GOOD = (
    "Library extends opening hours\n\n"
    "The city library will open until 9pm on weekdays from March, its director, Ana Weiss, said, "
    "after 1,200 residents signed a petition.\n"
)


def ingest(*args, stdin=None):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("ingest_articles", *args, stdout=out, stderr=err, stdin=stdin or io.StringIO(""))
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def _record(body, **fields):
    return {"title": "A record", "body": body, **fields}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "published_at",
    ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"],
)
def test_a_date_outside_utc_years_is_refused_before_storing_and_lists_stay_up(tmp_path, published_at, api_client_for, viewer, superuser, client):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(_record(GOOD, published_at=published_at, url="https://example.org/bad-date"))
        + "\n"
        + json.dumps(_record(OTHER_GOOD, published_at="2025-03-01T10:00:00+01:00"))
        + "\n"
    )
    code, out, err = ingest(str(feed))
    assert code == 1
    assert "FAILED" in err and "feed.jsonl:1" in err and "UTC" in err
    assert out.startswith("1 new, 0 duplicate, 1 failed")
    # FAILED means nothing of it was stored; the good record went in.
    assert not Article.objects.filter(url="https://example.org/bad-date").exists()
    assert Article.objects.count() == 1
    api = api_client_for(viewer)
    assert api.get("/api/v1/claims/").status_code == 200
    assert api.get("/api/v1/articles/").status_code == 200
    client.force_login(superuser)
    assert client.get("/admin/claims/article/").status_code == 200
    assert client.get("/admin/claims/claim/").status_code == 200


@pytest.mark.django_db
def test_a_lone_surrogate_in_a_json_body_fails_that_record_alone(tmp_path):
    # json.dumps escapes the surrogate as \\ud800, which json.loads turns back into one.
    (tmp_path / "a.json").write_text(json.dumps(_record("Officials said 40 homes were hit \ud800 by the storm.")))
    (tmp_path / "b.txt").write_text(GOOD)
    code, out, err = ingest(str(tmp_path))
    assert code == 1
    assert "a.json" in err and "surrogate" in err
    assert "Traceback" not in err
    assert out.startswith("1 new, 0 duplicate, 1 failed")
    assert Article.objects.get().title == "Bridge repairs to take two years"


@pytest.mark.django_db
def test_a_nul_in_a_url_fails_that_input_alone(tmp_path):
    (tmp_path / "b.txt").write_text(GOOD)
    code, out, err = ingest("https://example.org/a\x00b", str(tmp_path / "b.txt"))
    assert code == 1
    assert "FAILED" in err and "NUL" in err
    assert out.startswith("1 new, 0 duplicate, 1 failed")


@pytest.mark.django_db
def test_a_nul_in_a_record_url_fails_that_record_alone(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(_record(GOOD, url="https://example.org/a\x00b")) + "\n" + json.dumps(_record(OTHER_GOOD)) + "\n"
    )
    code, out, err = ingest(str(feed))
    assert code == 1 and "feed.jsonl:1" in err and "NUL" in err
    assert Article.objects.count() == 1 and Claim.objects.exists()


@pytest.mark.django_db
def test_json_nested_100000_deep_fails_that_file_alone(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "good.txt").write_text(GOOD)
    code, out, err = ingest(str(tmp_path))
    assert code == 1
    assert "deep.json" in err and "nests deeper" in err
    assert out.startswith("1 new, 0 duplicate, 1 failed")


@pytest.mark.django_db
def test_invalid_utf8_on_stdin_is_named_and_the_files_still_go_in(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    stdin = io.TextIOWrapper(io.BytesIO(b"Caf\xe9 owners say 30 jobs \xff went\n"), encoding="utf-8")
    code, out, err = ingest("-", str(tmp_path / "good.txt"), stdin=stdin)
    assert code == 1
    assert "FAILED stdin: not UTF-8" in err
    assert out.startswith("1 new, 0 duplicate, 1 failed")


@pytest.mark.django_db
def test_a_nul_in_a_path_is_named_not_raised(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    code, out, err = ingest(str(tmp_path / "bad\x00name.txt"), str(tmp_path / "good.txt"))
    assert code == 1 and "NUL" in err
    assert Article.objects.count() == 1
