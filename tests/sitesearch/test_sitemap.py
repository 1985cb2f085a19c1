"""/sitemap.xml (an index) and its sections: every live public page and every upcoming
activity, in each language, with hreflang alternates; robots.txt points to it."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from activities.models import Activity
from pages.demo import content as demo_content
from tests.activities.factories import make_activity

from .helpers import french_page, restrict

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
ORIGIN = "http://testserver"


def xml(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ElementTree.fromstring(response.content)


def section_urls(client):
    """The sections the index lists (every page of each)."""
    index = xml(client.get("/sitemap.xml"))
    return [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS)]


def entries(client):
    """{path: {hreflang: path}} of every URL of every section."""
    found = {}
    for url in section_urls(client):
        parts = urlsplit(url)
        assert f"{parts.scheme}://{parts.netloc}" == ORIGIN
        section = xml(client.get(parts.path + (f"?{parts.query}" if parts.query else "")))
        for node in section.findall("sm:url", NS):
            path = node.find("sm:loc", NS).text.removeprefix(ORIGIN)
            assert path not in found, f"{path} twice"
            found[path] = {
                link.get("hreflang"): link.get("href").removeprefix(ORIGIN)
                for link in node.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            }
    return found


def test_the_index_lists_one_section_for_pages_and_one_for_activities(client):
    assert section_urls(client) == [f"{ORIGIN}/sitemap-pages.xml", f"{ORIGIN}/sitemap-activities.xml"]


def test_every_live_public_page_of_every_language_is_listed(client):
    listed = entries(client)
    expected = {page.url for page in Page.objects.live().public().filter(depth__gt=1)}
    assert expected <= set(listed)
    assert {path for path in listed if "/activites/" not in path} == expected
    assert {path[:4] for path in expected} == {"/fr/", "/en/", "/ar/"}


def test_each_page_gives_its_translations_at_their_own_urls(client):
    spec = next(s for s in demo_content.PAGES if s["key"] == "who-can-benefit")
    urls = {lang: f"/{lang}/{spec['slug'][lang]}/" for lang in ("fr", "en", "ar")}
    assert urls["fr"] != urls["en"]  # a slug of its own in each language
    listed = entries(client)
    for lang in ("fr", "en", "ar"):
        assert listed[urls[lang]] == {**urls, "x-default": urls["fr"]}


def test_a_page_without_translation_has_only_itself_and_x_default(client, admin_user):
    french_page("Seulement en français", "seulement-en-francais")
    path = "/fr/seulement-en-francais/"
    assert entries(client)[path] == {"fr": path, "x-default": path}


def test_drafts_and_restricted_pages_are_left_out(client, admin_user):
    french_page("Brouillon", "brouillon", publish=False)
    private = french_page("Privée", "privee")
    french_page("Sous la page privée", "dessous", parent=private)
    restrict(private)
    listed = entries(client)
    assert not [path for path in listed if path.startswith(("/fr/brouillon/", "/fr/privee/"))]


def test_upcoming_activities_are_listed_in_every_language_past_ones_are_not(client):
    listed = entries(client)
    hamlet = {lang: f"/{lang}/activites/hamlet-au-tnb/" for lang in ("fr", "en", "ar")}
    for lang in ("fr", "en", "ar"):
        assert listed[hamlet[lang]] == {**hamlet, "x-default": hamlet["fr"]}
    past = Activity.objects.filter(locale__language_code="fr", live=True, last_end__lt=timezone.now()).first()
    assert past is not None
    assert not [path for path in listed if path.endswith(f"/activites/{past.slug}/")]
    upcoming = Activity.objects.filter(locale__language_code="fr", live=True, last_end__gte=timezone.now())
    assert {f"/fr/activites/{slug}/" for slug in upcoming.values_list("slug", flat=True)} <= set(listed)


def test_an_activity_without_translation_is_listed_under_each_prefix(client):
    activity = make_activity("Atelier sans traduction", days=(5,), slug="atelier-sans-traduction")
    listed = entries(client)
    urls = {lang: f"/{lang}/activites/{activity.slug}/" for lang in ("fr", "en", "ar")}
    for lang in ("fr", "en", "ar"):
        assert listed[urls[lang]] == {**urls, "x-default": urls["fr"]}


def test_drafts_of_activities_are_left_out(client):
    make_activity("Brouillon d'atelier", days=(5,), slug="brouillon-d-atelier", publish=False)
    assert not [path for path in entries(client) if "brouillon-d-atelier" in path]


def queries_for(client, paths):
    """Queries to build `paths` from nothing (no page cache, no cached locale or site)."""
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as context:
        for path in paths:
            assert client.get(path).status_code == 200
    return len(context.captured_queries)


def test_the_number_of_queries_does_not_grow_with_the_content(
    client, admin_user, django_assert_max_num_queries
):
    paths = ["/sitemap.xml", "/sitemap-pages.xml", "/sitemap-activities.xml"]
    with django_assert_max_num_queries(20):
        before = queries_for(client, paths)
    for n in range(5):
        french_page(f"Page {n}", f"page-{n}")
        make_activity(f"Activité {n}", days=(n + 1,), slug=f"activite-{n}")
    assert queries_for(client, paths) == before


def test_a_large_catalogue_is_split_into_pages_of_the_sitemap(client, monkeypatch):
    from sitesearch.sitemaps import ActivitySitemap

    monkeypatch.setattr(ActivitySitemap, "limit", 50)
    sections = section_urls(client)
    assert f"{ORIGIN}/sitemap-activities.xml?p=2" in sections
    listed = entries(client)
    assert len([path for path in listed if "/activites/" in path]) > 50


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for rule in (
        "Disallow: /admin/",
        "Disallow: /api/",
        "Allow: /api/v2/activities/export.csv",
        "Allow: /api/v2/activities/export.json",
        "Disallow: /fr/recherche/?",
        "Disallow: /en/recherche/?",
        "Disallow: /ar/recherche/?",
        "Disallow: /ar/_util/",
    ):
        assert rule in lines
    assert "Disallow: /" not in lines  # the public site is open
    assert f"Sitemap: {ORIGIN}/sitemap.xml" in lines
    assert client.get("/sitemap.xml").status_code == 200


def test_robots_txt_is_served_from_the_page_cache(client, django_assert_num_queries):
    client.get("/robots.txt")
    with django_assert_num_queries(0):
        assert client.get("/robots.txt").status_code == 200


def test_unknown_sections_are_a_plain_404(client):
    response = client.get("/sitemap-nope.xml")
    assert response.status_code == 404
    assert "Location" not in response
