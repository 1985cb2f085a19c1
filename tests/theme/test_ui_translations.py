"""The interface is fully translated, and the committed .mo files match the .po sources
(a fresh clone serves translations without gettext installed)."""

from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "theme" / "locale"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_interface_string_is_translated(lang):
    po = polib.pofile(str(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_compiled_catalogue_matches_its_source(lang):
    po = polib.pofile(str(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"))
    mo = polib.mofile(str(LOCALE_DIR / lang / "LC_MESSAGES" / "django.mo"))
    compiled = {entry.msgid: entry.msgstr for entry in mo}
    assert {e.msgid: e.msgstr for e in po.translated_entries()} == {k: v for k, v in compiled.items() if k}
