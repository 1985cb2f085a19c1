"""What the filter panel shows: each filter's options with the number of results each
would give, whether it is selected, and how to render it."""

import html

from django.utils.safestring import mark_safe

from .facets import FILTER_NAMES, PANEL_GROUPS

# As includes/filter_option.html renders one option, made here: a panel lists a hundred
# options, and a template include each costs more than the rest of the page (format_html
# too: its lazy-aware escaping of eight values took 1.3 ms a panel).
OPTION = (
    '<div class="option"><input type="{}" name="{}" id="{}" value="{}"{}>'
    '<label for="{}">{} <span class="count">({})</span></label></div>'
)


def option_html(widget, name, number, value, label, count, selected):
    """`widget`, `name`: the panel's own; `value`, `label`: escaped here."""
    input_id = f"id_{name}_{number}"
    checked = " checked" if selected else ""
    value, label = html.escape(str(value)), html.escape(str(label))
    return mark_safe(OPTION.format(widget, name, input_id, value, checked, input_id, label, int(count)))


def _options(filterset, name, choices, counts, multiple):
    selected = filterset.data_clean.get(name) or ([] if multiple else "")
    widget = "checkbox" if multiple else "radio"
    options = []
    for value, label in choices:
        is_selected = value in selected if multiple else value == selected
        count = counts.get(value, 0)
        # Options that would give nothing are left out, unless the visitor chose them.
        if count or is_selected:
            number = len(options) + 1
            markup = option_html(widget, name, number, value, label, count, is_selected)
            options.append(
                {"value": value, "label": label, "count": count, "selected": is_selected, "html": markup}
            )
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
