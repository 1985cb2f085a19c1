"""The demo data files are read by one reader that stops at the first mistake and says
which file and which key to fix."""

import io
import re
import shutil
from decimal import Decimal

import pytest
from django.core.management import call_command

from activities.demo import catalogue
from activities.demo.data import Blocks, DemoDataError, ListOf, Record, Text, read
from activities.models import Activity


def write(tmp_path, text, name="demo.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


PAGE = Record({"title": Text(), "body": Blocks({"heading": Text(), "list": ListOf(Text())})})


def test_a_valid_file_is_read_with_its_blocks_as_pairs(tmp_path):
    path = write(
        tmp_path,
        "title: {fr: Accueil, en: Home, ar: الرئيسية}\n"
        "body:\n"
        "  - heading: {fr: Titre, en: Title, ar: عنوان}\n",
    )
    data = read(path, PAGE)
    assert data["title"]["ar"] == "الرئيسية"
    assert data["body"] == [("heading", {"fr": "Titre", "en": "Title", "ar": "عنوان"})]


@pytest.mark.parametrize(
    "text, message",
    [
        ("title: {fr: Accueil, en: Home}\nbody: []\n", "demo.yaml: title.ar: missing"),
        ("title: {fr: Accueil, en: Home, ar: ''}\nbody: []\n", "demo.yaml: title.ar: empty"),
        (
            "title: {fr: Accueil, en: Home, ar: x}\nbody:\n  - heding: {fr: a, en: b, ar: c}\n",
            "demo.yaml: body[0]: expected one of heading, list as the only key",
        ),
        (
            "title: {fr: Accueil, en: Home, ar: x}\nbody: []\nintro: Bonjour\n",
            "demo.yaml: intro: unknown key",
        ),
        ("title: {fr: Accueil, en: Home, ar: x}\nbody: [\n", "demo.yaml: not valid YAML"),
        ("title: {fr: Accueil, fr: Accueil, en: Home, ar: x}\nbody: []\n", "key 'fr' given twice"),
    ],
)
def test_a_mistake_names_the_file_and_the_key(tmp_path, text, message):
    with pytest.raises(DemoDataError, match=re.escape(message)):
        read(write(tmp_path, text), PAGE)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DemoDataError, match="nowhere.yaml: cannot be read"):
        read(tmp_path / "nowhere.yaml", PAGE)


def copy_catalogue(tmp_path):
    for name in ("taxonomy.yaml", "partners.yaml", "activities.yaml"):
        shutil.copy(catalogue.FOLDER / name, tmp_path / name)
    return tmp_path / "activities.yaml"


def test_the_catalogue_is_read_with_exact_prices_and_joined_paragraphs():
    data = catalogue.load()
    hamlet = next(a for a in data["activities"] if a["slug"] == "hamlet-au-tnb")
    assert isinstance(hamlet["sortir_price"], Decimal)
    assert "\n\n" in hamlet["description"]["fr"] and "\n\n" in hamlet["description"]["ar"]
    assert hamlet["status"] == "scheduled" and hamlet["weekly"] is None


def test_an_unquoted_time_is_explained(tmp_path):
    activities = copy_catalogue(tmp_path)
    text = activities.read_text(encoding="utf-8").replace('"20:00"', "20:00", 1)
    activities.write_text(text, encoding="utf-8")
    with pytest.raises(DemoDataError, match=r"activities.yaml: activities\[0\].dates\[0\]\[1\]: .*in quotes"):
        catalogue.load(tmp_path)


def test_a_reference_to_an_unknown_place_is_named(tmp_path):
    activities = copy_catalogue(tmp_path)
    text = activities.read_text(encoding="utf-8").replace("place: tnb\n", "place: tnb-bis\n", 1)
    activities.write_text(text, encoding="utf-8")
    with pytest.raises(
        DemoDataError, match=r"activities.yaml: activities\[0\].place: 'tnb-bis' is not defined"
    ):
        catalogue.load(tmp_path)


def test_a_translated_activity_is_translated_whole(tmp_path):
    activities = copy_catalogue(tmp_path)
    text = activities.read_text(encoding="utf-8")
    english_summary = "      en: Shakespeare's masterpiece in a contemporary production"
    assert english_summary in text
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith(english_summary)]
    activities.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DemoDataError, match=r"activities\[0\].summary.en: missing \(the title has one\)"):
        catalogue.load(tmp_path)


@pytest.mark.django_db
def test_generated_activities_take_their_words_from_the_demo_vocabulary():
    words = catalogue.vocabulary()
    call_command("generate_activities", 30, seed=7, stdout=io.StringIO())
    generated = Activity.objects.filter(slug__startswith="activite-generee-").prefetch_related("categories")
    assert generated.count() == 30
    for activity in generated:
        category = activity.categories.get()
        word = next(
            w
            for w in words["words"].get(category.slug, words["default_words"])
            if activity.title.startswith(w)
        )
        assert any(f"{word} {qualifier} n° " in activity.title for qualifier in words["qualifiers"])
        assert activity.summary.startswith(f"{word} accessible au tarif Sortir ! à ")
        assert activity.description == words["description"]
