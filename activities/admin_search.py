"""The admin's activity listing and chooser search the catalogue's own index (search/),
the one index activities have: they are not in Wagtail's search index."""

from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin, SearchFilterMixin
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView

from search.backends.database import TextMatch


def matching(queryset, text):
    match = TextMatch(text)
    return queryset.filter(pk__in=match.entries()) if match else queryset


class ActivityIndexView(IndexView):
    is_searchable = True

    def search_queryset(self, queryset):
        return matching(queryset, self.search_query) if self.is_searching else queryset


class ActivitySearchFilterMixin(SearchFilterMixin):
    def filter(self, objects):
        objects = super(SearchFilterMixin, self).filter(objects)
        text = self.cleaned_data.get("q")
        if text:
            objects = matching(objects, text)
            self.is_searching = True
            self.search_query = text
        return objects


class ActivityChooserFilterForm(LocaleFilterMixin, ActivitySearchFilterMixin, BaseFilterForm):
    pass


class ActivityChooseView(ChooseView):
    filter_form_class = ActivityChooserFilterForm


class ActivityChooseResultsView(ChooseResultsView):
    filter_form_class = ActivityChooserFilterForm


class ActivityChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ActivityChooseView
    choose_results_view_class = ActivityChooseResultsView
