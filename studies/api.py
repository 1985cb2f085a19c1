"""The images and documents endpoints of the public API. The API is anonymous, so it never
lists an item of a collection with a view restriction. (Wagtail's own check reads the
request's user, which the portal's anonymous API does not set: it failed with a 500 as soon
as a collection had a group restriction.)"""

from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .models import restricted_collection_ids


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    def get_queryset(self):
        return self.model.objects.exclude(collection__in=restricted_collection_ids()).order_by("id")


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    def get_queryset(self):
        return self.model.objects.exclude(collection__in=restricted_collection_ids()).order_by("id")
