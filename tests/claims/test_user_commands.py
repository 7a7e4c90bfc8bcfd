"""add_user: one role per user, password from the environment or none, token on the last line."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token

from tests.roles import ensure_roles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def roles():
    ensure_roles()


def add_user(*args):
    out = io.StringIO()
    call_command("add_user", *args, stdout=out)
    return out.getvalue().splitlines()


def test_token_only_user_gets_an_unusable_password_and_its_token_last(monkeypatch):
    monkeypatch.delenv("FACTCHECK_PASSWORD", raising=False)
    lines = add_user("ada", "--role", "reviewer", "--token")
    user = get_user_model().objects.get(username="ada")
    assert not user.has_usable_password()
    assert lines[-1] == Token.objects.get(user=user).key
    assert list(user.groups.values_list("name", flat=True)) == ["reviewer"]
    assert user.has_perm("claims.review_claim") and not user.has_perm("claims.approve_claim")


def test_password_comes_from_the_environment_and_the_role_is_replaced(monkeypatch):
    monkeypatch.setenv("FACTCHECK_PASSWORD", "a long passphrase for tests")
    add_user("bo", "--role", "viewer")
    add_user("bo", "--role", "editor")
    user = get_user_model().objects.get(username="bo")
    assert user.check_password("a long passphrase for tests")
    assert list(user.groups.values_list("name", flat=True)) == ["editor"]


def test_an_unknown_role_is_refused():
    with pytest.raises(CommandError):
        call_command("add_user", "cy", "--role", "admin")
