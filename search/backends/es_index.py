"""The Elasticsearch index of the catalogue: its analysis, its mapping, and the documents
(one per activity and language it is shown in, as the database backend's rows).

One French analyzer for every server: the `letter` tokenizer splits "l'opéra" into "l"
and "opéra" (elision) and the articles are then dropped as stop words; lowercase, ASCII
folding, French stop words and a stemmer (ELASTICSEARCH_STEMMER: light_french on
Elasticsearch, snowball French where the test server lacks it) follow. The editors'
synonyms are expanded in the query (es_query), so that an edit applies at once, with no
reindexing. Each text field also keeps its unstemmed words (`.words`), which typo
matching compares with."""

from django.conf import settings
from django.utils import timezone

from activities.models import Activity, ActivityDay
from activities.taxonomy import Taxonomy

from .. import index as search_index
from ..text import ELISIONS
from .rows import families, shown_in

TEXT_FIELDS = ("title", "body", "places")
FLAG_FIELDS = ("families", "students", "eticket", *Activity.ACCESSIBILITY)


def analysis():
    return {
        "filter": {
            "sortir_articles": {"type": "stop", "stopwords": list(ELISIONS)},
            "sortir_stop": {"type": "stop", "stopwords": "_french_"},
            "sortir_stemmer": stemmer(),
        },
        "analyzer": {
            "sortir_french": {
                "type": "custom",
                "tokenizer": "letter",
                "filter": ["lowercase", "asciifolding", "sortir_articles", "sortir_stop", "sortir_stemmer"],
            },
            "sortir_words": {
                "type": "custom",
                "tokenizer": "letter",
                "filter": ["lowercase", "asciifolding"],
            },
        },
    }


def stemmer():
    name = getattr(settings, "ELASTICSEARCH_STEMMER", "light_french")
    if name == "snowball":
        return {"type": "snowball", "language": "French"}
    return {"type": "stemmer", "language": name}


def mappings():
    text = {
        "type": "text",
        "analyzer": "sortir_french",
        "fields": {"words": {"type": "text", "analyzer": "sortir_words"}},
    }
    properties = {field: text for field in TEXT_FIELDS}
    properties.update(
        language={"type": "keyword"},
        activity_id={"type": "long"},
        next_start={"type": "date"},
        last_end={"type": "date"},
        days={"type": "nested", "properties": {"day": {"type": "date"}, "end": {"type": "date"}}},
        category_ids={"type": "long"},
        commune_id={"type": "long"},
        neighbourhood_id={"type": "long"},
        location={"type": "geo_point"},
        kind={"type": "keyword"},
        price={"type": "double"},
        age_min={"type": "integer"},
        age_max={"type": "integer"},
        **{flag: {"type": "boolean"} for flag in FLAG_FIELDS},
    )
    return {"dynamic": "strict", "properties": properties}


def doc_id(activity_id, language):
    return f"{activity_id}-{language}"


def _iso(value):
    return timezone.localtime(value).isoformat() if value else None


def documents(activities):
    """(doc ids to delete, documents to index) for these activities' translation
    families, as they are saved now: every language shows its live translation, else
    the live French source, else nothing."""
    taxonomy = Taxonomy.load()
    languages = [code for code, _name in settings.LANGUAGES]
    family_ids, shown = [], []
    for family in families(activities):
        family_ids += [activity.pk for activity in family]
        shown += shown_in(family).items()
    # What the text reads (place, structure, categories), for the activities shown.
    loaded = Activity.objects.for_index().in_bulk([activity.pk for _language, activity in shown])
    days = {}
    for activity_id, day, end in ActivityDay.objects.filter(activity_id__in=loaded).values_list(
        "activity_id", "day", "end"
    ):
        days.setdefault(activity_id, []).append({"day": day.isoformat(), "end": _iso(end)})
    docs, kept = [], set()
    for language, row in shown:
        activity = loaded[row.pk]
        docs.append(document(language, activity, taxonomy, days.get(activity.pk, [])))
        kept.add(doc_id(activity.pk, language))
    deleted = [doc_id(pk, language) for pk in family_ids for language in languages]
    return [pk for pk in deleted if pk not in kept], docs


def document(language, activity, taxonomy, days):
    place = activity.place if activity.place_id else None
    location = None
    if place and place.latitude is not None and place.longitude is not None:
        location = {"lat": place.latitude, "lon": place.longitude}
    return {
        "_id": doc_id(activity.pk, language),
        "language": language,
        "activity_id": activity.pk,
        **search_index.activity_text(activity, taxonomy),
        "next_start": _iso(activity.next_start),
        "last_end": _iso(activity.last_end),
        "days": days,
        "category_ids": [category.pk for category in activity.categories.all()],
        "commune_id": place.commune_id if place else None,
        "neighbourhood_id": place.neighbourhood_id if place else None,
        "location": location,
        "kind": activity.kind,
        "price": float(activity.sortir_price) if activity.sortir_price is not None else None,
        "age_min": activity.age_min,
        "age_max": activity.age_max,
        "families": activity.for_families,
        "students": activity.for_students,
        "eticket": activity.eticket,
        **{key: getattr(activity, key) for key in Activity.ACCESSIBILITY},
    }
