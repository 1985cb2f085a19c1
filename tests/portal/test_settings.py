import json
import os
import re
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy(tmp_path):
    # On a database that does not exist yet, as on a server before its first migrate.
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="sortir.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {"DJANGO_SETTINGS_MODULE": "portal.settings.production", "SECRET_KEY": ""}
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_database_url_selects_postgresql():
    code = (
        "import django; django.setup();"
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": "postgres://sortir:pw@127.0.0.1:5432/sortir",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "django.db.backends.postgresql", result.stderr


@pytest.mark.django_db
def test_healthz_reports_database_and_search(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "search": {"backend": "database", "status": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


HEALTHZ = (
    "import django; django.setup();"
    "from django.test.utils import setup_test_environment; setup_test_environment();"
    "from django.test import Client; r = Client().get('/healthz');"
    "print(r.status_code, r.content.decode())"
)


def healthz_on(database_url):
    """/healthz in a process of its own, on the database the URL names."""
    result = subprocess.run(
        [sys.executable, "-c", HEALTHZ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    status, _, body = result.stdout.strip().partition(" ")
    assert status, result.stderr
    return int(status), json.loads(body)


def test_healthz_fails_when_the_sqlite_file_is_missing_and_creates_none(tmp_path):
    path = tmp_path / "gone.sqlite3"
    status, body = healthz_on(f"sqlite:///{path}")
    assert (status, body["status"], body["database"]) == (503, "error", "missing")
    assert not path.exists()


def test_healthz_fails_on_a_database_without_migrations(tmp_path):
    path = tmp_path / "empty.sqlite3"
    sqlite3.connect(path).close()
    status, body = healthz_on(f"sqlite:///{path}")
    assert (status, body["status"], body["database"]) == (503, "error", "not migrated")


def test_healthz_fails_when_the_database_server_does_not_answer():
    # Port 9 (discard) on the loopback interface: nothing listens there.
    status, body = healthz_on("postgres://sortir:pw@127.0.0.1:9/sortir")
    assert (status, body["status"], body["database"]) == (503, "error", "unreachable")


@pytest.mark.django_db
def test_healthz_reports_a_search_index_that_does_not_answer(client):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TABLE portal_search_indexentry_fts")
        else:
            cursor.execute("DROP TEXT SEARCH CONFIGURATION sortir_french CASCADE")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": "ok",
        "search": {"backend": "database", "status": "error"},
    }


def test_every_variable_the_settings_read_is_in_the_readme():
    reads = re.compile(r'(?:env_bool|env_list|environ\.get|environ)[(\[]"([A-Z_]+)"')
    read = set()
    for path in (ROOT / "portal" / "settings").glob("*.py"):
        read |= set(reads.findall(path.read_text()))
    readme = (ROOT / "README.md").read_text()
    table = readme[readme.index("## Configuration") :].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([A-Z][A-Z_]+)`", table))
    assert read - documented == set()
