from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from activities.models import Activity

from .blocks import BaseStreamBlock

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
    subpage_types = ["pages.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["highlights"] = (
            Activity.objects.for_locale(self.locale)
            .upcoming()
            .filter(status=Activity.Status.SCHEDULED)
            .select_related("place__commune", "locale")
            .with_upcoming_dates()
            .order_by("next_start", "pk")[:HIGHLIGHTS]
        )
        return context


class StandardPage(BasePage):
    """A practical page: who can benefit, where to get the card, contact…"""

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Network name"))
    url = blocks.URLBlock(label=_("Address"))


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details, menus and social links shown on every page."""

    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    main_menu = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        verbose_name=_("main menu"),
        blank=True,
        help_text=_("Pages in the source language; each locale shows its own translation."),
    )
    footer_menu = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("Legal notice, accessibility statement, contact…"),
    )
    social_links = StreamField([("link", SocialLinkBlock())], verbose_name=_("social networks"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact details"),
        ),
        FieldPanel("main_menu"),
        FieldPanel("footer_menu"),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("site settings")
