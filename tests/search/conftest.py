"""The search backends the shared suites run against. Each test gets the backend and a
catalogue it builds itself; `backend.name` says which server answered."""

import pytest

from search.backends.database import DatabaseBackend

BACKENDS = ["database"]


def make_backend(name):
    if name == "database":
        return DatabaseBackend()
    raise ValueError(name)


@pytest.fixture(params=BACKENDS)
def backend(request, db):
    return make_backend(request.param)
