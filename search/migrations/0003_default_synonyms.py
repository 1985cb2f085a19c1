from django.db import migrations

# What beneficiaries type for what partners write; editors extend the list in the admin.
DEFAULTS = [
    "ciné, cinéma",
    "foot, football",
    "expo, exposition",
    "piscine, natation",
    "théâtre, théatre, theatre",
    "musée, museum",
]


def add(apps, schema_editor):
    Synonyms = apps.get_model("portal_search", "Synonyms")
    for terms in DEFAULTS:
        Synonyms.objects.get_or_create(terms=terms)


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0002_synonyms")]
    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
