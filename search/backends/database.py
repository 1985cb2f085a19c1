import logging

from django.db import DatabaseError, connection, transaction
from django.db.models.expressions import RawSQL

from ..index import model_label
from ..models import IndexEntry
from ..text import query_terms

logger = logging.getLogger(__name__)


class DatabaseBackend:
    """Full-text search in the main database: SQLite FTS5 or PostgreSQL full-text."""

    name = "database"

    def health(self):
        """Whether a real full-text query runs against the index (the FTS5 table on
        SQLite, the `sortir_french` configuration on PostgreSQL), as searches do."""
        try:
            # A savepoint: on PostgreSQL a failed query would break the caller's transaction.
            with transaction.atomic():
                list(IndexEntry.objects.filter(id__in=self._match(["sortir"], title_only=False))[:1])
        except DatabaseError:
            logger.exception("The search index does not answer.")
            return {"backend": self.name, "status": "error"}
        return {"backend": self.name, "status": "ok"}

    def _match(self, terms, title_only):
        table = IndexEntry._meta.db_table
        if connection.vendor == "sqlite":
            expression = " AND ".join(f'"{term}"*' for term in terms)
            if title_only:
                expression = f"{{title}} : ({expression})"
            return RawSQL(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH %s", [expression])
        if connection.vendor == "postgresql":
            document = "title" if title_only else "title || ' ' || body"
            # Quoted, each term is one operand even where the parser splits it in several
            # lexemes; terms hold word characters only (query_terms), never a quote.
            tsquery = " & ".join(f"'{term}':*" for term in terms)
            return RawSQL(
                f"SELECT id FROM {table} WHERE to_tsvector('sortir_french'::regconfig, {document}) "
                f"@@ to_tsquery('sortir_french'::regconfig, %s)",
                [tsquery],
            )
        raise NotImplementedError(f"No full-text search for {connection.vendor}")

    def matching_ids(self, model, text, title_only=False):
        """A subquery of the primary keys of `model` objects matching `text`, or None
        when the text has no significant term (then nothing is filtered)."""
        terms = query_terms(text)
        if not terms:
            return None
        entries = IndexEntry.objects.filter(model=model_label(model), id__in=self._match(terms, title_only))
        return entries.values("object_id")
