from django.apps import AppConfig


class ThemeConfig(AppConfig):
    name = "theme"
    verbose_name = "Theme"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .menus import forget_menus

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(forget_menus, dispatch_uid=f"menus-{signal}")
        post_delete.connect(forget_menus, sender=Page, dispatch_uid="menus-page-delete")
