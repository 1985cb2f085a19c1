"""Menus are cached per language; any change to the page tree makes them stale."""

from django.core.cache import cache

VERSION_KEY = "menu:version"


def menu_cache_version():
    return cache.get_or_set(VERSION_KEY, 1, None)


def forget_menus(**kwargs):
    """Signal receiver: a page was published, unpublished, moved or deleted."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)
