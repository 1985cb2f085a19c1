"""Creates the demo studies library under the French home page (once): the publications
with a small generated PDF each, the "Professionals" group and its private collection, and
their English and Arabic translations (wagtail-localize)."""

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, Locale

from ..models import PublicationPage, StudiesIndexPage
from . import content

PROFESSIONALS = "Professionals"
PRIVATE_COLLECTION = "Accès professionnels"
PUBLIC_COLLECTION = "Observatoire"


def ensure_professionals():
    """The group, and the collection only its members (and superusers) may download from."""
    group, _created = Group.objects.get_or_create(name=PROFESSIONALS)
    root = Collection.get_first_root_node()
    collection = Collection.objects.filter(name=PRIVATE_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=PRIVATE_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(group)
    public = Collection.objects.filter(name=PUBLIC_COLLECTION).first() or root.add_child(
        name=PUBLIC_COLLECTION
    )
    return group, collection, public


def render_pdf(spec):
    from weasyprint import HTML  # heavy: only where a PDF is made

    html = render_to_string("studies/demo/publication.html", {"spec": spec})
    return HTML(string=html).write_pdf()


def glossary(lang, add):
    found = {}
    for spec in [content.INDEX, *content.PUBLICATIONS]:
        for value in spec.values():
            if isinstance(value, dict) and "fr" in value:
                add(found, value["fr"], value[lang])
        if isinstance(spec["slug"], str):  # publications keep their slug in every language
            add(found, spec["slug"], spec["slug"])
    return found


def load(home, demo_loader, add_to_glossary, languages):
    with transaction.atomic():
        _group, private, public = ensure_professionals()
        index = demo_loader.ensure_index(home, StudiesIndexPage, content.INDEX)
        publications = []
        for spec in content.PUBLICATIONS:
            page = PublicationPage.objects.child_of(index).filter(slug=spec["slug"]).first()
            if page is None:
                document = Document(
                    title=spec["title"]["fr"], collection=private if spec["restricted"] else public
                )
                document.file.save(f"{spec['slug']}.pdf", ContentFile(render_pdf(spec)), save=False)
                document._set_document_file_metadata()
                document.save()
                page = PublicationPage(
                    title=spec["title"]["fr"],
                    slug=spec["slug"],
                    summary=spec["summary"]["fr"],
                    publication_type=spec["type"],
                    territory=spec["territory"],
                    year=spec["year"],
                    themes=spec["themes"],
                    document=document,
                    locale=home.locale,
                )
                index.add_child(instance=page)
                page.save_revision().publish()
                demo_loader.created.append(page)
            publications.append(page)
    for lang in languages:
        locale = Locale.objects.get(language_code=lang)
        words = glossary(lang, add_to_glossary)
        for page in [index, *publications]:
            demo_loader.ensure_translation(page, locale, words)
    return index
