"""What the filter panel shows: each filter's options with the number of results each
would give, whether it is selected, and how to render it."""

from .facets import FILTER_NAMES, PANEL_GROUPS


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
    """The option lists of the panel, with the choices the filter set offers (the
    editors' taxonomy for categories and places)."""
    result = []
    for group in PANEL_GROUPS:
        spec = filterset.filters[group.name]
        choices = spec.extra["choices"]  # without the form field's empty choice
        choices = list(choices() if callable(choices) else choices)
        options = _options(
            filterset, group.name, choices, facets.get(group.name, {}), group.panel == "checkbox"
        )
        result.append(
            {
                "name": group.name,
                "label": spec.label,
                "widget": group.panel,
                "options": options,
                "errors": filterset.form.errors.get(group.name),
            }
        )
    return result


def active_filter_count(filterset):
    return sum(
        1
        for name, value in filterset.data_clean.items()
        if name in FILTER_NAMES and value not in (None, "", [])
    )
