"""Opening hours as plain data, and whether a place is open at a given instant, in
Europe/Paris. Pure functions: the clock is a parameter, so tests fix it.

A week is a list of Slot(weekday, opens, closes) (weekday 0 = Monday, local times, a slot
within one day). Exceptions replace the week's slots on their date: closed all day, or open
with their own slots. French public holidays close a place unless an exception opens it."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
LOOK_AHEAD_DAYS = 31


@dataclass(frozen=True)
class Slot:
    weekday: int
    opens: time
    closes: time


@dataclass(frozen=True)
class Exception_:
    day: date
    closed: bool = True
    slots: tuple = ()  # ((opens, closes), …) when not closed
    label: str = ""


@dataclass(frozen=True)
class Status:
    open_now: bool
    closes_at: datetime | None = None  # local time, when open
    opens_at: datetime | None = None  # local time, the next opening when closed
    reason: str = ""  # label of today's exception or holiday, if any

    @property
    def sort_key(self):
        """Open places first, then the soonest to open; places that never open last."""
        if self.open_now:
            return (0, self.closes_at.timestamp())
        if self.opens_at:
            return (1, self.opens_at.timestamp())
        return (2, 0)


def easter_sunday(year):
    """Gregorian Easter (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def public_holidays(year):
    """The eleven French public holidays of a year (metropolitan France): {date: name}."""
    easter = easter_sunday(year)
    return {
        date(year, 1, 1): "Jour de l'an",
        easter + timedelta(days=1): "Lundi de Pâques",
        date(year, 5, 1): "Fête du Travail",
        date(year, 5, 8): "Victoire 1945",
        easter + timedelta(days=39): "Ascension",
        easter + timedelta(days=50): "Lundi de Pentecôte",
        date(year, 7, 14): "Fête nationale",
        date(year, 8, 15): "Assomption",
        date(year, 11, 1): "Toussaint",
        date(year, 11, 11): "Armistice 1918",
        date(year, 12, 25): "Noël",
    }


def is_public_holiday(day):
    return day in public_holidays(day.year)


@dataclass
class Schedule:
    week: list = field(default_factory=list)
    exceptions: list = field(default_factory=list)
    closed_on_public_holidays: bool = True

    def slots_on(self, day):
        """[(opens, closes)] of a local date, and the reason when it differs from the week."""
        for exception in self.exceptions:
            if exception.day == day:
                return ([] if exception.closed else sorted(exception.slots)), exception.label or "exception"
        if self.closed_on_public_holidays and is_public_holiday(day):
            return [], public_holidays(day.year)[day]
        return sorted((s.opens, s.closes) for s in self.week if s.weekday == day.weekday()), ""

    def status(self, now):
        """Open now (and until when), or the next opening within LOOK_AHEAD_DAYS."""
        local = now.astimezone(PARIS)
        today_reason = self.slots_on(local.date())[1]
        for offset in range(LOOK_AHEAD_DAYS + 1):
            day = local.date() + timedelta(days=offset)
            for opens, closes in self.slots_on(day)[0]:
                start = datetime.combine(day, opens, tzinfo=PARIS)
                end = datetime.combine(day, closes, tzinfo=PARIS)
                if start <= local < end:
                    return Status(True, closes_at=end, reason=today_reason)
                if local < start:
                    return Status(False, opens_at=start, reason=today_reason)
        return Status(False, reason=today_reason)


def validate_week(slots):
    """Errors {index: message} for slots that close before they open or overlap another
    slot of the same day."""
    errors = {}
    for index, slot in enumerate(slots):
        if slot.closes <= slot.opens:
            errors[index] = "closes_before_opens"
    for index, slot in enumerate(slots):
        if index in errors:
            continue
        for other_index, other in enumerate(slots[:index]):
            if other_index in errors or other.weekday != slot.weekday:
                continue
            if slot.opens < other.closes and other.opens < slot.closes:
                errors[index] = "overlap"
                break
    return errors
