"""The rows (`publishing.Row`) a page of events makes: each source activity with what the
sync owns (activities/fields.py) set on it, and its translations — new ones for the
languages OpenAgenda has, existing ones following their source — with, for activities
editors took offline or have a draft of, what to publish and what to keep as a draft."""

from collections import defaultdict

from activities import fields as owners
from activities.models import Activity
from activities.publishing import Row

from .models import UnpublishedBySync

TEXT_NAMES = owners.SYNCED_TEXTS
SHARED_FIELDS = owners.SHARED


class RowMaker:
    def __init__(self, source_language, locales, categories, places, images):
        self.source_language = source_language
        self.locales = locales
        self.source_locale = locales[source_language]
        self.categories = categories
        self.places = places
        self.images = images

    def of(self, plan):
        """The rows of the activities a plan creates or updates, with their translations."""
        slugs = self._free_slugs(plan.create)
        rows = []
        for event in plan.create:
            source = Activity(locale=self.source_locale, slug=slugs[event.uid], source_image_url="")
            self._apply(source, event, new=True)
            categories = self._categories(event)
            rows.append(Row(source, event.occurrences, categories, is_new=True))
            for lang in event.languages():
                rows.append(self._new_translation(source, event, lang, categories))
        translations = self._translations([activity for activity, _event in plan.update])
        offline_by_sync = dict(
            UnpublishedBySync.objects.filter(
                activity_id__in=[
                    activity.pk
                    for source, _event in plan.update
                    for activity in [source, *translations[source.translation_key].values()]
                ]
            ).values_list("activity_id", "live_revision_id")
        )
        for source, event in plan.update:
            rows.extend(
                self._updated_rows(source, event, translations[source.translation_key], offline_by_sync)
            )
        return rows

    def _updated_rows(self, source, event, translations, offline_by_sync):
        previous = {name: getattr(source, name) for name in TEXT_NAMES}
        categories = self._categories(event)
        rows = [
            self._existing_row(
                source, event, categories, self._source_fields(source), offline_by_sync, source
            )
        ]
        self._apply(source, event)
        for lang, translation in translations.items():
            source.copy_shared_to(translation)
            if lang in event.texts:
                self._translate(translation, event.texts[lang], previous, source)
                fields = TEXT_NAMES + SHARED_FIELDS
                rows.append(
                    self._existing_row(translation, event, categories, fields, offline_by_sync, source)
                )
            elif translation.pk in offline_by_sync:
                # A translation editors wrote, back online with its event.
                rows.append(
                    self._existing_row(translation, event, categories, SHARED_FIELDS, offline_by_sync, source)
                )
            else:
                # A translation editors wrote only follows the shared fields, as it does
                # when editors save the source (Activity.sync_translations).
                rows.append(
                    Row(
                        translation,
                        event.occurrences,
                        categories,
                        update_fields=SHARED_FIELDS,
                        revision=False,
                    )
                )
        for lang in event.languages():
            if lang not in translations:
                rows.append(self._new_translation(source, event, lang, categories))
        return rows

    def _existing_row(self, activity, event, categories, update_fields, offline_by_sync, source):
        was_live = activity.live or activity.pk in offline_by_sync
        live_revision_id = activity.live_revision_id if activity.live else offline_by_sync.get(activity.pk)
        pending = activity.latest_revision_id not in (None, live_revision_id)
        draft = (
            activity.latest_revision_id if was_live and activity.has_unpublished_changes and pending else None
        )
        is_source = activity.locale_id == self.source_locale.pk
        return Row(
            activity,
            event.occurrences,
            categories,
            update_fields=update_fields,
            # An activity editors took offline gets the new version as a draft.
            publish=was_live,
            draft_revision_id=draft,
            rebase=lambda draft: self._rebase(draft, event, source, is_source),
        )

    def _rebase(self, draft, event, source, is_source):
        if is_source:
            self._apply(draft, event)
            return
        source.copy_shared_to(draft)
        for name, text in event.texts.get(draft.locale.language_code, {}).items():
            setattr(draft, name, text)

    def _source_fields(self, activity):
        owned = [
            name
            for name in owners.SYNCED
            if not (name == owners.EDITORS_PRICE and activity.sortir_price_by_editor)
        ]
        return TEXT_NAMES + owned + owners.SYNCED_IMAGE

    def _apply(self, activity, event, new=False):
        """Set what the sync owns on the source activity (or on an editor's draft of it)."""
        for name, text in event.texts[self.source_language].items():
            setattr(activity, name, text)
        for name, value in event.values.items():
            if name == owners.EDITORS_PRICE and activity.sortir_price_by_editor:
                continue  # the editors' price wins
            setattr(activity, name, value)
        activity.place_id = self.places.place_id(event.place)
        self._apply_image(activity, event, new)

    def _apply_image(self, activity, event, new):
        if not event.image_url:
            if activity.source_image_url:
                # OpenAgenda dropped the image it had given; one editors chose stays.
                activity.image_id, activity.source_image_url = None, ""
            return
        if event.image_url == activity.source_image_url and activity.image_id:
            return
        image_id = self.images.known_id(event.image_url)
        if image_id:
            activity.image_id, activity.source_image_url = image_id, event.image_url
        elif new:
            activity.image_id, activity.source_image_url = None, ""

    def _categories(self, event):
        return [self.categories[pk] for pk in event.category_ids if pk in self.categories]

    def _translate(self, translation, texts, previous, source):
        for name in TEXT_NAMES:
            if name in texts:
                setattr(translation, name, texts[name])
            elif getattr(translation, name) == previous[name]:
                # An untranslated copy of the French follows the French.
                setattr(translation, name, getattr(source, name))

    def _new_translation(self, source, event, lang, categories):
        # A translation row as wagtail-localize and the admin make them: a copy of the
        # source in the other locale, with its own texts.
        translation = source.copy_for_translation(self.locales[lang])
        translation.pk = None
        source.copy_shared_to(translation)
        for name, text in event.texts[lang].items():
            setattr(translation, name, text)
        for name in ("live_revision", "latest_revision"):
            setattr(translation, name, None)
        translation.first_published_at = None
        translation.locked, translation.locked_at, translation.locked_by = False, None, None
        # The raw event is kept once, on the source.
        translation.source_data = None
        return Row(translation, event.occurrences, categories, is_new=True)

    def _translations(self, sources):
        found = defaultdict(dict)
        keys = [source.translation_key for source in sources]
        if keys:
            for translation in (
                Activity.objects.filter(translation_key__in=keys)
                .exclude(locale=self.source_locale)
                .select_related("locale")
            ):
                found[translation.translation_key][translation.locale.language_code] = translation
        return found

    def _free_slugs(self, events):
        wanted = {event.uid: event.slug for event in events}
        taken = set(Activity.objects.filter(slug__in=set(wanted.values())).values_list("slug", flat=True))
        slugs = {}
        for uid, slug in wanted.items():
            if slug in taken:
                slug = f"{slug[:180]}-{uid}"
            taken.add(slug)
            slugs[uid] = slug
        return slugs
