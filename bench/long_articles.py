"""Does extraction stay linear in article length?

    .venv/bin/python bench/long_articles.py

Extracts the seed article and the dev articles joined end to end once, and the
same text repeated 16 times, and prints the cost per word of each and their
ratio, for spaCy's own parse and for the whole extractor. Near spaCy's ratio
means the extractor adds nothing worse than linear; an extractor that compares every
attribution or person with every other shows up here as a ratio of several.
(It once took 12 s on a 4,400-word article for that reason.)
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims import extraction  # noqa: E402

REPEAT = 16


def per_word(text: str, run=extraction.extract) -> float:
    started = time.perf_counter()
    run(text)
    return (time.perf_counter() - started) / len(text.split())


def main() -> None:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.txt"))
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    extraction.extract("Warm up: officials said 3 people were hurt.")  # load the model outside the timing
    longer = "\n\n".join([base] * REPEAT)
    nlp = extraction.get_nlp()
    for name, run in (("nlp(text)", nlp), ("extract", extraction.extract)):
        short = min(per_word(base, run) for _ in range(3))
        long = per_word(longer, run)
        print(f"{name:9}: {short * 1e6:.0f} µs/word at {len(base.split()):,} words, "
              f"{long * 1e6:.0f} µs/word at {len(longer.split()):,}: ratio {long / short:.2f} (1.0 is linear)")


if __name__ == "__main__":
    main()
