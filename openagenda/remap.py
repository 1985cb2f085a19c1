"""For a replay: what is stored of activities (beyond their rows), to tell which ones the
mapping of their stored event now changes, so that only those are written."""

from collections import defaultdict

from django.conf import settings

from activities import fields as owners
from activities.models import Activity, Occurrence

TEXT_NAMES = owners.SYNCED_TEXTS


class StoredState:
    """Categories, dates and translated texts of source activities, read in three queries."""

    def __init__(self, activities, source_locale):
        ids = [activity.pk for activity in activities]
        keys = [activity.translation_key for activity in activities]
        self.categories = defaultdict(set)
        self.periods = defaultdict(list)
        self.texts = defaultdict(dict)
        through = Activity.categories.through
        for activity_id, category_id in through.objects.filter(activity_id__in=ids).values_list(
            "activity_id", "category_id"
        ):
            self.categories[activity_id].add(category_id)
        for activity_id, start, end in (
            Occurrence.objects.filter(activity_id__in=ids)
            .order_by("start", "end")
            .values_list("activity_id", "start", "end")
        ):
            self.periods[activity_id].append((start, end))
        for key, lang, *texts in (
            Activity.objects.filter(translation_key__in=keys)
            .exclude(locale=source_locale)
            .values_list("translation_key", "locale__language_code", *TEXT_NAMES)
        ):
            self.texts[key][lang] = dict(zip(TEXT_NAMES, texts, strict=True))

    def differs(self, activity, event, places):
        """Whether the event, mapped again, gives something else than what is stored."""
        source_texts = event.texts[settings.LANGUAGE_CODE]
        if any(getattr(activity, name) != text for name, text in source_texts.items()):
            return True
        for name, value in event.values.items():
            if name == owners.EDITORS_PRICE and activity.sortir_price_by_editor:
                continue
            if getattr(activity, name) != value:
                return True
        place_id = places.place_id(event.place, create=False)
        if activity.place_id != place_id or (event.place is not None and place_id is None):
            return True
        if event.image_url != activity.source_image_url:
            return True
        if set(event.category_ids) != self.categories[activity.pk]:
            return True
        if list(event.occurrences) != self.periods[activity.pk]:
            return True
        translations = self.texts[activity.translation_key]
        for lang in event.languages():
            stored = translations.get(lang)
            if stored is None or any(stored[name] != text for name, text in event.texts[lang].items()):
                return True
        return False
