"""A landing page for one audience (students, families, seniors, newcomers to France): the
steps to get the card, in plain words, and a few activities chosen for that audience by a
preset catalogue search. Where a QR code on a forum poster leads."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from activities.cards import Card
from activities.filters import CatalogueFilterSet, validate_catalogue_query
from activities.models import Activity

from ..blocks import StepBlock
from .editorial import BasePage


class AudiencePage(BasePage):
    class Audience(models.TextChoices):
        STUDENTS = "students", _("students")
        FAMILIES = "families", _("families")
        SENIORS = "seniors", _("seniors")
        NEWCOMERS = "newcomers", _("newcomers to France")

    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name=_("steps to get the card"),
        min_num=1,
        max_num=5,
        help_text=_("Three short steps, in plain words."),
    )
    catalogue_query = models.CharField(
        _("activities chosen for this audience"),
        max_length=500,
        blank=True,
        validators=[validate_catalogue_query],
        help_text=_("The filters of the activity search, e.g. audience=students&free=1."),
    )
    activity_count = models.PositiveSmallIntegerField(
        _("how many activities to show"), default=3, validators=[MinValueValidator(0), MaxValueValidator(12)]
    )

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("audience"),
        FieldPanel("steps"),
        FieldRowPanel([FieldPanel("catalogue_query"), FieldPanel("activity_count")]),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("steps")]
    api_fields = BasePage.api_fields + [
        APIField("audience"),
        APIField("steps"),
        APIField("catalogue_query"),
        APIField("activity_count"),
    ]
    override_translatable_fields = [SynchronizedField("catalogue_query")]

    class Meta:
        verbose_name = _("audience page")

    def chosen_activities(self):
        if not self.activity_count:
            return []
        shown = Activity.objects.for_locale(self.locale)
        filterset = CatalogueFilterSet(QueryDict(self.catalogue_query.lstrip("?")), queryset=shown)
        return Card.rows(shown, list(filterset.qs.values_list("pk", flat=True)[: self.activity_count]))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["activities"] = self.chosen_activities()
        context["catalogue_query"] = self.catalogue_query.lstrip("?")
        return context
