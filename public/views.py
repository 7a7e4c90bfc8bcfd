"""The public fact-check pages: no login, published verdicts only (public.selectors)."""

from __future__ import annotations

import json

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from reviews.api.claimreview import RATINGS, claim_appearance_urls, claim_review_document
from reviews.selectors import claim_current_verdict

from .selectors import INDEX_PAGE_SIZE, claim_figures, published_claim, published_claims

# In a <script> element only "</script>" or "<!--" could end it early; escaping every
# <, > and & keeps any text from an article or a rationale inside the JSON.
_JSON_IN_HTML = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_ld(document: dict) -> str:
    return mark_safe(json.dumps(document, ensure_ascii=False, indent=1).translate(_JSON_IN_HTML))


def _base_context() -> dict:
    return {"organization": settings.FACTCHECK_ORGANIZATION}


@require_safe
def index(request):
    page = Paginator(published_claims(), INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(claim, RATINGS[claim.status][1]) for claim in page.object_list]
    return render(request, "public/index.html", {**_base_context(), "page": page, "rows": rows})


@require_safe
def claim_page(request, pk: int):
    claim = published_claim(pk)
    if claim is None:
        raise Http404("No published fact-check here.")
    verdict = claim_current_verdict(claim)
    document = claim_review_document(claim, verdict, request=request, appearances=claim_appearance_urls([claim]).get(claim.pk))
    context = {
        **_base_context(),
        "claim": claim,
        "verdict": verdict,
        "rating": RATINGS[claim.status][1],
        "figures": claim_figures(claim),
        "claim_review_json": json_ld(document),
    }
    return render(request, "public/claim.html", context)
