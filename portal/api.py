"""The API router: Wagtail's headless endpoints plus the portal's own."""

from rest_framework.routers import SimpleRouter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from activities.api import ActivityViewSet
from studies.api import PublicDocumentsAPIViewSet, PublicImagesAPIViewSet

WAGTAIL_ENDPOINTS = ("pages", "images", "documents")

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

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
