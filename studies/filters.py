"""The studies library's filters (django-filter, as the catalogue does): the page reads
them from the query string; unknown values make the form invalid, never an error."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import SORTS, TERRITORIES, THEMES, TYPES, PublicationPage

FIRST_YEAR, LAST_YEAR = 1977, 2100  # APRAS was founded in 1977


class PublicationFilter(django_filters.FilterSet):
    type = django_filters.MultipleChoiceFilter(
        field_name="publication_type", choices=TYPES, label=_("Type"), widget=forms.CheckboxSelectMultiple
    )
    territory = django_filters.ChoiceFilter(
        field_name="territory", choices=TERRITORIES, label=_("Territory"), empty_label=_("All territories")
    )
    year = django_filters.NumberFilter(
        field_name="year",
        label=_("Year"),
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        widget=forms.NumberInput(attrs={"min": FIRST_YEAR, "max": LAST_YEAR}),
    )
    theme = django_filters.MultipleChoiceFilter(
        choices=THEMES, label=_("Theme"), method="with_themes", widget=forms.CheckboxSelectMultiple
    )
    sort = django_filters.ChoiceFilter(choices=SORTS, label=_("Sort"), method="sorted_by", empty_label=None)

    class Meta:
        model = PublicationPage
        fields = []

    def with_themes(self, queryset, name, values):
        """Any of the chosen themes."""
        if not values:
            return queryset
        condition = Q()
        for value in values:
            condition |= Q(themes__icontains=f'"{value}"')
        return queryset.filter(condition)

    def sorted_by(self, queryset, name, value):
        return queryset

    @property
    def qs(self):
        queryset = super().qs
        sort = (self.form.cleaned_data.get("sort") if self.form.is_valid() else "") or "-year"
        return queryset.order_by(sort, "title", "pk") if sort != "title" else queryset.order_by("title", "pk")
