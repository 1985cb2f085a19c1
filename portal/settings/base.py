"""Settings shared by every environment. Everything that differs per deployment comes
from the environment (12-factor); with nothing set the portal runs on SQLite."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "theme",
    "pages",
    "activities",
    "openagenda",
    "centres",
    "studies",
    "campaigns",
    "sitesearch",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_tasks_db",
]

MIDDLEWARE = [
    # An ETag on every page, and a 304 to a browser or proxy revalidating an unchanged one.
    "django.middleware.http.ConditionalGetMiddleware",
    # Stores what the middleware below produced (compressed, with its security headers)…
    "portal.middleware.AnonymousPageCacheUpdate",
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.permissions_policy",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    # …and serves it again before any other work, to visitors without cookies.
    "portal.middleware.AnonymousPageCacheFetch",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Last, as django-axes requires: it answers repeated failed logins.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.site_settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Temporary results (facet counts, sorts) in memory, a larger page cache, the file
    # read through memory mapping (a new connection reads it without copying), and WAL
    # so that readers are not blocked by the sync writing.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824; "
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Storage is SSD: PostgreSQL's default random_page_cost (4, for spinning disks) made
    # the planner read the whole search index table rather than its full-text index.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c random_page_cost=1.1"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the source; English and Arabic are translations.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("ar", "العربية"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "theme" / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploaded media are served by Django only where no web server or object storage does it.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Two shared caches: "default" for computed values (facet counts, menus, rate limits) and
# "pages" for whole anonymous pages (portal.middleware). Without CACHE_URL both live in
# files, shared by every worker of one machine; with CACHE_URL=redis://… in Redis, shared
# by every machine. Publishing anything clears "pages" (portal.page_cache).
CACHE_DIR = Path(os.environ.get("CACHE_DIR", BASE_DIR / ".cache"))
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
if os.environ.get("CACHE_URL", "").startswith(("redis://", "rediss://")):
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
            "KEY_PREFIX": alias,
        }
        for alias in ("default", "pages")
    }
else:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": CACHE_DIR / alias,
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
        for alias in ("default", "pages")
    }
CACHES["pages"]["TIMEOUT"] = PAGE_CACHE_SECONDS
# Rendered activity cards (activities.cards), keyed by what they show so never stale: in
# each process's memory, where reading 20 of them costs less than one network round trip.
CACHES["cards"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "cards",
    "TIMEOUT": 24 * 3600,
    "OPTIONS": {"MAX_ENTRIES": 10_000},
}
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_SECONDS = PAGE_CACHE_SECONDS
CACHE_MIDDLEWARE_KEY_PREFIX = "page"

# Wagtail
WAGTAIL_SITE_NAME = "Sortir !"
# No call home from the admin dashboard (nothing leaves the server but what editors do).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Activity search (search/): the database unless an Elasticsearch cluster is given,
# e.g. ELASTICSEARCH_URL=http://127.0.0.1:9200 (README, "Search backends").
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "sortir")
# light_french on Elasticsearch; "snowball" (French) for servers without it.
ELASTICSEARCH_STEMMER = os.environ.get("ELASTICSEARCH_STEMMER", "light_french")
ELASTICSEARCH_OPTIONS = {}  # keyword arguments of the Elasticsearch client
# Uploads (portal/uploads.py): documents are checked by their content, images by Pillow.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.uploads.CheckedDocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * 1024 * 1024
# 40 megapixels: any photo a camera takes; Pillow refuses to decode beyond it (decompression bombs).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", str(40_000_000)))
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.uploads.CheckedImageForm"
# Restricted documents go through Django so that privacy rules are always checked.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    # The public API is read-only and anonymous: no session or basic auth to document.
    # Every client is then DRF's default unauthenticated user, AnonymousUser, which
    # Wagtail's endpoints ask whether it may see restricted pages, images and documents
    # (it may not: they are left out of the listings).
    "DEFAULT_AUTHENTICATION_CLASSES": [],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Sortir ! API",
    "DESCRIPTION": _("Public API of the Sortir ! portal (Rennes Métropole)."),
    "VERSION": "2",
    "SERVE_INCLUDE_SCHEMA": False,
    # Wagtail's own v2 endpoints are documented by Wagtail; the schema covers ours.
    "PREPROCESSING_HOOKS": ["portal.api.exclude_wagtail_endpoints"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "portal.api.allow_empty_query_values",
    ],
}

# OpenAgenda sync (openagenda/): agenda uids (comma-separated) and the public read key.
OPENAGENDA_AGENDAS = env_list("OPENAGENDA_AGENDAS")
OPENAGENDA_KEY = os.environ.get("OPENAGENDA_KEY", "")
OPENAGENDA_BASE_URL = os.environ.get("OPENAGENDA_BASE_URL", "https://api.openagenda.com/v2")
# How the agenda marks events at the Sortir ! tariff: an additional field's code and/or a keyword.
OPENAGENDA_TARIFF_FIELD = os.environ.get("OPENAGENDA_TARIFF_FIELD", "")
OPENAGENDA_TARIFF_KEYWORD = os.environ.get("OPENAGENDA_TARIFF_KEYWORD", "")
# A run with no sign of life for this long (seconds) is taken as hung, and its lock is
# taken over; a killed run is detected at once (openagenda/lock.py).
OPENAGENDA_STALE_AFTER = int(os.environ.get("OPENAGENDA_STALE_AFTER", "600"))
# SQLite only: where running syncs keep their lock files (default: the database's folder).
OPENAGENDA_LOCK_DIR = os.environ.get("OPENAGENDA_LOCK_DIR", "")

# Background tasks (django-tasks). Wagtail's own run at once ("default"). "Sync now" in
# the admin goes to "openagenda": a queue in the database that the worker
# (`manage.py db_worker --backend openagenda`, a service beside gunicorn) runs, so that a
# sync never runs inside a web request (README, "OpenAgenda sync").
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "openagenda": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Security that holds in every environment, so that tests see what production does.
# Public pages run no inline script and load nothing from elsewhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # As X-Frame-Options: DENY. Wagtail's preview panel frames its previews in the
        # admin, and those responses only (SAMEORIGIN) get 'self' (portal.middleware).
        "frame-ancestors": ["'none'"],
    },
}
# The admin loads nothing from elsewhere either (no Gravatar), plugins, <base> and
# foreign form targets are refused. Wagtail 8's admin still has inline scripts (listings,
# the page editor) and style attributes, so both need 'unsafe-inline' there; its previews
# are framed (frame-src), its image previews are data: and blob: URLs.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'"],
    },
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
# Admin login: five failures for one account from one address lock that pair out (the
# account stays open from elsewhere) for an hour, counted again from each new attempt.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
AXES_LOCKOUT_TEMPLATE = "portal/lockout.html"
AXES_VERBOSE = False
# Every per-client limit keys on one address, read by portal.addresses.client_address
# behind PROXY_COUNT trusted reverse proxies.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "portal.addresses.client_address"
RATELIMIT_IP_META_KEY = "portal.addresses.client_address"
# Rate limits per client address (requests per minute), for the search page and the API.
RATE_LIMIT_SEARCH = os.environ.get("RATE_LIMIT_SEARCH", "120/m")
RATE_LIMIT_API = os.environ.get("RATE_LIMIT_API", "300/min")
RATE_LIMIT_FORMS = os.environ.get("RATE_LIMIT_FORMS", "5/h")

# Outgoing mail (the "become a partner" form): an SMTP server given by the environment.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
RATELIMIT_VIEW = "portal.views.rate_limited"
REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"] = ["portal.addresses.ClientAddressThrottle"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Background-task and page-action chatter: one line per save otherwise.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
