"""The catalogue's one filter definition, shared by the search page and the API: it
reads and validates what visitors ask, and turns it into a query for the search
backend (search.query.ActivityQuery), which answers results and facet counts."""

from datetime import date

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field

from search.backends import get_backend
from search.backends.database import DatabaseBackend
from search.query import ActivityQuery
from search.text import query_terms

from .dates import PRESETS
from .facets import FILTER_NAMES
from .models import Activity
from .taxonomy import Taxonomy

ACCESSIBILITY_CHOICES = list(Activity.ACCESSIBILITY.items())
AUDIENCE_CHOICES = [("families", _("Families")), ("students", _("Students"))]
KIND_CHOICES = list(Activity.Kind.choices)
SORT_CHOICES = [("date", _("Next date")), ("relevance", _("Relevance")), ("distance", _("Distance"))]
YES = [("1", _("Yes"))]


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


class InlineInput:
    """An <input> written in Python exactly as Django's input.html and attrs.html write
    it: through the form renderer's templates, the panel's four inputs took 3.7 ms a page."""

    def _render(self, template_name, context, renderer=None):
        widget = context["widget"]
        attrs = (
            format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
            for name, value in widget["attrs"].items()
            if value is not False
        )
        value = format_html(' value="{}"', widget["value"]) if widget["value"] is not None else ""
        return format_html(
            '<input type="{}" name="{}"{}{}>',
            widget["type"],
            widget["name"],
            value,
            mark_safe("".join(attrs)),
        )


class DateInput(InlineInput, forms.DateInput):
    pass


class NumberInput(InlineInput, forms.NumberInput):
    pass


DATE_INPUT = DateInput(format="%Y-%m-%d", attrs={"type": "date"})


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
    # Callables: the editors' taxonomy as it is when a form lists the choices.
    category = SlugChoiceFilter(
        label=_("Category"), method="no_op", choices=lambda: Taxonomy.load().category_choices
    )
    commune = SlugChoiceFilter(
        label=_("Commune"), method="no_op", choices=lambda: Taxonomy.load().commune_choices
    )
    neighbourhood = SlugChoiceFilter(
        label=_("Rennes neighbourhood"), method="no_op", choices=lambda: Taxonomy.load().neighbourhood_choices
    )
    age = django_filters.NumberFilter(
        label=_("Age of the child"),
        method="no_op",
        min_value=0,
        max_value=120,
        decimal_places=0,
        widget=NumberInput(attrs={"inputmode": "numeric"}),
    )
    audience = django_filters.ChoiceFilter(label=_("For"), choices=AUDIENCE_CHOICES, method="no_op")
    price_max = django_filters.NumberFilter(
        label=_("Maximum Sortir ! price (€)"),
        method="no_op",
        min_value=0,
        max_value=10_000,
        decimal_places=2,
        widget=NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
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

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.taxonomy = Taxonomy.load()
        self.now = timezone.now()

    def get_form_class(self):
        # Its fields are the same for every request (the taxonomy's choices are read when
        # a form lists them): built once, rather than 20 form fields at every request.
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class

    def no_op(self, queryset, name, value):
        """Filtering happens in filter_queryset, from the conditions below."""
        return queryset

    @property
    def data_clean(self):
        self.is_valid()
        return getattr(self.form, "cleaned_data", {})

    # The search ------------------------------------------------------------------

    @property
    def has_text(self):
        """Whether the text has a word to search for ("de", "?" or an emoji have none:
        then it filters nothing and sorts nothing)."""
        return bool(query_terms(self.data_clean.get("q")))

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
        sort = self.data_clean.get("sort")
        if sort == "distance" and self.origin is None:
            sort = None
        if sort == "relevance" and not self.has_text:
            sort = None
        return sort or ("relevance" if self.has_text else "date")

    def query(self, offset=0, limit=20, with_facets=True):
        """What the search backends answer: this form's text, filters and order."""
        data = self.data_clean
        return ActivityQuery(
            language=translation.get_language() or settings.LANGUAGE_CODE,
            now=self.now,
            text=data.get("q") or "",
            filters={name: data.get(name) for name in (*FILTER_NAMES, "date_from", "date_to")},
            sort=self.sort_order,
            origin=self.origin,
            offset=offset,
            limit=limit,
            with_facets=with_facets,
        )

    def search(self, offset=0, limit=20):
        """A page of results, the total and the facet counts, from the search backend."""
        return get_backend().search(self.query(offset, limit))

    def filter_queryset(self, queryset):
        """The queryset of every match in order (`.qs`), for callers that need one; the
        catalogue's pages use `search`, which any backend answers."""
        return DatabaseBackend().filter(queryset, self.query(), self.taxonomy)


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
