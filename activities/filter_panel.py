"""What the filter panel shows: each filter's options with the number of results each
would give, whether it is selected, and how to render it."""

from .dates import PRESETS
from .filters import ACCESSIBILITY_CHOICES, AUDIENCE_CHOICES, KIND_CHOICES


def _options(filterset, name, choices, counts, multiple):
    selected = filterset.data_clean.get(name) or ([] if multiple else "")
    options = []
    for value, label in choices:
        is_selected = value in selected if multiple else value == selected
        count = counts.get(value, 0)
        # Options that would give nothing are left out, unless the visitor chose them.
        if count or is_selected:
            options.append({"value": value, "label": label, "count": count, "selected": is_selected})
    return options


def filter_groups(filterset, facets):
    taxonomy = filterset.taxonomy
    groups = [
        ("date", PRESETS.items(), "radio"),
        ("category", taxonomy.category_choices, "checkbox"),
        ("commune", taxonomy.commune_choices, "checkbox"),
        ("neighbourhood", taxonomy.neighbourhood_choices, "checkbox"),
        ("audience", AUDIENCE_CHOICES, "radio"),
        ("accessibility", ACCESSIBILITY_CHOICES, "checkbox"),
        ("kind", KIND_CHOICES, "radio"),
    ]
    result = []
    for name, choices, widget in groups:
        options = _options(filterset, name, list(choices), facets[name], widget == "checkbox")
        result.append(
            {
                "name": name,
                "label": filterset.filters[name].label,
                "widget": widget,
                "options": options,
                "errors": filterset.form.errors.get(name),
            }
        )
    return result


def active_filter_count(filterset):
    data = filterset.data_clean
    return sum(
        1
        for name, value in data.items()
        if name not in {"q", "sort", "lat", "lon"} and value not in (None, "", [])
    )
