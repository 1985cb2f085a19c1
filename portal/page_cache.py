"""Anonymous pages are cached whole (portal.middleware); anything published, moved or
deleted, in the page tree, the catalogue or the site settings, makes them stale, and so
does a view restriction (a page or collection made private, or public again) set,
changed or removed: pages, menus and API listings must not show it to anonymous
visitors a moment longer."""

from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from theme.menus import forget_menus


def clear_pages(**kwargs):
    caches["pages"].clear()


def connect():
    from activities.models import Category, Commune, Neighbourhood, Place, Structure, catalogue_changed_signal
    from pages.models import SiteSettings

    for signal in (page_published, page_unpublished, post_page_move, catalogue_changed_signal):
        signal.connect(clear_pages, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(clear_pages, sender=Page, dispatch_uid="page-cache-page-delete")
    for model in (SiteSettings, Category, Commune, Neighbourhood, Place, Structure):
        post_save.connect(clear_pages, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
        post_delete.connect(clear_pages, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")
    for model in (PageViewRestriction, CollectionViewRestriction):
        post_save.connect(clear_pages, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
        post_delete.connect(clear_pages, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")
    # The cached menus record which of their pages are restricted.
    post_save.connect(forget_menus, sender=PageViewRestriction, dispatch_uid="menus-restriction-save")
    post_delete.connect(forget_menus, sender=PageViewRestriction, dispatch_uid="menus-restriction-delete")
