"""Every filter, and combinations of them, give what an independent reading of the
catalogue expects, on the search page and in the API alike."""

from datetime import timedelta

import pytest

from activities.models import Activity, Category, Commune, Neighbourhood
from tests.activities import expected
from tests.activities.factories import make_activity

pytestmark = pytest.mark.django_db


def api_results(client, params):
    """Every result of a query, following the API's pages."""
    slugs, page = [], 1
    while True:
        response = client.get("/api/v2/activities/", {**params, "page": page})
        assert response.status_code == 200, response.content
        data = response.json()
        slugs += [item["slug"] for item in data["results"]]
        if not data["next"]:
            return data["count"], slugs
        page += 1


def used_slug(model, relation):
    """A value of a filter that some upcoming activity has (so the test is not vacuous)."""
    for activity in expected.visible():
        values = relation(activity)
        if values:
            return values[0]
    pytest.fail(f"The demo content has no {model.__name__} to filter on")


CASES = {
    "date=today": ({"date": "today"}, {"date": "today"}),
    "date=weekend": ({"date": "weekend"}, {"date": "weekend"}),
    "date=week": ({"date": "week"}, {"date": "week"}),
    "age=7": ({"age": "7"}, {"age": 7}),
    "audience=families": ({"audience": "families"}, {"audience": "families"}),
    "audience=students": ({"audience": "students"}, {"audience": "students"}),
    "price_max=3": ({"price_max": "3"}, {"price_max": 3}),
    "free": ({"free": "1"}, {"free": True}),
    "accessibility=wheelchair": ({"accessibility": "wheelchair"}, {"accessibility": ["wheelchair"]}),
    "accessibility=wheelchair+hearing": (
        {"accessibility": ["wheelchair", "hearing"]},
        {"accessibility": ["wheelchair", "hearing"]},
    ),
    "eticket": ({"eticket": "1"}, {"eticket": True}),
    "kind=regular": ({"kind": "regular"}, {"kind": "regular"}),
    "kind=one_off": ({"kind": "one_off"}, {"kind": "one_off"}),
    "free+families": ({"free": "1", "audience": "families"}, {"free": True, "audience": "families"}),
    "week+price_max=5+wheelchair": (
        {"date": "week", "price_max": "5", "accessibility": "wheelchair"},
        {"date": "week", "price_max": 5, "accessibility": ["wheelchair"]},
    ),
}


def activity_during(preset):
    """An activity that any case with this date preset must find, whatever the day and
    hour the suite runs at: it starts just before the window opens and ends inside it."""
    start, _end = expected.window(preset)
    return make_activity(
        f"Rendez-vous {preset}",
        days=(),
        periods=[(start - timedelta(minutes=30), start + timedelta(minutes=30))],
        sortir_price=0,
        wheelchair=True,
        for_families=True,
    )


@pytest.mark.parametrize("case", CASES)
def test_filter_gives_the_expected_activities(client, case):
    params, filters = CASES[case]
    if "date" in params:
        activity_during(params["date"])
    want = {a.slug for a in expected.matching(filters)}
    assert want, f"the catalogue has no activity for {case}: the test would prove nothing"
    assert len(want) < len(expected.visible()), f"{case} filters nothing out"
    count, slugs = api_results(client, params)
    assert count == len(want)
    assert set(slugs) == want


def test_each_taxonomy_filter(client):
    category = used_slug(Category, lambda a: [c.slug for c in a.categories.all()])
    commune = used_slug(Commune, lambda a: [a.place.commune.slug] if a.place else [])
    neighbourhood = used_slug(
        Neighbourhood, lambda a: [a.place.neighbourhood.slug] if a.place and a.place.neighbourhood else []
    )
    for params in (
        {"category": [category]},
        {"commune": [commune]},
        {"neighbourhood": [neighbourhood]},
        {"category": [category], "commune": [commune]},
    ):
        want = {a.slug for a in expected.matching(params)}
        count, slugs = api_results(client, params)
        assert set(slugs) == want and count == len(want), params
        assert 0 < len(want) or "commune" in params


def test_date_range(client):
    from datetime import timedelta

    from django.utils import timezone

    today = timezone.localdate()
    date_from, date_to = today + timedelta(days=2), today + timedelta(days=20)
    start = timezone.make_aware(timezone.datetime.combine(date_from, timezone.datetime.min.time()))
    end = timezone.make_aware(
        timezone.datetime.combine(date_to + timedelta(days=1), timezone.datetime.min.time())
    )
    want = {a.slug for a in expected.visible() if expected.occurs(a, start, end)}
    count, slugs = api_results(client, {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()})
    assert set(slugs) == want and want


def test_text_search_is_french_aware(client):
    concerts = {a.slug for a in expected.visible() if "concert" in (a.title + a.summary).lower()}
    assert concerts
    for query in ("concert", "Concerts", "CONCERT"):
        _count, slugs = api_results(client, {"q": query})
        assert concerts <= set(slugs), query
    # Accents and elision: "opera" finds "l'Opéra".
    opera = {a.slug for a in expected.visible() if "opéra" in (a.title + a.summary).lower()}
    assert opera
    _count, slugs = api_results(client, {"q": "l'opera"})
    assert opera <= set(slugs)
    # A nonsense word finds nothing (the search is not a match-everything).
    assert api_results(client, {"q": "zzyzxqwv"}) == (0, [])


def test_facet_counts_tell_how_many_results_each_option_gives(client):
    data = client.get("/api/v2/activities/", {"audience": "families"}).json()
    facets = data["facets"]
    for category, count in facets["category"].items():
        assert count == len(expected.matching({"audience": "families", "category": [category]})), category
    # Alternatives within a facet ignore the facet's own selection.
    assert facets["audience"]["students"] == len(expected.matching({"audience": "students"}))
    for key, count in facets["accessibility"].items():
        assert count == len(expected.matching({"audience": "families", "accessibility": [key]}))
    assert data["count"] == len(expected.matching({"audience": "families"}))


def test_sort_by_next_date(client):
    _count, slugs = api_results(client, {"sort": "date"})
    by_slug = {a.slug: a for a in expected.visible()}
    starts = [by_slug[s].next_start for s in slugs]
    assert starts == sorted(starts)


def test_sort_by_distance_from_the_visitor(client):
    lat, lon = 48.1173, -1.7075  # Villejean
    _count, slugs = api_results(client, {"sort": "distance", "lat": lat, "lon": lon})
    by_slug = {a.slug: a for a in expected.visible()}
    distances = [expected.distance(by_slug[s], lat, lon) for s in slugs]
    assert distances == sorted(distances)
    assert distances[0] < distances[-1]


def test_sort_by_distance_from_a_chosen_commune(client):
    commune = Commune.objects.get(slug="bruz")
    response = client.get("/api/v2/activities/", {"sort": "distance", "commune": ["bruz", "rennes"]})
    slugs = [item["slug"] for item in response.json()["results"]]
    by_slug = {a.slug: a for a in expected.visible()}
    distances = [expected.distance(by_slug[s], commune.latitude, commune.longitude) for s in slugs]
    assert distances == sorted(distances)


def test_relevance_puts_title_matches_first(client):
    _count, slugs = api_results(client, {"q": "concert", "sort": "relevance"})
    titles = [Activity.objects.get(slug=s, locale__language_code="fr").title.lower() for s in slugs]
    in_title = ["concert" in t for t in titles]
    assert in_title == sorted(in_title, reverse=True)
    assert any(in_title)
