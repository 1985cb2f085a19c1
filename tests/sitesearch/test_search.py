"""/<lang>/recherche/: pages of the visitor's language, activities as the catalogue shows
them, public documents; never a draft, a restricted page or a restricted document."""

import pytest
from django.test import override_settings

from studies.models import PublicationPage
from tests.html import soup, text_of
from tests.pages.helpers import translate

from .helpers import french_page, restrict

pytestmark = pytest.mark.django_db

DASHBOARD_SLUG = "tableau-de-bord-social-2024"


def search(client, lang, q, **extra):
    response = client.get(f"/{lang}/recherche/", {"q": q}, **extra)
    assert response.status_code == 200
    return response


def group(response, kind):
    """The links of one group of results (None when the group is not shown)."""
    section = soup(response).find("section", attrs={"aria-labelledby": f"{kind}-heading"})
    if section is None:
        return None
    return [a["href"] for a in section.select("ol a")]


def test_the_empty_form_is_labelled_and_searches_nothing(client):
    doc = soup(client.get("/fr/recherche/"))
    form = doc.find("form", attrs={"role": "search"})
    assert form["action"] == "/fr/recherche/" and form["method"] == "get"
    field = form.find("input", attrs={"name": "q"})
    assert doc.find("label", attrs={"for": field["id"]}) is not None
    assert doc.find("section", class_="site-search__group") is None
    assert doc.find("meta", attrs={"name": "robots"}) is None


@pytest.mark.parametrize("lang,direction", [("fr", "ltr"), ("en", "ltr"), ("ar", "rtl")])
def test_results_are_grouped_under_headings_in_the_visitors_language(client, lang, direction):
    response = search(client, lang, "concert")
    doc = soup(response)
    assert doc.html["lang"] == lang and doc.html["dir"] == direction
    assert doc.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    headings = [h["id"] for h in doc.main.find_all("h2")]
    assert sorted(headings) == ["activities-heading", "documents-heading", "pages-heading"]
    # Groups with results come first.
    counts = [int(text_of(h.find(class_="count")).strip("()")) for h in doc.main.find_all("h2")]
    assert counts == sorted(counts, key=lambda count: not count) and counts[0] > 0
    activities = group(response, "activities")
    assert activities and all(href.startswith(f"/{lang}/activites/") for href in activities)
    more = doc.find("p", class_="site-search__more").a
    assert more["href"] == f"/{lang}/activites/?q=concert"


def test_activities_are_those_the_catalogue_finds(client):
    catalogue = soup(client.get("/en/activites/", {"q": "concert"}))
    listed = [a["href"] for a in catalogue.select(".card__title a")]
    found = group(search(client, "en", "concert"), "activities")
    assert found == listed[: len(found)]
    # An English translation is shown in English, a French-only activity in French.
    titles = soup(search(client, "en", "Hamlet")).select(".card__title")
    assert [text_of(t) for t in titles] == ["Hamlet, by Shakespeare"]


def test_a_page_is_found_in_its_own_language_only(client, admin_user):
    page = french_page("Le zanzibarique", "zanzibarique")
    assert group(search(client, "fr", "zanzibarique"), "pages") == ["/fr/zanzibarique/"]
    assert group(search(client, "en", "zanzibarique"), "pages") is None  # nothing found at all
    english = translate(page, "en")
    assert group(search(client, "en", "zanzibarique"), "pages") == [english.url]
    assert english.url.startswith("/en/")


def test_drafts_and_draft_changes_are_never_listed(client, admin_user):
    french_page("Le brouillon quasimodique", "quasimodique", publish=False)
    assert group(search(client, "fr", "quasimodique"), "pages") is None
    live = french_page("Page publiée", "page-publiee")
    live.title = "Page publiée hyperboréenne"
    live.save_revision()  # a draft of a change, not published
    assert group(search(client, "fr", "hyperboréenne"), "pages") is None


def test_restricted_pages_and_what_is_below_them_are_never_listed(client, admin_user):
    private = french_page("Le club ornithorynque", "ornithorynque")
    below = french_page("Sous-page ornithorynque", "sous-page", parent=private)
    restrict(private)
    response = search(client, "fr", "ornithorynque")
    assert group(response, "pages") is None
    assert private.url not in response.content.decode() and below.url not in response.content.decode()


def test_a_restricted_document_is_never_listed_but_its_public_page_is(client):
    publication = PublicationPage.objects.get(slug=DASHBOARD_SLUG, locale__language_code="fr")
    response = search(client, "fr", "tableau de bord")
    assert publication.document.url not in response.content.decode()
    assert group(response, "documents") == []
    # The publication page itself is public (its file is not), marked as such.
    assert group(response, "pages") == [publication.url]
    assert soup(response).find(class_="badge--restricted") is not None


def test_public_documents_are_listed_with_their_publication(client):
    response = search(client, "fr", "Fiche INSEE Blosne")
    documents = soup(response).find("section", attrs={"aria-labelledby": "documents-heading"})
    links = [a["href"] for a in documents.find_all("a")]
    assert any(href.startswith("/documents/") for href in links)
    assert "/fr/etudes/fiche-insee-le-blosne/" in links


def test_nothing_found_offers_a_way_out(client):
    response = search(client, "fr", "xylophone sous-marin")
    doc = soup(response)
    empty = doc.find("section", class_="empty-state")
    assert "xylophone sous-marin" in text_of(empty.h2)
    links = [a["href"] for a in empty.find_all("a")]
    assert "/fr/activites/" in links and "/fr/activites/?date=week" in links


def test_a_close_spelling_is_suggested(client):
    empty = soup(search(client, "fr", "conncertt")).find("section", class_="empty-state")
    assert "?q=concert" in [a["href"] for a in empty.find_all("a")]


def test_the_words_that_match_nothing_can_be_dropped(client):
    empty = soup(search(client, "en", "concert xylophone")).find("section", class_="empty-state")
    assert "?q=concert" in [a["href"] for a in empty.find_all("a")]
    assert "xylophone" in text_of(empty)


NASTY = [
    "\x00",
    "concert\x00jazz",
    "a" * 5000,
    "!!! ??? ...",
    "🎉🎭🎶",
    '"unbalanced',
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "NEAR(concert jazz) AND * OR NOT",
    "\u202econcert",
    "%00%27",
    " ",
    "l'",
]


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_bad_input_is_a_page_with_a_message_never_an_error(client, lang, text):
    response = search(client, lang, text)
    doc = soup(response)
    assert "<script>alert" not in response.content.decode()
    if len(text) > 200:
        assert doc.find(id="q-error") is not None
        assert doc.find("input", attrs={"name": "q"})["aria-invalid"] == "true"
    if text.strip(" !?.🎉🎭🎶\x00") == "":
        assert doc.find(id="q-error") is not None or text.strip() == ""


def test_repeated_and_unknown_parameters_are_harmless(client):
    response = client.get("/fr/recherche/?q=concert&q=&page=-1&kind=x")
    assert response.status_code == 200


def test_results_pages_are_cached_per_query_string(client, django_assert_num_queries):
    concert = search(client, "fr", "concert").content
    assert search(client, "fr", "musée").content != concert
    with django_assert_num_queries(0):
        assert search(client, "fr", "concert").content == concert


@override_settings(RATE_LIMIT_SEARCH="2/m")
def test_the_search_is_rate_limited_per_address(client):
    for word in ("opera", "cinema"):
        assert client.get("/fr/recherche/", {"q": word}, REMOTE_ADDR="203.0.113.9").status_code == 200
    assert client.get("/fr/recherche/", {"q": "musee"}, REMOTE_ADDR="203.0.113.9").status_code == 429
    assert client.get("/fr/recherche/", {"q": "musee"}, REMOTE_ADDR="203.0.113.10").status_code == 200


def test_the_header_links_to_the_site_search(client):
    link = soup(client.get("/ar/")).find("a", class_="site-search-link")
    assert link["href"] == "/ar/recherche/"
    assert text_of(link)  # its name, even where only the icon shows
