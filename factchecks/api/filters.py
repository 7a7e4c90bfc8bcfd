"""The fact-check library list's query parameters."""

import django_filters
from django.db.models import Q

from factchecks.models import FactCheck, FactCheckSource


class FactCheckFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_search", max_length=500, help_text="Words in the claim reviewed, the headline or the claimant."
    )
    publisher = django_filters.CharFilter(field_name="publisher_name", lookup_expr="iexact", max_length=300)
    rating = django_filters.CharFilter(field_name="rating_name", lookup_expr="iexact", max_length=200)
    source = django_filters.ChoiceFilter(choices=FactCheckSource.choices)
    published_after = django_filters.DateFilter(field_name="date_published", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="date_published", lookup_expr="lt")

    class Meta:
        model = FactCheck
        fields = []

    def filter_search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(claim_reviewed__icontains=value) | Q(title__icontains=value) | Q(claimant__icontains=value)
        )
