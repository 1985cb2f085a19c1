"""Whether the process of a running sync is still alive.

The `SyncRun` row of a running sync says *that* a run holds the sync's lock; it cannot say
whether the process behind it still exists: after `kill -9`, an out-of-memory kill or a
reboot, nothing is left to mark the row finished. So each running sync also holds a lock
that the operating system or the database server releases by itself when the process
dies, however it dies:

- PostgreSQL: a session-level advisory lock, on a connection of its own (the server
  releases it when that connection goes away);
- SQLite: an exclusive `flock` on a small file beside the database file (the kernel
  releases it when the process's files are closed; SQLite works on one machine only, so
  every process that can open the database can see the file).

Each run locks a random key, stored in its row (`SyncRun.lock_key`): anyone can then ask
whether the process of a given run is still there (`holder_gone`) by trying that key.
Other databases get no such lock (`for_this_database` returns None); the heartbeat alone
then tells a dead run from a live one."""

import errno
import fcntl
import os
import secrets
import socket
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

# Keys are positive signed 64-bit integers (PostgreSQL's bigint).
KEY_BITS = 62


def new_key():
    return secrets.randbits(KEY_BITS) + 1


def host_label():
    """Where a run runs, for the admin: which machine and process to look at."""
    return f"{socket.gethostname()}, pid {os.getpid()}"[:255]


def _connection():
    return connections[DEFAULT_DB_ALIAS]


def for_this_database(key):
    """A lock on `key` for the database the sync writes to, not taken yet; None where the
    database offers none."""
    vendor = _connection().vendor
    if vendor == "postgresql":
        return AdvisoryLock(key)
    if vendor == "sqlite":
        return FileLock(key)
    return None


def holder_gone(key):
    """True when the process that locked `key` is gone; False when it is alive or when
    this database cannot tell (no key, or no lock of this kind)."""
    if not key:
        return False
    lock = for_this_database(key)
    if lock is None:
        return False
    return lock.probe()


class AdvisoryLock:
    def __init__(self, key):
        self.key = key
        self.connection = None

    def acquire(self):
        # A connection of its own: the sync's connection may be closed and opened again
        # (a worker does so between tasks), which would drop a lock taken on it.
        self.connection = connections.create_connection(DEFAULT_DB_ALIAS)
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [self.key])
            taken = cursor.fetchone()[0]
        if not taken:
            self.release()
        return taken

    def release(self):
        if self.connection is not None:
            # Ending the session releases its advisory locks.
            self.connection.close()
            self.connection = None

    def probe(self):
        with _connection().cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [self.key])
            free = cursor.fetchone()[0]
            if free:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [self.key])
        return free


def lock_directory():
    """OPENAGENDA_LOCK_DIR, else the folder of the SQLite database (a database in memory,
    as in tests, is seen by one process only: the temporary folder does)."""
    configured = getattr(settings, "OPENAGENDA_LOCK_DIR", "")
    if configured:
        return Path(configured)
    connection = _connection()
    if connection.is_in_memory_db():
        return Path(tempfile.gettempdir())
    return Path(connection.settings_dict["NAME"]).resolve().parent


class FileLock:
    def __init__(self, key):
        self.key = key
        self.fd = None

    @property
    def path(self):
        return lock_directory() / f".openagenda-sync-{self.key}.lock"

    def _try(self):
        """The file's descriptor, locked; None when another process holds the lock."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(fd)
            if error.errno in (errno.EWOULDBLOCK, errno.EACCES):
                return None
            raise
        return fd

    def acquire(self):
        self.fd = self._try()
        return self.fd is not None

    def release(self):
        if self.fd is not None:
            # Removed while still locked, so that no one takes a lock on a file that is
            # about to disappear.
            self.path.unlink(missing_ok=True)
            os.close(self.fd)
            self.fd = None

    def probe(self):
        if not self.path.exists():
            return True  # its run released it, or it never got that far
        fd = self._try()
        if fd is None:
            return False
        self.fd = fd
        self.release()  # the dead run's file goes too
        return True
