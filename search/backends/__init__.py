"""The search backends behind one small interface:

- `matching_ids(model, text, title_only=False)`: a subquery of matching primary keys,
  which callers combine with their own filters, facets and sort orders;
- `health()`: the backend's state, for /healthz.

The database backend is the embedded default (SQLite FTS5, PostgreSQL full-text)."""

from .database import DatabaseBackend


def get_backend():
    return DatabaseBackend()
