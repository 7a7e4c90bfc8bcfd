"""What check-worthiness scoring costs next to extraction.

    .venv/bin/python bench/checkworthiness.py [--articles 200]

On articles built like bench/ingestion.py's, in one process after every model is
loaded: extraction alone (claims.extraction.extract_many), then the extracted claims
scored by checkworthiness.services.checkworthiness_score
  a) with their embeddings precomputed (the pipeline embeds every claim for matching
     anyway, so this is what scoring adds), and
  b) embedding them too (what a pipeline without matching would pay).
Prints seconds per 1,000 claims for each and the ratios to extraction's time
(the issue's target: scoring adds at most 10% to ingestion). No database is used.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")


def best_of(runs: int, fn):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=2, help="best of this many timings each")
    args = parser.parse_args()

    import django

    django.setup()
    from benchtools.generator import Generator
    from checkworthiness import services
    from claims import extraction
    from factcheck import embeddings

    gen = Generator(seed=7, speakers=[(None, f"Speaker {i}", "person") for i in range(200)], reviewers=[], editors=[])
    texts = [f"{gen.article()[1]} Story {i}." for i in range(args.articles)]

    # Load every model first: none of the timings below pays for loading one.
    extraction.extract_many(texts[:2])
    embeddings.embed(["warm up"])
    services.current_model()

    extracted: list = []
    extract_s = best_of(args.runs, lambda: extracted.__setitem__(slice(None), extraction.extract_many(texts)))
    claims = [
        {"text": c.text, "speaker": c.attribution.speaker if c.attribution else "",
         "speaker_kind": c.attribution.speaker_kind if c.attribution else ""}
        for article in extracted for c in article
    ]
    vectors = embeddings.embed([c["text"] for c in claims])
    with_vectors = [{**c, "embedding": v} for c, v in zip(claims, vectors, strict=True)]
    precomputed_s = best_of(args.runs, lambda: services.checkworthiness_score(with_vectors))
    embedding_s = best_of(args.runs, lambda: services.checkworthiness_score(claims))

    n = len(claims)
    per_k = lambda seconds: seconds / n * 1000  # noqa: E731
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; nproc {os.cpu_count()}")
    print(f"{args.articles} articles, {n} claims; best of {args.runs}")
    print(f"extraction                          {extract_s:7.2f} s  ({per_k(extract_s):6.2f} s per 1,000 claims)")
    print(f"scoring, embeddings precomputed     {precomputed_s:7.3f} s  ({per_k(precomputed_s):6.3f} s per 1,000 claims)"
          f"  ratio to extraction {precomputed_s / extract_s:.3f}")
    print(f"scoring, embedding included         {embedding_s:7.2f} s  ({per_k(embedding_s):6.2f} s per 1,000 claims)"
          f"  ratio to extraction {embedding_s / extract_s:.3f}")


if __name__ == "__main__":
    main()
