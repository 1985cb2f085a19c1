from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
# `make run` starts no task worker: "sync now" runs in the request unless one is started
# (OPENAGENDA_WORKER=true and `manage.py db_worker --backend openagenda`).
if not env_bool("OPENAGENDA_WORKER", False):
    TASKS["openagenda"] = {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}  # noqa: F405
