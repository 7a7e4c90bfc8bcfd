"""The fact-check library: earlier verdicts, imported as schema.org ClaimReview or published here.

A new claim is matched against it ("has this been checked before?") by sentence
embedding (factchecks.selectors.factchecks_similar). factchecks may import claims;
claims never imports factchecks.
"""

from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import Exact

from factcheck.db import TimeStampedModel, choices_check
from factcheck.embeddings import DIMENSIONS

# float32 bytes of one factcheck.embeddings vector.
EMBEDDING_BYTES = DIMENSIONS * 4


class FactCheckSource(models.TextChoices):
    IMPORTED = "imported", "Imported ClaimReview"
    NEWSROOM = "newsroom", "This newsroom's verdict"


class FactCheck(TimeStampedModel):
    Source = FactCheckSource

    # The ClaimReview's own page: its identity, so importing it again changes nothing.
    url = models.URLField(max_length=2000, unique=True)
    claim_reviewed = models.TextField()
    # The ClaimReview's `name` (the headline of the fact-check): matched as well as claim_reviewed.
    title = models.TextField(blank=True)
    claimant = models.CharField(max_length=500, blank=True)
    rating_name = models.CharField(max_length=200, blank=True)
    rating_value = models.FloatField(null=True, blank=True)
    publisher_name = models.CharField(max_length=300, blank=True)
    publisher_url = models.URLField(max_length=2000, blank=True)
    date_published = models.DateField(null=True, blank=True)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.IMPORTED)
    # This newsroom's own published verdict, for source=newsroom (one row per claim).
    claim = models.OneToOneField(
        "claims.Claim", on_delete=models.CASCADE, null=True, blank=True, related_name="factcheck"
    )
    # Sentence embedding of claim_reviewed (why not the title too: factchecks.services.factcheck_text),
    # float32 bytes; NULL until embedded (factchecks_embed_missing).
    embedding = models.BinaryField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(claim_reviewed=""), name="factcheck_claim_reviewed_not_empty"),
            models.CheckConstraint(condition=~Q(url=""), name="factcheck_url_not_empty"),
            choices_check("source", FactCheckSource, "factcheck_source_valid"),
            # Newsroom rows are our own claims' verdicts; imported rows belong to no claim.
            models.CheckConstraint(
                condition=Q(source="imported", claim__isnull=True) | Q(source="newsroom", claim__isnull=False),
                name="factcheck_newsroom_has_claim",
            ),
            # A vector of another model or dtype would silently corrupt every similarity score.
            models.CheckConstraint(
                condition=Q(embedding__isnull=True) | Exact(Length("embedding"), EMBEDDING_BYTES),
                name="factcheck_embedding_size",
            ),
        ]
        indexes = [
            # ?publisher= (API list, admin filter).
            models.Index(fields=["publisher_name"], name="factcheck_publisher_idx"),
            # ?published_after= / ?published_before= and newest-published ordering.
            models.Index(fields=["date_published"], name="factcheck_date_idx"),
            # ?source= (our own verdicts only).
            models.Index(fields=["source", "-created_at"], name="factcheck_source_idx"),
            # The similarity index's change check (count and latest updated_at of embedded rows,
            # index-only) and its incremental refresh (selectors._library), on every search.
            models.Index(fields=["updated_at"], name="factcheck_embedded_idx", condition=Q(embedding__isnull=False)),
            # factchecks_embed_missing finds the rows still to embed.
            models.Index(fields=["id"], name="factcheck_unembedded_idx", condition=Q(embedding__isnull=True)),
        ]

    def __str__(self):
        return self.claim_reviewed[:80]


class LibraryVersion(models.Model):
    """One row whose number changes whenever the library changes (factchecks.services.
    factchecks_library_changed). Every process's similarity index reads it, one primary-key
    lookup, before it pays for finding out what changed."""

    version = models.BigIntegerField(default=0)

    def __str__(self):
        return f"library version {self.version}"
