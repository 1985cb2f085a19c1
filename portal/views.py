from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
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


def rate_limited(request, exception):
    """Too many searches from one address: a clear 429, never an error page."""
    response = HttpResponse(
        _("Too many requests. Please wait a minute before searching again."),
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = "60"
    return response


def client_address(request):
    """The visitor's address for rate limits: the one our own reverse proxies saw."""
    proxies = settings.PROXY_COUNT
    forwarded = [
        part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
    ]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
