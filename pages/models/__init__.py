"""The page types, one module per kind of page, and the site settings."""

from .charter import CharterPage
from .editorial import BasePage, HomePage, StandardPage
from .site_settings import SiteSettings, SocialLinkBlock

__all__ = ["BasePage", "CharterPage", "HomePage", "SiteSettings", "SocialLinkBlock", "StandardPage"]
