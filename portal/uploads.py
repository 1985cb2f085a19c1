"""Validation of what editors upload, for the whole site (documents and images of every app
go through the same Wagtail forms, so the rules live here, next to the settings).

Wagtail's own extension points are used: the document form base class
(`WAGTAILDOCS_DOCUMENT_FORM_BASE`) checks a document by its content (magic bytes; an
OpenDocument or Office Open XML file is a zip that holds the entries its format requires);
images are checked by Wagtail (`WAGTAILIMAGES_MAX_UPLOAD_SIZE`, `WAGTAILIMAGES_MAX_IMAGE_PIXELS`)
and again by Pillow in the image form base class (`WAGTAILIMAGES_IMAGE_FORM_BASE`), with
Pillow's decompression-bomb limit set from the same pixel setting (see PortalConfig.ready)."""

import io
import zipfile

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

# How far into a file the text checks look (a CSV or plain text file must decode as UTF-8
# there and hold no NUL byte).
TEXT_SNIFF_BYTES = 64 * 1024

ZIP_FORMATS = {
    # OpenDocument: the first entry is "mimetype", holding the media type.
    "odt": ("opendocument", b"application/vnd.oasis.opendocument.text"),
    "ods": ("opendocument", b"application/vnd.oasis.opendocument.spreadsheet"),
    # Office Open XML: [Content_Types].xml and the main part of the format.
    "docx": ("ooxml", "word/document.xml"),
    "xlsx": ("ooxml", "xl/workbook.xml"),
}


def sniff_document(head, stream, extension):
    """The format the content shows, or None: `head` is the start of the file, `stream`
    a seekable binary file (for zip-based formats)."""
    if extension == "pdf":
        return "pdf" if head.startswith(b"%PDF-") else None
    if extension in ZIP_FORMATS:
        if not head.startswith(b"PK\x03\x04"):
            return None
        kind, expected = ZIP_FORMATS[extension]
        try:
            with zipfile.ZipFile(stream) as archive:
                names = set(archive.namelist())
                if kind == "opendocument":
                    ok = "mimetype" in names and archive.read("mimetype").strip() == expected
                else:
                    ok = "[Content_Types].xml" in names and expected in names
        except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
            return None
        return extension if ok else None
    if extension in ("csv", "txt"):
        sample = head[:TEXT_SNIFF_BYTES]
        if b"\x00" in sample:
            return None
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut at the end of the sample is not an error.
            if error.start < len(sample) - 4:
                return None
        return extension
    return None


def check_document(uploaded):
    """Raises forms.ValidationError with a message for editors if the file is not what its
    name says, or too large."""
    limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
    if limit is not None and uploaded.size > limit:
        raise forms.ValidationError(
            _("This file is too big (%(size)s). The largest document accepted is %(limit)s.")
            % {"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
    allowed = [
        ext for ext in settings.WAGTAILDOCS_EXTENSIONS if ext in ZIP_FORMATS or ext in ("pdf", "csv", "txt")
    ]
    if extension not in allowed:
        raise forms.ValidationError(
            _("Documents of this type are not accepted. Accepted types: %(types)s.")
            % {"types": ", ".join(allowed)},
            code="invalid_extension",
        )
    uploaded.seek(0)
    head = uploaded.read(TEXT_SNIFF_BYTES)
    uploaded.seek(0)
    stream = getattr(uploaded, "file", uploaded)
    if isinstance(stream, bytes):
        stream = io.BytesIO(stream)
    found = sniff_document(head, stream, extension)
    uploaded.seek(0)
    if found is None:
        raise forms.ValidationError(
            _(
                "The content of this file is not a valid %(type)s document, whatever its name says. "
                "Export it again from the program that made it, or choose another file."
            )
            % {"type": extension.upper()},
            code="invalid_content",
        )


class CheckedDocumentForm(BaseDocumentForm):
    """The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): the file must be what
    its extension says, by its content."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_document(uploaded)
        return uploaded


def check_image(uploaded):
    """Pillow opens and verifies the image: a truncated or forged file is refused, and a
    decompression bomb raises before any pixel is decoded (Image.MAX_IMAGE_PIXELS)."""
    from PIL import Image

    uploaded.seek(0)
    try:
        with Image.open(uploaded) as image:
            width, height = image.size
            image.verify()
    except Image.DecompressionBombError:
        raise forms.ValidationError(
            _("This image has too many pixels to be processed safely."), code="file_too_many_pixels"
        ) from None
    except Exception:
        raise forms.ValidationError(
            _("This file is not a valid image, or it is damaged."), code="invalid_image"
        ) from None
    finally:
        uploaded.seek(0)
    limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    if limit and width * height > limit:
        raise forms.ValidationError(
            _("This image has too many pixels to be processed safely."), code="file_too_many_pixels"
        )


class CheckedImageForm(BaseImageForm):
    """The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): Wagtail's checks, then Pillow's."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_image(uploaded)
        return uploaded
