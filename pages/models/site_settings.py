"""Site-wide settings editors keep: contact details, menus, social links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


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
