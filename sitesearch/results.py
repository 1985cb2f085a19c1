"""What the site search finds, one group per kind (pages, activities, documents), and what
it suggests when it finds nothing. Everything here is public: live pages without a view
restriction, activities as the catalogue shows them, documents outside restricted
collections."""

import difflib
from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.documents import get_document_model
from wagtail.models import Page

from activities.cards import Card
from activities.filters import CatalogueFilterSet
from activities.models import Activity, Category, active_locale, catalogue_version
from search.backends import get_backend
from studies.models import PublicationPage, restricted_collection_ids
from theme.menus import menu_cache_version

from .query import fold, words_of

PAGES_SHOWN = 10
ACTIVITIES_SHOWN = 5
DOCUMENTS_SHOWN = 10
VOCABULARY_SECONDS = 3600
WORDS_CHECKED = 5  # "drop the words that match nothing": at most this many searches per kind


@dataclass
class Group:
    kind: str  # "pages", "activities" or "documents"
    items: list = field(default_factory=list)
    count: int = 0


def public_pages(locale):
    """Live pages of `locale` that anyone may view (no view restriction on them or above)."""
    return Page.objects.live().public().filter(locale=locale, depth__gt=1)


def public_documents():
    return get_document_model().objects.exclude(collection__in=restricted_collection_ids())


def matching_activities(text, limit):
    """(the first `limit` activities matching `text`, how many match), as the catalogue's
    own search box finds them (/<lang>/activites/?q=…), in its order, from whichever
    search backend serves the catalogue."""
    filterset = CatalogueFilterSet({"q": text})
    if not filterset.is_valid() or not filterset.has_text:
        return [], 0
    results = get_backend().search(filterset.query(limit=max(limit, 1), with_facets=False))
    queryset = Activity.objects.for_locale(active_locale())
    return Card.rows(queryset, results.ids)[:limit], results.total


def matching_pages(text, locale, limit):
    results = public_pages(locale).specific().search(text, operator="and")
    count = results.count()
    pages = list(results[:limit]) if limit and count else []
    for page in pages:
        page.excerpt = excerpt(page)
    if any(isinstance(page, PublicationPage) for page in pages):
        # A publication whose file is for professionals says so (see studies).
        restricted = restricted_collection_ids()
        publications = [page for page in pages if isinstance(page, PublicationPage)]
        collections = dict(
            get_document_model()
            .objects.filter(pk__in=[page.document_id for page in publications])
            .values_list("pk", "collection_id")
        )
        for page in publications:
            page._restricted = collections.get(page.document_id) in restricted
    return Group("pages", pages, count)


def excerpt(page):
    """What to show under a page's title: its description for search engines, else its
    summary or introduction (the page types that have one)."""
    for name in ("search_description", "summary", "intro"):
        text = getattr(page, name, "")
        if isinstance(text, str) and text.strip():
            return text
    return ""


def matching_documents(text, locale, limit):
    """Public documents matching `text`, each with the publication page (of the visitor's
    language) that offers it, if any: `document.publication`."""
    results = public_documents().search(text, operator="and")
    count = results.count()
    documents = list(results[:limit]) if limit and count else []
    if documents:
        publications = {
            publication.document_id: publication
            for publication in PublicationPage.objects.live()
            .public()
            .filter(locale=locale, document__in=documents)
        }
        for document in documents:
            document.publication = publications.get(document.pk)
    return Group("documents", documents, count)


def search_everything(text, locale):
    activities, activity_count = matching_activities(text, ACTIVITIES_SHOWN)
    return [
        matching_pages(text, locale, PAGES_SHOWN),
        Group("activities", activities, activity_count),
        matching_documents(text, locale, DOCUMENTS_SHOWN),
    ]


def finds_anything(text, locale):
    return bool(
        matching_activities(text, 0)[1]
        or matching_pages(text, locale, 0).count
        or matching_documents(text, locale, 0).count
    )


# Suggestions when nothing is found --------------------------------------------------


def vocabulary(locale):
    """{folded word: word} of what can be found in `locale`: page titles, category names,
    the titles of the activities the catalogue shows. Cached until a page is published or
    the catalogue changes (and an hour at most)."""
    key = f"sitesearch:vocabulary:{locale.language_code}:{menu_cache_version()}:{catalogue_version()}"
    words = cache.get(key)
    if words is None:
        titles = list(public_pages(locale).values_list("title", flat=True))
        titles += [category.label for category in Category.objects.all()]
        upcoming = Activity.objects.for_locale(active_locale()).upcoming()
        titles += list(upcoming.values_list("title", flat=True))
        words = {}
        for title in titles:
            for word in words_of(title):
                if len(word) >= 3:
                    words.setdefault(fold(word), word.lower())
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def close_spelling(words, known):
    """The query with each unknown word replaced by the closest known one, or None when
    no word is replaced."""
    corrected, changed = [], False
    for word in words:
        folded = fold(word)
        if folded in known or len(folded) < 3:
            corrected.append(word)
            continue
        candidates = [k for k in known if abs(len(k) - len(folded)) <= 2]
        match = difflib.get_close_matches(folded, candidates, n=1, cutoff=0.75)
        corrected.append(known[match[0]] if match else word)
        changed = changed or bool(match)
    return " ".join(corrected) if changed else None


def suggestions(query, locale):
    """What to offer when `query` found nothing: a close spelling ("spelling"), the same
    search without the words that match nothing ("fewer_words", "dropped_words")."""
    found = {}
    spelling = close_spelling(query.words, vocabulary(locale))
    if spelling and fold(spelling) != fold(query.text):
        found["spelling"] = spelling
    if 1 < len(query.words):
        checked = query.words[:WORDS_CHECKED]
        kept = [word for word in checked if finds_anything(word, locale)]
        if kept and len(kept) < len(query.words):
            found["fewer_words"] = " ".join(kept)
            found["dropped_words"] = [word for word in query.words if word not in kept]
    return found
