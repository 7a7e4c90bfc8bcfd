"""Okapi BM25 over words, to re-rank the embedding's nearest candidates.

Sentence embeddings find a claim said in other words; they blur the names and
numbers that tell two similar claims apart ("Obama released 122 detainees" vs
"Bush released 532"). The shared rare words settle that, so the final score adds
a BM25 score of the query's words against each candidate's text. The document
frequencies are kept up to date as rows are added to the index; k1 and b are settings
(FACTCHECK_BM25_K1, FACTCHECK_BM25_B), passed in by the caller.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Links and picture links in social posts carry no words of the claim.
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+", re.IGNORECASE)
# A hashtag or a handle is words run together: "#SaveTheHarbourBaths", "@CityHallNewsDesk".
_TAG = re.compile(r"[#@](\w+)")
_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Function words: frequent enough that BM25 gives them ~0, listed so the index stays small.
STOP_WORDS = frozenset(
    "a an and are as at be been but by for from had has have he her his i in is it its of on or "
    "our she so that the their them they this to was we were what which who will with you your".split()
)


def words(text: str) -> list[str]:
    """The words BM25 compares: lower case, no links, no function words, hashtags and handles
    split where their capitals join words (on the CheckThat! queries, MAP@5 train 0.907 -> 0.914,
    dev 0.892 -> 0.901)."""
    text = _TAG.sub(lambda tag: " ".join(_CAMEL_JOIN.split(tag.group(1))), _LINK.sub(" ", text))
    return [w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]


class Bm25:
    """Document frequencies of a growing collection, and BM25 scores against it."""

    def __init__(self):
        self.df: Counter[str] = Counter()
        self.docs = 0
        self.total_length = 0

    def add(self, tokens: list[str]) -> None:
        self.df.update(set(tokens))
        self.docs += 1
        self.total_length += len(tokens)

    def remove(self, tokens: list[str]) -> None:
        self.df.subtract(set(tokens))
        self.docs -= 1
        self.total_length -= len(tokens)

    def idf(self, word: str) -> float:
        n = self.df.get(word, 0)
        return math.log(1 + (self.docs - n + 0.5) / (n + 0.5))

    def scores(self, query: list[str], documents: list[list[str]], *, k1: float, b: float) -> list[float]:
        """Okapi BM25 of the query's distinct words against each document: k1 is where a word's
        repeats stop counting, b how much a long document is discounted."""
        if not self.docs:
            return [0.0] * len(documents)
        average = self.total_length / self.docs
        idf = {word: self.idf(word) for word in set(query)}
        totals = []
        for document in documents:
            counts = Counter(document)
            norm = k1 * (1 - b + b * len(document) / average)
            total = 0.0
            for word, weight in idf.items():
                tf = counts.get(word)
                if tf:
                    total += weight * tf * (k1 + 1) / (tf + norm)
            totals.append(total)
        return totals
