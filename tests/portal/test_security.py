"""What an attacker meets: strict CSP on public pages, locked admin logins after repeated
failures, rate limits on search and the API, no cookie for anonymous visitors."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_public_pages_have_a_strict_content_security_policy(client):
    for url in ("/fr/", "/fr/activites/"):
        policy = client.get(url)["Content-Security-Policy"]
        assert "script-src 'self'" in policy
        assert "default-src 'self'" in policy
        assert "unsafe-inline" not in policy


def test_pages_run_no_inline_script(client):
    from tests.html import soup

    for url in ("/fr/", "/ar/", "/fr/activites/", "/fr/activites/hamlet-au-tnb/"):
        for script in soup(client.get(url)).find_all("script"):
            # External scripts only; data blocks (JSON-LD) are not executed.
            assert script.get("src") or script.get("type") == "application/ld+json", (url, script)


def test_anonymous_visitors_get_no_cookie(client):
    for url in ("/fr/", "/fr/activites/", "/fr/activites/?q=concert", "/api/v2/activities/"):
        assert not client.get(url).cookies, url


def test_admin_login_is_locked_after_repeated_failures(client, django_user_model):
    django_user_model.objects.create_user("marie", password="the-right-password-1", is_staff=True)
    for _attempt in range(2):
        response = client.post("/admin/login/", {"username": "marie", "password": "wrong"})
        assert response.status_code == 200  # the form again, with an error
    assert client.post("/admin/login/", {"username": "marie", "password": "wrong"}).status_code == 429
    locked = client.post("/admin/login/", {"username": "marie", "password": "the-right-password-1"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


@override_settings(RATE_LIMIT_SEARCH="3/m")
def test_search_is_rate_limited_per_address(client):
    # Distinct searches: a page already in the cache costs nothing and is not counted.
    for word in ("opera", "cinema", "piscine"):
        assert client.get("/fr/activites/", {"q": word}, REMOTE_ADDR="203.0.113.7").status_code == 200
    limited = client.get("/fr/activites/", {"q": "musee"}, REMOTE_ADDR="203.0.113.7")
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    # Another visitor is not affected.
    assert client.get("/fr/activites/", {"q": "musee"}, REMOTE_ADDR="203.0.113.8").status_code == 200


@override_settings(PROXY_COUNT=1)
def test_behind_a_proxy_the_forged_part_of_x_forwarded_for_is_ignored(rf):
    from portal.views import client_address

    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9", REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == "198.51.100.9"
