"""The claims list's filter form cleans only the parameters a request names (claims.api.filters).

Whatever it leaves out, it must answer exactly as Django's own Form._clean_fields would: the same
cleaned values, in the same order, and the same errors."""

from decimal import Decimal

import django_filters
import pytest
from django import forms
from django.http import QueryDict

from claims.api.filters import ClaimFilter, ReusedFilterSet, _GivenFieldsForm
from claims.models import Claim

QUERIES = [
    "",
    "status=verified&kind=numeric",
    "status=&kind=",
    "status=maybe&value_min=lots&created_after=yesterday&published=perhaps",
    "q=%20floods%20&speaker=12&outlet=The+Courier",
    "published=true&awaiting_approval=false&checkworthiness_min=0.5&assigned_to=me",
    "article=0",
    "article=99999999999999999999&checkworthiness_min=2",
    "created_after=2025-01-01T00:00:00Z&created_before=2025-02-01T00:00:00%2B14:00&published_before=0391-01-01T00:00-23:32",
    f"value_min=1{'0' * 40}&value_max=-3&subject=people",
    "ordering=id&cursor=abc&page_size=5&format=json",
    "speaker=a%00b",
]


def _cleaned(filterset_class, query: str, monkeypatch=None):
    form = filterset_class(QueryDict(query), queryset=Claim.objects.none()).form
    if monkeypatch is not None:  # Django's own loop over every field
        monkeypatch.setattr(form, "_clean_fields", lambda: forms.Form._clean_fields(form))
    form.is_valid()
    return list(form.cleaned_data.items()), form.errors.get_json_data()


@pytest.mark.parametrize("query", QUERIES)
def test_the_claims_filter_cleans_what_django_cleans(query, monkeypatch):
    given = _cleaned(ClaimFilter, query)
    full = _cleaned(ClaimFilter, query, monkeypatch)
    assert given == full
    assert len(given[0]) + len(given[1]) >= len(ClaimFilter.base_filters)  # every field: a value or an error


def test_every_claims_filter_field_has_its_absent_value_worked_out_once():
    form_class = ClaimFilter(QueryDict(""), queryset=Claim.objects.none()).get_form_class()
    assert issubclass(form_class, _GivenFieldsForm)
    assert form_class is ClaimFilter(QueryDict("status=verified"), queryset=Claim.objects.none()).get_form_class()
    assert set(form_class.absent_values) == set(ClaimFilter.base_filters)
    assert form_class.absent_values["status"][1] == "" and form_class.absent_values["published"][1] is None


class _OtherWidgets(ReusedFilterSet):
    """Fields whose absence says nothing fixed: a range read from two other keys, a list, a required value."""

    checkworthiness = django_filters.RangeFilter()
    status = django_filters.MultipleChoiceFilter(choices=[("verified", "verified"), ("disputed", "disputed")])
    text = django_filters.CharFilter(required=True)
    cue = django_filters.CharFilter()

    class Meta:
        model = Claim
        fields = []


def test_fields_whose_absence_is_not_one_constant_are_cleaned_on_every_request(monkeypatch):
    form_class = _OtherWidgets(QueryDict(""), queryset=Claim.objects.none()).get_form_class()
    assert set(form_class.absent_values) == {"cue"}

    # The range's own key is never in the query string: its halves are.
    cleaned, errors = _cleaned(_OtherWidgets, "checkworthiness_min=0.5&status=verified&status=disputed")
    values = dict(cleaned)
    assert values["checkworthiness"] == slice(Decimal("0.5"), None)
    assert values["status"] == ["verified", "disputed"]
    assert errors == {"text": [{"message": "This field is required.", "code": "required"}]}
    for query in ("", "checkworthiness_max=x&text=said", "cue=&text="):
        assert _cleaned(_OtherWidgets, query) == _cleaned(_OtherWidgets, query, monkeypatch)
