"""The activity search backends, each implementing `search.query`'s interface.

The database backend is the embedded default (SQLite FTS5, PostgreSQL full-text) and is
always kept up to date: it is also what a failing Elasticsearch falls back to."""

from .database import DatabaseBackend


def get_backend():
    """The backend that answers searches."""
    return DatabaseBackend()


def index_backends():
    """Every backend whose index follows the catalogue."""
    return [DatabaseBackend()]
