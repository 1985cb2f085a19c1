"""The editors' taxonomy as the filters see it: categories, communes, neighbourhoods."""

from theme.cache_versions import CacheVersion

from .models import Category, Commune, Neighbourhood

VERSION = CacheVersion("activities:taxonomy:version")


class Taxonomy:
    """The options of the category, commune and neighbourhood filters, read by each
    process once per version (they change only when editors edit the taxonomy)."""

    def __init__(self, categories, communes, neighbourhoods):
        self.categories = {c.slug: c for c in categories}
        self.communes = {c.slug: c for c in communes}
        self.neighbourhoods = {n.slug: n for n in neighbourhoods}

    @classmethod
    def load(cls):
        return VERSION.memo(
            lambda: cls(Category.objects.all(), Commune.objects.all(), Neighbourhood.objects.all())
        )

    @staticmethod
    def forget(**kwargs):
        """Signal receiver: the taxonomy changed."""
        VERSION.bump()

    @staticmethod
    def ids(entries, slugs):
        return [entries[slug].pk for slug in slugs if slug in entries]

    def slugs_by_id(self):
        """{facet: {id as text: slug}} of the category, commune and neighbourhood options."""
        return {
            "category": {str(c.pk): slug for slug, c in self.categories.items()},
            "commune": {str(c.pk): slug for slug, c in self.communes.items()},
            "neighbourhood": {str(n.pk): slug for slug, n in self.neighbourhoods.items()},
        }

    @property
    def category_choices(self):
        return [(slug, c.label) for slug, c in self.categories.items()]

    @property
    def commune_choices(self):
        return [(slug, c.label) for slug, c in self.communes.items()]

    @property
    def neighbourhood_choices(self):
        return [(slug, n.label) for slug, n in self.neighbourhoods.items()]
