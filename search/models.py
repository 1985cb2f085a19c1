import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexEntry(models.Model):
    """The searchable text of one indexed object. The engines' own full-text indexes
    (FTS5 on SQLite, a GIN index on PostgreSQL) are built over these rows by migrations."""

    model = models.CharField(max_length=100)
    object_id = models.BigIntegerField()
    title = models.TextField(default="")
    body = models.TextField(default="")
    places = models.TextField(default="")

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


class ActivityRow(models.Model):
    """An activity as one language shows it (its live translation, else the French
    source): what the database backend filters, sorts and counts, in one narrow row
    instead of the activity's wide one and its joins. Kept by the backend's `index`."""

    language = models.CharField(max_length=8)
    activity_id = models.BigIntegerField()
    next_start = models.DateTimeField(null=True)
    last_end = models.DateTimeField(null=True)
    commune_id = models.BigIntegerField(null=True)
    neighbourhood_id = models.BigIntegerField(null=True)
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    kind = models.CharField(max_length=10)
    price = models.DecimalField(max_digits=7, decimal_places=2, null=True)
    age_min = models.PositiveSmallIntegerField(null=True)
    age_max = models.PositiveSmallIntegerField(null=True)
    families = models.BooleanField(default=False)
    students = models.BooleanField(default=False)
    eticket = models.BooleanField(default=False)
    wheelchair = models.BooleanField(default=False)
    hearing = models.BooleanField(default=False)
    visual = models.BooleanField(default=False)
    mental = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "activity_id"], name="search_row_unique")]
        indexes = [
            models.Index(fields=["language", "next_start", "activity_id"], name="search_row_next"),
            models.Index(fields=["language", "last_end"], name="search_row_end"),
            models.Index(fields=["activity_id"], name="search_row_activity"),
            # Everything filters and facet counts read, so that they never read the table.
            models.Index(
                fields=[
                    "language", "last_end", "price", "kind", "families", "students", "eticket", "wheelchair",
                    "hearing", "visual", "mental", "commune_id", "neighbourhood_id", "age_min", "age_max",
                    "activity_id",
                ],
                name="search_row_facets",
            ),
        ]  # fmt: skip

    def __str__(self):
        return f"{self.activity_id} in {self.language}"


class ActivityRowCategory(models.Model):
    """A category of an indexed activity, as its rows were counted (the activity's own
    categories may have changed since: its counts are then taken back with these)."""

    activity_id = models.BigIntegerField()
    category_id = models.BigIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["activity_id", "category_id"], name="search_row_category_activity"),
            models.Index(fields=["category_id", "activity_id"], name="search_row_category"),
        ]

    def __str__(self):
        return f"{self.activity_id} in category {self.category_id}"


class FacetCount(models.Model):
    """How many activities shown in a language have a facet option, by the week their
    last date ends (its Monday): the counts of the unfiltered catalogue are read from
    here (the weeks to come; only this week's activities not over yet are counted row by
    row). Kept in step with ActivityRow by the backend's `index`, in the same transaction."""

    language = models.CharField(max_length=8)
    facet = models.CharField(max_length=20)  # "" for the total
    option = models.CharField(max_length=60)
    end_week = models.DateField()
    count = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["language", "facet", "option", "end_week"], name="search_facet_count_unique"
            )
        ]

    def __str__(self):
        return f"{self.language} {self.facet}={self.option} ending the week of {self.end_week}: {self.count}"


class IndexVersion(models.Model):
    """A new value at every change of the database backend's rows, so that a process
    holding what it derived from them (bitmaps.Snapshot) knows to read them again. A
    random value rather than a counter: after a rolled-back change, a counter would give
    the next change the number of the one rolled back."""

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).values_list("token", flat=True).first()

    @classmethod
    def bump(cls):
        cls.objects.update_or_create(pk=1, defaults={"token": uuid.uuid4().hex})
