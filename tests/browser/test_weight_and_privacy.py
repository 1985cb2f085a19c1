"""What an anonymous visitor's phone downloads, whom it talks to, and what it keeps."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import open_filters

pytestmark = pytest.mark.browser

# HTML + CSS + JS as transferred (compressed, headers included), images excluded: an
# old phone on a weak data plan gets the page in a few seconds.
BUDGET = 60 * 1024


def record(page, event):
    seen = []
    page.on(event, lambda item: seen.append(item))
    return seen


WEIGHED = {
    "search": "/fr/activites/",
    "home": "/fr/",
    "activity": "/fr/activites/hamlet-au-tnb/",
    "charter": "/fr/charte/",
    "brochure": "/fr/brochure-tarifaire/",
    "partners": "/fr/partenaires/",
    "partner-form": "/fr/partenaires/devenir-partenaire/",
    "relays": "/fr/relais/",
    "audience-landing": "/ar/students/",
    "esc-index": "/fr/espaces-sociaux-communs/",
    "esc-site": "/ar/espaces-sociaux-communs/maurepas/",
    "studies": "/fr/etudes/",
    "publication": "/en/etudes/etude-acces-aux-droits/",
    "recherche": "/fr/recherche/?q=concert",
    "recherche-empty": "/ar/recherche/?q=xylophone+sous-marin",
}


@pytest.mark.parametrize("path", WEIGHED.values(), ids=WEIGHED.keys())
def test_page_weight_stays_within_budget(page, path):
    finished = record(page, "requestfinished")
    page.goto(path)
    # Every subresource, the print stylesheet included, has arrived (idle network).
    page.wait_for_load_state("networkidle")

    weights, kinds = {}, set()
    for request in finished:
        response = request.response()
        if response.header_value("content-type").startswith("image/"):
            continue
        sizes = request.sizes()
        weights[urlsplit(request.url).path] = sizes["responseHeadersSize"] + sizes["responseBodySize"]
        kinds.add(request.resource_type)
        assert response.header_value("content-encoding") in {"br", "gzip"}, f"{request.url} is not compressed"
    assert {"document", "stylesheet"} <= kinds, weights
    assert sum(weights.values()) <= BUDGET, weights


def test_anonymous_visitor_gets_no_cookie_and_talks_to_nobody_else(context, page):
    requests = record(context, "request")
    responses = record(context, "response")

    page.goto("/fr/")
    page.get_by_label("Trouver une activité au tarif Sortir !").fill("musée")
    page.get_by_role("button", name="Rechercher").click()
    open_filters(page)
    page.get_by_label("Gratuit").check()
    page.get_by_role("button", name="Voir les résultats").click()
    page.locator(".card__title a").first.click()
    expect(page.locator("body.template-activity")).to_be_visible()
    page.get_by_role("navigation", name="Langue").get_by_role("link", name="العربية").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.wait_for_load_state("networkidle")

    assert context.cookies() == []
    set_cookie = [
        (response.url, header["value"])
        for response in responses
        for header in response.headers_array()
        if header["name"].lower() == "set-cookie"
    ]
    assert set_cookie == []
    elsewhere = [
        request.url
        for request in requests
        if urlsplit(request.url).scheme not in {"data", "blob"}
        and urlsplit(request.url).hostname != "127.0.0.1"
    ]
    assert elsewhere == []
    assert len(requests) >= 15  # pages, styles, scripts: the test did watch the traffic


def test_only_the_partner_form_sets_a_cookie_and_it_is_its_csrf_token(context, page):
    """The form needs a CSRF token, kept in a cookie on that page only (its page says so);
    reading about partners, the brochure (and its PDF) or the Charter sets none."""
    for path in ("/fr/partenaires/", "/fr/charte/", "/fr/relais/", "/fr/brochure-tarifaire/"):
        assert page.goto(path).status == 200
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger la brochure (PDF A5)").click()
    assert download.value.suggested_filename.endswith(".pdf")
    assert context.cookies() == []

    page.goto("/fr/partenaires/")
    page.get_by_role("link", name="Devenir partenaire").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Devenir partenaire")
    assert [(c["name"], c["sameSite"]) for c in context.cookies()] == [("csrftoken", "Lax")]
    expect(page.get_by_text("un jeton de sécurité (CSRF)")).to_be_visible()
