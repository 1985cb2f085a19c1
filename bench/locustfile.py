"""Locust users for bench/load.py: each asks for one page again and again, with no pause
(a closed loop of BENCH_USERS concurrent clients). The page comes from BENCH_PATH."""

import os

from locust import FastHttpUser, constant, task


class Visitor(FastHttpUser):
    wait_time = constant(0)
    # As a browser would: the compressed page (gzip from Django, or the .gz whitenoise keeps).
    default_headers = {"Accept-Encoding": "gzip", "Accept-Language": "fr"}

    @task
    def page(self):
        self.client.get(os.environ["BENCH_PATH"], name=os.environ.get("BENCH_NAME", "page"))
