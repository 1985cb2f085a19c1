from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.middleware.locale import LocaleMiddleware


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside the language-prefixed site
    (the API, the admin, documents, /healthz) stays a 404: Wagtail's catch-all route
    would otherwise make every such path "valid" under /fr/ and turn it into a redirect."""

    UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz", "/q/", "/static/", "/media/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


def _cacheable(request):
    # Anyone with a cookie (an editor, a visitor who logged in or posted a form) gets a
    # freshly built page; anonymous visitors, who have none, share cached ones.
    return request.method in ("GET", "HEAD") and not request.COOKIES


class AnonymousPageCacheUpdate(UpdateCacheMiddleware):
    """Django's page cache, for anonymous visitors only, in the "pages" cache."""

    def process_response(self, request, response):
        if not _cacheable(request) or response.streaming or response.cookies:
            return response
        return super().process_response(request, response)


class AnonymousPageCacheFetch(FetchFromCacheMiddleware):
    def process_request(self, request):
        if not _cacheable(request):
            request._cache_update_cache = False
            return None
        return super().process_request(request)
