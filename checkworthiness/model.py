"""The check-worthiness model: standardised features into a logistic regression, kept as
plain numbers in a JSON file (no pickle: a model file is data anyone can read and diff).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "model" / "model.json"
FORMAT = "checkworthiness-logreg/1"


class ModelFileError(RuntimeError):
    pass


@dataclass
class LinearModel:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
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
            "intercept": round(float(self.intercept), 7),
            # Seven significant digits is float32 precision: the file stays small and scores
            # move by less than 1e-6.
            "mean": [float(f"{v:.7g}") for v in self.mean],
            "scale": [float(f"{v:.7g}") for v in self.scale],
            "coef": [float(f"{v:.7g}") for v in self.coef],
        }
        return json.dumps(payload, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ModelFileError(f"unknown model format {data.get('format')!r}")
            model = cls(
                mean=np.asarray(data["mean"], dtype=np.float64),
                scale=np.asarray(data["scale"], dtype=np.float64),
                coef=np.asarray(data["coef"], dtype=np.float64),
                intercept=float(data["intercept"]),
                note=data.get("note", {}),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelFileError(f"unreadable model file: {exc}") from exc
        if not (model.mean.shape == model.scale.shape == model.coef.shape):
            raise ModelFileError("model file: mean, scale and coef differ in length")
        return model

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.to_json(), encoding="utf-8")


def load(path: Path = MODEL_PATH) -> LinearModel:
    if not path.is_file():
        raise ModelFileError(f"no check-worthiness model at {path}: run `manage.py train_checkworthiness`")
    return LinearModel.from_json(path.read_text(encoding="utf-8"))
