"""The claims list's query parameters. The list, a speaker's claims and the CSV export share them."""

import copy

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django.http import QueryDict
from django.utils.datastructures import MultiValueDict
from django_filters.fields import IsoDateTimeField
from rest_framework.filters import OrderingFilter

from claims import filters
from claims.models import Article, Claim, ClaimStatus, ExtractionStatus, Quantity, Speaker
from claims.selectors import claim_search
from factcheck import validation
from factcheck.errors import ValidationFailed

# The columns of NUMERIC(28, 6): a bound outside them can never match and would
# only make PostgreSQL raise "numeric field overflow".
_VALUE_BOUND = {"max_digits": 28, "decimal_places": 6}


class CheckedIsoDateTimeField(IsoDateTimeField):
    """An ISO 8601 instant that the database can compare, handed on in UTC.

    A year-391 date at -23:32 parses, but PostgreSQL refuses offsets beyond ±15:59 and
    Python cannot hold 0001-01-01T00:00+14:00 in UTC: both answer 400, not 500."""

    def clean(self, value):
        value = super().clean(value)
        try:
            return validation.clean_datetime(value, what=self.label or "the date")
        except ValidationFailed as exc:
            raise forms.ValidationError(exc.message, code="invalid") from None


class CheckedIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = CheckedIsoDateTimeField


class ReusedFilterSet(django_filters.FilterSet):
    """A FilterSet that does per request only what a request changes (bench/RESULTS.md, "API").

    django-filter deep-copies every filter, each with its form field and choices, and builds a
    form class with a new field per filter, on every request: a tenth of the claims list's
    time. A filter holds nothing a request changes but its model and parent, so each is copied
    shallowly (a method filter bound again to its copy, so the method runs on this FilterSet),
    and the form class is built once per process, its forms sharing its fields (_SharedFields)
    and cleaning only the parameters a request names (_GivenFieldsForm).
    What is filtered, and how, is unchanged."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # django-filter's own __init__ (25.1) but for the copy of the filters.
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {}
        for name, base in self.base_filters.items():
            copied = copy.copy(base)
            if base.method is not None:
                copied.method = base.method  # a FilterMethod of the copy, not of the base
            copied.model, copied.parent = queryset.model, self
            self.filters[name] = copied

    def get_form_class(self):
        cls = type(self)
        form_class = cls.__dict__.get("_form_class")
        if form_class is None:
            built = super().get_form_class()
            form_class = type(built.__name__, (_GivenFieldsForm, built), {"__module__": built.__module__})
            form_class.base_fields = _SharedFields(built.base_fields)
            form_class.absent_values = _absent_values(form_class)
            cls._form_class = form_class
        return form_class


class _SharedFields(dict):
    """A form class's fields, which each form of it uses as they are: Django deep-copies them
    into every form so that one form may change its own, and these forms change none (plain
    choices and text, no queryset, validated and never rendered with per-form attributes)."""

    def __deepcopy__(self, memo):
        return dict(self)


class _GivenFieldsForm(forms.Form):
    """A filter form that cleans only the fields the query string names.

    A request names two or three of the claims list's seventeen parameters, and Django cleans
    every field of a form, each through a BoundField of its own. A field left out cleans to the
    same value every time (its empty value: None or ""), so that value is worked out once, by the
    field itself (_absent_values), and used as it is. What a named field cleans to, and every
    error message, is Django's own: the loop below is Form._clean_fields for those fields."""

    absent_values: dict[str, tuple[forms.Field, object]] = {}

    def _clean_fields(self):
        absent, data = self.absent_values, self.data
        for name, field in self.fields.items():
            known = absent.get(name)
            if known is not None and known[0] is field and self.add_prefix(name) not in data:
                self.cleaned_data[name] = known[1]
                continue
            bound = self[name]
            try:
                self.cleaned_data[name] = field._clean_bound_field(bound)
                if hasattr(self, f"clean_{name}"):
                    self.cleaned_data[name] = getattr(self, f"clean_{name}")()
            except ValidationError as e:
                self.add_error(name, e)


# Widgets that read a field's value from its own key only (data.get(name)): absent from the
# query string means absent from the key. Others (django-filter's range and CSV widgets) may
# read other keys, and their fields are cleaned on every request.
_OWN_KEY_READERS = {
    forms.Widget.value_from_datadict,
    forms.Select.value_from_datadict,
    forms.NullBooleanSelect.value_from_datadict,
}


def _absent_values(form_class) -> dict[str, tuple[forms.Field, object]]:
    """What each field of `form_class` cleans to when the query string leaves it out, by field
    name, for the fields where that is one constant: optional, enabled, read from its own key
    (single-valued), with no clean_<name> method, and cleaning to None, a string or a number."""
    values = {}
    for name, field in form_class.base_fields.items():
        widget = field.widget
        if (
            field.required
            or field.disabled
            or hasattr(form_class, f"clean_{name}")
            or type(widget).value_from_datadict not in _OWN_KEY_READERS
            or getattr(widget, "allow_multiple_selected", False)
        ):
            continue
        try:
            value = field.clean(widget.value_from_datadict(QueryDict(), MultiValueDict(), name))
        except ValidationError:
            continue
        if value is None or type(value) in (str, int, bool):
            values[name] = (field, value)
    return values


class ClaimFilter(ReusedFilterSet):
    status = django_filters.ChoiceFilter(choices=ClaimStatus.choices)
    published = django_filters.BooleanFilter(method="filter_published")
    kind = django_filters.ChoiceFilter(
        choices=[("numeric", "numeric"), ("attributed", "attributed")], method="filter_kind"
    )
    speaker = django_filters.CharFilter(method="filter_speaker", max_length=300, help_text="A speaker id, or part of a name.")
    article = django_filters.NumberFilter(field_name="article_id", min_value=1, max_value=2**63 - 1)
    outlet = django_filters.CharFilter(method="filter_outlet", max_length=200)
    # subject / value_min / value_max describe one quantity together: applied in filter_queryset.
    subject = django_filters.CharFilter(method="filter_by_quantity", max_length=200)
    value_min = django_filters.NumberFilter(method="filter_by_quantity", **_VALUE_BOUND)
    value_max = django_filters.NumberFilter(method="filter_by_quantity", **_VALUE_BOUND)
    q = django_filters.CharFilter(
        method="filter_search", max_length=500, help_text="Full-text search over statement, content and speaker."
    )
    created_after = CheckedIsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = CheckedIsoDateTimeFilter(field_name="created_at", lookup_expr="lt")
    published_after = CheckedIsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = CheckedIsoDateTimeFilter(field_name="published_at", lookup_expr="lt")
    assigned_to = django_filters.ChoiceFilter(choices=[("me", "me")], method="filter_assigned_to")
    checkworthiness_min = django_filters.NumberFilter(
        field_name="checkworthiness", lookup_expr="gte", min_value=0, max_value=1,
        help_text="Only claims at least this worth checking (0..1).",
    )
    awaiting_approval = django_filters.BooleanFilter(method=lambda qs, name, value: filters.claims_awaiting_approval(qs, value), help_text="A verdict given and not yet approved.")

    class Meta:
        model = Claim
        fields = []

    # The meaning of each filter is claims.filters', shared with the admin's sidebar.

    def filter_kind(self, queryset, name, value):
        return filters.claims_by_kind(queryset, value)

    def filter_speaker(self, queryset, name, value):
        return filters.claims_by_speaker(queryset, value)

    def filter_outlet(self, queryset, name, value):
        return filters.by_outlet(queryset, value)

    def filter_published(self, queryset, name, value):
        return queryset if value is None else filters.claims_by_published(queryset, value)

    def filter_by_quantity(self, queryset, name, value):
        return queryset  # see filter_queryset

    def filter_search(self, queryset, name, value):
        # Full text over statement and content, OR the speaker's name (claims.selectors).
        return claim_search(queryset, value)

    def filter_assigned_to(self, queryset, name, value):
        return filters.claims_by_assignee(queryset, value, getattr(self.request, "user", None))

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        # One EXISTS over quantities, so "subject=people&value_min=100" means one
        # quantity that is both; a join would also duplicate claims.
        conditions = Q()
        if data.get("subject"):
            conditions &= Q(subject__iexact=data["subject"].strip())
        if data.get("value_min") is not None:
            conditions &= Q(value__gte=data["value_min"])
        if data.get("value_max") is not None:
            conditions &= Q(value__lte=data["value_max"])
        if conditions:
            queryset = queryset.filter(Exists(Quantity.objects.filter(conditions, claim=OuterRef("pk"))))
        return queryset


class ClaimOrdering(OrderingFilter):
    """?ordering=created_at|published_at|id (prefix - for descending).

    Cursor pagination needs a value in the ordering column of every row, so
    ordering by publication date lists published claims only.
    """

    ordering_fields = ["created_at", "published_at", "checkworthiness", "id"]
    ordering_description = (
        "Sort by created_at, published_at, checkworthiness or id; prefix with - for descending. "
        "Ordering by published_at lists published claims only; by checkworthiness, scored claims only."
    )
    # Cursor pages need a value in the ordering column of every row.
    _NEEDS_VALUE = ("published_at", "checkworthiness")

    def get_default_ordering(self, view):
        return ("-created_at", "-id")

    def filter_queryset(self, request, queryset, view):
        ordering = self.get_ordering(request, queryset, view)
        column = ordering[0].lstrip("-") if ordering else ""
        if column in self._NEEDS_VALUE:
            queryset = queryset.filter(**{f"{column}__isnull": False})
        return super().filter_queryset(request, queryset, view)

    def get_valid_fields(self, queryset, fields, view, context=None):
        return [(f, f) for f in self.ordering_fields]


class ArticleFilter(django_filters.FilterSet):
    outlet = django_filters.CharFilter(field_name="outlet", lookup_expr="iexact", max_length=200)
    extraction_status = django_filters.ChoiceFilter(choices=ExtractionStatus.choices)

    class Meta:
        model = Article
        fields = []


class SpeakerFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(field_name="name", lookup_expr="icontains", max_length=300)

    class Meta:
        model = Speaker
        fields = []
