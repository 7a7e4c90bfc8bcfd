"""Debate files (CLEF CheckThat! 2019 task 1 layout) and an on-disk embedding cache for training.

A debate file has one sentence a line: line_number<TAB>speaker<TAB>text[<TAB>label].
The cache keeps each sentence's vector under the sha1 of its text, so retraining and
cross-validation embed the ~16k training sentences once per machine, not once per run.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

csv.field_size_limit(10**9)


@dataclass(frozen=True)
class Line:
    line_number: int
    speaker: str
    text: str
    label: int | None = None


class DebateFormatError(ValueError):
    pass


def read_debate(path: str | Path) -> list[Line]:
    """The file's lines; a line that is not `number<TAB>speaker<TAB>text` raises DebateFormatError."""
    lines: list[Line] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row_number, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not "".join(row).strip():
                continue
            if row_number == 1 and row[0].strip().lower() in ("line_number", "line", "id"):
                continue  # a header
            if len(row) < 3 or not row[0].strip().isdigit():
                raise DebateFormatError(f"line {row_number}: expected line_number<TAB>speaker<TAB>text")
            label = int(row[3]) if len(row) >= 4 and row[3].strip() in ("0", "1") else None
            lines.append(Line(int(row[0]), row[1].strip(), row[2], label))
    return lines


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Vectors by text hash in one .npz file (var/ is gitignored)."""

    def __init__(self, path: Path):
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path.is_file():
            with np.load(path) as data:
                self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def embed(self, texts: Sequence[str], embed_fn) -> np.ndarray:
        missing = sorted({t for t in texts if text_key(t) not in self.vectors})
        if missing:
            for start in range(0, len(missing), 2048):
                chunk = missing[start : start + 2048]
                for text, vector in zip(chunk, embed_fn(chunk), strict=True):
                    self.vectors[text_key(text)] = vector
                self.save()  # a long first run that is interrupted keeps what it did
        return np.stack([self.vectors[text_key(t)] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    def save(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self.vectors), dtype="U40")
        vectors = np.stack(list(self.vectors.values())).astype(np.float32)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        tmp.replace(self.path)


def training_cache() -> EmbeddingCache:
    """The cache of training sentences' vectors: one file per embedding runtime, since the
    runtimes' vectors differ slightly (factcheck/embeddings.py)."""
    from django.conf import settings

    from factcheck import embeddings

    return EmbeddingCache(Path(settings.VAR_DIR) / "checkworthiness" / f"embeddings-{embeddings.runtime()}.npz")
