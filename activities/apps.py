from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ActivitiesConfig(AppConfig):
    name = "activities"
    verbose_name = "Activités"

    def ready(self):
        from .models import Category, Commune, Neighbourhood
        from .taxonomy import Taxonomy

        for model in (Category, Commune, Neighbourhood):
            post_save.connect(Taxonomy.forget, sender=model, dispatch_uid=f"taxonomy-save-{model.__name__}")
            post_delete.connect(
                Taxonomy.forget, sender=model, dispatch_uid=f"taxonomy-delete-{model.__name__}"
            )
