"""Elasticsearch servers for the tests: the in-memory OpenSearch-compatible server
(osmem-server, started by its pytest plugin), or a real Elasticsearch named by
ELASTICSEARCH_URL. See docs/elasticsearch-testing.md."""

import os
import uuid

from elastic_transport import Urllib3HttpNode
from elasticsearch import Elasticsearch

from search.backends.elasticsearch import ElasticsearchBackend

COMPATIBLE = "; compatible-with=8"


class OsmemNode(Urllib3HttpNode):
    """Test only: the ES 8 client asks for `application/vnd.elasticsearch+json;
    compatible-with=8`, which osmem-server answers with 406; plain JSON is the same."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        headers = {
            name: value.replace("vnd.elasticsearch+", "").replace(COMPATIBLE, "")
            if name.lower() in ("accept", "content-type")
            else value
            for name, value in (headers or {}).items()
        }
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)


def osmem_backend(url):
    return ElasticsearchBackend(es=Elasticsearch(url, node_class=OsmemNode), prefix="test")


def real_url():
    return os.environ.get("ELASTICSEARCH_URL", "")


def real_backend():
    """A backend on its own indices of the real server (deleted by `drop`)."""
    return ElasticsearchBackend(es=Elasticsearch(real_url()), prefix=f"sortir-test-{uuid.uuid4().hex[:8]}")


def drop(backend):
    backend.es.indices.delete(index=f"{backend.alias}-*", ignore_unavailable=True, allow_no_indices=True)


class CountingNode(OsmemNode):
    """OsmemNode that keeps the (method, path) of every request, to count them."""

    requests = []

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        CountingNode.requests.append((method, target.split("?")[0]))
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)
