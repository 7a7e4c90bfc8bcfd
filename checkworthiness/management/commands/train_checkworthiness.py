"""Retrain the check-worthiness model, reproducibly (fixed seed), and write it to the repository.

    python manage.py train_checkworthiness [--data ../shared/eval/checkworthiness/train]

Cross-validates first (leave one debate out) and records the scores in the model file's
note. Sentence embeddings are cached under var/checkworthiness/ by text hash, so only
the first run on a machine pays for embedding the training sentences.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from checkworthiness import training
from checkworthiness.data import DebateFormatError, training_cache
from checkworthiness.model import MODEL_PATH
from factcheck.embeddings import embed

DEFAULT_DATA = settings.BASE_DIR.parent / "shared" / "eval" / "checkworthiness" / "train"


class Command(BaseCommand):
    help = "Train the check-worthiness model on labelled debates; cross-validate; write the model file."

    def add_arguments(self, parser):
        parser.add_argument("--data", default=str(DEFAULT_DATA), help="folder of labelled debate TSVs")
        parser.add_argument("--output", default=str(MODEL_PATH), help="where to write the model (JSON)")
        parser.add_argument("--seed", type=int, default=training.SEED)
        parser.add_argument("--c", type=float, default=training.C, help="inverse L2 regularisation strength")
        parser.add_argument("--no-cv", action="store_true", help="skip cross-validation (the note then has no scores)")

    def handle(self, *args, data, output, seed, c, no_cv, **options):
        folder = Path(data)
        if not folder.is_dir() or not any(folder.glob("*.tsv")):
            raise CommandError(f"{folder}: no debate files (*.tsv) to train on")
        if c <= 0:
            raise CommandError("--c must be positive")
        cache = training_cache()
        try:
            debates = training.load_debates(folder, cache, embed)
        except (DebateFormatError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        if len(debates) < 2 and not no_cv:
            raise CommandError("cross-validation needs at least two debates (or pass --no-cv)")
        cv = None if no_cv else training.cross_validate(debates, c=c, seed=seed)
        if cv is not None:
            for name, scores in cv["per_debate"].items():
                self.stderr.write(f"{name:40s} AP {scores['ap']:.3f}  P@10 {scores['p_at_10']:.2f}")
        model = training.train(debates, c=c, seed=seed, cv=cv)
        model.save(Path(output))
        summary = {"model": output, "debates": len(debates), **(model.note.get("cross_validation") or {})}
        self.stdout.write(json.dumps(summary))
