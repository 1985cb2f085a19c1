"""Generated demo documents with real text: a PDF (WeasyPrint, from a small HTML page), an
OpenDocument text (ODT) and a Word document (DOCX), each written by hand as the zip of XML
files these formats are, so that no office suite or extra library is needed."""

import io
import zipfile
from xml.sax.saxutils import escape

from django.utils.html import escape as html_escape

PDF_STYLE = """
@page { size: A4; margin: 20mm; }
body { font: 11pt/1.5 "DejaVu Sans", sans-serif; color: #111; }
h1 { font-size: 18pt; color: #5a1f7a; }
.brand { font-weight: bold; letter-spacing: 0.05em; }
"""


def pdf(title, heading, paragraphs):
    from weasyprint import HTML  # heavy: only when the demo is loaded

    body = "".join(f"<p>{html_escape(text)}</p>" for text in paragraphs)
    html = (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{html_escape(title)}</title>'
        f"<style>{PDF_STYLE}</style></head><body><p class=brand>Sortir !</p>"
        f"<h1>{html_escape(heading)}</h1>{body}</body></html>"
    )
    return HTML(string=html).write_pdf()


def _zip(files, first=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first:  # ODF wants its mimetype first and uncompressed
            archive.writestr(zipfile.ZipInfo(first[0]), first[1], compress_type=zipfile.ZIP_STORED)
        for name, content in files.items():
            archive.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def odt(title, heading, paragraphs):
    text = f'<text:h text:outline-level="1">{escape(heading)}</text:h>' + "".join(
        f"<text:p>{escape(paragraph)}</text:p>" for paragraph in paragraphs
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f"<office:body><office:text>{text}</office:text></office:body></office:document-content>"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
        f"<office:meta><dc:title>{escape(title)}</dc:title><dc:language>fr</dc:language></office:meta>"
        "</office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return _zip(
        {"content.xml": content, "meta.xml": meta, "META-INF/manifest.xml": manifest},
        first=("mimetype", "application/vnd.oasis.opendocument.text"),
    )


def docx(title, heading, paragraphs):
    def run(text, bold=False):
        props = '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' if bold else ""
        return f'<w:p><w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    body = run(heading, bold=True) + "".join(run(paragraph) for paragraph in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(title)}</dc:title><dc:language>fr-FR</dc:language></cp:coreProperties>"
    )
    return _zip(
        {
            "[Content_Types].xml": content_types,
            "_rels/.rels": rels,
            "word/document.xml": document,
            "docProps/core.xml": core,
        }
    )


MAKERS = {"pdf": pdf, "odt": odt, "docx": docx}


def render(file_format, title, heading, paragraphs):
    return MAKERS[file_format](title, heading, paragraphs)
