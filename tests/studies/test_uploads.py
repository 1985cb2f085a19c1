"""What editors upload is checked by its content: a renamed executable is refused, a
decompression bomb too, with a message; real documents and images are accepted."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image
from wagtail.documents.models import Document
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Collection

from portal.uploads import check_document
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

# The start of a Windows executable: "MZ", then the DOS stub's message.
EXECUTABLE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"This program cannot be run in DOS mode." * 20
)


def small_pdf():
    from weasyprint import HTML

    return HTML(string="<p>Fiche de test</p>").write_pdf()


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def png_bytes(width, height, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def upload_document(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def errors_of(response):
    doc = soup(response)
    return " ".join(text_of(node) for node in doc.select(".error-message, .help-critical, [id$='-errors']"))


def test_a_renamed_executable_is_refused(admin_client):
    before = Document.objects.count()
    response = upload_document(admin_client, "rapport.pdf", EXECUTABLE)
    assert response.status_code == 200  # the form again, with its message
    with translation.override(soup(response).html["lang"]):
        expected = translation.gettext(
            "The content of this file is not a valid %(type)s document, whatever its name says. "
            "Export it again from the program that made it, or choose another file."
        ) % {"type": "PDF"}
    assert expected in errors_of(response)
    assert Document.objects.count() == before


def test_a_real_pdf_is_accepted(admin_client):
    response = upload_document(admin_client, "fiche.pdf", small_pdf())
    assert response.status_code == 302
    document = Document.objects.get(title="fiche.pdf")
    with document.file.open("rb") as stream:
        assert stream.read(5) == b"%PDF-"


@pytest.mark.parametrize(
    "name,data,accepted",
    [
        ("table.csv", "commune;inscrits\nRennes;à confirmer\n".encode(), True),
        ("table.csv", EXECUTABLE, False),
        (
            "note.odt",
            zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
            True,
        ),
        (
            "note.odt",
            zip_bytes({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}),
            False,
        ),
        ("note.docx", zip_bytes({"[Content_Types].xml": "<x/>", "word/document.xml": "<x/>"}), True),
        ("note.docx", zip_bytes({"[Content_Types].xml": "<x/>", "xl/workbook.xml": "<x/>"}), False),
        ("table.xlsx", zip_bytes({"[Content_Types].xml": "<x/>", "xl/workbook.xml": "<x/>"}), True),
        ("table.xlsx", b"PK\x03\x04 not really a zip", False),
        ("programme.exe", EXECUTABLE, False),
        ("page.html", b"<html></html>", False),
    ],
)
def test_documents_are_checked_by_their_content(name, data, accepted):
    from django import forms

    upload = SimpleUploadedFile(name, data)
    if accepted:
        check_document(upload)
    else:
        with pytest.raises(forms.ValidationError):
            check_document(upload)


def test_a_document_over_the_size_limit_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload_document(admin_client, "gros.pdf", small_pdf() + b"\n%" + b"x" * 2048)
    assert response.status_code == 200
    assert Document.objects.filter(title="gros.pdf").count() == 0


def upload_image(client, name, data):
    return client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_a_decompression_bomb_is_refused(admin_client, settings):
    # 12,000 × 12,000 = 144 megapixels of one colour: a few kilobytes compressed,
    # hundreds of megabytes once decoded.
    bomb = png_bytes(12_000, 12_000, mode="1")
    assert len(bomb) < 100_000
    before = WagtailImage.objects.count()
    response = upload_image(admin_client, "bomb.png", bomb)
    assert response.status_code == 200
    assert "pixels" in errors_of(response)  # Wagtail's message or ours, in the editor's language
    assert WagtailImage.objects.count() == before


def test_pillow_refuses_a_bomb_whatever_wagtail_let_through():
    from django import forms

    from portal.uploads import check_image

    with pytest.raises(forms.ValidationError) as refused:
        check_image(SimpleUploadedFile("bomb.png", png_bytes(12_000, 12_000, mode="1")))
    assert refused.value.code == "file_too_many_pixels"
    check_image(SimpleUploadedFile("ok.png", png_bytes(640, 480)))


def test_an_executable_renamed_as_an_image_is_refused(admin_client):
    response = upload_image(admin_client, "photo.png", EXECUTABLE)
    assert response.status_code == 200
    assert WagtailImage.objects.filter(title="photo.png").count() == 0


def test_a_real_image_is_accepted(admin_client):
    response = upload_image(admin_client, "photo.png", png_bytes(64, 48))
    assert response.status_code == 302
    assert WagtailImage.objects.get(title="photo.png").width == 64
