"""The download report in the admin: downloads per publication and month."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .models import DownloadCount, PublicationPage

MONTHS_SHOWN = 12


def can_see_downloads(user):
    return user.is_active and user.has_perm("studies.view_downloadcount")


def download_rows():
    """(month, publication title or document title, downloads), newest month first."""
    counts = list(DownloadCount.objects.select_related("document").order_by("-month", "-downloads"))
    months = sorted({count.month for count in counts}, reverse=True)[:MONTHS_SHOWN]
    titles = dict(
        PublicationPage.objects.filter(
            document_id__in={count.document_id for count in counts}, locale__language_code="fr"
        ).values_list("document_id", "title")
    )
    return [
        (count.month, titles.get(count.document_id, count.document.title), count.downloads)
        for count in counts
        if count.month in months
    ]


def downloads_report(request):
    if not can_see_downloads(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "studies/admin/downloads.html",
        {
            "rows": download_rows(),
            "header_title": _("Publication downloads"),
            "page_title": _("Publication downloads"),
        },
    )
