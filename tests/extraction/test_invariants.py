"""The output contract, checked on every dev article and on our own annotated
articles, plus the seed figures the product relies on."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from claims import extraction
from claims.extraction.types import QUALIFIERS, SPEAKER_KINDS

HERE = Path(__file__).resolve().parent
MAIN = HERE.parent.parent
ARTICLES = sorted((MAIN.parent / "shared" / "eval" / "dev").glob("*.txt")) + sorted((HERE / "gold").glob("*.txt")) \
    + sorted((MAIN / "seeds").glob("*.txt"))


def check_invariants(body: str, claims: list) -> None:
    spans = set()
    for c in claims:
        assert c.text == body[c.start:c.end]
        assert 0 <= c.start < c.end <= len(body)
        assert (c.start, c.end) not in spans, f"two claims on {c.start, c.end}"
        spans.add((c.start, c.end))
        assert c.quantities or c.attribution is not None
        for q in c.quantities:
            assert q.text == body[q.start:q.end]
            assert c.start <= q.start and q.end <= c.end
            assert isinstance(q.value, Decimal)
            assert q.qualifier in QUALIFIERS
        a = c.attribution
        if a is not None:
            assert a.content == body[a.content_start:a.content_end]
            assert c.start <= a.content_start and a.content_end <= c.end
            assert a.speaker_kind in SPEAKER_KINDS
            assert a.speaker.strip() and a.speaker == a.speaker.strip()
            assert a.speaker.lower() not in ("he", "she", "it", "they"), "pronoun speaker"


def test_there_are_articles():
    assert len(ARTICLES) >= 8


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_invariants_on_articles(path):
    body = path.read_text(encoding="utf-8")
    check_invariants(body, extraction.extract(body))


def test_extract_many_keeps_order_and_matches_extract():
    bodies = [p.read_text(encoding="utf-8") for p in ARTICLES[:3]]
    many = extraction.extract_many(bodies)
    assert len(many) == 3
    for body, claims in zip(bodies, many):
        assert claims == extraction.extract(body)


@pytest.mark.parametrize(
    "body",
    [
        "",
        "   \n\n  ",
        "No numbers or quotes here.",
        '"',
        "“Unclosed quote that never ends",
        "He said.",
        "$ % £ 5",
        "One. Two. 3.",
        "x" * 5000,
    ],
)
def test_invariants_on_odd_input(body):
    check_invariants(body, extraction.extract(body))


def test_seed_article_figures():
    body = (MAIN / "seeds" / "gaza-hostage-talks.txt").read_text(encoding="utf-8")
    found = {(q.text, q.subject.split()[-1] if q.subject else "", q.qualifier)
             for c in extraction.extract(body) for q in c.quantities}
    assert ("128", "hostages", "exact") in found
    assert ("105", "captives", "exact") in found
    assert ("20,000", "toll", "more_than") in found


def test_claim_with_attribution_and_quantity():
    body = "The island nation believes that there are still 46 sailors missing at sea."
    (claim,) = extraction.extract(body)
    assert claim.attribution is not None and claim.attribution.speaker == "the island nation"
    assert [q.value for q in claim.quantities] == [Decimal(46)]


def test_version_and_model_setting():
    assert isinstance(extraction.EXTRACTOR_VERSION, str) and extraction.EXTRACTOR_VERSION
    extraction.set_model_name("")  # the default, loaded lazily
    assert extraction.extract("Profits rose 5%.")[0].quantities[0].value == Decimal(5)
