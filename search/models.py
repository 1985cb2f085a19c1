from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexEntry(models.Model):
    """The searchable text of one indexed object. The engines' own full-text indexes
    (FTS5 on SQLite, a GIN index on PostgreSQL) are built over these rows by migrations."""

    model = models.CharField(max_length=100)
    object_id = models.BigIntegerField()
    title = models.TextField(default="")
    body = models.TextField(default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["model", "object_id"], name="search_entry_unique")]

    def __str__(self):
        return f"{self.model}#{self.object_id}"


class Synonyms(models.Model):
    """Words visitors type for the same thing ("ciné, cinéma"): a search for one finds
    the others, with every backend. Editors maintain the list (Admin → Search)."""

    terms = models.CharField(
        _("words"),
        max_length=255,
        unique=True,
        help_text=_("Words that mean the same, separated by commas: ciné, cinéma"),
    )

    class Meta:
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")
        ordering = ["terms"]

    def __str__(self):
        return self.terms
