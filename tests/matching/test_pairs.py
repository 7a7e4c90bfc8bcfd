"""Which similarity decides "the same statement": measured on the labelled pairs in pairs.json.

Run with -s to see the table of precision and recall per method and threshold."""

import pytest
from django.db import connection

from claims.matching.rules import same_claim
from claims.matching.similarity import STATEMENT_THRESHOLD, statement_similarity, trigram_similarity
from tests.matching.pairs import load_pairs, score
from tests.matching.similarities import SIMILARITIES

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
CHOSEN = "trigram+containment"


@pytest.fixture(scope="module")
def pairs():
    return load_pairs()


def _pg_similarity(a: str, b: str) -> float:
    with connection.cursor() as cursor:
        cursor.execute("SELECT similarity(%s, %s)", [a, b])
        return cursor.fetchone()[0]


def table(pairs, methods):
    rows = {}
    for name, similarity in methods.items():
        cache = {}

        def cached(a, b, similarity=similarity, cache=cache):
            if (a, b) not in cache:
                cache[a, b] = similarity(a, b)
            return cache[a, b]

        for threshold in THRESHOLDS:
            rows[name, threshold] = score(pairs, lambda p: same_claim(p.a, p.b, similarity=cached, threshold=threshold))
    print(f"\n{'method':22} {'threshold':>9} {'precision':>9} {'recall':>7} {'F1':>5}  wrong")
    for (name, threshold), (s, wrong) in rows.items():
        print(f"{name:22} {threshold:9.1f} {s.precision:9.2f} {s.recall:7.2f} {s.f1:5.2f}  {', '.join(wrong)}")
    return rows


def test_the_labelled_set_has_hard_negatives_of_each_kind(pairs):
    assert len(pairs) >= 50
    assert sum(p.same for p in pairs) >= 20 and sum(not p.same for p in pairs) >= 20
    same_speaker_negatives = [p for p in pairs if not p.same and p.a.speaker and p.a.speaker == p.b.speaker]
    assert len(same_speaker_negatives) >= 10


def test_the_chosen_method_has_the_best_f1_and_meets_the_floor(pairs):
    rows = table(pairs, SIMILARITIES)
    chosen, _ = rows[CHOSEN, STATEMENT_THRESHOLD]
    assert chosen.precision >= 0.95
    assert chosen.recall >= 0.9
    assert chosen.f1 >= max(s.f1 for s, _ in rows.values())


@pytest.mark.django_db
def test_pg_trgm_in_the_database_scores_as_the_python_trigram_does(pairs):
    """The matcher decides in Python on every database, so the Python trigram must be pg_trgm's."""
    for pair in pairs:
        a, b = pair.a.statement, pair.b.statement
        assert trigram_similarity(a, b) == pytest.approx(_pg_similarity(a, b), abs=1e-6), pair.id
    rows = table(pairs, {"pg_trgm similarity()": _pg_similarity})
    python_rows = table(pairs, {"trigram": trigram_similarity})
    for threshold in THRESHOLDS:
        assert rows["pg_trgm similarity()", threshold][0] == python_rows["trigram", threshold][0]


def test_containment_catches_a_trimmed_quote_but_not_a_short_one():
    full = "This may be the worst natural disaster in recorded history, because it affected so many countries"
    assert statement_similarity("may be the worst natural disaster in recorded history", full) == 1.0
    assert statement_similarity("the worst natural disaster", full) < STATEMENT_THRESHOLD
