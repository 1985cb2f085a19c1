from django.db import migrations, models

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE portal_search_indexentry_fts USING fts5(
        title, body, content='portal_search_indexentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER portal_search_indexentry_ai AFTER INSERT ON portal_search_indexentry BEGIN
        INSERT INTO portal_search_indexentry_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER portal_search_indexentry_ad AFTER DELETE ON portal_search_indexentry BEGIN
        INSERT INTO portal_search_indexentry_fts(portal_search_indexentry_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER portal_search_indexentry_au AFTER UPDATE ON portal_search_indexentry BEGIN
        INSERT INTO portal_search_indexentry_fts(portal_search_indexentry_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO portal_search_indexentry_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS portal_search_indexentry_au",
    "DROP TRIGGER IF EXISTS portal_search_indexentry_ad",
    "DROP TRIGGER IF EXISTS portal_search_indexentry_ai",
    "DROP TABLE IF EXISTS portal_search_indexentry_fts",
]
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION sortir_french (COPY = pg_catalog.french)",
    """ALTER TEXT SEARCH CONFIGURATION sortir_french
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem""",
    """CREATE INDEX portal_search_indexentry_title_fts ON portal_search_indexentry
        USING gin (to_tsvector('sortir_french'::regconfig, title))""",
    """CREATE INDEX portal_search_indexentry_all_fts ON portal_search_indexentry
        USING gin (to_tsvector('sortir_french'::regconfig, title || ' ' || body))""",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS portal_search_indexentry_all_fts",
    "DROP INDEX IF EXISTS portal_search_indexentry_title_fts",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS sortir_french",
]


def forward(apps, schema_editor):
    statements = {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}.get(schema_editor.connection.vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    statements = {"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}.get(
        schema_editor.connection.vendor, []
    )
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="IndexEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("model", models.CharField(max_length=100)),
                ("object_id", models.BigIntegerField()),
                ("title", models.TextField(default="")),
                ("body", models.TextField(default="")),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("model", "object_id"), name="search_entry_unique")
                ]
            },
        ),
        migrations.RunPython(forward, backward),
    ]
