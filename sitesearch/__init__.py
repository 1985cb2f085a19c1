"""Site-wide search (pages, activities, documents), the sitemap and robots.txt: what
sends visitors and crawlers across every app, so an app of its own that, like the
portal, uses the others and is used by none."""
