"""What the check-worthiness model sees of a sentence: surface cues (numbers, money,
comparisons, persons, questions, the speaker's role, the neighbouring lines) and how close
its embedding comes to the sentences fact-checkers chose to check in the training debates.

Pure Python and numpy (no Django, no spaCy): the cues are regular expressions and the
similarity one matrix product, so scoring a batch of claims costs a small fraction of
extracting them.

A sentence comes as a `Sentence`; everything but `text` is optional. In a debate the
neighbours are the lines before and after, and the speaker profile is worked out over
the whole debate (`debate_sentences`). For a claim from a news article, the caller passes
what it has (the speaker kind, maybe the neighbouring sentences); what is unknown is NaN,
which the model reads as "average" (model.LinearModel.decision).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass
class Sentence:
    text: str
    speaker: str = ""
    # person | organization | anonymous | other | "" (unknown)
    speaker_kind: str = ""
    embedding: np.ndarray | None = None
    # The sentences just before and after (same document), when known.
    previous: str | None = None
    following: str | None = None
    # Per-document speaker profile (debate_sentences fills it): None when unknown.
    speaker_share: float | None = None
    speaker_question_rate: float | None = None


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d[\d,.]*")
_DIGIT = re.compile(r"\d")
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.I)
_MONEY = re.compile(r"[$£€]|\b(?:dollars?|cents?|budget|deficit|debt|tax(?:es)?|billion|trillion)\b", re.I)
_SCALE = re.compile(r"\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b", re.I)
_NUMBER_WORD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|half|double|twice|triple|times)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_COMPARATIVE = re.compile(
    r"\b(?:more|less|fewer|than|most|least|worst|best|biggest|largest|highest|lowest|greatest|smallest|"
    r"record|ever|never|increase[sd]?|decrease[sd]?|rose|fell|doubled|tripled|cut|raised|lowered|grew|"
    r"drop(?:ped)?|up|down)\b",
    re.I,
)
_FACT_VERB = re.compile(
    r"\b(?:voted|vote|supported|opposed|signed|approved|passed|said|says|called|claimed|wanted|proposed|"
    r"spent|spend|paid|pay|created|lost|killed|died|according|report(?:ed|s)?|stud(?:y|ies)|percent|"
    r"rate|jobs?|unemployment|law|bill|deal|plan|billion|million)\b",
    re.I,
)
_FIRST_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'll|I'd|me|my|mine)\b")
_FIRST_PLURAL = re.compile(r"\b(?:we|we're|we've|we'll|us|our|ours)\b", re.I)
_SECOND = re.compile(r"\b(?:you|you're|you've|your|yours)\b", re.I)
_THIRD_PERSON_PERSON = re.compile(r"\b(?:he|she|his|her|him|they|their|them)\b", re.I)
_HEDGE = re.compile(r"\b(?:think|believe|hope|going to|gonna|will|would|should|could|maybe|perhaps|want)\b", re.I)
_SOCIAL = re.compile(
    r"^\W*(?:thank|thanks|good (?:evening|morning|night)|welcome|okay|ok|all right|alright|yes|no|well|"
    r"please|hello|hi|ladies and gentlemen|congratulations|god bless)\b",
    re.I,
)
_STAGE = re.compile(r"^\W*[\[(](?:applause|laughter|crosstalk|cheers|booing|inaudible|boos)", re.I)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
# Speakers that are the room or the transcript, not a person making claims.
_NON_SPEAKER = re.compile(r"\b(?:SYSTEM|SYSYTEM|AUDIENCE|UNIDENTIFIED|APPLAUSE|CROWD|QUESTION|MEMBERS)\b", re.I)

SPEAKER_KINDS = ("person", "organization", "anonymous", "other")

HAND_FEATURES = (
    "log_words", "short", "digit", "percent", "money", "scale_word", "number_word", "year",
    "comparative", "fact_verb", "first_singular", "first_plural", "second_person", "third_person",
    "hedge", "question", "exclamation", "social_opening", "stage_direction", "capitalised",
    "non_speaker", "speaker_share", "speaker_question_rate",
    *(f"kind_{kind}" for kind in SPEAKER_KINDS),
    "prev_digit", "next_digit", "prev_question",
)


def _surface(text: str) -> list[float]:
    words = _WORD.findall(text)
    n = len(words)
    per_word = 1.0 / max(n, 1)
    stripped = text.strip()
    return [
        math.log1p(n),
        float(n < 6),
        float(bool(_DIGIT.search(text))),
        float(bool(_PERCENT.search(text))),
        float(bool(_MONEY.search(text))),
        float(bool(_SCALE.search(text))),
        float(bool(_NUMBER_WORD.search(text))),
        float(bool(_YEAR.search(text))),
        min(len(_COMPARATIVE.findall(text)), 3) / 3,
        min(len(_FACT_VERB.findall(text)), 3) / 3,
        min(len(_FIRST_SINGULAR.findall(text)) * per_word * 5, 1.0),
        min(len(_FIRST_PLURAL.findall(text)) * per_word * 5, 1.0),
        min(len(_SECOND.findall(text)) * per_word * 5, 1.0),
        min(len(_THIRD_PERSON_PERSON.findall(text)) * per_word * 5, 1.0),
        min(len(_HEDGE.findall(text)), 2) / 2,
        float(stripped.endswith("?")),
        float("!" in stripped),
        float(bool(_SOCIAL.search(text))),
        float(bool(_STAGE.search(text))),
        min(len(_CAPITALISED.findall(text)), 4) / 4,
    ]


def _unknown(value):
    # NaN marks "not known here"; the model replaces it with the training mean, so a
    # missing cue adds nothing either way (LinearModel.predict).
    return math.nan if value is None else value


def hand_features(sentence: Sentence) -> list[float]:
    speaker = sentence.speaker or ""
    kind = (sentence.speaker_kind or "").lower()
    previous, following = sentence.previous, sentence.following
    row = _surface(sentence.text)
    row += [
        float(bool(speaker) and bool(_NON_SPEAKER.search(speaker))),
        _unknown(sentence.speaker_share),
        _unknown(sentence.speaker_question_rate),
        *((float(kind == k) if kind else math.nan) for k in SPEAKER_KINDS),
        math.nan if previous is None else float(bool(_DIGIT.search(previous))),
        math.nan if following is None else float(bool(_DIGIT.search(following))),
        math.nan if previous is None else float(previous.strip().endswith("?")),
    ]
    return row


def debate_sentences(lines: Sequence) -> list[Sentence]:
    """Sentences of one debate (objects with .speaker and .text, in order), with their
    neighbours and the speaker's profile over the debate: the share of the lines they
    speak and how often they ask (moderators ask, candidates claim)."""
    counts = Counter(line.speaker for line in lines)
    questions: dict[str, int] = defaultdict(int)
    for line in lines:
        if line.text.strip().endswith("?"):
            questions[line.speaker] += 1
    total = max(len(lines), 1)
    out = []
    for i, line in enumerate(lines):
        out.append(
            Sentence(
                text=line.text,
                speaker=line.speaker,
                # A debate's speakers are people, bar the transcript's own voices (SYSTEM, AUDIENCE).
                speaker_kind="other" if _NON_SPEAKER.search(line.speaker) else "person",
                previous=lines[i - 1].text if i > 0 else None,
                following=lines[i + 1].text if i + 1 < len(lines) else None,
                speaker_share=counts[line.speaker] / total,
                speaker_question_rate=questions[line.speaker] / counts[line.speaker],
            )
        )
    return out


# How many of the nearest checked sentences the similarity features average over.
NEIGHBOURS = (1, 3)
SIMILARITY_FEATURES = (*(f"sim_checked_top{k}" for k in NEIGHBOURS), "sim_unchecked_prototype")


def similarity_features(vectors: np.ndarray, checked: np.ndarray, unchecked: np.ndarray) -> np.ndarray:
    """Cosine similarity of each sentence to its nearest checked training sentences (mean
    of the top 1 and top 3), and to the nearest prototype of the unchecked ones (k-means
    centroids: greetings, moderators' questions, rally talk). A sentence like the ones
    fact-checkers chose is likely chosen too; one like the ones they passed over is not."""
    n = len(vectors)
    out = np.full((n, len(SIMILARITY_FEATURES)), np.nan, dtype=np.float32)
    if n == 0:
        return out
    vectors = vectors.astype(np.float32)
    if len(checked):
        similarity = vectors @ checked.astype(np.float32).T
        k = min(max(NEIGHBOURS), similarity.shape[1])
        top = -np.sort(-np.partition(-similarity, k - 1, axis=1)[:, :k], axis=1)
        for i, m in enumerate(NEIGHBOURS):
            out[:, i] = top[:, : min(m, k)].mean(axis=1)
    if len(unchecked):
        out[:, len(NEIGHBOURS)] = (vectors @ unchecked.astype(np.float32).T).max(axis=1)
    return out


def feature_matrix(sentences: Sequence[Sentence], vectors: np.ndarray, checked: np.ndarray,
                   unchecked: np.ndarray) -> np.ndarray:
    """Rows of [hand features | similarity features], in FEATURE_NAMES order."""
    hand = np.array([hand_features(s) for s in sentences], dtype=np.float32).reshape(len(sentences), -1)
    return np.hstack([hand, similarity_features(vectors, checked, unchecked)]).astype(np.float32)


FEATURE_NAMES = (*HAND_FEATURES, *SIMILARITY_FEATURES)
