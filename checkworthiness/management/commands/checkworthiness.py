"""Score sentences for check-worthiness.

    python manage.py checkworthiness --jsonl PATH...     # debate files, no database writes
    python manage.py checkworthiness --rescore [--unscored]   # stored claims, current model

--jsonl reads files of line_number<TAB>speaker<TAB>text lines (a fourth label column is
ignored) and prints {"document": PATH as given, "line_number": N, "score": FLOAT} per
line (the contract in ../shared/eval/README.md).
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from checkworthiness import services
from checkworthiness.data import DebateFormatError, read_debate
from checkworthiness.model import ModelFileError


class Command(BaseCommand):
    help = "Check-worthiness scores: of debate files as JSON Lines (--jsonl), or of the stored claims (--rescore)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="debate files (TSV: line_number, speaker, text) or folders of *.tsv")
        parser.add_argument("--jsonl", action="store_true", help="print one JSON object per line (the default for paths)")
        parser.add_argument("--rescore", action="store_true", help="re-score the claims in the database")
        parser.add_argument("--unscored", action="store_true", help="with --rescore: only claims without a score")
        parser.add_argument("--batch-size", type=int, default=services.RESCORE_BATCH, help="claims per transaction")

    def handle(self, *args, paths, rescore, unscored, batch_size, **options):
        if rescore == bool(paths):
            raise CommandError("give debate files to score, or --rescore (not both)")
        try:
            services.current_model()
        except ModelFileError as exc:
            raise CommandError(str(exc)) from exc
        if rescore:
            self._rescore(unscored=unscored, batch_size=batch_size)
        else:
            self._score_files(paths)

    def _rescore(self, *, unscored, batch_size):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        done = services.claims_rescore(
            batch_size=batch_size, only_unscored=unscored,
            progress=lambda n: self.stderr.write(f"{n} claims scored") if n % (batch_size * 20) == 0 else None,
        )
        self.stdout.write(f"{done} claims scored with the current check-worthiness model")

    def _score_files(self, paths):
        failures = []
        for path in _expand(paths):
            try:
                lines = read_debate(path)
            except (OSError, UnicodeDecodeError, DebateFormatError) as exc:
                failures.append(f"{path}: {exc}")
                continue
            for line, score in zip(lines, services.debate_scores(lines), strict=True):
                self.stdout.write(json.dumps({"document": path, "line_number": line.line_number, "score": score}))
        self.stdout.flush()
        for failure in failures:
            self.stderr.write(failure)
        if failures:
            raise CommandError(f"{len(failures)} of {len(paths)} inputs failed")


def _expand(paths):
    """Files as given (the scorer matches documents by the path it passed); folders become their *.tsv files."""
    expanded = []
    for path in paths:
        if Path(path).is_dir():
            expanded += sorted(str(p) for p in Path(path).glob("*.tsv"))
        else:
            expanded.append(path)
    return expanded
