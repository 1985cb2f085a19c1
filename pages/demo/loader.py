"""Builds the demo page tree from pages.yaml (read by content.py): French pages, translated
into English and Arabic through wagtail-localize's own translation records, so that editors
find the demo translations in the translation editor like any other."""

import uuid

from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from activities.demo.loader import CatalogueLoader

from ..models import HomePage, SiteSettings, StandardPage
from . import content as demo_content

SOURCE_LANGUAGE = "fr"
TARGET_LANGUAGES = ("en", "ar")


class MissingDemoTranslation(Exception):
    pass


def _paragraphs_html(texts, lang):
    return "".join(f"<p>{escape(text[lang])}</p>" for text in texts)


def _list_html(items, lang):
    return "<ul>" + "".join(f"<li>{escape(item[lang])}</li>" for item in items) + "</ul>"


def build_body(blocks, pages_by_key, lang=SOURCE_LANGUAGE):
    """Turns the content module's block tuples into StreamField data."""
    stream = []
    for kind, value in blocks:
        if kind == "heading":
            stream.append(("heading", {"text": value[lang], "level": "h2"}))
        elif kind == "paragraphs":
            stream.append(("paragraph", _paragraphs_html(value, lang)))
        elif kind == "list":
            stream.append(("paragraph", _list_html(value, lang)))
        elif kind == "faq":
            # ListBlock items carry their own ids, which wagtail-localize needs to
            # extract them as translatable segments.
            questions = [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {"question": q["question"][lang], "answer": _paragraphs_html(q["answer"], lang)},
                }
                for q in value["questions"]
            ]
            stream.append(("faq", {"title": value["title"][lang], "questions": questions}))
        elif kind == "cta":
            target = pages_by_key.get(value.get("page"))
            link = {"page": target.pk if target else None, "url": value.get("url", "")}
            stream.append(
                (
                    "call_to_action",
                    {
                        "title": value["title"][lang],
                        "text": value["text"][lang],
                        "button_label": value["button_label"][lang],
                        "link": link,
                    },
                )
            )
        else:
            raise ValueError(f"Unknown demo block kind: {kind}")
    return [{"type": kind, "value": data} for kind, data in stream]


def _walk_texts(node):
    """Every trilingual text of the content module."""
    if isinstance(node, dict):
        if SOURCE_LANGUAGE in node and all(lang in node for lang in TARGET_LANGUAGES):
            yield node
        else:
            for value in node.values():
                yield from _walk_texts(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _walk_texts(value)


class ConflictingDemoTranslation(Exception):
    pass


def add_to_glossary(glossary, source, target):
    """wagtail-localize extracts plain fields as they are, rich text escaped, and text
    areas with their line breaks as <br/>: the glossary knows each form."""
    glossary[source] = target
    glossary[escape(source)] = escape(target)
    glossary[source.replace("\n", "<br/>")] = target.replace("\n", "<br/>")


def build_glossary():
    """French string → its translation, for each target language; both as plain text
    (titles, slugs) and as HTML-escaped text (rich text segments)."""
    glossary = {lang: {} for lang in TARGET_LANGUAGES}
    given = {lang: {} for lang in TARGET_LANGUAGES}
    for text in _walk_texts([demo_content.HOME, demo_content.PAGES]):
        for lang in TARGET_LANGUAGES:
            source, target = text[SOURCE_LANGUAGE], text[lang]
            # A segment gets one translation: a French string translated two ways would
            # silently lose one of them.
            if given[lang].setdefault(source, target) != target:
                raise ConflictingDemoTranslation(
                    f"“{source}” is translated both “{given[lang][source]}” and “{target}” ({lang})"
                )
            add_to_glossary(glossary[lang], source, target)
    return glossary


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = []

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    def load(self):
        source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        with transaction.atomic():
            home = self.ensure_home(source_locale)
            pages_by_key = {}
            for spec in demo_content.PAGES:
                pages_by_key[spec["key"]] = self.ensure_page(home, spec, source_locale)
            self.set_bodies(home, pages_by_key)
            self.ensure_site(home)
            self.ensure_site_settings(home, pages_by_key)
        # One transaction per translation: wagtail-localize publishes a translation when
        # its transaction commits, and a parent must be published before its children are
        # translated (else the deferred publish writes back a stale tree).
        glossary = build_glossary()
        for lang in TARGET_LANGUAGES:
            locale = Locale.objects.get(language_code=lang)
            for page in [home, *pages_by_key.values()]:
                self.ensure_translation(page, locale, glossary[lang])
        self.load_catalogue()
        self.load_centres_and_studies(home)
        return home

    def load_centres_and_studies(self, home):
        from centres.demo import loader as centres_demo
        from studies.demo import loader as studies_demo

        for app in (centres_demo, studies_demo):
            app.load(home, self, add_to_glossary, TARGET_LANGUAGES)

    def load_catalogue(self):
        catalogue = CatalogueLoader()
        with transaction.atomic():
            activities = catalogue.load()
        self.created.extend(catalogue.created)
        for activity, spec in activities:
            for lang in TARGET_LANGUAGES:
                if lang not in spec["title"]:
                    continue
                glossary = {}
                for field in ("title", "summary", "description", "price_notes"):
                    text = spec.get(field) or {}
                    if text.get(SOURCE_LANGUAGE) and text.get(lang):
                        add_to_glossary(glossary, text[SOURCE_LANGUAGE], text[lang])
                self.ensure_translation(activity, Locale.objects.get(language_code=lang), glossary)

    def ensure_home(self, locale):
        home = HomePage.objects.filter(locale=locale, depth=2).first()
        if home:
            return home
        root = Page.get_first_root_node()
        spec = demo_content.HOME
        home = HomePage(
            title=spec["title"]["fr"],
            slug=spec["slug"]["fr"],
            seo_title=spec["seo_title"]["fr"],
            search_description=spec["search_description"]["fr"],
            intro=spec["intro"]["fr"],
            locale=locale,
        )
        root.add_child(instance=home)
        self.created.append(home)
        self.log(f"Created home page “{home.title}”")
        return home

    def ensure_page(self, parent, spec, locale):
        page = StandardPage.objects.child_of(parent).filter(slug=spec["slug"]["fr"]).first()
        if page:
            return page
        page = StandardPage(
            title=spec["title"]["fr"],
            slug=spec["slug"]["fr"],
            search_description=spec["search_description"]["fr"],
            intro=spec["intro"]["fr"],
            show_in_menus=spec.get("in_menu", False),
            locale=locale,
        )
        parent.add_child(instance=page)
        self.created.append(page)
        self.log(f"Created page “{page.title}”")
        return page

    def set_bodies(self, home, pages_by_key):
        """Bodies are set once every page exists, since calls to action link to each other."""
        specs = [(home, demo_content.HOME)] + [(pages_by_key[s["key"]], s) for s in demo_content.PAGES]
        for page, spec in specs:
            if page not in self.created:
                continue
            page.body = build_body(spec["body"], pages_by_key)
            page.save_revision().publish()

    def ensure_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Sortir !"
            )
            return
        if site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "Sortir !"
            site.save()
            # Wagtail's placeholder "Welcome" page is of no use once the portal has its home.
            if old_root.depth == 2 and old_root.specific_class is Page:
                old_root.delete()

    def ensure_site_settings(self, home, pages_by_key):
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        if settings.organisation_name:
            return
        data = demo_content.SITE_SETTINGS
        settings.organisation_name = data["organisation_name"]
        settings.address = data["address"]
        settings.phone = data["phone"]
        settings.email = data["email"]
        menu = [s["key"] for s in demo_content.PAGES if s.get("in_menu")]
        settings.main_menu = [("page", pages_by_key[key]) for key in menu]
        settings.footer_menu = [
            ("page", pages_by_key[key])
            for key in ("contact", "legal-notice", "accessibility")
            if key in pages_by_key
        ]
        settings.save()

    @transaction.atomic
    def ensure_translation(self, page, locale, glossary):
        if page.get_translation_or_none(locale) is not None:
            return
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        missing = []
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = glossary.get(segment.string.data)
            if text is None:
                missing.append(segment.string.data)
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
        if missing:
            raise MissingDemoTranslation(f"No {locale.language_code} translation for: " + " | ".join(missing))
        translation.save_target(publish=True)
        self.log(f"Translated “{page.title}” into {locale.get_display_name()}")
