import pytest

from activities.models import Activity
from tests.activities.factories import make_activity

pytestmark = pytest.mark.django_db


def test_editors_list_filter_and_search_activities(admin_client):
    make_activity("Concert de l'harmonie municipale")
    response = admin_client.get("/admin/snippets/activities/activity/", {"q": "harmonie"})
    assert response.status_code == 200
    assert "Concert de l&#x27;harmonie municipale" in response.content.decode()
    response = admin_client.get("/admin/snippets/activities/activity/", {"status": "cancelled"})
    assert response.status_code == 200


def test_editors_open_the_activity_editor_and_the_taxonomy_lists(admin_client):
    activity = make_activity("Visite du musée")
    edit_url = f"/admin/snippets/activities/activity/edit/{activity.pk}/"
    assert admin_client.get(edit_url).status_code == 200
    for model in ("structure", "place", "category", "commune", "neighbourhood"):
        assert admin_client.get(f"/admin/snippets/activities/{model}/").status_code == 200


def test_activities_can_be_translated_with_wagtail_localize(admin_client):
    activity = make_activity("Atelier à traduire")
    response = admin_client.get(f"/admin/localize/submit/snippet/activities/activity/{activity.pk}/")
    assert response.status_code == 200


def test_translations_share_dates_categories_and_prices():
    from wagtail.models import Locale

    from activities.models import Category

    category = Category.objects.first()
    activity = make_activity("Activité partagée", categories=[category], sortir_price=3)
    english = activity.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Shared activity"
    english.save()
    activity.sortir_price = 2
    activity.save()
    english = Activity.objects.get(pk=english.pk)
    assert english.sortir_price == 2
    assert list(english.categories.all()) == [category]
    assert english.occurrences.count() == activity.occurrences.count()
    assert english.next_start == activity.next_start
