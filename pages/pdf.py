"""PDFs generated from published pages (the Charter, the tariff brochure): built with
WeasyPrint when a page is published, stored, and served as files until the next
publication. A visitor never waits for a build that already happened: the file is named
after what it shows (the live revision, plus whatever else the page says it depends on),
so an outdated one is never served and a current one is built once."""

import hashlib
import logging
import time

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

logger = logging.getLogger(__name__)

FOLDER = "generated-pdf"
STYLESHEET = "pages/css/pdf.css"
BUILD_LOCK_SECONDS = 120


class PublishedPDFMixin(RoutablePageMixin):
    """A page that offers a PDF of itself at `<page url>pdf/`.

    Subclasses set `pdf_template` and may add to `pdf_dependencies()` what else the PDF
    shows (catalogue offers), so that a change there makes a new file too."""

    pdf_template = None
    pdf_page_size = "A4"

    def pdf_dependencies(self):
        return []

    def pdf_version(self):
        state = [self.live_revision_id, self.pdf_page_size, *self.pdf_dependencies()]
        return hashlib.sha256(repr(state).encode()).hexdigest()[:16]

    def pdf_folder(self):
        return f"{FOLDER}/{self._meta.label_lower}/{self.pk}"

    def pdf_path(self):
        return f"{self.pdf_folder()}/{self.slug}-{self.pdf_version()}.pdf"

    def pdf_filename(self):
        return f"{self.slug}.pdf"

    def render_pdf_html(self):
        with translation.override(self.locale.language_code):
            return render_to_string(
                self.pdf_template,
                {
                    "page": self,
                    "page_size": self.pdf_page_size,
                    "LANGUAGE_CODE": self.locale.language_code,
                    "LANGUAGE_BIDI": translation.get_language_bidi(),
                },
            )

    def render_pdf(self):
        from weasyprint import CSS, HTML  # heavy: only where a PDF is made

        return HTML(string=self.render_pdf_html()).write_pdf(
            stylesheets=[CSS(filename=finders.find(STYLESHEET))]
        )

    def build_pdf(self):
        """Render and store the current PDF, and remove the older ones. Returns its path."""
        target = self.pdf_path()
        if not default_storage.exists(target):
            started = time.monotonic()
            content = self.render_pdf()
            default_storage.save(target, ContentFile(content))
            logger.info("Built %s in %.2f s (%d bytes)", target, time.monotonic() - started, len(content))
        self._remove_old_pdfs(keep=target)
        return target

    def _remove_old_pdfs(self, keep):
        try:
            _folders, files = default_storage.listdir(self.pdf_folder())
        except FileNotFoundError:
            return
        for name in files:
            stale = f"{self.pdf_folder()}/{name}"
            if stale != keep:
                default_storage.delete(stale)

    def current_pdf(self):
        """The stored PDF of what is published now; built here only if publishing did not
        build it (a page published before this feature, a cleared media folder), once:
        concurrent visitors wait for the first one's build instead of building again."""
        target = self.pdf_path()
        if default_storage.exists(target):
            return target
        lock = f"pdf-build:{target}"
        if cache.add(lock, True, BUILD_LOCK_SECONDS):
            try:
                return self.build_pdf()
            finally:
                cache.delete(lock)
        deadline = time.monotonic() + BUILD_LOCK_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if default_storage.exists(target):
                return target
        return self.build_pdf()

    @path("pdf/", name="pdf")
    def pdf(self, request):
        response = FileResponse(
            default_storage.open(self.current_pdf(), "rb"),
            content_type="application/pdf",
            filename=self.pdf_filename(),
        )
        # The name changes with each publication: a cached copy can never be stale.
        response["Cache-Control"] = "public, max-age=300"
        return response

    def get_pdf_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("pdf")


def build_on_publish(sender, instance, **kwargs):
    """page_published receiver: the PDF is ready before any visitor asks for it."""
    page = instance.specific
    if isinstance(page, PublishedPDFMixin) and page.live:
        page.build_pdf()
