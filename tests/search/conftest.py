"""The search backends the shared suites run against. Each test gets the backend and a
catalogue it builds itself; `backend.name` and the test id say which server answered:
- database: the test database (SQLite, or PostgreSQL with DATABASE_URL);
- elasticsearch-osmem: the in-memory OpenSearch-compatible server, always;
- elasticsearch: a real Elasticsearch, when ELASTICSEARCH_URL is set (skipped otherwise,
  with the reason shown by `pytest -rs`)."""

import pytest

from search.backends.database import DatabaseBackend

from . import elastic

BACKENDS = ["database", "elasticsearch-osmem", "elasticsearch"]


@pytest.fixture(params=BACKENDS)
def backend(request, db, settings):
    if request.param == "database":
        return DatabaseBackend()
    if request.param == "elasticsearch-osmem":
        # The test server lacks light_french (docs/elasticsearch-testing.md).
        settings.ELASTICSEARCH_STEMMER = "snowball"
        return elastic.osmem_backend(request.getfixturevalue("osmem_clone").url)
    if not elastic.real_url():
        pytest.skip("no real Elasticsearch: set ELASTICSEARCH_URL to run these against one")
    settings.ELASTICSEARCH_STEMMER = "light_french"
    found = elastic.real_backend()
    request.addfinalizer(lambda: elastic.drop(found))
    return found
