"""Who may call what: every endpoint x anonymous, viewer, reviewer, editor."""

import pytest

ROLES = ("anonymous", "viewer", "reviewer", "editor")

# (method, path, body, expected status per role in ROLES order).
# Paths name a claim of the scenario by its state; each test starts from a fresh scenario.
MATRIX = [
    ("get", "/api/v1/claims/", None, (401, 200, 200, 200)),
    ("get", "/api/v1/claims/export.csv", None, (401, 200, 200, 200)),
    ("get", "/api/v1/claims/{unreviewed}/", None, (401, 200, 200, 200)),
    ("patch", "/api/v1/claims/{unreviewed}/", {"cue": "stated"}, (401, 403, 403, 200)),
    ("post", "/api/v1/claims/{unreviewed}/start-review/", {}, (401, 403, 200, 200)),
    # The reviewer is the assignee; editors may decide any claim in review.
    ("post", "/api/v1/claims/{in_review}/verdict/", {"verdict": "unverifiable", "rationale": "No source."}, (401, 403, 200, 200)),
    # The reviewer gave the verdict, so the editor is the second pair of eyes.
    ("post", "/api/v1/claims/{decided}/approve/", {}, (401, 403, 403, 200)),
    ("post", "/api/v1/claims/{published}/reopen/", {"reason": "New figures."}, (401, 403, 403, 200)),
    ("get", "/api/v1/claims/{published}/history/", None, (401, 200, 200, 200)),
    ("get", "/api/v1/claims/{published}/claimreview/", None, (401, 200, 200, 200)),
    ("get", "/api/v1/claimreview/", None, (401, 200, 200, 200)),
    ("get", "/api/v1/articles/", None, (401, 200, 200, 200)),
    ("get", "/api/v1/articles/{article}/", None, (401, 200, 200, 200)),
    (
        "post",
        "/api/v1/articles/",
        {"title": "New", "body": "The council said 12 roads were closed.", "url": "https://news.example.org/roads"},
        (401, 403, 403, 202),
    ),
    ("get", "/api/v1/speakers/", None, (401, 200, 200, 200)),
    ("get", "/api/v1/speakers/{speaker}/", None, (401, 200, 200, 200)),
    ("get", "/api/v1/speakers/{speaker}/claims/", None, (401, 200, 200, 200)),
    # Allowed to try, refused by the workflow: the claim has no group of matching claims.
    ("post", "/api/v1/claims/{unreviewed}/apply-group-verdict/", {}, (401, 403, 409, 409)),
    ("get", "/api/v1/figures/", None, (401, 200, 200, 200)),
    ("get", "/api/schema/?format=json", None, (401, 200, 200, 200)),
]


@pytest.mark.django_db
@pytest.mark.parametrize("role_index,role", list(enumerate(ROLES)))
@pytest.mark.parametrize("method,path,body,expected", MATRIX, ids=[f"{m} {p}" for m, p, _, _ in MATRIX])
def test_authorization_matrix(request, scenario, api_client_for, role_index, role, method, path, body, expected):
    user = None if role == "anonymous" else request.getfixturevalue(role)
    client = api_client_for(user)
    url = path.format(
        unreviewed=scenario.unreviewed.pk,
        in_review=scenario.in_review.pk,
        decided=scenario.decided.pk,
        published=scenario.published.pk,
        article=scenario.published.article_id,
        speaker=scenario.unreviewed.speaker_id,
    )
    kwargs = {"format": "json"} if body is not None else {}
    response = getattr(client, method)(url, body, **kwargs) if body is not None else getattr(client, method)(url)

    assert response.status_code == expected[role_index], getattr(response, "content", b"")[:300]
    if response.status_code == 401:
        assert response.json() == {"detail": "Authentication credentials were not provided.", "code": "not_authenticated"}
        assert response["WWW-Authenticate"] == "Token"
    elif response.status_code == 403:
        assert response.json()["code"] in {"permission_denied", "not_an_editor", "not_a_reviewer"}


@pytest.mark.django_db
def test_a_user_without_a_role_reads_nothing(api_client_for, scenario):
    from tests.factories import UserFactory

    client = api_client_for(UserFactory(username="no_role"))
    assert client.get("/api/v1/claims/").status_code == 403
    assert client.get(f"/api/v1/claims/{scenario.published.pk}/").status_code == 403


@pytest.mark.django_db
def test_a_bad_token_is_401_with_its_own_code(client):
    response = client.get("/api/v1/claims/", HTTP_AUTHORIZATION="Token not-a-real-token")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


@pytest.mark.django_db
def test_session_authentication_reads(client, viewer, scenario):
    client.force_login(viewer)
    assert client.get("/api/v1/claims/").status_code == 200


def test_one_query_permission_set_equals_model_backends(viewer, reviewer, editor, superuser, django_assert_num_queries):
    """factcheck.api.load_permissions reads in one query what ModelBackend reads in two."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.backends import ModelBackend
    from django.contrib.auth.models import Permission

    from factcheck.api import load_permissions

    User = get_user_model()
    # A permission of the user's own, on top of a group's, and a user with no group at all.
    reviewer.user_permissions.add(Permission.objects.get(codename="add_article"))
    loner = User.objects.create_user("lone_user")
    for user in (viewer, reviewer, editor, loner):
        fresh = User.objects.get(pk=user.pk)
        with django_assert_num_queries(1):
            load_permissions(fresh)
        with django_assert_num_queries(0):
            fresh.has_perms(["claims.view_claim"])
        assert fresh._perm_cache == ModelBackend().get_all_permissions(User.objects.get(pk=user.pk)), user.username
    # Superusers keep ModelBackend's answer (every permission) and cost no query.
    fresh = User.objects.get(pk=superuser.pk)
    with django_assert_num_queries(0):
        load_permissions(fresh)
    assert not hasattr(fresh, "_perm_cache") and fresh.has_perm("claims.approve_claim")
    # Nothing outlives the request: a role taken away counts on the next one.
    viewer.groups.clear()
    fresh = User.objects.get(pk=viewer.pk)
    load_permissions(fresh)
    assert "claims.view_claim" not in fresh._perm_cache


def test_a_revoked_role_is_refused_on_the_next_request(api_client_for, viewer):
    client = api_client_for(viewer)
    assert client.get("/api/v1/claims/").status_code == 200
    viewer.groups.clear()
    assert client.get("/api/v1/claims/").status_code == 403
