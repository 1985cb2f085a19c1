"""A throw-away portal for the front-end and load benchmarks, served as in production:
`portal.settings.production`, gunicorn, static files collected (hashed and compressed)
and served by whitenoise, the demo content; on SQLite or on a throw-away PostgreSQL
cluster. Nothing here touches the development database."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"
PGBIN = Path(os.environ.get("PGBIN", "/usr/lib/postgresql/15/bin"))
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless=new",
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


def run(command, log, **options):
    with open(log, "ab") as out:
        out.write(f"$ {' '.join(str(part) for part in command)}\n".encode())
        out.flush()
        process = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, **options)
    if process.returncode:
        sys.exit(f"failed: {' '.join(str(part) for part in command)}\n{Path(log).read_text()[-3000:]}")


def build(directory, env, activities=0):
    """Migrations, demo content and `activities` generated ones; static files collected
    at the same time."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "media").mkdir(exist_ok=True)
    log = directory / "build.log"
    manage = [sys.executable, "manage.py"]
    started = time.perf_counter()
    with open(directory / "collectstatic.log", "wb") as out:
        collectstatic = subprocess.Popen(
            [*manage, "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        run([*manage, "migrate", "--noinput", "-v0"], log, cwd=ROOT, env=env)
        run([*manage, "load_demo_content", "-v0"], log, cwd=ROOT, env=env)
        if activities:
            run([*manage, "generate_activities", str(activities)], log, cwd=ROOT, env=env)
    except BaseException:
        collectstatic.kill()
        collectstatic.wait()
        raise
    if collectstatic.wait():
        sys.exit(f"collectstatic failed:\n{(directory / 'collectstatic.log').read_text()[-3000:]}")
    print(f"site built in {time.perf_counter() - started:.0f} s ({directory})", flush=True)


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


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def postgres_cluster():
    """A PostgreSQL cluster of its own on 127.0.0.1 (as .ci/run starts one), removed on
    exit; yields the DATABASE_URL of an empty database. As root, the server runs as the
    `postgres` system user, which refuses to run as root."""
    directory = Path(tempfile.mkdtemp(prefix="sortir-bench-pg."))
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_postgres:
        shutil.chown(directory, "postgres", "postgres")
    data, log, port = directory / "data", directory / "setup.log", free_port()
    server_options = (
        f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    )
    try:
        run([*as_postgres, PGBIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8"], log)
        run(
            [*as_postgres, PGBIN / "pg_ctl", "-D", data, "-o", server_options, "-l", directory / "server.log"]
            + ["-w", "start"],
            log,
        )
        try:
            run([PGBIN / "createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "sortir"], log)
            yield f"postgres://postgres@127.0.0.1:{port}/sortir"
        finally:
            run([*as_postgres, PGBIN / "pg_ctl", "-D", data, "-m", "immediate", "stop"], log)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
