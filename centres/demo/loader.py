"""Creates the demo ESC pages under the French home page (once) and translates them into
English and Arabic through wagtail-localize, as pages/demo/loader.py does for its pages."""

import uuid

from django.db import transaction
from wagtail.models import Locale

from ..models import EscIndexPage, EscPage
from . import content


def glossary(lang, add):
    found = {}
    texts = [content.INDEX, *content.SITES, {"what_to_bring": content.WHAT_TO_BRING}]
    for spec in texts:
        for value in spec.values():
            if isinstance(value, dict) and "fr" in value:
                add(found, value["fr"], value[lang])
    return found


def load(home, demo_loader, add_to_glossary, languages):
    """Returns the index page; creates what is missing, changes nothing that exists."""
    with transaction.atomic():
        index = demo_loader.ensure_index(home, EscIndexPage, content.INDEX)
        sites = []
        for spec in content.SITES:
            site = EscPage.objects.child_of(index).filter(slug=spec["slug"]["fr"]).first()
            if site is None:
                site = EscPage(
                    title=spec["title"]["fr"],
                    slug=spec["slug"]["fr"],
                    intro=spec["intro"]["fr"],
                    address=spec["address"],
                    services=list(content.SERVICES),
                    needs=list(content.NEEDS),
                    what_to_bring=content.WHAT_TO_BRING["fr"],
                    weekly_hours=[
                        {
                            "type": "slot",
                            "id": str(uuid.uuid4()),
                            "value": {
                                "weekday": str(day),
                                "opens": opens.isoformat(),
                                "closes": closes.isoformat(),
                            },
                        }
                        for day, opens, closes in content.HOURS
                    ],
                    hours_confirmed=False,
                    editor_notes=content.EDITOR_NOTES,
                    locale=home.locale,
                )
                index.add_child(instance=site)
                site.save_revision().publish()
                demo_loader.created.append(site)
            sites.append(site)
    for lang in languages:
        locale = Locale.objects.get(language_code=lang)
        words = glossary(lang, add_to_glossary)
        for page in [index, *sites]:
            demo_loader.ensure_translation(page, locale, words)
    return index
