"""What an attacker meets: strict CSP on public pages and a CSP in the admin, no framing
but the admin's own previews, browser features off, locked admin logins after repeated
failures, rate limits on search and the API, no cookie for anonymous visitors."""

import pytest
from django.test import Client, override_settings
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from pages.models import StandardPage
from portal.addresses import client_address
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_public_pages_have_a_strict_content_security_policy(client):
    for url in ("/fr/", "/fr/activites/"):
        policy = client.get(url)["Content-Security-Policy"]
        assert "script-src 'self'" in policy
        assert "default-src 'self'" in policy
        assert "unsafe-inline" not in policy


def test_pages_run_no_inline_script(client):
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


def fail_login(client, username, **headers):
    return client.post("/admin/login/", {"username": username, "password": "wrong"}, **headers)


@pytest.mark.parametrize(
    ("language", "heading", "duration"),
    [
        ("en", "Too many failed sign-in attempts", "1\xa0hour"),
        ("fr", "Trop de tentatives de connexion échouées", "1\xa0heure"),
        ("ar", "محاولات تسجيل دخول فاشلة كثيرة جدًا", "1\xa0ساعة"),
    ],
)
def test_the_lockout_page_says_for_how_long(client, language, heading, duration):
    for _attempt in range(3):
        response = fail_login(client, "marie", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert f"{duration}." in page
    assert "marie" in page
    assert f'lang="{language}"' in page


@override_settings(PROXY_COUNT=1)
def test_behind_the_proxy_a_lockout_holds_one_account_from_one_address_only(client, django_user_model):
    django_user_model.objects.create_user("marie", password="the-right-password-1", is_staff=True)
    attacker = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    for _attempt in range(3):
        fail_login(client, "marie", **attacker)
    assert fail_login(client, "marie", **attacker).status_code == 429
    # A forged entry in front of the one the proxy appended changes nothing.
    forged = {**attacker, "HTTP_X_FORWARDED_FOR": "192.0.2.1, 203.0.113.7"}
    assert fail_login(client, "marie", **forged).status_code == 429
    # Another account from that address is not locked out…
    assert fail_login(client, "paul", **attacker).status_code == 200
    # …and Marie, at her own address behind the same proxy, still signs in.
    marie = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.20"}
    response = client.post(
        "/admin/login/", {"username": "marie", "password": "the-right-password-1"}, **marie
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def api_requests(client, count, **headers):
    """Distinct requests, so that none is answered by the anonymous page cache."""
    return [client.get("/api/v2/pages/", {"limit": n + 1}, **headers) for n in range(count)]


@override_settings(RATE_LIMIT_API="3/min")
def test_the_api_answers_429_in_json_with_retry_after_past_the_limit(client):
    assert [r.status_code for r in api_requests(client, 3, REMOTE_ADDR="203.0.113.7")] == [200] * 3
    limited = client.get("/api/v2/activities/", REMOTE_ADDR="203.0.113.7")
    assert limited.status_code == 429
    assert limited["Content-Type"] == "application/json"
    assert limited.json()["detail"]
    assert 0 < int(limited["Retry-After"]) <= 60
    # Another client is not affected.
    assert client.get("/api/v2/activities/", REMOTE_ADDR="203.0.113.8").status_code == 200


@override_settings(RATE_LIMIT_API="3/min")
def test_a_forged_x_forwarded_for_does_not_reset_the_api_limit(client):
    # Without a proxy in front, the header is the client's own words.
    statuses = [
        client.get(
            "/api/v2/pages/", {"limit": n + 1}, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"
        ).status_code
        for n in range(5)
    ]
    assert statuses == [200, 200, 200, 429, 429]


@override_settings(RATE_LIMIT_API="3/min", PROXY_COUNT=1)
def test_behind_one_proxy_the_api_limit_counts_the_address_the_proxy_saw(client):
    proxy = "10.0.0.1"
    for n in range(3):
        forged = f"192.0.2.{n}, 203.0.113.7"
        response = client.get(
            "/api/v2/pages/", {"limit": n + 1}, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=forged
        )
        assert response.status_code == 200
    limited = client.get(
        "/api/v2/pages/", {"limit": 9}, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.7"
    )
    assert limited.status_code == 429
    # Other visitors behind the same proxy keep their own allowance.
    other = client.get("/api/v2/pages/", {"limit": 9}, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert other.status_code == 200


@override_settings(PROXY_COUNT=1)
def test_behind_a_proxy_the_forged_part_of_x_forwarded_for_is_ignored(rf):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9", REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == "198.51.100.9"


@override_settings(PROXY_COUNT=2)
def test_behind_two_proxies_the_client_is_the_second_entry_from_the_right(rf):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9, 10.0.0.2", REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == "198.51.100.9"


@override_settings(PROXY_COUNT=0)
def test_without_a_proxy_x_forwarded_for_is_ignored(rf):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4", REMOTE_ADDR="203.0.113.7")
    assert client_address(request) == "203.0.113.7"


@override_settings(PROXY_COUNT=2)
def test_a_request_that_did_not_come_through_every_proxy_is_keyed_on_its_peer(rf):
    for header in ("", "not-an-address", "198.51.100.9"):
        request = rf.get("/", HTTP_X_FORWARDED_FOR=header, REMOTE_ADDR="203.0.113.7")
        assert client_address(request) == "203.0.113.7", header


def test_public_pages_cannot_be_framed_and_both_headers_say_so(client):
    for url in ("/fr/", "/fr/activites/", "/api/v2/activities/", "/admin/login/"):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY", url
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"], url


def test_the_admin_has_a_content_security_policy(admin_client):
    for url in ("/admin/", "/admin/pages/", "/admin/snippets/activities/activity/"):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        policy = response["Content-Security-Policy"]
        for directive in ("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"):
            assert directive in policy, (url, directive)
        # Nothing is loaded from another site.
        assert "http" not in policy and "*" not in policy, (url, policy)


def test_the_preview_panel_may_frame_the_preview_it_shows(admin_client):
    page = StandardPage.objects.get(locale__language_code="fr", slug="contact")
    preview = f"/admin/pages/{page.pk}/edit/preview/"
    form = nested_form_data(
        {
            "title": "Contact (draft)",
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    assert admin_client.post(preview, form).json()["is_valid"]
    response = admin_client.get(preview, {"in_preview_panel": "true"})
    assert "Contact (draft)" in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_every_response_switches_off_the_browser_features_the_portal_does_not_use(client):
    for url in ("/fr/", "/fr/activites/", "/api/v2/pages/", "/admin/login/", "/healthz"):
        policy = client.get(url)["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "payment=()", "usb=()"):
            assert feature in policy, (url, feature)
        # "Sort by distance" asks the visitor's position.
        assert "geolocation=(self)" in policy, url


def test_the_error_page_is_styled_within_the_content_security_policy(monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(StandardPage, "get_context", broken)
    response = Client(raise_request_exception=False).get("/fr/contact/")
    assert response.status_code == 500
    page = soup(response)
    assert page.find("h1").get_text() == "Une erreur est survenue"
    assert not page.select("[style]") and not page.find("style")
    assert page.select_one('link[rel="stylesheet"]')["href"].endswith(".css")
    assert "unsafe-inline" not in response["Content-Security-Policy"]
