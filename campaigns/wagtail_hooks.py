from django.db.models import Sum
from django.db.models.functions import Coalesce
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import can_see_scans, scans_overview, scans_report
from .models import QrCampaign


class QrCampaignViewSet(SnippetViewSet):
    model = QrCampaign
    icon = "link"
    menu_label = _("QR campaigns")
    menu_order = 850
    add_to_admin_menu = True
    list_display = [
        TitleColumn("label", label=_("label"), url_name="wagtailsnippets_campaigns_qrcampaign:edit"),
        "slug",
        "target",
        Column("locale", label=_("language")),
        "starts_on",
        "ends_on",
        BooleanColumn("active", label=_("active"), accessor="is_active"),
        TitleColumn(
            "scan_total",
            label=_("scans"),
            get_url=lambda campaign: reverse("campaigns_scans", args=[campaign.pk]),
        ),
    ]
    list_filter = ["target", "locale"]
    search_fields = ["label", "slug"]

    def get_queryset(self, request):
        return QrCampaign.objects.select_related("locale").annotate(
            scan_total=Coalesce(Sum("scans__count"), 0)
        )


register_snippet(QrCampaignViewSet)


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("reports/qr-scans/", scans_overview, name="campaigns_scans_overview"),
        path("reports/qr-scans/<int:pk>/", scans_report, name="campaigns_scans"),
    ]


class ScansMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_scans(request.user)


@hooks.register("register_reports_menu_item")
def register_scans_report():
    return ScansMenuItem(
        _("QR code scans"),
        reverse("campaigns_scans_overview"),
        name="qr-scans",
        icon_name="link",
        order=910,
    )
