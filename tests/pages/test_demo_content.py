import copy
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

from activities.models import Activity, Commune, Place
from pages.demo import content as demo_content
from pages.demo.loader import ConflictingDemoTranslation, build_glossary
from pages.models import BrochurePage, CharterPage, HomePage, PartnerFormPage, PartnerSpacePage, StandardPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "sites": Site.objects.count(),
        "users": get_user_model().objects.count(),
        "activities": Activity.objects.count(),
        "places": Place.objects.count(),
        "communes": Commune.objects.count(),
    }


def test_demo_content_builds_the_tree_in_three_languages():
    for lang in ("fr", "en", "ar"):
        assert HomePage.objects.live().filter(locale__language_code=lang).count() == 1
        assert StandardPage.objects.live().filter(locale__language_code=lang).count() == len(
            demo_content.STANDARD_PAGES
        )
        for page_class in (CharterPage, BrochurePage, PartnerSpacePage, PartnerFormPage):
            assert page_class.objects.live().filter(locale__language_code=lang).count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "fr"
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(depth=2).exclude(content_type__model="homepage").exists()


def test_translations_are_wagtail_localize_translations_in_sync_mode():
    home_fr = HomePage.objects.get(locale__language_code="fr")
    translations = Translation.objects.filter(source__object_id=home_fr.translation_key)
    assert {t.target_locale.language_code for t in translations} == {"en", "ar"}
    # Every segment of the English home page is translated (no French left over).
    en = translations.get(target_locale__language_code="en")
    progress_total, progress_done = en.get_progress()
    assert progress_total == progress_done > 0


def test_second_run_changes_nothing():
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


def test_admin_account_only_when_asked(capsys):
    User = get_user_model()
    call_command("load_demo_content")
    assert not User.objects.filter(username="admin").exists()
    call_command("load_demo_content", admin_password="a-long-demo-password")
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("a-long-demo-password")
    assert "/admin/" in capsys.readouterr().out


def test_one_french_text_translated_two_ways_is_refused(monkeypatch):
    pages = copy.deepcopy(demo_content.PAGES)
    heading = next(value for kind, value in pages[0]["body"] if kind == "heading")
    pages.append({**pages[0], "body": [("heading", {**heading, "en": "Another translation"})]})
    monkeypatch.setattr(demo_content, "PAGES", pages)
    with pytest.raises(ConflictingDemoTranslation, match=re.escape(f"“{heading['fr']}” is translated both")):
        build_glossary()
