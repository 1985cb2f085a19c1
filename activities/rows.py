"""Raw INSERT and UPDATE of many rows, for the sync's bulk writes: one statement run many
times (`executemany`), without the per-object work of `bulk_create` and `bulk_update`,
which dominates on wide tables. Values are prepared by the fields themselves, except
plain strings, numbers and booleans on simple fields, which need no preparation."""

from django.db import connection, models

_SIMPLE_FIELDS = (models.CharField, models.TextField, models.BooleanField, models.IntegerField)
_SIMPLE_VALUES = (str, int, bool, type(None))


def _preparer(field):
    simple = isinstance(field, _SIMPLE_FIELDS) or (
        isinstance(field, models.ForeignKey) and isinstance(field.target_field, models.IntegerField)
    )

    def prepare(value):
        if simple and type(value) in _SIMPLE_VALUES:
            return value
        return field.get_db_prep_save(value, connection)

    return prepare


def insert_rows(model, names, rows):
    """INSERT rows (sequences of values in the order of `names`) whose ids are not needed."""
    if not rows:
        return
    fields = [model._meta.get_field(name) for name in names]
    preparers = [_preparer(field) for field in fields]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    params = [[prepare(value) for prepare, value in zip(preparers, row, strict=True)] for row in rows]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def update_rows(objects, names):
    """UPDATE each object's row with its own values of these fields."""
    if not objects:
        return
    model = type(objects[0])
    fields = [model._meta.get_field(name) for name in names]
    preparers = [(field.attname, _preparer(field)) for field in fields]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
    sql = f"UPDATE {quote(model._meta.db_table)} SET {assignments} WHERE {quote(model._meta.pk.column)} = %s"
    params = [
        [prepare(getattr(obj, attname)) for attname, prepare in preparers] + [obj.pk] for obj in objects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
