"""python manage.py populate_bench --claims N [--seed S] [--batch ARTICLES]

Fills a PostgreSQL database with a newsroom archive at scale for the benchmarks
in bench/: N claims over N/5 articles and N/50 speakers, the article bodies
built from the real texts in seeds/ and ../shared/eval/dev/ with their names,
places, numbers and sentence order varied, and the claims placed from
templates at known offsets (no spaCy: a million claims in minutes).

Statuses follow a newsroom's mix: most claims unreviewed, some in review, some
decided (verified, disputed, unverifiable, not a claim), part of the decided
ones published with approved_by set, and every reviewed claim carries the
history rows the review services would have written.

Rows go in with COPY (psycopg 3), so every CHECK, UNIQUE and foreign key holds
and the claims_claim trigger still checks each span and computes its
search_vector. One transaction per batch of articles: an interrupted run
leaves whole articles behind. With --drop-indexes the secondary indexes of
claims_claim are dropped and rebuilt in the same transaction as the load
(a bulk-load speed-up; constraints and triggers stay in place throughout).

PostgreSQL only: on SQLite the command refuses with a CommandError (the
benchmarks are about the production stack; the demo database needs no
million claims).
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import queue
import random
import re
import threading
import time
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from claims import extraction
from claims.models import ClaimStatus
from claims.speakers import speaker_key

# The archive's shape at 1M claims: 200k articles, 20k speakers.
CLAIMS_PER_ARTICLE = 5
CLAIMS_PER_SPEAKER = 50

# Status mix of an archive where most machine claims are never looked at.
STATUS_WEIGHTS = [
    (ClaimStatus.UNREVIEWED, 82.0),
    (ClaimStatus.IN_REVIEW, 5.0),
    (ClaimStatus.VERIFIED, 5.0),
    (ClaimStatus.DISPUTED, 3.5),
    (ClaimStatus.UNVERIFIABLE, 2.5),
    (ClaimStatus.NOT_A_CLAIM, 2.0),
]
PUBLISHED_SHARE = 0.6  # of decided claims, approved by an editor
BENCH_REVIEWERS = 24
BENCH_EDITORS = 6

ROOT = Path(settings.BASE_DIR)
TEXT_DIRS = (ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev")

FIRST_NAMES = (
    "Maria Tom Aisha Jan Lena Omar Sofia Pedro Mei Ravi Grace Yusuf Ingrid Kwame Hana Luca Amara Diego Nadia "
    "Samuel Chloe Tariq Elena Kenji Fatima Oscar Priya Liam Zara Mateo Ana Felix Leila Hugo Nia Viktor Rosa "
    "Arjun Emma Karim Julia Tendai Clara Hamid Irene Marco Sara Dmitri Alice Kofi Noor Pablo Eva Ahmed Lucy "
    "Bruno Mira Sipho Helen Rafael Yara Anton Joy Ibrahim Nora Carlos Dana Sven Lola Ali Beatriz Olu Greta "
    "Mohammed Iris Jonas Ruth Emeka Vera Andre Layla Piotr Hannah Chen Salma Niko Marta Ade Tessa Imran Judith"
).split()
SURNAME_HEADS = "Bar Kel Mor Hal Fen Dor Lin Car Wes Ash Bren Gal Har Mal Nor Ros Sel Tor Val Win Ab Ok Ad Ez Ib".split()
SURNAME_TAILS = "ton ley son ford ez ini ova berg wick ard ani ski mann ello ayo uki sen wood ridge ias".split()
PLACES = (
    "Leeds Porto Dakar Quito Hanoi Tartu Cork Perth Lagos Osaka Lyon Gdansk Accra Lima Tunis Bergen Cebu "
    "Kochi Mombasa Recife Izmir Malmo Graz Bilbao Kumasi Dundee Aarhus Oran Sapporo Durban Cusco Split Varna "
    "Ghent Basra Jaffna Hobart Tampere Zagreb Nantes Medan Arusha Rosario Bristol Coimbra Brno Tabriz Kazan"
).split()
ORG_KINDS = (
    "City Council", "Health Ministry", "Police Service", "Chamber of Commerce", "Port Authority", "Central Bank",
    "Teachers Union", "Red Cross", "Water Board", "Statistics Office", "Electoral Commission", "Fire Service",
    "University", "Football Club", "Transport Agency", "Housing Trust", "Farmers Association", "Airport",
)
OUTLETS = (
    "The Daily Ledger", "Northern Courier", "Wire Service Europe", "Coastal Times", "The Evening Standard Bench",
    "Global Desk", "Metro Herald", "The Observer Line", "Capital Post", "Harbour Gazette", "Valley News",
    "The Sentinel", "Morning Record", "Pacific Tribune", "Atlas Report", "Civic Journal",
)
SUBJECTS = (
    ("people", "were evacuated"), ("homes", "were damaged"), ("jobs", "were cut"), ("schools", "closed"),
    ("patients", "were treated"), ("flights", "were cancelled"), ("families", "were moved"),
    ("votes", "were cast"), ("cases", "were recorded"), ("workers", "went on strike"),
    ("tonnes of grain", "were shipped"), ("new homes", "were built"), ("migrants", "arrived"),
)
QUALIFIERS = (
    ("More than", "more_than"), ("About", "approximately"), ("At least", "at_least"), ("Nearly", "approximately"),
    ("Fewer than", "less_than"), ("Exactly", "exact"), ("Up to", "at_most"), ("Some", "approximately"),
)
DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend", "last month")
QUOTES = (
    "We are doing everything we can, and we will rebuild",
    "Nobody should have to wait this long for help",
    "The figures speak for themselves",
    "This is the worst season we have seen in a decade",
    "We will not accept these terms",
    "The money is already on its way",
    "Our teams have been working around the clock",
    "There is no evidence that the plan will work",
)
CUES = ("said", "told reporters", "said in a statement", "warned", "told the BBC", "added")
RATIONALES = {
    ClaimStatus.VERIFIED: "Matches the official figures published by the agency.",
    ClaimStatus.DISPUTED: "The agency's own report gives a materially different figure.",
    ClaimStatus.UNVERIFIABLE: "No public record could confirm or refute it.",
    ClaimStatus.NOT_A_CLAIM: "An opinion, not a checkable statement of fact.",
}

# The real texts' people and places, replaced per article by the pool's.
REAL_PEOPLE = (
    "Patricia Hewitt", "Theresa May", "Tony Blair", "Gordon Brown", "Alan Johnson", "Sandra Gidley",
    "Archy Kirkwood", "David Frost", "Richard Parsons", "Serge Troeber", "Jay Gelb", "Paul Newsome",
    "Doug Smith", "Jan Egeland", "Benjamin Netanyahu", "Ghazi Hamad",
)
REAL_PLACES = (
    "Sri Lanka", "Maldive Islands", "Central America", "Indonesia", "Thailand", "India", "Gaza", "Israel",
    "Qatar", "Egypt", "London", "Washington", "Britain", "Somalia",
)
NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+(?:\.\d+)?(?![\w,])")
SENTENCE_END = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+(?=["“A-Z])')


@dataclass
class SourceText:
    headline: str
    paragraphs: list[list[str]]  # sentences per paragraph


@dataclass
class Piece:
    """A claim placed in a body: its span, and the parts of it that are content and quantities."""

    start: int
    end: int
    speaker_id: int | None = None
    content: tuple[int, int] | None = None
    direct: bool | None = None
    cue: str = ""
    quantities: list[tuple[int, int, Decimal, str, str, str]] = field(default_factory=list)  # start, end, value, qual, subject, unit


def load_sources() -> list[SourceText]:
    sources, seen = [], set()
    for folder in TEXT_DIRS:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8").strip()
            if text in seen:
                continue
            seen.add(text)
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            paragraphs = [SENTENCE_END.split(line) for line in lines[1:]]
            sources.append(SourceText(headline=lines[0], paragraphs=[p for p in paragraphs if p]))
    if not sources:
        raise CommandError(f"No article texts found in {', '.join(map(str, TEXT_DIRS))}.")
    return sources


def vary_number(match: re.Match, rng: random.Random) -> str:
    raw = match.group(0)
    digits = raw.replace(",", "")
    if "." in digits:
        value = float(digits) * rng.uniform(0.5, 1.8)
        decimals = len(digits.split(".")[1])
        return f"{value:,.{decimals}f}" if "," in raw else f"{value:.{decimals}f}"
    value = int(digits)
    if 1900 <= value <= 2030 and "," not in raw:  # a year: shift it a little
        return str(value + rng.randint(-3, 3))
    value = max(1, round(value * rng.uniform(0.5, 1.8)))
    return f"{value:,}" if "," in raw or value >= 10000 else str(value)


class Generator:
    """Articles, claims and history rows, deterministic for a seed."""

    def __init__(self, *, seed: int, speakers: list[tuple[int, str, str]], reviewers: list[int], editors: list[int]):
        self.rng = random.Random(seed)
        self.sources = load_sources()
        self.speakers = speakers  # (id, name, kind)
        # A few speakers are quoted far more than the rest (heads of state, agencies).
        self.speaker_cum = list(itertools.accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(len(speakers))))
        self.reviewers, self.editors = reviewers, editors
        self.status_values = [s for s, _ in STATUS_WEIGHTS]
        self.status_cum = list(itertools.accumulate(w for _, w in STATUS_WEIGHTS))
        names = sorted(set(REAL_PEOPLE) | set(REAL_PLACES) | {p.split()[-1] for p in REAL_PEOPLE} - {"May"}, key=len, reverse=True)
        self.names_re = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
        # "May" is also a month: only "Theresa May" in full is replaced.
        self.surname_of = {p.split()[-1]: p for p in REAL_PEOPLE if p.split()[-1] != "May"}
        self.epoch_end = datetime(2026, 11, 1, tzinfo=dt_timezone.utc)

    def pick_speaker(self) -> tuple[int, str, str]:
        r = self.rng.random() * self.speaker_cum[-1]
        return self.speakers[bisect.bisect_left(self.speaker_cum, r)]

    def _substitute(self, text: str, mapping: dict[str, str]) -> str:
        rng = self.rng

        def person_or_place(match: re.Match) -> str:
            name = match.group(0)
            if name in mapping:
                return mapping[name]
            if name in self.surname_of:  # a bare surname follows its full name's replacement
                full = mapping.get(self.surname_of[name])
                mapping[name] = full.split()[-1] if full else rng.choice(SURNAME_HEADS) + rng.choice(SURNAME_TAILS)
            elif name in REAL_PLACES:
                mapping[name] = rng.choice(PLACES)
            else:
                mapping[name] = self.pick_speaker()[1] if rng.random() < 0.5 else (
                    f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAME_HEADS)}{rng.choice(SURNAME_TAILS)}"
                )
            return mapping[name]

        text = self.names_re.sub(person_or_place, text)
        return NUMBER.sub(lambda m: vary_number(m, rng), text)

    def _template_claim(self, body_len: int) -> tuple[str, Piece]:
        """One claim sentence with its offsets relative to `body_len` (where it will start)."""
        rng = self.rng
        n = rng.choice((rng.randint(2, 99), rng.randint(100, 9999), rng.randint(10_000, 500_000)))
        qual_text, qualifier = rng.choice(QUALIFIERS)
        subject, verb = rng.choice(SUBJECTS)
        place, day = rng.choice(PLACES), rng.choice(DAYS)
        number = f"{n:,}"
        kind = rng.random()
        if kind < 0.35:  # numeric, unattributed
            lead = f"{qual_text} "
            sentence = f"{lead}{number} {subject} {verb} in {place} {day}."
            q0 = body_len + len(lead)
            piece = Piece(body_len, body_len + len(sentence))
            piece.quantities.append((q0, q0 + len(number), Decimal(n), qualifier, subject, ""))
            return sentence, piece
        speaker_id, speaker_name, _ = self.pick_speaker()
        cue = rng.choice(CUES)
        if kind < 0.7:  # direct quote
            quote = rng.choice(QUOTES)
            sentence = f'"{quote}," {speaker_name} {cue}.'
            c0 = body_len + 1
            return sentence, Piece(
                body_len, body_len + len(sentence), speaker_id, (c0, c0 + len(quote)), True, cue
            )
        # reported speech with a figure in it: attributed and numeric
        lead = f"{speaker_name} said that "
        content = f"{qual_text.lower()} {number} {subject} {verb} in {place}"
        sentence = f"{lead}{content}."
        c0 = body_len + len(lead)
        q0 = c0 + len(qual_text) + 1
        piece = Piece(body_len, body_len + len(sentence), speaker_id, (c0, c0 + len(content)), False, "said")
        piece.quantities.append((q0, q0 + len(number), Decimal(n), qualifier, subject, ""))
        return sentence, piece

    def article(self) -> tuple[str, str, list[Piece]]:
        """(headline, body, claims) for one article."""
        rng = self.rng
        source = rng.choice(self.sources)
        mapping: dict[str, str] = {}
        headline = self._substitute(source.headline, mapping)
        paragraphs = [list(p) for p in source.paragraphs]
        # Vary the order: swap some neighbouring sentences, sometimes whole paragraphs, drop a few.
        for p in paragraphs:
            for i in range(len(p) - 1):
                if rng.random() < 0.2:
                    p[i], p[i + 1] = p[i + 1], p[i]
        if len(paragraphs) > 2 and rng.random() < 0.5:
            i = rng.randrange(1, len(paragraphs) - 1)
            paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
        paragraphs = [[s for s in p if rng.random() > 0.15] or p[:1] for p in paragraphs]
        wanted = max(1, min(12, round(rng.gauss(CLAIMS_PER_ARTICLE, 1.6))))
        # Template claims go after randomly chosen sentences; real sentences with figures fill the rest.
        n_templates = rng.randint(max(1, wanted // 3), max(1, wanted - 1)) if wanted > 1 else 1
        slots = [(pi, si) for pi, p in enumerate(paragraphs) for si in range(len(p))]
        after = set(rng.sample(slots, min(n_templates, len(slots))))

        place = rng.choice(PLACES).upper()
        parts = [headline, "\n\n", f"{place} - "]
        pos = len(headline) + 2 + len(place) + 3
        claims: list[Piece] = []
        numeric_real: list[Piece] = []
        for pi, p in enumerate(paragraphs):
            if pi:
                parts.append("\n\n")
                pos += 2
            for si, sentence in enumerate(p):
                if si:
                    parts.append(" ")
                    pos += 1
                sentence = self._substitute(sentence, mapping)
                match = NUMBER.search(sentence)
                if match and len(sentence) < 400:
                    piece = Piece(pos, pos + len(sentence))
                    value = Decimal(match.group(0).replace(",", ""))
                    unit = "GBP" if sentence[max(0, match.start() - 1):match.start()] == "£" else (
                        "USD" if sentence[max(0, match.start() - 1):match.start()] == "$" else (
                            "%" if sentence[match.end():match.end() + 1] == "%" else ""))
                    subject = ["percent"] if unit == "%" else re.findall(r"[A-Za-z]{3,}", sentence[match.end():match.end() + 40])[:1]
                    piece.quantities.append(
                        (pos + match.start(), pos + match.end(), value, "exact", (subject[0] if subject else "")[:60], unit)
                    )
                    numeric_real.append(piece)
                parts.append(sentence)
                pos += len(sentence)
                if (pi, si) in after:
                    sentence, piece = self._template_claim(pos + 1)
                    parts.append(" " + sentence)
                    pos += 1 + len(sentence)
                    claims.append(piece)
        claims.extend(rng.sample(numeric_real, min(len(numeric_real), max(0, wanted - len(claims)))))
        byline = f"\n\nReporting by {rng.choice(FIRST_NAMES)} {rng.choice(SURNAME_HEADS)}{rng.choice(SURNAME_TAILS)}."
        parts.append(byline)
        return headline, "".join(parts), claims

    def status(self) -> str:
        return self.status_values[bisect.bisect_left(self.status_cum, self.rng.random() * self.status_cum[-1])]

    def published_at(self) -> datetime:
        # Five years of archive, denser towards the present.
        days = 5 * 365 * (self.rng.random() ** 1.5)
        return self.epoch_end - timedelta(days=days, seconds=self.rng.randrange(86400))


# --- COPY columns --------------------------------------------------------------

ARTICLE_COLUMNS = (
    "id", "title", "url", "outlet", "author", "published_at", "body", "content_hash", "extraction_status",
    "extraction_error", "extractor_version", "extracted_at", "created_at", "updated_at",
)
CLAIM_COLUMNS = (
    "id", "article_id", "start", '"end"', "text", "is_attributed", "speaker_id", "content_start", "content_end",
    "content", "direct", "cue", "is_numeric", "status", "assignee_id", "verdict_by_id", "verdict_at",
    "approved_by_id", "published_at", "version", "extractor_version", "created_at", "updated_at",
)
QUANTITY_COLUMNS = ("claim_id", "value", "text", "start", '"end"', "qualifier", "subject", "unit")
EVENT_COLUMNS = (
    "id", "claim_id", "actor_id", "action", "from_status", "to_status", "verdict", "note", "changes", "assignee_id",
    "created_at",
)
EVIDENCE_COLUMNS = ("claim_id", "event_id", "url", "note", "created_at")


def _copy_sql(table: str, columns) -> str:
    return f"COPY {table} ({', '.join(columns)}) FROM STDIN"


def _reserve_ids(table: str, n: int) -> list[int]:
    """n ids taken from the table's identity sequence (no lock: ids are unique, even if others insert)."""
    if n == 0:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, n]
        )
        return [row[0] for row in cursor.fetchall()]


class Command(BaseCommand):
    help = "Fill the (PostgreSQL) database with a realistic archive at scale for the benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=1_000_000, help="claims to add (default 1,000,000)")
        parser.add_argument("--seed", type=int, default=1, help="random seed (the same seed gives the same archive)")
        parser.add_argument("--batch", type=int, default=5000, help="articles per transaction (default 5000)")
        parser.add_argument(
            "--drop-indexes", action="store_true",
            help="drop claims_claim's secondary indexes for the load and rebuild them in the same transaction",
        )

    def handle(self, *args, claims, seed, batch, drop_indexes, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                f"populate_bench needs PostgreSQL (it loads with COPY and relies on the PostgreSQL triggers); "
                f"the database in use is {connection.vendor}. Set DATABASE_URL=postgres://..."
            )
        if claims < 1 or batch < 1:
            raise CommandError("--claims and --batch must be positive.")
        started = time.monotonic()
        n_articles = max(1, claims // CLAIMS_PER_ARTICLE)
        n_speakers = max(10, claims // CLAIMS_PER_SPEAKER)
        reviewers, editors = self._users()
        speakers = self._speakers(n_speakers, random.Random(seed))
        generator = Generator(seed=seed, speakers=speakers, reviewers=reviewers, editors=editors)

        totals = {"articles": 0, "claims": 0, "quantities": 0, "events": 0, "evidence": 0}
        show = self.stdout.isatty() and options["verbosity"] > 0
        columns = (
            TextColumn("Populating"), BarColumn(), MofNCompleteColumn(), TextColumn("claims"),
            TimeElapsedColumn(), TimeRemainingColumn(),
        )
        with Progress(*columns, disable=not show, transient=False) as progress:
            task = progress.add_task("claims", total=claims)
            with transaction.atomic() if drop_indexes else nullcontext():
                dropped = self._drop_indexes() if drop_indexes else []
                # Python builds batch k+1 while PostgreSQL ingests batch k: the two cores both work.
                for rows in self._produce(generator, min(batch, n_articles), claims):
                    with transaction.atomic():
                        progress.advance(task, self._write_batch(rows, totals))
                if dropped:
                    progress.console.print(f"Rebuilding {len(dropped)} indexes…") if show else None
                    self._rebuild_indexes(dropped)
        with connection.cursor() as cursor:
            for table in ("claims_article", "claims_claim", "claims_quantity", "claims_speaker", "reviews_reviewevent", "reviews_evidence"):
                cursor.execute(f"ANALYZE {table}")
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Added {totals['articles']:,} articles, {totals['claims']:,} claims, {totals['quantities']:,} quantities, "
            f"{len(speakers):,} speakers, {totals['events']:,} review events, {totals['evidence']:,} evidence "
            f"in {elapsed:.1f}s ({totals['claims'] / elapsed:,.0f} claims/s)."
        )

    # --- setup ------------------------------------------------------------------

    def _users(self) -> tuple[list[int], list[int]]:
        """Reviewers and editors in their roles, created once and reused by later runs."""
        User = get_user_model()
        groups = {g.name: g for g in Group.objects.filter(name__in=("reviewer", "editor"))}
        if len(groups) < 2:
            raise CommandError("The reviewer and editor roles do not exist: run `manage.py migrate` first.")
        ids = {"reviewer": [], "editor": []}
        for role, count in (("reviewer", BENCH_REVIEWERS), ("editor", BENCH_EDITORS)):
            for i in range(count):
                user, created = User.objects.get_or_create(username=f"bench_{role}_{i:02}", defaults={"is_staff": True})
                if created:
                    user.set_unusable_password()
                    user.save(update_fields=["password"])
                    user.groups.add(groups[role])
                ids[role].append(user.pk)
        return ids["reviewer"], ids["editor"]

    def _speakers(self, n: int, rng: random.Random) -> list[tuple[int, str, str]]:
        """The speaker pool: existing bench speakers are reused, the rest inserted with COPY."""
        people = [f"{f} {h}{t}" for f in FIRST_NAMES for h in SURNAME_HEADS for t in SURNAME_TAILS]
        orgs = [f"{place} {kind}" for place in PLACES for kind in ORG_KINDS]
        rng.shuffle(people)
        rng.shuffle(orgs)
        n_orgs = min(len(orgs), n // 10)
        wanted = [(name, "organization") for name in orgs[:n_orgs]] + [(name, "person") for name in people[: n - n_orgs]]
        if len(wanted) < n:
            wanted += [(f"{name} {i}", "person") for i, name in enumerate(people[: n - len(wanted)])]
        rng.shuffle(wanted)
        now = datetime.now(dt_timezone.utc)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("LOCK TABLE claims_speaker IN SHARE ROW EXCLUSIVE MODE")
            cursor.execute("SELECT key, kind FROM claims_speaker")
            existing = set(cursor.fetchall())
            with connection.connection.cursor().copy(_copy_sql("claims_speaker", ("name", "key", "kind", "aliases", "created_at", "updated_at"))) as copy:
                for name, kind in wanted:
                    key = speaker_key(name, kind)
                    if (key, kind) not in existing:
                        existing.add((key, kind))
                        copy.write_row((name, key, kind, "[]", now, now))
            keys = {speaker_key(name, kind): (name, kind) for name, kind in wanted}
            cursor.execute("SELECT id, name, key, kind FROM claims_speaker ORDER BY id")
            pool = [(pk, name, kind) for pk, name, key, kind in cursor.fetchall() if keys.get(key, (None, None))[1] == kind]
        return pool[:n]

    def _produce(self, gen: Generator, n_articles: int, claims: int) -> Iterator[dict]:
        """Batches built in a thread, at most two ahead of the writer."""
        batches: queue.Queue = queue.Queue(maxsize=2)
        stop = threading.Event()

        def run():
            try:
                remaining = claims
                while remaining > 0 and not stop.is_set():
                    rows = self._prepare_batch(gen, n_articles, remaining)
                    remaining -= len(rows["claims_claim"][1])
                    batches.put(rows)
                batches.put(None)
            except BaseException as exc:  # handed to the writer, which raises it
                batches.put(exc)
            finally:
                connection.close()  # this thread's own connection

        producer = threading.Thread(target=run, name="populate_bench-producer", daemon=True)
        producer.start()
        try:
            while (item := batches.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            while producer.is_alive():  # unblock a producer waiting on a full queue
                try:
                    batches.get_nowait()
                except queue.Empty:
                    pass
                producer.join(timeout=0.1)

    # --- one transaction's worth ------------------------------------------------------

    def _prepare_batch(self, gen: Generator, n_articles: int, claims_left: int) -> dict:
        """The rows of one batch (runs in the producer thread, on its own connection for the ids)."""
        rng = gen.rng
        articles = []
        claim_count = 0
        while len(articles) < n_articles and claim_count < claims_left:
            headline, body, pieces = gen.article()
            pieces = pieces[: claims_left - claim_count]
            if pieces:
                articles.append((headline, body, pieces))
                claim_count += len(pieces)
        article_ids = _reserve_ids("claims_article", len(articles))
        claim_ids = iter(_reserve_ids("claims_claim", claim_count))
        article_rows, claim_rows, quantity_rows, history = [], [], [], []
        version = extraction.EXTRACTOR_VERSION
        for article_id, (headline, body, pieces) in zip(article_ids, articles, strict=True):
            published = gen.published_at()
            created = published + timedelta(minutes=rng.randint(5, 600))
            outlet = rng.choice(OUTLETS)
            slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60] or "story"
            url = f"https://bench.example.org/{outlet.lower().replace(' ', '-')}/{published:%Y/%m}/{article_id}-{slug}"
            author = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAME_HEADS)}{rng.choice(SURNAME_TAILS)}"
            # The article id in the byline keeps every body, hence every content_hash, unique.
            body = f"{body} Story {article_id}."
            article_rows.append((
                article_id, headline[:500], url, outlet, author, published, body,
                hashlib.sha256(body.encode()).hexdigest(), "done", "", version, created, created, created,
            ))
            for piece in pieces:
                claim_id = next(claim_ids)
                row, events = self._claim_row(gen, claim_id, article_id, body, piece, gen.status(), created)
                claim_rows.append(row)
                history.extend(events)
                for q0, q1, value, qualifier, subject, unit in piece.quantities:
                    quantity_rows.append((claim_id, value, body[q0:q1], q0, q1, qualifier, subject, unit))
        # Event ids too, so evidence rows can name their verdict event.
        event_ids = iter(_reserve_ids("reviews_reviewevent", sum(1 for kind, _ in history if kind == "event")))
        event_rows, evidence_rows = [], []
        for kind, row in history:
            if kind == "event":
                event_rows.append((next(event_ids), *row))
            else:  # evidence of the verdict event just before it
                evidence_rows.append((row[0], event_rows[-1][0], *row[1:]))
        return {
            "claims_article": (ARTICLE_COLUMNS, article_rows),
            "claims_claim": (CLAIM_COLUMNS, claim_rows),
            "claims_quantity": (QUANTITY_COLUMNS, quantity_rows),
            "reviews_reviewevent": (EVENT_COLUMNS, event_rows),
            "reviews_evidence": (EVIDENCE_COLUMNS, evidence_rows),
        }

    def _write_batch(self, batch: dict, totals: dict) -> int:
        """COPY one batch, in table order (the triggers look up the rows written before)."""
        with connection.connection.cursor() as cur:  # the psycopg 3 connection under Django's
            for table, (columns, rows) in batch.items():
                with cur.copy(_copy_sql(table, columns)) as copy:
                    for row in rows:
                        copy.write_row(row)
        for key, table in (("articles", "claims_article"), ("claims", "claims_claim"), ("quantities", "claims_quantity"),
                           ("events", "reviews_reviewevent"), ("evidence", "reviews_evidence")):
            totals[key] += len(batch[table][1])
        return len(batch["claims_claim"][1])

    def _claim_row(self, gen: Generator, claim_id, article_id, body, piece: Piece, status, created):
        rng = gen.rng
        text = body[piece.start:piece.end]
        if piece.content:
            c0, c1 = piece.content
            content = body[c0:c1]
        else:
            c0 = c1 = None
            content = ""
        assignee = verdict_by = verdict_at = approved_by = published_at = None
        version = 1
        events = []
        updated = created
        if status != ClaimStatus.UNREVIEWED:
            assignee = rng.choice(gen.reviewers)
            started = created + timedelta(hours=rng.uniform(1, 240))
            events.append(("event", (claim_id, assignee, "start_review", "unreviewed", "in_review", "", "", "{}", assignee, started)))
            version, updated = 2, started
            if status != ClaimStatus.IN_REVIEW:
                verdict_by = assignee
                verdict_at = started + timedelta(hours=rng.uniform(0.5, 72))
                events.append(("event", (claim_id, verdict_by, "verdict", "in_review", status, status, RATIONALES[status], "{}", None, verdict_at)))
                if status in (ClaimStatus.VERIFIED, ClaimStatus.DISPUTED):
                    events.append(("evidence", (claim_id, f"https://evidence.example.org/{claim_id}", "Official statistics release", verdict_at)))
                version, updated = 3, verdict_at
                if rng.random() < PUBLISHED_SHARE:
                    approved_by = rng.choice(gen.editors)  # editors never give these verdicts: four eyes holds
                    published_at = verdict_at + timedelta(hours=rng.uniform(0.5, 48))
                    events.append(("event", (claim_id, approved_by, "approve", status, status, status, "", "{}", None, published_at)))
                    version, updated = 4, published_at
        row = (
            claim_id, article_id, piece.start, piece.end, text, piece.content is not None, piece.speaker_id, c0, c1,
            content, piece.direct, piece.cue, bool(piece.quantities), status, assignee, verdict_by, verdict_at,
            approved_by, published_at, version, extraction.EXTRACTOR_VERSION, created, updated,
        )
        return row, events

    # --- optional bulk-load index handling -----------------------------------------

    def _drop_indexes(self) -> list[tuple[str, str]]:
        """Secondary indexes of claims_claim (not those behind a constraint), dropped for the load."""
        with connection.cursor() as cursor:
            cursor.execute(
                """SELECT i.indexname, i.indexdef FROM pg_indexes i
                   WHERE i.tablename = 'claims_claim' AND i.schemaname = current_schema()
                     AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"""
            )
            indexes = cursor.fetchall()
            for name, _ in indexes:
                cursor.execute(f'DROP INDEX "{name}"')
        return indexes

    def _rebuild_indexes(self, indexes: list[tuple[str, str]]) -> None:
        with connection.cursor() as cursor:
            # The deferred foreign-key checks run now (they still run: CREATE INDEX refuses pending ones).
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            for _, definition in indexes:
                cursor.execute(definition)


