"""What beneficiaries, visitors and editors do on the portal, in a real browser."""

import re
import secrets
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from pages.demo import content as demo_content
from tests.browser.helpers import assert_focus_is_visible, focused, log_in_to_admin, open_filters

pytestmark = pytest.mark.browser

# The only free concert of the demo content is in three weeks (Villejean): searching
# free concerts this weekend finds nothing, whatever the day the content was loaded.
FREE_CONCERT = "Concert de quartier à Villejean"


def results_heading(page):
    return page.locator("#results-heading")


def test_beneficiary_finds_a_free_concert_and_adds_it_to_their_calendar(page):
    page.goto("/fr/")
    page.get_by_label("Trouver une activité au tarif Sortir !").fill("concert")
    page.get_by_role("button", name="Rechercher").click()

    expect(page).to_have_url(re.compile(r"/fr/activites/\?q=concert"))
    expect(page).to_have_title(re.compile("concert"))
    expect(results_heading(page)).to_have_text(re.compile(r"^\d+ activités$"))
    concerts = page.locator(".card__title")
    expect(concerts.first).to_be_visible()
    assert concerts.count() >= 2

    # On a phone the filters are folded away; the visitor opens them and picks "Free".
    expect(page.get_by_label("Gratuit")).to_be_hidden()
    open_filters(page)
    page.get_by_label("Gratuit").check()
    page.get_by_role("button", name="Voir les résultats").click()

    expect(results_heading(page)).to_have_text("1 activité")
    expect(page.locator("summary.filters__toggle")).to_have_text("Filtres (1 actif)")
    page.get_by_role("link", name=FREE_CONCERT).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(FREE_CONCERT)
    expect(page.locator(".price-box")).to_contain_text("gratuit", ignore_case=True)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Ajouter à mon agenda (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "concert-de-quartier-a-villejean.ics"
    content = Path(download.path()).read_bytes()
    assert content.startswith(b"BEGIN:VCALENDAR")
    events = Calendar.from_ical(content).walk("VEVENT")
    assert [str(event["summary"]) for event in events] == [FREE_CONCERT]


def test_free_concerts_this_weekend_give_the_empty_state_and_a_way_out(page):
    page.goto("/fr/")
    page.get_by_role("link", name="Ce week-end").click()
    expect(page).to_have_url(re.compile(r"/fr/activites/\?date=weekend$"))

    page.get_by_label("Que cherchez-vous ?").fill("concert")
    open_filters(page)
    expect(page.get_by_label("Ce week-end")).to_be_checked()
    page.get_by_label("Gratuit").check()
    page.get_by_role("button", name="Voir les résultats").click()

    expect(results_heading(page)).to_have_text("0 activité")
    empty = page.locator(".empty-state")
    expect(empty).to_contain_text("Aucune activité ne correspond à votre recherche.")
    expect(empty.get_by_role("link", name="voir toutes les activités")).to_have_attribute(
        "href", "/fr/activites/"
    )
    expect(page.locator(".card")).to_have_count(0)

    # The visitor widens the dates and keeps the rest: the free concert shows up.
    open_filters(page)
    page.get_by_role("group", name="Quand").get_by_label("Peu importe").check()
    page.get_by_role("button", name="Voir les résultats").click()
    expect(results_heading(page)).to_have_text("1 activité")
    page.get_by_role("link", name=FREE_CONCERT).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FREE_CONCERT)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Ajouter à mon agenda (.ics)").click()
    assert Path(download_info.value.path()).read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_visitor_switches_to_arabic_and_reads_right_to_left(page):
    page_spec = next(spec for spec in demo_content.PAGES if spec["key"] == "who-can-benefit")
    page.goto(f"/fr/{page_spec['slug']['fr']}/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="العربية").click()

    expect(page).to_have_url(re.compile(f"/ar/{page_spec['slug']['ar']}/$"))
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text(page_spec["title"]["ar"])
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The layout follows: the brand (first in the header) is now on the right.
    brand = page.locator(".site-header__brand").bounding_box()
    assert brand["x"] + brand["width"] > page.viewport_size["width"] / 2
    # The way back is offered in French, marked as such.
    back = page.get_by_role("navigation", name="اللغة").get_by_role("link", name="Français")
    expect(back).to_have_attribute("lang", "fr")
    expect(back).to_have_attribute("href", f"/fr/{page_spec['slug']['fr']}/")


def test_untranslated_activity_is_marked_french_inside_the_arabic_page(page):
    page.goto("/ar/activites/concert-decouverte-a-l-ubu/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    def language_and_direction(locator):
        return locator.evaluate("e => [e.closest('[lang]').lang, getComputedStyle(e).direction]")

    # The activity's own text (not translated) is French, left to right...
    assert language_and_direction(page.get_by_role("heading", level=1)) == ["fr", "ltr"]
    assert language_and_direction(page.locator(".page-intro")) == ["fr", "ltr"]
    # ...while the portal's words around it stay Arabic, right to left.
    assert language_and_direction(page.get_by_role("heading", name="الأسعار")) == ["ar", "rtl"]
    assert language_and_direction(page.get_by_role("heading", name="المواعيد")) == ["ar", "rtl"]
    assert language_and_direction(page.locator(".status")) == ["ar", "rtl"]


def test_editor_publishes_a_change_that_visitors_see(laptop_context, portal):
    new_intro = f"Une question sur Sortir ! ? Écrivez-nous ({secrets.token_hex(4)})."
    visitor = laptop_context.browser.new_context(base_url=portal.base_url, locale="fr-FR")
    try:
        visitor_page = visitor.new_page()
        visitor_page.goto("/fr/contact/")
        expect(visitor_page.locator(".page-intro")).not_to_have_text(new_intro)

        editor = laptop_context.new_page()
        editor.goto("/admin/")
        expect(editor).to_have_url(re.compile(r"/admin/login/"))
        log_in_to_admin(editor, portal)

        # From the public page, the Wagtail user bar leads to the page's editor.
        editor.goto("/fr/contact/")
        editor.locator("wagtail-userbar").get_by_role("button").first.click()
        editor.locator("wagtail-userbar").get_by_role("menuitem", name="Modifier cette page").click()
        expect(editor).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
        editor.get_by_role("textbox", name="Introduction").fill(new_intro)
        editor.get_by_role("button", name="Plus d'actions").click()
        editor.get_by_role("button", name="Publier").click()
        expect(editor.get_by_text("La page « Contact » a été publiée.")).to_be_visible()

        visitor_page.reload()
        expect(visitor_page.locator(".page-intro")).to_have_text(new_intro)
    finally:
        visitor.close()


def test_keyboard_only_search(page):
    page.goto("/fr/activites/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Aller au contenu")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    assert_focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))
    assert focused(page)["id"] == "main"

    page.keyboard.press("Tab")
    search = page.get_by_label("Que cherchez-vous ?")
    expect(search).to_be_focused()
    assert_focus_is_visible(page)
    page.keyboard.type("musée")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"\?q=mus%C3%A9e"))
    expect(results_heading(page)).to_have_text(re.compile(r"^[1-9]\d* activités?$"))
    expect(page.locator(".card").first).to_be_visible()

    # From the top of the new page: skip link, search box, its button, then the filters.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    stops = []
    for _ in range(3):
        page.keyboard.press("Tab")
        stops.append(assert_focus_is_visible(page))
    assert [stop["tag"] for stop in stops] == ["input", "button", "summary"], stops
    filters = page.locator("details.filters")
    expect(filters).not_to_have_attribute("open", "")
    page.keyboard.press("Enter")
    expect(filters).to_have_attribute("open", "")
    page.keyboard.press("Space")
    expect(filters).not_to_have_attribute("open", "")
    page.keyboard.press("Space")
    expect(filters).to_have_attribute("open", "")

    # Into the panel: every stop shows where the focus is; Space ticks "Free", and Enter
    # on the submit button applies it.
    for _ in range(80):
        page.keyboard.press("Tab")
        element = assert_focus_is_visible(page)
        if element["id"] == "id_free":
            page.keyboard.press("Space")
        if element["text"] == "Voir les résultats":
            break
    else:
        pytest.fail("Tab never reached the “Voir les résultats” button")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?q=mus%C3%A9e&.*free=1"))
    expect(page.locator("summary.filters__toggle")).to_have_text("Filtres (1 actif)")
    expect(results_heading(page)).to_have_text(re.compile(r"^[1-9]\d* activités?$"))
