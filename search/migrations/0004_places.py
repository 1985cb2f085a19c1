"""The index's text in three parts (title, body, places), and what typo tolerance needs:
FTS5's vocabulary table on SQLite; on PostgreSQL, stored vectors of each part that
ranking reads, and the folded text with a trigram index (pg_trgm)."""

from django.db import migrations, models

SQLITE_FORWARD = [
    "DROP TRIGGER IF EXISTS portal_search_indexentry_au",
    "DROP TRIGGER IF EXISTS portal_search_indexentry_ad",
    "DROP TRIGGER IF EXISTS portal_search_indexentry_ai",
    "DROP TABLE IF EXISTS portal_search_indexentry_fts",
    """CREATE VIRTUAL TABLE portal_search_indexentry_fts USING fts5(
        title, body, places, content='portal_search_indexentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER portal_search_indexentry_ai AFTER INSERT ON portal_search_indexentry BEGIN
        INSERT INTO portal_search_indexentry_fts(rowid, title, body, places)
        VALUES (new.id, new.title, new.body, new.places);
    END""",
    """CREATE TRIGGER portal_search_indexentry_ad AFTER DELETE ON portal_search_indexentry BEGIN
        INSERT INTO portal_search_indexentry_fts(portal_search_indexentry_fts, rowid, title, body, places)
        VALUES ('delete', old.id, old.title, old.body, old.places);
    END""",
    """CREATE TRIGGER portal_search_indexentry_au AFTER UPDATE ON portal_search_indexentry BEGIN
        INSERT INTO portal_search_indexentry_fts(portal_search_indexentry_fts, rowid, title, body, places)
        VALUES ('delete', old.id, old.title, old.body, old.places);
        INSERT INTO portal_search_indexentry_fts(rowid, title, body, places)
        VALUES (new.id, new.title, new.body, new.places);
    END""",
    "INSERT INTO portal_search_indexentry_fts(portal_search_indexentry_fts) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE portal_search_indexentry_vocab USING fts5vocab(portal_search_indexentry_fts, 'row')",
]
# Back to the two-column table of 0001 (its triggers name no `places`).
SQLITE_BACKWARD = [
    "DROP TABLE IF EXISTS portal_search_indexentry_vocab",
    *SQLITE_FORWARD[:4],
    *(
        statement.replace(", places", "").replace(", new.places", "").replace(", old.places", "")
        for statement in SQLITE_FORWARD[4:9]
    ),
]

# French stems (for plurals and inflections) and the words themselves, unaccented (for
# prefixes: "ciné" must find "cinéma", not "cinq", which shares the stem "cin").
VECTOR = (
    "tsvector GENERATED ALWAYS AS (to_tsvector('sortir_french'::regconfig, {0}) "
    "|| to_tsvector('sortir_simple'::regconfig, {0})) STORED"
)
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # unaccent() is only STABLE (its dictionary could change); the index needs an
    # IMMUTABLE function, which this is as long as the dictionary is not edited.
    """CREATE OR REPLACE FUNCTION sortir_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$""",
    "CREATE TEXT SEARCH CONFIGURATION sortir_simple (COPY = pg_catalog.simple)",
    "ALTER TEXT SEARCH CONFIGURATION sortir_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple",
    "DROP INDEX IF EXISTS portal_search_indexentry_all_fts",
    "DROP INDEX IF EXISTS portal_search_indexentry_title_fts",
    f"ALTER TABLE portal_search_indexentry ADD COLUMN tsv_title {VECTOR.format('title')}",
    "ALTER TABLE portal_search_indexentry ADD COLUMN tsv_text " + VECTOR.format("title || ' ' || body"),
    "ALTER TABLE portal_search_indexentry ADD COLUMN tsv_all "
    + VECTOR.format("title || ' ' || body || ' ' || places"),
    "ALTER TABLE portal_search_indexentry ADD COLUMN folded text "
    "GENERATED ALWAYS AS (sortir_fold(title || ' ' || body || ' ' || places)) STORED",
    "CREATE INDEX portal_search_indexentry_tsv_title ON portal_search_indexentry USING gin (tsv_title)",
    "CREATE INDEX portal_search_indexentry_tsv_text ON portal_search_indexentry USING gin (tsv_text)",
    "CREATE INDEX portal_search_indexentry_tsv_all ON portal_search_indexentry USING gin (tsv_all)",
    "CREATE INDEX portal_search_indexentry_folded ON portal_search_indexentry USING gin (folded gin_trgm_ops)",
]
POSTGRES_BACKWARD = [
    "ALTER TABLE portal_search_indexentry DROP COLUMN IF EXISTS folded",
    "ALTER TABLE portal_search_indexentry DROP COLUMN IF EXISTS tsv_all",
    "ALTER TABLE portal_search_indexentry DROP COLUMN IF EXISTS tsv_text",
    "ALTER TABLE portal_search_indexentry DROP COLUMN IF EXISTS tsv_title",
    "DROP FUNCTION IF EXISTS sortir_fold(text)",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS sortir_simple",
]


def run(statements):
    def apply(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0003_default_synonyms")]

    operations = [
        migrations.AddField(model_name="indexentry", name="places", field=models.TextField(default="")),
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
