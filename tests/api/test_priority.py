"""The queue in priority order through the API: ?ordering=-checkworthiness and ?checkworthiness_min=."""

import pytest

from claims.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored(db):
    claims = [ClaimFactory(is_attributed=False) for _ in range(5)]
    for claim, score in zip(claims, [0.2, 0.9, None, 0.55, 0.7], strict=True):
        Claim.objects.filter(pk=claim.pk).update(checkworthiness=score)
    return claims


def test_most_worth_checking_first_over_cursor_pages(api_client_for, viewer, scored):
    client = api_client_for(viewer)
    seen, url = [], "/api/v1/claims/?ordering=-checkworthiness&page_size=2"
    while url:
        page = client.get(url).json()
        seen += [row["checkworthiness"] for row in page["results"]]
        url = page["next"]
    assert seen == [0.9, 0.7, 0.55, 0.2], "unscored claims have no place in a ranking"


def test_a_minimum_score_filters_and_garbage_is_a_400(api_client_for, viewer, scored):
    client = api_client_for(viewer)
    rows = client.get("/api/v1/claims/?checkworthiness_min=0.6").json()["results"]
    assert sorted(r["checkworthiness"] for r in rows) == [0.7, 0.9]
    assert client.get("/api/v1/claims/?checkworthiness_min=high").status_code == 400
    assert client.get("/api/v1/claims/?checkworthiness_min=7").status_code == 400
