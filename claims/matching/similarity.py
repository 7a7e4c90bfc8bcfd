"""Whether two texts make the same statement: pg_trgm's trigram similarity, computed in
Python so every database decides alike, and containment for a quote one outlet trimmed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# Chosen on tests/matching/pairs.json (tests/matching/test_pairs.py prints the table):
# trigram similarity with containment at 0.7 had the best F1 of the methods and
# thresholds compared; below 0.7 one-word substitutions ("income tax" / "national
# insurance") match, above it reworded translations stop matching. The project's sentence-embedding
# model, compared there too, scores F1 0.94 at best (cosine 0.8) against 0.98: grouping stays on
# trigrams, which also need no model in the matching path.
STATEMENT_THRESHOLD = 0.7

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def trigrams(text: str) -> set[str]:
    """The trigrams pg_trgm takes from a text: each lowercased word padded with two spaces before, one after."""
    return _trigrams_of(words(text))


def _trigrams_of(text_words: Sequence[str]) -> set[str]:
    grams: set[str] = set()
    for word in text_words:
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def trigram_similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(a, b) in Python: shared trigrams over all trigrams."""
    return _jaccard(trigrams(a), trigrams(b))


def _jaccard(ta: set[str], tb: set[str]) -> float:
    if not ta or not tb:
        return 0.0
    shared = len(ta & tb)
    return shared / (len(ta) + len(tb) - shared)


# A quote trimmed by one outlet is still the quote, when enough of it is left.
MIN_CONTAINED_WORDS = 6


def contained(a: str, b: str) -> bool:
    """Whether the shorter text's words (at least MIN_CONTAINED_WORDS) appear in order, unbroken, in the longer."""
    return _words_contained(words(a), words(b))


def _words_contained(wa: Sequence[str], wb: Sequence[str]) -> bool:
    return _joined_contained(f" {' '.join(wa)} ", len(wa), f" {' '.join(wb)} ", len(wb))


def _joined_contained(joined_a: str, count_a: int, joined_b: str, count_b: int) -> bool:
    """contained() for texts whose words are already joined with a space at each end, and counted."""
    if min(count_a, count_b) < MIN_CONTAINED_WORDS:
        return False
    return joined_a in joined_b if count_a <= count_b else joined_b in joined_a


def statement_similarity(a: str, b: str) -> float:
    """Trigram similarity, or 1 when one text is a trimmed copy of the other."""
    return 1.0 if contained(a, b) else trigram_similarity(a, b)


# Texts whose words and trigrams statement_score keeps: a statement is compared with its speaker's
# recent claims, and the same claims come back with each article of that speaker. About 10 kB each.
_CACHED_TEXTS = 4096


@lru_cache(maxsize=_CACHED_TEXTS)
def _parts(text: str) -> tuple[str, int, frozenset[str]]:
    """A text's words joined (with a space at each end, for contained()), how many, and its trigrams."""
    text_words = words(text)
    return f" {' '.join(text_words)} ", len(text_words), frozenset(_trigrams_of(text_words))


def statement_score(a: str, b: str, threshold: float) -> float | None:
    """statement_similarity(a, b) when it is at least `threshold` (> 0), else None, with each
    text's words and trigrams worked out once per process: matching compares one article's
    statements with many candidates, most of them below the threshold, and the same candidates
    recur from article to article."""
    (joined_a, count_a, grams_a), (joined_b, count_b, grams_b) = _parts(a), _parts(b)
    if _joined_contained(joined_a, count_a, joined_b, count_b):
        return 1.0
    smaller, larger = sorted((len(grams_a), len(grams_b)))
    # Shared trigrams are at most the smaller set, all of them at least the larger: below
    # the threshold by their sizes alone, two texts need not be intersected.
    if not smaller or smaller / larger < threshold:
        return None
    score = _jaccard(grams_a, grams_b)
    return score if score >= threshold else None
