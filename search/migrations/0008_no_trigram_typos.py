"""PostgreSQL: the folded copy of each entry's text and its trigram index (0004) go.
Typos are now corrected to the indexed words one edit away, from the stored vectors'
vocabulary (fulltext.Vocabulary), as on SQLite; nothing reads them, and every write of
the index kept them up to date. SQLite had neither."""

from django.db import migrations

FORWARD = ["ALTER TABLE portal_search_indexentry DROP COLUMN IF EXISTS folded"]  # and its index
BACKWARD = [
    "ALTER TABLE portal_search_indexentry ADD COLUMN folded text "
    "GENERATED ALWAYS AS (sortir_fold(title || ' ' || body || ' ' || places)) STORED",
    "CREATE INDEX portal_search_indexentry_folded ON portal_search_indexentry USING gin (folded gin_trgm_ops)",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0007_index_version")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
