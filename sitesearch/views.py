from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from django_ratelimit.decorators import ratelimit

from activities.models import active_locale

from . import results
from .query import Query


@require_safe
@ratelimit(key="ip", rate=lambda group, request: settings.RATE_LIMIT_SEARCH, block=True)
def site_search(request):
    """/<lang>/recherche/?q=…: pages, activities and documents of the visitor's language."""
    query = Query(request.GET.get("q", ""))
    locale = active_locale()
    groups, suggestions = [], {}
    if query.words:
        groups = results.search_everything(query.text, locale)
        if not any(group.count for group in groups):
            suggestions = results.suggestions(query, locale)
    return render(
        request,
        "sitesearch/search.html",
        {
            "query": query,
            "groups": sorted(groups, key=lambda group: not group.count),
            "found": sum(group.count for group in groups),
            "suggestions": suggestions,
            "catalogue_url": reverse("activities:search"),
            "shown": {
                "pages": results.PAGES_SHOWN,
                "activities": results.ACTIVITIES_SHOWN,
                "documents": results.DOCUMENTS_SHOWN,
            },
        },
    )


def robots_lines(sitemap_url):
    """robots.txt, rule by rule, with the reason for each."""
    languages = [code for code, _name in settings.LANGUAGES]
    lines = [
        "User-agent: *",
        # The admin and its login: nothing there for a search engine.
        "Disallow: /admin/",
        # Wagtail's login and password forms for private pages and documents.
        *[f"Disallow: /{code}/_util/" for code in languages],
        # The API answers programs, not readers, and is rate limited per address; the
        # open-data exports are meant to be found, so they stay open.
        "Disallow: /api/",
        "Allow: /api/v2/activities/export.csv",
        "Allow: /api/v2/activities/export.json",
        "Disallow: /healthz",
        # Result pages of a search are endless (any text) and say nothing the pages they
        # list do not; the empty search form itself may be crawled.
        *[f"Disallow: /{code}/recherche/?" for code in languages],
        # The catalogue and the studies library with filters: every combination of
        # filters is a URL (and each a rate-limited search). Every activity and
        # publication is in the sitemap, and the unfiltered lists stay open.
        *[f"Disallow: /{code}/activites/?" for code in languages],
        *[f"Disallow: /{code}/etudes/?" for code in languages],
        "",
        f"Sitemap: {sitemap_url}",
    ]
    return lines


@require_safe
def robots_txt(request):
    """Plain text; served from the anonymous page cache like any page."""
    lines = robots_lines(request.build_absolute_uri(reverse("sitemap")))
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
