"""The review workflow and the escaping of article text, in a real browser."""

import re
from pathlib import Path

import pytest

from claims.models import Claim
from reviews import services
from tests.admin.conftest import ingest, numbered_article
from tests.factories import UserFactory

from .conftest import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def test_a_reviewer_filters_verifies_with_evidence_and_sees_the_history(page):
    reviewer = UserFactory(username="rita_reviewer", role="reviewer")
    numbered_article(1, speaker="Maria Lopez")
    numbered_article(2, speaker="Someone Else")
    claim = Claim.objects.get(speaker__name="Maria Lopez")
    login(page, reviewer)

    page.goto("/admin/claims/claim/")
    page.fill("input[name=speaker]", "lopez")
    page.press("input[name=speaker]", "Enter")
    page.wait_for_url(re.compile(r"[?&]speaker=lopez"))
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1
    assert "Maria Lopez" in rows.first.inner_text()

    rows.first.locator("input.action-select").check()
    page.select_option("select[name=action]", "start_review")
    page.click("button[name=index]")
    page.wait_for_selector("ul.messagelist li.success")

    page.locator("#result_list tbody tr").first.locator("input.action-select").check()
    page.select_option("select[name=action]", "mark_verified")
    page.click("button[name=index]")
    page.fill("textarea[name=verdict-rationale]", "The housing office counted 1001 flooded homes.")
    page.fill("input[name=evidence-0-url]", "https://housing.example/flood-count")
    page.fill("input[name=evidence-0-note]", "Official count, page 2")
    page.click("input[type=submit][value='Mark verified']")
    message = page.locator("ul.messagelist li.success").inner_text()
    assert f"Marked verified: 1 claim(s): #{claim.pk}" in message

    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    assert page.locator(".claim-summary .claim-badge--verified").is_visible()
    history = page.locator("#events-group").inner_text()
    assert "Gave verdict" in history and "The housing office counted 1001 flooded homes." in history
    assert "Started review" in history
    assert "https://housing.example/flood-count" in page.locator("#evidence-group").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "claim-page.png"), full_page=True)


def test_an_editor_approves_the_verdict(page):
    reviewer = UserFactory(username="rita_reviewer", role="reviewer")
    editor = UserFactory(username="eddie_editor", role="editor")
    claim = numbered_article(1).claims.get()
    services.claim_start_review(claim_id=claim.pk, actor=reviewer)
    services.claim_submit_verdict(
        claim_id=claim.pk, actor=reviewer, verdict="verified", rationale="Counted.", evidence=[{"url": "https://a.example/"}]
    )
    login(page, editor)

    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    page.click("input[type=submit][value='Approve verdict']")

    assert "verdict approved and published" in page.locator("ul.messagelist li.success").inner_text()
    assert page.locator(".claim-summary .claim-badge--published").is_visible()
    assert "Approved" in page.locator("#events-group").inner_text()
    assert Claim.objects.get(pk=claim.pk).approved_by == editor


def test_html_and_script_in_quotes_render_as_text_everywhere(page):
    editor = UserFactory(username="eddie_editor", role="editor")
    quote = "<script>alert(1)</script> <b>bold</b>,"
    body = f'Budget day.\n"{quote}" the minister said. 40 schools will close.\n'
    article = ingest(
        title="Budget <b>day</b>",
        body=body,
        claims=[{"sentence": f'"{quote}" the minister said', "speaker": "The <b>Minister</b>"},
                {"sentence": "40 schools will close", "number": "40"}],
    )
    claim = article.claims.order_by("start").first()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    login(page, editor)

    for url, where in [
        ("/admin/claims/claim/", "#result_list"),
        (f"/admin/claims/claim/{claim.pk}/change/", ".claim-context"),
        (f"/admin/claims/article/{article.pk}/change/", ".article-body"),
    ]:
        page.goto(url)
        region = page.locator(where)
        assert "<script>alert(1)</script> <b>bold</b>" in region.inner_text(), url
        # No element was made from the article's markup.
        assert region.locator("b").count() == 0, url
        assert region.locator("script").count() == 0, url
        assert page.locator("b:text('bold')").count() == 0, url
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    assert "The <b>Minister</b>" in page.locator(".fact-speaker").inner_text()
    assert dialogs == []
