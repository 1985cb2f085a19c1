"""Event images, downloaded once into Wagtail images (which make the responsive renditions
of the site). An image is re-used while its source URL stays the same, and a broken one is
skipped with a warning: an activity without an image is better than no activity."""

import hashlib
import io
import logging
import posixpath
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.images import get_image_model

from activities.models import Activity

from .client import USER_AGENT, retrying_session

logger = logging.getLogger(__name__)

DEFAULT_MAX_SIZE = 10 * 1024 * 1024
FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


class BrokenImage(Exception):
    pass


class ImageStore:
    def __init__(self, timeout=20.0, warn=None, session=None):
        self.timeout = timeout
        self.warn = warn or (lambda message, uid=None: None)
        self.ids = {}  # source URL → Wagtail image id, or None when broken in this run
        # A session of its own, retrying as the API's does: the API key must never be sent
        # to the image hosts.
        self.session = session or retrying_session(attempts=3)
        self.session.headers["User-Agent"] = USER_AGENT
        self.downloads = 0

    def remember(self, urls):
        """Look up, in one query, the images already downloaded for these URLs."""
        missing = {url for url in urls if url and url not in self.ids}
        if not missing:
            return
        known = (
            Activity.objects.filter(source_image_url__in=missing, image__isnull=False)
            .values_list("source_image_url", "image_id")
            .distinct()
        )
        self.ids.update(dict(known))

    def known_id(self, url):
        return self.ids.get(url)

    def image_id(self, url, title, uid=None):
        """The Wagtail image for a URL, downloaded if it is new; None if it is broken."""
        if not url:
            return None
        if url not in self.ids:
            self.remember([url])
        if url not in self.ids:
            try:
                self.ids[url] = self._download(url, title)
            except BrokenImage as exc:
                self.warn(_("image %(url)s skipped: %(reason)s") % {"url": url, "reason": exc}, uid)
                logger.warning("OpenAgenda image %s skipped: %s", url, exc)
                self.ids[url] = None
        return self.ids[url]

    def _download(self, url, title):
        max_size = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", DEFAULT_MAX_SIZE) or DEFAULT_MAX_SIZE
        self.downloads += 1
        try:
            with self.session.get(url, timeout=(self.timeout, self.timeout), stream=True) as response:
                if response.status_code != 200:
                    raise BrokenImage(f"HTTP {response.status_code}")
                buffer = io.BytesIO()
                for chunk in response.iter_content(64 * 1024):
                    buffer.write(chunk)
                    if buffer.tell() > max_size:
                        raise BrokenImage(_("larger than %(size)d MB") % {"size": max_size // (1024 * 1024)})
        except requests.RequestException as exc:
            raise BrokenImage(type(exc).__name__) from exc
        data = buffer.getvalue()
        try:
            with PILImage.open(io.BytesIO(data)) as probe:
                image_format = probe.format
                probe.verify()
        except Exception as exc:  # Pillow raises many kinds of errors on bad files
            raise BrokenImage(_("not a readable image")) from exc
        if image_format not in FORMATS:
            raise BrokenImage(_("unsupported format %(format)s") % {"format": image_format})
        Image = get_image_model()
        # The same picture under another URL (or left by an interrupted run) is re-used.
        digest = hashlib.sha1(data).hexdigest()
        existing = Image.objects.filter(file_hash=digest).values_list("pk", flat=True).first()
        if existing:
            return existing
        image = Image(
            title=(title or "OpenAgenda")[:255],
            file=ImageFile(io.BytesIO(data), name=_filename(url, image_format)),
        )
        image._set_image_file_metadata()
        image.save()
        return image.pk


def _filename(url, image_format):
    name = posixpath.basename(urlsplit(url).path) or "openagenda"
    stem = posixpath.splitext(name)[0][:80] or "openagenda"
    return f"{stem}.{FORMATS[image_format]}"
