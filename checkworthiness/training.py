"""Training and cross-validation of the check-worthiness model on CLEF CheckThat! 2019
task 1 debates (one TSV a debate: line_number, speaker, text, label).

Cross-validation leaves one debate out at a time: the held-out debate's scores come
from a model that never saw it, and are ranked and scored per debate with the lab's
scorer (../shared/eval/score_checkworthiness.py), MAP being its measure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .data import EmbeddingCache, Line, read_debate
from .features import HAND_FEATURES, debate_sentences, feature_matrix
from .model import LinearModel

SEED = 20190101
# Inverse regularisation strength, chosen by leave-one-debate-out MAP over the training
# debates (bench/RESULTS.md lists the values tried).
C = 0.01


@dataclass
class Debate:
    name: str
    lines: list[Line]
    features: np.ndarray

    @property
    def labels(self) -> np.ndarray:
        return np.array([line.label or 0 for line in self.lines], dtype=np.int8)


def debate_features(lines: Sequence[Line], embed_fn: Callable[[Sequence[str]], np.ndarray]) -> np.ndarray:
    """The model's features for every line of one debate, in order."""
    sentences = debate_sentences(lines)
    vectors = embed_fn([line.text for line in lines])
    missing = np.full((1, vectors.shape[1]), np.nan, dtype=np.float32)
    previous = np.vstack([missing, vectors[:-1]]) if len(lines) else vectors
    following = np.vstack([vectors[1:], missing]) if len(lines) else vectors
    return feature_matrix(sentences, vectors, previous, following)


def load_debates(folder: Path, cache: EmbeddingCache, embed_fn) -> list[Debate]:
    debates = []
    for path in sorted(Path(folder).glob("*.tsv")):
        lines = read_debate(path)
        if any(line.label is None for line in lines):
            raise ValueError(f"{path.name}: training lines need a 0/1 label in the fourth column")
        debates.append(Debate(path.name, lines, debate_features(lines, lambda t: cache.embed(t, embed_fn))))
    return debates


def fit(features: np.ndarray, labels: np.ndarray, *, c: float = C, seed: int = SEED) -> LinearModel:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(features)
    # Positives are ~3% of lines: balanced class weights keep the model from settling on
    # "nothing is worth checking".
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=seed)
    # Unknown values (NaN: the first line has no previous one) sit at the mean, as in LinearModel.
    classifier.fit(np.nan_to_num(scaler.transform(features), nan=0.0), labels)
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    return LinearModel(mean=scaler.mean_, scale=scale, coef=classifier.coef_[0], intercept=float(classifier.intercept_[0]))


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
    for i, debate in enumerate(debates):
        rest = [d for j, d in enumerate(debates) if j != i]
        model = fit(np.vstack([d.features for d in rest]), np.concatenate([d.labels for d in rest]), c=c, seed=seed)
        held_out[debate.name] = model.predict(debate.features)
        per_debate[debate.name] = ranking_scores(held_out[debate.name], debate.labels)
    means = {key: round(float(np.mean([m[key] for m in per_debate.values()])), 4)
             for key in ("ap", "p_at_10", "r_precision")}
    return {"map": means["ap"], "p_at_10": means["p_at_10"], "r_precision": means["r_precision"],
            "per_debate": per_debate, "held_out": held_out}


def train(debates: Sequence[Debate], *, c: float = C, seed: int = SEED, cv: dict | None = None) -> LinearModel:
    model = fit(np.vstack([d.features for d in debates]), np.concatenate([d.labels for d in debates]), c=c, seed=seed)
    model.note = {
        "data": "CLEF CheckThat! 2019 task 1 training debates and speeches "
                f"({len(debates)} files, {sum(len(d.lines) for d in debates)} lines); free for general research use",
        "features": "all-MiniLM-L6-v2 sentence embedding (384), mean of the previous and next lines' embeddings "
                    f"(384), {len(HAND_FEATURES)} surface cues: " + ", ".join(HAND_FEATURES),
        "learner": f"scikit-learn LogisticRegression(C={c}, class_weight=balanced) on standardised features",
        "seed": seed,
    }
    if cv is not None:
        model.note["cross_validation"] = {
            "scheme": "leave one debate out, scored per debate like score_checkworthiness.py",
            "map": cv["map"], "p_at_10": cv["p_at_10"], "r_precision": cv["r_precision"],
        }
    return model
