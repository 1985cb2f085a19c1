"""Template helpers for the shared layout. They work on any translatable object
(Wagtail pages and snippets alike), so the theme depends on no app of the portal."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

register = template.Library()


def _translated_url(obj, locale, request):
    translation_obj = obj.get_translation_or_none(locale)
    if translation_obj is None or not getattr(translation_obj, "live", True):
        return None
    if isinstance(translation_obj, Page):
        return translation_obj.get_url(request)
    return translation_obj.get_absolute_url() if hasattr(translation_obj, "get_absolute_url") else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: the translation of the page or object being shown when
    there is one, else that language's version of the current URL, else its home page."""
    request = context.get("request")
    obj = context.get("translatable_object") or context.get("page")
    current = translation.get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        locale = locales.get(code)
        if obj is not None and locale is not None and hasattr(obj, "get_translation_or_none"):
            url = _translated_url(obj, locale, request)
        if url is None and request is not None and obj is None:
            url = translate_url(request.get_full_path(), code)
        if url is None:
            url = f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "is_rtl": translation.get_language_info(code)["bidi"],
            }
        )
    return links


@register.simple_tag
def localized_pages(stream_value):
    """The live pages of a stream of page choosers, in the active language."""
    pages = []
    for block in stream_value or []:
        page = block.value
        if page is None:
            continue
        page = page.specific.localized
        if page.live:
            pages.append(page)
    return pages
