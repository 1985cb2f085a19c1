"""The sync never loses editors' work: what they own survives every kind of run."""

from decimal import Decimal

import pytest
from wagtail.models import Locale

from activities.models import Activity, Structure

from .payloads import AGENDA, event, run_sync, synced

pytestmark = pytest.mark.django_db


def publish(activity):
    activity.save()
    activity.save_revision().publish()
    return activity


def changed(uid, **changes):
    return event(uid, title="Titre changé", title_en="Changed title", minutes_ago=0, status=6, **changes)


def test_an_editors_price_highlight_and_partner_survive_a_changed_event(openagenda):
    openagenda.agendas[AGENDA].set_events([event(3001)])
    run_sync()
    activity = synced(3001)
    structure = Structure.objects.first()
    activity.sortir_price, activity.sortir_price_by_editor = Decimal("1.50"), True
    activity.featured, activity.structure, activity.for_families = True, structure, True
    publish(activity)
    openagenda.agendas[AGENDA].upsert(changed(3001, conditions={"fr": "Tarif Sortir ! : 4 €"}))

    run, _output = run_sync()

    assert run.updated == 1
    activity = synced(3001)
    assert activity.title == "Titre changé" and activity.status == Activity.Status.CANCELLED
    assert (activity.sortir_price, activity.sortir_price_by_editor) == (Decimal("1.50"), True)
    assert activity.price_notes == "Tarif Sortir ! : 4 €"
    assert (activity.featured, activity.structure, activity.for_families) == (True, structure, True)
    english = synced(3001, "en")
    assert (english.sortir_price, english.featured, english.title) == (Decimal("1.50"), True, "Changed title")
    # What the public sees is what was published, editors' fields included.
    assert activity.live_revision.as_object().sortir_price == Decimal("1.50")


def test_without_the_editors_flag_the_price_follows_openagenda(openagenda):
    openagenda.agendas[AGENDA].set_events([event(3101)])
    run_sync()
    openagenda.agendas[AGENDA].upsert(changed(3101, conditions={"fr": "Tarif Sortir ! : 4 €"}))

    run_sync()

    assert synced(3101).sortir_price == Decimal("4.00")


def test_an_arabic_translation_written_by_editors_survives(openagenda):
    openagenda.agendas[AGENDA].set_events([event(3201)])
    run_sync()
    arabic = synced(3201).copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.title, arabic.summary = "حفل موسيقي", "ملخص كتبه المحررون"
    publish(arabic)
    openagenda.agendas[AGENDA].upsert(changed(3201, days=(30,)))

    run_sync()
    run_sync("--full")

    arabic = synced(3201, "ar")
    assert arabic.live and (arabic.title, arabic.summary) == ("حفل موسيقي", "ملخص كتبه المحررون")
    # What every language shares follows the event.
    assert arabic.status == Activity.Status.CANCELLED
    assert arabic.next_start == synced(3201).next_start and arabic.occurrences.count() == 1


def test_texts_openagenda_lacks_in_a_language_are_the_editors(openagenda):
    without_english_conditions = event(3301)
    del without_english_conditions["conditions"]["en"]
    openagenda.agendas[AGENDA].set_events([without_english_conditions])
    run_sync()
    english = synced(3301, "en")
    assert english.price_notes == "Tarif Sortir ! : 2 €, plein tarif 12 €"  # the French, until translated
    english.price_notes = "Sortir ! price €2, full price €12"
    publish(english)
    update = changed(3301, conditions={"fr": "Tarif Sortir ! : 3 €"})
    openagenda.agendas[AGENDA].upsert(update)

    run_sync()

    english = synced(3301, "en")
    assert english.title == "Changed title"  # from OpenAgenda
    assert english.price_notes == "Sortir ! price €2, full price €12"  # the editors'


def test_an_activity_editors_took_offline_stays_offline(openagenda):
    openagenda.agendas[AGENDA].set_events([event(3401)])
    run_sync()
    synced(3401).unpublish()
    openagenda.agendas[AGENDA].upsert(changed(3401))

    run, _output = run_sync()

    activity = synced(3401)
    assert run.updated == 1 and not activity.live
    # The new version waits as a draft for editors.
    assert activity.has_unpublished_changes and activity.latest_revision.as_object().title == "Titre changé"


def test_an_editors_pending_draft_is_kept_up_to_date(openagenda):
    openagenda.agendas[AGENDA].set_events([event(3501)])
    run_sync()
    activity = synced(3501)
    activity.featured = True
    activity.save_revision()  # a draft: not live yet
    openagenda.agendas[AGENDA].upsert(changed(3501))

    run_sync()

    activity = synced(3501)
    assert activity.live and activity.title == "Titre changé" and not activity.featured
    assert activity.has_unpublished_changes
    draft = activity.latest_revision.as_object()
    assert draft.featured and draft.title == "Titre changé" and draft.status == Activity.Status.CANCELLED
