"""The editorial page types: the home page of each locale and the practical pages."""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from activities.cards import Card
from activities.models import Activity

from ..blocks import BaseStreamBlock

HIGHLIGHTS = 6


class BasePage(Page):
    """What every editorial page has: an introduction, a body of blocks, a breadcrumb."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        abstract = True

    def breadcrumbs(self):
        """(url, label) of the pages above this one, from the locale's home page."""
        return [
            (ancestor.url, gettext("Home") if ancestor.depth == 2 else ancestor.title)
            for ancestor in self.get_ancestors()[1:]
        ]


class HomePage(BasePage):
    """The root of each locale: a search box, quick filters and highlights."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.StandardPage",
        "pages.AudiencePage",
        "pages.CharterPage",
        "pages.BrochurePage",
        "pages.PartnerSpacePage",
        "centres.EscIndexPage",
        "studies.StudiesIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shown = Activity.objects.for_locale(self.locale)
        first = shown.upcoming().filter(status=Activity.Status.SCHEDULED).order_by("next_start", "pk")
        context["highlights"] = Card.rows(shown, list(first.values_list("pk", flat=True)[:HIGHLIGHTS]))
        return context


class StandardPage(BasePage):
    """A practical page: who can benefit, where to get the card, contact…"""

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
