"""python manage.py match_claims [--reset] [--article ID ...]

Re-runs matching (claim groups and figures) over every article, oldest first, or
over the named articles. --reset first drops all groups and figures, which are
derived data, and rebuilds them. Prints a summary; exits 1 when an article failed.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from claims.matching.service import match_article_claims
from claims.models import Article, Claim, ClaimGroup, Figure, Quantity
from factcheck.errors import ApplicationError


class Command(BaseCommand):
    help = "Group the same claims across articles and file reported numbers into figures."

    def add_arguments(self, parser):
        parser.add_argument("--article", dest="articles", type=int, action="append", metavar="ID", help="only this article (repeatable)")
        parser.add_argument("--reset", action="store_true", help="drop every group and figure first and rebuild them")

    def handle(self, *args, articles, reset, **options):
        verbosity = options["verbosity"]
        queryset = Article.objects.order_by(F("published_at").asc(nulls_last=True), "id")
        if articles:
            missing = sorted(set(articles) - set(Article.objects.filter(pk__in=articles).values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, missing))}.")
            queryset = queryset.filter(pk__in=articles)
        if reset:
            if articles:
                raise CommandError("--reset rebuilds everything; it cannot be combined with --article.")
            with transaction.atomic():
                Claim.objects.exclude(group=None).update(group=None)
                Quantity.objects.exclude(figure=None).update(figure=None)
                ClaimGroup.objects.all().delete()
                Figure.objects.all().delete()
        ids = list(queryset.values_list("pk", flat=True))
        failures: list[tuple[int, str]] = []
        grouped = 0
        with Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            disable=not (sys.stdout.isatty() and verbosity > 0),
            transient=True,
        ) as progress:
            task = progress.add_task("Matching", total=len(ids))
            for article_id in ids:
                try:
                    grouped += match_article_claims(article_id=article_id).grouped
                except ApplicationError as exc:
                    failures.append((article_id, exc.message))
                except Exception as exc:  # noqa: BLE001 - reported by id; the other articles go on
                    failures.append((article_id, f"{type(exc).__name__}: {exc}"))
                progress.advance(task)
        for article_id, reason in failures:
            self.stderr.write(f"FAILED article {article_id}: {reason}")
        self.stdout.write(
            f"{len(ids)} articles matched, {grouped} claims newly grouped; "
            f"{ClaimGroup.objects.count()} groups, {Figure.objects.count()} figures "
            f"({Figure.objects.filter(is_conflicting=True).count()} conflicting: "
            f"{Figure.objects.filter(status=Figure.Status.DISPUTED).count()} disputed, "
            f"{Figure.objects.filter(status=Figure.Status.REVISED).count()} revised), {len(failures)} failed"
        )
        if failures:
            sys.exit(1)
