"""The sync as a background task (django-tasks, as Wagtail uses): with the default
immediate backend it runs in the request that asks for it; with a queue backend, in a
worker."""

from django.contrib.auth import get_user_model
from django_tasks import task

from .sync import SyncRefused, agendas_to_sync, sync_agenda


@task()
def sync_openagenda(user_id=None, full=False):
    """Sync every configured agenda; returns the ids of the runs and the refusals."""
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    result = {"runs": [], "refused": []}
    for agenda in agendas_to_sync():
        try:
            result["runs"].append(sync_agenda(agenda, full=full, user=user).pk)
        except SyncRefused as exc:
            result["refused"].append(str(exc))
    return result
