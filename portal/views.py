from pathlib import Path

from django.db import DatabaseError, connection
from django.db.migrations.recorder import MigrationRecorder
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache

from search.backends import get_backend


def database_state():
    """The database's state for /healthz: "ok", or what keeps the portal from working."""
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        # Connecting would create an empty database in place of the missing file.
        if not Path(connection.settings_dict["NAME"]).is_file():
            return "missing"
    try:
        recorder = MigrationRecorder(connection)
        if not recorder.has_table() or not recorder.migration_qs.exists():
            return "not migrated"
    except DatabaseError:
        return "unreachable"
    return "ok"


@never_cache
def healthz(request):
    """For load balancers and monitoring. 503 when the database is missing, unreachable or
    not migrated: nothing works then. A search backend that fails its query leaves the
    rest of the site working: 200, "degraded", for monitoring to act on."""
    database = database_state()
    backend = get_backend()
    search = backend.health() if database == "ok" else {"backend": backend.name, "status": "unknown"}
    if database != "ok":
        status = "error"
    elif search["status"] != "ok":
        status = "degraded"
    else:
        status = "ok"
    return JsonResponse(
        {"status": status, "database": database, "search": search},
        status=503 if status == "error" else 200,
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
