"""The Espaces Sociaux Communs: an index page with the "what do I need?" finder, and one
page per site with its opening hours, services and a printable sheet."""

from datetime import timedelta

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.models import BasePage
from pages.pdf import PublishedPDFMixin

from . import hours
from .fields import ChoiceListField

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SERVICES = [
    ("city", _("City of Rennes")),
    ("departement", _("Département d'Ille-et-Vilaine")),
    ("caf", _("CAF (family allowance fund)")),
    ("ccas", _("CCAS (municipal social action centre)")),
    ("social-centre", _("Social centre")),
]
NEEDS = [
    ("family-benefits", _("Family benefits")),
    ("housing-help", _("Help with housing")),
    ("sortir-card", _("The Sortir ! card")),
    ("digital-help", _("Help with online procedures")),
    ("social-worker", _("Meeting a social worker")),
    ("orientation", _("Not sure: someone to point me the right way")),
]


class SlotBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(choices=WEEKDAYS, label=_("Day"))
    opens = blocks.TimeBlock(label=_("Opens at"))
    closes = blocks.TimeBlock(label=_("Closes at"))

    class Meta:
        icon = "time"
        label = _("Opening slot")


class WeekBlock(blocks.StreamBlock):
    """The weekly hours: a slot closes after it opens, and slots of one day do not overlap."""

    slot = SlotBlock()

    def clean(self, value):
        value = super().clean(value)
        slots = [
            hours.Slot(int(child.value["weekday"]), child.value["opens"], child.value["closes"])
            for child in value
        ]
        messages = {
            "closes_before_opens": _("This slot closes before it opens."),
            "overlap": _("This slot overlaps another slot of the same day."),
        }
        errors = {
            index: StructBlockValidationError(block_errors={"closes": forms.ValidationError(messages[code])})
            for index, code in hours.validate_week(slots).items()
        }
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value


class ExceptionBlock(blocks.StructBlock):
    day = blocks.DateBlock(label=_("Date"))
    closed = blocks.BooleanBlock(label=_("Closed all day"), required=False, default=True)
    opens = blocks.TimeBlock(label=_("Opens at"), required=False, help_text=_("When not closed all day."))
    closes = blocks.TimeBlock(label=_("Closes at"), required=False)
    label = blocks.CharBlock(label=_("Reason shown to visitors"), required=False, max_length=80)

    class Meta:
        icon = "date"
        label = _("Exception")

    def clean(self, value):
        value = super().clean(value)
        if not value["closed"]:
            if not value["opens"] or not value["closes"]:
                raise StructBlockValidationError(
                    block_errors={
                        "opens": forms.ValidationError(_("Give the hours, or tick “closed all day”."))
                    }
                )
            if value["closes"] <= value["opens"]:
                raise StructBlockValidationError(
                    block_errors={"closes": forms.ValidationError(_("This slot closes before it opens."))}
                )
        return value


class EscPage(PublishedPDFMixin, BasePage):
    """One ESC site: where it is, when it is open, who is there, what to bring."""

    address = models.TextField(_("address"), blank=True)
    transport = models.TextField(_("public transport stops"), blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    services = ChoiceListField(_("services present"), options=SERVICES)
    needs = ChoiceListField(_("needs answered here"), options=NEEDS, help_text=_("Used by the finder."))
    what_to_bring = models.TextField(_("what to bring"), blank=True)
    weekly_hours = StreamField(WeekBlock(), verbose_name=_("weekly opening hours"), blank=True)
    exceptions = StreamField(
        [("exception", ExceptionBlock())],
        verbose_name=_("exceptions (closures, special hours)"),
        blank=True,
        help_text=_("French public holidays close the site unless an exception opens it."),
    )
    hours_confirmed = models.BooleanField(
        _("hours confirmed"),
        default=False,
        help_text=_("Leave unticked while the hours are to be confirmed: visitors then see a notice."),
    )
    editor_notes = models.TextField(
        _("notes for editors"), blank=True, help_text=_("Never shown to visitors.")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("transport"),
                FieldPanel("accessibility"),
                FieldPanel("phone"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("weekly_hours"), FieldPanel("exceptions"), FieldPanel("hours_confirmed")],
            heading=_("Opening hours"),
        ),
        FieldPanel("services"),
        FieldPanel("needs"),
        FieldPanel("what_to_bring"),
        FieldPanel("editor_notes"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("address"),
        index.SearchField("what_to_bring"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("address"),
        APIField("transport"),
        APIField("accessibility"),
        APIField("phone"),
        APIField("services"),
        APIField("needs"),
        APIField("what_to_bring"),
        APIField("weekly_hours"),
        APIField("exceptions"),
        APIField("hours_confirmed"),
    ]
    override_translatable_fields = [
        SynchronizedField("address"),
        SynchronizedField("phone"),
        SynchronizedField("editor_notes"),
    ]

    parent_page_types = ["centres.EscIndexPage"]
    subpage_types = []
    pdf_template = "centres/pdf/esc_page.html"

    class Meta:
        verbose_name = _("social-service centre (ESC)")

    def schedule(self):
        week = [
            hours.Slot(int(child.value["weekday"]), child.value["opens"], child.value["closes"])
            for child in self.weekly_hours
        ]
        exceptions = [
            hours.Exception_(
                day=child.value["day"],
                closed=child.value["closed"],
                slots=() if child.value["closed"] else ((child.value["opens"], child.value["closes"]),),
                label=child.value["label"],
            )
            for child in self.exceptions
        ]
        return hours.Schedule(week, exceptions)

    def status(self, now=None):
        return self.schedule().status(now or timezone.now())

    @cached_property
    def current_status(self):
        return self.status()

    def week_table(self):
        """[(day label, [(opens, closes)])] Monday to Sunday, for the page and the sheet."""
        slots = sorted(self.schedule().week, key=lambda s: (s.weekday, s.opens))
        return [(label, [(s.opens, s.closes) for s in slots if s.weekday == day]) for day, label in WEEKDAYS]

    def upcoming_exceptions(self, now=None, days=60):
        today = (now or timezone.now()).astimezone(hours.PARIS).date()
        schedule = self.schedule()
        shown = []
        for offset in range(days):
            day = today + timedelta(days=offset)
            slots, reason = schedule.slots_on(day)
            if reason:
                shown.append((day, slots, reason))
        return shown

    def service_labels(self):
        return self._meta.get_field("services").labels(self.services)

    def need_labels(self):
        return self._meta.get_field("needs").labels(self.needs)

    def json_ld(self, request):
        specs = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[slot.weekday]}",
                "opens": slot.opens.strftime("%H:%M"),
                "closes": slot.closes.strftime("%H:%M"),
            }
            for slot in self.schedule().week
        ]
        for day, slots, _reason in self.upcoming_exceptions():
            for opens, closes in slots or [(None, None)]:
                specs.append(
                    {
                        "@type": "OpeningHoursSpecification",
                        "validFrom": day.isoformat(),
                        "validThrough": day.isoformat(),
                        "opens": opens.strftime("%H:%M") if opens else "00:00",
                        "closes": closes.strftime("%H:%M") if closes else "00:00",
                    }
                )
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentOffice",
            "name": self.title,
            "url": self.get_full_url(request),
            "openingHoursSpecification": specs,
        }
        if self.address:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": self.address,
                "addressCountry": "FR",
            }
        if self.phone:
            data["telephone"] = self.phone
        return data

    def get_context(self, request, *args, **kwargs):
        from activities.structured_data import as_script_content

        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = as_script_content(self.json_ld(request))
        return context


class NeedForm(forms.Form):
    need = forms.ChoiceField(
        label=_("What do you need?"), choices=[("", _("Any need"))] + NEEDS, required=False
    )


class EscIndexPage(BasePage):
    """The list of the ESC sites, with the "what do I need?" finder (a GET form)."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["centres.EscPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("social-service centres (ESC) index")

    def sites(self, need=None, now=None):
        """The live sites under this page offering `need` (all without one), open ones first."""
        pages = list(EscPage.objects.child_of(self).live().specific().order_by("title"))
        if need:
            pages = [page for page in pages if need in (page.needs or [])]
        now = now or timezone.now()
        statuses = {page.pk: page.status(now) for page in pages}
        for page in pages:
            page.__dict__["current_status"] = statuses[page.pk]
        return sorted(pages, key=lambda page: statuses[page.pk].sort_key)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = NeedForm(request.GET or None)
        need = ""
        if form.is_bound and form.is_valid():
            need = form.cleaned_data["need"]
        context.update(
            form=form,
            need=need,
            need_label=dict(NEEDS).get(need, ""),
            invalid=form.is_bound and not form.is_valid(),
            sites=self.sites(need),
        )
        return context
