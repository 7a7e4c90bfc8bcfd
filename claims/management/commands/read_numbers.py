"""python manage.py read_numbers

Reads what each number counts for the values stored before readings were kept with them
(Quantity.counted), as extraction reads them now: each article's body parsed once. The
matcher then never parses those claims again. Safe to run again: a value that has its
reading is left alone.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from claims.matching.readings import readings_fill
from claims.models import Article


class Command(BaseCommand):
    help = "Read what each number counts for the values stored without a reading (one parse per article)."

    def handle(self, *args, **options):
        ids = list(
            Article.objects.filter(claims__quantities__counted__isnull=True).distinct().order_by("id").values_list("pk", flat=True)
        )
        values, articles = readings_fill(article_ids=ids)
        self.stdout.write(f"{values} value(s) read in {articles} article(s).")
