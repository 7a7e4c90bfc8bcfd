"""ingest_articles: every input kind, idempotence, and bad input that loses nothing."""

import http.server
import io
import json
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.models import Article, Claim, Quantity

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GOOD_TEXT = (
    "Flood waters force thousands from homes\n\n"
    "More than 2,000 people were evacuated from the river town on Sunday, the regional governor, "
    "Maria Lopez, said. \"We have never seen water this high,\" Lopez told reporters.\n"
)


def ingest(*args, stdin=None):
    """Run the command; return (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("ingest_articles", *args, stdout=out, stderr=err, stdin=io.StringIO(stdin or ""))
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_seed_yields_its_three_headline_figures_with_subjects():
    code, out, _ = ingest(str(SEEDS))
    assert code == 0
    assert out.strip().startswith("1 new, 0 duplicate, 0 failed")
    quantities = Quantity.objects.all()
    hostages = quantities.get(value=Decimal(128))
    freed = quantities.get(value=Decimal(105))
    toll = quantities.get(value=Decimal(20000))
    assert hostages.subject.endswith("hostages")
    assert freed.subject.endswith("captives")
    assert toll.subject.endswith("death toll") and toll.qualifier == "more_than"
    body = Article.objects.get().body
    for q in (hostages, freed, toll):
        assert body[q.start : q.end] == q.text
        assert q.claim.start <= q.start and q.end <= q.claim.end


@pytest.mark.django_db
def test_ingesting_the_same_folder_twice_leaves_one_article():
    ingest(str(SEEDS))
    claims_before = Claim.objects.count()
    code, out, _ = ingest(str(SEEDS))
    assert code == 0
    assert out.strip() == "0 new, 1 duplicate, 0 failed, 0 claims found"
    assert Article.objects.count() == 1
    assert Claim.objects.count() == claims_before


@pytest.mark.django_db
def test_bad_files_are_named_with_their_reason_and_the_good_ones_go_in(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"title": "Second", "url": "https://news.example.org/b", "body": "Prices rose 3% in May, officials said."})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.json").write_text('{"title": "x", "body": ', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)))
    code, out, err = ingest(str(tmp_path))
    assert code == 1
    assert out.strip().startswith("2 new, 0 duplicate, 3 failed")
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert any("broken.json" in line and "invalid JSON" in line for line in lines)
    assert any("empty.txt" in line and "empty file" in line for line in lines)
    assert any("photo.jpg" in line and "not UTF-8 text" in line for line in lines)
    assert "Traceback" not in err
    assert set(Article.objects.values_list("title", flat=True)) == {"Flood waters force thousands from homes", "Second"}


@pytest.mark.django_db
def test_json_records_keep_their_metadata(tmp_path):
    records = [
        {
            "title": "Budget vote",
            "url": "https://news.example.org/budget",
            "outlet": "Example Times",
            "author": "A. Writer",
            "published_at": "2024-03-01T10:00:00Z",
            "body": "The finance minister, Tom Reed, said the deficit would fall to £40bn next year.",
        },
        {"title": "No body here"},
        {"title": 7, "body": "Numbers as titles are refused."},
    ]
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    code, out, err = ingest(str(path))
    assert code == 1
    article = Article.objects.get()
    assert (article.title, article.url, article.outlet, article.author) == (
        "Budget vote",
        "https://news.example.org/budget",
        "Example Times",
        "A. Writer",
    )
    assert article.published_at.isoformat() == "2024-03-01T10:00:00+00:00"
    assert 'articles.json[2]: missing "body"' in err
    assert 'articles.json[3]: "title" must be a string' in err


@pytest.mark.django_db
def test_html_file_goes_through_trafilatura(tmp_path):
    page = f"""<html><head><title>Storm hits coast</title>
    <meta name="author" content="Kim Park"><meta property="og:site_name" content="Coast News"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Storm hits coast</h1>
    <p>{"At least 12 people died when the storm reached the coast on Tuesday, police said. " * 2}</p>
    <p>"The damage is enormous," said the mayor, Ana Silva, who estimated repairs at $5m.</p>
    </article><footer>Copyright</footer></body></html>"""
    (tmp_path / "storm.html").write_text(page, encoding="utf-8")
    code, _, err = ingest(str(tmp_path / "storm.html"))
    assert code == 0, err
    article = Article.objects.get()
    assert article.title == "Storm hits coast"
    assert "At least 12 people died" in article.body
    assert "Home | World" not in article.body
    assert Quantity.objects.filter(value=12, qualifier="at_least").exists()


@pytest.mark.django_db
def test_stdin_plain_text():
    code, out, _ = ingest("-", stdin=GOOD_TEXT)
    assert code == 0
    assert Article.objects.get().body == GOOD_TEXT


@pytest.fixture
def local_site(tmp_path, settings):
    """A real HTTP server on loopback serving tmp_path (loopback is refused unless named)."""
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    handler = lambda *a, **kw: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **kw)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.django_db
def test_urls_are_downloaded_and_a_dead_link_is_reported(local_site):
    folder, base = local_site
    (folder / "story.html").write_text(
        "<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
        + "<p>Dock workers accepted a 6% pay rise on Friday, ending a strike that lasted nine days, the union said.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    code, out, err = ingest(f"{base}/story.html", f"{base}/missing.html")
    assert code == 1
    article = Article.objects.get()
    assert article.url == f"{base}/story.html"
    assert "Dock workers accepted a 6% pay rise" in article.body
    assert f"{base}/missing.html: {base}/missing.html answered HTTP 404" in err


@pytest.mark.django_db
def test_a_missing_path_is_a_failure_not_a_crash(tmp_path):
    code, _, err = ingest(str(tmp_path / "nope.txt"))
    assert code == 1
    assert "nope.txt: no such file or directory" in err


def test_an_html_page_keeps_its_time_of_day(db, tmp_path):
    page = tmp_path / "harbour.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2026-03-02T14:05:00Z">'
        "<title>Harbour plan approved</title></head><body><article><p>"
        + "The council approved the harbour plan on Monday after a long debate about its cost. " * 4
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    call_command("ingest_articles", str(page), stdout=io.StringIO())
    published = Article.objects.get().published_at
    assert (published.hour, published.minute, published.utcoffset().total_seconds()) == (14, 5, 0)
