"""A throw-away portal for the front-end and load benchmarks, served as in production:
`portal.settings.production`, gunicorn, static files collected (hashed and compressed)
and served by whitenoise, the demo content; on SQLite or on a throw-away PostgreSQL
cluster. Nothing here touches the development database."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"
PGBIN = Path(os.environ.get("PGBIN", "/usr/lib/postgresql/15/bin"))


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
