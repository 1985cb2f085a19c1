"""The tariff brochure: a non-exhaustive selection of offers by category, on the page and
as an A5 booklet. An offer is either chosen from the catalogue, and then always shown with
the catalogue's current published values, or typed by editors for one it does not hold."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from activities.models import Activity

from ..blocks import BrochureSectionBlock
from ..pdf import PublishedPDFMixin
from .editorial import BasePage


@dataclass(frozen=True)
class Offer:
    """One line of the brochure, as readers see it."""

    structure: str
    activity: str
    kind: str
    full_price: Decimal | None
    sortir_price: Decimal | None
    conditions: str
    url: str = ""
    lang: str = ""  # the language of a catalogue text shown untranslated, else empty

    @property
    def is_regular(self):
        return self.kind == Activity.Kind.REGULAR


@dataclass(frozen=True)
class Section:
    title: str
    offers: list

    @property
    def has_regular(self):
        return any(offer.is_regular for offer in self.offers)


class BrochurePage(PublishedPDFMixin, BasePage):
    """The tariff brochure of one edition; the introduction says what it is (a selection)."""

    edition = models.PositiveSmallIntegerField(_("edition (year)"))
    regular_note = models.TextField(
        _("what the card covers for a regular activity"),
        blank=True,
        help_text=_("Shown with each regular activity (club, course paid by the year)."),
    )
    sections = StreamField([("section", BrochureSectionBlock())], verbose_name=_("sections"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("edition"),
        FieldPanel("regular_note"),
        FieldPanel("sections"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("sections")]
    api_fields = BasePage.api_fields + [APIField("edition"), APIField("regular_note"), APIField("sections")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    pdf_template = "pages/pdf/brochure_page.html"
    pdf_page_size = "A5"

    class Meta:
        verbose_name = _("tariff brochure")

    def pdf_filename(self):
        return f"{self.slug}-{self.edition}.pdf"

    def _catalogue_activities(self):
        """The published version, in this page's language where there is one, of each
        activity the sections choose, by translation key."""
        chosen = [
            offer.value["activity"]
            for section in self.sections
            for offer in section.value["offers"]
            if offer.block_type == "catalogue" and offer.value["activity"] is not None
        ]
        if not chosen:
            return {}
        activities = (
            Activity.objects.for_locale(self.locale)
            .filter(translation_key__in={activity.translation_key for activity in chosen})
            .select_related("structure", "locale")
        )
        return {activity.translation_key: activity for activity in activities}

    def _catalogue_offer(self, value, activity):
        language = self.locale.language_code
        with translation.override(language):
            url = reverse("activities:detail", kwargs={"slug": activity.slug})
        return Offer(
            structure=activity.structure.name if activity.structure else "",
            activity=activity.title,
            kind=activity.kind,
            full_price=activity.full_price,
            sortir_price=activity.sortir_price,
            conditions=value["conditions"] or activity.price_notes,
            url=url,
            lang="" if activity.locale.language_code == language else activity.locale.language_code,
        )

    def offer_sections(self):
        """The sections with their offers as they stand now; an activity taken offline
        (or deleted) leaves the brochure until it is published again."""
        activities = self._catalogue_activities()
        sections = []
        for section in self.sections:
            offers = []
            for offer in section.value["offers"]:
                value = offer.value
                if offer.block_type == "typed":
                    offers.append(
                        Offer(
                            structure=value["structure"],
                            activity=value["activity"],
                            kind=value["kind"],
                            full_price=value["full_price"],
                            sortir_price=value["sortir_price"],
                            conditions=value["conditions"],
                        )
                    )
                elif value["activity"] is not None and value["activity"].translation_key in activities:
                    offers.append(self._catalogue_offer(value, activities[value["activity"].translation_key]))
            if offers:
                sections.append(Section(section.value["title"], offers))
        return sections

    def pdf_dependencies(self):
        # What the booklet shows of the catalogue: a price changed there makes a new file.
        return [self.offer_sections()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offer_sections"] = self.offer_sections()
        return context
