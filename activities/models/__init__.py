"""The catalogue's models, one module per concern: `taxonomy` (communes, neighbourhoods,
categories), `partners` (structures, places), `activity` (activities, the catalogue's
version and signal), `dates` (occurrences, calendar days, derived dates)."""

from .activity import (
    Activity,
    ActivityQuerySet,
    active_locale,
    catalogue_changed,
    catalogue_changed_signal,
    catalogue_version,
    source_locale,
)
from .dates import ActivityDay, Occurrence, derived_dates
from .partners import Place, Structure
from .taxonomy import Area, Category, Commune, LabelledMixin, Neighbourhood

__all__ = [
    "Activity",
    "ActivityDay",
    "ActivityQuerySet",
    "Area",
    "Category",
    "Commune",
    "LabelledMixin",
    "Neighbourhood",
    "Occurrence",
    "Place",
    "Structure",
    "active_locale",
    "catalogue_changed",
    "catalogue_changed_signal",
    "catalogue_version",
    "derived_dates",
    "source_locale",
]
