"""The search and detail pages as a visitor sees them."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from activities.models import Activity, Category
from tests.activities import expected
from tests.activities.factories import make_activity
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


def result_slugs(response):
    return [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup(response).select(".card__title a")]


def test_search_page_lists_upcoming_activities(client):
    response = client.get("/fr/activites/")
    assert response.status_code == 200
    doc = soup(response)
    total = len(expected.visible())
    assert text_of(doc.find(id="results-heading")).startswith(f"{total} ")
    assert len(doc.select(".card")) == min(total, 20)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "concert"},
        {"date": "week", "sort": "date"},
        {"free": "1"},
        {"page": "2"},
        {"audience": "families", "accessibility": "wheelchair"},
        {"sort": "distance", "commune": "rennes", "page": "2"},
    ],
)
def test_api_gives_the_same_results_as_the_page(client, params):
    page = result_slugs(client.get("/fr/activites/", params))
    api = client.get("/api/v2/activities/", params)
    assert api.status_code == 200
    assert page and page == [item["slug"] for item in api.json()["results"]]


def test_filter_options_show_their_counts(client):
    doc = soup(client.get("/fr/activites/", {"audience": "families"}))
    free_label = doc.find("label", attrs={"for": "id_free"})
    assert f"({len(expected.matching({'audience': 'families', 'free': True}))})" in text_of(free_label)
    # The chosen option is checked, and the form works without JavaScript (GET, submit button).
    assert doc.find("input", attrs={"name": "audience", "value": "families"}).has_attr("checked")
    form = doc.find("form", class_="catalogue__form")
    assert form["method"] == "get" and form.find("button", attrs={"type": "submit"})


@pytest.mark.parametrize("page,expected_page", [("0", 1), ("-3", 1), ("abc", 1), ("99999", "last")])
def test_out_of_range_pages_show_the_nearest_page(client, page, expected_page):
    response = client.get("/fr/activites/", {"page": page})
    assert response.status_code == 200
    current = text_of(soup(response).select_one(".pagination [aria-current]"))
    pages = -(-len(expected.visible()) // 20)
    assert current.startswith(f"Page {pages if expected_page == 'last' else expected_page} ")


@pytest.mark.parametrize("page", ["0", "abc", "99999"])
def test_api_rejects_pages_that_do_not_exist(client, page):
    assert client.get("/api/v2/activities/", {"page": page}).status_code == 404


@pytest.mark.parametrize(
    "params,field",
    [
        ({"date": "tomorrow"}, "date"),
        ({"price_max": "cheap"}, "price_max"),
        ({"category": "not-a-category"}, "category"),
        ({"date_from": "2024-13-45"}, "date_from"),
        ({"age": "-4"}, "age"),
        ({"free": "maybe"}, "free"),
        ({"lat": "999", "sort": "distance"}, "lat"),
    ],
)
def test_bad_filter_values_get_a_message_not_an_error(client, params, field):
    response = client.get("/fr/activites/", params)
    assert response.status_code == 200
    alert = soup(response).find(attrs={"role": "alert"})
    assert alert is not None
    api = client.get("/api/v2/activities/", params)
    assert api.status_code == 400
    assert field in api.json()


def test_injected_html_is_shown_as_text(client):
    response = client.get("/fr/activites/", {"q": '<script>alert("x")</script>'})
    assert response.status_code == 200
    assert b'<script>alert("x")</script>' not in response.content
    assert soup(response).find("input", id="id_q")["value"] == '<script>alert("x")</script>'


def test_empty_results_say_so(client):
    doc = soup(client.get("/fr/activites/", {"q": "zzyzxqwv"}))
    assert text_of(doc.find(id="results-heading")).startswith("0 ")
    assert doc.select_one(".empty-state a")["href"] == "/fr/activites/"


def test_a_card_gives_the_next_date_and_how_many_more_are_to_come(client):
    activity = make_activity("Cours de poterie pour test", days=(-7, -1, 3, 10, 17))
    card = soup(client.get("/fr/activites/", {"q": "poterie pour test"})).select_one(".card")
    first = timezone.localtime(activity.occurrences.filter(start__gte=timezone.now()).earliest("start").start)
    assert card.select_one("time")["datetime"] == first.isoformat()
    assert text_of(card).count("(et 2 autres dates)") == 1  # the past ones are not counted


def test_status_is_visible_at_a_glance(client):
    cancelled = make_activity("Spectacle annulé pour test", status=Activity.Status.CANCELLED)
    doc = soup(client.get("/fr/activites/", {"q": "annulé pour test"}))
    card = doc.select_one(".card")
    assert "card--cancelled" in card["class"]
    assert text_of(card.select_one(".status")) == "Annulé"
    detail = soup(client.get(cancelled.get_absolute_url()))
    assert text_of(detail.select_one(".status")) == "Annulé"


def test_detail_page_shows_prices_dates_place_and_booking(client):
    activity = make_activity(
        "Concert au parc du Thabor",
        days=(2, 9),
        full_price=25,
        sortir_price=4,
        booking_url="https://example.org/b",
    )
    response = client.get("/fr/activites/" + activity.slug + "/")
    doc = soup(response)
    price = text_of(doc.select_one(".price-box"))
    assert "Tarif Sortir ! : 4,00 €" in price and "Plein tarif : 25,00 €" in price
    assert len(doc.select(".dates li")) == 2
    assert doc.find("a", href=activity.place.map_url)
    assert "openstreetmap.org" in activity.place.map_url
    assert doc.find("a", href="https://example.org/b")
    assert doc.find("a", href=f"/fr/activites/{activity.slug}/calendar.ics")


def test_json_ld_is_a_valid_schema_org_event(client):
    activity = make_activity("Récital d'orgue", days=(5,), sortir_price=0, status=Activity.Status.POSTPONED)
    doc = soup(client.get(activity.get_absolute_url()))
    data = json.loads(doc.find("script", type="application/ld+json").string)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["name"] == "Récital d'orgue"
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert timezone.datetime.fromisoformat(data["startDate"]) == activity.occurrences.first().start
    assert data["offers"] == {
        "@type": "Offer",
        "price": "0.00",
        "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock",
    }
    assert data["location"]["address"]["addressLocality"] == activity.place.commune.name


def test_ics_has_one_event_per_date_in_paris_time(client):
    activity = make_activity("Atelier théâtre", days=(1, 8, 15))
    response = client.get(f"/fr/activites/{activity.slug}/calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 3
    first = events[0]
    assert str(first["SUMMARY"]) == "Atelier théâtre"
    assert first.decoded("DTSTART") == activity.occurrences.first().start
    assert first["DTSTART"].params["TZID"] == "Europe/Paris"
    assert str(first["URL"]).endswith(f"/fr/activites/{activity.slug}/")


def test_past_activity_is_not_listed_but_its_page_stays(client):
    past = make_activity("Exposition terminée", days=(-10,))
    assert past.slug not in result_slugs(client.get("/fr/activites/", {"q": "exposition terminée"}))
    response = client.get(past.get_absolute_url())
    assert response.status_code == 200
    assert "Cette activité est terminée" in text_of(soup(response).main)


def test_untranslated_activity_shows_in_french_with_the_right_lang(client):
    activity = make_activity("Sortie nature en forêt de Rennes")
    doc = soup(client.get("/en/activites/", {"q": "forêt"}))
    title = doc.select_one(".card h3")
    assert title["lang"] == "fr"
    assert text_of(title) == "Sortie nature en forêt de Rennes"
    # The interface around it stays in English.
    assert doc.select_one(".card .price").get("lang") is None
    detail = soup(client.get(f"/en/activites/{activity.slug}/"))
    assert detail.html["lang"] == "en" and detail.h1["lang"] == "fr"


def test_translated_activity_shows_in_the_visitors_language(client):
    translated = Activity.objects.filter(locale__language_code="ar", live=True).upcoming().first()
    assert translated is not None, "the demo content translates some activities"
    doc = soup(client.get(f"/ar/activites/{translated.slug}/"))
    assert text_of(doc.h1) == translated.title
    assert not doc.h1.has_attr("lang")
    switcher = {a["hreflang"]: a["href"] for a in doc.select(".lang-switcher a")}
    assert switcher["fr"] == f"/fr/activites/{translated.slug}/"


def test_draft_scheduled_and_published_activities(client, admin_user):
    activity = make_activity("Atelier brouillon", publish=False)
    activity.save_revision(user=admin_user)
    assert client.get(activity.get_absolute_url()).status_code == 404
    assert activity.slug not in result_slugs(client.get("/fr/activites/", {"q": "brouillon"}))

    # Scheduled: publishing waits for its go-live time.
    activity.go_live_at = timezone.now() + timedelta(hours=1)
    revision = activity.save_revision(user=admin_user, approved_go_live_at=activity.go_live_at)
    revision.publish()
    assert client.get(activity.get_absolute_url()).status_code == 404
    # The hour passes: the revision's go-live time is now behind us.
    revision.refresh_from_db()
    past = timezone.now() - timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    from django.core.management import call_command

    call_command("publish_scheduled")
    assert client.get(activity.get_absolute_url()).status_code == 200
    assert activity.slug in result_slugs(client.get("/fr/activites/", {"q": "brouillon"}))


def test_query_counts_do_not_grow_with_results(client, django_assert_max_num_queries):
    client.get("/fr/activites/")  # warm the taxonomy cache, as on a live site
    with django_assert_max_num_queries(8):
        full = client.get("/fr/activites/")
    assert len(soup(full).select(".card")) == 20
    # With text: one more query per word (does it match as typed, or is it a typo?).
    with django_assert_max_num_queries(9):
        few = client.get("/fr/activites/", {"q": "concert"})
    assert 0 < len(soup(few).select(".card")) < 20
    slug = result_slugs(full)[0]
    with django_assert_max_num_queries(8):
        assert client.get(f"/fr/activites/{slug}/").status_code == 200


def test_ics_describes_its_time_zone_and_is_stamped_when_made(client):
    from datetime import UTC

    activity = make_activity("Concert daté", days=(30,))
    before = timezone.now().replace(microsecond=0)
    calendar = Calendar.from_ical(client.get(f"/fr/activites/{activity.slug}/calendar.ics").content)
    after = timezone.now()
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["Europe/Paris"]
    assert {sub.name for sub in zones[0].subcomponents} == {"STANDARD", "DAYLIGHT"}
    stamp = calendar.walk("VEVENT")[0].decoded("DTSTAMP")
    assert stamp.tzinfo is not None and stamp.utcoffset().total_seconds() == 0
    assert before <= stamp.astimezone(UTC) <= after


@pytest.mark.parametrize(
    "path", ["/fr/activites/", "/fr/activites/{slug}/", "/fr/activites/{slug}/calendar.ics"]
)
def test_head_requests_get_the_headers_of_a_get(client, path):
    activity = make_activity("Concert pour HEAD", days=(5,))
    url = path.format(slug=activity.slug)
    head = client.head(url)
    assert head.status_code == 200
    assert head["Content-Type"] == client.get(url)["Content-Type"]
    assert client.post(url).status_code == 405


def test_the_filter_panel_follows_the_taxonomy_as_editors_change_it(client):
    """Each process keeps the taxonomy (activities.taxonomy): an edit must still show on
    the next page, in the panel and in what the filters accept."""
    client.get("/fr/activites/")  # the taxonomy read once
    category = Category.objects.create(name="Poterie", slug="poterie-test")
    make_activity("Atelier modelage", categories=[category])
    panel = text_of(soup(client.get("/fr/activites/")).select_one(".filters"))
    assert "Poterie (1)" in panel
    category.name = "Céramique <b>&</b>"
    category.save()
    response = client.get("/fr/activites/", {"category": "poterie-test"})
    assert "Céramique <b>&</b> (1)" in text_of(soup(response).select_one(".filters"))
    assert "Céramique &lt;b&gt;&amp;&lt;/b&gt; <span" in response.content.decode()
    assert result_slugs(response) == [Activity.objects.get(title="Atelier modelage").slug]
    category.delete()
    response = client.get("/fr/activites/", {"category": "poterie-test"})
    assert "Céramique" not in text_of(soup(response).select_one(".filters"))
    assert "poterie-test" in text_of(soup(response).select_one(".notice--error"))
