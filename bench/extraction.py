"""Speed of the claim extractor against spaCy's own nlp.pipe, model loading included.

    .venv/bin/python bench/extraction.py [--min-words 50000] [--repeat 1]

Each side runs in a fresh subprocess: (a) load the model and run ``nlp.pipe``
over the corpus with the full default pipeline; (b) load through
``claims.extraction`` and run ``extract_many`` over the same corpus. The
corpus is the dev articles, the seed article and tests/extraction/gold,
repeated to at least --min-words words.

With --repeat N the two sides run in turn (parse, extract, parse, extract, ...), so a burst of
someone else's load on a shared machine falls on both alike; the ratio is that of the best
times, and each pair's own ratio is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "eval" / "dev", ROOT / "seeds", ROOT / "tests" / "extraction" / "gold"]

CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
texts = json.load(open({corpus!r}, encoding="utf-8"))
t0 = time.perf_counter()
if {mode!r} == "pipe":
    import spacy
    from claims.extraction.pipeline import DEFAULT_MODELS
    name = {model!r}
    for candidate in ([name] if name else DEFAULT_MODELS):
        try:
            nlp = spacy.load(candidate)
            break
        except OSError:
            continue
    n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
else:
    from claims import extraction
    extraction.set_model_name({model!r} or None)
    n = sum(len(claims) for claims in extraction.extract_many(texts))
print(json.dumps({{"seconds": time.perf_counter() - t0, "n": n}}))
"""


def corpus(min_words: int) -> list[str]:
    base = []
    for folder in SOURCES:
        base += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not base:
        raise SystemExit("no corpus texts found")
    texts, words = [], 0
    while words < min_words:
        for t in base:
            texts.append(t)
            words += len(t.split())
    return texts


def run(mode: str, corpus_path: Path, model: str) -> float:
    code = CHILD.format(root=str(ROOT), corpus=str(corpus_path), mode=mode, model=model)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])["seconds"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-words", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=1, help="runs per side; the best time counts")
    ap.add_argument("--model", default="", help="spaCy pipeline name (default: as the extractor picks)")
    args = ap.parse_args()
    texts = corpus(args.min_words)
    n_words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir) / "corpus.json"
        tmp.write_text(json.dumps(texts), encoding="utf-8")
        pipes, exts = [], []
        for _ in range(args.repeat):
            pipes.append(run("pipe", tmp, args.model))
            exts.append(run("extract", tmp, args.model))
        pipe, ext = min(pipes), min(exts)
    print(f"corpus: {len(texts)} texts, {n_words} words")
    print(f"nlp.pipe (load + parse):      {pipe:7.2f} s  {n_words / pipe:9.0f} words/s")
    print(f"extract_many (load + extract): {ext:7.2f} s  {n_words / ext:9.0f} words/s")
    print(f"ratio extract/nlp.pipe = {pipe / ext:.2f}")
    if args.repeat > 1:
        print("each pair's ratio: " + ", ".join(f"{p / e:.2f}" for p, e in zip(pipes, exts, strict=True)))


if __name__ == "__main__":
    main()
