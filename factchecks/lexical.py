"""Okapi BM25 over words, to re-rank the embedding's nearest candidates.

Sentence embeddings find a claim said in other words; they blur the names and
numbers that tell two similar claims apart ("Obama released 122 detainees" vs
"Bush released 532"). The shared rare words settle that, so the final score adds
a BM25 score of the query's words against each candidate's text. The document
frequencies are kept up to date as rows are added to the index.
"""

from __future__ import annotations

import math
import re
from collections import Counter

K1 = 1.2
B = 0.75
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Links and picture links in social posts carry no words of the claim.
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+", re.IGNORECASE)
# Function words: frequent enough that BM25 gives them ~0, listed so the index stays small.
STOP_WORDS = frozenset(
    "a an and are as at be been but by for from had has have he her his i in is it its of on or "
    "our she so that the their them they this to was we were what which who will with you your".split()
)


def words(text: str) -> list[str]:
    text = _LINK.sub(" ", text)
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

    def score(self, query: list[str], document: list[str]) -> float:
        if not self.docs or not document:
            return 0.0
        average = self.total_length / self.docs
        counts = Counter(document)
        norm = K1 * (1 - B + B * len(document) / average)
        total = 0.0
        for word in set(query):
            tf = counts.get(word)
            if tf:
                total += self.idf(word) * tf * (K1 + 1) / (tf + norm)
        return total
