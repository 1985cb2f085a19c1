"""API clients get their errors as JSON, whatever raised them: DRF, Wagtail's
endpoints, Django's URL resolver or an unexpected exception."""

import pytest
from django.test import Client

from portal import api

pytestmark = pytest.mark.django_db

# What a browser sends when someone opens an API address.
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def assert_json_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json", response.content[:200]
    assert response.json()


@pytest.mark.parametrize("path", ["/api/v2/nothing-here/", "/api/nothing", "/api/v2/pages/abc/"])
def test_unknown_api_routes_answer_a_json_404(client, path):
    assert_json_error(client.get(path, HTTP_ACCEPT=BROWSER_ACCEPT), 404)


def test_a_browser_posting_to_a_wagtail_endpoint_gets_a_json_405(client):
    assert_json_error(client.post("/api/v2/pages/", HTTP_ACCEPT=BROWSER_ACCEPT), 405)


def test_a_browser_with_a_bad_wagtail_query_gets_a_json_400(client):
    assert_json_error(client.get("/api/v2/pages/", {"offset": "-1"}, HTTP_ACCEPT=BROWSER_ACCEPT), 400)


def test_a_request_for_an_unknown_host_gets_a_json_400(client):
    assert_json_error(client.get("/api/v2/activities/", HTTP_HOST="evil.example"), 400)


def test_an_unexpected_exception_in_the_api_answers_a_json_500(monkeypatch):
    def broken(self, request):
        raise RuntimeError("a bug")

    monkeypatch.setattr(api.PortalPagesAPIViewSet, "listing_view", broken)
    response = Client(raise_request_exception=False).get("/api/v2/pages/")
    assert_json_error(response, 500)
    assert "a bug" not in response.content.decode()


def test_pages_outside_the_api_keep_their_html_error_pages(client):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
