"""The portal served as in production, on this machine: `portal.settings.production`,
gunicorn on a free port of 127.0.0.1, files and caches in a folder of its own; and the
flags Chromium needs to run headless here without reaching the network."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# $CHROMIUM, else the one on the PATH; None lets Playwright start its own build.
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
# As root, and with no traffic but the page's own (no updates, sync or QUIC probes).
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def production_env(directory, database_url, **extra):
    """The environment of a production deployment on this machine, minus TLS: served over
    plain http on 127.0.0.1, which Chromium treats as a secure context (so the Secure
    session and CSRF cookies still work). Files and caches stay in `directory`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DEBUG"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        SERVE_MEDIA="true",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(directory / "static"),
        MEDIA_ROOT=str(directory / "media"),
        CACHE_DIR=str(directory / "cache"),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@contextmanager
def gunicorn(env, directory, workers=2):
    """gunicorn on a free port of 127.0.0.1; yields its base URL once /healthz answers."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=2048)
    listener.set_inheritable(True)
    base_url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    with open(directory / "gunicorn.log", "ab") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi",
                f"--bind=fd://{listener.fileno()}",
                f"--workers={workers}",
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=dict(env, WAGTAILADMIN_BASE_URL=base_url),
            pass_fds=[listener.fileno()],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        listener.close()  # gunicorn holds it now: if it dies, connections are refused at once
        try:
            try:
                with urllib.request.urlopen(f"{base_url}/healthz", timeout=120) as response:
                    assert response.status == 200
            except Exception as error:
                log.flush()
                tail = (directory / "gunicorn.log").read_text()[-4000:]
                raise RuntimeError(f"gunicorn did not start ({error}):\n{tail}") from error
            yield base_url
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
