"""The partner space and its "become a partner" form: submissions kept for editors and
e-mailed to the team; bots refused by a honeypot and a limit per address."""

import datetime

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document

from pages.models import HomePage, PartnerFormField, PartnerFormPage, PartnerSpacePage
from tests.html import form_fields, soup, text_of
from tests.pages.helpers import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def space():
    PartnerSpacePage.objects.all().delete()  # the demo's own one: one per home page
    home = HomePage.objects.get(locale__language_code="fr")
    document = Document.objects.create(title="Modèle de convention")
    document.file.save("convention-test.pdf", ContentFile(b"%PDF-1.4 test"))
    page = PartnerSpacePage(
        title="Espace partenaires test",
        slug="partenaires-test",
        intro="Pour les structures.",
        agreement_templates=[
            (
                "template",
                {
                    "document": document,
                    "title": "Convention de partenariat",
                    "version": "3",
                    "date": datetime.date(2024, 12, 9),
                },
            )
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def form_page(space):
    page = PartnerFormPage(
        title="Devenir partenaire test",
        slug="devenir-partenaire-test",
        to_address="equipe@example.org",
        from_address="site@example.org",
        subject="Nouvelle demande de partenariat",
        thank_you_text="Merci, nous vous répondons vite.",
    )
    page.form_fields = [
        PartnerFormField(label="Nom de la structure", field_type="singleline", required=True),
        PartnerFormField(label="Courriel", field_type="email", required=True),
        PartnerFormField(label="Message", field_type="multiline", required=False),
    ]
    space.add_child(instance=page)
    page.save_revision().publish()
    return page


def filled(client, page, **extra):
    doc = soup(client.get(page.url))
    data = {name: values[0] for name, values in form_fields(doc.select_one("form.page-form")).items()}
    data.update({"nom_de_la_structure": "MJC des Tests", "courriel": "mjc@example.org", "message": "Bonjour"})
    data.update(extra)
    return data


def test_the_space_lists_agreement_templates_with_version_and_date(client, space):
    doc = soup(client.get(space.url))
    item = text_of(doc.select_one("#agreement-templates + ul li"))
    assert "Convention de partenariat" in item and "version 3 du 9 décembre 2024" in item and "PDF" in item
    assert doc.select_one("#agreement-templates + ul a")["href"].startswith("/documents/")


@pytest.mark.parametrize("language,direction", [("fr", "ltr"), ("en", "ltr"), ("ar", "rtl")])
def test_both_pages_in_each_language_and_in_the_api(client, form_page, language, direction):
    space = form_page.get_parent().specific
    for page, page_type in ((space, "pages.PartnerSpacePage"), (form_page, "pages.PartnerFormPage")):
        page = page if language == "fr" else translate(page, language)
        doc = soup(client.get(page.url))
        assert (doc.html["lang"], doc.html["dir"]) == (language, direction)
        assert text_of(doc.h1) == page.title
        items = client.get("/api/v2/pages/", {"type": page_type, "locale": language}).json()["items"]
        assert [(item["title"], item["meta"]["locale"]) for item in items] == [(page.title, language)]


def test_a_submission_is_stored_and_mailed_to_the_team(client, form_page):
    response = client.post(form_page.url, filled(client, form_page))
    assert response.status_code == 200
    assert "Merci, nous vous répondons vite." in text_of(soup(response).select_one("main"))
    submission = FormSubmission.objects.get(page=form_page)
    assert submission.get_data()["nom_de_la_structure"] == "MJC des Tests"
    assert "website_address" not in submission.form_data
    [message] = mail.outbox
    assert message.to == ["equipe@example.org"] and message.subject == "Nouvelle demande de partenariat"
    assert "MJC des Tests" in message.body


def test_editors_see_the_submissions_in_the_admin(client, admin_client, form_page):
    client.post(form_page.url, filled(client, form_page))
    response = admin_client.get(f"/admin/forms/submissions/{form_page.pk}/")
    assert response.status_code == 200
    assert "MJC des Tests" in response.content.decode()


def test_a_help_text_is_read_with_its_field(client, form_page):
    field = form_page.form_fields.get(label="Message")
    field.help_text = "Dites-nous en quelques mots."
    field.save()
    form_page.save_revision().publish()
    doc = soup(client.get(form_page.url))
    described_by = doc.select_one("[name=message]")["aria-describedby"]
    assert text_of(doc.find(id=described_by)) == "Dites-nous en quelques mots."


def test_the_honeypot_is_hidden_from_people_and_refuses_a_bot(client, form_page):
    doc = soup(client.get(form_page.url))
    trap = doc.select_one("[name=website_address]")
    wrapper = trap.find_parent(class_="hp-field")
    assert wrapper["aria-hidden"] == "true" and trap["tabindex"] == "-1"
    response = client.post(form_page.url, filled(client, form_page, website_address="http://spam.example"))
    assert "Votre message n'a pas pu être envoyé." in text_of(soup(response).select_one("[role=alert]"))
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_a_missing_required_field_is_said_next_to_it(client, form_page):
    response = client.post(form_page.url, filled(client, form_page, nom_de_la_structure=""))
    label = soup(response).select_one("label[for=id_nom_de_la_structure]")
    assert text_of(label.select_one(".field-error"))  # Wagtail's own "required" message, in the label
    assert not FormSubmission.objects.exists()


@override_settings(RATE_LIMIT_FORMS="2/h")
def test_too_many_submissions_from_one_address_get_a_clear_429(client, form_page):
    data = filled(client, form_page)
    assert [client.post(form_page.url, data).status_code for _ in range(2)] == [200, 200]
    response = client.post(form_page.url, data)
    assert response.status_code == 429
    assert "Trop de messages" in text_of(soup(response).h1)
    assert FormSubmission.objects.count() == 2 and len(mail.outbox) == 2
    other = client.post(form_page.url, data, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200  # another address is not held back


def test_only_the_form_page_sets_a_cookie_and_it_is_the_csrf_token(client, form_page):
    space = form_page.get_parent()
    assert client.get(space.url).cookies == {}
    assert set(client.get(form_page.url).cookies) == {"csrftoken"}
