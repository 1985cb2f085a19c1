"""Steps of the migration test, run in a process of their own on the database of
DATABASE_URL: `python -m tests.openagenda.migration_steps before` writes sync data the
way the database held it before the sync had an app of its own (tables and content
types of the activities app); `… after` prints what the openagenda app reads of it."""

import json
import sys


def before():
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    apps = MigrationLoader(connection).project_state(("activities", "0004_syncrun_queue_and_liveness")).apps
    Category = apps.get_model("activities", "Category")
    category = Category.objects.create(name="Migration", slug="migration-test")
    run = apps.get_model("activities", "SyncRun").objects.create(
        agenda="4242", mode="full", outcome="success", pages=3, events=7
    )
    apps.get_model("activities", "KeywordMapping").objects.create(
        keyword="Migration", normalised="migration", category=category
    )
    activity = apps.get_model("activities", "Activity").objects.filter(locale__language_code="fr").first()
    apps.get_model("activities", "UnpublishedBySync").objects.create(activity=activity, run=run)
    permission = apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="activities", codename="run_openagenda_sync"
    )
    apps.get_model("auth", "Group").objects.create(name="Sync").permissions.add(permission)
    return {"run": run.pk, "category": category.pk, "activity": activity.pk}


def after():
    from django.contrib.auth.models import Group

    from openagenda.models import KeywordMapping, SyncRun, UnpublishedBySync

    return {
        "runs": list(SyncRun.objects.values("pk", "agenda", "mode", "outcome", "pages", "events")),
        "keywords": list(KeywordMapping.objects.values("keyword", "category")),
        "unpublished": list(UnpublishedBySync.objects.values("activity", "run")),
        "permissions": sorted(
            f"{app}.{codename}"
            for app, codename in Group.objects.get(name="Sync").permissions.values_list(
                "content_type__app_label", "codename"
            )
        ),
        "tables": SyncRun._meta.db_table,
    }


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps({"before": before, "after": after}[sys.argv[1]]()))
