"""Whatever visitors type or forge in the address bar, the search page answers with
results or a message, and the API with results or a 400: never a server error."""

import pytest

from tests.activities import expected
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

# Words the search cannot use: stop words, punctuation, symbols, engine syntax, and a
# character whose Unicode compatibility form is no word at all.
MEANINGLESS_QUERIES = ["de", "le", "la", "a", "'", "?", "*", "🎭", "l'", "d’", "ͺ", "((", "&|!", ":*", '"']


@pytest.mark.parametrize("q", MEANINGLESS_QUERIES)
@pytest.mark.parametrize("sort", ["", "relevance"])
def test_a_query_with_no_meaningful_word_lists_everything_by_date(client, q, sort):
    total = len(expected.visible())
    params = {"q": q, "sort": sort}
    page = client.get("/fr/activites/", params)
    assert page.status_code == 200
    assert text_of(soup(page).find(id="results-heading")).startswith(f"{total} ")
    api = client.get("/api/v2/activities/", params)
    assert api.status_code == 200
    assert api.json()["count"] == total


def test_a_meaningful_word_beside_meaningless_ones_still_searches(client):
    api = client.get("/api/v2/activities/", {"q": "le ? concert 🎭", "sort": "relevance"}).json()
    assert 0 < api["count"] < len(expected.visible())
    assert api["count"] == client.get("/api/v2/activities/", {"q": "concert"}).json()["count"]


# Compatibility forms that are punctuation around a word ("⑴" is "(1)") or several words
# ("ﷺ"): PostgreSQL rejected the tsquery built from them.
@pytest.mark.parametrize("q", ["⑴", "ﷺ", "ﬁlm", "㎞", "①②", "Ⅻ"])
def test_compatibility_characters_are_searched_as_the_words_they_stand_for(client, q):
    page = client.get("/fr/activites/", {"q": q})
    assert page.status_code == 200
    api = client.get("/api/v2/activities/", {"q": q})
    assert api.status_code == 200
    assert text_of(soup(page).find(id="results-heading")).startswith(f"{api.json()['count']} ")


def test_invalid_utf8_in_the_query_string_is_not_an_error(client):
    page = client.get("/fr/activites/?q=%C3%28%FF&category=%FF")
    assert page.status_code == 200
    api = client.get("/api/v2/activities/?q=%C3%28%FF")
    assert api.status_code == 200


@pytest.mark.parametrize(
    "params,field",
    [
        ({"date_to": "9999-12-31"}, "date_to"),
        ({"date_from": "0001-01-01"}, "date_from"),
        ({"date_from": "9999-12-31", "date_to": "9999-12-31"}, "date_from"),
        ({"date_from": "2030-05-02", "date_to": "2030-05-01"}, "date_to"),
        ({"neighbourhood": "unknown"}, "neighbourhood"),
        ({"commune": "unknown"}, "commune"),
    ],
)
def test_out_of_range_dates_and_unknown_places_get_a_message(client, params, field):
    page = client.get("/fr/activites/", params)
    assert page.status_code == 200
    alert = soup(page).find(attrs={"role": "alert"})
    assert alert is not None and text_of(alert)
    api = client.get("/api/v2/activities/", params)
    assert api.status_code == 400
    assert field in api.json()


def test_the_date_messages_say_what_to_do_in_the_visitors_language(client):
    alert = soup(client.get("/fr/activites/", {"date_to": "9999-12-31"})).find(attrs={"role": "alert"})
    assert "Choisissez une date entre le 1 janvier 2000 et le 31 décembre 2099" in text_of(alert)
    alert = soup(client.get("/fr/activites/", {"date_from": "2030-05-02", "date_to": "2030-05-01"})).find(
        attrs={"role": "alert"}
    )
    assert "La date de fin est avant la date de début." in text_of(alert)
