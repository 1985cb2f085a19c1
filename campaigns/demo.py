"""The demo campaign: the students' forum posters, `/q/forum-etudiants/`, leading to the
students' page in French. Created by `load_demo_content` when missing, never changed."""

from datetime import date

from wagtail.models import Locale

from .models import QrCampaign

DEMO = {
    "slug": "forum-etudiants",
    "label": "Forums de rentrée étudiants 2026",
    "page": "students",  # its key in pages/demo/pages.yaml
    "language": "fr",
    "starts_on": date(2026, 1, 1),
}


def load(pages_by_key, loader=None):
    if QrCampaign.objects.filter(slug=DEMO["slug"]).exists():
        return None
    campaign = QrCampaign.objects.create(
        slug=DEMO["slug"],
        label=DEMO["label"],
        target=QrCampaign.Target.PAGE,
        target_page=pages_by_key[DEMO["page"]],
        locale=Locale.objects.get(language_code=DEMO["language"]),
        starts_on=DEMO["starts_on"],
    )
    if loader is not None:
        loader.created.append(campaign)
        loader.log(f"Created QR campaign “{campaign.label}”")
    return campaign
