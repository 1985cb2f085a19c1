"""The sync's settings, read with defaults so that the portal runs without any of them.
Deployments set them from the environment in portal/settings (the list is in
openagenda/__init__.py)."""

import os
from dataclasses import dataclass, field

from django.conf import settings

DEFAULT_BASE_URL = "https://api.openagenda.com/v2"


def _agendas(value):
    if isinstance(value, str):
        value = value.split(",")
    return [str(item).strip() for item in value or [] if str(item).strip()]


@dataclass(frozen=True)
class SyncConfig:
    agendas: list = field(default_factory=list)
    key: str = ""
    base_url: str = DEFAULT_BASE_URL
    # HTTP: (connect, read) timeout in seconds, attempts per request, backoff between them.
    timeout: float = 30.0
    attempts: int = 5
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    page_size: int = 300
    # Incremental runs read what changed since the start of the last good run, minus this
    # margin (seconds): the filter is `updatedAt >= …` and upserts are idempotent.
    overlap: int = 300
    # A run that has not reported progress for this long (seconds) is taken as hung, and
    # its lock is taken over. It must exceed the longest page (retries, image downloads);
    # a killed run is found at once, by its liveness lock (lock.py), not by this delay.
    stale_after: int = 600
    # How the agenda marks events at the Sortir ! tariff: the code of an additional field
    # of its schema and/or a keyword. With neither set, every event of the agenda is in.
    tariff_field: str = ""
    tariff_keyword: str = ""
    download_images: bool = True
    image_timeout: float = 20.0

    @classmethod
    def from_settings(cls, **overrides):
        values = {
            # Until the settings define them, the environment does (12-factor, as they would).
            "agendas": _agendas(
                getattr(settings, "OPENAGENDA_AGENDAS", os.environ.get("OPENAGENDA_AGENDAS", ""))
            ),
            "key": getattr(settings, "OPENAGENDA_KEY", os.environ.get("OPENAGENDA_KEY", "")) or "",
            "base_url": getattr(settings, "OPENAGENDA_BASE_URL", os.environ.get("OPENAGENDA_BASE_URL", ""))
            or DEFAULT_BASE_URL,
            "timeout": float(getattr(settings, "OPENAGENDA_TIMEOUT", cls.timeout)),
            "attempts": int(getattr(settings, "OPENAGENDA_ATTEMPTS", cls.attempts)),
            "backoff_base": float(getattr(settings, "OPENAGENDA_BACKOFF", cls.backoff_base)),
            "backoff_max": float(getattr(settings, "OPENAGENDA_BACKOFF_MAX", cls.backoff_max)),
            "page_size": int(getattr(settings, "OPENAGENDA_PAGE_SIZE", cls.page_size)),
            "overlap": int(getattr(settings, "OPENAGENDA_OVERLAP", cls.overlap)),
            "stale_after": int(getattr(settings, "OPENAGENDA_STALE_AFTER", cls.stale_after)),
            "tariff_field": getattr(settings, "OPENAGENDA_TARIFF_FIELD", "") or "",
            "tariff_keyword": getattr(settings, "OPENAGENDA_TARIFF_KEYWORD", "") or "",
            "download_images": bool(getattr(settings, "OPENAGENDA_DOWNLOAD_IMAGES", True)),
            "image_timeout": float(getattr(settings, "OPENAGENDA_IMAGE_TIMEOUT", cls.image_timeout)),
        }
        values.update({name: value for name, value in overrides.items() if value is not None})
        if "agendas" in overrides and overrides["agendas"] is not None:
            values["agendas"] = _agendas(overrides["agendas"])
        return cls(**values)
