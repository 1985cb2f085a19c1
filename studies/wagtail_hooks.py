from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import can_see_downloads, downloads_report


@hooks.register("register_admin_urls")
def register_urls():
    return [path("reports/downloads/", downloads_report, name="studies_downloads")]


class DownloadsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_downloads(request.user)


@hooks.register("register_reports_menu_item")
def register_downloads_report():
    return DownloadsMenuItem(
        _("Publication downloads"),
        reverse("studies_downloads"),
        name="downloads",
        icon_name="download",
        order=900,
    )


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(content_type__app_label="studies", codename="view_downloadcount")
