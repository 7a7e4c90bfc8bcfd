"""Forms of the reviewers' admin: they shape and pre-check input for the page,
then hand it to reviews.services, which holds (and re-checks) every rule."""

from __future__ import annotations

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from claims.models import Quantity

from .services import VERDICTS_NEEDING_EVIDENCE, EvidenceInput

# How many empty evidence rows a verdict form offers.
EVIDENCE_ROWS = 3


class VerdictForm(forms.Form):
    rationale = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
        help_text="Why this verdict: what the sources show. Always required.",
    )


class EvidenceForm(forms.Form):
    url = forms.URLField(
        required=False,
        max_length=2000,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://source.example/report"}),
    )
    note = forms.CharField(required=False, widget=forms.TextInput(attrs={"placeholder": "what this source shows"}))

    def clean(self):
        data = super().clean()
        if data.get("note") and not data.get("url"):
            self.add_error("url", "A note needs the URL of its source.")
        return data


class BaseEvidenceFormSet(forms.BaseFormSet):
    def evidence(self) -> list[EvidenceInput]:
        return [
            EvidenceInput(url=form.cleaned_data["url"], note=form.cleaned_data.get("note", ""))
            for form in self.forms
            if form.cleaned_data.get("url")
        ]


EvidenceFormSet = forms.formset_factory(EvidenceForm, formset=BaseEvidenceFormSet, extra=EVIDENCE_ROWS)


def verdict_forms(data=None, *, initial=None):
    """The rationale form and the evidence rows, bound to `data` when given."""
    initial = initial or {}
    form = VerdictForm(data, prefix="verdict", initial={"rationale": initial.get("rationale", "")})
    # Ids of their own: the claim page's Evidence inline owns id_evidence-TOTAL_FORMS, and the
    # admin's inline script, finding this formset's first, would offer to add evidence rows there.
    formset = EvidenceFormSet(data, prefix="evidence", initial=initial.get("evidence") or None, auto_id="id_verdict_%s")
    return form, formset


def verdict_forms_valid(form, formset, verdict: str) -> bool:
    """Pre-check a bulk verdict: the page says at once what is missing instead of
    letting every selected claim fail the same way. claim_submit_verdict checks again."""
    valid = form.is_valid() & formset.is_valid()
    if valid and verdict in VERDICTS_NEEDING_EVIDENCE and not formset.evidence():
        form.add_error(None, f"A {verdict} verdict needs at least one piece of evidence (a source URL).")
        return False
    return valid


class ReopenForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="Why the verdict goes back to review. Any approval is withdrawn.",
    )


def reviewers():
    """Active users who may review claims (through a group, directly, or as superusers)."""
    permission = Permission.objects.filter(codename="review_claim", content_type__app_label="claims")
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__permissions__in=permission) | Q(user_permissions__in=permission) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


class AssignForm(forms.Form):
    reviewer = forms.ModelChoiceField(queryset=None, help_text="Who reviews the selected claims.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = reviewers()


def plain_number(value) -> str:
    """1001.000000 -> "1001", 0.666667 -> "0.666667": the value without the column's padding."""
    return format(value.normalize(), "f") if value is not None else ""


class QuantityForm(forms.ModelForm):
    """An editor's correction of a number, shown as a person would write it."""

    class Meta:
        model = Quantity
        fields = ("value", "qualifier", "subject", "unit")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["value"] = plain_number(self.instance.value)



class IdAutocompleteSelect(AutocompleteSelect):
    """The speaker autocomplete, safe to re-render with what was typed: Django's looks the
    posted value up as an id, and "²" (a digit to str.isdigit, not to int) is a 500."""

    def optgroups(self, name, value, attr=None):
        ids = [v for v in value if v is None or (str(v).isascii() and str(v).isdigit())]
        return super().optgroups(name, ids, attr)
