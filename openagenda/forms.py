"""The admin form of activities: on an activity that comes from OpenAgenda, the fields the
sync owns are read-only and say where they come from, so that no one edits a value the
next sync would replace. The Sortir ! price stays editable: a price set here is kept."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from activities import fields as owners
from activities.models import Activity

from .mapper import TEXT_FIELDS
from .text import languages

# The Sortir ! price stays editable (a price typed here is kept); `source…` fields are
# shown read-only by the editor's panels anyway; the slug is set when the sync creates
# the activity.
SYNCED_FIELDS = ["categories", "slug", *(name for name in owners.SYNCED if name != owners.EDITORS_PRICE)]
FROM_OPENAGENDA = _("Comes from OpenAgenda: change it there, the next sync brings it here.")
PRICE_HELP = _("A price entered here is kept by the sync instead of the one from OpenAgenda.")


class SyncedActivityForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None or self.instance.source != Activity.Source.OPENAGENDA:
            return
        for name in self.synced_field_names():
            if name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].help_text = FROM_OPENAGENDA
        if "sortir_price" in self.fields:
            self.fields["sortir_price"].help_text = PRICE_HELP
        self._freeze_dates()

    def synced_field_names(self):
        names = list(SYNCED_FIELDS)
        if self.instance.source_image_url:
            names.append(owners.SYNCED_IMAGE[0])
        source = self._source()
        if source is self.instance:
            return names + owners.SYNCED_TEXTS
        # A translation: the texts OpenAgenda has in its language are synced; the others
        # are the editors' to write.
        lang = self.instance.locale.language_code
        raw = (source.source_data if source else None) or {}
        for name, (key, _length) in TEXT_FIELDS.items():
            if lang in languages(raw.get(key)):
                names.append(name)
        # Shared fields follow the French version anyway.
        return names + ["sortir_price", "sortir_price_by_editor", "featured"]

    def _source(self):
        if self.instance.locale.language_code == settings.LANGUAGE_CODE:
            return self.instance
        return (
            Activity.objects.filter(
                translation_key=self.instance.translation_key, locale__language_code=settings.LANGUAGE_CODE
            )
            .only("source_data")
            .first()
        )

    def _freeze_dates(self):
        formset = self.formsets.get("occurrences")
        if formset is None:
            return
        # The primary key stays enabled: a disabled input is not submitted, and the
        # formset needs it to match each submitted date with the stored one.
        pk_name = formset.model._meta.pk.name
        for form in formset.forms:
            for name, field in form.fields.items():
                if name != pk_name:
                    field.disabled = True

    def clean(self):
        cleaned = super().clean()
        synced = self.instance.pk is not None and self.instance.source == Activity.Source.OPENAGENDA
        price_typed = (
            "sortir_price" in self.changed_data and "sortir_price_by_editor" not in self.changed_data
        )
        field = self.fields.get("sortir_price_by_editor")
        if synced and price_typed and field is not None and not field.disabled:
            # Editors who type a price mean to keep it.
            cleaned["sortir_price_by_editor"] = True
        return cleaned
