"""An editor corrects the Sortir ! price of an activity that came from OpenAgenda, and
the next sync, which brings a change of the event, keeps the editor's price."""

import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from devtools.fake_openagenda import FakeOpenAgenda
from tests.browser.helpers import log_in_to_admin
from tests.openagenda.payloads import AGENDA, event

from .conftest import ROOT

pytestmark = pytest.mark.browser
UID = 907001


def sync(portal, fake):
    """The real command, against the browser suite's server database."""
    env = {**portal.env, "OPENAGENDA_KEY": "browser-key", "OPENAGENDA_AGENDAS": AGENDA}
    result = subprocess.run(
        [sys.executable, "manage.py", "sync_openagenda", "--base-url", fake.base_url],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def openagenda():
    fake = FakeOpenAgenda(key="browser-key").start()
    yield fake
    fake.stop()


def test_editors_price_survives_the_next_sync(laptop_context, portal, openagenda):
    agenda = openagenda.add_agenda(AGENDA, events=[event(UID, title="Concert d'hiver au Thabor", days=(6,))])
    sync(portal, openagenda)

    editor = laptop_context.new_page()
    editor.goto("/admin/login/")
    log_in_to_admin(editor, portal)

    editor.goto("/admin/snippets/activities/activity/?q=hiver+Thabor")
    editor.get_by_role("link", name="Concert d'hiver au Thabor").first.click()
    expect(editor).to_have_url(re.compile(r"/admin/snippets/activities/activity/edit/\d+/$"))
    editor.get_by_role("tab", name=re.compile("Prix|Tarifs")).click()
    editor.locator("input[name=sortir_price]").fill("1.50")
    editor.get_by_role("button", name="Plus d'actions").click()
    editor.get_by_role("button", name="Publier").click()
    expect(editor.get_by_text(re.compile("publié"))).to_be_visible()

    # OpenAgenda changes the event (a new title); the next sync brings that change in.
    agenda.upsert(event(UID, title="Concert d'hiver au parc du Thabor", days=(6,), minutes_ago=0))
    sync(portal, openagenda)

    visitor = laptop_context.browser.new_context(base_url=portal.base_url, locale="fr-FR")
    try:
        page = visitor.new_page()
        page.goto("/fr/activites/?q=parc+du+Thabor")
        card = page.locator(".card").filter(has_text="Concert d'hiver au parc du Thabor")
        expect(card).to_have_count(1)
        expect(card.locator(".price")).to_contain_text("1,50 €")
    finally:
        visitor.close()
