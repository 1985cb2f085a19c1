"""axe-core finds no WCAG 2.1 A or AA violation on any page type, in any language, on a
phone and on a laptop."""

import pytest
from playwright.sync_api import expect

from pages.demo import content as demo_content
from tests.browser.helpers import LAPTOP, PHONE, axe_violations, open_filters

pytestmark = pytest.mark.browser

LANGUAGES = ["fr", "en", "ar"]
WHO_CAN_BENEFIT = next(spec for spec in demo_content.PAGES if spec["key"] == "who-can-benefit")
STUDENTS = next(spec for spec in demo_content.PAGES if spec["key"] == "students")

# (name, path under the language prefix, expected status, open the filter panel)
PAGES = [
    ("home", "", 200, False),
    ("standard", "{who_can_benefit}/", 200, False),
    ("search", "activites/", 200, True),
    ("search-filtered", "activites/?date=week&free=1&category=concert&category=patrimoine-visite", 200, True),
    ("search-empty", "activites/?q=xylophone+sous-marin", 200, True),
    ("search-invalid", "activites/?date=tomorrow&price_max=cheap&age=-3", 200, True),
    ("search-page-2", "activites/?page=2", 200, False),
    ("activity-scheduled", "activites/hamlet-au-tnb/", 200, False),
    ("activity-cancelled", "activites/concert-decouverte-a-l-ubu/", 200, False),
    ("charter", "charte/", 200, False),
    ("brochure", "brochure-tarifaire/", 200, False),
    ("partners", "partenaires/", 200, False),
    ("partner-form", "partenaires/devenir-partenaire/", 200, False),
    ("relays", "relais/", 200, False),
    ("audience-landing", "{students}/", 200, False),
    ("not-found", "cette-page-n-existe-pas/", 404, False),
    ("esc-index", "espaces-sociaux-communs/", 200, False),
    ("esc-finder-invalid", "espaces-sociaux-communs/?need=unknown", 200, False),
    ("esc-site", "espaces-sociaux-communs/maurepas/", 200, False),
    ("studies", "etudes/", 200, True),
    ("studies-invalid", "etudes/?year=abc&type=nope", 200, True),
    ("publication", "etudes/etude-acces-aux-droits/", 200, False),
    ("publication-restricted", "etudes/tableau-de-bord-social-2024/", 200, False),
    ("recherche", "recherche/?q=concert", 200, False),
    ("recherche-empty", "recherche/?q=xylophone+sous-marin", 200, False),
]


def audit(page):
    """Violations on a phone, then on a laptop (other layout, other colours on top of
    each other), each once the page has settled."""
    violations = axe_violations(page)
    page.set_viewport_size(LAPTOP)
    violations += [f"laptop: {violation}" for violation in axe_violations(page)]
    return violations


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name,path,status,unfold_filters", PAGES, ids=[p[0] for p in PAGES])
def test_no_wcag_violation(page, language, name, path, status, unfold_filters):
    path = path.format(who_can_benefit=WHO_CAN_BENEFIT["slug"][language], students=STUDENTS["slug"][language])
    response = page.goto(f"/{language}/{path}")
    assert response.status == status
    expect(page.locator("html")).to_have_attribute("lang", language)
    if unfold_filters:
        open_filters(page)  # as a visitor would, so that its content is audited too
    # Reflow (WCAG 1.4.10): nothing makes a 360 px screen scroll sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    assert audit(page) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_finished_campaign_page(browser, portal, language):
    """/q/<slug>/ of an unknown or finished campaign: in the language of the phone (its
    Accept-Language, the path has none), on a phone of that language."""
    context = browser.new_context(base_url=portal.base_url, viewport=PHONE, locale=language)
    try:
        page = context.new_page()
        response = page.goto("/q/campagne-terminee/")
        assert response.status == 404
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator(f"main a[href='/{language}/']")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
        assert audit(page) == []
    finally:
        context.close()


def test_admin_login_page(page):
    response = page.goto("/admin/login/")
    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert audit(page) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ["brochure-tarifaire/", "charte/", "partenaires/", "relais/"])
def test_nothing_is_wider_than_a_phone(page, language, path):
    """On a 360 px screen the brochure's offers, the Charter and the partner pages need no
    sideways scrolling."""
    assert page.goto(f"/{language}/{path}").status == 200
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"] == 360
