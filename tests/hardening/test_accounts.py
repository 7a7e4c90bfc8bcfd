"""Accounts: failed logins are limited per account and per address; tokens expire,
editors revoke and rotate them, a password change revokes them; add_user warns and
refuses weak passwords (issue 16, finding 9)."""

import io
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token

from factcheck import accounts
from factcheck.errors import PermissionDenied
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


def _login(username, password, address="192.0.2.10"):
    client = Client(REMOTE_ADDR=address)
    response = client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})
    return response.status_code == 302


def test_an_account_is_refused_after_too_many_failed_logins(editor, settings):
    settings.FACTCHECK_LOGIN_FAILURES_PER_ACCOUNT = 3
    assert _login(editor.username, PASSWORD)
    for _ in range(3):
        assert not _login(editor.username, "wrong guess", address="198.51.100.1")
    # Locked: even the right password, from another address, is refused for now.
    assert not _login(editor.username, PASSWORD, address="203.0.113.5")


def test_an_address_is_refused_after_too_many_failed_logins(editor, reviewer, settings):
    settings.FACTCHECK_LOGIN_FAILURES_PER_ADDRESS = 4
    for name in ("nobody1", "nobody2", "nobody3", "nobody4"):
        assert not _login(name, "guess", address="198.51.100.7")
    assert not _login(reviewer.username, PASSWORD, address="198.51.100.7")
    assert _login(reviewer.username, PASSWORD, address="198.51.100.8")


def test_an_expired_token_is_refused(editor, api_client_for, settings):
    settings.FACTCHECK_TOKEN_MAX_AGE_DAYS = 30
    client = api_client_for(editor)
    assert client.get("/api/v1/claims/").status_code == 200
    Token.objects.filter(user=editor).update(created=timezone.now() - timedelta(days=31))
    response = client.get("/api/v1/claims/")
    assert response.status_code == 401 and "expired" in response.json()["detail"]


def test_an_editor_rotates_and_revokes_another_users_token(editor, reviewer, api_client_for):
    old = api_client_for(reviewer)
    new_token = accounts.token_rotate(user=reviewer, actor=editor)
    assert old.get("/api/v1/claims/").status_code == 401
    assert Token.objects.get(user=reviewer).key == new_token.key
    assert accounts.token_revoke(user=reviewer, actor=editor)
    assert not Token.objects.filter(user=reviewer).exists()


def test_a_reviewer_manages_only_their_own_token(reviewer, other_reviewer, superuser, editor):
    accounts.token_rotate(user=reviewer, actor=reviewer)
    with pytest.raises(PermissionDenied):
        accounts.token_revoke(user=other_reviewer, actor=reviewer)
    with pytest.raises(PermissionDenied):
        accounts.token_rotate(user=superuser, actor=editor)


def test_a_password_change_revokes_the_token(reviewer, api_client_for):
    client = api_client_for(reviewer)
    assert client.get("/api/v1/claims/").status_code == 200
    reviewer.set_password("another long passphrase")
    reviewer.save()
    assert client.get("/api/v1/claims/").status_code == 401


def test_the_token_command_rotates_with_the_editors_rule(editor, reviewer):
    out = io.StringIO()
    call_command("token", reviewer.username, "--rotate", "--as", editor.username, stdout=out)
    assert out.getvalue().strip().splitlines()[-1] == Token.objects.get(user=reviewer).key
    with pytest.raises(CommandError, match="Only editors"):
        call_command("token", editor.username, "--revoke", "--as", reviewer.username, stdout=io.StringIO())


def test_add_user_without_a_password_warns_that_the_user_cannot_log_in(monkeypatch):
    monkeypatch.delenv("FACTCHECK_PASSWORD", raising=False)
    err = io.StringIO()
    call_command("add_user", "tokenonly", "--role", "viewer", stdout=io.StringIO(), stderr=err)
    assert "cannot log in" in err.getvalue()


def test_add_user_refuses_a_very_short_password(monkeypatch):
    from django.contrib.auth import get_user_model

    monkeypatch.setenv("FACTCHECK_PASSWORD", "abc")
    with pytest.raises(CommandError, match="too short"):
        call_command("add_user", "shortpw", "--role", "viewer", stdout=io.StringIO(), stderr=io.StringIO())
    assert not get_user_model().objects.filter(username="shortpw").exists()


def test_the_users_password_is_the_factorys(db):
    # The fixtures log in with this password; keep the two in step.
    assert UserFactory(username="pw_check").check_password(PASSWORD)


def _tokens_page(user):
    client = Client()
    client.force_login(user)
    return client


def test_an_editor_rotates_a_token_on_the_admins_token_page(editor, reviewer):
    old = Token.objects.create(user=reviewer).key
    client = _tokens_page(editor)
    page = client.get("/admin/tokens/").content.decode()
    assert reviewer.username in page and "Rotate" in page
    response = client.post("/admin/tokens/", {"user": reviewer.pk, "action": "rotate"}, follow=True)
    new = Token.objects.get(user=reviewer).key
    assert new != old and new in response.content.decode()
    # The old key no longer opens the API; the new one does.
    api = Client()
    assert api.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Token {old}").status_code == 401
    assert api.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Token {new}").status_code == 200
    client.post("/admin/tokens/", {"user": reviewer.pk, "action": "revoke"})
    assert not Token.objects.filter(user=reviewer).exists()


def test_a_reviewer_sees_and_rotates_only_their_own_token_on_the_page(reviewer, other_reviewer):
    Token.objects.create(user=other_reviewer)
    theirs = Token.objects.get(user=other_reviewer).key
    client = _tokens_page(reviewer)
    page = client.get("/admin/tokens/").content.decode()
    assert reviewer.username in page and other_reviewer.username not in page
    response = client.post("/admin/tokens/", {"user": other_reviewer.pk, "action": "revoke"}, follow=True)
    assert "Only editors revoke or rotate" in response.content.decode()
    assert Token.objects.get(user=other_reviewer).key == theirs
    client.post("/admin/tokens/", {"user": reviewer.pk, "action": "rotate"})
    assert Token.objects.filter(user=reviewer).exists()


def test_garbage_on_the_token_page_is_a_message_not_an_error(editor, superuser):
    client = _tokens_page(editor)
    for data in ({"user": "²", "action": "rotate"}, {"user": "1", "action": "explode"}, {}, {"user": "\x00"}):
        response = client.post("/admin/tokens/", data, follow=True)
        assert response.status_code == 200 and "Choose an account" in response.content.decode()
    assert client.post("/admin/tokens/", {"user": "999999999", "action": "rotate"}).status_code == 404
    response = client.post("/admin/tokens/", {"user": superuser.pk, "action": "rotate"}, follow=True)
    assert "Only a superuser rotates" in response.content.decode()
    assert not Token.objects.filter(user=superuser).exists()
