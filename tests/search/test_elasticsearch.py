"""The Elasticsearch backend beyond the shared relevance suite: the request it builds,
the index following the catalogue (publishing, unpublishing, deleting, the sync) in
bulk, the rebuild behind the alias, and the fallback to the database when the server
is down. Run against the in-memory OpenSearch-compatible server (osmem-server)."""

import socket
import time

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from elasticsearch_dsl import Search

from activities.models import Activity
from activities.taxonomy import Taxonomy
from search import backends
from search.backends import es_query
from search.backends.elasticsearch import ElasticsearchBackend
from search.query import ActivityQuery
from tests.activities.factories import make_activity
from tests.openagenda.conftest import openagenda  # noqa: F401 (a fixture)
from tests.openagenda.payloads import AGENDA, event, run_sync

from .elastic import CountingNode

pytestmark = pytest.mark.django_db


def query(text="", **filters):
    sort = filters.pop("sort", "relevance" if text else "date")
    return ActivityQuery(language="fr", now=timezone.now(), text=text, filters=filters, sort=sort, limit=100)


def test_the_request_filters_after_matching_and_counts_each_facet_within_the_other_filters(db):
    built = es_query.build(Search(), query("escrime", free="1", kind="regular"), Taxonomy.load()).to_dict()
    assert built["post_filter"] == {
        "bool": {"filter": [{"term": {"price": 0}}, {"term": {"kind": "regular"}}]}
    }
    assert built["aggs"]["free"]["filter"] == {"bool": {"filter": [{"term": {"kind": "regular"}}]}}
    assert built["aggs"]["kind"]["filter"] == {"bool": {"filter": [{"term": {"price": 0}}]}}
    assert built["aggs"]["category"]["aggs"]["options"] == {"terms": {"field": "category_ids", "size": 10000}}
    (text,) = built["query"]["bool"]["must"]
    (every_term,) = text["bool"]["must"]
    (term,) = every_term["bool"]["must"]
    clauses = term["bool"]["should"]
    assert {"multi_match": {"query": "escrime", "fields": ["title^10", "body^3", "places^1"]}} in clauses
    typo = clauses[-1]["multi_match"]
    assert typo["fuzziness"] == 1
    assert typo["fields"] == ["title.words^5.0", "body.words^1.5", "places.words^0.5"]
    assert set(built["highlight"]["fields"]) == {"title", "body"}
    assert built["track_total_hits"] is True


def test_a_search_near_a_place_sorts_by_geo_distance(db):
    near = ActivityQuery(language="fr", now=timezone.now(), sort="distance", origin=(48.11, -1.68))
    built = es_query.build(Search(), near, Taxonomy.load()).to_dict()
    assert built["sort"][0] == {
        "_geo_distance": {"location": {"lat": 48.11, "lon": -1.68}, "order": "asc", "unit": "m"}
    }


@pytest.fixture
def elasticsearch(settings, osmem_clone, monkeypatch):
    """The portal configured with Elasticsearch (the test server), its index built."""
    settings.ELASTICSEARCH_URL = osmem_clone.url
    settings.ELASTICSEARCH_OPTIONS = {"node_class": "tests.search.elastic.CountingNode"}
    settings.ELASTICSEARCH_INDEX_PREFIX = "test"
    settings.ELASTICSEARCH_STEMMER = "snowball"
    monkeypatch.setattr(backends, "_elasticsearch_down_until", 0.0)
    backend = ElasticsearchBackend()
    backend.rebuild()
    CountingNode.requests.clear()
    return backend


def found(backend, text, **filters):
    backend.refresh()
    ids = backend.search(query(text, **filters)).ids
    return set(Activity.objects.filter(pk__in=ids).values_list("title", flat=True))


def test_publishing_unpublishing_and_deleting_update_the_index(elasticsearch):
    activity = make_activity(title="Atelier de sérigraphie")
    assert found(elasticsearch, "sérigraphie") == {"Atelier de sérigraphie"}

    activity.unpublish()
    assert found(elasticsearch, "sérigraphie") == set()

    activity.save_revision().publish()
    assert found(elasticsearch, "serigraphie") == {"Atelier de sérigraphie"}
    Activity.objects.get(pk=activity.pk).delete()
    assert found(elasticsearch, "sérigraphie") == set()


def test_the_sync_indexes_in_bulk_and_follows_removals(elasticsearch, openagenda):  # noqa: F811
    openagenda.agendas[AGENDA].set_events([event(900 + i, title=f"Fanfare balkanique {i}") for i in range(6)])
    run_sync()
    writes = [target for method, target in CountingNode.requests if method in ("POST", "PUT", "DELETE")]
    # Six events in French and English, read two a page (three pages): one bulk request
    # a page written, not one request an activity.
    assert writes == ["/_bulk"] * 3
    titles = found(elasticsearch, "fanfare balkanique")
    assert titles == {f"Fanfare balkanique {i}" for i in range(6)}

    openagenda.agendas[AGENDA].remove(900, updated_at=event(900, minutes_ago=0)["updatedAt"])
    run_sync()
    assert "Fanfare balkanique 0" not in found(elasticsearch, "fanfare balkanique")
    assert len(found(elasticsearch, "fanfare balkanique")) == 5


def test_a_rebuild_swaps_a_fresh_index_in_behind_the_alias(elasticsearch):
    make_activity(title="Atelier de sérigraphie")
    (before,) = elasticsearch.es.indices.get_alias(name=elasticsearch.alias)
    time.sleep(0.01)  # index names carry the time

    call_command("rebuild_activity_index", stdout=open("/dev/null", "w"))

    (after,) = elasticsearch.es.indices.get_alias(name=elasticsearch.alias)
    assert after != before
    assert list(elasticsearch.es.indices.get(index=f"{elasticsearch.alias}-*")) == [after]
    assert found(elasticsearch, "sérigraphie") == {"Atelier de sérigraphie"}
    assert found(elasticsearch, "xylophone") == set()


def test_what_is_saved_during_a_rebuild_is_neither_lost_nor_overwritten(elasticsearch):
    activity = make_activity(title="Atelier de sérigraphie")
    stale = Activity.objects.for_index().get(pk=activity.pk)
    new = elasticsearch.create_index()  # a rebuild has begun

    activity.title = "Atelier de gravure"
    activity.save_revision().publish()  # saved while the rebuild runs
    elasticsearch._fill(new, [stale])  # the rebuild reaches it, with what it read before

    elasticsearch.es.indices.refresh(index=new)
    doc = elasticsearch.es.get(index=new, id=f"{activity.pk}-fr")
    assert doc["_source"]["title"] == "Atelier de gravure"
    assert found(elasticsearch, "gravure") == {"Atelier de gravure"}  # the alias's index too


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_with_elasticsearch_down_pages_answer_from_the_database_and_healthz_says_degraded(
    client, settings, monkeypatch, caplog
):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"
    settings.ELASTICSEARCH_OPTIONS = {"request_timeout": 1, "max_retries": 0}
    monkeypatch.setattr(backends, "_elasticsearch_down_until", 0.0)
    make_activity(title="Atelier de sérigraphie")  # saved although Elasticsearch is down

    page = client.get("/fr/activites/", {"q": "sérigraphie"})
    assert page.status_code == 200
    assert "Atelier de sérigraphie" in page.content.decode()
    assert "Search falls back to the database" in caplog.text
    api = client.get("/api/v2/activities/", {"q": "sérigraphie"})
    assert [item["title"] for item in api.json()["results"]] == ["Atelier de sérigraphie"]

    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["status"] == "degraded"
    assert health.json()["search"] == {
        "backend": "elasticsearch",
        "status": "degraded",
        "fallback": {"backend": "database", "status": "ok"},
    }


def test_with_elasticsearch_up_pages_and_healthz_use_it(elasticsearch, client):
    make_activity(title="Atelier de sérigraphie", summary="Imprimer <b>soi-même</b> une affiche.")
    elasticsearch.refresh()
    page = client.get("/fr/activites/", {"q": "affiche"})
    assert page.status_code == 200
    assert "Atelier de sérigraphie" in page.content.decode()
    # The excerpt marks the words found; the activity's own text stays text.
    excerpt = BeautifulSoup(page.content, "html.parser").select_one(".card__excerpt")
    assert [em.text for em in excerpt.find_all("em")] == ["affiche"]
    assert "<b>soi-même</b>" in excerpt.text and not excerpt.find("b")
    page = client.get("/fr/activites/", {"q": "sérigrahie"})  # a typo, found by fuzziness
    assert "Atelier de sérigraphie" in page.content.decode()
    assert any(target.endswith("/_search") for _method, target in CountingNode.requests)
    assert client.get("/healthz").json()["search"] == {"backend": "elasticsearch", "status": "ok"}
