"""`make bench`: prints the performance figures of the portal. Each part is a module of
this package; run one with `python -m bench catalogue`."""

import sys

from . import catalogue

PARTS = {"catalogue": catalogue.main}

if __name__ == "__main__":
    names = sys.argv[1:] or list(PARTS)
    for name in names:
        PARTS[name]()
