"""Lighthouse on the home, search and activity pages of a production-like portal (SQLite,
demo content), as a phone sees them: Lighthouse's mobile preset (small screen, simulated
slow 4G, a 4x slower CPU). Prints the four category scores, the largest contentful paint
and the bytes transferred. Lighthouse (npm) is installed into bench-results/ on first use;
it drives Debian's Chromium."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from devtools.live_server import CHROMIUM, CHROMIUM_FLAGS, gunicorn, production_env

from .live import RESULTS, build

VERSION = "12.2.3"  # the last release that runs on Node 20
LIGHTHOUSE = RESULTS / "node_modules" / ".bin" / "lighthouse"
PAGES = [
    ("home", "/fr/"),
    ("search", "/fr/activites/"),
    ("activity", "/fr/activites/hamlet-au-tnb/"),
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def ensure_lighthouse():
    installed = RESULTS / "node_modules" / "lighthouse" / "package.json"
    if installed.exists() and json.loads(installed.read_text())["version"] == VERSION:
        return
    if not shutil.which("npm"):
        sys.exit("Lighthouse needs Node.js and npm (Debian: apt-get install nodejs npm).")
    RESULTS.mkdir(exist_ok=True)
    subprocess.run(
        [
            "npm",
            "install",
            "--prefix",
            str(RESULTS),
            "--no-audit",
            "--no-fund",
            "--save-exact",
            f"lighthouse@{VERSION}",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def audit(url, report):
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--form-factor=mobile",
            f"--chrome-flags={' '.join(['--headless=new', *CHROMIUM_FLAGS])}",
        ],
        check=True,
        env=dict(os.environ, CHROME_PATH=CHROMIUM),
    )
    result = json.loads(Path(report).read_text())
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    audits = result["audits"]
    failed = sorted(
        key
        for name in CATEGORIES
        for ref in result["categories"][name]["auditRefs"]
        if ref["weight"] and (audits[key := ref["id"]]["score"] is not None) and audits[key]["score"] < 0.9
    )
    return scores, audits, failed


def main():
    ensure_lighthouse()
    with tempfile.TemporaryDirectory(prefix="sortir-lighthouse.") as tmp:
        directory = Path(tmp)
        env = production_env(directory, f"sqlite:///{directory / 'db.sqlite3'}")
        build(directory, env)
        print("== Lighthouse 12 (mobile preset: simulated slow 4G, 4x CPU slowdown), production settings")
        with gunicorn(env, directory) as base_url:
            for name, path in PAGES:
                scores, audits, failed = audit(base_url + path, RESULTS / f"lighthouse-{name}.json")
                print(
                    f"{name:8} {path:32} "
                    + ", ".join(f"{category} {score}" for category, score in scores.items())
                    + f"; LCP {audits['largest-contentful-paint']['displayValue']}"
                    + f", TBT {audits['total-blocking-time']['displayValue']}"
                    + f", CLS {audits['cumulative-layout-shift']['displayValue']}"
                    + f", {audits['total-byte-weight']['numericValue'] / 1024:.1f} KB transferred"
                )
                if failed:
                    print(f"{'':8} audits under 90: {', '.join(failed)}")
    print(f"full reports: {RESULTS.relative_to(RESULTS.parent)}/lighthouse-*.json")


if __name__ == "__main__":
    main()
