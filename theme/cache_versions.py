"""A version number that cache keys of derived data include (menus, facet counts): bumping
it makes every such entry stale at once, on every worker that shares the cache, without
knowing the keys."""

from django.core.cache import cache


class CacheVersion:
    def __init__(self, key):
        self.key = key

    def current(self):
        return cache.get_or_set(self.key, 1, None)

    def bump(self):
        try:
            cache.incr(self.key)
        except ValueError:  # not in the cache (yet, or any more): any new number will do
            cache.set(self.key, 1, None)
