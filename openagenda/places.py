"""Places of synced events: found by name in their commune, created when new. Places are
editor-managed snippets, so the sync never changes one that exists (an editor may have
corrected its address or its position)."""

from activities.models import Place


class PlaceResolver:
    def __init__(self):
        self._ids = None

    def _load(self):
        self._ids = {
            (name.casefold(), commune_id): pk
            for pk, name, commune_id in Place.objects.values_list("pk", "name", "commune_id")
        }

    def forget(self):
        """After a rolled-back transaction: places created in it are gone."""
        self._ids = None

    def place_id(self, spec, create=True):
        if spec is None:
            return None
        if self._ids is None:
            self._load()
        if spec.key in self._ids:
            return self._ids[spec.key]
        if not create:
            return None
        place = Place.objects.create(
            name=spec.name,
            address=spec.address,
            commune_id=spec.commune_id,
            neighbourhood_id=spec.neighbourhood_id,
            latitude=spec.latitude,
            longitude=spec.longitude,
        )
        self._ids[spec.key] = place.pk
        return place.pk
