"""The reviewers' workbench: the dashboard per role, awaiting approval in the list and the
API, the approval panel, History, the CSV action, the figure chart and the browsable API."""

import csv
import io

import pytest
from django.urls import reverse

from claims.models import Figure
from reviews import services
from tests.admin.conftest import numbered_article
from tests.public.data import a_days_work, a_disputed_figure, decide

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(reviewer, editor):
    return a_days_work(reviewer, editor)


def section(html: str, key: str) -> str:
    return html.split(f'id="dash-{key}"')[1].split("</section>")[0]


def test_an_editor_sees_verdicts_waiting_for_approval_never_their_own(client_for, desk, reviewer, other_editor, editor):
    own = desk.unreviewed
    decide(own, editor, verdict="not_a_claim", rationale="An opinion.")
    html = client_for(editor).get(reverse("admin:index")).content.decode()
    waiting = section(html, "approval")
    assert desk.awaiting.text in waiting
    assert own.text not in waiting  # four eyes: another editor approves it
    assert "/admin/claims/claim/?awaiting_approval=yes" in waiting
    # The other editor sees both.
    other = section(client_for(other_editor).get(reverse("admin:index")).content.decode(), "approval")
    assert desk.awaiting.text in other and own.text in other


def test_a_reviewer_sees_their_claims_in_review_and_the_days_queue(client_for, desk, reviewer):
    fresh = numbered_article(7).claims.get()
    html = client_for(reviewer).get(reverse("admin:index")).content.decode()
    assert desk.in_review.text in section(html, "mine")
    assert "status=in_review&amp;assigned=me" in section(html, "mine")
    today = section(html, "today")
    # Today's: claims of an article published today (or, undated, stored today), not March's.
    assert fresh.text in today and desk.unreviewed.text not in today and desk.in_review.text not in today
    assert 'id="dash-approval"' not in html  # reviewers do not approve
    # The week's work, and the review steps as recent actions.
    assert "Gave verdict: <strong>2</strong>" in html
    recent = html.split('id="recent-actions-module"')[1]
    assert "Approved" in recent and f"#{desk.published.pk}" in recent


def test_todays_queue_is_most_check_worthy_first_unscored_last(client_for, reviewer, desk):
    low, high, unscored = (numbered_article(n).claims.get() for n in (1, 2, 3))
    type(low).objects.filter(pk=low.pk).update(checkworthiness=0.2)
    type(high).objects.filter(pk=high.pk).update(checkworthiness=0.9)
    today = section(client_for(reviewer).get(reverse("admin:index")).content.decode(), "today")
    positions = [today.index(c.text) for c in (high, low, unscored)]
    assert positions == sorted(positions)
    # The list it links to has the same order.
    listing = client_for(reviewer).get(reverse("admin:claims_claim_changelist") + "?status=unreviewed").content.decode()
    assert listing.index(high.text) < listing.index(low.text) < listing.index(unscored.text)


def test_the_counts_link_to_their_filtered_lists(client_for, viewer, desk):
    html = section(client_for(viewer).get(reverse("admin:index")).content.decode(), "counts")
    assert 'href="/admin/claims/claim/?awaiting_approval=yes"' in html
    assert "Awaiting approval</span> <strong>1</strong>" in html
    assert "Published</span> <strong>1</strong>" in html


def test_awaiting_approval_is_a_badge_and_a_filter_in_the_list_and_the_api(client_for, api_client_for, editor, desk):
    listing = client_for(editor).get(reverse("admin:claims_claim_changelist") + "?awaiting_approval=yes")
    html = listing.content.decode()
    assert [c.pk for c in listing.context["cl"].result_list] == [desk.awaiting.pk]
    assert "claim-badge--awaiting" in html
    api = api_client_for(editor)
    assert [c["id"] for c in api.get("/api/v1/claims/", {"awaiting_approval": "true"}).json()["results"]] == [desk.awaiting.pk]
    others = {c["id"] for c in api.get("/api/v1/claims/", {"awaiting_approval": "false"}).json()["results"]}
    assert others == {desk.published.pk, desk.in_review.pk, desk.unreviewed.pk}


def test_the_approval_panel_shows_rationale_evidence_and_author_beside_the_buttons(client_for, editor, desk):
    html = client_for(editor).get(reverse("admin:claims_claim_change", args=[desk.awaiting.pk])).content.decode()
    panel = html.split('id="workflow"')[1].split("</section>")[0]
    assert "The council&#x27;s budget shows 9 percent, not 12." in panel
    assert 'href="https://council.example/budget-2025"' in panel
    assert "rita_reviewer" in panel
    assert 'value="Approve verdict"' in panel and "Reopen" in panel
    # The paragraph the claim stands in is on the same page, above the panel.
    assert "Ticket prices rose by 12 percent last year</mark>, according to the council." in html


def test_history_shows_the_review_steps(client_for, viewer, desk):
    html = client_for(viewer).get(reverse("admin:claims_claim_history", args=[desk.published.pk])).content.decode()
    history = html.split('id="review-history"')[1]
    for step in ("Started review", "Gave verdict", "Approved"):
        assert step in history
    assert "https://ferry.example/spec" in history
    assert "doesn’t have a change history" not in html


def test_export_selected_gives_verdict_rationale_evidence_and_people(client_for, viewer, desk):
    response = client_for(viewer).post(
        reverse("admin:claims_claim_changelist"),
        {"action": "export_csv", "_selected_action": [desk.published.pk, desk.in_review.pk], "index": 0},
    )
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")  # spreadsheets then read it as UTF-8
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert [int(r["id"]) for r in rows] == sorted([desk.published.pk, desk.in_review.pk])
    published = next(r for r in rows if int(r["id"]) == desk.published.pk)
    assert published["rationale"].startswith("The operator's")
    assert published["evidence_urls"] == "https://ferry.example/spec https://harbour.example/minutes"
    assert (published["verdict_by"], published["approved_by"]) == ("rita_reviewer", "eddie_editor")
    assert published["published_at"]


def test_the_figure_page_draws_its_values_with_disputed_ones_marked(client_for, viewer, db):
    figure = a_disputed_figure()
    assert figure.status == Figure.Status.DISPUTED
    html = client_for(viewer).get(reverse("admin:claims_figure_change", args=[figure.pk])).content.decode()
    svg = html.split('<figure class="figure-chart">')[1].split("</svg>")[0]
    assert svg.count('<a href="/admin/claims/claim/') == 3  # each value links to its claim
    assert "figure-point--disputed" in svg
    for outlet in ("Coast Radio", "Daily B", "Hill Times"):
        assert outlet in svg


def test_the_api_is_browsable_for_a_logged_in_person_and_json_for_everyone_else(client_for, api_client_for, viewer, desk):
    html = client_for(viewer).get("/api/v1/claims/", HTTP_ACCEPT="text/html")
    assert html.status_code == 200 and html["Content-Type"].startswith("text/html")
    assert client_for(viewer).get("/api/v1/claims/")["Content-Type"] == "application/json"
    token = api_client_for(viewer).get("/api/v1/claims/", HTTP_ACCEPT="text/html,*/*")
    assert token["Content-Type"] == "application/json"


def test_the_docs_come_from_our_static_files(client_for, viewer):
    client = client_for(viewer)
    for url in ("/api/docs/", "/api/redoc/"):
        html = client.get(url).content.decode()
        assert "cdn." not in html and "googleapis" not in html and "/static/drf_spectacular_sidecar/" in html


def test_start_review_and_approve_from_the_panel_still_go_through_the_services(client_for, editor, desk):
    services.claim_approve(claim_id=desk.awaiting.pk, actor=editor)
    html = client_for(editor).get(reverse("admin:claims_claim_change", args=[desk.awaiting.pk])).content.decode()
    assert "claim-badge--awaiting" not in html and "Approved by eddie_editor" in html


def test_the_dashboard_costs_the_same_queries_for_one_claim_or_many(client_for, editor, reviewer, django_assert_max_num_queries):
    a_days_work(reviewer, editor)
    for n in range(12):
        claim = numbered_article(n).claims.get()
        decide(claim, reviewer, rationale=f"Checked against district {n}'s register.", evidence=[f"https://register.example/{n}"])
    client = client_for(editor)
    client.get(reverse("admin:index"))  # warm the session and content types
    # One bounded count per status (reviews.dashboard._count), the sections, the session.
    with django_assert_max_num_queries(18):
        html = client.get(reverse("admin:index")).content.decode()
    # "View site" leads to the public fact-checks.
    assert '<a href="/">View site</a>' in html
