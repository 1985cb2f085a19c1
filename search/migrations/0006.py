"""Filled the database backend's rows and counts from the catalogue already there. The
fill now runs in 0007, once the index's version table exists (filling writes it)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0005_activity_rows"), ("activities", "0005_sync_models_to_openagenda")]
    operations = []
