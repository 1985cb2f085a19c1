from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site
        from wagtail.signals import page_published

        from .context_processors import forget_site_settings
        from .models import SiteSettings
        from .pdf import build_on_publish

        page_published.connect(build_on_publish, dispatch_uid="pages-build-pdf-on-publish")
        for model in (SiteSettings, Site):
            for signal in (post_save, post_delete):
                signal.connect(
                    forget_site_settings, sender=model, dispatch_uid=f"site-settings-{signal}-{model}"
                )
