"""A small client for the OpenAgenda API: one request at a time, retries with backoff and
jitter where a retry can help (urllib3's `Retry`, which also honours Retry-After), a clear
error where it cannot.

Everything a new API version changes (URLs, authentication, response envelope, cursor)
is in `ApiV2`, so that a v3 adapter can replace it without touching the sync."""

import logging
import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC

import requests
from django.utils.translation import gettext as _
from requests.adapters import HTTPAdapter
from urllib3.exceptions import InvalidHeader, ReadTimeoutError
from urllib3.util.retry import Retry

logger = logging.getLogger(__name__)

USER_AGENT = "sortir-portal-sync (+https://github.com/apras; OpenAgenda v2 client)"
# A server that asks to wait longer than this is taken as unavailable for this run.
RETRY_AFTER_LIMIT = 600
RETRY_STATUSES = frozenset([429, *range(500, 600)])


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


class TooLongToWait(OpenAgendaUnavailable):
    """The server asks to wait longer than RETRY_AFTER_LIMIT."""


class PoliteRetry(Retry):
    """urllib3's retries (5xx, 429, connection failures, timeouts), with the waits the sync
    has always had: exponential backoff with "equal jitter" (between half and all of the
    step), Retry-After plus a little jitter so that clients do not come back all at once,
    and a log line per retry that says why."""

    def get_backoff_time(self):
        return backoff(len(self.history), self.backoff_factor, self.backoff_max)

    def get_retry_after(self, response):
        seconds = super().get_retry_after(response)
        return None if seconds is None else seconds + random.uniform(0, self.backoff_factor)

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        if response is not None and response.status in RETRY_STATUSES:
            seconds = parse_retry_after(response.headers.get("Retry-After"))
            if seconds is not None and seconds > RETRY_AFTER_LIMIT:
                raise TooLongToWait(
                    _("OpenAgenda asks to wait %(seconds)d s before trying again (HTTP %(status)d).")
                    % {"seconds": seconds, "status": response.status}
                )
        retry = super().increment(method, url, response, error, _pool, _stacktrace)
        problem = f"HTTP {response.status}" if response is not None else type(error).__name__
        logger.warning(
            "OpenAgenda %s: %s; retrying (attempt %d of %d)",
            url,
            problem,
            len(retry.history),
            len(retry.history) + (retry.total or 0),
        )
        return retry


def backoff(failures, base, ceiling):
    """Seconds to wait after `failures` failures in a row: exponential backoff with "equal
    jitter", between half and all of the step."""
    if failures == 0:
        return 0
    step = min(ceiling, base * 2 ** (failures - 1))
    return random.uniform(step / 2, step)


def retrying_session(attempts, backoff_base=1.0, backoff_max=60.0):
    """A requests Session that makes up to `attempts` attempts of a request that fails in
    a way a retry can help."""
    retry = PoliteRetry(
        total=max(0, attempts - 1),
        status_forcelist=RETRY_STATUSES,
        allowed_methods=["GET"],
        backoff_factor=backoff_base,
        backoff_max=backoff_max,
        raise_on_status=False,  # the last answer is returned, to say what it was
    )
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


class OpenAgendaClient:
    def __init__(self, config, api=None, session=None, sleep=time.sleep):
        self.config = config
        self.api = api or ApiV2(config.base_url, config.key)
        self.session = session or retrying_session(config.attempts, config.backoff_base, config.backoff_max)
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
        self.session.headers.update(self.api.headers())
        self.sleep = sleep
        self.requests_made = 0

    def close(self):
        self.session.close()

    def agenda(self, agenda_uid):
        url, params = self.api.agenda_request(agenda_uid)
        unexpected = _("Unexpected answer for agenda %(agenda)s: %(error)s")
        return self._parsed(self.api.parse_agenda, self.get_json(url, params), unexpected, agenda_uid)

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
        unexpected = _("Unexpected page of agenda %(agenda)s: %(error)s")
        return self._parsed(self.api.parse_events, self.get_json(url, params), unexpected, agenda_uid)

    def _parsed(self, parse, body, unexpected, agenda_uid):
        try:
            return parse(body)
        except ValueError as exc:
            raise OpenAgendaUnavailable(unexpected % {"agenda": agenda_uid, "error": exc}) from exc

    def get_json(self, url, params):
        # HTTP failures are retried by the session (PoliteRetry). A 200 whose body is not
        # JSON, or is cut short, is not an HTTP failure: this loop retries that one.
        attempts = max(1, self.config.attempts)
        for attempt in range(1, attempts + 1):
            try:
                return self._get(url, params).json()
            except ValueError:
                problem = _("the answer is not JSON")
            except requests.exceptions.ChunkedEncodingError as exc:
                problem = _("connection failed: %(error)s") % {"error": type(exc).__name__}
            if attempt == attempts:
                raise self._unavailable(attempts, problem)
            delay = backoff(attempt, self.config.backoff_base, self.config.backoff_max)
            logger.warning(
                "OpenAgenda %s: %s; retrying in %.1f s (attempt %d of %d)",
                url,
                problem,
                delay,
                attempt,
                attempts,
            )
            self.sleep(delay)

    def _get(self, url, params):
        """The 200 answer to a GET, after the session's retries; or OpenAgendaError."""
        self.requests_made += 1
        timeout = self.config.timeout
        attempts = max(1, self.config.attempts)
        try:
            response = self.session.get(url, params=params, timeout=(timeout, timeout), allow_redirects=False)
        except requests.exceptions.ChunkedEncodingError:
            raise
        except (requests.Timeout, requests.ConnectionError) as exc:
            # After the retries, requests reports a read timeout as a ConnectionError.
            reason = getattr(exc.args[0] if exc.args else None, "reason", exc)
            if isinstance(exc, requests.Timeout) or isinstance(reason, TimeoutError | ReadTimeoutError):
                problem = _("no answer within %(timeout)s s") % {"timeout": f"{timeout:g}"}
            else:
                problem = _("connection failed: %(error)s") % {"error": type(exc).__name__}
            raise self._unavailable(attempts, problem) from exc
        except requests.RequestException as exc:
            # A malformed base URL and the like: a configuration error, not a passing one.
            raise OpenAgendaError(
                _("Cannot query OpenAgenda: %(error)s") % {"error": f"{type(exc).__name__}: {exc}"}
            ) from exc
        status = response.status_code
        if status == 200:
            return response
        if status in RETRY_STATUSES:
            raise self._unavailable(attempts, f"HTTP {status}")
        raise OpenAgendaRefused(status, self._refusal_message(status, response))

    def _unavailable(self, attempts, problem):
        return OpenAgendaUnavailable(
            _("OpenAgenda did not answer properly after %(attempts)d attempts (%(problem)s).")
            % {"attempts": attempts, "problem": problem}
        )

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


def parse_retry_after(value):
    """Seconds to wait from a Retry-After header (a number of seconds or an HTTP date), or
    None if it says neither."""
    if not value:
        return None
    try:
        return Retry.parse_retry_after(Retry(), value.strip())
    except InvalidHeader:
        return None
