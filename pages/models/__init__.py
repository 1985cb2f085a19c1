"""The page types, one module per kind of page, and the site settings."""

from .editorial import BasePage, HomePage, StandardPage
from .site_settings import SiteSettings, SocialLinkBlock

__all__ = ["BasePage", "HomePage", "SiteSettings", "SocialLinkBlock", "StandardPage"]
