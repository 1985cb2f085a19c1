from django import template
from django.template.defaultfilters import floatformat
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .. import cards

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
def text_lang(code):
    """` lang="fr" dir="ltr"` on the text of an activity shown untranslated in another
    language (its French version, `code`), so that screen readers read it as French."""
    if code == translation.get_language():
        return ""
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag
def activity_cards(found):
    """Each Card (cards.py) as an item of a list (<li>), rendered once and kept."""
    # HTML the card template rendered (escaped there), possibly read back from the cache.
    return mark_safe("".join(f"<li>{card}</li>" for card in cards.render_all(found)))


@register.filter
def get_field_label(form, name):
    field = form.fields.get(name)
    return field.label if field else name


@register.filter
def field_value(form, name):
    return form[name].value() if name in form.fields else None
