"""Nothing public changes until Publish: a draft saved in the admin stays in the admin."""

from decimal import Decimal

import pytest

from activities.models import Activity
from tests.html import form_fields, soup, text_of

pytestmark = pytest.mark.django_db


def translations(activity):
    return {
        t.locale.language_code: t
        for t in Activity.objects.filter(translation_key=activity.translation_key).select_related("locale")
    }


def translated_activity():
    """A live, scheduled French activity with live English and Arabic translations (demo content)."""
    for source in Activity.objects.filter(locale__language_code="fr", live=True).upcoming():
        versions = translations(source)
        if (
            all(lang in versions and versions[lang].live for lang in ("en", "ar"))
            and source.sortir_price is not None
            and source.status == Activity.Status.SCHEDULED
        ):
            return source
    raise AssertionError("the demo content translates some activities into English and Arabic")


def edit(admin_client, activity, publish=False, **changes):
    url = f"/admin/snippets/activities/activity/edit/{activity.pk}/"
    data = form_fields(soup(admin_client.get(url)).find("form", id="w-editor-form"))
    for name, value in changes.items():
        data[name] = [value]
    if publish:
        data["action-publish"] = ["action-publish"]
    response = admin_client.post(url, data)
    assert response.status_code == 302, soup(response).select(".error-message, .help-critical")


def public_views(client, activity):
    """What visitors see of `activity` in each language: its page's price and status, and the API."""
    seen = {}
    for lang, version in translations(activity).items():
        doc = soup(client.get(f"/{lang}/activites/{activity.slug}/"))
        api = client.get(f"/api/v2/activities/{version.pk}/", {"locale": lang}).json()
        seen[lang] = (
            text_of(doc.select_one(".price")),
            doc.select_one(".status"),
            api["sortir_price"],
            api["status"],
        )
    return seen


def test_saving_a_draft_changes_nothing_public(admin_client, client):
    activity = translated_activity()
    before = public_views(client, activity)
    edit(admin_client, activity, sortir_price="99", status="cancelled", title="Brouillon zygomatique")

    activity.refresh_from_db()
    assert activity.has_unpublished_changes
    assert public_views(client, activity) == before
    for version in translations(activity).values():
        assert version.sortir_price != Decimal(99) and version.status == Activity.Status.SCHEDULED
    results = client.get("/api/v2/activities/", {"q": "zygomatique"}).json()
    assert results["count"] == 0
    page = soup(client.get("/fr/activites/", {"q": "zygomatique"}))
    assert text_of(page.find(id="results-heading")).startswith("0 ")


def test_publishing_the_draft_changes_every_language(admin_client, client):
    activity = translated_activity()
    edit(
        admin_client,
        activity,
        publish=True,
        sortir_price="99",
        status="cancelled",
        title="Publié zygomatique",
    )

    for lang, version in translations(activity).items():
        api = client.get(f"/api/v2/activities/{version.pk}/", {"locale": lang}).json()
        assert Decimal(api["sortir_price"]) == Decimal(99)
        assert api["status"] == "cancelled"
        doc = soup(client.get(f"/{lang}/activites/{activity.slug}/"))
        assert "99" in text_of(doc.select_one(".price"))
    assert client.get("/api/v2/activities/", {"q": "zygomatique"}).json()["count"] == 1
