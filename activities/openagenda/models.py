"""Models of the OpenAgenda sync (see activities/openagenda/README or the sync issue)."""

__all__ = []
