"""The observatory's studies library: an index page with filters, one page per publication,
and the monthly download counts of their files."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.search import index

from centres.fields import ChoiceListField
from pages.models import BasePage

PER_PAGE = 20

TYPES = [
    ("insee-sheet", _("Neighbourhood INSEE sheet")),
    ("delinquency-observatory", _("Delinquency observatory")),
    ("study", _("Study")),
    ("annual-report", _("Annual report")),
    ("dashboard", _("Social dashboard")),
]
QUARTIERS = [
    ("centre", "Centre"),
    ("thabor-saint-helier", "Thabor–Saint-Hélier–Alphonse Guérin"),
    ("bourg-leveque", "Bourg-l'Évêque–La Touche–Moulin du Comte"),
    ("saint-martin", "Saint-Martin"),
    ("maurepas-patton", "Maurepas–Patton"),
    ("jeanne-darc", "Jeanne d'Arc–Longs Champs–Atalante Beaulieu"),
    ("francisco-ferrer", "Francisco Ferrer–Landry–Poterie"),
    ("sud-gare", "Sud-Gare"),
    ("cleunay", "Cleunay–Arsenal-Redon–La Courrouze"),
    ("villejean", "Villejean–Beauregard"),
    ("le-blosne", "Le Blosne"),
    ("brequigny", "Bréquigny"),
]
TERRITORIES = [
    ("metropole", _("Rennes Métropole")),
    ("rennes", _("Rennes (the city)")),
    *[(f"quartier-{slug}", name) for slug, name in QUARTIERS],
    ("iris-qpv", _("An IRIS of a priority neighbourhood")),
    ("commune", _("A commune")),
]
THEMES = [
    ("population", _("Population")),
    ("access-to-rights", _("Access to rights")),
    ("families", _("Families")),
    ("youth", _("Young people")),
    ("exile", _("Exiled people and hospitality")),
    ("safety", _("Delinquency and prevention")),
    ("violence-against-women", _("Sexist and sexual violence")),
    ("public-services", _("Public services and reception")),
    ("social-indicators", _("Social indicators")),
]
SORTS = [
    ("-year", _("Newest first")),
    ("year", _("Oldest first")),
    ("title", _("Title (A to Z)")),
]


def restricted_collection_ids():
    """Collections with a view restriction, and their descendants (restrictions apply below)."""
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return set()
    query = models.Q()
    for path in paths:
        query |= models.Q(path__startswith=path)
    return set(Collection.objects.filter(query).values_list("pk", flat=True))


class PublicationPage(BasePage):
    """One publication of the observatory: what it is about, and its file."""

    publication_type = models.CharField(_("type"), max_length=40, choices=TYPES)
    territory = models.CharField(_("territory"), max_length=60, choices=TERRITORIES)
    territory_detail = models.CharField(
        _("IRIS or commune"), max_length=120, blank=True, help_text=_("For an IRIS or a commune: its name.")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    themes = ChoiceListField(_("themes"), options=THEMES)
    summary = models.TextField(_("summary"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Put a document meant for professionals only in the professionals' collection."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("publication_type"),
        FieldPanel("territory"),
        FieldPanel("territory_detail"),
        FieldPanel("year"),
        FieldPanel("themes"),
        FieldPanel("summary"),
        FieldPanel("document"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("summary"), index.FilterField("year")]
    api_fields = BasePage.api_fields + [
        APIField("publication_type"),
        APIField("territory"),
        APIField("territory_detail"),
        APIField("year"),
        APIField("themes"),
        APIField("summary"),
        APIField("restricted"),
    ]

    parent_page_types = ["studies.StudiesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")
        indexes = [models.Index(fields=["year"]), models.Index(fields=["publication_type"])]

    @property
    def restricted(self):
        cached = getattr(self, "_restricted", None)
        if cached is not None:
            return cached
        if self.document_id is None:
            return False
        return self.document.collection_id in restricted_collection_ids()

    def type_label(self):
        return self.get_publication_type_display()

    def territory_label(self):
        label = self.get_territory_display()
        return f"{label} — {self.territory_detail}" if self.territory_detail else label

    def theme_labels(self):
        return self._meta.get_field("themes").labels(self.themes)

    def get_context(self, request, *args, **kwargs):
        from django.contrib.auth.views import redirect_to_login
        from django.urls import reverse

        context = super().get_context(request, *args, **kwargs)
        if self.document_id and self.restricted:
            restrictions = self.document.collection.get_view_restrictions()
            context["user_can_download"] = all(r.accept_request(request) for r in restrictions)
            context["login_url"] = redirect_to_login(self.document.url, reverse("wagtailcore_login"))[
                "Location"
            ]
        return context


class StudiesIndexPage(BasePage):
    """The studies library: publications filtered by type, territory, year and theme."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["studies.PublicationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("studies library")

    def publications(self):
        return PublicationPage.objects.child_of(self).live().select_related("document", "locale")

    def get_context(self, request, *args, **kwargs):
        from .filters import PublicationFilter

        context = super().get_context(request, *args, **kwargs)
        filterset = PublicationFilter(request.GET or None, queryset=self.publications())
        results = (
            filterset.qs
            if filterset.is_bound and filterset.is_valid()
            else self.publications().order_by("-year", "title")
        )
        paginator = Paginator(results, PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        restricted = restricted_collection_ids()
        for publication in page_obj.object_list:
            publication._restricted = (
                bool(publication.document_id) and publication.document.collection_id in restricted
            )
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filter=filterset,
            form=filterset.form,
            invalid=filterset.is_bound and not filterset.is_valid(),
            page_obj=page_obj,
            publications=page_obj.object_list,
            query_string=query.urlencode(),
            count=paginator.count,
        )
        return context


class DownloadCount(models.Model):
    """How many times a document was downloaded in a month (Europe/Paris); nothing else."""

    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month"))
    downloads = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        constraints = [
            models.UniqueConstraint(fields=["document", "month"], name="one_count_per_document_month")
        ]
        ordering = ["-month", "document"]

    def __str__(self):
        return f"{self.document_id} {self.month:%Y-%m}: {self.downloads}"
