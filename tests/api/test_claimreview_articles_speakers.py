"""ClaimReview JSON-LD and its feed; articles (list, detail, POST 202 / duplicate); speakers with counts."""

import json

import pytest
from django.conf import settings

from claims.models import Article
from reviews import services as review

pytestmark = pytest.mark.django_db


def ld(response):
    """The body of an application/ld+json response (the test client parses only application/json)."""
    return json.loads(response.content)


@pytest.fixture
def client(api_client_for, viewer):
    return api_client_for(viewer)


def test_claimreview_json_ld(client, scenario):
    claim = scenario.published
    response = client.get(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    doc = ld(response)
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "ClaimReview"
    assert doc["claimReviewed"] == "The bridge over the river was built in 1932."
    # The public page where the fact-check is published (public.views), not an API address.
    assert doc["url"] == f"http://testserver/fact-checks/{claim.pk}/"
    assert doc["datePublished"] == claim.published_at.isoformat()
    organization = settings.FACTCHECK_ORGANIZATION
    assert doc["author"] == {"@type": "Organization", "name": organization["name"], "url": organization["url"]}
    assert doc["publisher"] == doc["author"]
    assert doc["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 3,
        "bestRating": 3,
        "worstRating": 1,
        "alternateName": "True",
    }
    item = doc["itemReviewed"]
    assert item["@type"] == "Claim" and "author" not in item  # no speaker
    assert item["appearance"]["url"] == "https://news.example.org/floods"
    assert item["claimAppearances"] == ["https://news.example.org/floods"]
    assert item["appearance"]["headline"] == "Floods force evacuations"
    assert item["datePublished"] == "2025-03-01T09:00:00+00:00"


def test_claimreview_names_the_speaker(client, scenario):
    doc = ld(client.get(f"/api/v1/claims/{scenario.not_a_claim.pk}/claimreview/"))
    assert doc["itemReviewed"]["author"] == {"@type": "Person", "name": "Critics"}
    assert doc["reviewRating"]["alternateName"] == "Not a claim"


@pytest.mark.parametrize("state", ["unreviewed", "in_review", "decided"])
def test_claimreview_of_an_unpublished_claim_is_404(client, scenario, state):
    response = client.get(f"/api/v1/claims/{getattr(scenario, state).pk}/claimreview/", HTTP_ACCEPT="application/json")
    assert response.status_code == 404
    assert response.json()["code"] == "not_published"


def test_feed_lists_published_verdicts_since(client, scenario):
    response = client.get("/api/v1/claimreview/")
    assert response.status_code == 200 and response["Content-Type"] == "application/ld+json"
    docs = ld(response)
    assert isinstance(docs, list)
    assert [d["claimReviewed"] for d in docs] == [scenario.not_a_claim.text, scenario.published.text]
    since = scenario.published.published_at.isoformat()
    docs = ld(client.get("/api/v1/claimreview/", {"since": since}))
    assert [d["claimReviewed"] for d in docs] == [scenario.not_a_claim.text]
    assert client.get("/api/v1/claimreview/?since=yesterday").status_code == 400


def test_feed_is_paginated_by_link_header(client, scenario, editor):
    review.claim_approve(claim_id=scenario.decided.pk, actor=editor)
    first = client.get("/api/v1/claimreview/?page_size=2")
    assert len(ld(first)) == 2
    next_url = first["Link"].split(";")[0].strip("<>")
    rest = ld(client.get(next_url))
    assert len(rest) == 1


def test_feed_query_count_is_constant(client, scenario, editor, django_assert_max_num_queries):
    review.claim_approve(claim_id=scenario.decided.pk, actor=editor)
    with django_assert_max_num_queries(6):
        client.get("/api/v1/claimreview/")


# --- Articles --------------------------------------------------------------------


def test_article_list_and_detail_carry_counts(client, scenario):
    body = client.get("/api/v1/articles/").json()
    [item] = body["results"]
    assert item["claim_count"] == 5 and item["published_claim_count"] == 2
    assert item["extraction_status"] == "done"
    detail = client.get(f"/api/v1/articles/{item['id']}/").json()
    assert detail["body"].startswith("The mayor, Jane Doe") and detail["claim_count"] == 5


NEW_ARTICLE = {
    "title": "Roads closed",
    "url": "https://news.example.org/roads",
    "outlet": "Example News",
    "published_at": "2025-04-01T08:00:00Z",
    "body": "The council said 12 roads were closed on Tuesday.",
}


def test_editor_submits_an_article(api_client_for, editor, django_capture_on_commit_callbacks):
    client = api_client_for(editor)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post("/api/v1/articles/", NEW_ARTICLE, format="json")
    assert response.status_code == 202
    article = Article.objects.get(url=NEW_ARTICLE["url"])
    assert response["Location"] == f"http://testserver/api/v1/articles/{article.pk}/"
    assert response.json()["url"] == response["Location"]
    assert response.json()["code"] == "accepted"
    assert article.extraction_status == "pending" and article.body == NEW_ARTICLE["body"]
    # Extraction is queued for after the commit, not run in the request.
    assert len(callbacks) == 1

    again = client.post("/api/v1/articles/", {**NEW_ARTICLE, "url": "https://mirror.example.org/roads"}, format="json")
    assert again.status_code == 200
    assert again.json()["code"] == "duplicate" and again.json()["article"]["id"] == article.pk
    assert again.json()["url"] == response["Location"]
    # Another text at the same URL is a correction (issue 16): a new revision, not a duplicate.
    same_url = client.post("/api/v1/articles/", {**NEW_ARTICLE, "body": "Different text."}, format="json")
    assert same_url.status_code == 202 and same_url.json()["code"] == "accepted"
    assert Article.objects.get(pk=same_url.json()["article"]["id"]).revision_of == article


@pytest.mark.parametrize(
    "body,field_or_code",
    [
        ({"title": "x"}, "body"),
        ({"body": "   "}, "empty_body"),
        ({"body": "text", "url": "javascript:alert(1)"}, "url"),
        ({"body": "text", "published_at": "last week"}, "published_at"),
        ({"body": "text", "title": "t" * 501}, "title"),
        ({"body": "a\x00b"}, "body"),
    ],
)
def test_bad_articles_are_400(api_client_for, editor, body, field_or_code):
    response = api_client_for(editor).post("/api/v1/articles/", body, format="json")
    assert response.status_code == 400
    payload = response.json()
    assert field_or_code in payload.get("errors", {}) or payload["code"] == field_or_code


def test_article_over_the_size_limit_is_refused(api_client_for, editor, settings):
    settings.FACTCHECK_MAX_ARTICLE_CHARS = 100
    response = api_client_for(editor).post("/api/v1/articles/", {"body": "word " * 50}, format="json")
    assert response.status_code == 400 and response.json()["code"] == "body_too_large"


# --- Speakers ----------------------------------------------------------------------


def test_speakers_with_counts_per_status(client, scenario):
    body = client.get("/api/v1/speakers/").json()
    speakers = {s["name"]: s for s in body["results"]}
    assert set(speakers) == {"Jane Doe", "Ministry of Health", "Critics"}
    assert speakers["Ministry of Health"]["kind"] == "organization"
    assert speakers["Ministry of Health"]["claim_count"] == 1
    assert speakers["Ministry of Health"]["claims_by_status"]["in_review"] == 1
    assert speakers["Critics"]["claims_by_status"]["not_a_claim"] == 1
    assert sum(speakers["Critics"]["claims_by_status"].values()) == 1
    detail = client.get(f"/api/v1/speakers/{speakers['Jane Doe']['id']}/").json()
    assert detail["claims_by_status"]["unreviewed"] == 1
    assert client.get("/api/v1/speakers/?name=minis").json()["count"] == 1


def test_speaker_claims(client, scenario):
    response = client.get(f"/api/v1/speakers/{scenario.in_review.speaker_id}/claims/")
    assert [c["id"] for c in response.json()["results"]] == [scenario.in_review.pk]
    assert client.get(f"/api/v1/speakers/{scenario.in_review.speaker_id}/claims/?status=verified").json()["results"] == []
    assert client.get("/api/v1/speakers/999999/claims/").status_code == 404


def test_speaker_list_query_count(client, scenario, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        client.get("/api/v1/speakers/?page_size=200")

