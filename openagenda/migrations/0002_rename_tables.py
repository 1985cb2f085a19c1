# The tables of the sync's models take the app's name, so that the schema says which app
# owns them. Renaming keeps every row; the content types are moved to the new app too, so
# that permissions given to groups (view runs, "sync now") and history entries stay.

from django.db import migrations

MODELS = ["sourceagenda", "syncrun", "unpublishedbysync", "keywordmapping"]


def move_content_types(apps, schema_editor, source="activities", target="openagenda"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELS:
        # A content type made for the new app before this migration (none in practice)
        # would block the move; the old one is the one permissions point at.
        if ContentType.objects.using(db).filter(app_label=source, model=model).exists():
            ContentType.objects.using(db).filter(app_label=target, model=model).delete()
            ContentType.objects.using(db).filter(app_label=source, model=model).update(app_label=target)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="openagenda", target="activities")


class Migration(migrations.Migration):

    dependencies = [
        ('openagenda', '0001_initial'),
        ('activities', '0005_sync_models_to_openagenda'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        *[migrations.AlterModelTable(name=model, table=None) for model in MODELS],
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
