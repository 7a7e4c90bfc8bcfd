"""The admin claim page's "Checked before?" panel: the claim's closest earlier fact-checks,
ours and imported ones, and the one-click citation (a POST through the workflow URL)."""

import re

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from factchecks.models import FactCheck
from reviews import services
from reviews.models import Evidence, ReviewAction, ReviewEvent
from tests.admin.conftest import form_data
from tests.factchecks.conftest import LIBRARY
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

MOON = LIBRARY[0]


def page_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def csrf_client(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def panel(html):
    return html.split('id="earlier-factchecks"')[1].split("</section>")[0]


def cite_form(html, factcheck):
    """The cite form of one fact-check's row, as the browser would submit it."""
    row = re.search(rf'data-factcheck-id="{factcheck.pk}">(.*?)</tr>', html, re.S).group(1)
    return form_data(row.replace("<form ", '<form id="cite" ', 1), "cite")


@pytest.fixture
def moon_claim(library):
    return ClaimFactory(text="Astronauts say the Moon's surface is made of cheese, the post claimed.", is_attributed=False)


@pytest.fixture
def in_review(moon_claim, reviewer):
    return services.claim_start_review(claim_id=moon_claim.pk, actor=reviewer)


def test_the_claim_page_lists_the_closest_factchecks_with_who_rated_what(in_review, reviewer):
    html = csrf_client(reviewer).get(page_url(in_review)).content.decode()

    shown = panel(html)
    first_row = shown.split('<tr class="earlier-factcheck')[1]
    assert MOON["url"] in first_row and "Astronauts found that the surface of the Moon is made of cheese." in first_row
    assert "Example Checks" in first_row and "False" in first_row and "4 Mar 2021" in first_row
    assert re.search(r'class="fc-score">\d\.\d\d<', first_row)
    assert shown.count('value="Cite as evidence"') == 3


def test_a_reviewer_cites_one_in_one_post_with_csrf_and_it_enters_the_history(in_review, reviewer):
    client = csrf_client(reviewer)
    factcheck = FactCheck.objects.get(url=MOON["url"])
    data = cite_form(client.get(page_url(in_review)).content.decode(), factcheck)
    assert data["op"] == "cite" and data["csrfmiddlewaretoken"]

    response = client.post(reverse("admin:claims_claim_workflow", args=[in_review.pk]), data)

    assert response.status_code == 302 and response.url == page_url(in_review)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        f"Claim #{in_review.pk}: the earlier fact-check is cited as evidence for this review."
    ]
    event = ReviewEvent.objects.get(claim=in_review, action=ReviewAction.ADD_EVIDENCE)
    assert event.actor == reviewer and [e.url for e in event.evidence.all()] == [MOON["url"]]
    after = client.get(page_url(in_review)).content.decode()
    assert "✓ Cited" in panel(after) and "Cited in this review" in panel(after)
    assert "Added evidence" in after.split('id="events-group"')[1]


def test_a_post_without_the_csrf_token_is_refused(in_review, reviewer):
    factcheck = FactCheck.objects.get(url=MOON["url"])
    response = csrf_client(reviewer).post(
        reverse("admin:claims_claim_workflow", args=[in_review.pk]),
        {"op": "cite", "factcheck": factcheck.pk, "version": in_review.version},
    )
    assert response.status_code == 403
    assert not Evidence.objects.filter(claim=in_review).exists()


def test_a_viewer_sees_the_list_but_cannot_cite(in_review, reviewer, viewer):
    client = csrf_client(viewer)
    html = client.get(page_url(in_review)).content.decode()
    shown = panel(html)
    assert MOON["url"] in shown
    assert 'value="Cite as evidence"' not in shown and "disabled" in shown
    assert "You are not allowed to review claims." in shown

    # Posting anyway, with a valid token, is refused by the service's rule.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    factcheck = FactCheck.objects.get(url=MOON["url"])
    response = client.post(
        reverse("admin:claims_claim_workflow", args=[in_review.pk]),
        {"csrfmiddlewaretoken": token, "op": "cite", "factcheck": factcheck.pk, "version": in_review.version},
    )
    assert response.status_code == 302
    assert "[not_a_reviewer]" in [str(m) for m in get_messages(response.wsgi_request)][0]
    assert not Evidence.objects.filter(claim=in_review).exists()


def test_before_the_review_starts_the_button_says_why_it_is_off(moon_claim, reviewer):
    shown = panel(csrf_client(reviewer).get(page_url(moon_claim)).content.decode())
    assert 'value="Cite as evidence"' not in shown
    assert "it is unreviewed" in shown and "Start the review to cite one." in shown


def test_our_own_published_verdict_is_listed_as_this_newsroom(library, reviewer, other_reviewer, editor):
    earlier = ClaimFactory(text="The Harbour Street bridge is to close to cars for the whole of next year.", is_attributed=False)
    services.claim_start_review(claim_id=earlier.pk, actor=reviewer)
    services.claim_submit_verdict(
        claim_id=earlier.pk, actor=reviewer, verdict="verified", rationale="The works plan says so.",
        evidence=[{"url": "https://roads.example/works-plan"}],
    )
    services.claim_approve(claim_id=earlier.pk, actor=editor)
    new = ClaimFactory(text="Cars will not be able to use the Harbour Street bridge next year.", is_attributed=False)
    services.claim_start_review(claim_id=new.pk, actor=other_reviewer)

    shown = panel(csrf_client(other_reviewer).get(page_url(new)).content.decode())

    own = FactCheck.objects.get(claim=earlier)
    assert f'data-factcheck-id="{own.pk}"' in shown and "This newsroom" in shown
    assert reverse("admin:claims_claim_change", args=[earlier.pk]) in shown
    services.claim_cite_factcheck(claim_id=new.pk, actor=other_reviewer, factcheck_id=own.pk)
    assert Evidence.objects.get(claim=new).url == own.url
