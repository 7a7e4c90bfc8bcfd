"""Has this been checked before? A reviewer opens a new claim in a real browser, sees the
closest earlier fact-checks, cites one in one click and decides the claim with it.
Screenshots go to test-artifacts/ (and to H13_SHOTS, when set, for a person to look at)."""

import os
from pathlib import Path

import pytest

from factchecks.selectors import factchecks_library_reset
from factchecks.services import factchecks_import
from reviews.models import ReviewAction, ReviewEvent
from tests.factchecks.conftest import LIBRARY
from tests.factories import ClaimFactory, UserFactory

from .conftest import login, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def screenshot(page, name):
    shot(page, name, full_page=True)
    if os.environ.get("H13_SHOTS"):
        page.screenshot(path=str(Path(os.environ["H13_SHOTS"]) / name), full_page=True)


@pytest.fixture
def library(settings):
    settings.FACTCHECK_LIBRARY_CHECK_SECONDS = 0
    factchecks_library_reset()
    factchecks_import(LIBRARY)
    yield
    factchecks_library_reset()


def test_a_reviewer_sees_earlier_factchecks_cites_one_and_decides_with_it(page, library):
    reviewer = UserFactory(username="rita_reviewer", role="reviewer")
    claim = ClaimFactory(
        text="A jab in the arm turns it into a magnet: coins stick to the skin afterwards.", is_attributed=False
    )
    login(page, reviewer)

    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    panel = page.locator("#earlier-factchecks")
    first = panel.locator("tbody tr").first
    assert "A vaccine injection makes the arm magnetic" in first.locator(".fc-claim").inner_text()
    assert first.locator(".fc-publisher").inner_text() == "Verify Desk"
    assert first.locator(".fc-rating").inner_text() == "Pants on fire"
    assert first.locator(".fc-date").inner_text() == "20 May 2021"
    # Not in review yet: the buttons are there, switched off, and the page says why.
    assert first.locator("button[disabled]").is_visible()
    assert "Start the review to cite one." in panel.locator(".cite-unavailable").inner_text()
    screenshot(page, "h13-claim-unreviewed.png")

    page.click("input[type=submit][value='Start review (assign to me)']")
    page.wait_for_selector("ul.messagelist li.success")
    page.locator("#earlier-factchecks tbody tr").first.locator("input[value='Cite as evidence']").click()

    assert "cited as evidence" in page.locator("ul.messagelist li.success").inner_text()
    panel = page.locator("#earlier-factchecks")
    assert panel.locator("tbody tr").first.locator(".fc-cited").inner_text() == "✓ Cited"
    assert "https://verify.example.com/fc/vaccine-magnets" in panel.locator(".cited-evidence").inner_text()
    assert "Added evidence" in page.locator("#events-group").inner_text()
    # The verdict form's evidence rows beside the read-only evidence list: the list offers no
    # row to add, and the rows fit the window.
    assert not page.locator("#evidence-group a.addlink").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    screenshot(page, "h13-claim-cited.png")

    # A disputed verdict needs a source: the cited fact-check is it; nothing typed.
    page.check("input[name=verdict][value=disputed]")
    page.fill("textarea[name=verdict-rationale]", "Verify Desk tested this in 2021: no magnetism.")
    page.click("input[type=submit][value='Submit verdict']")

    assert "marked disputed" in page.locator("ul.messagelist li.success").inner_text()
    assert "https://verify.example.com/fc/vaccine-magnets" in page.locator(".verdict-evidence").inner_text()
    assert page.outside == [] and page.csp_errors == []
    screenshot(page, "h13-claim-decided.png")
    actions = list(ReviewEvent.objects.filter(claim=claim).order_by("id").values_list("action", flat=True))
    assert actions == [ReviewAction.START_REVIEW, ReviewAction.ADD_EVIDENCE, ReviewAction.VERDICT]
