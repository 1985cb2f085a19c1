from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = "Search"

    def ready(self):
        from . import synonyms
        from .models import Synonyms

        post_save.connect(synonyms.forget, sender=Synonyms, dispatch_uid="search-synonyms-saved")
        post_delete.connect(synonyms.forget, sender=Synonyms, dispatch_uid="search-synonyms-deleted")
