"""Indexes for the API's and the admin's list queries at archive scale (1M claims).

Expression and trigram indexes, so they are written per vendor (factcheck.db.vendor_sql)
and the models' Meta does not list them. PostgreSQL only: SQLite has no pg_trgm, and
its LIKE-based lookups could not use these anyway. Each statement says which query
needs it; bench/RESULTS.md has the EXPLAIN ANALYZE figures.

Built CONCURRENTLY (outside a transaction, hence atomic = False), so a live archive
keeps ingesting while they build.
"""

from django.db import migrations

from factcheck.db import vendor_sql

POSTGRES = """
-- ?q= (API claims list, admin search) and ?speaker=<name>: claims.selectors.speakers_named
-- looks up the speakers whose name contains the term, UPPER(name) LIKE UPPER('%term%'),
-- before filtering claims by speaker_id. Without it: a sequential scan of every speaker
-- on every search request. pg_trgm is created by 0003.
CREATE INDEX CONCURRENTLY IF NOT EXISTS claims_speaker_name_trgm
    ON claims_speaker USING gin (UPPER(name) gin_trgm_ops);
--;
-- The admin's claim search (claims.selectors.claim_search with article_titles): the
-- articles whose title contains the term, UPPER(title) LIKE UPPER('%term%'), first.
-- Without it: a sequential scan of every article (200k at 1M claims) per search.
CREATE INDEX CONCURRENTLY IF NOT EXISTS claims_article_title_trgm
    ON claims_article USING gin (UPPER(title) gin_trgm_ops);
--;
-- ?outlet= (API claims list, admin outlet filter): iexact is UPPER(outlet) = UPPER('x'),
-- which the plain article_outlet_idx cannot serve; without this the claims list walks
-- all 1M claims newest first and probes each one's article (2.3 s for an absent outlet).
CREATE INDEX CONCURRENTLY IF NOT EXISTS claims_article_outlet_upper
    ON claims_article (UPPER(outlet));
"""
POSTGRES_BACKWARD = """
DROP INDEX CONCURRENTLY IF EXISTS claims_article_outlet_upper;
--;
DROP INDEX CONCURRENTLY IF EXISTS claims_article_title_trgm;
--;
DROP INDEX CONCURRENTLY IF EXISTS claims_speaker_name_trgm;
"""


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("claims", "0003_matching"),
    ]

    operations = [
        vendor_sql({"postgresql": POSTGRES}, {"postgresql": POSTGRES_BACKWARD}),
    ]
