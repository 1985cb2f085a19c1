"""The demo library: the facts' publications as real PDFs, the restricted one in the private
collection, and a second load that changes nothing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from pypdf import PdfReader
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from centres.models import EscPage
from studies.demo import content
from studies.demo.loader import PRIVATE_COLLECTION, PROFESSIONALS
from studies.models import PublicationPage, restricted_collection_ids

pytestmark = pytest.mark.django_db


def counts():
    return {
        "documents": Document.objects.count(),
        "collections": Collection.objects.count(),
        "restrictions": CollectionViewRestriction.objects.count(),
        "groups": Group.objects.count(),
        "publications": PublicationPage.objects.count(),
        "sites": EscPage.objects.count(),
    }


def test_second_run_changes_nothing():
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


def test_the_facts_publications_are_there():
    types = [spec["type"] for spec in content.PUBLICATIONS]
    assert types.count("insee-sheet") == 12
    assert types.count("delinquency-observatory") == 3  # the observatory and its two focus articles
    assert types.count("study") == 3
    titles = PublicationPage.objects.filter(locale__language_code="fr").values_list("title", flat=True)
    assert "Tableau de Bord Social — indicateurs 2024 (accès professionnels)" in titles


def test_only_the_dashboard_is_restricted_to_the_professionals_group():
    restriction = CollectionViewRestriction.objects.get(collection__name=PRIVATE_COLLECTION)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert [group.name for group in restriction.groups.all()] == [PROFESSIONALS]
    restricted = [
        page.slug
        for page in PublicationPage.objects.filter(locale__language_code="fr").select_related("document")
        if page.document.collection_id in restricted_collection_ids()
    ]
    assert restricted == ["tableau-de-bord-social-2024"]


def test_each_file_is_a_pdf_that_says_what_the_publication_is_about():
    for page in PublicationPage.objects.filter(locale__language_code="fr").select_related("document"):
        with page.document.file.open("rb") as stream:
            text = " ".join(PdfReader(io.BytesIO(stream.read())).pages[0].extract_text().split())
        spec = next(spec for spec in content.PUBLICATIONS if spec["slug"] == page.slug)
        # Extraction may break lines anywhere: compare without spaces.
        assert spec["title"]["fr"].replace(" ", "")[:40] in text.replace(" ", ""), page.slug
        assert "démonstration" in text
