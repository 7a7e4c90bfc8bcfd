from django.db import models


class TimeStampedModel(models.Model):
    """created_at / updated_at on every domain table."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


def choices_check(field: str, choices: type[models.TextChoices], name: str) -> models.CheckConstraint:
    """A CHECK constraint that keeps a choice column inside its TextChoices."""
    return models.CheckConstraint(condition=models.Q(**{f"{field}__in": choices.values}), name=name)


def vendor_sql(forward: dict[str, str], backward: dict[str, str]):
    """A migration operation that runs the SQL written for the database in use.

    Triggers and expression indexes are written per vendor (PostgreSQL, SQLite);
    a vendor with no entry gets nothing.
    """
    from django.db import migrations

    def run(statements):
        def apply(apps, schema_editor):
            sql = statements.get(schema_editor.connection.vendor)
            if sql:
                # SQLite runs one statement per execute(); each entry separates them with a line of "--;".
                for statement in sql.split("\n--;\n"):
                    schema_editor.execute(statement, params=None)

        return apply

    return migrations.RunPython(run(forward), run(backward))
