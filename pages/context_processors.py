"""The site settings that every page shows (the menus, the footer's contact details), as
`site_settings`. Wagtail looks up the request's Site and then its settings, two queries
and about 4 ms on every page; they change only when an editor saves them, so they are
read from the shared cache, under a version that saving them (or a Site) bumps."""

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

from theme.cache_versions import CacheVersion

from .models import SiteSettings

VERSION = CacheVersion("site-settings:version")


def forget_site_settings(**kwargs):
    """Signal receiver: site settings, or a site, saved or deleted."""
    VERSION.bump()


def _for_request(request):
    # The Site is found by host name and port: the key has both (Host passed ALLOWED_HOSTS).
    key = f"site-settings:{VERSION.current()}:{request.get_host()}"
    found = cache.get(key)
    if found is None:
        found = SiteSettings.for_request(request)
        cache.set(key, found, 24 * 3600)
    return found


def site_settings(request):
    return {"site_settings": SimpleLazyObject(lambda: _for_request(request))}
