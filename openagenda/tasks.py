"""The sync as a background task (django-tasks), for "sync now" in the admin: the view
queues one run per agenda and enqueues this task on the "openagenda" task backend. In
production that backend is django-tasks-db: the task waits in the database until the
worker (`manage.py db_worker --backend openagenda`, a service beside gunicorn) runs it,
so a long sync never runs inside a web request. In development it may be the immediate
backend, which runs it in the request (README, "OpenAgenda sync")."""

from django.utils import timezone
from django_tasks import task

from .models import SyncRun
from .sync import SyncRefused, sync_agenda

BACKEND = "openagenda"


@task(backend=BACKEND)
def sync_openagenda(run_ids):
    """Start the queued runs `run_ids`, one agenda after the other; returns the ids of
    the runs it started and the refusals."""
    result = {"runs": [], "refused": []}
    for run in SyncRun.objects.filter(pk__in=run_ids).order_by("pk"):
        if run.outcome != SyncRun.Outcome.QUEUED:
            continue  # started by a scheduled run in the meantime
        try:
            result["runs"].append(sync_agenda(run.agenda, queued=run).pk)
        except SyncRefused as exc:
            result["refused"].append(str(exc))
            SyncRun.objects.filter(pk=run.pk, outcome=SyncRun.Outcome.QUEUED).update(
                outcome=SyncRun.Outcome.NOT_RUN, finished_at=timezone.now(), error=str(exc)
            )
    return result
