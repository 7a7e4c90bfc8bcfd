"""The synthetic newsroom archive that populate_bench writes: article bodies from the real
texts in seeds/ and ../shared/eval/dev/ with names, places, numbers and sentence order
varied, claims placed from templates at known offsets, and a newsroom's mix of statuses."""

from __future__ import annotations

import bisect
import itertools
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from claims.models import ClaimStatus

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
