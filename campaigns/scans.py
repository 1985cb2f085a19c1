"""Counting a scan: one statement that inserts the day's row or adds one to it.

`INSERT … ON CONFLICT (campaign_id, day) DO UPDATE SET count = count + 1` is atomic on
SQLite and PostgreSQL: concurrent scans are all counted, and none waits for more than the
row it increments (no table lock, no read-then-write). Nothing about the visitor is
written: the campaign, the day, a number."""

from django.db import connection
from django.utils import timezone

from .models import ScanCount


def record_scan(campaign_id, day=None):
    day = day or timezone.localdate()
    table = connection.ops.quote_name(ScanCount._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (campaign_id, day, count) VALUES (%s, %s, 1) "
            f"ON CONFLICT (campaign_id, day) DO UPDATE SET count = {table}.count + 1",
            [campaign_id, connection.ops.adapt_datefield_value(day)],
        )
