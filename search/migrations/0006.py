"""Fills the database backend's rows and counts from the catalogue already there, as
`manage.py rebuild_activity_index` does (without them the catalogue would look empty
until someone runs it). A new database has nothing to fill."""

from django.db import migrations


def fill(apps, schema_editor):
    Activity = apps.get_model("activities", "Activity")
    if not Activity.objects.exists():
        return
    from search.backends.database import DatabaseBackend

    DatabaseBackend().rebuild()


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0005_activity_rows"), ("activities", "0005_sync_models_to_openagenda")]
    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
