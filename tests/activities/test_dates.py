"""The date presets on a fixed clock: every day of the week, including the weekend's own
days, at times near their edges (Europe/Paris)."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from activities.dates import day_range, preset_range

PARIS = ZoneInfo("Europe/Paris")


def at(day, hour=10, minute=0):
    return datetime(2026, 12, day, hour, minute, tzinfo=PARIS)  # 2026-12-07 is a Monday


def midnight(day):
    return at(day, 0)


@pytest.mark.parametrize(
    "now,start,end",
    [
        (at(7), at(7), midnight(8)),  # Monday morning: until midnight
        (at(13, 23, 59), at(13, 23, 59), midnight(14)),  # Sunday, a minute before the end
    ],
)
def test_today_runs_from_now_to_midnight(now, start, end):
    assert preset_range("today", now) == (start, end)


@pytest.mark.parametrize(
    "now,start,end",
    [
        (at(7), midnight(12), midnight(14)),  # Monday: the coming Saturday and Sunday
        (at(11, 18), midnight(12), midnight(14)),  # Friday evening: still the coming one
        (at(12, 15), at(12, 15), midnight(14)),  # Saturday afternoon: from now on
        (at(13, 9), at(13, 9), midnight(14)),  # Sunday morning: what is left of Sunday
        (at(13, 23, 30), at(13, 23, 30), midnight(14)),  # late on Sunday: not next weekend yet
    ],
)
def test_weekend_is_the_current_or_coming_saturday_and_sunday(now, start, end):
    assert preset_range("weekend", now) == (start, end)


@pytest.mark.parametrize(
    "now,end",
    [(at(7), midnight(14)), (at(10), midnight(14)), (at(12), midnight(14)), (at(13, 22), midnight(14))],
)
def test_week_runs_until_the_end_of_sunday(now, end):
    assert preset_range("week", now) == (now, end)


def test_presets_across_the_change_to_summer_time():
    # Sunday 29 March 2026: clocks go from 02:00 to 03:00 in Paris.
    now = datetime(2026, 3, 28, 12, 0, tzinfo=PARIS)
    start, end = preset_range("weekend", now)
    assert (start, end) == (now, datetime(2026, 3, 30, 0, 0, tzinfo=PARIS))
    # 36 hours on the clock, one of which does not exist.
    assert (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 35 * 3600


def test_a_date_range_includes_its_last_day():
    from datetime import date

    start, end = day_range(date(2026, 12, 7), date(2026, 12, 9))
    assert (start.date(), end.date()) == (date(2026, 12, 7), date(2026, 12, 10))
    assert day_range(None, None) == (None, None)
