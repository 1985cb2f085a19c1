from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from django.conf import settings
        from PIL import Image

        from . import page_cache

        # Pillow warns beyond this many pixels and refuses twice as many: no decompression bomb
        # is decoded, whoever opens the image (upload checks, renditions).
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

        page_cache.connect()
