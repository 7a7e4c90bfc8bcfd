"""claims.pipeline: what follows storing (extract, enrich, match) and where it runs,
decided once for the command, the API, the admin and the tasks."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from claims import pipeline
from claims.models import Article, Claim
from claims.services import ArticleInput, CleanArticle, article_input_clean

pytestmark = pytest.mark.django_db

# Two reports of one flood, written for these tests: the same quoted words in both.
FIRST = (
    "Flooding closed the ring road on Tuesday. \"We have never seen the river this high in forty years,\" "
    "said Marta Olszewska, the district's flood warden. Crews pumped 3,400 litres a minute from the tunnel."
)
SECOND = (
    "The ring road stayed shut on Wednesday. \"We have never seen the river this high in forty years,\" "
    "said Marta Olszewska, who leads the district's flood team. Volunteers filled 900 sandbags overnight."
)


def test_the_command_path_stores_enriches_and_matches_in_one_call(db):
    first = pipeline.article_ingest(data=ArticleInput(body=FIRST, title="Flood day one"))
    second = pipeline.article_ingest(data=ArticleInput(body=SECOND, title="Flood day two"))

    for result in (first, second):
        article = Article.objects.get(pk=result.article.pk)
        assert article.extraction_status == "done" and article.matched_at is not None
        assert not article.claims.filter(embedding__isnull=True).exists(), "every claim is embedded"
        scores = list(article.claims.values_list("checkworthiness", flat=True))
        assert scores and all(0 <= s <= 1 for s in scores), "and scored for check-worthiness"
    quote = Claim.objects.filter(article=second.article, content__startswith="We have never seen").get()
    assert quote.group_id is not None and second.grouped >= 1


def test_input_is_validated_once(db):
    clean = article_input_clean(ArticleInput(body="  A body.  ", title="  Title  "))
    assert isinstance(clean, CleanArticle) and clean.title == "Title"
    assert article_input_clean(clean) is clean, "a CleanArticle is never validated again"


def test_a_duplicate_is_found_before_it_is_parsed(db):
    pipeline.article_ingest(data=ArticleInput(body=FIRST))
    clean, duplicate = pipeline.article_screen(ArticleInput(body=FIRST))
    assert duplicate is not None and not duplicate.created and duplicate.duplicate_reason == "same text"


def test_submission_without_a_broker_runs_every_stage_after_the_commit(db, settings, django_capture_on_commit_callbacks):
    from factcheck.celery import app

    # The demo's in-process mode; the settings' CELERY_ namespace is where Celery looks first.
    before = app.conf.CELERY_TASK_ALWAYS_EAGER
    app.conf.CELERY_TASK_ALWAYS_EAGER = True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            result = pipeline.article_submit(data=ArticleInput(body=FIRST))
    finally:
        app.conf.CELERY_TASK_ALWAYS_EAGER = before
    article = Article.objects.get(pk=result.article.pk)
    assert result.created and article.extraction_status == "done"
    assert article.matched_at is not None and article.claims.exists()


def test_the_admin_rerun_matches_again(db, settings, editor, client):
    settings.CELERY_TASK_ALWAYS_EAGER = True  # no broker: the re-run happens in the request
    first = pipeline.article_ingest(data=ArticleInput(body=FIRST)).article
    second = pipeline.article_ingest(data=ArticleInput(body=SECOND)).article
    # Matching's derived links are dropped, as a new extractor would leave them.
    Claim.objects.filter(article__in=[first, second]).update(group=None)
    Article.objects.filter(pk=second.pk).update(matched_at=None)

    client.force_login(editor)
    response = client.post(reverse("admin:claims_article_extract", args=[second.pk]))

    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert "matched again" in message
    second.refresh_from_db()
    assert second.matched_at is not None
    quote = Claim.objects.filter(article=second, content__startswith="We have never seen").get()
    assert quote.group_id is not None


def test_services_never_import_tasks():
    import ast
    import pathlib

    for module in ("claims/services.py", "claims/stages.py", "reviews/services.py"):
        tree = ast.parse(pathlib.Path(module).read_text())
        imported = {
            (node.module or "") + "." + alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert not any("tasks" in name or "pipeline" in name for name in imported), module
