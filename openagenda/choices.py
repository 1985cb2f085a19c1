"""Values of OpenAgenda's choice fields (status, attendance mode, the agenda's additional
fields): an option id, a list of ids, or `{id, label}` objects with `includeLabels=1`."""

CHOICE_FIELD_TYPES = {"radio", "checkbox", "select", "multiselect"}


def choice_id(value):
    """An option id from an int, a numeric string or `{id, label}` (includeLabels)."""
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def choice_ids(value):
    items = value if isinstance(value, list) else [value]
    return [choice for item in items if (choice := choice_id(item)) is not None]


def options_of(spec):
    options = {}
    for option in spec.get("options") or []:
        if isinstance(option, dict) and choice_id(option.get("id")) is not None:
            options[choice_id(option["id"])] = option
    return options


def option_terms(option):
    """What an option of a choice field can be matched on: its value and its labels."""
    terms = [option.get("value")]
    label = option.get("label")
    terms.extend(label.values() if isinstance(label, dict) else [label])
    return [term for term in terms if isinstance(term, str) and term]
