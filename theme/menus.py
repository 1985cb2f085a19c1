"""Menus are cached per language; any change to the page tree makes them stale."""

from .cache_versions import CacheVersion

MENUS = CacheVersion("menu:version")


def menu_cache_version():
    return MENUS.current()


def forget_menus(**kwargs):
    """Signal receiver: a page was published, unpublished, moved or deleted."""
    MENUS.bump()
