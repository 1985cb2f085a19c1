"""A small OpenAgenda API v2 on 127.0.0.1, for the sync's tests and its benchmark: real
HTTP, real JSON, the v2 envelope and `after` cursor, the `key` header, the incremental
filters (`updatedAt[gte]`, `removed`), images, and faults planned by the test (errors,
broken JSON, slow answers)."""

import bisect
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Fault:
    """A planned answer, used instead of the normal one by the next matching requests."""

    status: int = 500
    body: bytes = b'{"message": "Internal error"}'
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (timeouts)
    match: str = "/events"  # a part of the path the request must have
    times: int = 1
    # Only after this many matching requests have been answered normally (a page 2 fault).
    after_requests: int = 0
    # For 429: for this many seconds after it, the server gives the same answer again (a
    # client that does not wait as asked never gets through).
    hold: float = 0.0

    def answer(self):
        return self.status, self.body, dict(self.headers), self.delay


@dataclass
class Request:
    path: str
    query: list
    headers: dict
    at: float


def _uid(event):
    try:
        return int(event.get("uid"))
    except (TypeError, ValueError):
        return -1  # an invalid event, served as it is


def iso_ms(value):
    """Milliseconds since the epoch of an ISO timestamp, the first value of a cursor."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return int(moment.timestamp() * 1000)


class Agenda:
    def __init__(self, uid, schema=None, title="Sortir ! Rennes Métropole", slug="sortir-rennesmetropole"):
        self.uid = str(uid)
        self.title = title
        self.slug = slug
        self.schema = schema or {"fields": []}
        self.events = []  # sorted by (updatedAt, uid); removed items are {uid, removed, updatedAt}

    def set_events(self, events):
        self.events = sorted(events, key=lambda event: (event.get("updatedAt") or "", _uid(event)))

    def upsert(self, event):
        self.set_events([e for e in self.events if _uid(e) != _uid(event)] + [event])

    def remove(self, uid, updated_at):
        self.upsert({"uid": int(uid), "removed": True, "updatedAt": updated_at})

    def index_after(self, items, position):
        """Where the page after a cursor (updatedAt in ms, uid) starts."""
        keys = [(iso_ms(event.get("updatedAt") or "1970-01-01T00:00:00Z"), _uid(event)) for event in items]
        return bisect.bisect_right(keys, position)

    def listing(self, since, removed):
        """The events a query asks for, in `updatedAt.asc` order."""
        items = self.events
        if since:
            keys = [event.get("updatedAt") or "" for event in items]
            items = items[bisect.bisect_left(keys, since) :]
        if removed == "null":
            return items
        if removed == "1":
            return [event for event in items if event.get("removed")]
        return [event for event in items if not event.get("removed")]


class FakeOpenAgenda:
    def __init__(self, key="test-key", page_limit=None):
        self.key = key
        # The server's own page size cap (tests use a small one to get many pages).
        self.page_limit = page_limit
        self.agendas = {}
        self.faults = []
        self.requests = []
        self.images = {}  # path → (content type, bytes)
        self.lock = threading.Lock()
        self.server = None
        self.holds = []

    # Set-up

    def add_agenda(self, uid, schema=None, events=(), **kwargs):
        agenda = Agenda(uid, schema=schema, **kwargs)
        agenda.set_events(list(events))
        self.agendas[str(uid)] = agenda
        return agenda

    def fail(self, **kwargs):
        self.faults.append(Fault(**kwargs))

    def add_image(self, path, content, content_type="image/jpeg"):
        self.images[path] = (content_type, content)
        return f"{self.root_url}{path}"

    # Running

    def start(self):
        handler = type("Handler", (_Handler,), {"fake": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    @property
    def root_url(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def base_url(self):
        return f"{self.root_url}/v2"

    def event_requests(self):
        return [request for request in self.requests if request.path.endswith("/events")]

    # Answering

    def answer(self, method, path, query, headers):
        with self.lock:
            self.requests.append(Request(path, query, headers, time.monotonic()))
            fault = self._fault_for(path)
        if fault is not None:
            return fault
        if path.startswith("/images/"):
            if path not in self.images:
                return 404, b"Not found", {"Content-Type": "text/plain"}, 0
            content_type, content = self.images[path]
            return 200, content, {"Content-Type": content_type}, 0
        if headers.get("key") != self.key:
            return _json(403, {"message": "Invalid key"})
        parts = path.strip("/").split("/")
        if len(parts) >= 3 and parts[0] == "v2" and parts[1] == "agendas":
            agenda = self.agendas.get(parts[2])
            if agenda is None:
                return _json(404, {"message": "agenda not found", "info": {"uid": parts[2]}})
            if len(parts) == 3:
                return _json(200, self._agenda_body(agenda, query))
            if len(parts) == 4 and parts[3] == "events":
                return self._events(agenda, query)
        return _json(404, {"message": "not found"})

    def _fault_for(self, path):
        now = time.monotonic()
        for fault, until in self.holds:
            if fault.match in path and now < until:
                return fault.answer()
        for fault in self.faults:
            if fault.match not in path or fault.times <= 0:
                continue
            if fault.after_requests > 0:
                fault.after_requests -= 1
                return None
            fault.times -= 1
            if fault.hold:
                self.holds.append((fault, now + fault.hold))
            return fault.answer()
        return None

    def _agenda_body(self, agenda, query):
        body = {"uid": int(agenda.uid), "title": agenda.title, "slug": agenda.slug, "official": 1}
        if dict(query).get("detailed") == "1":
            body["schema"] = agenda.schema
        return body

    def _events(self, agenda, query):
        params = dict(query)
        try:
            size = int(params.get("size", 20))
        except ValueError:
            return _json(400, {"message": "size must be an integer"})
        if size > 300:
            return _json(400, {"message": "size must be at most 300"})
        if self.page_limit:
            size = min(size, self.page_limit)
        items = agenda.listing(params.get("updatedAt[gte]"), params.get("removed"))
        cursor = [value for key, value in query if key == "after[]"]
        start = 0
        if cursor:
            if len(cursor) != 2:
                return _json(400, {"message": "invalid after"})
            try:
                position = (int(cursor[0]), int(cursor[1]))
            except ValueError:
                return _json(400, {"message": "invalid after"})
            start = agenda.index_after(items, position)
        page = items[start : start + size]
        more = start + size < len(items)
        last = page[-1] if page else {}
        after = (
            [iso_ms(last.get("updatedAt") or "1970-01-01T00:00:00Z"), _uid(last)] if page and more else None
        )
        body = {"total": len(items), "events": page, "after": after, "sort": "updatedAt.asc", "success": True}
        return _json(200, body)


def _json(status, body):
    return status, json.dumps(body).encode(), {"Content-Type": "application/json"}, 0


class _Handler(BaseHTTPRequestHandler):
    fake = None
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without this, Nagle's algorithm and
    # delayed ACKs make every answer wait 40 ms.
    disable_nagle_algorithm = True

    def do_GET(self):  # noqa: N802 - the name http.server calls
        parts = urlsplit(self.path)
        query = parse_qsl(parts.query, keep_blank_values=True)
        headers = {name.lower(): value for name, value in self.headers.items()}
        status, body, extra, delay = self.fake.answer("GET", parts.path, query, headers)
        if delay:
            time.sleep(delay)
        try:
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def log_message(self, format, *args):  # noqa: A002 - the signature of http.server
        pass


def jpeg_bytes(color=(200, 30, 30), size=(40, 30)):
    """A small real JPEG."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    return buffer.getvalue()


def utc(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
