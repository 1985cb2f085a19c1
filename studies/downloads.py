"""Download counts: one row per document and month, incremented in the database. Nothing
about the visitor is kept (no address, cookie or user agent)."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from centres.hours import PARIS


def count_download(sender, instance, request=None, **kwargs):
    record_download(instance.pk)


def record_download(document_id, when=None):
    from .models import DownloadCount

    month = (when or timezone.now()).astimezone(PARIS).date().replace(day=1)
    rows = DownloadCount.objects.filter(document_id=document_id, month=month)
    if rows.update(downloads=F("downloads") + 1):
        return
    try:
        with transaction.atomic():
            DownloadCount.objects.create(document_id=document_id, month=month, downloads=1)
    except IntegrityError:
        # Another request created the row between our update and our insert.
        rows.update(downloads=F("downloads") + 1)
