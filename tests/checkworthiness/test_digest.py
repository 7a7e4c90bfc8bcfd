"""The daily digest, over the API and the command, against PostgreSQL; scores come from
the real model through claims_rescore."""

import datetime as dt
import json
from io import StringIO

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from checkworthiness import selectors, services
from claims.models import Claim, Speaker
from tests.factories import ArticleFactory, ClaimFactory, SpeakerFactory

DAY = dt.date(2025, 3, 4)
NOON = dt.datetime(2025, 3, 4, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    cache.clear()
    yield
    cache.clear()


def _claim(text, *, speaker=None, published_at=NOON, status=Claim.Status.UNREVIEWED, title=None):
    article = ArticleFactory(
        body=f"{text} More reporting follows.", published_at=published_at, title=title or f"About: {text[:30]}",
        url=f"https://news.example.org/{abs(hash(text))}",
    )
    return ClaimFactory(article=article, text=text, end=len(text), speaker=speaker, status=status)


@pytest.fixture
def day_of_claims(db, reviewer):
    mayor = SpeakerFactory(name="Dana Whitfield", kind=Speaker.Kind.PERSON)
    council = SpeakerFactory(name="City Council", kind=Speaker.Kind.ORGANIZATION)
    claims = {
        "mayor_figure": _claim("Whitfield said bus fares rose 35 percent in two years.", speaker=mayor),
        "mayor_chat": _claim("Whitfield said she was glad to see everyone.", speaker=mayor),
        "council_figure": _claim("The council said 4,000 homes were built last year.", speaker=council),
        "nobody": _claim("Water bills have doubled to $90 a month since 2019."),
        # Not in the digest: already taken up by a reviewer, another day.
        "in_review": _claim("Taxes rose 80 percent in one year, the treasurer said.", speaker=mayor,
                            status=Claim.Status.IN_REVIEW),
        "yesterday": _claim("Parking fines raised $2 million last month.", speaker=mayor,
                            published_at=NOON - dt.timedelta(days=1)),
    }
    # An article without a publication date counts on the day its claims were extracted.
    undated = _claim("Library visits fell by 12 percent, the council said.", speaker=council, published_at=None)
    Claim.objects.filter(pk=undated.pk).update(created_at=NOON)
    claims["undated"] = undated
    assert services.claims_rescore() == len(claims)
    return {name: Claim.objects.get(pk=c.pk) for name, c in claims.items()}


def _flatten(digest):
    return [(group["speaker"]["name"] if group["speaker"] else None, claim["id"], claim["checkworthiness"])
            for group in digest["speakers"] for claim in group["claims"]]


def test_the_digest_lists_the_days_unreviewed_claims_by_speaker_best_first(api_client_for, viewer, day_of_claims):
    response = api_client_for(viewer).get("/api/v1/digest/", {"date": "2025-03-04"})
    assert response.status_code == 200, response.content
    digest = response.json()
    listed = _flatten(digest)
    expected_ids = {day_of_claims[k].pk for k in ("mayor_figure", "mayor_chat", "council_figure", "nobody", "undated")}
    assert {claim_id for _, claim_id, _ in listed} == expected_ids
    assert digest["date"] == "2025-03-04" and digest["claim_count"] == 5
    # Within a speaker, best first; speakers in the order of their best claim.
    for group in digest["speakers"]:
        scores = [c["checkworthiness"] for c in group["claims"]]
        assert scores == sorted(scores, reverse=True)
    best = [group["claims"][0]["checkworthiness"] for group in digest["speakers"]]
    assert best == sorted(best, reverse=True)
    # The mayor's figure outranks the mayor's pleasantry.
    mayor = next(g for g in digest["speakers"] if g["speaker"] and g["speaker"]["name"] == "Dana Whitfield")
    assert [c["id"] for c in mayor["claims"]] == [day_of_claims["mayor_figure"].pk, day_of_claims["mayor_chat"].pk]
    claim = mayor["claims"][0]
    article = day_of_claims["mayor_figure"].article
    assert claim["article"] == {"id": article.pk, "title": article.title, "url": article.url, "outlet": article.outlet}
    assert claim["factchecks"] == [] or all("url" in f for f in claim["factchecks"])
    assert any(g["speaker"] is None for g in digest["speakers"])


def test_limit_keeps_the_most_worth_checking(api_client_for, viewer, day_of_claims):
    full = _flatten(api_client_for(viewer).get("/api/v1/digest/", {"date": "2025-03-04"}).json())
    top_two = sorted(full, key=lambda row: -row[2])[:2]
    limited = api_client_for(viewer).get("/api/v1/digest/", {"date": "2025-03-04", "limit": 2}).json()
    assert sorted(_flatten(limited)) == sorted(top_two)


@pytest.mark.parametrize("query", [{}, {"date": "yesterday"}, {"date": "2025-02-30"}, {"date": "20250304"},
                                   {"date": "2025-03-04", "limit": "0"}, {"date": "2025-03-04", "limit": "many"}])
def test_a_bad_date_or_limit_is_a_400_with_a_code(api_client_for, viewer, query):
    response = api_client_for(viewer).get("/api/v1/digest/", query)
    assert response.status_code == 400
    assert response.json()["code"] in {"invalid_date", "invalid_limit"}


@pytest.mark.django_db
def test_the_digest_needs_a_login(client):
    assert client.get("/api/v1/digest/", {"date": "2025-03-04"}).status_code == 401


@pytest.mark.parametrize("day", ["2025-03-10", "0001-01-01", "9999-12-31"])
def test_a_quiet_day_is_an_empty_digest(api_client_for, viewer, day_of_claims, day):
    assert api_client_for(viewer).get("/api/v1/digest/", {"date": day}).json() == {
        "date": day, "claim_count": 0, "speakers": [],
    }


def test_the_command_prints_the_same_digest(day_of_claims):
    out = StringIO()
    call_command("digest", "--date", "2025-03-04", "--json", stdout=out)
    assert json.loads(out.getvalue()) == json.loads(json.dumps(selectors.daily_digest(DAY)))
    text = StringIO()
    call_command("digest", "--date", "2025-03-04", stdout=text)
    lines = text.getvalue().splitlines()
    assert lines[0] == "Digest for 2025-03-04: 5 unreviewed claims"
    assert "Dana Whitfield (person)" in lines and "(no speaker)" in lines
    assert lines.index("Dana Whitfield (person)") < next(i for i, l in enumerate(lines) if "bus fares rose" in l)


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["2025-13-01", "tomorrow", ""])
def test_the_command_refuses_a_bad_date(value):
    with pytest.raises(CommandError, match="date"):
        call_command("digest", "--date", value, stdout=StringIO())


def test_queries_do_not_grow_with_the_claims_listed(day_of_claims, settings):
    # The fact-check library's index is read once per process, and its version at most every
    # FACTCHECK_LIBRARY_CHECK_SECONDS: on a slow machine a second can pass between the two
    # digests and add that one read to either, so the check waits longer than the test runs.
    settings.FACTCHECK_LIBRARY_CHECK_SECONDS = 3600
    selectors.daily_digest(DAY)
    with CaptureQueriesContext(connection) as few:
        selectors.daily_digest(DAY, limit=1)
    with CaptureQueriesContext(connection) as many:
        selectors.daily_digest(DAY)
    assert len(many) == len(few), [q["sql"][:120] for q in many.captured_queries]


@pytest.mark.skipif(not apps.is_installed("factchecks"), reason="the factchecks app is not installed")
def test_an_earlier_fact_check_of_the_same_claim_is_listed_with_it(api_client_for, viewer, day_of_claims):
    from factchecks.selectors import factchecks_library_reset
    from factchecks.services import factchecks_import

    factchecks_library_reset()
    result = factchecks_import([
        {"@type": "ClaimReview", "url": "https://checks.example.org/bus-fares",
         "claimReviewed": "Bus fares rose 35 percent in two years.", "name": "Did bus fares rise 35%?",
         "reviewRating": {"@type": "Rating", "alternateName": "Mostly true"},
         "author": {"@type": "Organization", "name": "Example Checks"}},
        {"@type": "ClaimReview", "url": "https://checks.example.org/moon",
         "claimReviewed": "The moon landing was staged in a film studio.", "name": "Moon landing hoax"},
    ])
    assert not result.failures
    digest = api_client_for(viewer).get("/api/v1/digest/", {"date": "2025-03-04"}).json()
    claims = {c["id"]: c for group in digest["speakers"] for c in group["claims"]}
    fares = claims[day_of_claims["mayor_figure"].pk]["factchecks"]
    assert [f["url"] for f in fares] == ["https://checks.example.org/bus-fares"]
    assert fares[0]["rating"] == "Mostly true" and fares[0]["score"] >= selectors.FACTCHECK_MIN_SCORE
    assert claims[day_of_claims["mayor_chat"].pk]["factchecks"] == []
    factchecks_library_reset()
