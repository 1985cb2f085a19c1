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
