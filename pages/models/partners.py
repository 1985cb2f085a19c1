"""The partner space: what a structure needs to become a partner and work with the card,
its agreement templates, and the "become a partner" form (Wagtail's form builder)."""

import logging
import smtplib

from django import forms
from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..blocks import AgreementTemplateBlock
from .editorial import BasePage

logger = logging.getLogger(__name__)

HONEYPOT = "website_address"


class PartnerSpacePage(BasePage):
    """For activity structures: becoming a partner, commitments, reimbursement, tools.
    The body tells it; the agreement templates are listed with their version and date."""

    agreement_templates = StreamField(
        [("template", AgreementTemplateBlock())], verbose_name=_("agreement templates"), blank=True
    )

    content_panels = BasePage.content_panels + [FieldPanel("agreement_templates")]
    search_fields = BasePage.search_fields + [index.SearchField("agreement_templates")]
    api_fields = BasePage.api_fields + [APIField("agreement_templates")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.PartnerFormPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner space")


class PartnerFormField(TranslatableMixin, AbstractFormField):
    """A field of the form; translatable (labels, help texts, choices) with its page. Its
    name is the same in every language, so that submissions share their columns."""

    page = ParentalKey("PartnerFormPage", on_delete=models.CASCADE, related_name="form_fields")
    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        ordering = ["sort_order"]
        unique_together = [("translation_key", "locale")]


class HoneypotForm(forms.Form):
    """Adds a field people never see (hidden by the stylesheet, and from assistive
    technologies) and bots fill in: a submission with it filled is refused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def clean(self):
        cleaned_data = super().clean()
        if self.cleaned_data.get(HONEYPOT):
            raise forms.ValidationError(_("Your message could not be sent."), code="honeypot")
        cleaned_data.pop(HONEYPOT, None)
        return cleaned_data

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT]


class PartnerFormPage(AbstractEmailForm):
    """ "Become a partner": editors build the form; submissions are kept in the admin
    (Forms) and e-mailed to the team. Spam is kept out without any third party: a
    honeypot field and a limit of submissions per address."""

    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = models.TextField(_("message after sending"), blank=True)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to the team"),
        ),
    ]
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("intro")]
    # The team's address is the same whatever the language of the form.
    override_translatable_fields = [SynchronizedField("to_address")]
    api_fields = [APIField("intro")]

    parent_page_types = ["pages.PartnerSpacePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner form")

    def breadcrumbs(self):
        return BasePage.breadcrumbs(self)

    def get_form_class(self):
        form_class = super().get_form_class()
        return type(form_class.__name__, (HoneypotForm, form_class), {})

    def send_mail(self, form):
        # The submission is stored already: a mail server that is down must not lose it
        # nor show the visitor an error; editors still find it in the admin.
        try:
            super().send_mail(form)
        except (OSError, smtplib.SMTPException):
            logger.exception("The e-mail of a submission of “%s” could not be sent", self.title)

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and is_ratelimited(
            request,
            group="pages.partner-form",
            key="ip",
            rate=settings.RATE_LIMIT_FORMS,  # per client address (portal.addresses behind proxies)
            method="POST",
            increment=True,
        ):
            response = TemplateResponse(
                request, "pages/form_rate_limited.html", self.get_context(request), status=429
            )
            response["Retry-After"] = "3600"
            return response
        return super().serve(request, *args, **kwargs)
