import csv
import io
import json

import pytest

from tests.activities import expected

pytestmark = pytest.mark.django_db


def test_list_has_results_pages_and_facets(client):
    data = client.get("/api/v2/activities/").json()
    assert data["count"] == len(expected.visible())
    assert len(data["results"]) == 20
    assert data["next"].endswith("page=2")
    assert set(data["facets"]) >= {"date", "category", "commune", "accessibility", "kind"}
    item = data["results"][0]
    assert item["url"] == f"http://testserver/fr/activites/{item['slug']}/"
    assert {"sortir_price", "full_price", "next_occurrences", "place", "accessibility"} <= set(item)


def test_detail_in_another_locale(client):
    first = client.get("/api/v2/activities/", {"locale": "en"}).json()["results"][0]
    detail = client.get(f"/api/v2/activities/{first['id']}/", {"locale": "en"})
    assert detail.status_code == 200
    assert detail.json()["url"].startswith("http://testserver/en/activites/")
    assert "occurrences" in detail.json()


def test_unknown_locale_is_a_clear_400(client):
    response = client.get("/api/v2/activities/", {"locale": "xx"})
    assert response.status_code == 400
    assert "xx" in response.json()["locale"][0]


def test_unknown_api_path_is_a_404_not_a_redirect(client):
    assert client.get("/api/v2/activities/999999999/").status_code == 404
    assert client.get("/api/v2/nothing-here/").status_code == 404


def test_activities_are_in_the_openapi_schema(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert "/api/v2/activities/" in schema["paths"]
    names = {p["name"] for p in schema["paths"]["/api/v2/activities/"]["get"]["parameters"]}
    expected = "q date date_from date_to category commune neighbourhood age audience price_max free"
    expected += " accessibility eticket kind sort page locale"
    assert set(expected.split()) <= names


def test_open_data_export_csv_and_json(client):
    wanted = {a.slug for a in expected.visible() if a.locale.language_code == "fr"}
    response = client.get("/api/v2/activities/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["slug"] for row in rows} >= wanted
    assert rows[0]["url"].startswith("http://testserver/fr/activites/")
    data = json.loads(b"".join(client.get("/api/v2/activities/export.json").streaming_content))
    assert [row["slug"] for row in data] == [row["slug"] for row in rows]
    assert client.get("/api/v2/activities/export.xml").status_code == 404


def test_open_data_csv_cells_cannot_run_as_spreadsheet_formulas(client):
    from tests.activities.factories import make_activity

    formulas = {"title": '=HYPERLINK("http://evil.example","Cliquez")', "summary": "+cmd|' /C calc'!A0"}
    activity = make_activity(formulas["title"], summary=formulas["summary"], structure=None)
    activity.place.name = "\t=1+1"
    activity.place.save()
    text = b"".join(client.get("/api/v2/activities/export.csv").streaming_content).decode("utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["slug"] == activity.slug)
    assert row["title"] == "'" + formulas["title"]
    assert row["summary"] == "'" + formulas["summary"]
    assert row["place"] == "'\t=1+1"
    assert not row["longitude"].startswith("'") and float(row["longitude"]) == activity.place.longitude
    # The JSON export is data, not a spreadsheet: it keeps the text as it is.
    data = json.loads(b"".join(client.get("/api/v2/activities/export.json").streaming_content))
    item = next(r for r in data if r["slug"] == activity.slug)
    assert item["title"] == formulas["title"] and item["place"] == "\t=1+1"
