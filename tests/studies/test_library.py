"""The studies library in fr/en/ar: its filters against an independent reading of the demo
data, sort, pagination, forged input (fuzzed), and the publication pages."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studies.demo import content
from studies.models import PER_PAGE
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db
LOCALES = {"fr": "ltr", "en": "ltr", "ar": "rtl"}


def titles_on(client, lang="fr", **params):
    response = client.get(f"/{lang}/etudes/", params)
    assert response.status_code == 200
    doc = soup(response)
    return [text_of(h) for h in doc.main.select(".card__title")], doc


def expected(lang="fr", **where):
    """Titles of the demo publications matching `where`, read from the YAML."""
    found = []
    for spec in content.PUBLICATIONS:
        if "type" in where and spec["type"] not in where["type"]:
            continue
        if "territory" in where and spec["territory"] != where["territory"]:
            continue
        if "year" in where and spec["year"] != where["year"]:
            continue
        if "theme" in where and not set(spec["themes"]) & set(where["theme"]):
            continue
        found.append(spec["title"][lang])
    return found


@pytest.mark.parametrize("lang,direction", LOCALES.items())
def test_the_library_in_each_locale(client, lang, direction):
    titles, doc = titles_on(client, lang)
    assert (doc.html["lang"], doc.html["dir"]) == (lang, direction)
    assert text_of(doc.h1) == content.INDEX["title"][lang]
    total = len(content.PUBLICATIONS)
    assert text_of(doc.find(id="results-heading")).startswith(f"{total} ")
    assert len(titles) == min(total, PER_PAGE)


@pytest.mark.parametrize("lang,direction", LOCALES.items())
def test_a_publication_page_in_each_locale(client, lang, direction):
    spec = next(p for p in content.PUBLICATIONS if p["slug"] == "etude-acces-aux-droits")
    response = client.get(f"/{lang}/etudes/{spec['slug']}/")
    assert response.status_code == 200
    doc = soup(response)
    assert (doc.html["lang"], doc.html["dir"]) == (lang, direction)
    assert text_of(doc.h1) == spec["title"][lang]
    assert spec["summary"][lang] in text_of(doc.main)


@pytest.mark.parametrize("lang", LOCALES)
def test_the_pages_api_gives_publications_in_their_locale(client, lang):
    response = client.get(
        "/api/v2/pages/",
        {"type": "studies.PublicationPage", "locale": lang, "fields": "year,summary", "limit": 100},
    )
    items = response.json()["items"]
    assert {item["title"] for item in items} == {spec["title"][lang] for spec in content.PUBLICATIONS}
    assert {item["meta"]["locale"] for item in items} == {lang}


@pytest.mark.parametrize(
    "params,where",
    [
        ({"type": "insee-sheet"}, {"type": ["insee-sheet"]}),
        ({"type": ["study", "dashboard"]}, {"type": ["study", "dashboard"]}),
        ({"type": "delinquency-observatory"}, {"type": ["delinquency-observatory"]}),
        ({"territory": "quartier-le-blosne"}, {"territory": "quartier-le-blosne"}),
        ({"territory": "metropole"}, {"territory": "metropole"}),
        ({"year": "2024"}, {"year": 2024}),
        ({"year": "2019"}, {"year": 2019}),
        ({"theme": "youth"}, {"theme": ["youth"]}),
        ({"theme": ["exile", "safety"]}, {"theme": ["exile", "safety"]}),
        ({"theme": "youth", "type": "study"}, {"theme": ["youth"], "type": ["study"]}),
    ],
)
def test_each_filter_against_the_data(client, params, where):
    titles, doc = titles_on(client, "en", **params)
    wanted = expected("en", **where)
    assert sorted(titles) == sorted(wanted[:PER_PAGE])
    assert text_of(doc.find(id="results-heading")).startswith(f"{len(wanted)} ")


def test_sort_by_title(client):
    titles, _doc = titles_on(client, "fr", type="insee-sheet", sort="title")
    assert titles == sorted(expected("fr", type=["insee-sheet"]))


def test_pagination_keeps_the_filters(client):
    from studies.models import PublicationPage, StudiesIndexPage

    library = StudiesIndexPage.objects.get(locale__language_code="fr")
    extra = [f"Étude de test {n}" for n in range(5)]
    for n, title in enumerate(extra):
        page = PublicationPage(
            title=title,
            slug=f"test-{n}",
            publication_type="study",
            territory="rennes",
            year=2020,
            summary="…",
        )
        library.add_child(instance=page)
        page.save_revision().publish()
    first, doc = titles_on(client, "fr", sort="title")
    assert len(first) == PER_PAGE
    next_link = doc.main.find("a", rel="next")
    assert next_link is not None and "sort=title" in next_link["href"]
    second, _doc = titles_on(client, "fr", sort="title", page="2")
    assert first + second == sorted(expected("fr") + extra)


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "99999"},
        {"type": "nope"},
        {"territory": "<b>"},
        {"sort": "-pk"},
        {"page": "-1"},
    ],
)
def test_bad_input_gives_a_message(client, params):
    response = client.get("/fr/etudes/", params)
    assert response.status_code == 200
    doc = soup(response)
    if "page" not in params:
        assert doc.main.find(class_="notice--error") is not None


FIELDS = st.sampled_from(["type", "territory", "year", "theme", "sort", "page", "q"])
VALUES = st.one_of(
    st.text(max_size=30), st.integers(-(10**12), 10**12).map(str), st.sampled_from(["", "2024", "study"])
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.lists(st.tuples(FIELDS, VALUES), max_size=6))
def test_forged_filters_never_give_a_server_error(client, params):
    query = [(key, value.replace("\x00", "")) for key, value in params]
    response = client.get("/fr/etudes/", query)
    assert response.status_code < 500
