"""An ActivityQuery as an Elasticsearch request (elasticsearch-dsl), and its answer as
ActivityResults.

- Text: every term must match, in any field (title, then body, then places, by their
  boosts); a term matches by itself, by a synonym from the editors' list, or, from five
  letters on, by a one-letter typo of a word (lower score). Matches with every term in
  the title, then in the title and body, come first (constant scores), as with the
  database backend.
- Filters: the catalogue's filters as a `post_filter`, so that the facet counts
  (aggregations, each within every filter but its own) see the rest of the results."""

from django.utils import timezone
from elasticsearch_dsl import A, Q

from activities.dates import PRESETS, preset_range
from activities.facets import CUMULATIVE_FACETS, FACETS
from activities.models import Activity

from ..query import ActivityResults, FilterConditions
from ..synonyms import expand
from ..text import query_terms

BOOSTS = {"title": 10, "body": 3, "places": 1}
TYPO_MIN_LENGTH = 5  # as the database backend's spelling fallback
TAXONOMY_FIELDS = {"category": "category_ids", "commune": "commune_id", "neighbourhood": "neighbourhood_id"}
FLAG_OPTIONS = {
    "audience": {"families": Q("term", families=True), "students": Q("term", students=True)},
    "free": {"1": Q("term", price=0)},
    "eticket": {"1": Q("term", eticket=True)},
    "accessibility": {key: Q("term", **{key: True}) for key in Activity.ACCESSIBILITY},
    "kind": {key: Q("term", kind=key) for key in Activity.Kind.values},
}


def term_matches(term, fields):
    """`term` in one of `fields`: itself, a synonym, or a one-letter typo."""
    boosted = [f"{field}^{BOOSTS[field]}" for field in fields]
    clauses = [Q("multi_match", query=word, fields=boosted) for word in expand(term)]
    if len(term) >= TYPO_MIN_LENGTH:
        words = [f"{field}.words^{BOOSTS[field] / 2}" for field in fields]
        clauses.append(Q("multi_match", query=term, fields=words, fuzziness=1, prefix_length=1))
    return Q("bool", should=clauses, minimum_should_match=1)


def every_term(terms, fields):
    return Q("bool", must=[term_matches(term, fields) for term in terms])


def text_query(terms):
    return Q(
        "bool",
        must=[every_term(terms, list(BOOSTS))],
        should=[
            Q("constant_score", filter=every_term(terms, ["title"]), boost=1000),
            Q("constant_score", filter=every_term(terms, ["title", "body"]), boost=100),
        ],
    )


def occurs_between(start, end):
    """A date overlapping [start, end), `end` a midnight: as the database's day index."""
    conditions = []
    if start is not None:
        conditions += [
            Q("range", **{"days.day": {"gte": timezone.localdate(start).isoformat()}}),
            Q("range", **{"days.end": {"gte": start.isoformat()}}),
        ]
    if end is not None:
        conditions.append(Q("range", **{"days.day": {"lt": timezone.localdate(end).isoformat()}}))
    return Q("nested", path="days", query=Q("bool", filter=conditions))


class Conditions(FilterConditions):
    """The query's filters as Elasticsearch conditions, by filter name."""

    occurs_between = staticmethod(occurs_between)

    @staticmethod
    def all_of(conditions):
        return Q("bool", filter=conditions)

    @staticmethod
    def in_taxonomy(facet, ids):
        return Q("terms", **{TAXONOMY_FIELDS[facet]: ids})

    def age(self, value):
        if value is None:
            return None
        return Q(
            "bool",
            filter=[
                Q("bool", should=[~Q("exists", field="age_min"), Q("range", age_min={"lte": value})]),
                Q("bool", should=[~Q("exists", field="age_max"), Q("range", age_max={"gte": value})]),
            ],
        )

    def audience(self, value):
        return FLAG_OPTIONS["audience"].get(value)

    def price_max(self, value):
        return Q("range", price={"lte": float(value)}) if value is not None else None

    def free(self, value):
        return FLAG_OPTIONS["free"]["1"] if value else None

    def accessibility(self, value):
        return Q("bool", filter=[FLAG_OPTIONS["accessibility"][key] for key in value]) if value else None

    def eticket(self, value):
        return FLAG_OPTIONS["eticket"]["1"] if value else None

    def kind(self, value):
        return FLAG_OPTIONS["kind"].get(value) if value else None


def within(conditions, names):
    return Q("bool", filter=[conditions[name] for name in names])


def build(search, query, taxonomy):
    """The request for `query` on `search` (an elasticsearch_dsl Search of the index)."""
    terms = query_terms(query.text)
    base = [Q("term", language=query.language), Q("range", last_end={"gte": query.now.isoformat()})]
    search = search.query(Q("bool", must=[text_query(terms)] if terms else [], filter=base))
    conditions = Conditions(query, taxonomy).active()
    if conditions:
        search = search.post_filter(within(conditions, list(conditions)))
    search = search.sort(*sort(query, terms)).extra(
        from_=query.offset, size=query.limit, track_total_hits=True
    )
    search = search.source(["activity_id"])
    if terms:
        # encoder html: the excerpt's text is escaped, only the <em> tags are markup.
        search = search.highlight_options(encoder="html").highlight(
            "title", "body", fragment_size=120, number_of_fragments=1
        )
    if query.with_facets:
        for facet in FACETS:
            applied = [name for name in conditions if name != facet or facet in CUMULATIVE_FACETS]
            search.aggs.bucket(facet, A("filter", filter=within(conditions, applied))).bucket(
                "options", facet_options(facet, query)
            )
    return search


def sort(query, terms):
    if query.sort == "distance" and query.origin:
        lat, lon = query.origin
        distance = {"location": {"lat": lat, "lon": lon}, "order": "asc", "unit": "m"}
        return [{"_geo_distance": distance}, {"next_start": "asc"}, {"activity_id": "asc"}]
    if query.sort == "relevance" and terms:
        return ["_score", {"next_start": "asc"}, {"activity_id": "asc"}]
    return [{"next_start": "asc"}, {"activity_id": "asc"}]


def facet_options(facet, query):
    if facet in TAXONOMY_FIELDS:
        return A("terms", field=TAXONOMY_FIELDS[facet], size=10_000)
    if facet == "date":
        presets = {key: occurs_between(*preset_range(key, query.now)) for key in PRESETS}
        return A("filters", filters=presets)
    return A("filters", filters=FLAG_OPTIONS[facet])


def results(response, query, taxonomy, backend):
    ids, highlights = [], {}
    for hit in response.hits:
        ids.append(hit.activity_id)
        if "highlight" in hit.meta:
            found = hit.meta.highlight.to_dict()
            fragments = found.get("title", []) + found.get("body", [])
            if fragments:
                highlights[hit.activity_id] = fragments[0]
    facets = {}
    if query.with_facets:
        slugs = {
            "category": {c.pk: slug for slug, c in taxonomy.categories.items()},
            "commune": {c.pk: slug for slug, c in taxonomy.communes.items()},
            "neighbourhood": {n.pk: slug for slug, n in taxonomy.neighbourhoods.items()},
        }
        aggregations = response.aggregations.to_dict()
        for facet in FACETS:
            buckets = aggregations[facet]["options"]["buckets"]
            if facet in slugs:
                counts = {slugs[facet].get(int(b["key"])): b["doc_count"] for b in buckets}
                counts.pop(None, None)  # a category or place no longer in the taxonomy
            else:
                counts = {option: b["doc_count"] for option, b in buckets.items()}
            facets[facet] = {option: n for option, n in counts.items() if n}
    total = response.hits.total.value
    return ActivityResults(ids=ids, total=total, facets=facets, backend=backend, highlights=highlights)
