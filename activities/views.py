from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django_ratelimit.decorators import ratelimit

from . import calendar, structured_data
from .cards import Card
from .filter_panel import active_filter_count, filter_groups
from .filters import CatalogueFilterSet
from .models import Activity, active_locale
from .results import page_number, search_page

PAGE_SIZE = 20


def visible_activities():
    return Activity.objects.for_locale(active_locale()).select_related(
        "place__commune", "place__neighbourhood", "structure", "locale", "image"
    )


@require_safe
@ratelimit(key="ip", rate=lambda group, request: settings.RATE_LIMIT_SEARCH, block=True)
def activity_search(request):
    filterset = CatalogueFilterSet(request.GET, request=request)
    queryset = Activity.objects.for_locale(active_locale())
    number, results, matches = search_page(
        filterset,
        # The matched words in context, where the backend gives them (Elasticsearch).
        lambda results: Card.rows(queryset, results.ids, results.highlights),
        page_number(request.GET.get("page")),
        PAGE_SIZE,
    )
    total, facets = results.total, results.facets
    page = Paginator(matches, PAGE_SIZE).page(number)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "activities/activity_search.html",
        {
            "filterset": filterset,
            "form": filterset.form,
            "facets": facets,
            "filter_groups": filter_groups(filterset, facets),
            "active_filters": active_filter_count(filterset),
            "page_obj": page,
            "activities": page.object_list,
            "total": total,
            "sort_order": filterset.sort_order,
            "query_string": query.urlencode(),
            "now": filterset.now,
        },
    )


def get_activity(slug):
    activity = visible_activities().prefetch_related("categories", "occurrences").filter(slug=slug).first()
    if activity is None:
        raise Http404
    return activity


@require_safe
def activity_detail(request, slug):
    activity = get_activity(slug)
    return render(
        request,
        "activities/activity_detail.html",
        {
            "activity": activity,
            "translatable_object": activity,
            "crumbs": [(f"/{get_language()}/", _("Home")), (reverse("activities:search"), _("Activities"))],
            "is_past": activity.is_past(),
            "json_ld": structured_data.as_script_content(structured_data.event(activity, request)),
            "now": timezone.now(),
        },
    )


@require_safe
def activity_ics(request, slug):
    activity = get_activity(slug)
    response = HttpResponse(calendar.ics(activity, request), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(activity.slug)}.ics"'
    return response
