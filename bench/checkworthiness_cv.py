"""Cross-validated check-worthiness scores, measured by the lab's own scorer.

    .venv/bin/python bench/checkworthiness_cv.py [--data ../shared/eval/checkworthiness/train]

Leaves one debate out at a time (checkworthiness.training.cross_validate: each debate is
scored by a model that never saw it), writes the held-out scores, and the baseline's
(a digit first, then longer sentences first), as the scoring command's JSON Lines under
var/checkworthiness/, and hands each file to ../shared/eval/score_checkworthiness.py,
which prints MAP, P@10 and R-precision. Embeddings come from the training cache.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
EVAL = ROOT.parent / "shared" / "eval"


def write_jsonl(path: Path, scores: dict[str, list[tuple[int, float]]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for name, rows in scores.items():
            for line_number, score in rows:
                out.write(json.dumps({"document": name, "line_number": line_number, "score": float(score)}) + "\n")


def lab_score(gold: Path, predictions: Path) -> str:
    # The scorer appends the debate paths to the command; this one ignores them and prints the file.
    printer = f"{sys.executable} -c {shlex.quote('import sys; sys.stdout.write(open(sys.argv[1]).read())')} {predictions}"
    proc = subprocess.run([sys.executable, str(EVAL / "score_checkworthiness.py"), "--gold", str(gold), "--cmd", printer],
                          capture_output=True, text=True, check=True)
    return proc.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(EVAL / "checkworthiness" / "train"))
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from checkworthiness import training
    from checkworthiness.data import training_cache
    from factcheck.embeddings import embed

    out_dir = Path(settings.VAR_DIR) / "checkworthiness"
    cache = training_cache()
    debates = training.load_debates(Path(args.data), cache, embed)
    start = time.perf_counter()
    cv = training.cross_validate(debates)
    elapsed = time.perf_counter() - start

    held_out = {d.name: [(line.line_number, s) for line, s in zip(d.lines, cv["held_out"][d.name], strict=True)]
                for d in debates}
    baseline = {d.name: [(line.line_number, any(ch.isdigit() for ch in line.text) + len(line.text) / 10_000)
                         for line in d.lines] for d in debates}
    write_jsonl(out_dir / "held_out.jsonl", held_out)
    write_jsonl(out_dir / "baseline.jsonl", baseline)
    print(f"{len(debates)} debates, leave one out, {elapsed:.0f} s; load average {os.getloadavg()[0]:.1f}")
    print("baseline (digit, then length):", lab_score(Path(args.data), out_dir / "baseline.jsonl"))
    print("model, held out:              ", lab_score(Path(args.data), out_dir / "held_out.jsonl"))
    for name, scores in cv["per_debate"].items():
        print(f"  {name:34s} AP {scores['ap']:.3f}  P@10 {scores['p_at_10']:.1f}  R-prec {scores['r_precision']:.3f}")


if __name__ == "__main__":
    main()
