"""The public fact-check pages: no login, published verdicts only, ClaimReview embedded."""

import json
import re

import pytest
from django.test import Client

from reviews import services
from tests.public.data import a_days_work, a_disputed_figure, decide

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(reviewer, editor):
    return a_days_work(reviewer, editor)


def json_ld(html: str) -> dict:
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


def test_the_index_lists_published_fact_checks_only_without_login(desk):
    response = Client().get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="/fact-checks/{desk.published.pk}/"' in html
    for hidden in (desk.awaiting, desk.in_review, desk.unreviewed):
        assert hidden.text not in html and f"/fact-checks/{hidden.pk}/" not in html


@pytest.mark.parametrize("state", ["awaiting", "in_review", "unreviewed"])
def test_nothing_unpublished_has_a_page(desk, state):
    claim = getattr(desk, state)
    response = Client().get(f"/fact-checks/{claim.pk}/")
    assert response.status_code == 404
    assert claim.text not in response.content.decode()


def test_the_page_shows_claim_speaker_verdict_rationale_evidence_and_article(desk):
    html = Client().get(f"/fact-checks/{desk.published.pk}/").content.decode()
    assert "The new ferry carries 420 passengers" in html
    assert "Harbour Master Ines Duarte" in html
    assert ">True<" in html
    assert "spec sheet lists 420 seats &amp; 12 crew" in html
    assert 'href="https://ferry.example/spec"' in html and 'href="https://harbour.example/minutes"' in html
    assert 'href="https://news.example.org/harbour"' in html
    # The article's markup is text, never markup.
    assert "Harbour plans &lt;b&gt;approved&lt;/b&gt;" in html and "<b>approved" not in html


def test_the_page_embeds_its_claimreview_with_markup_characters_escaped(desk, settings):
    html = Client().get(f"/fact-checks/{desk.published.pk}/").content.decode()
    block = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    # The rationale's "</script>" and "&" cannot end the block or start an entity.
    assert "<" not in block and ">" not in block and "&" not in block
    doc = json_ld(html)
    assert doc["@type"] == "ClaimReview"
    assert doc["url"] == f"http://testserver/fact-checks/{desk.published.pk}/"
    assert doc["reviewBody"] == "The operator's </script> spec sheet lists 420 seats & 12 crew."
    assert doc["itemReviewed"]["author"]["name"] == "Harbour Master Ines Duarte"
    assert doc["itemReviewed"]["claimAppearances"] == ["https://news.example.org/harbour"]
    assert doc["publisher"]["name"] == settings.FACTCHECK_ORGANIZATION["name"]
    assert doc["datePublished"] == desk.published.published_at.isoformat()


def test_the_publisher_comes_from_settings(desk, settings):
    settings.FACTCHECK_ORGANIZATION = {"name": "Harbour Checks", "url": "https://checks.example/", "logo": "/static/logo.png"}
    html = Client().get(f"/fact-checks/{desk.published.pk}/").content.decode()
    assert "Harbour Checks" in html and 'src="/static/logo.png"' in html
    doc = json_ld(html)
    assert doc["publisher"] == {
        "@type": "Organization", "name": "Harbour Checks", "url": "https://checks.example/",
        "logo": {"@type": "ImageObject", "url": "/static/logo.png"},
    }


def test_pages_carry_a_content_security_policy_without_any_cdn(desk):
    response = Client().get(f"/fact-checks/{desk.published.pk}/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    html = response.content.decode()
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', html)


def test_a_published_numeric_claim_shows_its_figure_timeline(reviewer, editor):
    figure = a_disputed_figure()
    claim = figure.quantities.order_by("claim__article__published_at").first().claim
    decide(claim, reviewer, verdict="disputed", rationale="Police put the toll at 14 that day.", evidence=["https://police.example/1"])
    services.claim_approve(claim_id=claim.pk, actor=editor)
    html = Client().get(f"/fact-checks/{claim.pk}/").content.decode()
    svg = html.split('<figure class="figure-chart">')[1].split("</svg>")[0]
    assert svg.count('class="figure-point') == 3
    assert "figure-point--disputed" in svg
    # No point links to the admin from a public page.
    assert "/admin/" not in svg
