"""What each claim filter means, defined once: the admin's sidebar and the API's
query parameters both apply these functions, so `speaker=`, `article=`, `outlet=`,
`kind=`, `published=`, `assigned=` and `awaiting_approval=` select the same claims in both.

Each takes a queryset and the value as a person typed it, and never raises on
garbage: a value that cannot match anything (a NUL, an id too large for the
column, a superscript digit) selects nothing.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils.text import smart_split, unescape_string_literal

from .models import DECIDED_STATUSES, Article, Claim
from .selectors import speakers_named

# The largest value a PostgreSQL bigint (the id columns) holds.
MAX_ID = 2**63 - 1
KINDS = ("numeric", "attributed")
ASSIGNED = ("me", "nobody")


def parse_id(value: str) -> int | None:
    """"12" or "#12" as 12; anything else (names, "²", huge numbers) as None."""
    value = value.strip().lstrip("#")
    if value.isascii() and value.isdigit():
        number = int(value)
        return number if 0 < number <= MAX_ID else 0
    return None


def clean_text(value: str) -> str | None:
    """A typed filter value, trimmed; None when no stored text can contain it (a NUL)."""
    value = value.strip()
    return None if "\x00" in value else value


def claims_by_speaker(queryset: QuerySet[Claim], value: str) -> QuerySet[Claim]:
    """A speaker id (or #id), or part of a speaker's name."""
    number = parse_id(value)
    if number is not None:
        return queryset.filter(speaker_id=number) if number else queryset.none()
    text = clean_text(value)
    if text is None:
        return queryset.none()
    # The matching speakers first (a small table, trigram-indexed), then the claims by
    # speaker_id (claim_speaker_status_idx), instead of a LIKE per claim over a join.
    return queryset.filter(speaker_id__in=speakers_named(text))


def claims_by_article(queryset: QuerySet[Claim], value: str) -> QuerySet[Claim]:
    """An article id (or #id), or part of an article's title."""
    number = parse_id(value)
    if number is not None:
        return queryset.filter(article_id=number) if number else queryset.none()
    text = clean_text(value)
    if text is None:
        return queryset.none()
    return queryset.filter(article__in=Article.objects.filter(title__icontains=text).values("pk"))


def by_outlet(queryset: QuerySet, value: str, *, path: str = "article__outlet") -> QuerySet:
    """The outlet's name, whole, in any case; `path` leads from the model to the column."""
    text = clean_text(value)
    if text is None:
        return queryset.none()
    return queryset.filter(**{f"{path}__iexact": text})


def claims_by_kind(queryset: QuerySet[Claim], kind: str) -> QuerySet[Claim]:
    if kind == "numeric":
        return queryset.filter(is_numeric=True)
    if kind == "attributed":
        return queryset.filter(is_attributed=True)
    return queryset


def claims_by_published(queryset: QuerySet[Claim], published: bool) -> QuerySet[Claim]:
    return queryset.filter(published_at__isnull=not published)


def claims_by_assignee(queryset: QuerySet[Claim], value: str, user) -> QuerySet[Claim]:
    """"me": assigned to the user asking; "nobody": unassigned."""
    if value == "me":
        return queryset.filter(assignee_id=user.pk) if user is not None and user.is_authenticated else queryset.none()
    if value == "nobody":
        return queryset.filter(assignee__isnull=True)
    return queryset


def claims_awaiting_approval(queryset: QuerySet[Claim], awaiting: bool) -> QuerySet[Claim]:
    """A reviewer's verdict that no editor has signed off yet: decided, not published.
    False selects every other claim (undecided, or published)."""
    decided = [s.value for s in DECIDED_STATUSES]
    if awaiting:
        return queryset.filter(status__in=decided, published_at__isnull=True)
    return queryset.exclude(status__in=decided, published_at__isnull=True)


def search_terms(value: str) -> tuple[list[str], list[str]]:
    """PostgreSQL's websearch syntax, read without PostgreSQL: words and "quoted phrases"
    that must appear, and -words or -"phrases" that must not. "or" is not understood."""
    wanted, unwanted = [], []
    for term in smart_split(value):
        negative = term.startswith("-") and len(term) > 1
        term = term[1:] if negative else term
        if term[:1] in "\"'" and len(term) > 1 and term[-1] == term[0]:
            term = unescape_string_literal(term)
        term = term.strip()
        if term and "\x00" not in term:
            (unwanted if negative else wanted).append(term)
    return wanted, unwanted


def claims_matching_words(queryset: QuerySet[Claim], value: str, fields: tuple[str, ...]) -> QuerySet[Claim]:
    """The search for databases without full text (SQLite, the quick-start default): every
    wanted word or phrase in one of `fields` (case-insensitive substring, so "flood" also
    finds "floods", but no stemming: "flooded" does not find "flooding"), and no unwanted
    one in the statement or its content."""
    wanted, unwanted = search_terms(value)
    for term in wanted:
        condition = Q()
        for name in fields:
            condition |= Q(**{f"{name}__icontains": term})
        queryset = queryset.filter(condition)
    for term in unwanted:
        queryset = queryset.exclude(Q(text__icontains=term) | Q(content__icontains=term))
    return queryset
