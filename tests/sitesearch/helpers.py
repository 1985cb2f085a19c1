"""Pages made for the site search and sitemap tests."""

from wagtail.models import BaseViewRestriction, PageViewRestriction

from pages.models import HomePage, StandardPage


def french_page(title, slug, *, publish=True, parent=None, intro=""):
    parent = parent or HomePage.objects.get(locale__language_code="fr")
    page = StandardPage(title=title, slug=slug, intro=intro, live=publish)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=BaseViewRestriction.LOGIN)
