"""The daily digest on the command line.

    python manage.py digest --date 2024-05-01 [--limit 50] [--json]
"""

import json

from django.core.management.base import BaseCommand, CommandError

from checkworthiness import selectors
from factcheck.errors import ValidationFailed


class Command(BaseCommand):
    help = "List the day's most check-worthy unreviewed claims, grouped by speaker."

    def add_arguments(self, parser):
        parser.add_argument("--date", required=True, help="the day, YYYY-MM-DD (UTC)")
        parser.add_argument("--limit", default=str(selectors.DIGEST_LIMIT), help="claims listed")
        parser.add_argument("--json", action="store_true", dest="as_json", help="print the digest as the API returns it")

    def handle(self, *args, date, limit, as_json, **options):
        try:
            digest = selectors.daily_digest(selectors.digest_date(date), limit=selectors.digest_limit(limit))
        except ValidationFailed as exc:
            raise CommandError(exc.message) from exc
        if as_json:
            self.stdout.write(json.dumps(digest, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"Digest for {digest['date']}: {digest['claim_count']} unreviewed claims")
        for group in digest["speakers"]:
            speaker = group["speaker"]
            self.stdout.write("")
            self.stdout.write(f"{speaker['name']} ({speaker['kind']})" if speaker else "(no speaker)")
            for claim in group["claims"]:
                score = "  -  " if claim["checkworthiness"] is None else f"{claim['checkworthiness']:.3f}"
                article = claim["article"]
                self.stdout.write(f"  {score}  #{claim['id']} {claim['text']}")
                self.stdout.write(f"         in #{article['id']} {article['title'] or article['url'] or ''}")
                for factcheck in claim["factchecks"]:
                    self.stdout.write(f"         checked before: {factcheck.get('url') or factcheck}")

