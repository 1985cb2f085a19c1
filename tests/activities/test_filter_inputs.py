"""The filter panel's inputs are written in Python (activities.filters.InlineInput): they
must be, byte for byte, what Django's own widget templates write."""

import pytest
from django import forms
from django.http import QueryDict

from activities.filters import CatalogueFilterSet, InlineInput

pytestmark = pytest.mark.django_db

INPUTS = ("date_from", "date_to", "price_max", "age")


def as_django_writes_it(bound_field):
    """The same input through Django's form renderer and its templates."""
    widget = bound_field.field.widget
    plain = next(
        cls for cls in type(widget).__mro__ if cls is not InlineInput and cls.__module__.startswith("django.")
    )
    copy = plain.__new__(plain)
    copy.__dict__ = dict(widget.__dict__)
    bound_field.field.widget = copy
    try:
        return str(bound_field)
    finally:
        bound_field.field.widget = widget


def test_each_input_is_written_as_django_writes_it():
    queries = [
        "",
        "date_from=2026-12-24&date_to=2026-12-31&price_max=7.5&age=8",
        'date_from=not-a-date&price_max=-3&age="><script>',  # invalid: errors and aria attributes
        "date_from=2026-12-31&date_to=2026-12-01",  # the end before the start
    ]
    for query in queries:
        filterset = CatalogueFilterSet(QueryDict(query))
        filterset.is_valid()
        for name in INPUTS:
            bound = filterset.form[name]
            assert isinstance(bound.field.widget, InlineInput), name
            assert isinstance(bound.field.widget, forms.widgets.Input)
            ours = str(bound)
            assert ours.startswith("<input"), ours
            assert ours == as_django_writes_it(bound), (query, name)
