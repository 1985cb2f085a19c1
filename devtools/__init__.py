"""Helpers that the test suite and the benchmarks both use, so that neither imports the
other: a portal served by gunicorn as in production, a fake OpenAgenda API on 127.0.0.1,
and the flags Chromium needs here. Never imported by the portal itself."""
