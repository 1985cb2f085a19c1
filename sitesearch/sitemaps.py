"""/sitemap.xml: an index of two sections, built with Django's sitemap framework (which
splits a section into pages of 50,000 URLs): every live page anyone may view, and every
activity the catalogue lists (upcoming), in each language, each URL with its
`xhtml:link rel="alternate" hreflang` alternates and an x-default to the French one.

Neither Django's `i18n=True` nor wagtail.contrib.sitemaps fits: a translated page has
its own slug in each language (Django's i18n sitemaps reverse one URL per language), and
Wagtail's knows nothing of translations and reads each page's specific object (one query
per page). Here each section reads what it needs in a fixed number of queries, whatever
the number of pages or activities, and gives each entry its alternates itself.

Past activities are left out: their pages still answer, but a catalogue of outings
whose dates are gone is of little use to someone searching, and the sitemap would grow
with every event the sync ever brought in. An activity leaves the sitemap the day after
its last date."""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from activities.models import Activity, active_locale

X_DEFAULT = settings.LANGUAGE_CODE  # French: the source language, and the site's default


@dataclass
class Entry:
    path: str
    lastmod: object
    translation_key: object


class TranslatedSitemap(Sitemap):
    """A section whose items are Entries; `versions` maps each translation_key to
    {language code: path}, the alternates of every entry of that key."""

    def __init__(self):
        self._entries = None
        self.versions = defaultdict(dict)

    def entries(self):  # pragma: no cover - each section has its own
        raise NotImplementedError

    def items(self):
        if self._entries is None:
            self._entries = self.entries()
        return self._entries

    def location(self, entry):
        return entry.path

    def lastmod(self, entry):
        return entry.lastmod

    def alternates_of(self, entry):
        versions = self.versions[entry.translation_key]
        alternates = [(code, versions[code]) for code, _name in settings.LANGUAGES if code in versions]
        if X_DEFAULT in versions:
            alternates.append(("x-default", versions[X_DEFAULT]))
        return alternates

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        for url in urls:
            url["alternates"] = [
                {"lang_code": code, "location": f"{origin}{path}"}
                for code, path in self.alternates_of(url["item"])
            ]
        return urls


class PageSitemap(TranslatedSitemap):
    """Live pages without a view restriction (on them or above), in every language; each
    translation is an entry of its own, at its own URL."""

    def entries(self):
        pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path")
        entries = []
        for page in pages:
            parts = page.get_url_parts()
            if parts is None:  # not under any site: no URL
                continue
            path = parts[2]
            self.versions[page.translation_key][page.locale.language_code] = path
            entries.append(Entry(path, page.last_published_at, page.translation_key))
        return entries


class ActivitySitemap(TranslatedSitemap):
    """The activities the catalogue lists, in every language: each as the catalogue shows
    it there (`Activity.objects.for_locale`: the translation, or the French version under
    that language's prefix), upcoming only (see the module's docstring)."""

    def entries(self):
        entries = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                url = reverse("activities:detail", kwargs={"slug": "SLUG"})
                rows = (
                    Activity.objects.for_locale(active_locale())
                    .upcoming()
                    .order_by("next_start", "pk")
                    .values_list("translation_key", "slug", "last_published_at")
                )
                for key, slug, published in rows:
                    path = url.replace("SLUG", slug)
                    self.versions[key][code] = path
                    entries.append(Entry(path, published, key))
        return entries


SITEMAPS = {"pages": PageSitemap, "activities": ActivitySitemap}
