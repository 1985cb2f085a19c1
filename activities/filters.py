"""The catalogue's one filter definition, shared by the search page and the API.

Each filter is a small method returning a condition (a Q object) rather than filtering
directly, so that the facet counts can combine every condition but their own in one
aggregate query ("how many results would this option give?")."""

import hashlib
import json
from datetime import date
from decimal import Decimal
from functools import reduce
from operator import and_

import django_filters
from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Cos, Radians
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field

from search.backends import get_backend

from .dates import PRESETS, day_range, preset_range
from .facet_counts import count_facets
from .facets import FILTER_NAMES
from .models import Activity, ActivityDay, catalogue_version
from .taxonomy import Taxonomy

ACCESSIBILITY_CHOICES = list(Activity.ACCESSIBILITY.items())
AUDIENCE_CHOICES = [("families", _("Families")), ("students", _("Students"))]
KIND_CHOICES = list(Activity.Kind.choices)
SORT_CHOICES = [("date", _("Next date")), ("relevance", _("Relevance")), ("distance", _("Distance"))]
YES = [("1", _("Yes"))]

FACET_CACHE_SECONDS = 300


def occurs_between(start, end):
    """Activities with a date overlapping [start, end), read from the calendar-day
    index; `end` is a midnight (presets and date ranges are whole days). A plain
    (uncorrelated) subquery: the engine computes the set once."""
    days = ActivityDay.objects.order_by()
    if start is not None:
        days = days.filter(day__gte=timezone.localdate(start), end__gte=start)
    if end is not None:
        days = days.filter(day__lt=timezone.localdate(end))
    return Q(pk__in=days.values("activity_id"))


def in_categories(category_ids):
    through = Activity.categories.through.objects.filter(category_id__in=category_ids).order_by()
    return Q(pk__in=through.values("activity_id"))


# Dates a visitor may ask about: wide enough for any real search, narrow enough that a
# whole day in Paris time stays a valid datetime (0001-01-01 and 9999-12-31 do not).
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)


def in_date_window(value):
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValidationError(
            _("Choose a date between %(first)s and %(last)s."),
            code="date_window",
            params={"first": date_format(FIRST_DAY), "last": date_format(LAST_DAY)},
        )


DATE_INPUT = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


class CatalogueForm(forms.Form):
    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The end date comes before the start date."))
        return data


@extend_schema_field({"type": "string", "description": "a slug"})
class SlugChoiceFilter(django_filters.MultipleChoiceFilter):
    """Several slugs of a taxonomy (categories, communes, neighbourhoods); the choices
    are the editors' current taxonomy."""


@extend_schema_field({"type": "string", "enum": ["1"]})
class YesFilter(django_filters.ChoiceFilter):
    """A tick box: `1` to keep only what has the property."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, choices=YES, **kwargs)


class CatalogueFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), max_length=200, method="no_op")
    date = django_filters.ChoiceFilter(label=_("When"), choices=list(PRESETS.items()), method="no_op")
    date_from = django_filters.DateFilter(
        label=_("From"), method="no_op", validators=[in_date_window], widget=DATE_INPUT
    )
    date_to = django_filters.DateFilter(
        label=_("To"), method="no_op", validators=[in_date_window], widget=DATE_INPUT
    )
    category = SlugChoiceFilter(label=_("Category"), method="no_op")
    commune = SlugChoiceFilter(label=_("Commune"), method="no_op")
    neighbourhood = SlugChoiceFilter(label=_("Rennes neighbourhood"), method="no_op")
    age = django_filters.NumberFilter(
        label=_("Age of the child"),
        method="no_op",
        min_value=0,
        max_value=120,
        decimal_places=0,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    audience = django_filters.ChoiceFilter(label=_("For"), choices=AUDIENCE_CHOICES, method="no_op")
    price_max = django_filters.NumberFilter(
        label=_("Maximum Sortir ! price (€)"),
        method="no_op",
        min_value=0,
        max_value=10_000,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
    )
    free = YesFilter(label=_("Free"), method="no_op")
    accessibility = django_filters.MultipleChoiceFilter(
        label=_("Accessibility"), choices=ACCESSIBILITY_CHOICES, method="no_op"
    )
    eticket = YesFilter(label=_("Online ticket at the Sortir ! tariff"), method="no_op")
    kind = django_filters.ChoiceFilter(label=_("Kind of activity"), choices=KIND_CHOICES, method="no_op")
    sort = django_filters.ChoiceFilter(label=_("Sort by"), choices=SORT_CHOICES, method="no_op")
    lat = django_filters.NumberFilter(method="no_op", min_value=-90, max_value=90, widget=forms.HiddenInput)
    lon = django_filters.NumberFilter(method="no_op", min_value=-180, max_value=180, widget=forms.HiddenInput)

    class Meta:
        model = Activity
        fields = []
        form = CatalogueForm

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, taxonomy=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.taxonomy = taxonomy or Taxonomy.load()
        self.filters["category"].extra["choices"] = self.taxonomy.category_choices
        self.filters["commune"].extra["choices"] = self.taxonomy.commune_choices
        self.filters["neighbourhood"].extra["choices"] = self.taxonomy.neighbourhood_choices
        self.now = timezone.now()

    def no_op(self, queryset, name, value):
        """Filtering happens in filter_queryset, from the conditions below."""
        return queryset

    @property
    def data_clean(self):
        self.is_valid()
        return getattr(self.form, "cleaned_data", {})

    # One condition per filter -------------------------------------------------

    def condition_date(self, value):
        data = self.data_clean
        conditions = []
        if value:
            conditions.append(occurs_between(*preset_range(value, self.now)))
        if data.get("date_from") or data.get("date_to"):
            conditions.append(occurs_between(*day_range(data.get("date_from"), data.get("date_to"))))
        return reduce(and_, conditions) if conditions else None

    def condition_category(self, value):
        return in_categories(self.taxonomy.ids(self.taxonomy.categories, value)) if value else None

    def condition_commune(self, value):
        return Q(place__commune_id__in=self.taxonomy.ids(self.taxonomy.communes, value)) if value else None

    def condition_neighbourhood(self, value):
        ids = self.taxonomy.ids(self.taxonomy.neighbourhoods, value) if value else None
        return Q(place__neighbourhood_id__in=ids) if value else None

    def condition_age(self, value):
        if value is None:
            return None
        return (Q(age_min__isnull=True) | Q(age_min__lte=value)) & (
            Q(age_max__isnull=True) | Q(age_max__gte=value)
        )

    def condition_audience(self, value):
        return {"families": Q(for_families=True), "students": Q(for_students=True)}.get(value)

    def condition_price_max(self, value):
        return Q(sortir_price__lte=Decimal(value)) if value is not None else None

    def condition_free(self, value):
        return Q(sortir_price=0) if value else None

    def condition_accessibility(self, value):
        return reduce(and_, (Q(**{key: True}) for key in value)) if value else None

    def condition_eticket(self, value):
        return Q(eticket=True) if value else None

    def condition_kind(self, value):
        return Q(kind=value) if value else None

    def conditions(self):
        data = self.data_clean
        conditions = {}
        for name in FILTER_NAMES:
            condition = getattr(self, f"condition_{name}")(data.get(name))
            if condition is not None:
                conditions[name] = condition
        return conditions

    # Search, filters, sort -----------------------------------------------------

    @cached_property
    def text_match(self):
        """The ids matching the text, or None when it has no word to search for
        ("de", "?", an emoji): then it filters nothing and sorts nothing."""
        text = self.data_clean.get("q")
        return get_backend().matching_ids(Activity, text) if text else None

    def base_queryset(self, queryset):
        """Upcoming activities matching the text: what every facet counts within."""
        queryset = queryset.filter(last_end__gte=self.now)
        if self.text_match is not None:
            queryset = queryset.filter(pk__in=self.text_match)
        return queryset

    def filter_queryset(self, queryset):
        queryset = self.base_queryset(queryset)
        conditions = self.conditions()
        if conditions:
            queryset = queryset.filter(reduce(and_, conditions.values()))
        return self.apply_sort(queryset)

    @property
    def origin(self):
        """The point distances are measured from: the browser's position, else the
        centre of the (first) chosen commune."""
        data = self.data_clean
        if data.get("lat") is not None and data.get("lon") is not None:
            return float(data["lat"]), float(data["lon"])
        for slug in data.get("commune") or []:
            commune = self.taxonomy.communes.get(slug)
            if commune and commune.latitude is not None:
                return commune.latitude, commune.longitude
        return None

    @property
    def sort_order(self):
        data = self.data_clean
        sort = data.get("sort")
        if sort == "distance" and self.origin is None:
            sort = None
        searched = self.text_match is not None
        if sort == "relevance" and not searched:
            sort = None
        return sort or ("relevance" if searched else "date")

    def apply_sort(self, queryset):
        order = self.sort_order
        if order == "distance":
            lat, lon = self.origin
            # Equirectangular approximation: exact enough across a metropolitan area.
            dx = (F("place__longitude") - Value(lon)) * Cos(Radians(Value(lat)))
            dy = F("place__latitude") - Value(lat)
            queryset = queryset.annotate(distance2=dx * dx + dy * dy)
            return queryset.order_by(F("distance2").asc(nulls_last=True), "next_start", "pk")
        if order == "relevance":
            in_title = get_backend().matching_ids(Activity, self.data_clean["q"], title_only=True)
            queryset = queryset.annotate(
                title_hit=Case(
                    When(pk__in=in_title, then=Value(0)), default=Value(1), output_field=IntegerField()
                )
            )
            return queryset.order_by("title_hit", "next_start", "pk")
        return queryset.order_by("next_start", "pk")

    # Facet counts --------------------------------------------------------------

    def flag_options(self):
        """(facet, option value, condition) for the options counted one by one; the
        taxonomy facets are counted by grouping instead (see facet_counts)."""
        options = [("date", key, occurs_between(*preset_range(key, self.now))) for key in PRESETS]
        options += [
            ("audience", "families", Q(for_families=True)),
            ("audience", "students", Q(for_students=True)),
            ("free", "1", Q(sortir_price=0)),
            ("eticket", "1", Q(eticket=True)),
        ]
        options += [("accessibility", key, Q(**{key: True})) for key, _label in ACCESSIBILITY_CHOICES]
        options += [("kind", key, Q(kind=key)) for key, _label in KIND_CHOICES]
        return options

    def facets(self, queryset):
        """Facet counts, cached a few minutes per query (whatever the page or the sort
        order): visitors page through results and change the order far more often than
        the catalogue changes. Any saved activity makes every cached count stale."""
        # What the counts depend on: the text and the filters, not the page, sort or position.
        data = {
            k: v for k, v in self.data_clean.items() if k in ("q", *FILTER_NAMES) and v not in (None, "", [])
        }
        digest = hashlib.sha1(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()
        key = f"facets:{catalogue_version()}:{translation.get_language()}:{timezone.localdate()}:{digest}"
        result = cache.get(key)
        if result is None:
            result = self.count_facets(queryset)
            cache.set(key, result, FACET_CACHE_SECONDS)
        return result

    def count_facets(self, queryset):
        return count_facets(
            self.base_queryset(queryset), self.conditions(), self.flag_options(), self.taxonomy
        )


def validate_catalogue_query(value):
    """A preset catalogue search typed by editors (a landing page's, a QR campaign's):
    the query string of `/<lang>/activites/`, checked by the catalogue's own filters.
    Unknown parameters and invalid values are refused, naming them."""
    from django.http import QueryDict

    query = QueryDict(value.lstrip("?"))
    unknown = sorted(set(query) - set(CatalogueFilterSet.base_filters) - {"page"})
    if unknown:
        raise ValidationError(
            _("Unknown search parameters: %(names)s."), params={"names": ", ".join(unknown)}, code="unknown"
        )
    filterset = CatalogueFilterSet(query)
    if not filterset.is_valid():
        errors = "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in filterset.form.errors.items()
        )
        raise ValidationError(_("Invalid search: %(errors)s"), params={"errors": errors}, code="invalid")
