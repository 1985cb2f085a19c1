"""The catalogue's filters as conditions on the database backend's rows (ActivityRow):
one condition (a Q object) per filter rather than a filtered queryset, so that each
facet can be counted within every condition but its own."""

from decimal import Decimal
from functools import reduce
from operator import and_

from django.db.models import Q
from django.utils import timezone

from activities.models import Activity, ActivityDay

from ..models import ActivityRowCategory
from ..query import FilterConditions

ACCESSIBILITY_KEYS = tuple(Activity.ACCESSIBILITY)
KINDS = tuple(Activity.Kind.values)


def occurs_between(start, end):
    """Activities with a date overlapping [start, end), read from the calendar-day
    index; `end` is a midnight (presets and date ranges are whole days). A plain
    (uncorrelated) subquery: the engine computes the set once."""
    days = ActivityDay.objects.order_by()
    if start is not None:
        days = days.filter(day__gte=timezone.localdate(start), end__gte=start)
    if end is not None:
        days = days.filter(day__lt=timezone.localdate(end))
    return Q(activity_id__in=days.values("activity_id"))


def in_categories(category_ids):
    through = ActivityRowCategory.objects.filter(category_id__in=category_ids).order_by()
    return Q(activity_id__in=through.values("activity_id"))


class Conditions(FilterConditions):
    """The conditions of one query's filters on ActivityRow, by filter name."""

    occurs_between = staticmethod(occurs_between)

    @staticmethod
    def all_of(conditions):
        return reduce(and_, conditions)

    @staticmethod
    def in_taxonomy(facet, ids):
        return in_categories(ids) if facet == "category" else Q(**{f"{facet}_id__in": ids})

    def age(self, value):
        if value is None:
            return None
        return (Q(age_min__isnull=True) | Q(age_min__lte=value)) & (
            Q(age_max__isnull=True) | Q(age_max__gte=value)
        )

    def audience(self, value):
        return {"families": Q(families=True), "students": Q(students=True)}.get(value)

    def price_max(self, value):
        return Q(price__lte=Decimal(value)) if value is not None else None

    def free(self, value):
        return Q(price=0) if value else None

    def accessibility(self, value):
        return reduce(and_, (Q(**{key: True}) for key in value)) if value else None

    def eticket(self, value):
        return Q(eticket=True) if value else None

    def kind(self, value):
        return Q(kind=value) if value else None

    def flag_options(self):
        """(facet, option value, condition) of the options counted one by one; dates and
        the taxonomy are counted otherwise (see sql_facets)."""
        options = [
            ("audience", "families", Q(families=True)),
            ("audience", "students", Q(students=True)),
            ("free", "1", Q(price=0)),
            ("eticket", "1", Q(eticket=True)),
        ]
        options += [("accessibility", key, Q(**{key: True})) for key in ACCESSIBILITY_KEYS]
        options += [("kind", key, Q(kind=key)) for key in KINDS]
        return options
