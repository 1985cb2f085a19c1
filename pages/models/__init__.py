"""The page types, one module per kind of page, and the site settings."""

from .audience import AudiencePage
from .brochure import BrochurePage
from .charter import CharterPage
from .editorial import BasePage, HomePage, StandardPage
from .partners import PartnerFormField, PartnerFormPage, PartnerSpacePage
from .site_settings import SiteSettings, SocialLinkBlock

__all__ = [
    "AudiencePage",
    "BasePage",
    "BrochurePage",
    "CharterPage",
    "HomePage",
    "PartnerFormField",
    "PartnerFormPage",
    "PartnerSpacePage",
    "SiteSettings",
    "SocialLinkBlock",
    "StandardPage",
]
