"""Where an event happens: its OpenAgenda location as a place of the catalogue (`PlaceSpec`,
which `places.PlaceResolver` finds or creates), in one of the member communes, else none."""

import re
from dataclasses import dataclass

from django.utils.text import slugify
from django.utils.translation import gettext as _

from .choices import choice_id
from .text import one_line

_POSTCODE_CITY = re.compile(r"\b\d{5}\s+([^,\d]+?)\s*(?:,|$)")


@dataclass
class PlaceSpec:
    name: str
    address: str
    commune_id: int
    neighbourhood_id: int | None
    latitude: float | None
    longitude: float | None

    @property
    def key(self):
        return (self.name.casefold(), self.commune_id)


def _coordinate(value, limit):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if -limit <= number <= limit else None


def place_of(location, attendance_mode, context, warnings):
    if not isinstance(location, dict) or not location.get("name"):
        if choice_id(attendance_mode) != 2:
            warnings.append(_("the event has no place"))
        return None
    name = one_line(str(location["name"]), 200)
    commune_id = _commune(location, context)
    if commune_id is None:
        city = location.get("city") or location.get("adminLevel4") or "?"
        warnings.append(
            _("the place “%(name)s” is in %(city)s, outside the member communes: no place set")
            % {"name": name, "city": city}
        )
        return None
    neighbourhood = location.get("adminLevel6") or location.get("district") or ""
    return PlaceSpec(
        name=name,
        address=one_line(str(location.get("address") or ""), 255),
        commune_id=commune_id,
        neighbourhood_id=context.neighbourhoods.get(slugify(str(neighbourhood))) if neighbourhood else None,
        latitude=_coordinate(location.get("latitude", location.get("lat")), 90),
        longitude=_coordinate(location.get("longitude", location.get("lng")), 180),
    )


def _commune(location, context):
    insee = str(location.get("insee") or "")
    if insee in context.communes_by_insee:
        return context.communes_by_insee[insee]
    names = [location.get("adminLevel4"), location.get("city")]
    # List items without `detailed` only have the address: "…, 35000 Rennes".
    names += _POSTCODE_CITY.findall(str(location.get("address") or ""))
    for name in names:
        if name and (commune := context.communes_by_slug.get(slugify(str(name)))):
            return commune
    return None
