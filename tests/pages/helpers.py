"""What the page tests share: publishing a translation, reading a generated PDF."""

import io

from pypdf import PdfReader
from wagtail.models import Locale


def translate(page, language):
    """`page` copied into `language`, with its title marked, published, read back."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    translation.title = f"{page.title} ({language})"
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def pdf_of(response):
    content = b"".join(response.streaming_content)
    assert content.startswith(b"%PDF")
    return PdfReader(io.BytesIO(content))


def words(reader):
    """The PDF's text with its line breaks (table cells wrap) read as spaces."""
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def pdf_text(response):
    return words(pdf_of(response))
