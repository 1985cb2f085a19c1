"""The activity search backends, each implementing `search.query`'s interface.

The database backend is the embedded default (SQLite FTS5, PostgreSQL full-text) and is
always kept up to date: it is also what a failing Elasticsearch falls back to. With
ELASTICSEARCH_URL set, Elasticsearch answers searches and both indexes follow the
catalogue."""

import logging
import time

from django.conf import settings

from .database import DatabaseBackend

logger = logging.getLogger(__name__)

# After a failure, searches go to the database for this long before Elasticsearch is
# tried again: a server down must not cost every request a timeout.
RETRY_AFTER = 30
_elasticsearch_down_until = 0.0


def elasticsearch_configured():
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


class FallbackBackend:
    """Elasticsearch, or the database when Elasticsearch fails (logged)."""

    def __init__(self, primary, fallback):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    def search(self, query):
        global _elasticsearch_down_until
        if time.monotonic() < _elasticsearch_down_until:
            return self.fallback.search(query)
        try:
            return self.primary.search(query)
        except self.primary.errors:
            logger.exception("Search falls back to the database: Elasticsearch failed.")
            _elasticsearch_down_until = time.monotonic() + RETRY_AFTER
            return self.fallback.search(query)

    def health(self):
        state = self.primary.health()
        if state["status"] != "ok":
            fallback = self.fallback.health()
            state = {**state, "status": "degraded", "fallback": fallback}
        return state


def get_backend():
    """The backend that answers searches."""
    if elasticsearch_configured():
        from .elasticsearch import ElasticsearchBackend

        return FallbackBackend(ElasticsearchBackend(), DatabaseBackend())
    return DatabaseBackend()


def index_backends():
    """Every backend whose index follows the catalogue."""
    if elasticsearch_configured():
        from .elasticsearch import ElasticsearchBackend

        return [DatabaseBackend(), ElasticsearchBackend()]
    return [DatabaseBackend()]
