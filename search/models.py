from django.db import models


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
