"""The fault test: a sync killed with SIGKILL in the middle of a page, and the next one
started at once. The killed run's lock is found dead (not waited for), the next run
completes, and the catalogue is what a clean sync of the same data makes.

The syncs are the real command in subprocesses, reading the fake OpenAgenda on 127.0.0.1,
each on its own copy of the test database (migrations and demo content): SQLite files, or
PostgreSQL databases on the server of the test database, as the suite runs."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from devtools.fake_openagenda import FakeOpenAgenda, jpeg_bytes

from .payloads import AGENDA, event, image_of

ROOT = Path(__file__).resolve().parents[2]
KEY = "kill-test-key"
# Twelve events served three by page: four pages. The second event of page 2 has an image
# that the server is slow to send: the kill lands there, with page 1 written, page 2 read
# and one of its images already downloaded, and pages 3 and 4 still to come.
UIDS = range(830001, 830013)
STALLED = "/images/e830005.base.jpg"


@pytest.fixture
def databases(db, tmp_path):
    """Two copies of the test database (migrations and demo content, as committed before
    this test) that other processes can open, as DATABASE_URLs."""
    if connection.vendor == "sqlite":
        yield list(_sqlite_copies(tmp_path))
    elif connection.vendor == "postgresql":
        names = [f"{connection.settings_dict['NAME']}_kill_{n}" for n in (1, 2)]
        yield list(_postgresql_copies(names, tmp_path))
        with connection._nodb_cursor() as cursor:
            for name in names:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    else:
        pytest.fail(f"no copy of a {connection.vendor} database for other processes")


def _sqlite_copies(tmp_path):
    connection.ensure_connection()
    for n in (1, 2):
        path = tmp_path / f"copy{n}.sqlite3"
        copy = sqlite3.connect(path)
        connection.connection.backup(copy)
        copy.close()
        yield f"sqlite:///{path}"


def _pg_tool(name):
    found = shutil.which(
        name, path=f"{os.environ.get('PGBIN', '/usr/lib/postgresql/15/bin')}:{os.environ['PATH']}"
    )
    if found is None:
        pytest.fail(f"{name} (PostgreSQL's client tools) is needed to copy the test database")
    return found


def _postgresql_copies(names, tmp_path):
    settings = connection.settings_dict
    env = {
        **os.environ,
        "PGHOST": settings["HOST"] or "127.0.0.1",
        "PGPORT": str(settings["PORT"] or 5432),
        "PGUSER": settings["USER"],
        "PGPASSWORD": settings["PASSWORD"],
    }
    # The test's own session holds the test database open (its transaction), which rules
    # out CREATE DATABASE … TEMPLATE: a dump of what is committed is restored instead.
    dump = tmp_path / "test-database.dump"
    subprocess.run(
        [_pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={dump}", settings["NAME"]],
        env=env,
        check=True,
        timeout=300,
    )
    with connection._nodb_cursor() as cursor:
        for name in names:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
    for name in names:
        subprocess.run(
            [_pg_tool("pg_restore"), "--no-owner", f"--dbname={name}", str(dump)],
            env=env,
            check=True,
            timeout=300,
        )
        yield f"postgres://{env['PGUSER']}:{env['PGPASSWORD']}@{env['PGHOST']}:{env['PGPORT']}/{name}"


@pytest.fixture
def openagenda():
    fake = FakeOpenAgenda(key=KEY, page_limit=3).start()
    base = f"{fake.root_url}/images/"
    events = []
    for index, uid in enumerate(UIDS):
        fake.add_image(f"/images/e{uid}.base.jpg", jpeg_bytes(color=(20 * index, 90, 160)))
        events.append(
            event(
                uid,
                title=f"Atelier {index}",
                minutes_ago=60 - index,
                image=image_of(base, f"e{uid}.base.jpg"),
            )
        )
    fake.add_agenda(AGENDA, events=events)
    yield fake
    fake.stop()


def environment(database_url):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url,
        "OPENAGENDA_AGENDAS": AGENDA,
        "OPENAGENDA_KEY": KEY,
        "PYTHONUNBUFFERED": "1",
    }


def sync(database_url, fake):
    return subprocess.run(
        [sys.executable, "manage.py", "sync_openagenda", "--base-url", fake.base_url],
        cwd=ROOT,
        env=environment(database_url),
        capture_output=True,
        text=True,
        timeout=300,
    )


def python(database_url, *arguments):
    """The output of `python *arguments` run on a database; the test fails if it does."""
    result = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=environment(database_url),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def state(database_url):
    """The catalogue and the runs of a database (catalogue.py)."""
    return json.loads(python(database_url, "-m", "tests.openagenda.catalogue"))


def wait_for_request(fake, path, process):
    deadline = time.monotonic() + 240  # a guard against a hang, not a measure
    while not any(request.path == path for request in fake.requests):
        if process.poll() is not None:
            pytest.fail(f"the sync ended before it reached {path}: {process.stdout.read()}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the sync never reached {path}")
        time.sleep(0.05)


def synced_events(catalogue):
    return {row["source_uid"] for row in catalogue["activities"] if row["source"] == "openagenda"}


def test_a_sync_killed_mid_page_is_followed_at_once_by_one_that_completes_as_a_clean_one(
    databases, openagenda
):
    killed_db, clean_db = databases
    clean = sync(clean_db, openagenda)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    openagenda.requests.clear()
    image = jpeg_bytes(color=(80, 90, 160))
    openagenda.fail(status=200, body=image, headers={"Content-Type": "image/jpeg"}, delay=30, match=STALLED)

    process = subprocess.Popen(
        [sys.executable, "manage.py", "sync_openagenda", "--base-url", openagenda.base_url],
        cwd=ROOT,
        env=environment(killed_db),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    wait_for_request(openagenda, STALLED, process)
    process.send_signal(signal.SIGKILL)
    process.wait()

    after_kill = state(killed_db)
    # What kill -9 leaves: a run marked running, with one page applied and no process.
    assert [(run["outcome"], run["pages"]) for run in after_kill["runs"]] == [("running", 1)]
    assert len(synced_events(after_kill["catalogue"])) == 3

    rerun = sync(killed_db, openagenda)

    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    final = state(killed_db)
    killed, completed = final["runs"]
    assert (killed["outcome"], killed["pages"]) == ("interrupted", 1)
    assert (completed["outcome"], completed["pages"]) == ("success", 4)
    expected = state(clean_db)["catalogue"]
    assert len(synced_events(expected)) == 12
    assert final["catalogue"] == expected
