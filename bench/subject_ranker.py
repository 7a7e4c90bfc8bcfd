"""What the learned subject ranker adds to extraction's cost.

    .venv/bin/python bench/subject_ranker.py [--rounds 7]

Parses the articles of tests/extraction/gold10 to gold19 once, then times the extractor's
own work on those parses (``extract_doc``) with the ranker and with the rules alone
(``subject_ranker.rules_only``), in alternating rounds; the best round of each counts.
Prints the ranker's time per article and its share of parse + extraction.
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.extraction import parse  # noqa: E402
from claims.extraction.assemble import extract_doc  # noqa: E402
from claims.extraction.subject_ranker import rules_only  # noqa: E402


def timed(docs) -> float:
    started = time.perf_counter()
    for doc in docs:
        extract_doc(doc)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "extraction").glob("gold1?/*.txt"))]
    started = time.perf_counter()
    docs = list(parse(texts))
    parsing = time.perf_counter() - started
    timed(docs[:3])  # load the ranker's model outside the timing
    ranked, rules = [], []
    for _ in range(args.rounds):
        ranked.append(timed(docs))
        with rules_only():
            rules.append(timed(docs))
    cost = max(0.0, min(ranked) - min(rules))
    print(f"{len(docs)} articles, {sum(len(d) for d in docs):,} tokens; parse {parsing:.2f} s")
    print(f"extraction on the parses: rules only {min(rules):.3f} s, with the ranker {min(ranked):.3f} s")
    print(f"ranker: {cost / len(docs) * 1000:.2f} ms per article, "
          f"{cost / (parsing + min(ranked)) * 100:.1f}% of parse + extraction")


if __name__ == "__main__":
    main()
