"""Admin views of the sync: "sync now" (a confirmation page, then a POST that queues a run
per agenda for the task worker and answers at once) for editors allowed to start it."""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_tasks import TaskResultStatus
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .config import SyncConfig
from .models import SyncRun
from .sync import release_dead_runs
from .tasks import sync_openagenda

logger = logging.getLogger(__name__)

PERMISSION = "openagenda.run_openagenda_sync"


def can_run_sync(user):
    return user.is_active and user.has_perm(PERMISSION)


def going_on_message(run):
    """What editors are told when they ask for a sync while one is queued or running."""
    since = f"{timezone.localtime(run.started_at):%Y-%m-%d %H:%M}"
    if run.outcome == SyncRun.Outcome.QUEUED:
        return gettext(
            "A sync of agenda %(agenda)s is already queued (since %(since)s); it starts as soon "
            "as the task worker takes it."
        ) % {"agenda": run.agenda, "since": since}
    return gettext("A sync of agenda %(agenda)s is already running (started %(since)s; %(progress)s).") % {
        "agenda": run.agenda,
        "since": since,
        "progress": run.progress,
    }


class SyncNowView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "openagenda/sync_now.html"
    http_method_names = ["get", "post"]
    page_title = _("Sync with OpenAgenda now")
    header_icon = "resubmit"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("openagenda_syncrun:index"), "label": SyncRun._meta.verbose_name_plural},
            {"url": "", "label": self.page_title},
        ]

    def dispatch(self, request, *args, **kwargs):
        if not can_run_sync(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "agendas": SyncConfig.from_settings().agendas,
                "going_on": [going_on_message(run) for run in release_dead_runs()],
                "next_url": self._next_url(),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        config = SyncConfig.from_settings()
        if not config.agendas:
            messages.error(request, gettext("No OpenAgenda agenda is configured (OPENAGENDA_AGENDAS)."))
            return redirect(self._next_url())
        going_on = release_dead_runs(config)
        if going_on:
            messages.warning(request, going_on_message(going_on[0]))
            return redirect(self._next_url())
        mode = SyncRun.Mode.FULL if request.POST.get("full") == "1" else SyncRun.Mode.INCREMENTAL
        try:
            with transaction.atomic():
                runs = [
                    SyncRun.objects.create(
                        agenda=agenda, mode=mode, outcome=SyncRun.Outcome.QUEUED, triggered_by=request.user
                    )
                    for agenda in config.agendas
                ]
        except IntegrityError:  # another editor asked at the same moment
            messages.warning(request, going_on_message(release_dead_runs(config)[0]))
            return redirect(self._next_url())
        try:
            result = sync_openagenda.enqueue(run_ids=[run.pk for run in runs])
        except Exception:
            logger.exception("The OpenAgenda sync could not be queued")
            SyncRun.objects.filter(pk__in=[run.pk for run in runs], outcome=SyncRun.Outcome.QUEUED).update(
                outcome=SyncRun.Outcome.NOT_RUN,
                finished_at=timezone.now(),
                error=gettext("The sync could not be queued; the error is in the server logs."),
            )
            messages.error(request, gettext("The sync could not be queued; the error is in the server logs."))
            return redirect(self._next_url())
        if result.status == TaskResultStatus.SUCCESSFUL:
            self._report(result.return_value)  # an immediate task backend (development)
        elif result.status == TaskResultStatus.FAILED:
            messages.error(request, gettext("The sync could not run; the error is in the server logs."))
        else:
            messages.success(
                request,
                gettext("The sync is queued and starts in a moment; the list of runs shows its progress."),
            )
        return redirect(self._next_url())

    def _report(self, value):
        for refusal in value.get("refused", []):
            messages.warning(self.request, refusal)
        for run in SyncRun.objects.filter(pk__in=value.get("runs", [])):
            summary = ngettext(
                "Agenda %(agenda)s: %(count)d activity created",
                "Agenda %(agenda)s: %(count)d activities created",
                run.created,
            ) % {"agenda": run.agenda, "count": run.created}
            summary += ", " + gettext(
                "%(updated)d updated, %(unpublished)d unpublished, %(rejected)d rejected."
            ) % {
                "updated": run.updated,
                "unpublished": run.unpublished,
                "rejected": run.rejected,
            }
            if run.error:
                messages.error(self.request, gettext("Sync failed: %(error)s") % {"error": run.error})
            elif run.rejected:
                messages.warning(self.request, summary)
            else:
                messages.success(self.request, summary)

    def _next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next")
        if url and url_has_allowed_host_and_scheme(url, {self.request.get_host()}):
            return url
        return reverse("openagenda_syncrun:index")
