"""The API router: Wagtail's headless endpoints plus the portal's own."""

import unicodedata

from rest_framework.renderers import JSONRenderer
from rest_framework.routers import SimpleRouter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from activities.api import ActivityViewSet
from studies.api import PublicDocumentsAPIViewSet, PublicImagesAPIViewSet

WAGTAIL_ENDPOINTS = ("pages", "images", "documents")
SEARCH_OPERATORS = ("and", "or")


def search_words(text):
    """The words of a search, without the punctuation, symbols and control characters
    that the search backends would pass on to SQLite FTS5 or PostgreSQL as query syntax
    (an unbalanced `"` is a syntax error there, a NUL an invalid string)."""
    kept = (char if unicodedata.category(char)[0] in "LMN" else " " for char in text)
    return " ".join("".join(kept).split())


class EmptyPastTheEndPagination(WagtailPagination):
    """Wagtail's offset/limit pagination, except that an offset past the last result
    gives an empty page instead of reaching the database: one too large for its integers
    (`offset=9223372036854775808`) would be an error there."""

    def paginate_queryset(self, queryset, request, view=None):
        page = super().paginate_queryset(queryset, request, view)
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return page


class GuardedEndpoint:
    """What Wagtail's v2 endpoints let through to the database and answer with a 500,
    refused with a 400 or made harmless before their filters run."""

    # JSON only, as the portal's own API: the browsable HTML API is not offered.
    renderer_classes = [JSONRenderer]
    pagination_class = EmptyPastTheEndPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        query = request.GET
        if any("\x00" in key or any("\x00" in value for value in query.getlist(key)) for key in query):
            # PostgreSQL refuses NUL in any string, so every filter would fail on it.
            raise BadRequestError("query parameters cannot contain NUL characters")
        operator = query.get("search_operator", "")
        if operator and operator.lower() not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if "search" in query:
            guarded = query.copy()
            words = search_words(query["search"])
            if words:
                guarded["search"] = words
            else:
                # Nothing to search for: the listing unfiltered, as for `?search=` in a form.
                del guarded["search"]
            # Wagtail's filters read the query from the underlying Django request.
            request._request.GET = guarded

    def find_object(self, queryset, request):
        if "id" in request.GET:
            try:
                int(request.GET["id"])
            except ValueError as error:
                raise BadRequestError("id must be an integer") from error
        return super().find_object(queryset, request)


class PortalPagesAPIViewSet(GuardedEndpoint, PagesAPIViewSet):
    pass


class PortalImagesAPIViewSet(GuardedEndpoint, PublicImagesAPIViewSet):
    pass


class PortalDocumentsAPIViewSet(GuardedEndpoint, PublicDocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)

activities_router = SimpleRouter()
activities_router.register("activities", ActivityViewSet, basename="activity")


def exclude_wagtail_endpoints(endpoints):
    """drf-spectacular hook: the schema covers the portal's own public API only, not
    Wagtail's v2 endpoints nor the admin's internal ones."""
    wagtail_prefixes = tuple(f"/api/v2/{name}/" for name in WAGTAIL_ENDPOINTS)
    return [
        endpoint
        for endpoint in endpoints
        if endpoint[0].startswith("/api/") and not endpoint[0].startswith(wagtail_prefixes)
    ]


def allow_empty_query_values(result, generator, request, public):
    """drf-spectacular hook: the search form sends its empty fields (`date_to=`), which
    mean "no filter"; say so in the schema so that clients and fuzzers know."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "query":
                    parameter["allowEmptyValue"] = True
    return result
