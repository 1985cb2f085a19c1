from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-results" / "media"  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
SERVE_MEDIA = True
CACHES = {
    alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
    for alias in ("default", "pages", "cards")
}
# Tests (and the live server of the browser suite) serve static files without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests exercise the limits on purpose (see tests/portal/test_security.py).
AXES_FAILURE_LIMIT = 3
# The suites choose their search server themselves (tests/search/conftest.py), whatever
# the environment says: ELASTICSEARCH_URL there names the real server to test against.
ELASTICSEARCH_URL = ""
ELASTICSEARCH_STEMMER = "snowball"
