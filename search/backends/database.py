class DatabaseBackend:
    """Full-text search in the main database: SQLite FTS5 or PostgreSQL full-text."""

    name = "database"

    def health(self):
        return {"backend": self.name, "status": "ok"}
