from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache

from search.backends import get_backend


@never_cache
def healthz(request):
    """For load balancers and monitoring: is the database reachable, which search backend answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except DatabaseError:
        database = "unreachable"
    search = get_backend().health()
    healthy = database == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "error", "database": database, "search": search},
        status=200 if healthy else 503,
    )


def _is_api(request):
    return request.path_info.startswith("/api/")


def _api_error(status, detail):
    # The shape of DRF's own errors, so that API clients parse every error alike.
    return JsonResponse({"detail": detail}, status=status)


def bad_request(request, exception):
    if _is_api(request):
        return _api_error(400, "Bad request.")
    return defaults.bad_request(request, exception)


def permission_denied(request, exception):
    if _is_api(request):
        return _api_error(403, "You do not have permission to perform this action.")
    return defaults.permission_denied(request, exception)


def page_not_found(request, exception):
    if _is_api(request):
        return _api_error(404, "Not found.")
    return defaults.page_not_found(request, exception)


def server_error(request):
    if _is_api(request):
        return _api_error(500, "Server error.")
    return defaults.server_error(request)


def rate_limited(request, exception):
    """Too many searches from one address: a clear 429, never an error page."""
    if _is_api(request):
        response = _api_error(429, "Too many requests. Please wait a minute.")
    else:
        response = HttpResponse(
            _("Too many requests. Please wait a minute before searching again."),
            status=429,
            content_type="text/plain; charset=utf-8",
        )
    response["Retry-After"] = "60"
    return response
