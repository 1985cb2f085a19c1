"""The catalogue's taxonomy: communes, Rennes' neighbourhoods and categories, with their
labels in each language of the site."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class LabelledMixin(models.Model):
    """Small taxonomy entries carry their label in each language of the site (a proper
    name needs no translation: the other labels are then left empty)."""

    name = models.CharField(_("name (French)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=120, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def label(self):
        lang = translation.get_language() or settings.LANGUAGE_CODE
        return getattr(self, f"name_{lang}", "") or self.name


class Area(LabelledMixin):
    """A named area with a centre, which "near me" can measure distances from."""

    slug = models.SlugField(unique=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]


class Commune(Area):
    """One of the member communes of Rennes Métropole."""

    insee_code = models.CharField(_("INSEE code"), max_length=5, blank=True)

    class Meta(Area.Meta):
        verbose_name = _("commune")


class Neighbourhood(Area):
    """One of Rennes' twelve quartiers."""

    class Meta(Area.Meta):
        verbose_name = _("neighbourhood")


class Category(LabelledMixin):
    """An editor-managed kind of activity (show, concert, cinema, museum…)."""

    slug = models.SlugField(unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
