"""Read-side query shapes, decided once here so the admin and the API stay free of N+1 queries."""

import functools
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchQuery
from django.db import connection, connections, router
from django.db.models import BooleanField, Count, F, Func, Prefetch, Q, QuerySet

from .models import Article, Claim, ClaimStatus, Quantity, Speaker


def claim_list() -> QuerySet[Claim]:
    """Claims with everything a list row shows: speaker, article, assignee, quantities."""
    return (
        Claim.objects.select_related("speaker", "article", "assignee")
        .defer("article__body", "search_vector")
        # (not what each number counts: the matcher's reading, which no page shows)
        .prefetch_related(Prefetch("quantities", queryset=Quantity.objects.defer("counted").order_by("start")))
    )


# --- The API's claims list: plain rows, no model instances ---------------------

# What the cursor paginator reads from each row of the page (the columns it may order by).
CLAIM_PAGE_FIELDS = ("id", "created_at", "published_at", "checkworthiness")

# One row of the API's claims list (claims.api.serializers.claim_row shapes it): a claim's
# columns, its speaker's and its article's, by the name claim_row reads them under.
_ROW_COLUMNS = (
    *((name, Claim, name) for name in (
        "id", "text", "start", "end", "is_numeric", "is_attributed", "content", "direct", "cue",
        "status", "published_at", "created_at", "updated_at", "checkworthiness", "speaker_id", "article_id",
    )),
    ("speaker__name", Speaker, "name"),
    ("speaker__kind", Speaker, "kind"),
    ("article__title", Article, "title"),
    ("article__url", Article, "url"),
    ("article__outlet", Article, "outlet"),
    ("article__published_at", Article, "published_at"),
)
QUANTITY_ROW_FIELDS = ("id", "value", "text", "qualifier", "subject", "unit")
_ALIASES = {Claim: "c", Speaker: "s", Article: "a", Quantity: "q"}


@functools.lru_cache(maxsize=512)
def _page_rows_sql(count: int, quote) -> str:
    # The same text for every page of `count` rows: written once per page size and database
    # (quote is its connection's quote_name), not on every request (40 µs of a claims page).
    def column(model, name):
        return f"{_ALIASES[model]}.{quote(model._meta.get_field(name).column)}"

    def table(model):
        return f"{quote(model._meta.db_table)} {_ALIASES[model]}"

    selected = [column(model, name) for _, model, name in _ROW_COLUMNS]
    selected += [column(Quantity, name) for name in QUANTITY_ROW_FIELDS]
    return (
        f"SELECT {', '.join(selected)} FROM {table(Claim)} "
        f"JOIN {table(Article)} ON a.id = {column(Claim, 'article_id')} "
        f"LEFT JOIN {table(Speaker)} ON s.id = {column(Claim, 'speaker_id')} "
        f"LEFT JOIN {table(Quantity)} ON {column(Quantity, 'claim_id')} = c.id "
        f"WHERE c.id IN ({', '.join(['%s'] * count)}) "
        f"ORDER BY c.id, {column(Quantity, 'start')}, {column(Quantity, 'id')}"
    )


def claims_to_page() -> QuerySet[Claim]:
    """The claims a page is cut from before its filters: the plain table, no joins or prefetch for
    claim_page to drop again (a tenth of the claims list's ORM time)."""
    return Claim.objects.all()


def claim_page(queryset: QuerySet[Claim]) -> QuerySet[dict]:
    """`queryset` (filtered, not yet ordered or paged) as dicts of CLAIM_PAGE_FIELDS only: what
    the paginator needs to cut a page. claim_page_rows then reads the page's rows."""
    return queryset.select_related(None).prefetch_related(None).values(*CLAIM_PAGE_FIELDS)


def claim_page_rows(page: list[dict]) -> tuple[list[dict], dict[int, list[dict]]]:
    """The rows of a page that claim_page cut, in its order, and their quantities in text order
    by claim id: one plain query by primary key, from the database the page was read from.

    Compiling the ORM query that joins the speaker and the article and selects every column
    cost more than running it (bench/RESULTS.md, "The claims list's rows by id"): the ORM now
    compiles only the filtered, ordered walk over four columns."""
    ids = [row["id"] for row in page]
    quantities: dict[int, list[dict]] = defaultdict(list)
    if not ids:
        return [], quantities
    names = [name for name, _, _ in _ROW_COLUMNS]
    width = len(names)
    rows: dict[int, dict] = {}
    with connections[router.db_for_read(Claim)].cursor() as cursor:
        cursor.execute(_page_rows_sql(len(ids), cursor.db.ops.quote_name), ids)
        for record in cursor.fetchall():
            claim_id = record[0]
            if claim_id not in rows:
                rows[claim_id] = dict(zip(names, record[:width]))
            if record[width] is not None:
                quantities[claim_id].append(dict(zip(QUANTITY_ROW_FIELDS, record[width:])))
    # A claim deleted between the two reads is left out of the page.
    return [rows[claim_id] for claim_id in ids if claim_id in rows], quantities


# --- Search -----------------------------------------------------------------------

# Up to this many matching speakers, articles or claims, a search uses the literal list of
# their ids (claim_search). Beyond it the match is broad: a subquery or a plain condition then
# keeps the SQL short, and the newest-first index walk meets matching rows early anyway.
SEARCH_ID_LIMIT = 1000


def _ids_or_subquery(queryset: QuerySet):
    ids = list(queryset.order_by().values_list("pk", flat=True)[: SEARCH_ID_LIMIT + 1])
    return ids if len(ids) <= SEARCH_ID_LIMIT else queryset.order_by().values("pk")


class _Matches(Func):
    """tsvector @@ tsquery called as the function behind the operator."""

    function = "ts_match_vq"
    output_field = BooleanField()


def speakers_named(value: str):
    """Ids of the speakers whose name contains `value` (case-insensitive): a list, or a
    subquery when there are many. claims migration 0004's trigram index serves the LIKE."""
    return _ids_or_subquery(Speaker.objects.filter(name__icontains=value))


def claim_search(queryset: QuerySet[Claim], value: str, *, article_titles: bool = False) -> QuerySet[Claim]:
    """Claims whose statement or content match `value` (full text, websearch syntax), or
    whose speaker's name contains it; with article_titles, also those whose article title
    contains it (the admin's search).

    The name and title conditions are resolved to ids first: an OR across a join cannot
    use the GIN index, and PostgreSQL would walk every claim (seconds at 1M claims).
    """
    value = value.strip()
    if not value:
        return queryset
    if connection.vendor != "postgresql":
        condition = Q(text__icontains=value) | Q(content__icontains=value) | Q(speaker__name__icontains=value)
        if article_titles:
            condition |= Q(article__title__icontains=value)
        return queryset.filter(condition)
    # Each way of matching becomes the ids of the claims it matches when they are few (a
    # list), else stays a condition. PostgreSQL then fetches a few hundred rows by primary
    # key and sorts them. Left to itself it estimates a phrase's words as independent and a
    # list of speakers as prolific, and walks the newest-first index past every row
    # (60-350 ms at 1M claims for a rare match).
    ids: set[int] = set()
    conditions: list[Q] = []

    def match(claims: QuerySet[Claim], broad: Q) -> None:
        found = _ids_or_subquery(claims)
        if isinstance(found, list):
            ids.update(found)
        else:
            conditions.append(broad)

    # search_vector is kept by a trigger and GIN-indexed (claims migration 0002). When many
    # claims match, the newest-first walk meets one every few hundred rows at worst, while a
    # bitmap of all of them (tens of thousands, then a sort) is what the planner picks when
    # it underestimates a phrase. The @@ operator's own function is the same test, which no
    # index serves and the planner takes to match a third of the rows: it walks.
    query = SearchQuery(value, config="english", search_type="websearch")
    match(Claim.objects.filter(search_vector=query), Q(_Matches(F("search_vector"), query)))
    speakers = speakers_named(value)
    if not isinstance(speakers, list) or speakers:
        match(Claim.objects.filter(speaker_id__in=speakers), Q(speaker_id__in=speakers))
    if article_titles:
        articles = _ids_or_subquery(Article.objects.filter(title__icontains=value))
        if not isinstance(articles, list) or articles:
            match(Claim.objects.filter(article_id__in=articles), Q(article_id__in=articles))
    condition = Q(pk__in=sorted(ids))
    for broad in conditions:
        condition |= broad
    return queryset.filter(condition)


def speaker_list_with_counts() -> QuerySet[Speaker]:
    """Speakers with their number of claims in each review status."""
    return Speaker.objects.annotate(
        claim_count=Count("claims"),
        **{f"{status}_count": Count("claims", filter=Q(claims__status=status)) for status in ClaimStatus.values},
    )


def claim_published_list() -> QuerySet[Claim]:
    """Published verdicts, newest first: the ClaimReview feed."""
    return claim_list().published().order_by("-published_at", "-id")


def article_list_with_counts() -> QuerySet[Article]:
    """Articles with their number of claims, and of published verdicts, without their bodies."""
    return Article.objects.defer("body").annotate(
        claim_count=Count("claims"),
        published_claim_count=Count("claims", filter=Q(claims__published_at__isnull=False)),
    )


# --- A long article's page, in parts -------------------------------------------

@dataclass(frozen=True)
class BodyPart:
    number: int  # 1-based
    count: int
    start: int
    end: int


def article_body_part(body: str, number: object) -> BodyPart:
    """Part `number` of `body` (any garbage or out-of-range number gives the nearest part).

    The article page shows its body, and the claims that start in it, one part of
    FACTCHECK_ARTICLE_PAGE_CHARS at a time: a huge article's page costs what a normal one does.

    Parts end at the first line break, else space, after every `size` characters, so no
    word is cut; a claim belongs to the part its start is in."""
    size = settings.FACTCHECK_ARTICLE_PAGE_CHARS
    bounds, start = [], 0
    while True:
        end = len(body) if len(body) - start <= size else _part_end(body, start + size)
        bounds.append((start, end))
        if end >= len(body):
            break
        start = end
    try:
        wanted = int(str(number))
    except ValueError:
        wanted = 1
    wanted = min(max(wanted, 1), len(bounds))
    return BodyPart(wanted, len(bounds), *bounds[wanted - 1])


def _part_end(body: str, at: int) -> int:
    for mark in ("\n", " "):
        found = body.find(mark, at, at + 2_000)
        if found != -1:
            return found + 1
    return at
