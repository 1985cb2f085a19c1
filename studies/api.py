"""The documents endpoint of the public API: anonymous, so it never lists a document of a
collection with a view restriction (Wagtail's own check needs a request user, which the
portal's anonymous API does not have, and failed with a 500)."""

from wagtail.documents.api.v2.views import DocumentsAPIViewSet

from .models import restricted_collection_ids


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    def get_queryset(self):
        return self.model.objects.exclude(collection__in=restricted_collection_ids()).order_by("id")
