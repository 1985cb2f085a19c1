"""The index's version (IndexVersion), then the database backend's rows and counts filled
from the catalogue already there, as `manage.py rebuild_activity_index` does (without them
the catalogue would look empty until someone runs it). A new database has nothing to fill;
one filled by 0006 before this migration existed is filled again, the same."""

from django.db import migrations, models


def fill(apps, schema_editor):
    Activity = apps.get_model("activities", "Activity")
    if not Activity.objects.exists():
        return
    from search.backends.database import DatabaseBackend

    DatabaseBackend().rebuild()


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0006")]

    operations = [
        migrations.CreateModel(
            name="IndexVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(max_length=32)),
            ],
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
