"""The Elasticsearch backend, chosen when ELASTICSEARCH_URL is set.

The index is versioned behind an alias (`<prefix>-activities` → `<prefix>-activities-<time>`):
searches read the alias; a rebuild fills a fresh index and swaps the alias in one
atomic step, so searches never see a half-built index. Writes (publishing, the sync) go
to every index of the name, the one being built included, so that nothing saved
during a rebuild is lost; the rebuild only creates documents, and so never overwrites
what such a write put there. Writes are bulk requests, one per batch of activities."""

import logging
from datetime import datetime

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from elasticsearch import ApiError, Elasticsearch, TransportError, helpers
from elasticsearch_dsl import Search

from activities.models import Activity
from activities.taxonomy import Taxonomy

from . import es_index, es_query

logger = logging.getLogger(__name__)


def client():
    options = dict(getattr(settings, "ELASTICSEARCH_OPTIONS", {}))
    if isinstance(options.get("node_class"), str):
        options["node_class"] = import_string(options["node_class"])
    options.setdefault("request_timeout", 5)
    return Elasticsearch(settings.ELASTICSEARCH_URL, **options)


class ElasticsearchBackend:
    name = "elasticsearch"
    # What an unreachable or failing server raises (callers fall back or log).
    errors = (TransportError, ApiError, helpers.BulkIndexError)

    def __init__(self, es=None, prefix=None):
        self._es = es
        self.alias = f"{prefix or settings.ELASTICSEARCH_INDEX_PREFIX}-activities"

    @cached_property
    def es(self):
        return self._es or client()

    def health(self):
        """Whether the index answers a query, as searches do."""
        try:
            self.es.count(index=self.alias)
        except self.errors:
            logger.exception("Elasticsearch does not answer.")
            return {"backend": self.name, "status": "error"}
        return {"backend": self.name, "status": "ok"}

    def search(self, query):
        taxonomy = Taxonomy.load()
        request = es_query.build(Search(using=self.es, index=self.alias), query, taxonomy)
        return es_query.results(request.execute(), query, taxonomy, self.name)

    # Indexing ----------------------------------------------------------------

    def indices(self):
        """Every index of the name: the alias's, and one being rebuilt if any."""
        found = self.es.indices.get(index=f"{self.alias}-*", allow_no_indices=True, ignore_unavailable=True)
        if not found:
            self.create_index(alias=True)
            return self.indices()
        return sorted(found)

    def create_index(self, alias=False):
        name = f"{self.alias}-{datetime.now():%Y%m%d%H%M%S%f}"
        self.es.indices.create(
            index=name,
            settings={"analysis": es_index.analysis()},
            mappings=es_index.mappings(),
            aliases={self.alias: {}} if alias else None,
        )
        return name

    def bulk(self, actions):
        """Sends the actions; a document to delete that is not there is not an error."""
        _count, errors = helpers.bulk(self.es, actions, raise_on_error=False, chunk_size=500)
        failed = [e for e in errors if next(iter(e.values())).get("status") not in (404, 409)]
        if failed:
            raise helpers.BulkIndexError(f"{len(failed)} document(s) failed to index.", failed)

    def index(self, activities):
        deleted, docs = es_index.documents(activities)
        indices = self.indices()
        self.bulk(
            [{"_op_type": "delete", "_index": name, "_id": pk} for name in indices for pk in deleted]
            + [{"_index": name, **doc} for name in indices for doc in docs]
        )

    def remove(self, ids):
        languages = [code for code, _name in settings.LANGUAGES]
        self.bulk(
            {"_op_type": "delete", "_index": name, "_id": es_index.doc_id(pk, language)}
            for name in self.indices()
            for pk in ids
            for language in languages
        )

    def refresh(self):
        self.es.indices.refresh(index=f"{self.alias}-*")

    def rebuild(self, batch_size=500):
        """A fresh index, filled, then swapped in for the alias's; the old ones deleted."""
        old = self.es.indices.get(index=f"{self.alias}-*", allow_no_indices=True, ignore_unavailable=True)
        new = self.create_index()
        batch = []
        for activity in Activity.objects.for_index().order_by("pk").iterator(chunk_size=batch_size):
            batch.append(activity)
            if len(batch) == batch_size:
                self._fill(new, batch)
                batch = []
        self._fill(new, batch)
        self.es.indices.refresh(index=new)
        actions = [{"remove": {"index": name, "alias": self.alias}} for name in old]
        self.es.indices.update_aliases(actions=[*actions, {"add": {"index": new, "alias": self.alias}}])
        for name in old:
            self.es.indices.delete(index=name, ignore_unavailable=True)
        return new

    def _fill(self, name, activities):
        if activities:
            _deleted, docs = es_index.documents(activities)
            self.bulk({"_op_type": "create", "_index": name, **doc} for doc in docs)
