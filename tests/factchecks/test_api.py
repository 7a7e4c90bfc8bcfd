"""GET /api/v1/factchecks/: the library's list and filters, the similar_to contract, 400 for bad input."""

import pytest

from factchecks.models import FactCheck
from tests.factchecks.conftest import LIBRARY

URL = "/api/v1/factchecks/"


@pytest.fixture
def client(viewer, api_client_for):
    return api_client_for(viewer)


@pytest.mark.django_db
def test_similar_to_answers_the_contract_best_first(client, library):
    response = client.get(URL, {"similar_to": "is it true the moon is cheese according to astronauts", "page_size": 2})
    assert response.status_code == 200
    results = response.json()["results"]
    assert len(results) == 2
    assert results[0]["url"] == LIBRARY[0]["url"]
    assert results[0]["score"] >= results[1]["score"]
    assert results[0]["rating_name"] == "False" and results[0]["publisher_name"] == "Example Checks"


@pytest.mark.django_db
def test_the_list_filters_the_library(client, library):
    def urls(**params):
        response = client.get(URL, params)
        assert response.status_code == 200, response.json()
        return {row["url"] for row in response.json()["results"]}

    assert urls() == {item["url"] for item in LIBRARY}
    assert urls(publisher="verify desk") == {LIBRARY[2]["url"], LIBRARY[3]["url"]}
    assert urls(rating="true") == {LIBRARY[1]["url"]}
    assert urls(q="harbour street") == {LIBRARY[1]["url"]}
    assert urls(q="grommet") == {LIBRARY[0]["url"]}
    assert urls(published_after="2021-05-01", published_before="2022-01-01") == {LIBRARY[2]["url"]}
    assert urls(source="newsroom") == set()
    assert urls(source="imported") == {item["url"] for item in LIBRARY}


@pytest.mark.django_db
def test_the_list_is_paged_by_cursor(client, library):
    first = client.get(URL, {"page_size": 3}).json()
    second = client.get(first["next"]).json()
    assert len(first["results"]) == 3 and len(second["results"]) == 1
    assert {r["url"] for r in first["results"] + second["results"]} == set(FactCheck.objects.values_list("url", flat=True))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, field",
    [
        ({"similar_to": ""}, "similar_to"),
        ({"similar_to": "x" * 2001}, "similar_to"),
        ({"similar_to": "moon", "page_size": 0}, "page_size"),
        ({"similar_to": "moon", "page_size": 51}, "page_size"),
        ({"similar_to": "moon", "page_size": "five"}, "page_size"),
        ({"published_after": "2021-13-01"}, "published_after"),
        ({"source": "rumour"}, "source"),
        ({"q": "x" * 501}, "q"),
    ],
)
def test_bad_parameters_are_a_400_naming_the_field(client, params, field):
    response = client.get(URL, params)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and field in body["errors"]


@pytest.mark.django_db
def test_similar_to_with_list_filters_is_a_clear_400(client):
    response = client.get(URL, {"similar_to": "moon", "publisher": "Example Checks"})
    assert response.status_code == 400
    assert response.json()["detail"] == "similar_to cannot be combined with publisher."


@pytest.mark.django_db
def test_anonymous_is_refused(api_client_for):
    assert api_client_for(None).get(URL, {"similar_to": "moon"}).status_code == 401


def test_a_published_verdict_joins_the_library_and_leaves_it_when_reopened(db, reviewer, editor, other_editor):
    from claims.models import Claim
    from factchecks.models import FactCheck
    from reviews import services
    from tests.factories import ClaimFactory

    claim = ClaimFactory(is_attributed=False)
    services.claim_start_review(claim_id=claim.pk, actor=reviewer)
    services.claim_submit_verdict(claim_id=claim.pk, actor=reviewer, verdict="not_a_claim", rationale="An opinion.")
    services.claim_approve(claim_id=claim.pk, actor=editor)

    own = FactCheck.objects.get(claim=claim)
    assert own.source == "newsroom" and own.rating_name and own.url.endswith(f"/fact-checks/{claim.pk}/")
    assert own.claim_reviewed == Claim.objects.get(pk=claim.pk).embedding_text

    services.claim_reopen(claim_id=claim.pk, actor=other_editor, reason="New figures came out.")
    assert not FactCheck.objects.filter(claim=claim).exists()


def test_the_claim_detail_lists_its_closest_earlier_factchecks(db, viewer, api_client_for):
    from factchecks.services import factchecks_import
    from tests.factories import ClaimFactory

    factchecks_import([
        {"url": "https://checks.example.org/ferry-fares", "claimReviewed": "Ferry fares to the islands doubled last winter."},
        {"url": "https://checks.example.org/owl-census", "claimReviewed": "The barn owl population has tripled since 1990."},
    ])
    claim = ClaimFactory(text="Ferry fares to the islands have doubled since last winter, the mayor said.", is_attributed=False)

    found = api_client_for(viewer).get(f"/api/v1/claims/{claim.pk}/").json()["earlier_factchecks"]

    assert found[0]["url"] == "https://checks.example.org/ferry-fares"
    assert found[0]["score"] > found[-1]["score"]
