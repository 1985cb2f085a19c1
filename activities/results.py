"""One page of catalogue results, as the search page's and the API's paginators see it:
the backend answers the page asked for, its total and its facet counts in one search."""

from collections.abc import Sequence


def page_number(value):
    try:
        return max(int(value), 1)
    except (TypeError, ValueError):
        return 1


class ResultPage(Sequence):
    """`total` matches long, holding only the activities of the page that was fetched."""

    def __init__(self, total, offset, objects):
        self.total = total
        self.offset = offset
        self.objects = objects

    def __len__(self):
        return self.total

    def count(self):
        return self.total

    def __getitem__(self, item):
        if isinstance(item, slice):
            return self.objects[item.start - self.offset : item.stop - self.offset]
        return self.objects[item - self.offset]


def in_order(queryset, results):
    """The activities of a page of backend `results`, in their order."""
    by_id = queryset.in_bulk(results.ids)
    return [by_id[pk] for pk in results.ids if pk in by_id]


def search_page(filterset, fetch, number, per_page):
    """(page number, backend results, ResultPage) for page `number`; a number past the
    last page gives the last page (one more search, only then). `fetch(results)` gives
    the page's items in the results' order (in_order, or activities.cards.Card.rows)."""
    results = filterset.search(offset=(number - 1) * per_page, limit=per_page)
    last = max(1, -(-results.total // per_page))
    if number > last:
        number = last
        results = filterset.search(offset=(number - 1) * per_page, limit=per_page)
    objects = fetch(results)
    return number, results, ResultPage(results.total, (number - 1) * per_page, objects)
