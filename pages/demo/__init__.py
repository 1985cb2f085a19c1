"""The demo pages: their data file (pages.yaml), read by content.py through the demo data
reader (activities.demo.data), and the loader that builds the page tree and its English and
Arabic translations (loader.py), then the demo catalogue (activities.demo)."""
