from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        from wagtail.signals import page_published

        from .pdf import build_on_publish

        page_published.connect(build_on_publish, dispatch_uid="pages-build-pdf-on-publish")
