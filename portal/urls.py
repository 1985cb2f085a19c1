from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from activities.api import ExportView
from sitesearch.sitemaps import SITEMAPS
from sitesearch.views import robots_txt

from .api import activities_router, api_router
from .views import healthz

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    re_path(r"^api/v2/activities/export\.(?P<fmt>csv|json)$", ExportView.as_view(), name="activities-export"),
    path("api/v2/", include(activities_router.urls)),
    path("api/v2/", api_router.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("healthz", healthz, name="healthz"),
    # Short links printed on posters: language-neutral, the campaign chooses the language.
    path("q/", include("campaigns.urls")),
    path("robots.txt", robots_txt, name="robots"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap-section"),
]

if settings.SERVE_MEDIA:
    import posixpath
    import re

    from django.http import Http404
    from django.views.static import serve

    def serve_media(request, path):
        """Everything in the media folder but documents: those are served by
        /documents/<id>/<name> only, where collection privacy is checked
        (WAGTAILDOCS_SERVE_METHOD = "serve_view"), whatever way the path is written."""
        normalised = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
        if normalised == "documents" or normalised.startswith("documents/"):
            raise Http404
        return serve(request, normalised, document_root=settings.MEDIA_ROOT)

    urlpatterns += [re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", serve_media)]

urlpatterns += i18n_patterns(
    path("activites/", include("activities.urls")),
    path("recherche/", include("sitesearch.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Under /api/ errors are JSON, as the API's own are; elsewhere the theme's error pages.
handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
