"""One bulk UPDATE for the rows matching changes (claims' groups, quantities' figures)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection


def update_rows(model, fields: Sequence[str], objs: Sequence) -> None:
    """bulk_update(objs, fields) in one statement: on PostgreSQL an UPDATE .. FROM (VALUES ..).
    Django's bulk_update builds a CASE expression per row and field, and at matching's sizes
    (tens of rows, once per article) that Python costs more than the update itself."""
    if not objs:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_update(objs, fields)
        return
    meta, qn = model._meta, connection.ops.quote_name
    columns = [meta.pk, *(meta.get_field(name) for name in fields)]
    # Typed placeholders: VALUES cannot infer a column's type from NULLs and literals.
    row = "(" + ", ".join(f"%s::{field.db_type(connection)}" for field in columns) + ")"
    names = ", ".join(qn(field.column) for field in columns)
    sets = ", ".join(f"{qn(field.column)} = v.{qn(field.column)}" for field in columns[1:])
    sql = (
        f"UPDATE {qn(meta.db_table)} AS t SET {sets} FROM (VALUES {', '.join([row] * len(objs))}) AS v({names}) "
        f"WHERE t.{qn(meta.pk.column)} = v.{qn(meta.pk.column)}"
    )
    params = [field.get_db_prep_save(getattr(obj, field.attname), connection) for obj in objs for field in columns]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
