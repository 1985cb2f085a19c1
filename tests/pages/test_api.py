import pytest

from pages.demo import content as demo_content

pytestmark = pytest.mark.django_db


def test_pages_api_filters_by_locale(client):
    response = client.get("/api/v2/pages/", {"locale": "en", "type": "pages.StandardPage", "fields": "intro"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == len(demo_content.STANDARD_PAGES)
    assert {item["meta"]["locale"] for item in items} == {"en"}
    assert {item["title"] for item in items} == {spec["title"]["en"] for spec in demo_content.STANDARD_PAGES}


def test_page_detail_gives_body_and_translation_link(client):
    home = client.get("/api/v2/pages/", {"locale": "ar", "type": "pages.HomePage"}).json()["items"][0]
    detail = client.get(f"/api/v2/pages/{home['id']}/").json()
    assert detail["meta"]["locale"] == "ar"
    assert detail["intro"] == demo_content.HOME["intro"]["ar"]
    assert any(block["type"] == "call_to_action" for block in detail["body"])
    fr = client.get("/api/v2/pages/", {"translation_of": home["id"], "locale": "fr"}).json()["items"]
    assert [item["title"] for item in fr] == [demo_content.HOME["title"]["fr"]]


def test_images_and_documents_endpoints_answer(client):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_openapi_schema_is_served(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert not any(path.startswith("/api/v2/pages/") for path in schema["paths"])
