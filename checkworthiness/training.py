"""Training and cross-validation of the check-worthiness model on CLEF CheckThat! 2019
task 1 debates (one TSV a debate: line_number, speaker, text, label).

Cross-validation leaves one debate out at a time: the held-out debate's scores come
from a model that never saw it (neither its labels nor its checked sentences as
similarity anchors), ranked and scored per debate as ../shared/eval/score_checkworthiness.py
does, MAP being the lab's measure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .data import EmbeddingCache, Line, read_debate
from .features import FEATURE_NAMES, debate_sentences, hand_features, similarity_features
from .model import LinearModel

SEED = 20190101
# Inverse regularisation strength, chosen by leave-one-debate-out MAP over the training
# debates (bench/RESULTS.md lists the values tried).
C = 0.003
# Prototypes of the unchecked sentences (k-means centroids): enough to cover the kinds
# of talk fact-checkers pass over, few enough to keep the model file small.
PROTOTYPES = 64
PROTOTYPE_SAMPLE = 5000


@dataclass
class Debate:
    name: str
    lines: list[Line]
    hand: np.ndarray  # (n, len(HAND_FEATURES))
    vectors: np.ndarray  # (n, 384) sentence embeddings

    @property
    def labels(self) -> np.ndarray:
        return np.array([line.label or 0 for line in self.lines], dtype=np.int8)

    @property
    def checked(self) -> np.ndarray:
        return self.vectors[self.labels == 1]

    @property
    def unchecked(self) -> np.ndarray:
        return self.vectors[self.labels == 0]

    def features(self, checked: np.ndarray, unchecked: np.ndarray) -> np.ndarray:
        return np.hstack([self.hand, similarity_features(self.vectors, checked, unchecked)]).astype(np.float32)


def read_labelled(folder: Path) -> list[tuple[str, list[Line]]]:
    out = []
    for path in sorted(Path(folder).glob("*.tsv")):
        lines = read_debate(path)
        if any(line.label is None for line in lines):
            raise ValueError(f"{path.name}: training lines need a 0/1 label in the fourth column")
        out.append((path.name, lines))
    return out


def load_debates(folder: Path, cache: EmbeddingCache, embed_fn: Callable[[Sequence[str]], np.ndarray]) -> list[Debate]:
    debates = []
    for name, lines in read_labelled(folder):
        hand = np.array([hand_features(s) for s in debate_sentences(lines)], dtype=np.float32)
        debates.append(Debate(name, lines, hand, cache.embed([line.text for line in lines], embed_fn)))
    return debates


def _checked_except(debates: Sequence[Debate], *excluded: str) -> np.ndarray:
    parts = [d.checked for d in debates if d.name not in excluded]
    return np.vstack(parts) if parts else np.zeros((0, 384), dtype=np.float32)


def unchecked_prototypes(debates: Sequence[Debate], *, held_out: str | None = None, k: int = PROTOTYPES,
                         seed: int = SEED) -> np.ndarray:
    """k-means centroids (unit length) of the unchecked sentences of every debate but `held_out`,
    from a seeded sample of PROTOTYPE_SAMPLE of them (plenty for 64 centroids)."""
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    vectors = np.vstack([d.unchecked for d in debates if d.name != held_out])
    if len(vectors) > PROTOTYPE_SAMPLE:
        vectors = vectors[np.random.default_rng(seed).choice(len(vectors), PROTOTYPE_SAMPLE, replace=False)]
    k = min(k, len(vectors))
    if k == 0:
        return np.zeros((0, 384), dtype=np.float32)
    # One thread: the result does not depend on the machine's cores, and on a busy shared
    # machine OpenMP's spinning threads made k-means seven times slower, not faster.
    with threadpool_limits(limits=1):
        centroids = KMeans(n_clusters=k, random_state=seed, n_init=1).fit(vectors).cluster_centers_
    return (centroids / np.linalg.norm(centroids, axis=1, keepdims=True)).astype(np.float32)


def training_matrix(debates: Sequence[Debate], unchecked: np.ndarray, *,
                    held_out: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of every debate but `held_out`. A debate's similarity to checked
    sentences looks at the *other* training debates only, as a new debate will at scoring
    time (a sentence is always most similar to itself)."""
    rows, labels = [], []
    for debate in debates:
        if debate.name == held_out:
            continue
        rows.append(debate.features(_checked_except(debates, debate.name, held_out), unchecked))
        labels.append(debate.labels)
    return np.vstack(rows), np.concatenate(labels)


def fit(features: np.ndarray, labels: np.ndarray, checked: np.ndarray, unchecked: np.ndarray, *, c: float = C,
        seed: int = SEED) -> LinearModel:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(features)
    # Positives are ~3% of lines: balanced class weights keep the model from settling on
    # "nothing is worth checking".
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=seed)
    # Unknown values (NaN: the first line has no previous one) sit at the mean, as in LinearModel.
    classifier.fit(np.nan_to_num(scaler.transform(features), nan=0.0), labels)
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    return LinearModel(mean=scaler.mean_, scale=scale, coef=classifier.coef_[0],
                       intercept=float(classifier.intercept_[0]), checked=checked, unchecked=unchecked,
                       features=FEATURE_NAMES)


def average_precision(ranked_labels) -> float:
    # The lab's definition (score_checkworthiness.py): mean of precision at each hit.
    hits, total = 0, 0.0
    for i, label in enumerate(ranked_labels, 1):
        if label:
            hits += 1
            total += hits / i
    return total / hits if hits else 0.0


def ranking_scores(scores: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    order = np.argsort(-scores, kind="stable")
    ranked = labels[order]
    positives = int(labels.sum())
    return {
        "ap": average_precision(ranked),
        "p_at_10": float(ranked[:10].sum()) / 10,
        "r_precision": float(ranked[:positives].sum()) / positives if positives else 0.0,
    }


def cross_validate(debates: Sequence[Debate], *, c: float = C, seed: int = SEED) -> dict:
    """Leave one debate out: per-debate held-out scores and the means the lab reports."""
    held_out: dict[str, np.ndarray] = {}
    per_debate = {}
    for debate in debates:
        # Nothing of the held-out debate reaches its model: labels, checked sentences, prototypes.
        unchecked = unchecked_prototypes(debates, held_out=debate.name, seed=seed)
        features, labels = training_matrix(debates, unchecked, held_out=debate.name)
        checked = _checked_except(debates, debate.name)
        model = fit(features, labels, checked, unchecked, c=c, seed=seed)
        held_out[debate.name] = model.predict(debate.features(checked, unchecked))
        per_debate[debate.name] = ranking_scores(held_out[debate.name], debate.labels)
    means = {key: round(float(np.mean([m[key] for m in per_debate.values()])), 4)
             for key in ("ap", "p_at_10", "r_precision")}
    return {"map": means["ap"], "p_at_10": means["p_at_10"], "r_precision": means["r_precision"],
            "per_debate": per_debate, "held_out": held_out}


def train(debates: Sequence[Debate], *, c: float = C, seed: int = SEED, cv: dict | None = None) -> LinearModel:
    unchecked = unchecked_prototypes(debates, seed=seed)
    features, labels = training_matrix(debates, unchecked)
    model = fit(features, labels, _checked_except(debates), unchecked, c=c, seed=seed)
    model.note = {
        "data": "CLEF CheckThat! 2019 task 1 training debates and speeches "
                f"({len(debates)} files, {sum(len(d.lines) for d in debates)} lines, "
                f"{int(sum(d.labels.sum() for d in debates))} checked); free for general research use",
        "features": "surface cues (regular expressions) of the sentence, its speaker and its neighbours; cosine "
                    "similarity (all-MiniLM-L6-v2) to the nearest checked training sentences and to the nearest "
                    f"of {PROTOTYPES} k-means prototypes of the unchecked ones",
        "learner": f"scikit-learn LogisticRegression(C={c}, class_weight=balanced) on standardised features",
        "seed": seed,
    }
    if cv is not None:
        model.note["cross_validation"] = {
            "scheme": "leave one debate out, scored per debate like score_checkworthiness.py",
            "map": cv["map"], "p_at_10": cv["p_at_10"], "r_precision": cv["r_precision"],
        }
    return model
