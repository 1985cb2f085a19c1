"""The OpenAgenda sync: Rennes Métropole's events at the Sortir ! tariff, in the catalogue
without anyone retyping them.

- `client`: the OpenAgenda API (v2 now; the transport details sit in one adapter class);
- `mapper` and `text`: an event → the fields of an activity, its texts per language, dates,
  place, categories (through `KeywordMapping`), Sortir ! price; pure, so that stored events
  can be mapped again (`sync_openagenda --replay`);
- `store`: the upsert of a page of events, which leaves editors' work alone;
  `activity_rows`: the rows it writes (sources, translations, editors' drafts), through
  the catalogue's bulk writer (`activities.publishing`: revisions, history, search and
  reference indexes included); `locations`, `places` and `images`: places and Wagtail
  images of events;
- `sync`: a run (lock, pages, reconciliation, `SyncRun` record); `lock`: whether the
  process of a running sync is still alive; `tasks`: "sync now" as a background task;
  `views`, `forms` and `wagtail_hooks`: the admin (the activity editor's form included,
  given to the catalogue through its `activity_editor_form` hook).

Settings (all optional; read with `getattr(settings, NAME, default)`):
OPENAGENDA_AGENDAS (agenda uids), OPENAGENDA_KEY (public key, sent in the `key` header),
OPENAGENDA_BASE_URL (https://api.openagenda.com/v2), OPENAGENDA_TARIFF_FIELD (code of the
agenda's additional field marking the Sortir ! tariff) and/or OPENAGENDA_TARIFF_KEYWORD,
OPENAGENDA_TIMEOUT (30 s), OPENAGENDA_ATTEMPTS (5), OPENAGENDA_BACKOFF (1 s, first retry
delay), OPENAGENDA_BACKOFF_MAX (60 s), OPENAGENDA_PAGE_SIZE (300), OPENAGENDA_OVERLAP
(300 s), OPENAGENDA_STALE_AFTER (600 s), OPENAGENDA_LOCK_DIR (the SQLite database's
folder), OPENAGENDA_DOWNLOAD_IMAGES (True), OPENAGENDA_IMAGE_TIMEOUT (20 s)."""
