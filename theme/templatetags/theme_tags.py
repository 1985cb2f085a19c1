"""Template helpers for the shared layout. They work on any translatable object
(Wagtail pages and snippets alike), so the theme depends on no app of the portal."""

import hashlib
import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from theme.menus import MENUS

register = template.Library()


def _url_of(obj, request):
    if isinstance(obj, Page):
        return obj.get_url(request)
    return obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else None


def _live_translations(obj):
    """Every live version of `obj`, by language code, in one query."""
    translations = obj.get_translations(inclusive=True).select_related("locale")
    if hasattr(obj, "live"):
        translations = translations.filter(live=True)
    return {t.locale.language_code: t for t in translations}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: the translation of the page or object being shown when
    there is one, else that language's version of the current URL, else its home page."""
    request = context.get("request")
    obj = context.get("translatable_object") or context.get("page")
    current = translation.get_language()
    translations = _live_translations(obj) if hasattr(obj, "get_translations") else None
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if translations is not None:
            if code in translations:
                url = _url_of(translations[code], request)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url or f"/{code}/",
                "is_current": code == current,
                "is_rtl": translation.get_language_info(code)["bidi"],
            }
        )
    return links


def _may_view(page_pk, request):
    """Whether this visitor passes every view restriction of the page (its own and its
    ancestors'): logged in, in the right group, or having given the password."""
    if request is None:
        return False
    page = Page.objects.filter(pk=page_pk).first()
    return page is not None and all(
        restriction.accept_request(request) for restriction in page.get_view_restrictions()
    )


@register.simple_tag(takes_context=True)
def localized_pages(context, stream_value):
    """The live pages of a stream of page choosers, in the active language, as
    (id, title, url), less the restricted ones this visitor may not view. Kept by each
    process until the page tree changes (MENUS): menus are read on every page and change
    rarely; they say which pages are restricted, and only those are checked against the
    visitor."""
    raw = json.dumps(list(stream_value.raw_data) if stream_value else [], sort_keys=True, default=str)
    key = (translation.get_language(), hashlib.sha1(raw.encode()).hexdigest())
    request = context.get("request")
    menus = MENUS.memo(dict)
    items = menus.get(key)
    if items is None:
        items = []
        for block in stream_value or []:
            page = block.value
            if page is None:
                continue
            page = page.localized
            if page.live:
                items.append(
                    {
                        "pk": page.pk,
                        "title": page.title,
                        "url": page.get_url(request),
                        "restricted": page.get_view_restrictions().exists(),
                    }
                )
        menus[key] = items
    return [item for item in items if not item["restricted"] or _may_view(item["pk"], request)]
