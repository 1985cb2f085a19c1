"""The sync in the Wagtail admin: the list of runs (read-only, with "sync now"), the
keyword → category table editors maintain, and a dashboard panel with the last runs."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from activities.wagtail_hooks import ACTIVITY_FORM_HOOK

from .config import SyncConfig
from .forms import SyncedActivityForm
from .models import KeywordMapping, SyncRun
from .sync import release_dead_runs
from .views import SyncNowView, can_run_sync

EVENT_LABEL = _("event")


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Runs are written by the sync only: editors may look at them, never change them."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(SyncRun, ReadOnlyPolicy(SyncRun), exact_class=True)


class SyncRunIndexView(IndexView):
    def get(self, request, *args, **kwargs):
        # A run whose process was killed shows as interrupted, not as running for ever.
        release_dead_runs()
        return super().get(request, *args, **kwargs)

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if can_run_sync(self.request.user):
            buttons.append(
                HeaderButton(_("Sync now"), url=reverse("openagenda_sync_now"), icon_name="resubmit")
            )
        return buttons


class SyncRunInspectView(InspectView):
    def get(self, request, *args, **kwargs):
        release_dead_runs()
        return super().get(request, *args, **kwargs)

    def get_messages_display_value(self):
        messages = self.object.messages or []
        if not messages:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{}{}</li>",
                ((f"{EVENT_LABEL} {m['uid']}: " if m.get("uid") else "", m["message"]) for m in messages),
            ),
        )

    def get_since_display_value(self):
        return self.object.since or "—"

    def get_heartbeat_at_display_value(self):
        return self.object.heartbeat_at or "—"

    def get_host_display_value(self):
        return self.object.host or "—"

    def get_triggered_by_display_value(self):
        return self.object.triggered_by or _("the sync_openagenda command")


class SyncRunViewSet(ModelViewSet):
    model = SyncRun
    icon = "resubmit"
    menu_label = _("Sync runs")
    url_prefix = "openagenda/runs"
    url_namespace = "openagenda_syncrun"
    index_view_class = SyncRunIndexView
    inspect_view_class = SyncRunInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # No one may add or change a run (see ReadOnlyPolicy); Wagtail still wants a form.
    exclude_form_fields = []
    list_display = [
        "__str__",
        Column("outcome", label=_("outcome"), accessor="get_outcome_display"),
        Column("progress", label=_("progress"), accessor="progress"),
        "created",
        "updated",
        "unchanged",
        "unpublished",
        "rejected",
        DateColumn("finished_at", label=_("finished at")),
    ]
    list_filter = ["outcome", "mode", "agenda"]
    inspect_view_fields = [
        "agenda", "mode", "outcome", "progress", "started_at", "heartbeat_at", "finished_at", "since",
        "triggered_by", "host", "pages", "events", "created", "updated", "unchanged", "unpublished",
        "rejected", "skipped", "writes", "error", "messages",
    ]  # fmt: skip

    def get_permissions_to_register(self):
        # Editors' groups can be given the right to see runs and to start one.
        return Permission.objects.filter(
            Q(codename="view_syncrun") | Q(codename="run_openagenda_sync"),
            content_type=ContentType.objects.get_for_model(SyncRun),
        )


class KeywordMappingViewSet(ModelViewSet):
    model = KeywordMapping
    icon = "tag"
    menu_label = _("Keywords → categories")
    url_prefix = "openagenda/keywords"
    url_namespace = "openagenda_keywordmapping"
    form_fields = ["keyword", "category"]
    list_display = ["keyword", "category"]
    list_filter = ["category"]
    search_fields = ["keyword"]
    copy_view_enabled = False


class OpenAgendaViewSetGroup(ModelViewSetGroup):
    menu_label = _("OpenAgenda")
    menu_icon = "resubmit"
    menu_order = 210
    items = (SyncRunViewSet, KeywordMappingViewSet)


@hooks.register("register_admin_viewset")
def register_openagenda_viewsets():
    return OpenAgendaViewSetGroup()


@hooks.register(ACTIVITY_FORM_HOOK)
def synced_activity_form():
    # On activities that come from OpenAgenda, the fields it owns are read-only.
    return SyncedActivityForm


@hooks.register("register_admin_urls")
def register_sync_now_url():
    return [path("openagenda/sync-now/", SyncNowView.as_view(), name="openagenda_sync_now")]


class SyncPanel(Component):
    name = "openagenda_sync"
    template_name = "openagenda/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        release_dead_runs()
        agendas = SyncConfig.from_settings().agendas
        runs = [run for agenda in agendas if (run := SyncRun.objects.filter(agenda=agenda).first())]
        if not runs and (latest := SyncRun.objects.first()):
            runs = [latest]
        return {
            "runs": runs,
            "can_sync": can_run_sync(request.user),
            "csrf_token": parent_context.get("csrf_token"),
            "next_url": request.get_full_path(),
            "request": request,
        }


@hooks.register("construct_homepage_panels")
def add_sync_panel(request, panels):
    user = request.user
    if user.has_perm("openagenda.view_syncrun") or can_run_sync(user):
        panels.append(SyncPanel())
