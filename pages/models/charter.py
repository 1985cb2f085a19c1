"""The Sortir ! Charter: its values and each party's commitments, with a PDF of itself."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock

from ..blocks import CommitmentsBlock, MilestoneBlock, ValueBlock
from ..pdf import PublishedPDFMixin
from .editorial import BasePage


class CharterPage(PublishedPDFMixin, BasePage):
    """The Charter, as a page readers can jump through and a PDF partners print; the
    introduction is its preamble."""

    values = StreamField([("value", ValueBlock())], verbose_name=_("shared values"), blank=True)
    commitments = StreamField(
        [("party", CommitmentsBlock())], verbose_name=_("commitments of each party"), blank=True
    )
    history = StreamField([("milestone", MilestoneBlock())], verbose_name=_("history"), blank=True)
    endorsements = StreamField(
        [("structure", SnippetChooserBlock("activities.Structure", label=_("Structure")))],
        verbose_name=_("structures that endorse it"),
        blank=True,
    )
    endorsement_note = models.TextField(_("about the endorsements"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("values"),
        FieldPanel("commitments"),
        FieldPanel("history"),
        FieldPanel("endorsements"),
        FieldPanel("endorsement_note"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("values"),
        index.SearchField("commitments"),
        index.SearchField("history"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("values"),
        APIField("commitments"),
        APIField("history"),
        APIField("endorsements"),
        APIField("endorsement_note"),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    pdf_template = "pages/pdf/charter_page.html"

    class Meta:
        verbose_name = _("charter")

    def parties(self):
        """(anchor, block) for each party, for the table of contents and its targets."""
        return [
            (f"party-{slugify(block.value['party']) or i}", block) for i, block in enumerate(self.commitments)
        ]

    def pdf_dependencies(self):
        # Structure names are shown as they are now, not as they were when published.
        names = [block.value.name for block in self.endorsements if block.value]
        return [names]
