"""The catalogue's filters in one registry: which ones narrow the results, which show per
option how many results it would give (facets), and how the filter panel lists them.
The filter set, the facet counts, the filter panel and the API schema all read it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Filter:
    name: str  # the query parameter, and the filter set's `condition_<name>` method
    facet: bool = True  # its options show their counts
    panel: str = ""  # "radio" or "checkbox": listed as options in the filter panel
    cumulative: bool = False  # options narrow together (all must hold), not alternatives


FILTERS = (
    Filter("date", panel="radio"),
    Filter("category", panel="checkbox"),
    Filter("commune", panel="checkbox"),
    Filter("neighbourhood", panel="checkbox"),
    Filter("age", facet=False),
    Filter("audience", panel="radio"),
    Filter("price_max", facet=False),
    Filter("free"),
    Filter("accessibility", panel="checkbox", cumulative=True),
    Filter("eticket"),
    Filter("kind", panel="radio"),
)
FILTER_NAMES = tuple(f.name for f in FILTERS)
FACETS = tuple(f.name for f in FILTERS if f.facet)
CUMULATIVE_FACETS = frozenset(f.name for f in FILTERS if f.cumulative)
PANEL_GROUPS = tuple(f for f in FILTERS if f.panel)
