"""The audience landing page: the steps to get the card, in plain words, and a few
activities for that audience, in French, English and Arabic; in the pages API too."""

import pytest
from django.core.exceptions import ValidationError

from activities.models import Activity
from pages.demo import content as demo_content
from pages.models import AudiencePage
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

SPEC = next(spec for spec in demo_content.PAGES if spec["key"] == "students")


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_the_students_page_gives_three_steps_and_activities_for_students(client, language):
    response = client.get(f"/{language}/{SPEC['slug'][language]}/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert (
        text_of(page.find("h1")) == SPEC["title"][language].replace("\u200e", "").strip()
        or SPEC["title"][language] in page.find("h1").get_text()
    )
    steps = page.select("ol.steps > li")
    assert [text_of(step.find("h3")) for step in steps] == [
        s["title"][language] for s in SPEC["audience"]["steps"]
    ]
    body = text_of(page.find("main"))
    for fact in ("KorriGo Services", "4BIS", "2", "7"):
        assert fact in body
    cards = page.select(".cards .card__title a")
    assert 0 < len(cards) <= SPEC["audience"]["activity_count"]
    slugs = {link["href"].rstrip("/").rsplit("/", 1)[-1] for link in cards}
    assert Activity.objects.filter(slug__in=slugs, for_students=True).values(
        "slug"
    ).distinct().count() == len(slugs)
    more = page.find("a", href=f"/{language}/activites/?audience=students")
    assert more is not None


def test_the_preset_search_is_checked_by_the_catalogue_filters():
    page = AudiencePage.objects.get(locale__language_code="fr", audience="students")
    page.catalogue_query = "audience=everyone&colour=blue"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "catalogue_query" in error.value.message_dict


def test_no_activity_when_the_page_asks_for_none(client):
    page = AudiencePage.objects.get(locale__language_code="fr", audience="students")
    page.activity_count = 0
    page.save_revision().publish()
    response = client.get("/fr/etudiants/")
    assert response.status_code == 200
    assert soup(response).select(".cards .card") == []


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_the_pages_api_gives_the_audience_page(client, language):
    response = client.get(
        "/api/v2/pages/",
        {
            "locale": language,
            "type": "pages.AudiencePage",
            "fields": "audience,steps,catalogue_query,activity_count",
        },
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 1
    item = items[0]
    assert item["audience"] == "students"
    assert item["catalogue_query"] == "audience=students"
    assert [step["value"]["title"] for step in item["steps"]] == [
        s["title"][language] for s in SPEC["audience"]["steps"]
    ]
