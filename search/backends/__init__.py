"""The search backends behind one small interface. The database backend is the embedded
default; Elasticsearch is used when ELASTICSEARCH_URL is set."""

from .database import DatabaseBackend


def get_backend():
    return DatabaseBackend()
