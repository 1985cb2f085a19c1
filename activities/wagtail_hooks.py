from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_search import ActivityChooserViewSet, ActivityIndexView
from .models import Activity, Category, Commune, Neighbourhood, Place, Structure

# `@hooks.register(ACTIVITY_FORM_HOOK)` on a function returning a WagtailAdminModelForm
# subclass makes it the base form of the activity editor.
ACTIVITY_FORM_HOOK = "activity_editor_form"


class ActivityAdminFilterSet(WagtailFilterSet):
    class Meta:
        model = Activity
        fields = ["status", "kind", "source", "categories", "eticket", "live"]


class ActivitySnippetViewSet(SnippetViewSet):
    model = Activity
    icon = "date"
    menu_label = _("Activities")
    list_display = ["title", "status", "next_start", "source", "live"]
    list_export = [
        "title",
        "slug",
        "status",
        "next_start",
        "sortir_price",
        "full_price",
        "source",
        "source_uid",
    ]
    filterset_class = ActivityAdminFilterSet
    ordering = ["-next_start"]
    index_view_class = ActivityIndexView
    chooser_viewset_class = ActivityChooserViewSet
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("slug"),
                    FieldPanel("summary"),
                    FieldPanel("description"),
                    FieldPanel("categories"),
                    FieldPanel("image"),
                    FieldPanel("status"),
                    FieldPanel("featured"),
                ],
                heading=_("Content"),
            ),
            ObjectList(
                [
                    FieldPanel("structure"),
                    FieldPanel("place"),
                    FieldPanel("kind"),
                    InlinePanel("occurrences", heading=_("Dates"), label=_("Date")),
                ],
                heading=_("When and where"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("sortir_price"), FieldPanel("full_price")]),
                            FieldPanel("sortir_price_by_editor"),
                            FieldPanel("price_notes"),
                            FieldPanel("booking_url"),
                            FieldPanel("eticket"),
                        ],
                        heading=_("Prices and booking"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
                            FieldRowPanel([FieldPanel("for_families"), FieldPanel("for_students")]),
                        ],
                        heading=_("Audience"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldRowPanel(
                                [
                                    FieldPanel("wheelchair"),
                                    FieldPanel("hearing"),
                                    FieldPanel("visual"),
                                    FieldPanel("mental"),
                                ]
                            ),
                            FieldPanel("accessibility_notes"),
                        ],
                        heading=_("Accessibility"),
                    ),
                ],
                heading=_("Prices, audience, accessibility"),
            ),
            ObjectList(
                [
                    FieldPanel("source", read_only=True),
                    FieldPanel("source_agenda", read_only=True),
                    FieldPanel("source_uid", read_only=True),
                    FieldPanel("source_updated_at", read_only=True),
                ],
                heading=_("Source"),
            ),
        ],
    )

    def get_edit_handler(self):
        # An app that owns some fields of activities (the OpenAgenda sync) gives the editor
        # its form through this hook, so that the catalogue does not need to know it.
        forms = [make_form() for make_form in hooks.get_hooks(ACTIVITY_FORM_HOOK)]
        edit_handler = self.edit_handler
        if forms:
            edit_handler = TabbedInterface(**{**edit_handler.clone_kwargs(), "base_form_class": forms[-1]})
        return edit_handler.bind_to_model(self.model)


class StructureViewSet(SnippetViewSet):
    model = Structure
    icon = "group"
    menu_label = _("Partner structures")
    list_display = ["name", "commune", "has_agreement", "sells_etickets"]
    list_filter = ["has_agreement", "sells_etickets", "commune"]


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = _("Places")
    list_display = ["name", "commune", "neighbourhood"]
    list_filter = ["commune", "neighbourhood"]


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Categories")
    list_display = ["name", "name_en", "name_ar", "slug"]


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "home"
    menu_label = _("Communes")
    list_display = ["name", "insee_code"]


class NeighbourhoodViewSet(SnippetViewSet):
    model = Neighbourhood
    icon = "home"
    menu_label = _("Rennes neighbourhoods")
    list_display = ["name"]


class CatalogueViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Catalogue")
    menu_icon = "date"
    menu_order = 200
    items = (
        ActivitySnippetViewSet,
        StructureViewSet,
        PlaceViewSet,
        CategoryViewSet,
        CommuneViewSet,
        NeighbourhoodViewSet,
    )


register_snippet(CatalogueViewSetGroup)
