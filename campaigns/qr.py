"""The QR code of a campaign's short link (segno) and its print-ready posters (WeasyPrint).

Error correction H: a poster on a forum stand gets folded, scratched and taped over, and
the code still reads with 30 % of it missing; the short link keeps the code small anyway."""

import base64
import io

import segno
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

ERROR_CORRECTION = "h"
SCALE = 10  # pixels per module in the PNG and the SVG's size
BORDER = 4  # the quiet zone readers need, in modules
POSTER_SIZES = {"a4": "A4", "a5": "A5"}
LOGO = "campaigns/logo.svg"


def qr_code(url):
    return segno.make(url, error=ERROR_CORRECTION, micro=False, boost_error=False)


def svg(url, title=None, sized=True):
    out = io.BytesIO()
    qr_code(url).save(
        out, kind="svg", scale=SCALE, border=BORDER, xmldecl=False, title=title or url, omitsize=not sized
    )
    return out.getvalue()


def png(url):
    out = io.BytesIO()
    qr_code(url).save(out, kind="png", scale=SCALE, border=BORDER)
    return out.getvalue()


def _data_uri(content, media_type):
    return f"data:{media_type};base64,{base64.b64encode(content).decode()}"


def poster_html(campaign, size):
    language = campaign.locale.language_code
    with translation.override(language):
        with open(finders.find(LOGO), "rb") as logo:
            logo_uri = _data_uri(logo.read(), "image/svg+xml")
        return render_to_string(
            "campaigns/poster.html",
            {
                "campaign": campaign,
                "short_url": campaign.short_url,
                "qr_uri": _data_uri(svg(campaign.short_url, sized=False), "image/svg+xml"),
                "logo_uri": logo_uri,
                "page_size": POSTER_SIZES[size],
                "size": size,
                "LANGUAGE_CODE": language,
                "LANGUAGE_BIDI": translation.get_language_bidi(),
            },
        )


def poster_pdf(campaign, size):
    from weasyprint import HTML  # heavy: only where a poster is made

    return HTML(string=poster_html(campaign, size)).write_pdf()
