"""The real-browser suite: Chromium (Debian's, or Playwright's own build) driven by
Playwright, against the portal served by gunicorn with the production settings on a
throw-away SQLite database.

pytest-django's `live_server` is not used: its flush would wipe the demo content the rest
of the suite loads once per session. The database, the collected static files and the
admin password are built once per test run (shared by pytest-xdist workers through a file
lock); each worker then serves its own copy of the database, so that what one worker's
editor publishes never shows on another worker's pages."""

import fcntl
import os
import re
import secrets
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, expect, sync_playwright

from devtools.live_server import CHROMIUM, CHROMIUM_FLAGS, gunicorn, production_env
from tests.browser.helpers import LAPTOP, PHONE

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-results" / "browser"

expect.set_options(timeout=10_000)


@dataclass(frozen=True)
class Portal:
    base_url: str
    admin_username: str
    admin_password: str
    env: dict  # the server's environment, for management commands against its database


def run_manage(args, env, log):
    with open(log, "ab") as out:
        process = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    if process.returncode:
        pytest.fail(f"manage.py {' '.join(args)} failed:\n{Path(log).read_text()[-4000:]}", pytrace=False)


def build(directory):
    """Migrations, demo content and an admin account in a fresh SQLite file; static
    files collected (hashed and compressed, as in production) at the same time."""
    directory.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(16)
    env = production_env(directory, f"sqlite:///{directory / 'db.sqlite3'}")
    log = directory / "build.log"
    with open(directory / "collectstatic.log", "wb") as out:
        collectstatic = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        run_manage(["migrate", "--noinput", "-v0"], env, log)
        # "=": a random password may begin with "-", which argparse would take for an option.
        run_manage(["load_demo_content", "-v0", f"--admin-password={password}"], env, log)
    except BaseException:
        collectstatic.kill()
        collectstatic.wait()
        raise
    if collectstatic.wait():
        pytest.fail(f"collectstatic failed:\n{(directory / 'collectstatic.log').read_text()[-4000:]}")
    (directory / "admin-password").write_text(password)
    (directory / "ready").touch()


@pytest.fixture(scope="session")
def portal_build(tmp_path_factory):
    """The built site, once for all the workers of this run."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's directory, common to every xdist worker
    directory = shared / "portal-build"
    with open(shared / "portal-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not (directory / "ready").exists():
                shutil.rmtree(directory, ignore_errors=True)
                build(directory)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return directory


@pytest.fixture(scope="session")
def portal(portal_build, tmp_path_factory):
    """gunicorn (2 workers) serving this worker's copy of the database, on a free port of
    127.0.0.1 (devtools.live_server.gunicorn)."""
    directory = tmp_path_factory.mktemp("portal")
    for name in ("db.sqlite3", "db.sqlite3-wal", "db.sqlite3-shm"):
        if (portal_build / name).exists():
            shutil.copy(portal_build / name, directory / name)
    (directory / "media").mkdir()
    env = production_env(directory, f"sqlite:///{directory / 'db.sqlite3'}")
    env["STATIC_ROOT"] = str(portal_build / "static")
    with gunicorn(env, directory) as base_url:
        yield Portal(base_url, "admin", (portal_build / "admin-password").read_text(), env)


# Playwright's synchronous API keeps an asyncio loop running in this thread while it is
# started, and Django refuses database access from a thread with a running loop. Package
# scope stops Playwright as soon as this worker leaves tests/browser/, before it runs
# database tests again.
@pytest.fixture(scope="package")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def new_context(browser, portal, viewport=PHONE, **options):
    context = browser.new_context(
        base_url=portal.base_url, viewport=viewport, locale="fr-FR", accept_downloads=True, **options
    )
    context.set_default_timeout(15_000)
    return context


@pytest.fixture
def context(browser, portal):
    """A fresh visitor on a phone: no cookie, empty cache."""
    context = new_context(browser, portal)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def laptop_context(browser, portal):
    """An editor's laptop. The Wagtail admin checks for new releases on the Internet:
    such requests are stopped here, the suite needs no network."""
    context = new_context(browser, portal, viewport=LAPTOP)
    context.route(re.compile(r"^(?!https?://127\.0\.0\.1[:/])[a-z]+://"), lambda route: route.abort())
    yield context
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test leaves a screenshot of each of its pages in test-results/browser/."""
    report = yield
    if report.when == "call" and report.failed:
        contexts = [value for value in item.funcargs.values() if isinstance(value, BrowserContext)]
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid.split("::", 1)[-1])
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        saved = []
        for context in contexts:
            for open_page in context.pages:
                path = SCREENSHOTS / f"{name}-{len(saved) + 1}.png"
                try:
                    open_page.screenshot(path=path, full_page=True)
                except Exception as error:  # a crashed page must not hide the test's own failure
                    report.sections.append(("screenshot", f"{open_page.url}: {error}"))
                    continue
                saved.append(f"{open_page.url} -> {path.relative_to(ROOT)}")
        if saved:
            report.sections.append(("screenshots", "\n".join(saved)))
    return report
