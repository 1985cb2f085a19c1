"""A version that cache keys of derived data include (menus, facet counts): bumping it
makes every such entry stale at once, on every worker that shares the cache, without
knowing the keys. A version is a random token, never a count: a version culled from the
cache and started again could otherwise come back to an old number, and its old entries
with it."""

import secrets

from django.core.cache import cache


def new_token():
    return secrets.token_hex(8)


class CacheVersion:
    def __init__(self, key):
        self.key = key
        self._memo = (None, None)

    def current(self):
        return cache.get_or_set(self.key, new_token, None)

    def bump(self):
        cache.set(self.key, new_token(), None)

    def memo(self, build):
        """What `build()` gives, built once per version in each process (for data that
        every request reads, where unpickling it from the shared cache costs more)."""
        version = self.current()
        built_at, value = self._memo
        if built_at != version:
            value = build()
            self._memo = (version, value)
        return value
