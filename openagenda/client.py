"""A small client for the OpenAgenda API: one request at a time, retries with backoff and
jitter where a retry can help, a clear error where it cannot.

Everything a new API version changes (URLs, authentication, response envelope, cursor)
is in `ApiV2`, so that a v3 adapter can replace it without touching the sync."""

import email.utils
import logging
import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

import requests
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

USER_AGENT = "sortir-portal-sync (+https://github.com/apras; OpenAgenda v2 client)"
# A server that asks to wait longer than this is taken as unavailable for this run.
RETRY_AFTER_LIMIT = 600


class OpenAgendaError(Exception):
    """The sync cannot read from OpenAgenda; the message says why, never with the key."""


class OpenAgendaRefused(OpenAgendaError):
    """OpenAgenda answered that the request is wrong (400), the key is refused (401/403) or
    the agenda does not exist (404): retrying would not help."""

    def __init__(self, status, message):
        self.status = status
        super().__init__(message)


class OpenAgendaUnavailable(OpenAgendaError):
    """OpenAgenda kept failing (5xx, 429, timeouts, pages that are not JSON) after retries."""


@dataclass
class EventPage:
    events: list
    cursor: object  # opaque to the sync: what to send back to get the next page, or None
    total: int | None = None


def isoformat_utc(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class ApiV2:
    """The transport details of OpenAgenda API v2."""

    def __init__(self, base_url, key):
        self.base_url = base_url.rstrip("/")
        self.key = key

    def headers(self):
        # The key goes in a header, never in the URL, so that it stays out of every log.
        return {"key": self.key} if self.key else {}

    def agenda_request(self, agenda_uid):
        return f"{self.base_url}/agendas/{agenda_uid}", [("detailed", "1")]

    def events_request(self, agenda_uid, *, since=None, cursor=None, size=300):
        params = [("detailed", "1"), ("size", str(size)), ("sort", "updatedAt.asc")]
        if since is not None:
            # The documented incremental recipe: what changed since, removed events included
            # (as `{uid, removed: true}` items).
            params += [("updatedAt[gte]", isoformat_utc(since)), ("removed", "null")]
        for value in cursor or []:
            params.append(("after[]", str(value)))
        return f"{self.base_url}/agendas/{agenda_uid}/events", params

    def parse_agenda(self, body):
        if not isinstance(body, dict):
            raise ValueError("the agenda is not a JSON object")
        agenda = body.get("agenda", body)
        if not isinstance(agenda, dict):
            raise ValueError("the agenda is not a JSON object")
        return agenda

    def parse_events(self, body):
        if not isinstance(body, dict) or not isinstance(body.get("events", []), list):
            raise ValueError("the page has no list of events")
        cursor = body.get("after")
        if cursor is not None and not isinstance(cursor, list):
            raise ValueError("the page's `after` cursor is not a list")
        return EventPage(events=body.get("events") or [], cursor=cursor or None, total=body.get("total"))

    def error_message(self, body):
        if isinstance(body, dict):
            message = body.get("message") or body.get("error")
            if isinstance(message, dict):
                message = message.get("message")
            if message:
                return str(message)[:300]
        return ""


class OpenAgendaClient:
    def __init__(self, config, api=None, session=None, sleep=time.sleep):
        self.config = config
        self.api = api or ApiV2(config.base_url, config.key)
        self.session = session or requests.Session()
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
        self.session.headers.update(self.api.headers())
        self.sleep = sleep
        self.requests_made = 0

    def close(self):
        self.session.close()

    def agenda(self, agenda_uid):
        url, params = self.api.agenda_request(agenda_uid)
        body = self.get_json(url, params)
        try:
            return self.api.parse_agenda(body)
        except ValueError as exc:
            raise OpenAgendaUnavailable(
                _("Unexpected answer for agenda %(agenda)s: %(error)s") % {"agenda": agenda_uid, "error": exc}
            ) from exc

    def event_pages(self, agenda_uid, since=None):
        """The pages of events of an agenda, one at a time, so that memory does not grow
        with the number of events. While the caller applies a page, the next one is
        fetched (still one request at a time)."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="openagenda") as pool:
            pending = pool.submit(self._event_page, agenda_uid, since, None)
            seen = set()
            while True:
                page = pending.result()
                more = page.cursor is not None and bool(page.events)
                if more:
                    marker = repr(page.cursor)
                    if marker in seen:
                        # A cursor that does not move would page forever.
                        raise OpenAgendaUnavailable(
                            _("OpenAgenda sent the same cursor twice (%(cursor)s).") % {"cursor": marker}
                        )
                    seen.add(marker)
                    pending = pool.submit(self._event_page, agenda_uid, since, page.cursor)
                yield page
                if not more:
                    return

    def _event_page(self, agenda_uid, since, cursor):
        url, params = self.api.events_request(
            agenda_uid, since=since, cursor=cursor, size=self.config.page_size
        )
        body = self.get_json(url, params)
        try:
            return self.api.parse_events(body)
        except ValueError as exc:
            raise OpenAgendaUnavailable(
                _("Unexpected page of agenda %(agenda)s: %(error)s") % {"agenda": agenda_uid, "error": exc}
            ) from exc

    def get_json(self, url, params):
        attempts = max(1, self.config.attempts)
        for attempt in range(1, attempts + 1):
            body, problem, retry_after = self._attempt(url, params)
            if problem is None:
                return body
            if attempt == attempts:
                raise OpenAgendaUnavailable(
                    _("OpenAgenda did not answer properly after %(attempts)d attempts (%(problem)s).")
                    % {"attempts": attempts, "problem": problem}
                )
            delay = self._delay(attempt, retry_after)
            logger.warning(
                "OpenAgenda %s: %s; retrying in %.1f s (attempt %d of %d)",
                url,
                problem,
                delay,
                attempt,
                attempts,
            )
            self.sleep(delay)

    def _attempt(self, url, params):
        """(the parsed JSON body, None, None), or (None, a retryable problem, Retry-After)."""
        self.requests_made += 1
        timeout = self.config.timeout
        try:
            response = self.session.get(url, params=params, timeout=(timeout, timeout), allow_redirects=False)
        except requests.Timeout:
            return None, _("no answer within %(timeout)s s") % {"timeout": f"{timeout:g}"}, None
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            return None, _("connection failed: %(error)s") % {"error": type(exc).__name__}, None
        except requests.RequestException as exc:
            # A malformed base URL and the like: a configuration error, not a passing one.
            raise OpenAgendaError(
                _("Cannot query OpenAgenda: %(error)s") % {"error": f"{type(exc).__name__}: {exc}"}
            ) from exc
        status = response.status_code
        if status == 200:
            try:
                return response.json(), None, None
            except ValueError:
                return None, _("the answer is not JSON"), None
        if status == 429 or status >= 500:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None and retry_after > RETRY_AFTER_LIMIT:
                raise OpenAgendaUnavailable(
                    _("OpenAgenda asks to wait %(seconds)d s before trying again (HTTP %(status)d).")
                    % {"seconds": retry_after, "status": status}
                )
            return None, f"HTTP {status}", retry_after
        raise OpenAgendaRefused(status, self._refusal_message(status, response))

    def _refusal_message(self, status, response):
        try:
            detail = self.api.error_message(response.json())
        except ValueError:
            detail = ""
        reasons = {
            400: _("OpenAgenda rejected the request as malformed"),
            401: _("OpenAgenda refused the API key (check OPENAGENDA_KEY)"),
            403: _("OpenAgenda refused the API key (check OPENAGENDA_KEY)"),
            404: _("OpenAgenda does not know this agenda or resource (check OPENAGENDA_AGENDAS)"),
        }
        if 300 <= status < 400:
            reason = _("OpenAgenda answered with a redirection, which the sync does not follow")
        else:
            reason = reasons.get(status, _("OpenAgenda refused the request"))
        return f"{reason} (HTTP {status}{': ' + detail if detail else ''})."

    def _delay(self, attempt, retry_after):
        base, ceiling = self.config.backoff_base, self.config.backoff_max
        if retry_after is not None:
            # What the server asks for, plus a little jitter so that clients do not
            # come back all at once.
            return retry_after + random.uniform(0, base)
        # Exponential backoff with "equal jitter": between half and all of the step.
        step = min(ceiling, base * 2 ** (attempt - 1))
        return random.uniform(step / 2, step)


def parse_retry_after(value):
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
