"""The article page: the body with every claim highlighted (escaped), its claims,
the extraction status, and "Re-run extraction"."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from claims.models import Article
from reviews import services

from .conftest import ingest

pytestmark = pytest.mark.django_db

BODY = (
    'The council met on Monday.\n'
    '"<script>alert(1)</script> 300 jobs will go," the mayor said.\n'
    'Unions said 12 branches would close by <i>June</i>.'
)


@pytest.fixture
def article(db):
    return ingest(
        title="Cuts <em>announced</em>",
        body=BODY,
        claims=[
            {"sentence": "<script>alert(1)</script> 300 jobs will go", "speaker": "The Mayor", "number": "300"},
            {"sentence": "Unions said 12 branches would close by <i>June</i>", "number": "12"},
        ],
    )


def test_every_claim_is_highlighted_and_everything_escaped(client_for, viewer, article):
    html = client_for(viewer).get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    body = html.split('class="article-body"')[1].split("</div>")[0]

    # Each claim by its kind: the mayor's words with a number, and a bare number.
    assert body.count('<mark class="claim-hl claim-hl--both"') == 1
    assert body.count('<mark class="claim-hl claim-hl--numeric"') == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt; 300 jobs will go</mark>" in body
    assert "close by &lt;i&gt;June&lt;/i&gt;</mark>" in body
    assert "<script>alert" not in html and "<i>June" not in html and "<em>announced" not in html
    for claim in article.claims.all():
        assert reverse("admin:claims_claim_change", args=[claim.pk]) in body
    # Claims inline with their status, and the extraction status.
    assert html.count("claim-badge--unreviewed") == 2
    assert "Done" in html


def test_the_claim_table_links_each_statement(client_for, viewer, article):
    html = client_for(viewer).get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    table = html.split('id="claims-group"')[1]
    for claim in article.claims.all():
        # (That it is shown once, not also as the row's title, is checked in the browser:
        # tests/browser/test_workbench.py.)
        assert f'<a href="{reverse("admin:claims_claim_change", args=[claim.pk])}" class="claim-hl-link">' in table


def test_rerun_extraction_is_offered_to_editors_only(client_for, reviewer, editor, article):
    url = reverse("admin:claims_article_change", args=[article.pk])
    assert "Re-run extraction" not in client_for(reviewer).get(url).content.decode()
    assert "Re-run extraction" in client_for(editor).get(url).content.decode()
    response = client_for(reviewer).post(reverse("admin:claims_article_extract", args=[article.pk]))
    assert response.status_code == 403


def test_rerun_extraction_keeps_reviewed_claims_and_reports_the_outcome(client_for, editor, reviewer, article, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True  # no broker: the admin runs the service itself
    reviewed = article.claims.order_by("start").first()
    services.claim_start_review(claim_id=reviewed.pk, actor=reviewer)

    response = client_for(editor).post(reverse("admin:claims_article_extract", args=[article.pk]))

    assert response.status_code == 302
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    article.refresh_from_db()
    # Whatever the extractor finds today, the reviewed claim survives and the outcome is reported.
    assert article.claims.filter(pk=reviewed.pk).exists()
    if article.extraction_status == Article.ExtractionStatus.DONE:
        assert message.startswith(f"Article {article.pk}: extracted")
    else:
        assert article.extraction_status == Article.ExtractionStatus.FAILED
        assert article.extraction_error
        assert message.startswith(f"Article {article.pk}: extraction failed")
        html = client_for(editor).get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
        assert "Failed" in html


def test_rerun_extraction_list_action(client_for, editor, reviewer, article, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    changelist = reverse("admin:claims_article_changelist")
    names = {n for n, _ in client_for(editor).get(changelist).context["action_form"].fields["action"].choices}
    assert "rerun_extraction" in names
    assert client_for(reviewer).get(changelist).context["action_form"] is None

    response = client_for(editor).post(changelist, {"action": "rerun_extraction", "_selected_action": [article.pk], "index": 0})
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)][0].startswith(f"Article {article.pk}: extract")
