from django import template
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def euros(value):
    """A price as visitors read it: "Gratuit", or "4,50 €" in the active language."""
    if value is None:
        return ""
    if value == 0:
        return _("Free")
    return f"{floatformat(value, 2)}\u00a0€"


@register.simple_tag
def toggle_query(query_string, name, value):
    """The current query with one parameter set (or removed when value is empty), page reset."""
    from django.http import QueryDict

    query = QueryDict(query_string, mutable=True)
    query.pop("page", None)
    if value:
        query[name] = value
    else:
        query.pop(name, None)
    return query.urlencode()


@register.filter
def get_field_label(form, name):
    field = form.fields.get(name)
    return field.label if field else name


@register.filter
def field_value(form, name):
    return form[name].value() if name in form.fields else None
