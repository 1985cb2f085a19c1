from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ActivitiesConfig(AppConfig):
    name = "activities"
    verbose_name = "Activités"

    def ready(self):
        from .models import Category, Commune, Neighbourhood, Place, Structure
        from .taxonomy import Taxonomy

        for model in (Category, Commune, Neighbourhood):
            post_save.connect(Taxonomy.forget, sender=model, dispatch_uid=f"taxonomy-save-{model.__name__}")
            post_delete.connect(
                Taxonomy.forget, sender=model, dispatch_uid=f"taxonomy-delete-{model.__name__}"
            )

        # Activities are searched by their categories', places' and partners' names and
        # filtered by their places' communes: these follow an editor's change.
        for model in (Category, Commune, Neighbourhood, Place, Structure):
            post_save.connect(reindex_related, sender=model, dispatch_uid=f"search-reindex-{model.__name__}")


RELATED = {
    "Category": "categories",
    "Commune": "place__commune",
    "Neighbourhood": "place__neighbourhood",
    "Place": "place",
    "Structure": "structure",
}


def reindex_related(sender, instance, created=False, **kwargs):
    from search.index import index_activities

    from .models import Activity

    if created:  # nothing refers to it yet
        return
    index_activities(Activity.objects.filter(**{RELATED[sender.__name__]: instance}).for_index())
