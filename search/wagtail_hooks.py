from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonyms


class SynonymsViewSet(SnippetViewSet):
    model = Synonyms
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["terms"]
    search_fields = ["terms"]


register_snippet(SynonymsViewSet)
