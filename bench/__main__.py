"""`make bench`: prints the performance figures of the portal. Each part is a module of
this package; run one with `python -m bench catalogue` (or search, studies, sync, pdf, qr,
lighthouse, load)."""

import sys

from . import catalogue, lighthouse, load, pdf, qr, search, studies, sync

PARTS = {
    "catalogue": catalogue.main,
    "search": search.main,
    "studies": studies.main,
    "sync": sync.main,
    "pdf": pdf.main,
    "qr": qr.main,
    "lighthouse": lighthouse.main,
    "load": load.main,
}

if __name__ == "__main__":
    names = sys.argv[1:] or list(PARTS)
    for name in names:
        PARTS[name]()
