"""What visitors type, and what they must find: one suite for every search backend
(tests/search/conftest.py says which run here). Each case also says what must not be
found, so that a backend matching everything cannot pass."""

import pytest
from django.utils import timezone

from activities.models import Activity
from search.query import ActivityQuery

from . import catalogue


@pytest.fixture
def indexed(backend):
    found = catalogue.build()
    backend.index(list(Activity.objects.all()))
    if hasattr(backend, "refresh"):
        backend.refresh()
    return found


def search(backend, text="", language="fr", **filters):
    sort = filters.pop("sort", "relevance" if text else "date")
    query = ActivityQuery(
        language=language, now=timezone.now(), text=text, filters=filters, sort=sort, limit=500
    )
    return backend.search(query)


def found(backend, indexed, text="", **filters):
    """The activities of the test catalogue found (the demo catalogue is also there)."""
    return {indexed.key(pk) for pk in search(backend, text, **filters).ids} - {None}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("OPERA", {"opera"}),  # case and accents
        ("opéra", {"opera"}),
        ("l'opera", {"opera"}),  # elision
        ("l’Opéra", {"opera"}),
        ("concert", {"concerts"}),  # plural and singular
        ("expositions", {"expo"}),
        ("Vasarely", {"expo"}),
    ],
)
def test_accents_case_elision_and_plurals(backend, indexed, text, expected):
    assert found(backend, indexed, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ciné", {"cinema", "film-desc"}),  # ciné ↔ cinéma
        ("foot", {"football"}),  # foot ↔ football: "Football en salle" and its "Foot à cinq"
        ("expo", {"expo"}),
        ("piscine", {"swim"}),  # piscine ↔ natation, and the venue's name
    ],
)
def test_synonyms_from_the_editors_list(backend, indexed, text, expected):
    assert found(backend, indexed, text) == expected


def test_a_one_letter_typo_in_a_long_word_still_finds_it(backend, indexed):
    assert found(backend, indexed, "escrimme") == {"escrime"}
    assert found(backend, indexed, "initation") == {"escrime"}  # a letter left out


def test_a_typo_of_a_word_indexed_since_the_last_typo_finds_it(backend, indexed):
    assert found(backend, indexed, "escrimme") == {"escrime"}  # corrections read once…
    activity = Activity.objects.get(pk=indexed.id("concerts"))
    activity.title = "Concerts d'orgue et de clavecin"
    activity.save()
    backend.index([activity])
    if hasattr(backend, "refresh"):
        backend.refresh()
    assert found(backend, indexed, "clavecinn") == {"concerts"}  # …and again after a change


def test_a_nonsense_word_finds_nothing(backend, indexed):
    assert found(backend, indexed, "xylophone") == set()
    assert found(backend, indexed, "escrime xylophone") == set()


def test_a_commune_or_a_venue_typed_as_text(backend, indexed):
    assert found(backend, indexed, "Bruz") == {"swim"}
    assert found(backend, indexed, "piscine Bruz") == {"swim"}
    assert found(backend, indexed, "Blosne") == {"opera", "expo"}
    assert found(backend, indexed, "théâtre national") == {"opera", "expo"}


def test_title_matches_come_before_description_only_matches(backend, indexed):
    keys = [key for pk in search(backend, "théâtre").ids if (key := indexed.key(pk))]
    # "Lecture à voix haute" has the word in its description only; the TNB's shows at
    # their venue's name only: they come after every title match (none here) and in
    # the order title, description, place.
    assert set(keys) == {"theatre-desc", "opera", "expo"}
    assert keys[0] == "theatre-desc"
    cinema = [key for pk in search(backend, "cinéma").ids if (key := indexed.key(pk))]
    assert cinema == ["cinema", "film-desc"]  # "Ciné-club" in the title, "cinéma" in the text


def test_past_activities_and_drafts_are_never_found(backend, indexed):
    assert found(backend, indexed, "escrime") == {"escrime"}


def test_filters_combined_with_text(backend, indexed):
    assert found(backend, indexed, "spectacle") == {"opera", "concerts", "expo", "theatre-desc"}
    assert found(backend, indexed, "spectacle", free="1") == {"concerts"}
    assert found(backend, indexed, "spectacle", accessibility=["wheelchair", "hearing"]) == {"expo"}
    assert found(backend, indexed, "sport", audience="students") == {"escrime"}
    assert found(backend, indexed, "sport", kind="regular", commune=["bruz-test"]) == {"swim"}
    assert found(backend, indexed, "", neighbourhood=["blosne-test"], category=["spectacle-test"]) == {
        "opera",
        "expo",
    }


FILTER_CASES = [
    {},
    {"free": "1"},
    {"category": ["sport-test"]},
    {"commune": ["rennes-test"], "accessibility": ["wheelchair"]},
    {"audience": "families", "kind": "regular"},
    {"date": "week"},
]


@pytest.mark.parametrize("text", ["", "spectacle", "salle"])
@pytest.mark.parametrize("filters", FILTER_CASES)
def test_facet_counts_equal_the_results_of_applying_each_option(backend, indexed, text, filters):
    results = search(backend, text, **filters)
    assert results.total == len(results.ids)
    options = {
        "category": ["sport-test", "cinema-test", "spectacle-test"],
        "commune": ["bruz-test", "rennes-test"],
        "neighbourhood": ["blosne-test"],
        "free": ["1"],
        "eticket": ["1"],
        "audience": ["families", "students"],
        "accessibility": ["wheelchair", "hearing"],
        "kind": ["one_off", "regular"],
        "date": ["today", "weekend", "week"],
    }
    multiple = {"category", "commune", "neighbourhood", "accessibility"}
    checked = 0
    for facet, values in options.items():
        for value in values:
            applied = {k: v for k, v in filters.items() if k != facet or facet == "accessibility"}
            if facet in multiple:
                current = list(applied.get(facet, [])) if facet == "accessibility" else []
                applied[facet] = sorted(set(current) | {value})
            else:
                applied[facet] = value
            expected = search(backend, text, **applied).total
            assert results.facets.get(facet, {}).get(value, 0) == expected, (facet, value, applied)
            checked += expected
    assert checked > 0  # the counts checked are not all zero


def test_results_follow_the_language_shown(backend, indexed):
    """A French-only activity is found from every language (shown in French)."""
    assert found(backend, indexed, "escrime") == {"escrime"}
    assert {indexed.key(pk) for pk in search(backend, "escrime", language="ar").ids} - {None} == {"escrime"}
