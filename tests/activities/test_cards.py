"""Activity cards are rendered once and reused (activities.cards), yet always show the
activity as it is now: whatever a card shows changes its cache key."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.utils import timezone, translation

from activities.cards import TEMPLATE, Card
from activities.models import Activity, Occurrence
from tests.activities.factories import make_activity
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

SEARCH = {"q": "marionnettes pour test"}


def card_text(client, language="fr"):
    caches["pages"].clear()  # the whole-page cache in front is another layer (portal.page_cache)
    response = client.get(f"/{language}/activites/", SEARCH)
    cards = soup(response).select(".card")
    assert len(cards) == 1
    return text_of(cards[0]), [t.name for t in response.templates]


def test_a_card_is_rendered_once_then_reused(client):
    make_activity("Marionnettes pour test")
    first, rendered = card_text(client)
    assert TEMPLATE in rendered
    again, rendered = card_text(client)
    assert again == first
    assert TEMPLATE not in rendered


def test_a_card_shows_changes_made_since_it_was_cached(client):
    activity = make_activity("Marionnettes pour test", days=(1, 8), sortir_price=4)
    before, _ = card_text(client)
    assert "Salle" in before and "4,00" in before

    # Changes that reach the card without the activity being published again.
    activity.place.name = "Théâtre du Cercle"
    activity.place.save()
    activity.place.commune.name = "Bruz"
    activity.place.commune.save()
    type(activity).objects.filter(pk=activity.pk).update(sortir_price=3)
    after, rendered = card_text(client)
    assert "Théâtre du Cercle, Bruz" in after
    assert "3,00" in after and "4,00" not in after
    assert TEMPLATE in rendered


def test_a_card_moves_to_the_next_date_when_one_is_over(client):
    activity = make_activity("Marionnettes pour test", days=(1, 8, 15))
    before, _ = card_text(client)
    assert "(et 2 autres dates)" in before
    first = Occurrence.objects.filter(activity=activity).earliest("start")
    Occurrence.objects.filter(pk=first.pk).update(
        start=timezone.now() - timedelta(hours=3), end=timezone.now() - timedelta(hours=1)
    )
    after, _ = card_text(client)
    assert "(et 1 autre date)" in after


def test_a_card_follows_the_visitors_language(client):
    activity = make_activity("Marionnettes pour test", days=(1, 8), wheelchair=True, status="full")
    commune = activity.place.commune
    commune.name, commune.name_ar = "Saint-Jacques-de-la-Lande", "سان جاك دو لا لاند"
    commune.save()
    french, _ = card_text(client)
    english, _ = card_text(client, "en")
    arabic, _ = card_text(client, "ar")
    assert "Prochaine date" in french and "(et 1 autre date)" in french
    assert "Complet" in french and "Accessible en fauteuil roulant" in french
    assert "Next date" in english and "(and 1 other date)" in english
    assert "Full" in english and "Wheelchair accessible" in english
    assert "مهيّأ للكراسي المتحركة" in arabic
    assert "سان جاك دو لا لاند" in arabic
    assert "Saint-Jacques-de-la-Lande" in english  # no English name: the French one
    assert "Marionnettes pour test" in english  # shown in French, untranslated


def test_a_card_holds_what_the_activity_shows_now():
    """The catalogue, the home and audience pages and site search read their cards as
    values (Card.rows): each field is the activity's, its dates still to come counted."""
    activity = make_activity("Marionnettes pour test", days=(1, 8, 15), wheelchair=True, eticket=True)
    commune = activity.place.commune
    commune.name_ar = "رين"
    commune.save()
    first = Occurrence.objects.filter(activity=activity).earliest("start")
    for language, commune_label in (("fr", commune.name), ("ar", "رين")):
        with translation.override(language):
            (card,) = Card.rows(Activity.objects.all(), [activity.pk])
            assert card.slug == activity.slug and card.title == activity.title
            assert card.text_language == "fr" and card.status == activity.status
            assert card.sortir_price == activity.sortir_price and card.full_price == activity.full_price
            assert card.next_start == first.start
            assert card.dates_to_come == 3 and card.accessibility == ("wheelchair",) and card.eticket
            assert card.place == activity.place.name and card.commune == commune_label
    assert Card.rows(Activity.objects.filter(live=False), [activity.pk]) == []  # not shown
