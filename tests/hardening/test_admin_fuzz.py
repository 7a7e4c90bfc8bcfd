"""A fuzzing test of the admin, beside the API's schemathesis test: every registered
model's changelist with garbage in each of its filters, its search, ordering, page
and date drill-down, and each add/change form posted with garbage in each field.
No response may be a 5xx (issue 16, finding 3). The figures are printed (-s)."""

import pytest
from django.contrib import admin
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, reverse

from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory, SpeakerFactory

# What people, scripts and fuzzers type: a NUL, a superscript digit (a digit to
# isdigit(), not to int()), an id past bigint, negative and non-numeric values, dates
# outside UTC's years, and percent-escapes that are not UTF-8 (a lone surrogate, 0xFF).
GARBAGE = ["%00", "%C2%B2", "9223372036854775808", "-1", "abc", "0001-01-01T00%3A00%3A00%2B14%3A00", "%ED%A0%80", "%FF"]
FORM_GARBAGE = ["\x00", "²", "9223372036854775808", "0001-01-01 00:00:00", "x" * 5000]
EXTRA_PARAMS = ["q", "o", "p", "e", "_to_field", "all"]


def _changelist_params(model_admin, user) -> list[str]:
    request = RequestFactory().get("/")
    request.user = user
    changelist = model_admin.get_changelist_instance(request)
    names = [name for spec in changelist.filter_specs for name in spec.expected_parameters()]
    if model_admin.date_hierarchy:
        names += [f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day")]
    return names + EXTRA_PARAMS


def _url(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


@pytest.fixture
def rows(db):
    speaker = SpeakerFactory(name="Dana Fuzz")
    claim = ClaimFactory(article=ArticleFactory(), speaker=speaker, is_attributed=False)
    QuantityFactory(claim=claim)
    return claim


@pytest.mark.django_db
def test_the_admin_answers_garbage_without_a_server_error(superuser, rows, capsys):
    client = Client(raise_request_exception=False)
    client.force_login(superuser)
    sent, errors = 0, []

    def hit(method, url, data=None):
        nonlocal sent
        sent += 1
        response = client.post(url, data) if method == "post" else client.get(url)
        if response.status_code >= 500:
            errors.append(f"{response.status_code} {method.upper()} {url} {data if data else ''}"[:300])

    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        changelist = _url(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        if changelist is None:
            continue
        for param in _changelist_params(model_admin, superuser):
            for value in GARBAGE:
                hit("get", f"{changelist}?{param}={value}")
        obj = model._default_manager.first()
        request = RequestFactory().get("/")
        request.user = superuser
        form_urls = []
        if model_admin.has_add_permission(request):
            form_urls.append((_url(f"admin:{meta.app_label}_{meta.model_name}_add"), None))
        if obj is not None and model_admin.has_change_permission(request, obj):
            form_urls.append((_url(f"admin:{meta.app_label}_{meta.model_name}_change", obj.pk), obj))
            hit("get", _url(f"admin:{meta.app_label}_{meta.model_name}_history", obj.pk) or changelist)
        for url, instance in form_urls:
            if url is None:
                continue
            hit("get", url)
            form_class = model_admin.get_form(request, instance)
            for field in form_class.base_fields:
                for value in FORM_GARBAGE:
                    hit("post", url, {field: value})

    with capsys.disabled():
        print(f"\nadmin fuzz: {sent} requests, {len(errors)} 5xx")
    assert sent > 500
    assert errors == [], "\n".join(errors[:30])


@pytest.mark.django_db
def test_a_garbage_speaker_id_in_the_claim_form_is_not_a_server_error(superuser, rows):
    client = Client(raise_request_exception=False)
    client.force_login(superuser)
    response = client.post(reverse("admin:claims_claim_change", args=[rows.pk]), {"speaker": "²"})
    assert response.status_code < 500
