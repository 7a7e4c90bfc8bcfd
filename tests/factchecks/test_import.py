"""import_factchecks and the ClaimReview validation behind it: every input form, idempotence,
bad items named with their reason, and the database's own guards."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction

from factcheck.errors import ValidationFailed
from factchecks.models import FactCheck
from factchecks.services import factcheck_from_claimreview, factchecks_import
from tests.factchecks.conftest import LIBRARY


def run(*args, stdin=None):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("import_factchecks", *args, stdout=out, stderr=err, stdin=io.StringIO(stdin or ""))
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_json_lines_with_a_bad_line_imports_the_rest_and_names_the_line(tmp_path):
    lines = [json.dumps(LIBRARY[0]), "{not json", json.dumps({**LIBRARY[1], "url": "ftp://x"}), json.dumps(LIBRARY[2])]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    code, out, err = run(str(path))
    assert code == 1
    assert out.strip() == "2 new, 0 already in the library, 2 failed"
    assert f"FAILED {path}:2: not JSON" in err
    assert f"FAILED {path}:3: url is not an http(s) URL" in err
    assert set(FactCheck.objects.values_list("url", flat=True)) == {LIBRARY[0]["url"], LIBRARY[2]["url"]}


@pytest.mark.django_db
def test_importing_again_changes_nothing(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(LIBRARY))
    assert run(str(path))[0] == 0
    before = list(FactCheck.objects.order_by("id").values_list("id", "updated_at", "embedding"))
    code, out, _ = run(str(path))
    assert code == 0
    assert out.strip() == f"0 new, {len(LIBRARY)} already in the library, 0 failed"
    assert list(FactCheck.objects.order_by("id").values_list("id", "updated_at", "embedding")) == before


@pytest.mark.django_db
def test_a_datafeed_one_object_and_stdin_are_read(tmp_path):
    feed = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dataFeedElement": [
            {"@type": "DataFeedItem", "item": LIBRARY[0]},
            {**LIBRARY[1], "@type": "ClaimReview"},
            {"@type": "Article", "url": "https://example.org/a", "claimReviewed": "x"},
        ],
    }
    (tmp_path / "feed.json").write_text(json.dumps(feed))
    (tmp_path / "one.json").write_text(json.dumps(LIBRARY[2]))
    code, out, err = run(str(tmp_path / "feed.json"), str(tmp_path / "one.json"), "-", stdin=json.dumps(LIBRARY[3]))
    assert code == 1
    assert out.strip() == "4 new, 0 already in the library, 1 failed"
    assert f"FAILED {tmp_path / 'feed.json'}[2]: @type is 'Article', not ClaimReview" in err
    assert FactCheck.objects.count() == 4


@pytest.mark.django_db
def test_a_missing_file_is_named_and_the_others_go_in(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps(LIBRARY[0]))
    code, out, err = run(str(tmp_path / "absent.jsonl"), str(tmp_path / "one.json"))
    assert code == 1
    assert f"FAILED {tmp_path / 'absent.jsonl'}: no such file or directory" in err
    assert out.strip() == "1 new, 0 already in the library, 1 failed"


def test_claimreview_fields_are_read_from_schema_org():
    item = factcheck_from_claimreview(LIBRARY[0])
    assert item.claimant == "Wallace Grommet"
    assert (item.rating_name, item.rating_value) == ("False", 1.0)
    assert (item.publisher_name, item.publisher_url) == ("Example Checks", "https://checks.example.net/")
    assert item.date_published.isoformat() == "2021-03-04"
    assert factcheck_from_claimreview(LIBRARY[1]).date_published.isoformat() == "2022-07-15"
    assert factcheck_from_claimreview(LIBRARY[2]).publisher_name == "Verify Desk"


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"claimReviewed": "  "}, "claimReviewed is missing or empty"),
        ({"url": None}, "url is missing"),
        ({"datePublished": "2021-02-30"}, "is not a real date"),
        ({"datePublished": "yesterday"}, "is not an ISO 8601 date"),
        ({"datePublished": "99999-01-01"}, "is not an ISO 8601 date"),
        ({"reviewRating": {"ratingValue": "very false"}}, "is not a number"),
        ({"reviewRating": {"ratingValue": "nan"}}, "not a finite number"),
        ({"reviewRating": "False"}, "reviewRating is not an object"),
        ({"claimReviewed": "x" * 10_001}, "longer than 10,000 characters"),
    ],
)
def test_a_bad_claimreview_is_refused_with_its_reason(change, reason):
    with pytest.raises(ValidationFailed, match=reason):
        factcheck_from_claimreview({**LIBRARY[0], **change})


def test_a_non_object_is_refused():
    with pytest.raises(ValidationFailed, match="JSON object, not list"):
        factcheck_from_claimreview([LIBRARY[0]])


@pytest.mark.django_db
def test_the_same_url_twice_in_one_batch_is_stored_once():
    result = factchecks_import([LIBRARY[0], {**LIBRARY[0], "claimReviewed": "Another wording."}])
    assert (result.created, result.duplicate) == (1, 1)
    assert FactCheck.objects.get().claim_reviewed == LIBRARY[0]["claimReviewed"]


@pytest.mark.django_db
def test_the_database_refuses_rows_that_break_the_invariants(library):
    row = FactCheck.objects.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        FactCheck.objects.filter(pk=row.pk).update(embedding=b"\x00" * 12)  # not one 384-float vector
    with pytest.raises(IntegrityError), transaction.atomic():
        FactCheck.objects.filter(pk=row.pk).update(source="newsroom")  # a newsroom verdict without its claim
    with pytest.raises(IntegrityError), transaction.atomic():
        FactCheck.objects.filter(pk=row.pk).update(claim_reviewed="")
    with pytest.raises(IntegrityError), transaction.atomic():
        FactCheck.objects.create(url=row.url, claim_reviewed="A duplicate of a stored url.")
