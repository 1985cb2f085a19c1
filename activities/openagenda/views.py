"""Admin views of the sync: "sync now" (a confirmation page, then a POST that runs the
sync through the task backend) for editors allowed to start it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from django_tasks import TaskResultStatus
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .config import SyncConfig
from .models import SyncRun
from .tasks import sync_openagenda

PERMISSION = "activities.run_openagenda_sync"


def can_run_sync(user):
    return user.is_active and user.has_perm(PERMISSION)


class SyncNowView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "activities/openagenda/sync_now.html"
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
                "running": SyncRun.objects.filter(outcome=SyncRun.Outcome.RUNNING).first(),
                "next_url": self._next_url(),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        if not SyncConfig.from_settings().agendas:
            messages.error(request, _("No OpenAgenda agenda is configured (OPENAGENDA_AGENDAS)."))
            return redirect(self._next_url())
        result = sync_openagenda.enqueue(user_id=request.user.pk, full=request.POST.get("full") == "1")
        if result.status == TaskResultStatus.SUCCESSFUL:
            self._report(result.return_value)
        elif result.status == TaskResultStatus.FAILED:
            messages.error(request, _("The sync could not run; the error is in the server logs."))
        else:
            messages.info(request, _("The sync has started; its result will appear in the list of runs."))
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
            summary += ", " + _(
                "%(updated)d updated, %(unpublished)d unpublished, %(rejected)d rejected."
            ) % {
                "updated": run.updated,
                "unpublished": run.unpublished,
                "rejected": run.rejected,
            }
            if run.error:
                messages.error(self.request, _("Sync failed: %(error)s") % {"error": run.error})
            elif run.rejected:
                messages.warning(self.request, summary)
            else:
                messages.success(self.request, summary)

    def _next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next")
        if url and url_has_allowed_host_and_scheme(url, {self.request.get_host()}):
            return url
        return reverse("openagenda_syncrun:index")
