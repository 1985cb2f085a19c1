"""'Open now / opens on … at …' in Europe/Paris, with a fixed clock: across midnight, a week
boundary, public holidays, exceptions and both daylight-saving changes."""

from datetime import date, datetime, time

import pytest

from centres.hours import PARIS, Exception_, Schedule, Slot, easter_sunday, public_holidays, validate_week

WEEKDAYS_9_TO_17 = [Slot(day, time(9), time(17)) for day in range(5)]
SPLIT_MONDAY = [Slot(0, time(9), time(12, 30)), Slot(0, time(13, 30), time(17, 30))]


def utc(text):
    return datetime.fromisoformat(text + "+00:00")


def paris(text):
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


def test_open_in_a_slot_until_its_end():
    status = Schedule(WEEKDAYS_9_TO_17).status(paris("2025-06-11T10:00"))  # a Wednesday
    assert status.open_now
    assert status.closes_at == paris("2025-06-11T17:00")


def test_closed_at_lunch_opens_after_it():
    status = Schedule(SPLIT_MONDAY).status(paris("2025-06-16T12:45"))
    assert not status.open_now
    assert status.opens_at == paris("2025-06-16T13:30")


def test_the_closing_minute_is_closed():
    status = Schedule(WEEKDAYS_9_TO_17).status(paris("2025-06-11T17:00"))
    assert not status.open_now
    assert status.opens_at == paris("2025-06-12T09:00")


def test_across_midnight_the_next_opening_is_the_next_morning():
    schedule = Schedule(WEEKDAYS_9_TO_17)
    assert schedule.status(paris("2025-06-11T23:59")).opens_at == paris("2025-06-12T09:00")
    assert schedule.status(paris("2025-06-12T00:00")).opens_at == paris("2025-06-12T09:00")


def test_across_the_week_boundary_friday_evening_opens_on_monday():
    status = Schedule(WEEKDAYS_9_TO_17).status(paris("2025-06-13T18:00"))  # Friday
    assert status.opens_at == paris("2025-06-16T09:00")
    sunday = Schedule([Slot(6, time(10), time(12))]).status(paris("2025-06-15T13:00"))
    assert sunday.opens_at == paris("2025-06-22T10:00")


def test_the_clock_is_read_in_paris_whatever_its_zone():
    # 07:30 UTC is 09:30 in Paris in June: open; a naive reading of UTC would say closed.
    assert Schedule(WEEKDAYS_9_TO_17).status(utc("2025-06-11T07:30")).open_now


def test_public_holidays_close_the_site():
    schedule = Schedule(WEEKDAYS_9_TO_17)
    status = schedule.status(paris("2025-07-14T10:00"))  # Monday, Fête nationale
    assert not status.open_now
    assert status.reason == "Fête nationale"
    assert status.opens_at == paris("2025-07-15T09:00")
    # Easter Monday and Whit Monday move with Easter.
    assert not schedule.status(paris("2025-04-21T10:00")).open_now
    assert not schedule.status(paris("2025-06-09T10:00")).open_now


def test_french_public_holidays():
    assert easter_sunday(2025) == date(2025, 4, 20)
    assert easter_sunday(2026) == date(2026, 4, 5)
    holidays = public_holidays(2026)
    assert len(holidays) == 11
    assert holidays[date(2026, 5, 14)] == "Ascension"
    assert holidays[date(2026, 5, 25)] == "Lundi de Pentecôte"


def test_an_exception_closes_a_usual_day_and_another_opens_a_holiday():
    schedule = Schedule(
        WEEKDAYS_9_TO_17,
        [
            Exception_(date(2025, 6, 11), closed=True, label="Inventaire"),
            Exception_(date(2025, 7, 14), closed=False, slots=((time(10), time(12)),)),
        ],
    )
    closed = schedule.status(paris("2025-06-11T10:00"))
    assert (closed.open_now, closed.reason, closed.opens_at) == (
        False,
        "Inventaire",
        paris("2025-06-12T09:00"),
    )
    holiday = schedule.status(paris("2025-07-14T11:00"))
    assert holiday.open_now and holiday.closes_at == paris("2025-07-14T12:00")


def test_spring_forward():
    # 30 March 2025: clocks go from 02:00 to 03:00. 07:30 UTC is 09:30 CEST.
    schedule = Schedule([Slot(6, time(9), time(12)), *WEEKDAYS_9_TO_17])
    status = schedule.status(utc("2025-03-30T07:30"))
    assert status.open_now
    assert status.closes_at == paris("2025-03-30T12:00")
    assert status.closes_at.utcoffset().total_seconds() == 2 * 3600
    # 06:30 UTC is 08:30 CEST (it would be 07:30 in winter time): closed, opens at 09:00 CEST = 07:00 UTC.
    before = schedule.status(utc("2025-03-30T06:30"))
    assert not before.open_now
    assert before.opens_at == utc("2025-03-30T07:00")


def test_fall_back():
    # 26 October 2025: clocks go from 03:00 back to 02:00. 08:30 UTC is 09:30 CET.
    schedule = Schedule([Slot(6, time(9), time(12))])
    assert schedule.status(utc("2025-10-26T08:30")).open_now
    # 07:30 UTC is 08:30 CET (it was 09:30 in summer time): not yet open.
    before = schedule.status(utc("2025-10-26T07:30"))
    assert not before.open_now
    assert before.opens_at == utc("2025-10-26T08:00")


def test_a_place_that_never_opens():
    status = Schedule([]).status(paris("2025-06-11T10:00"))
    assert not status.open_now and status.opens_at is None


@pytest.mark.parametrize(
    "slots,errors",
    [
        ([Slot(0, time(9), time(12)), Slot(0, time(14), time(17))], {}),
        ([Slot(0, time(12), time(9))], {0: "closes_before_opens"}),
        ([Slot(0, time(9), time(9))], {0: "closes_before_opens"}),
        ([Slot(0, time(9), time(12)), Slot(0, time(11), time(13))], {1: "overlap"}),
        ([Slot(0, time(9), time(12)), Slot(1, time(11), time(13))], {}),
        ([Slot(0, time(9), time(12)), Slot(0, time(12), time(13))], {}),
    ],
)
def test_week_validation(slots, errors):
    assert validate_week(slots) == errors
