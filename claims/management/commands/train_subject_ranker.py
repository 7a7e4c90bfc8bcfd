"""Retrain the subject ranker on our own gold sets and write it to the repository.

    python manage.py train_subject_ranker [--data tests/extraction] [--sets gold,gold2,...]

Cross-validates first (whole sets held out in turn) and records the figures in the model
file's note. Retrain whenever the subject rules change: the ranker learns when to trust them.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims import subject_training
from claims.extraction.subject_ranker import MODEL_PATH


class Command(BaseCommand):
    help = "Train the subject ranker on annotated gold sets; cross-validate; write the model file."

    def add_arguments(self, parser):
        parser.add_argument("--data", default=str(settings.BASE_DIR / "tests" / "extraction"),
                            help="folder that holds the gold sets")
        parser.add_argument("--sets", default=",".join(subject_training.TRAINING_SETS),
                            help="comma-separated gold set folders to train on")
        parser.add_argument("--output", default=str(MODEL_PATH), help="where to write the model (JSON)")
        parser.add_argument("--c", type=float, default=subject_training.C, help="inverse L2 regularisation strength")
        parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")

    def handle(self, *args, data, sets, output, c, no_cv, **options):
        if c <= 0:
            raise CommandError("--c must be positive")
        names = [s.strip() for s in sets.split(",") if s.strip()]
        missing = [n for n in names if not (Path(data) / n).is_dir()]
        if missing or not names:
            raise CommandError(f"no gold set folder for: {', '.join(missing) or '(none given)'} under {data}")
        if len(names) < 2 and not no_cv:
            raise CommandError("cross-validation needs at least two gold sets (or pass --no-cv)")
        try:
            by_set = {}
            for name in names:
                by_set[name] = subject_training.examples(Path(data) / name)
                self.stderr.write(f"{name:10s} {len(by_set[name]):5d} numbers with gold subjects")
            cv = None if no_cv else subject_training.cross_validate(by_set, c)
            text = subject_training.model_file(by_set, c, cv)
        except subject_training.GoldFormatError as exc:
            raise CommandError(str(exc)) from exc
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot write the model to {output}: {exc.strerror or exc}") from exc
        self.stdout.write(json.dumps({"model": output, "sets": len(names), "cross_validation": cv}))
