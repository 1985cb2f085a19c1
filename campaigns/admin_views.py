"""The admin's reports of scans: totals per campaign, and one campaign's scans per day as
a bar chart (drawn here as SVG, no script) with the same figures in a table."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import QrCampaign

CHART_DAYS = 60
CHART_WIDTH, CHART_HEIGHT = 720, 180


def can_see_scans(user):
    return user.is_active and (
        user.has_perm("campaigns.view_qrcampaign") or user.has_perm("campaigns.change_qrcampaign")
    )


def scans_overview(request):
    if not can_see_scans(request.user):
        raise PermissionDenied
    campaigns = QrCampaign.objects.select_related("locale").annotate(
        scan_total=Coalesce(Sum("scans__count"), 0), last_scan=Max("scans__day")
    )
    return TemplateResponse(
        request,
        "campaigns/admin/overview.html",
        {"campaigns": campaigns, "header_title": _("QR code scans"), "page_title": _("QR code scans")},
    )


def daily_series(campaign, days=CHART_DAYS):
    """(day, scans) for every day of the last `days` days of the campaign that had scans,
    days without scans included as 0, oldest first."""
    counts = dict(campaign.scans.values_list("day", "count"))
    if not counts:
        return []
    last = max(counts)
    first = max(min(counts), last - timedelta(days=days - 1))
    return [
        (first + timedelta(n), counts.get(first + timedelta(n), 0)) for n in range((last - first).days + 1)
    ]


def bars(series):
    """The chart's bars: x, y, width and height in the SVG's own units."""
    if not series:
        return []
    top = max(count for _day, count in series) or 1
    width = CHART_WIDTH / len(series)
    result = []
    for index, (day, count) in enumerate(series):
        height = round(count / top * (CHART_HEIGHT - 20), 1)
        result.append(
            {
                "day": day,
                "count": count,
                "x": round(index * width + width * 0.1, 1),
                "width": round(width * 0.8, 1),
                "y": round(CHART_HEIGHT - height, 1),
                "height": height,
            }
        )
    return result


def scans_report(request, pk):
    if not can_see_scans(request.user):
        raise PermissionDenied
    campaign = get_object_or_404(QrCampaign.objects.select_related("locale"), pk=pk)
    series = daily_series(campaign)
    title = _("Scans: %(label)s") % {"label": campaign.label}
    return TemplateResponse(
        request,
        "campaigns/admin/scans.html",
        {
            "campaign": campaign,
            "total": campaign.total_scans(),
            "series": series,
            "bars": bars(series),
            "chart_width": CHART_WIDTH,
            "chart_height": CHART_HEIGHT,
            "edit_url": reverse("wagtailsnippets_campaigns_qrcampaign:edit", args=[campaign.pk]),
            "header_title": title,
            "page_title": title,
        },
    )
