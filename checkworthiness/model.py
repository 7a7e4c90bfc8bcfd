"""The check-worthiness model: standardised features into a logistic regression, kept as
plain numbers (no pickle: a model file is data anyone can read and diff):

- model/model.json: the coefficients, feature names, and a note of the data and the
  cross-validated scores;
- model/checked.npz: the embeddings of the training sentences that fact-checkers chose
  to check, and prototypes (k-means centroids) of the ones they did not (float16),
  which the similarity features compare a sentence with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "model" / "model.json"
FORMAT = "checkworthiness-logreg/2"
CHECKED_FILE = "checked.npz"  # beside the JSON


class ModelFileError(RuntimeError):
    pass


@dataclass
class LinearModel:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    checked: np.ndarray  # (n, 384) embeddings of the checked training sentences
    unchecked: np.ndarray  # (k, 384) prototypes of the unchecked ones
    features: tuple[str, ...] = ()
    note: dict = field(default_factory=dict)

    @property
    def dimensions(self) -> int:
        return int(self.coef.shape[0])

    def decision(self, features: np.ndarray) -> np.ndarray:
        # NaN = unknown (no neighbour, no speaker profile): standardised to 0, so it adds nothing.
        standardised = np.nan_to_num((features - self.mean) / self.scale, nan=0.0)
        return standardised @ self.coef + self.intercept

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Scores in 0..1, higher = more worth checking."""
        if features.shape[1] != self.dimensions:
            raise ModelFileError(f"model expects {self.dimensions} features, got {features.shape[1]}")
        z = np.clip(self.decision(features.astype(np.float64)), -40, 40)
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> str:
        payload = {
            "format": FORMAT,
            "note": self.note,
            "features": list(self.features),
            "checked": {"file": CHECKED_FILE, "rows": int(self.checked.shape[0]),
                        "prototypes": int(self.unchecked.shape[0])},
            "intercept": round(float(self.intercept), 7),
            # Seven significant digits is float32 precision: the file stays small and scores
            # move by less than 1e-6.
            "mean": [float(f"{v:.7g}") for v in self.mean],
            "scale": [float(f"{v:.7g}") for v in self.scale],
            "coef": [float(f"{v:.7g}") for v in self.coef],
        }
        return json.dumps(payload, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str, checked: np.ndarray, unchecked: np.ndarray) -> LinearModel:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ModelFileError(f"unknown model format {data.get('format')!r}")
            model = cls(
                mean=np.asarray(data["mean"], dtype=np.float64),
                scale=np.asarray(data["scale"], dtype=np.float64),
                coef=np.asarray(data["coef"], dtype=np.float64),
                intercept=float(data["intercept"]),
                checked=np.asarray(checked, dtype=np.float32),
                unchecked=np.asarray(unchecked, dtype=np.float32),
                features=tuple(data.get("features", ())),
                note=data.get("note", {}),
            )
            if (data["checked"]["rows"], data["checked"]["prototypes"]) != (len(model.checked), len(model.unchecked)):
                raise ModelFileError(f"{CHECKED_FILE} does not fit {MODEL_PATH.name}: from different trainings")
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelFileError(f"unreadable model file: {exc}") from exc
        if not (model.mean.shape == model.scale.shape == model.coef.shape):
            raise ModelFileError("model file: mean, scale and coef differ in length")
        return model

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # float16 halves the file; cosine similarities move by less than 1e-3.
        np.savez_compressed(path.parent / CHECKED_FILE, checked=self.checked.astype(np.float16),
                            unchecked=self.unchecked.astype(np.float16))
        path.write_text(self.to_json(), encoding="utf-8")


def load(path: Path = MODEL_PATH) -> LinearModel:
    checked_path = path.parent / CHECKED_FILE
    if not path.is_file() or not checked_path.is_file():
        raise ModelFileError(f"no check-worthiness model at {path}: run `manage.py train_checkworthiness`")
    try:
        with np.load(checked_path, allow_pickle=False) as arrays:
            checked, unchecked = arrays["checked"], arrays["unchecked"]
    except (OSError, ValueError, KeyError) as exc:
        raise ModelFileError(f"unreadable {checked_path}: {exc}") from exc
    return LinearModel.from_json(path.read_text(encoding="utf-8"), checked, unchecked)
