"""What the catalogue asks a search backend, and what it answers: the one interface the
search page and the API use, whichever backend (database or Elasticsearch) serves it.

A backend has:
- `name` ("database", "elasticsearch");
- `search(query: ActivityQuery) -> ActivityResults`;
- `health() -> {"backend": name, "status": "ok" | "degraded" | "error"}`;
- `index(activities)` / `remove(ids)`: keep its index in step with the catalogue
  (every live activity row, in bulk);
- `rebuild()`: index the whole catalogue again."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from activities.dates import day_range, preset_range
from activities.facets import FILTER_NAMES

SORTS = ("date", "relevance", "distance")


@dataclass(frozen=True)
class ActivityQuery:
    """Upcoming activities as shown in `language` (its translation where one is live,
    else the French source), matching `text` and every filter.

    `filters` holds the catalogue filter set's cleaned values, by parameter name:
    `date` ("today" | "weekend" | "week" | ""), `date_from`/`date_to` (date or None),
    `category`/`commune`/`neighbourhood` (lists of slugs, any of them), `age` (number or
    None), `audience` ("families" | "students" | ""), `price_max` (Decimal or None),
    `free`/`eticket` ("1" or ""), `accessibility` (list of keys, all of them), `kind`.
    Empty values filter nothing.

    `sort` is already resolved: "relevance" only with text, "distance" only with an
    `origin` (lat, lon)."""

    language: str
    now: datetime
    text: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str = "date"
    origin: tuple[float, float] | None = None
    offset: int = 0
    limit: int = 20
    with_facets: bool = True


@dataclass
class ActivityResults:
    """`ids`: the primary keys of the requested page, in order; `total`: how many match
    in all; `facets`: {facet: {option value: number of results that option would give
    with the other filters unchanged}} (an option missing from a facet gives none);
    `highlights`: {id: an excerpt with the matched words in <em>} where the backend
    gives them."""

    ids: list[int]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    backend: str = ""
    highlights: dict[int, str] = field(default_factory=dict)


class FilterConditions:
    """A query's filters as one backend's conditions, one per filter name, so that each
    facet can be counted within every condition but its own. A backend's subclass has
    a method per filter (value -> condition or None) but the taxonomy's and the dates',
    and `in_taxonomy(facet, ids)`, `occurs_between(start, end)` and `all_of(conditions)`."""

    TAXONOMY = {"category": "categories", "commune": "communes", "neighbourhood": "neighbourhoods"}

    def __init__(self, query, taxonomy):
        self.query = query
        self.taxonomy = taxonomy

    def _taxonomy(self, facet, slugs):
        """Any of these categories, communes or neighbourhoods."""
        if not slugs:
            return None
        return self.in_taxonomy(facet, self.taxonomy.ids(getattr(self.taxonomy, self.TAXONOMY[facet]), slugs))

    def category(self, value):
        return self._taxonomy("category", value)

    def commune(self, value):
        return self._taxonomy("commune", value)

    def neighbourhood(self, value):
        return self._taxonomy("neighbourhood", value)

    def date(self, value):
        """The preset (today, weekend, week) and the date range, both when both are set."""
        filters = self.query.filters
        conditions = []
        if value:
            conditions.append(self.occurs_between(*preset_range(value, self.query.now)))
        if filters.get("date_from") or filters.get("date_to"):
            conditions.append(
                self.occurs_between(*day_range(filters.get("date_from"), filters.get("date_to")))
            )
        return self.all_of(conditions) if conditions else None

    def active(self):
        """{filter name: condition} of the filters the query uses."""
        conditions = {}
        for name in FILTER_NAMES:
            condition = getattr(self, name)(self.query.filters.get(name))
            if condition is not None:
                conditions[name] = condition
        return conditions
