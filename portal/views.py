from django.db import DatabaseError, connection
from django.http import JsonResponse
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
