"""Builds the demo page tree from pages.yaml (read by content.py): French pages, translated
into English and Arabic through wagtail-localize's own translation records, so that editors
find the demo translations in the translation editor like any other."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from activities.demo.loader import CatalogueLoader

from ..models import (
    HomePage,
    PartnerFormField,
    PartnerFormPage,
    SiteSettings,
    StandardPage,
)
from . import content as demo_content
from . import documents as demo_documents
from .fields import (
    PAGE_CLASSES,
    SOURCE_LANGUAGE,
    audience_fields,
    brochure_fields,
    build_body,
    charter_fields,
    page_type,
    partner_fields,
)

TARGET_LANGUAGES = ("en", "ar")


class MissingDemoTranslation(Exception):
    pass


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
    # Agreement templates' versions and structures' names are the same in every language.
    for spec in demo_content.PAGES:
        same = [t["version"] for t in spec["partners"]["agreement_templates"]] if spec.get("partners") else []
        for section in spec["brochure"]["sections"] if spec.get("brochure") else []:
            same += [offer["typed"]["structure"] for offer in section["offers"] if offer["typed"]]
        for lang in TARGET_LANGUAGES:
            glossary[lang].update((text, text) for text in same)
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
        # The catalogue first: the Charter's endorsements and the brochure's offers choose from it.
        self.load_catalogue()
        with transaction.atomic():
            self.documents = self.ensure_documents()
            home = self.ensure_home(source_locale)
            pages_by_key = {}
            for spec in demo_content.PAGES:
                pages_by_key[spec["key"]] = self.ensure_page(home, spec, source_locale)
            forms = self.ensure_forms(pages_by_key, source_locale)
            self.set_bodies(home, pages_by_key)
            self.ensure_site(home)
            self.ensure_site_settings(home, pages_by_key)
        # One transaction per translation: wagtail-localize publishes a translation when
        # its transaction commits, and a parent must be published before its children are
        # translated (else the deferred publish writes back a stale tree).
        glossary = build_glossary()
        for lang in TARGET_LANGUAGES:
            locale = Locale.objects.get(language_code=lang)
            for page in [home, *pages_by_key.values(), *forms]:
                self.ensure_translation(page, locale, glossary[lang])
        self.load_centres_and_studies(home)
        self.load_campaigns(pages_by_key)
        return home

    def load_centres_and_studies(self, home):
        from centres.demo import loader as centres_demo
        from studies.demo import loader as studies_demo

        for app in (centres_demo, studies_demo):
            app.load(home, self, add_to_glossary, TARGET_LANGUAGES)

    def load_campaigns(self, pages_by_key):
        from campaigns import demo as campaigns_demo

        campaigns_demo.load(pages_by_key, self)

    def ensure_documents(self):
        """The demo's downloads, generated with real text: one Wagtail document per format."""
        Document = get_document_model()
        documents = {}
        for spec in demo_content.DOCUMENTS:
            for file_format in spec["formats"]:
                title = f"{spec['title']} ({file_format.upper()})"
                document = Document.objects.filter(title=title).first()
                if document is None:
                    content = demo_documents.render(
                        file_format, spec["title"], spec["heading"], spec["paragraphs"]
                    )
                    document = Document(title=title, file_size=len(content))
                    document.file.save(f"{spec['key']}.{file_format}", ContentFile(content), save=False)
                    document._set_file_hash()
                    document.save()
                    self.log(f"Created document “{title}”")
                documents[f"{spec['key']}.{file_format}"] = document
        return documents

    def ensure_forms(self, pages_by_key, locale):
        """The form page under each partner space (the form's fields are its own rows)."""
        forms = []
        for spec in demo_content.PAGES:
            if not spec.get("partners"):
                continue
            parent, form = pages_by_key[spec["key"]], spec["partners"]["form"]
            page = PartnerFormPage.objects.child_of(parent).filter(slug=form["slug"]["fr"]).first()
            if page is None:
                page = PartnerFormPage(
                    title=form["title"]["fr"],
                    slug=form["slug"]["fr"],
                    search_description=form["search_description"]["fr"],
                    intro=form["intro"]["fr"],
                    thank_you_text=form["thank_you_text"]["fr"],
                    subject=form["subject"]["fr"],
                    to_address=form["to_address"],
                    locale=locale,
                )
                page.form_fields = [
                    PartnerFormField(
                        label=field["label"]["fr"],
                        field_type=field["type"],
                        required=field["required"],
                        help_text=field["help_text"]["fr"] if field["help_text"] else "",
                        choices=field["choices"]["fr"] if field["choices"] else "",
                    )
                    for field in form["fields"]
                ]
                parent.add_child(instance=page)
                page.save_revision().publish()
                self.created.append(page)
                self.log(f"Created page “{page.title}”")
            forms.append(page)
        return forms

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

    def ensure_index(self, home, model, spec):
        """The one page of `model` under the home page (the ESC, the studies library),
        created and published in French if missing."""
        index = model.objects.child_of(home).first()
        if index is None:
            index = model(
                title=spec["title"]["fr"],
                slug=spec["slug"]["fr"],
                intro=spec["intro"]["fr"],
                search_description=spec["search_description"]["fr"],
                locale=home.locale,
            )
            home.add_child(instance=index)
            index.save_revision().publish()
            self.created.append(index)
        return index

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
        kind = page_type(spec)
        page_class = PAGE_CLASSES.get(kind, StandardPage)
        page = page_class.objects.child_of(parent).filter(slug=spec["slug"]["fr"]).first()
        if page:
            return page
        fields = {}
        if kind == "charter":
            fields = charter_fields(spec["charter"])
        elif kind == "brochure":
            fields = brochure_fields(spec["brochure"])
        elif kind == "partners":
            fields = partner_fields(spec["partners"], self.documents)
        elif kind == "audience":
            fields = audience_fields(spec["audience"])
        page = page_class(
            **fields,
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
            page.body = build_body(spec["body"], pages_by_key, documents=self.documents)
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
            for key in ("charter", "partners", "relays", "contact", "legal-notice", "accessibility")
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
