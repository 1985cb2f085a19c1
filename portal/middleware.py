from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.middleware.locale import LocaleMiddleware


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside the language-prefixed site
    (the API, the admin, documents, /healthz) stays a 404: Wagtail's catch-all route
    would otherwise make every such path "valid" under /fr/ and turn it into a redirect."""

    UNPREFIXED = (
        "/api/", "/admin/", "/documents/", "/healthz", "/q/", "/static/", "/media/",
        "/robots.txt", "/sitemap",
    )  # fmt: skip

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


def _cacheable(request):
    # Anyone with a cookie (an editor, a visitor who logged in or posted a form) gets a
    # freshly built page; anonymous visitors, who have none, share cached ones.
    return request.method in ("GET", "HEAD") and not request.COOKIES


# What browsers and shared caches (proxies, CDNs) may do with the pages we send. The
# server's page cache is cleared the moment a page is published, unpublished, moved or
# restricted (portal.page_cache); a copy kept downstream for a max-age cannot be, and
# would go on showing a page made private, or an old price, to whoever asks that cache.
# So anonymous pages may be stored anywhere but must be revalidated on every use
# (`no-cache`): ConditionalGetMiddleware's ETag makes that a body-less 304 while the page
# has not changed, answered from the page cache. A response to someone with a cookie may
# be theirs alone (an editor's userbar): no shared cache may store it at all.
ANONYMOUS_CACHE_CONTROL = "no-cache"
PERSONAL_CACHE_CONTROL = "private, no-cache"


def _downstream_cache_control(request, response):
    if response.streaming:
        # Static files, media and documents: whitenoise and the views set their own.
        return response
    own = response.get("Cache-Control", "").lower()
    if any(directive in own for directive in ("private", "no-cache", "no-store")):
        # The view's own, stricter policy (never_cache, Wagtail's restricted pages…).
        return response
    # Whatever the page cache wrote for itself (max-age, Expires) is not for downstream.
    del response["Expires"]
    personal = request.COOKIES or response.cookies
    response["Cache-Control"] = PERSONAL_CACHE_CONTROL if personal else ANONYMOUS_CACHE_CONTROL
    return response


class AnonymousPageCacheUpdate(UpdateCacheMiddleware):
    """Django's page cache, for anonymous visitors only, in the "pages" cache."""

    def process_response(self, request, response):
        if _cacheable(request) and not response.streaming and not response.cookies:
            response = super().process_response(request, response)
        return _downstream_cache_control(request, response)


class AnonymousPageCacheFetch(FetchFromCacheMiddleware):
    def process_request(self, request):
        if not _cacheable(request):
            request._cache_update_cache = False
            return None
        return super().process_request(request)


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp with the admin's own policy (ADMIN_CONTENT_SECURITY_POLICY) under
    /admin/, and `frame-ancestors` agreeing with X-Frame-Options: 'none' as DENY, except
    where Wagtail lets its own admin frame a response (the preview panel, SAMEORIGIN)."""

    def process_response(self, request, response):
        if request.path_info.startswith("/admin/") and not getattr(request, "is_dummy", False):
            # A preview is rendered through the whole middleware stack again, for the
            # page's own URL, which gives it the public policy: in the admin, where it is
            # framed, it gets the admin's.
            response.headers.pop(HEADER, None)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts


def permissions_policy(get_response):
    """Browser features no page of the portal uses are off, for its pages and for
    anything they might embed; geolocation is kept for "sort by distance"."""

    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware
