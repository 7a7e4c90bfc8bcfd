"""python manage.py import_factchecks PATH...

Loads schema.org ClaimReview items (JSON Lines, a JSON array, one object, or a DataFeed)
into the fact-check library, embedding the new ones in batches. Items already stored (by
url) are left as they are. A bad item is named (path:line or path[index]) with its reason
on stderr; the others still go in; the exit status is 1 when any item failed.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand

from factcheck.progress import progress_bar
from factchecks.feeds import ItemFailure, read_claimreviews
from factchecks.services import IMPORT_BATCH, factchecks_import, factchecks_iter_batches


class Command(BaseCommand):
    stealth_options = ("stdin",)
    help = "Import schema.org ClaimReview items (JSON Lines, JSON array or object, DataFeed; - for stdin)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args, paths, **options):
        verbosity = options["verbosity"]
        created = duplicate = 0
        failures: list[tuple[str, str]] = []
        items = read_claimreviews(paths, stdin=options.get("stdin"))
        with progress_bar("Importing", enabled=sys.stdout.isatty() and verbosity > 0) as advance:
            for batch in factchecks_iter_batches(items, IMPORT_BATCH):
                good = [entry for entry in batch if not isinstance(entry, ItemFailure)]
                failures += [(entry.source, entry.reason) for entry in batch if isinstance(entry, ItemFailure)]
                result = factchecks_import([entry.item for entry in good])
                failures += [(good[index].source, reason) for index, reason in result.failures]
                created += result.created
                duplicate += result.duplicate
                advance(len(batch))
        for source, reason in failures:
            self.stderr.write(f"FAILED {source}: {reason}")
        self.stdout.write(f"{created} new, {duplicate} already in the library, {len(failures)} failed")
        if failures:
            sys.exit(1)
