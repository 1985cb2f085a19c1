"""The activities API: the same filters, sort and facets as the search page, plus an
open-data export of the current catalogue."""

import csv
import json

from django.conf import settings
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.plumbing import build_array_type, build_basic_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Locale

from .facets import FACETS
from .filters import CatalogueFilterSet
from .models import Activity
from .results import in_order, page_number, search_page
from .views import PAGE_SIZE


class OccurrenceSerializer(serializers.Serializer):
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()


class CategorySerializer(serializers.Serializer):
    slug = serializers.SlugField()
    label = serializers.CharField()


class PlaceSerializer(serializers.Serializer):
    name = serializers.CharField()
    address = serializers.CharField()
    commune = serializers.CharField(source="commune.name")
    neighbourhood = serializers.CharField(source="neighbourhood.name", allow_null=True, default=None)
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)


class StructureSerializer(serializers.Serializer):
    name = serializers.CharField()
    website = serializers.CharField(help_text="Address of the website, or an empty string.")


class ActivitySerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    locale = serializers.CharField(source="locale.language_code")
    categories = CategorySerializer(many=True)
    place = PlaceSerializer(allow_null=True)
    structure = StructureSerializer(allow_null=True)
    next_occurrences = serializers.SerializerMethodField()
    accessibility = serializers.SerializerMethodField()
    is_free = serializers.BooleanField()
    booking_url = serializers.CharField(help_text="Booking or e-ticket address, or an empty string.")

    class Meta:
        model = Activity
        fields = [
            "id", "slug", "url", "locale", "title", "summary", "status", "kind", "categories", "structure",
            "place", "next_occurrences", "sortir_price", "full_price", "is_free", "price_notes",
            "booking_url", "eticket", "accessibility", "age_min", "age_max", "for_families", "for_students",
        ]  # fmt: skip

    def get_url(self, obj) -> str:
        request = self.context.get("request")
        with translation.override(self.context.get("language", obj.locale.language_code)):
            path = reverse("activities:detail", kwargs={"slug": obj.slug})
        return request.build_absolute_uri(path) if request else path

    @extend_schema_field(OccurrenceSerializer(many=True))
    def get_next_occurrences(self, obj):
        return OccurrenceSerializer(obj.upcoming_occurrences[:10], many=True).data

    def get_accessibility(self, obj) -> list[str]:
        return [key for key, _label in obj.accessibility]


class ActivityDetailSerializer(ActivitySerializer):
    occurrences = OccurrenceSerializer(many=True)

    class Meta(ActivitySerializer.Meta):
        fields = ActivitySerializer.Meta.fields + ["description", "accessibility_notes", "occurrences"]


class CataloguePagination(PageNumberPagination):
    page_size = PAGE_SIZE

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.page.paginator.count,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
                "facets": self.facets,
            }
        )

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["facets"] = {
            "type": "object",
            "description": "For each filter, the number of results each option would give.",
            "properties": {
                facet: {"type": "object", "additionalProperties": {"type": "integer"}} for facet in FACETS
            },
        }
        return response


LOCALES = [code for code, _name in settings.LANGUAGES]
LOCALE_PARAMETER = OpenApiParameter(
    "locale",
    OpenApiTypes.STR,
    enum=LOCALES,
    description=f"Language of the texts (default: {settings.LANGUAGE_CODE}).",
)


class LocaleMixin:
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        code = request.query_params.get("locale", settings.LANGUAGE_CODE)
        if code not in LOCALES:
            raise ValidationError({"locale": [f"Unknown locale “{code}”: use {', '.join(LOCALES)}."]})
        self.language = code
        translation.activate(code)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "language": self.language}


@extend_schema_view(
    list=extend_schema(
        summary="Search the catalogue",
        parameters=[LOCALE_PARAMETER],
        responses={
            200: ActivitySerializer(many=True),
            400: OpenApiResponse(description="Invalid filter values: {parameter: [messages]}."),
            404: OpenApiResponse(description="No such page of results."),
            429: OpenApiResponse(description="Too many requests from this address."),
        },
        description="Upcoming activities at the Sortir ! tariff, with the filters of the search page.",
    ),
    retrieve=extend_schema(
        summary="One activity",
        parameters=[LOCALE_PARAMETER],
        responses={
            200: ActivityDetailSerializer,
            400: OpenApiResponse(description="Unknown locale."),
            404: OpenApiResponse(description="No such activity, or not published."),
        },
    ),
)
class ActivityViewSet(LocaleMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Activity.objects.none()
    serializer_class = ActivitySerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = CatalogueFilterSet
    pagination_class = CataloguePagination

    def visible(self):
        # The schema generator calls this without a request: the default locale then.
        language = getattr(self, "language", settings.LANGUAGE_CODE)
        return Activity.objects.for_locale(Locale.objects.get(language_code=language))

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation: no request, maybe no database
            return Activity.objects.none()
        return (
            self.visible()
            .select_related("place__commune", "place__neighbourhood", "structure", "locale")
            .prefetch_related("categories", "occurrences")
            .with_upcoming_dates()
        )

    def get_serializer_class(self):
        return ActivityDetailSerializer if self.action == "retrieve" else ActivitySerializer

    def list(self, request, *args, **kwargs):
        backend = DjangoFilterBackend()
        filterset = backend.get_filterset(request, self.get_queryset(), self)
        if not filterset.is_valid():
            raise ValidationError(filterset.errors)
        number = page_number(request.query_params.get(self.paginator.page_query_param))
        queryset = self.get_queryset()
        _number, results, matches = search_page(
            filterset, lambda results: in_order(queryset, results), number, PAGE_SIZE
        )
        self.paginator.facets = results.facets
        page = self.paginator.paginate_queryset(matches, request, view=self)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


EXPORT_FIELDS = [
    "id", "slug", "url", "title", "summary", "categories", "structure", "place", "address", "commune",
    "neighbourhood", "latitude", "longitude", "next_start", "last_end", "sortir_price", "full_price",
    "eticket", "booking_url", "accessibility", "status", "kind",
]  # fmt: skip


def export_rows(request):
    queryset = (
        Activity.objects.filter(live=True, locale__language_code=settings.LANGUAGE_CODE)
        .upcoming()
        .select_related("place__commune", "place__neighbourhood", "structure")
        .prefetch_related("categories")
        .order_by("next_start", "pk")
    )
    with translation.override(settings.LANGUAGE_CODE):
        for activity in queryset.iterator(chunk_size=500):
            place = activity.place
            yield {
                "id": activity.pk,
                "slug": activity.slug,
                "url": request.build_absolute_uri(activity.get_absolute_url()),
                "title": activity.title,
                "summary": activity.summary,
                "categories": "|".join(c.slug for c in activity.categories.all()),
                "structure": activity.structure.name if activity.structure else "",
                "place": place.name if place else "",
                "address": place.address if place else "",
                "commune": place.commune.name if place else "",
                "neighbourhood": place.neighbourhood.name if place and place.neighbourhood else "",
                "latitude": place.latitude if place else None,
                "longitude": place.longitude if place else None,
                "next_start": timezone.localtime(activity.next_start).isoformat()
                if activity.next_start
                else "",
                "last_end": timezone.localtime(activity.last_end).isoformat() if activity.last_end else "",
                "sortir_price": str(activity.sortir_price) if activity.sortir_price is not None else "",
                "full_price": str(activity.full_price) if activity.full_price is not None else "",
                "eticket": activity.eticket,
                "booking_url": activity.booking_url,
                "accessibility": "|".join(key for key, _label in activity.accessibility),
                "status": activity.status,
                "kind": activity.kind,
            }


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(row):
    """Organisers' texts go into the CSV as text: a cell that would start a formula
    starts with an apostrophe instead. Numbers (a negative longitude) are left alone."""
    return {
        key: "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
        for key, value in row.items()
    }


class _Echo:
    def write(self, value):
        return value


class ExportView(APIView):
    """Open data: every upcoming activity of the catalogue, in French."""

    @extend_schema(
        summary="Open-data export of the catalogue",
        parameters=[OpenApiParameter("fmt", OpenApiTypes.STR, OpenApiParameter.PATH, enum=["csv", "json"])],
        responses={
            (200, "text/csv"): OpenApiTypes.STR,
            (200, "application/json"): build_array_type(build_basic_type(OpenApiTypes.OBJECT)),
            404: OpenApiResponse(description="Unknown format."),
        },
    )
    def get(self, request, fmt):
        if fmt == "csv":
            writer = csv.DictWriter(_Echo(), fieldnames=EXPORT_FIELDS)

            def csv_lines():
                yield "\ufeff" + writer.writeheader()  # the BOM lets spreadsheets read UTF-8
                for row in export_rows(request):
                    yield writer.writerow(spreadsheet_safe(row))

            response = StreamingHttpResponse(csv_lines(), content_type="text/csv; charset=utf-8")
        else:

            def json_chunks():
                yield "["
                for index, row in enumerate(export_rows(request)):
                    yield ("," if index else "") + json.dumps(row, ensure_ascii=False)
                yield "]"

            response = StreamingHttpResponse(json_chunks(), content_type="application/json")
        response["Content-Disposition"] = f'attachment; filename="sortir-activites.{fmt}"'
        return response
