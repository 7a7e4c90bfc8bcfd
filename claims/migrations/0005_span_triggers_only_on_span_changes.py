"""Run the span and search-vector triggers only when a span or the text changes.

Matching writes claims.group_id and quantities.figure_id for every article it
matches; re-checking spans and recomputing the search vector on those UPDATEs
was wasted work. INSERTs, and UPDATEs that set the span, text or content
columns (any full save() does), still go through the triggers exactly as
before. PostgreSQL only: SQLite's triggers stay as migration 0002 made them.
"""

from django.db import migrations

from factcheck.db import vendor_sql

NARROW = r"""
DROP TRIGGER IF EXISTS claims_claim_check_span ON claims_claim;
--;
CREATE TRIGGER claims_claim_check_span
    BEFORE INSERT OR UPDATE OF article_id, start, "end", text, content ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_check_span();
--;
DROP TRIGGER IF EXISTS claims_quantity_check_span ON claims_quantity;
--;
CREATE TRIGGER claims_quantity_check_span
    BEFORE INSERT OR UPDATE OF claim_id, start, "end" ON claims_quantity
    FOR EACH ROW EXECUTE FUNCTION claims_quantity_check_span();
"""

WIDE = r"""
DROP TRIGGER IF EXISTS claims_claim_check_span ON claims_claim;
--;
CREATE TRIGGER claims_claim_check_span BEFORE INSERT OR UPDATE ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_check_span();
--;
DROP TRIGGER IF EXISTS claims_quantity_check_span ON claims_quantity;
--;
CREATE TRIGGER claims_quantity_check_span BEFORE INSERT OR UPDATE ON claims_quantity
    FOR EACH ROW EXECUTE FUNCTION claims_quantity_check_span();
"""


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_speaker_name_trgm")]

    operations = [vendor_sql({"postgresql": NARROW.strip()}, {"postgresql": WIDE.strip()})]
