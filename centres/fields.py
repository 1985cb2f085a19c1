"""A list of choices kept in a JSON column and edited as check boxes. The choices live in the
code (not in migrations): adding one needs no migration. Filter with
`field__icontains='"slug"'`, which SQLite and PostgreSQL both run on the JSON text."""

from django import forms
from django.db import models


class ChoiceListField(models.JSONField):
    def __init__(self, *args, options=(), **kwargs):
        self.options = list(options)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.options,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name[:1].upper() + self.verbose_name[1:],
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {key for key, _label in self.options}
        unknown = [item for item in value or [] if item not in known]
        if unknown:
            raise forms.ValidationError(f"Unknown values: {', '.join(map(str, unknown))}")

    def labels(self, values):
        names = dict(self.options)
        return [names[value] for value in values or [] if value in names]
