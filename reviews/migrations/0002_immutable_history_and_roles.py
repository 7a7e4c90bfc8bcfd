"""History rows can never be changed or deleted, whatever path the write takes;
and the three roles exist from the first migrate on."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from factcheck.db import vendor_sql
from factcheck.roles import ROLES, roles_sync

TABLES = ("reviews_reviewevent", "reviews_evidence")

POSTGRES = """
CREATE FUNCTION reviews_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'review history is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;
""".strip() + "".join(
    f"\n--;\nCREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE ON {t} "
    f"FOR EACH ROW EXECUTE FUNCTION reviews_refuse_change();"
    for t in TABLES
)
POSTGRES_BACKWARD = "\n--;\n".join(
    [f"DROP TRIGGER IF EXISTS {t}_append_only ON {t};" for t in TABLES]
    + ["DROP FUNCTION IF EXISTS reviews_refuse_change();"]
)
SQLITE = "\n--;\n".join(
    f"CREATE TRIGGER {t}_no_{op.lower()} BEFORE {op} ON {t} "
    f"BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;"
    for t in TABLES
    for op in ("UPDATE", "DELETE")
)
SQLITE_BACKWARD = "\n--;\n".join(
    f"DROP TRIGGER IF EXISTS {t}_no_{op.lower()};" for t in TABLES for op in ("UPDATE", "DELETE")
)

def create_roles(apps, schema_editor):
    # Permissions are normally created after migrate; make them now so the groups can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles_sync(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def drop_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0001_initial"),
        ("claims", "0002_span_triggers_and_search"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        vendor_sql(
            {"postgresql": POSTGRES, "sqlite": SQLITE},
            {"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD},
        ),
        migrations.RunPython(create_roles, drop_roles),
    ]
