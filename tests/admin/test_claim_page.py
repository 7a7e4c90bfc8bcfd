"""The claim page: the statement in its paragraph (escaped), the workflow panel,
and editors' corrections, which land in the history through claim_correct."""

from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from claims.models import Claim, ClaimStatus
from reviews import services
from reviews.models import ReviewEvent
from tests.factories import SpeakerFactory

from .conftest import form_data, ingest, numbered_article

pytestmark = pytest.mark.django_db


def page_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def workflow_url(claim):
    return reverse("admin:claims_claim_workflow", args=[claim.pk])


def texts(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def claim(db):
    return numbered_article(1, speaker="Maria Lopez").claims.get()


def test_the_statement_is_highlighted_in_its_paragraph_and_escaped(client_for, viewer):
    body = 'Intro line.\n"<img src=x onerror=alert(1)> 40 schools closed," Ana <b>Ruiz</b> said. Then more.\nNext paragraph.'
    sentence = '<img src=x onerror=alert(1)> 40 schools closed'
    claim = ingest(title="T", body=body, claims=[{"sentence": sentence, "speaker": "Ana Ruiz", "number": "40"}]).claims.get()

    html = client_for(viewer).get(page_url(claim)).content.decode()

    assert '<mark class="claim-hl" title="The statement">&lt;img src=x onerror=alert(1)&gt; 40 schools closed</mark>' in html
    assert "Ana &lt;b&gt;Ruiz&lt;/b&gt; said" in html  # the rest of the paragraph, escaped
    assert "Next paragraph" not in html.split('class="claim-context"')[1].split("</div>")[0]
    assert "<img src=x" not in html and "<b>Ruiz" not in html


def test_the_reviewer_sees_facts_panel_and_read_only_fields(client_for, reviewer, claim):
    html = client_for(reviewer).get(page_url(claim)).content.decode()
    assert "Maria Lopez" in html and "1001" in html
    assert "Start review (assign to me)" in html
    assert "Approve verdict" not in html and 'name="reason"' not in html
    # Read-only for a reviewer: no inputs for the extracted fields, no save button.
    assert 'name="cue"' not in html and 'name="quantities-0-value"' not in html and 'name="_save"' not in html


def test_the_workflow_panel_runs_the_services(client_for, reviewer, editor, claim):
    client = client_for(reviewer)
    response = client.post(workflow_url(claim), {"op": "start", "version": claim.version})
    assert response.status_code == 302 and response.url == page_url(claim)
    assert texts(response) == [f"Claim #{claim.pk}: review started; it is assigned to you."]

    html = client.get(page_url(claim)).content.decode()
    assert 'name="verdict-rationale"' in html and "Submit verdict" in html
    claim.refresh_from_db()
    response = client.post(
        workflow_url(claim),
        {
            "op": "verdict",
            "version": claim.version,
            "verdict": "disputed",
            "verdict-rationale": "The ministry's own figures say 800.",
            "evidence-TOTAL_FORMS": "3",
            "evidence-0-url": "https://ministry.example/figures",
            "evidence-0-note": "Table 2",
            "evidence-1-url": "",
            "evidence-1-note": "",
        },
    )
    claim.refresh_from_db()
    assert (claim.status, claim.verdict_by) == ("disputed", reviewer)
    html = client.get(page_url(claim)).content.decode()
    # Evidence and history, read-only, on the page.
    assert "https://ministry.example/figures" in html and "The ministry&#x27;s own figures say 800." in html

    editor_client = client_for(editor)
    assert "Approve verdict" in editor_client.get(page_url(claim)).content.decode()
    editor_client.post(workflow_url(claim), {"op": "approve", "version": claim.version})
    assert Claim.objects.get(pk=claim.pk).is_published


def test_a_refused_step_is_a_coded_message_and_keeps_what_was_typed(client_for, reviewer, claim):
    client = client_for(reviewer)
    services.claim_start_review(claim_id=claim.pk, actor=reviewer)
    claim.refresh_from_db()

    response = client.post(
        workflow_url(claim),
        {"op": "verdict", "version": claim.version, "verdict": "verified", "verdict-rationale": "Checked it myself.",
         "evidence-TOTAL_FORMS": "3"},
    )

    assert texts(response) == [
        f"Claim #{claim.pk}: A verified verdict needs at least one piece of evidence (a source URL). [evidence_required]"
    ]
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_REVIEW
    assert "Checked it myself." in client.get(page_url(claim)).content.decode()


def test_a_page_older_than_the_claim_is_refused(client_for, reviewer, other_reviewer, claim):
    shown_version = claim.version
    services.claim_start_review(claim_id=claim.pk, actor=other_reviewer)

    response = client_for(reviewer).post(workflow_url(claim), {"op": "start", "version": shown_version})

    [message] = texts(response)
    assert message.endswith("[stale_version]")


def test_an_editor_corrects_extracted_fields_and_it_goes_into_history(client_for, editor, claim):
    client = client_for(editor)
    new_speaker = SpeakerFactory(name="Carlos Ruiz")
    data = form_data(client.get(page_url(claim)).content.decode(), "claim_form")
    assert data["cue"] == "said" and data["quantities-0-value"].startswith("1001")
    data.update({"speaker": str(new_speaker.pk), "cue": "claimed", "quantities-0-value": "1100", "_save": "Save"})

    response = client.post(page_url(claim), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    claim.refresh_from_db()
    assert (claim.speaker, claim.cue, claim.version) == (new_speaker, "claimed", 2)
    assert claim.quantities.get().value == Decimal("1100")
    [event] = ReviewEvent.objects.filter(claim=claim)
    assert (event.action, event.actor) == ("correct", editor)
    quantity_id = claim.quantities.get().pk
    assert event.changes == {
        "speaker": ["Maria Lopez", "Carlos Ruiz"],
        "cue": ["said", "claimed"],
        f"quantity {quantity_id} value": ["1001.000000", "1100"],
    }


def test_status_and_assignee_are_never_form_fields(client_for, editor, reviewer, claim):
    client = client_for(editor)
    data = form_data(client.get(page_url(claim)).content.decode(), "claim_form")
    assert not {"status", "assignee", "verdict_by", "approved_by", "published_at", "text"} & set(data)

    data.update({"status": "verified", "assignee": str(reviewer.pk), "_save": "Save"})
    client.post(page_url(claim), data)

    claim.refresh_from_db()
    assert (claim.status, claim.assignee, claim.version) == (ClaimStatus.UNREVIEWED, None, 1)
    assert not ReviewEvent.objects.filter(claim=claim).exists()


def test_a_reviewer_cannot_post_corrections(client_for, reviewer, claim):
    response = client_for(reviewer).post(page_url(claim), {"cue": "claimed", "_save": "Save"})
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).cue == "said"


def test_numbers_read_as_written_not_padded_to_six_decimals(client_for, viewer, editor, claim):
    value = claim.quantities.get().value
    shown = f"{value.normalize():f}"
    padded = f"{value:.6f}"
    viewer_page = client_for(viewer).get(page_url(claim)).content.decode()
    assert f">{shown}<" in viewer_page.replace("\n", "").replace(" ", "") and padded not in viewer_page
    editor_page = client_for(editor).get(page_url(claim)).content.decode()
    assert f'value="{shown}"' in editor_page and padded not in editor_page
