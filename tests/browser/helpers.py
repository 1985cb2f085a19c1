"""What the browser tests read from a page: axe-core's verdict and the focused element."""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

PHONE = {"width": 360, "height": 740}
LAPTOP = {"width": 1280, "height": 800}
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE = Axe()  # the axe-core build shipped by axe-playwright-python


def axe_violations(page):
    """WCAG 2.1 A and AA violations found by axe-core in the page as it is now, one
    readable line per rule and element."""
    results = AXE.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
    )
    return [
        f"{violation['id']} ({violation['impact']}) {' '.join(node['target'])}: {violation['help']}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]


def focused(page):
    """The element that has the keyboard focus, and how its focus is drawn."""
    return page.evaluate(
        """() => {
            const element = document.activeElement;
            const style = getComputedStyle(element);
            return {
                tag: element.tagName.toLowerCase(),
                id: element.id,
                text: (element.innerText || element.value || "").trim().slice(0, 80),
                focusVisible: element.matches(":focus-visible"),
                outline: `${style.outlineStyle} ${style.outlineWidth}`,
            };
        }"""
    )


def assert_focus_is_visible(page):
    """The focused element wears the focus ring: a solid outline of at least 2 px."""
    element = focused(page)
    style, width = element["outline"].split()
    assert style != "none" and float(re.sub("px$", "", width)) >= 2, element
    return element


def open_filters(page):
    """Unfold the filter panel (folded on a phone unless the filters had errors)."""
    panel = page.locator("details.filters")
    if panel.get_attribute("open") is None:
        page.locator("summary.filters__toggle").click()
    expect(panel).to_have_attribute("open", "")


def log_in_to_admin(page, portal):
    """Fill in the admin's login form (in French) on the page it shows, and land on the
    dashboard."""
    page.get_by_label("Nom d’utilisateur").fill(portal.admin_username)
    page.get_by_placeholder("Entrez un mot de passe").fill(portal.admin_password)
    page.get_by_role("button", name="S'identifier").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
