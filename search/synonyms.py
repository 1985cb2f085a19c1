"""The editors' synonym list, as every backend reads it: a query term is searched
together with the words listed with it."""

from django.core.cache import cache

from .models import Synonyms
from .text import query_terms

CACHE_KEY = "search:synonyms"


def groups():
    """Each synonym line as a list of normalised words (as `query_terms` gives them),
    read once and cached until the list changes."""
    result = cache.get(CACHE_KEY)
    if result is None:
        result = []
        for line in Synonyms.objects.values_list("terms", flat=True):
            words = [terms[0] for word in line.split(",") if len(terms := query_terms(word)) == 1]
            if len(words) > 1:
                result.append(words)
        cache.set(CACHE_KEY, result, None)
    return result


def expand(term):
    """`term` and its synonyms, `term` first."""
    words = [term]
    for group in groups():
        if term in group:
            words += [word for word in group if word not in words]
    return words


def forget(**kwargs):
    """Connected to the list's saves and deletions (SearchConfig.ready)."""
    cache.delete(CACHE_KEY)
