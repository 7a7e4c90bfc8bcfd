"""A reviewer's and an editor's day in a real browser, with no internet access: the
dashboard, the approval view, the article page, the figure chart, the keys, the API docs
and a public page. Each test saves a screenshot under test-artifacts/."""

import json
import re

import pytest

from claims.models import Claim
from tests.admin.conftest import numbered_article
from tests.factories import UserFactory
from tests.public.data import a_days_work, a_disputed_figure

from .conftest import login, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def people(db):
    return UserFactory(username="rita_reviewer", role="reviewer"), UserFactory(username="eddie_editor", role="editor")


# ReDoc's sidebar tries its maker's logo from their CDN and hides it when that fails
# (its onError): refused by the CSP, it is the one request allowed to fail.
REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"


def assert_offline_and_allowed(page):
    assert page.outside == [], page.outside
    assert [e for e in page.csp_errors if REDOC_LOGO not in e] == [], page.csp_errors


def in_viewport(page, selector):
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= page.viewport_size["height"]


def test_the_editors_dashboard_leads_to_the_verdicts_waiting_for_approval(page, people):
    reviewer, editor = people
    desk = a_days_work(reviewer, editor)
    numbered_article(5)
    login(page, editor)
    assert page.locator("#dash-approval").is_visible()
    assert desk.awaiting.text in page.locator("#dash-approval").inner_text()
    assert page.locator("#recent-actions-module").inner_text().count("Gave verdict") == 2
    shot(page, "dashboard-editor.png", full_page=True)
    assert_offline_and_allowed(page)

    page.click("#dash-approval h2 a")
    page.wait_for_url(re.compile(r"awaiting_approval=yes"))
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1 and "awaiting approval" in rows.first.inner_text()
    shot(page, "claim-list-awaiting-approval.png")


def test_the_editor_approves_with_the_paragraph_rationale_and_evidence_in_view(page, people):
    reviewer, editor = people
    desk = a_days_work(reviewer, editor)
    login(page, editor)
    page.goto(f"/admin/claims/claim/{desk.awaiting.pk}/change/")
    # Everything the decision needs is on the first screen, without scrolling.
    for selector in (".claim-context mark", ".verdict-rationale", ".verdict-evidence a", ".verdict-by",
                     "input[value='Approve verdict']", ".reopen-form"):
        assert in_viewport(page, selector), selector
    assert "9 percent, not 12" in page.locator(".verdict-rationale").inner_text()
    shot(page, "approval-view.png")
    assert_offline_and_allowed(page)

    page.click("input[type=submit][value='Approve verdict']")
    assert "verdict approved and published" in page.locator("ul.messagelist li.success").inner_text()
    assert Claim.objects.get(pk=desk.awaiting.pk).published_at is not None

    page.click("a.historylink")
    history = page.locator("#review-history").inner_text()
    assert "Gave verdict" in history and "Approved" in history and "council.example/budget-2025" in history
    shot(page, "claim-history.png")


def test_the_article_page_shows_the_whole_body_with_claims_by_kind_and_linked(page, people):
    reviewer, editor = people
    desk = a_days_work(reviewer, editor)
    login(page, reviewer)
    page.goto(f"/admin/claims/article/{desk.published.article_id}/change/")
    body = page.locator(".article-body")
    # No inner scroll box: the body's end is on the page.
    assert body.evaluate("el => el.scrollHeight <= el.clientHeight + 1")
    assert "night workers." in body.inner_text()
    kinds = {page.locator(f".article-body mark.claim-hl--{k}").count() for k in ("both", "numeric", "attributed")}
    assert kinds == {1, 2}  # the ferry (words + number), prices (number); pier, critics (words)
    colours = {page.locator(f".article-body mark.claim-hl--{k}").first.evaluate("el => getComputedStyle(el).backgroundColor")
               for k in ("both", "numeric", "attributed")}
    assert len(colours) == 3
    table = page.locator("#claims-group").inner_text()
    assert table.count("The new ferry carries 420 passengers") == 1
    shot(page, "article-page.png", full_page=True)
    assert_offline_and_allowed(page)
    page.click(".article-body a.claim-hl-link >> nth=1")
    page.wait_for_url(re.compile(r"/admin/claims/claim/\d+/change/"))


def test_the_figure_timeline_marks_the_disputed_values(page, people):
    reviewer, _ = people
    figure = a_disputed_figure()
    login(page, reviewer)
    page.goto(f"/admin/claims/figure/{figure.pk}/change/")
    chart = page.locator(".figure-chart svg")
    assert chart.is_visible()
    assert page.locator(".figure-chart .figure-point").count() == 3
    assert page.locator(".figure-chart .figure-point--disputed").count() >= 2
    chart.scroll_into_view_if_needed()
    shot(page, "figure-timeline-admin.png", full_page=True)
    assert_offline_and_allowed(page)


def test_a_reviewer_works_from_the_keyboard(page, people):
    reviewer, _ = people
    claims = [numbered_article(n).claims.get() for n in (1, 2, 3)]
    login(page, reviewer)
    page.goto("/admin/claims/claim/?status=unreviewed")
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.locator("#result_list tbody tr.key-current").count() == 1
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/admin/claims/claim/\d+/change/"))
    second = int(re.search(r"/claim/(\d+)/", page.url).group(1))
    listed = [c.pk for c in sorted(claims, key=lambda c: -c.pk)]  # unscored: newest first
    assert second == listed[1]

    page.keyboard.press("s")
    page.wait_for_selector("ul.messagelist li.success")
    # The keys script is deferred: it listens once the document is parsed, which can come after
    # the message is on the page.
    page.wait_for_load_state("domcontentloaded")
    assert Claim.objects.get(pk=second).assignee == reviewer
    page.keyboard.press("v")
    assert page.evaluate("document.activeElement.closest('#verdict-form') !== null")
    page.locator("body").click(position={"x": 5, "y": 300})  # leave the field: keys never fire while typing
    page.keyboard.press("?")
    assert page.locator("#keys-help").is_visible()
    shot(page, "keyboard-help.png")
    page.keyboard.press("Escape")
    assert not page.locator("#keys-help").is_visible()

    page.keyboard.press("j")  # the next claim of the list it came from
    page.wait_for_url(re.compile(rf"/claim/{listed[2]}/change/"))
    page.keyboard.press("k")
    page.wait_for_url(re.compile(rf"/claim/{second}/change/"))
    assert_offline_and_allowed(page)


def test_the_api_docs_and_the_browsable_api_work_offline(page, people):
    reviewer, _ = people
    numbered_article(1)
    login(page, reviewer)
    page.goto("/api/docs/")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "Fact-check claim database API" in page.locator(".swagger-ui .info .title").inner_text()
    page.wait_for_selector(".opblock-tag")
    shot(page, "api-docs-swagger.png")
    page.goto("/api/redoc/")
    page.wait_for_selector("h1:has-text('Fact-check claim database API')")
    shot(page, "api-docs-redoc.png")
    page.goto("/api/v1/claims/")
    assert page.locator(".response-info").is_visible()  # DRF's browsable page
    shot(page, "api-browsable.png")
    assert_offline_and_allowed(page)


def test_a_reader_opens_a_published_fact_check_without_logging_in(page, people):
    reviewer, editor = people
    desk = a_days_work(reviewer, editor)
    page.goto("/")
    assert page.locator(".factcheck-item").count() == 1
    shot(page, "public-index.png")
    page.click(".factcheck-item a")
    page.wait_for_url(re.compile(rf"/fact-checks/{desk.published.pk}/"))
    assert "Harbour Master Ines Duarte" in page.locator(".fact-speaker").inner_text()
    assert "</script>" in page.locator(".rationale").inner_text()
    doc = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert doc["url"] == page.url and doc["reviewBody"].startswith("The operator's </script>")
    shot(page, "public-fact-check.png", full_page=True)
    assert_offline_and_allowed(page)
    assert page.goto(f"/fact-checks/{desk.awaiting.pk}/").status == 404


def test_a_public_page_draws_the_figure_of_its_number(page, people):
    from reviews import services
    from tests.public.data import decide

    reviewer, editor = people
    figure = a_disputed_figure()
    claim = figure.quantities.order_by("claim__article__published_at").first().claim
    decide(claim, reviewer, verdict="disputed", rationale="Police later counted 31.", evidence=["https://police.example/"])
    services.claim_approve(claim_id=claim.pk, actor=editor)
    page.goto(f"/fact-checks/{claim.pk}/")
    assert page.locator(".figure-chart .figure-point").count() == 3
    shot(page, "public-figure-timeline.png", full_page=True)
    assert_offline_and_allowed(page)
