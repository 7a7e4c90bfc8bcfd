"""Invariants a CHECK constraint cannot state, because they look at another row:
a claim's span lies inside its article's body, a quantity's span inside its
claim's span. Plus the full-text search vector of claims on PostgreSQL
(the API's ?q=), kept up to date by a trigger and indexed with GIN."""

from django.db import migrations

from factcheck.db import vendor_sql

POSTGRES = r"""
CREATE FUNCTION claims_claim_check_span() RETURNS trigger AS $$
BEGIN
    IF NEW."end" > (SELECT char_length(body) FROM claims_article WHERE id = NEW.article_id) THEN
        RAISE EXCEPTION 'claim span %-% lies outside its article body', NEW.start, NEW."end"
            USING ERRCODE = 'check_violation';
    END IF;
    NEW.search_vector := to_tsvector('pg_catalog.english', NEW.text || ' ' || NEW.content);
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
--;
CREATE TRIGGER claims_claim_check_span BEFORE INSERT OR UPDATE ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_check_span();
--;
CREATE FUNCTION claims_quantity_check_span() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = NEW.claim_id
                   AND NEW.start >= c.start AND NEW."end" <= c."end") THEN
        RAISE EXCEPTION 'quantity span %-% lies outside its claim', NEW.start, NEW."end"
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
--;
CREATE TRIGGER claims_quantity_check_span BEFORE INSERT OR UPDATE ON claims_quantity
    FOR EACH ROW EXECUTE FUNCTION claims_quantity_check_span();
--;
CREATE INDEX claims_claim_search_gin ON claims_claim USING gin (search_vector);
"""

POSTGRES_BACKWARD = r"""
DROP INDEX IF EXISTS claims_claim_search_gin;
--;
DROP TRIGGER IF EXISTS claims_quantity_check_span ON claims_quantity;
--;
DROP FUNCTION IF EXISTS claims_quantity_check_span();
--;
DROP TRIGGER IF EXISTS claims_claim_check_span ON claims_claim;
--;
DROP FUNCTION IF EXISTS claims_claim_check_span();
"""

SQLITE = r"""
CREATE TRIGGER claims_claim_check_span_insert BEFORE INSERT ON claims_claim
WHEN NEW."end" > (SELECT length(body) FROM claims_article WHERE id = NEW.article_id)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: claim span lies outside its article body'); END;
--;
CREATE TRIGGER claims_claim_check_span_update BEFORE UPDATE ON claims_claim
WHEN NEW."end" > (SELECT length(body) FROM claims_article WHERE id = NEW.article_id)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: claim span lies outside its article body'); END;
--;
CREATE TRIGGER claims_quantity_check_span_insert BEFORE INSERT ON claims_quantity
WHEN NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = NEW.claim_id AND NEW.start >= c.start AND NEW."end" <= c."end")
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: quantity span lies outside its claim'); END;
--;
CREATE TRIGGER claims_quantity_check_span_update BEFORE UPDATE ON claims_quantity
WHEN NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = NEW.claim_id AND NEW.start >= c.start AND NEW."end" <= c."end")
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: quantity span lies outside its claim'); END;
"""

SQLITE_BACKWARD = r"""
DROP TRIGGER IF EXISTS claims_claim_check_span_insert;
--;
DROP TRIGGER IF EXISTS claims_claim_check_span_update;
--;
DROP TRIGGER IF EXISTS claims_quantity_check_span_insert;
--;
DROP TRIGGER IF EXISTS claims_quantity_check_span_update;
"""


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [
        vendor_sql(
            {"postgresql": POSTGRES.strip(), "sqlite": SQLITE.strip()},
            {"postgresql": POSTGRES_BACKWARD.strip(), "sqlite": SQLITE_BACKWARD.strip()},
        )
    ]
