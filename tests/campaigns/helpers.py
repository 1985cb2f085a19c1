"""What the campaign tests share: a real QR decoder (zbar's zbarimg, from Debian, installed
by scripts/install-test-tools) and Poppler's pdftoppm, which renders a PDF page to PNG."""

import shutil
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from wagtail.models import Locale

from campaigns.models import QrCampaign

BASE_URL = "https://sortir.example"


def tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: run scripts/install-test-tools (Debian: zbar-tools, poppler-utils)")
    return path


def decode_png(content):
    """The texts of the QR codes zbarimg finds in a PNG image."""
    with tempfile.TemporaryDirectory() as directory:
        image = Path(directory) / "code.png"
        image.write_bytes(content)
        result = subprocess.run(
            [tool("zbarimg"), "--quiet", "--raw", str(image)], capture_output=True, text=True, timeout=60
        )
    return result.stdout.split()


def pdf_to_png(content, resolution=150):
    """The first page of a PDF as a PNG image (Poppler)."""
    with tempfile.TemporaryDirectory() as directory:
        pdf = Path(directory) / "file.pdf"
        pdf.write_bytes(content)
        subprocess.run(
            [
                tool("pdftoppm"),
                "-r",
                str(resolution),
                "-png",
                "-singlefile",
                str(pdf),
                str(Path(directory) / "page"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return (Path(directory) / "page.png").read_bytes()


def svg_to_png(content):
    """An SVG as a reader would see it printed: laid out on a page by WeasyPrint, the page
    rendered to PNG by Poppler."""
    import base64

    from weasyprint import HTML

    uri = "data:image/svg+xml;base64," + base64.b64encode(content).decode()
    pdf = HTML(string=f'<img src="{uri}" style="width: 8cm">').write_pdf()
    return pdf_to_png(pdf)


def campaign(slug, language="fr", *, days=(0, 30), **fields):
    """A campaign active from `days[0]` to `days[1]` days from today (None: no end)."""
    today = timezone.localdate()
    start, end = days
    return QrCampaign.objects.create(
        slug=slug,
        label=fields.pop("label", f"Campagne {slug}"),
        locale=Locale.objects.get(language_code=language),
        starts_on=today + timedelta(days=start),
        ends_on=None if end is None else today + timedelta(days=end),
        **fields,
    )
