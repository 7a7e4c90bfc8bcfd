"""A speaker's claims indexed newest first, in place of the foreign key's own index.

Matching compares a new statement with the speaker's newest claims (claims.matching.candidates);
with only the key's index, PostgreSQL fetched and sorted the speaker's whole history first
(half a second for a speaker with 11,000 claims in a 1M archive). The new index serves every
lookup by speaker the old one did. It is built before the old one is dropped, and the old one is
dropped by name: SQLite would otherwise rebuild the claims table for it, and lose its triggers."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0009_article_revisions"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["speaker", "-id"], name="claim_speaker_newest_idx"),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="claim",
                    name="speaker",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="claims",
                        to="claims.speaker",
                    ),
                ),
            ],
            # The name Django gave the foreign key's index (the same on PostgreSQL and SQLite).
            database_operations=[
                migrations.RunSQL(
                    "DROP INDEX IF EXISTS claims_claim_speaker_id_e031226b",
                    reverse_sql="CREATE INDEX IF NOT EXISTS claims_claim_speaker_id_e031226b ON claims_claim (speaker_id)",
                ),
            ],
        ),
    ]
