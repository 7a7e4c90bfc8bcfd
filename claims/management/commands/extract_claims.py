"""Run the extractor alone, writing nothing to the database.

    python manage.py extract_claims --jsonl PATH...

prints one JSON object per claim (the contract in ../shared/eval/README.md).
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims import extraction


class Command(BaseCommand):
    help = "Extract claims from article files without touching the database; prints JSON Lines."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="article text files (UTF-8), or folders of *.txt files")
        parser.add_argument("--jsonl", action="store_true", help="print one JSON object per claim (the default)")
        parser.add_argument("--batch-size", type=int, default=32, help="articles parsed per nlp.pipe batch")

    def handle(self, *args, paths, batch_size, **options):
        documents, failures = [], []
        for path in _expand(paths):
            try:
                documents.append((path, Path(path).read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                failures.append(f"{path}: cannot read: {exc}")
        for i in range(0, len(documents), batch_size):
            batch = documents[i : i + batch_size]
            for (path, _), claims in zip(batch, extraction.extract_many([text for _, text in batch]), strict=True):
                for claim in claims:
                    self.stdout.write(json.dumps(claim.as_contract(path), ensure_ascii=False))
        self.stdout.flush()
        for failure in failures:
            self.stderr.write(failure)
        if failures:
            raise CommandError(f"{len(failures)} of {len(paths)} inputs failed")


def _expand(paths: list[str]) -> list[str]:
    """Files as given (the scorer matches documents by the path it passed); folders become their *.txt files."""
    expanded = []
    for path in paths:
        if Path(path).is_dir():
            expanded += sorted(str(p) for p in Path(path).rglob("*.txt"))
        else:
            expanded.append(path)
    return expanded
