"""The demo content tells the truth of docs/content-facts.md, wherever a machine can check it:
in the pages as visitors read them, in every language, and in the catalogue's data."""

import re
from decimal import Decimal

import pytest
from wagtail.models import Page

from activities.demo import catalogue
from activities.models import Activity
from centres.demo import content as centres_content
from pages.demo import content as demo_content
from studies.demo import content as studies_content
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "en", "ar")
# docs/content-facts.md: "The report names only these members".
NAMED_MEMBERS = {
    "Rennes",
    "Saint-Jacques-de-la-Lande",
    "Acigné",
    "La Chapelle-des-Fougeretz",
    "Le Rheu",
    "Noyal-Châtillon-sur-Seiche",
    "Parthenay-de-Bretagne",
    "Saint-Armel",
    "Gévezé",
    "Chartres-de-Bretagne",
}
COMMUNES = catalogue.load()["communes"]
TO_CONFIRM = {c["name"] for c in COMMUNES if c["sortir_member"] == catalogue.MEMBER_TO_CONFIRM}
# How the demo's Arabic texts spell these communes, besides their French names in brackets.
ARABIC_NAMES = {
    "Pacé": "باسيه",
    "L'Hermitage": "ليرميتاج",
    "Laillé": "لاييه",
    "Bruz": "بروز",
    "Cesson-Sévigné": "سيسون",
}
SAYS_IT_TAKES_PART = re.compile(
    r"particip|membre|adhér|rejoi|take part|taking part|member|joined|مشارك|تشارك|عضو|انضم", re.I
)
# docs/content-facts.md: for a regular activity the card covers 50 to 70 % of the yearly fee,
# up to 105 € per person per year.
CARD_SHARE = (Decimal("0.50"), Decimal("0.70"))
CARD_CEILING = Decimal("105")


def page_url(key, lang):
    spec = next(spec for spec in demo_content.PAGES if spec["key"] == key)
    return f"/{lang}/{spec['slug'][lang]}/"


def blocks_of(client, url):
    """The text of each paragraph, list item and heading of a page, as visitors read it."""
    main = soup(client.get(url)).main
    return [text_of(node) for node in main.find_all(["p", "li", "h1", "h2", "h3", "summary"])]


def mentions(text, commune):
    return commune in text or ARABIC_NAMES.get(commune, commune) in text


def test_the_data_marks_as_members_exactly_the_communes_the_report_names():
    named = {c["name"] for c in COMMUNES if c["sortir_member"] == catalogue.NAMED_MEMBER}
    assert named == NAMED_MEMBERS
    assert {"Pacé", "L'Hermitage", "Laillé", "Bruz"} <= TO_CONFIRM


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_list_of_participating_communes_holds_only_named_members(client, lang):
    spec = next(spec for spec in demo_content.PAGES if spec["key"] == "who-can-benefit")
    title = next(v for k, v in spec["body"] if k == "heading" and v["fr"] == "Les communes participantes")
    main = soup(client.get(page_url("who-can-benefit", lang))).main
    heading = next(h for h in main.find_all("h2") if text_of(h) == title[lang])
    items = [text_of(li) for li in heading.find_next("ul").find_all("li")]
    assert len(items) >= 2
    for item in items:
        assert any(name in item for name in NAMED_MEMBERS), item
        assert not any(mentions(item, other) for other in TO_CONFIRM), item


def test_no_page_says_that_a_commune_to_be_confirmed_takes_part(client):
    pages = Page.objects.live().filter(depth__gte=2).specific()
    # Every demo page: the home page, its practical pages, a form under each partner space,
    # the ESC and the studies library.
    forms = sum(1 for spec in demo_content.PAGES if spec["partners"])
    assert pages.count() == 3 * (
        1
        + len(demo_content.PAGES)
        + forms
        + 1
        + len(centres_content.SITES)
        + 1
        + len(studies_content.PUBLICATIONS)
    )
    blocks = [(page.url, block) for page in pages for block in blocks_of(client, page.url)]
    assert len(blocks) > 100 * len(LANGUAGES)
    for url, block in blocks:
        if any(mentions(block, commune) for commune in TO_CONFIRM):
            assert not SAYS_IT_TAKES_PART.search(block), (url, block)


def test_no_activity_says_that_a_commune_to_be_confirmed_takes_part():
    texts = 0
    for activity in Activity.objects.all():
        for text in (
            activity.title,
            activity.summary,
            activity.price_notes,
            *activity.description.split("\n\n"),
        ):
            if any(mentions(text, commune) for commune in TO_CONFIRM):
                texts += 1
                assert not SAYS_IT_TAKES_PART.search(text), (activity.slug, text)
    assert texts > 0  # the demo does have activities in Bruz, Pacé and Cesson-Sévigné


def test_regular_activities_cost_what_the_card_leaves_to_pay():
    """Full price is the yearly fee; the card covers 50 to 70 % of it, 105 € at most."""
    regular = Activity.objects.filter(kind=Activity.Kind.REGULAR, locale__language_code="fr")
    assert regular.count() >= 5
    for activity in regular:
        assert activity.full_price, activity.slug
        covered = activity.full_price - activity.sortir_price
        assert CARD_SHARE[0] <= covered / activity.full_price <= CARD_SHARE[1], activity.slug
        assert covered <= CARD_CEILING, activity.slug


def test_free_with_the_card_means_a_public_price_the_holder_does_not_pay():
    for activity in Activity.objects.filter(locale__language_code="fr"):
        if activity.full_price is not None:
            assert activity.sortir_price <= activity.full_price, activity.slug
        elif "avec la carte" in f"{activity.price_notes} {activity.description}":
            pytest.fail(f"{activity.slug} is free for everyone, yet said to be free with the card")


@pytest.mark.parametrize(
    "lang, figure, word",
    [("fr", "2 937", "participations"), ("en", "2,937", "participations"), ("ar", "2,937", "مشاركة")],
)
def test_group_outings_are_counted_as_participations(client, lang, figure, word):
    blocks = [b for b in blocks_of(client, page_url("how-to-use-the-card", lang)) if figure in b]
    assert blocks
    for block in blocks:
        assert f"{figure} {word}" in block, block


@pytest.mark.parametrize("lang", LANGUAGES)
def test_how_to_use_the_card_says_what_it_covers_and_where_the_rights_are(client, lang):
    text = " ".join(blocks_of(client, page_url("how-to-use-the-card", lang)))
    # The page for every card holder, not only the students' paragraphs, names KorriGo Services.
    assert "KorriGo Services" in text
    assert "105" in text and "50" in text and "70" in text


def test_arabic_texts_keep_sortir_left_to_right():
    """In Arabic, "Sortir !" is followed by a LEFT-TO-RIGHT MARK, unless a Latin word follows
    ("Sortir ! Ensemble"), so that the "!" stays after the word."""
    arabic = [text["ar"] for text in _trilingual([demo_content.HOME, demo_content.PAGES])] + [
        getattr(activity, field)
        for activity in Activity.objects.filter(locale__language_code="ar")
        for field in ("title", "summary", "description", "price_notes")
    ]
    assert any("Sortir !\u200e" in text for text in arabic)
    for text in arabic:
        for match in re.finditer(r"Sortir !(?!\u200e| [A-Za-z])", text):
            pytest.fail(f"no LEFT-TO-RIGHT MARK after “Sortir !” in: {text[: match.end() + 20]}")


def _trilingual(node):
    if isinstance(node, dict):
        if "ar" in node and isinstance(node["ar"], str):
            yield node
        else:
            for value in node.values():
                yield from _trilingual(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _trilingual(value)
