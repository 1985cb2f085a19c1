"""Schemathesis generates requests from /api/schema/ (valid, invalid and odd values for
every parameter) and sends them to the application: none may end in a server error."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())


@pytest.fixture(autouse=True)
def database_connection_kept_between_requests():
    """Requests go through the WSGI application, which closes the database connection
    when a request ends; inside a test's transaction that must not happen (Django's own
    test client does the same)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_answers_5xx(case):
    # The in-process WSGI client does not inflate gzip as an HTTP client would.
    response = case.call(headers={"Accept-Encoding": "identity"})
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:500])
    # And what it answers is what the schema documents. Taxonomy values (categories,
    # communes…) are the editors' and cannot be listed in the schema, so a well-formed
    # but unknown slug is rightly refused with a 400 that the schema documents.
    case.validate_response(
        response, headers={"Accept-Encoding": "identity"}, excluded_checks=[positive_data_acceptance]
    )
