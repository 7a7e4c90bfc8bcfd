from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from django.db.models.lookups import Exact

from factcheck.db import TimeStampedModel, choices_check


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    PROCESSING = "processing", "Processing"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Article(TimeStampedModel):
    ExtractionStatus = ExtractionStatus

    title = models.CharField(max_length=500, blank=True)
    # NULL, never "", when absent. Unique among current articles only (see Meta): a
    # correction published at the same URL is a new revision of the article.
    url = models.URLField(max_length=2000, null=True, blank=True)
    # The article this one corrects (same URL, changed text), and when a newer revision
    # replaced this one; claims reviewed on the old text stay on the old article.
    revision_of = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="revisions", editable=False
    )
    superseded_at = models.DateTimeField(null=True, blank=True, editable=False)
    outlet = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # The body exactly as ingested: every claim offset indexes into it.
    body = models.TextField()
    # sha256 of the body: the same text ingested twice is one article.
    content_hash = models.CharField(max_length=64, unique=True)
    extraction_status = models.CharField(
        max_length=20, choices=ExtractionStatus.choices, default=ExtractionStatus.PENDING
    )
    extraction_error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=50, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    # When matching last finished for this article's claims: an extracted article
    # with none is unfinished work that the sweep picks up (claims.pipeline).
    matched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(body=""), name="article_body_not_empty"),
            models.CheckConstraint(condition=~Q(url=""), name="article_url_null_not_empty"),
            # One current article per URL; superseded revisions keep theirs. Also the index
            # of the ingest's "is this URL stored?" lookup.
            models.UniqueConstraint(
                fields=["url"], condition=Q(superseded_at__isnull=True), name="article_url_unique_current"
            ),
            models.CheckConstraint(condition=Exact(Length("content_hash"), 64), name="article_hash_sha256"),
            choices_check("extraction_status", ExtractionStatus, "article_extraction_status_valid"),
        ]
        indexes = [
            # Admin and API filter by outlet.
            models.Index(fields=["outlet"], name="article_outlet_idx"),
            # The API orders and filters articles by publication date.
            models.Index(fields=["published_at"], name="article_published_idx"),
            # Operators look for failed or stuck extractions.
            models.Index(fields=["extraction_status"], name="article_extraction_idx"),
        ]

    def __str__(self):
        return self.title or self.url or f"Article {self.pk}"


class SpeakerKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organisation"
    ANONYMOUS = "anonymous", "Anonymous"
    OTHER = "other", "Other"


class Speaker(TimeStampedModel):
    """One row per real source across all articles."""

    Kind = SpeakerKind

    name = models.CharField(max_length=300)
    # The case- and punctuation-folded name that identifies the speaker (see claims.speakers).
    key = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    aliases = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["key", "kind"], name="speaker_unique_key_kind"),
            models.CheckConstraint(condition=~Q(name="") & ~Q(key=""), name="speaker_name_not_empty"),
            choices_check("kind", SpeakerKind, "speaker_kind_valid"),
        ]
        indexes = [
            # The API's ?speaker=NAME and the admin's speaker search.
            models.Index(fields=["name"], name="speaker_name_idx"),
        ]

    def __str__(self):
        return self.name


class ClaimQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_at__isnull=False)

    def numeric(self):
        return self.filter(is_numeric=True)

    def attributed(self):
        return self.filter(is_attributed=True)

    def untouched(self):
        """Machine claims nobody has reviewed: re-extraction may replace them."""
        return self.filter(status=ClaimStatus.UNREVIEWED, assignee__isnull=True, version=1)


class ClaimStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    IN_REVIEW = "in_review", "In review"
    VERIFIED = "verified", "Verified"
    DISPUTED = "disputed", "Disputed"
    UNVERIFIABLE = "unverifiable", "Unverifiable"
    NOT_A_CLAIM = "not_a_claim", "Not a claim"


DECIDED_STATUSES = (ClaimStatus.VERIFIED, ClaimStatus.DISPUTED, ClaimStatus.UNVERIFIABLE, ClaimStatus.NOT_A_CLAIM)


class Claim(TimeStampedModel):
    Status = ClaimStatus

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()

    # The attribution, when the claim has one.
    is_attributed = models.BooleanField(default=False)
    # Indexed with its claims newest first (claim_speaker_newest_idx), not on its own.
    speaker = models.ForeignKey(
        Speaker, on_delete=models.PROTECT, null=True, blank=True, related_name="claims", db_index=False
    )
    content_start = models.PositiveIntegerField(null=True, blank=True)
    content_end = models.PositiveIntegerField(null=True, blank=True)
    content = models.TextField(blank=True)
    direct = models.BooleanField(null=True, blank=True)
    cue = models.CharField(max_length=100, blank=True)

    # Set from the quantities when the claim is stored, so the filter needs no join.
    is_numeric = models.BooleanField(default=False)

    # The review workflow's state (reviews.services changes it; nothing else does).
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.UNREVIEWED)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="assigned_claims"
    )
    verdict_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="verdicts_given"
    )
    verdict_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="verdicts_approved"
    )
    # Set when an editor approves the verdict: only then is it published.
    published_at = models.DateTimeField(null=True, blank=True)
    # Bumped on every change a person makes: the ETag, and the guard of every transition.
    version = models.PositiveIntegerField(default=1)
    extractor_version = models.CharField(max_length=50, blank=True)
    # The same statement made elsewhere (claims.matching sets it after extraction).
    # Its FK index serves "the claims of a group" (verdict reuse, group admin).
    group = models.ForeignKey("ClaimGroup", on_delete=models.SET_NULL, null=True, blank=True, related_name="claims")
    # Full-text search over statement and content, maintained by a PostgreSQL
    # trigger (migration 0002); unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    # How worth checking the claim is, 0..1 (claims.checkworthiness); NULL until scored.
    checkworthiness = models.FloatField(null=True, blank=True)
    # The claim's sentence embedding (factcheck.embeddings), float32 bytes; NULL until embedded.
    embedding = models.BinaryField(null=True, blank=True, editable=False)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [
            ("review_claim", "Can start reviews and give verdicts"),
            ("approve_claim", "Can approve and reopen verdicts"),
            ("assign_claim", "Can assign claims to reviewers"),
            ("correct_claim", "Can correct extracted fields"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claim_span_ordered"),
            models.CheckConstraint(condition=~Q(text=""), name="claim_text_not_empty"),
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span_per_article"),
            models.CheckConstraint(
                condition=(
                    Q(is_attributed=False, content_start__isnull=True, content_end__isnull=True)
                    | Q(
                        is_attributed=True,
                        content_start__gte=F("start"),
                        content_start__lt=F("content_end"),
                        content_end__lte=F("end"),
                    )
                ),
                name="claim_content_inside_span",
            ),
            choices_check("status", ClaimStatus, "claim_status_valid"),
            models.CheckConstraint(
                condition=Q(published_at__isnull=True)
                | Q(status__in=[s.value for s in DECIDED_STATUSES], approved_by__isnull=False),
                name="claim_published_needs_approved_verdict",
            ),
            models.CheckConstraint(
                condition=Q(status="unreviewed") | Q(status="in_review") | Q(verdict_by__isnull=False),
                name="claim_decided_has_verdict_by",
            ),
        ]
        indexes = [
            # Reviewers' and API's main filter, newest first.
            models.Index(fields=["status", "-created_at"], name="claim_status_created_idx"),
            # "Assigned to me".
            models.Index(fields=["assignee", "status"], name="claim_assignee_status_idx"),
            # Everything one speaker said, by status (speaker pages, API speaker filter).
            models.Index(fields=["speaker", "status"], name="claim_speaker_status_idx"),
            # A speaker's newest claims: what matching compares a new statement with
            # (claims.matching.candidates), read without sorting the speaker's whole history.
            models.Index(fields=["speaker", "-id"], name="claim_speaker_newest_idx"),
            # Published verdicts, newest first (ClaimReview feed, ?published=true).
            models.Index(fields=["-published_at"], name="claim_published_idx", condition=Q(published_at__isnull=False)),
            # The kind filter.
            models.Index(fields=["is_numeric", "-created_at"], name="claim_numeric_idx"),
            models.Index(fields=["is_attributed", "-created_at"], name="claim_attributed_idx"),
            # The queue in priority order: scored unreviewed claims, most worth checking first
            # (the dashboard's "today", ?ordering=-checkworthiness). Unscored claims are left
            # out rather than sorted with NULLS LAST, which SQLite's indexes cannot express.
            models.Index(
                fields=["-checkworthiness", "-id"],
                name="claim_unreviewed_worth_idx",
                condition=Q(status="unreviewed", checkworthiness__isnull=False),
            ),
        ]

    def __str__(self):
        return self.text[:80]

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def embedding_text(self) -> str:
        """What the claim says, for similarity and scoring: the attributed content, else the statement."""
        return self.content or self.text


class Qualifier(models.TextChoices):
    EXACT = "exact", "exactly"
    APPROXIMATELY = "approximately", "approximately"
    AT_LEAST = "at_least", "at least"
    MORE_THAN = "more_than", "more than"
    AT_MOST = "at_most", "at most"
    LESS_THAN = "less_than", "less than"


class Quantity(models.Model):
    Qualifier = Qualifier

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="quantities")
    value = models.DecimalField(max_digits=28, decimal_places=6)
    text = models.CharField(max_length=200)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT)
    subject = models.CharField(max_length=200, blank=True)
    unit = models.CharField(max_length=20, blank=True)
    # What the number counts as its article's parse says (claims.matching.counted.Counted, as JSON),
    # read when the claim is extracted, so that the matcher never parses the claim again and every
    # process that matches it reads the same; null when the matcher does not read it, or for a
    # value stored before readings were kept (the matcher then parses the claim alone).
    counted = models.JSONField(null=True, blank=True, editable=False)
    # The figure this value is an observation of (claims.matching sets it).
    # Its FK index serves a figure's timeline of values.
    figure = models.ForeignKey("Figure", on_delete=models.SET_NULL, null=True, blank=True, related_name="quantities")

    class Meta:
        ordering = ["start"]
        verbose_name_plural = "quantities"
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="quantity_span_ordered"),
            models.UniqueConstraint(fields=["claim", "start", "end"], name="quantity_unique_span_per_claim"),
            choices_check("qualifier", Qualifier, "quantity_qualifier_valid"),
        ]
        indexes = [
            # The API's ?subject= filter and figure grouping.
            models.Index(fields=["subject", "value"], name="quantity_subject_value_idx"),
            # ?value_min= / ?value_max=.
            models.Index(fields=["value"], name="quantity_value_idx"),
        ]

    def __str__(self):
        return f"{self.text} ({self.subject})" if self.subject else self.text


class FigureStatus(models.TextChoices):
    # The values can all be true.
    CONSISTENT = "consistent", "Consistent"
    # They cannot, but only because the number changed over time (claims.matching.status).
    REVISED = "revised", "Revised"
    # Sources disagree about the same thing at about the same time.
    DISPUTED = "disputed", "Disputed"


class Figure(TimeStampedModel):
    """One number reported over time: the same subject, scope and unit across articles.

    Its observed values are its quantities (each with its claim, article and
    speaker). Derived data: claims.matching creates and updates figures.
    """

    # Normalised subject family ("deaths", "injured", or the lemmas of the subject).
    subject_key = models.CharField(max_length=200)
    # The place words that narrow the figure ("indonesia"); "" for no stated scope.
    scope_key = models.CharField(max_length=200, blank=True)
    # Its values say they count a whole ("across the region"): its empty scope is stated, so
    # a value from one place never joins it (claims.matching.figures).
    scope_whole = models.BooleanField(default=False)
    unit = models.CharField(max_length=20, blank=True)
    label = models.CharField(max_length=300)
    # The span of article dates of its values: a figure only takes values
    # reported near that span, so one subject and place in two events are two figures.
    first_seen = models.DateTimeField()
    last_seen = models.DateTimeField()
    Status = FigureStatus

    # Whether the observed values cannot all be true (see claims.matching.intervals_conflict):
    # the status is revised or disputed. Kept for the API's ?conflicting= filter.
    is_conflicting = models.BooleanField(default=False)
    # What kind of divergence the values show; claims.matching.status decides it.
    status = models.CharField(max_length=20, choices=FigureStatus.choices, default=FigureStatus.CONSISTENT)
    value_count = models.PositiveIntegerField(default=0)
    # Distinct reports: a source repeating its value in ten articles is one.
    report_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-last_seen", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(subject_key="") & ~Q(label=""), name="figure_subject_not_empty"),
            models.CheckConstraint(condition=Q(first_seen__lte=F("last_seen")), name="figure_seen_ordered"),
            choices_check("status", FigureStatus, "figure_status_valid"),
        ]
        indexes = [
            # Matching looks a figure up by its key near an article's date.
            models.Index(fields=["subject_key", "scope_key", "unit", "last_seen"], name="figure_key_idx"),
            # The API's ?conflicting=true and the admin's filter, newest first.
            models.Index(fields=["is_conflicting", "-last_seen"], name="figure_conflicting_idx"),
            # The API's ?status= and the admin's filter, newest first.
            models.Index(fields=["status", "-last_seen"], name="figure_status_idx"),
        ]

    def __str__(self):
        return self.label


class ClaimGroupKind(models.TextChoices):
    # The same speaker saying near-identical words.
    STATEMENT = "statement", "Same statement"
    # The same value of the same figure.
    QUANTITY = "quantity", "Same figure value"


class ClaimGroup(TimeStampedModel):
    """Claims that make the same statement in different articles, so a verdict can be reused."""

    Kind = ClaimGroupKind

    kind = models.CharField(max_length=20, choices=Kind.choices)
    label = models.CharField(max_length=500)
    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, null=True, blank=True, related_name="claim_groups")
    figure = models.ForeignKey(Figure, on_delete=models.CASCADE, null=True, blank=True, related_name="claim_groups")

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(label=""), name="claimgroup_label_not_empty"),
            choices_check("kind", ClaimGroupKind, "claimgroup_kind_valid"),
            models.CheckConstraint(
                condition=Q(kind="statement", speaker__isnull=False) | Q(kind="quantity", figure__isnull=False),
                name="claimgroup_kind_has_anchor",
            ),
        ]
        indexes = [
            # A speaker's statement groups (matching and the speaker pages).
            models.Index(fields=["speaker", "kind"], name="claimgroup_speaker_idx"),
        ]

    def __str__(self):
        return self.label[:80]
