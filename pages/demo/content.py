"""The demo pages, read from pages.yaml: SITE_SETTINGS, HOME and PAGES (the children of the
home page, in menu order). Each translatable text is {"fr": …, "en": …, "ar": …}; a page
body is a list of (kind, value) pairs. Read once, when this module is first imported."""

from pathlib import Path

from activities.demo.data import (
    BOOL,
    STR,
    TEXT_STR,
    Anything,
    Blocks,
    DemoDataError,
    ListOf,
    Pattern,
    Record,
    Text,
    read,
)

FILE = Path(__file__).with_name("pages.yaml")

TEXT = Text()
SLUG = Text(value=Pattern(r"[a-z0-9]+(-[a-z0-9]+)*", "a lower-case ASCII slug"))
BODY = Blocks(
    {
        "heading": TEXT,
        "paragraphs": ListOf(TEXT),
        "list": ListOf(TEXT),
        "faq": Record(
            {"title": TEXT, "questions": ListOf(Record({"question": TEXT, "answer": ListOf(TEXT)}))}
        ),
        # A link to another demo page (its key) or to an external url.
        "cta": Record(
            {"title": TEXT, "text": TEXT, "button_label": TEXT}, {"page": (STR, None), "url": (STR, "")}
        ),
    }
)
PAGE_FIELDS = {"title": TEXT, "slug": SLUG, "search_description": TEXT, "intro": TEXT, "body": BODY}
SCHEMA = Record(
    {
        "site_settings": Record(
            {"organisation_name": TEXT_STR, "address": TEXT_STR, "phone": TEXT_STR}, {"email": (STR, "")}
        ),
        "shared": Anything(),  # only holds the YAML anchors that the pages use
        "home": Record({**PAGE_FIELDS, "seo_title": TEXT}),
        "pages": ListOf(
            Record({"key": Pattern(r"[a-z-]+", "a page key"), **PAGE_FIELDS}, {"in_menu": (BOOL, False)})
        ),
    }
)


def _check_links(home, pages):
    """Page keys are unique and every call to action leads somewhere."""
    keys = [page["key"] for page in pages]
    for index, key in enumerate(keys):
        if keys.index(key) != index:
            raise DemoDataError.at(FILE, f"pages[{index}].key", f"{key!r} given twice")
    bodies = [("home", home["body"])] + [(f"pages[{i}]", page["body"]) for i, page in enumerate(pages)]
    for where, body in bodies:
        for n, (kind, value) in enumerate(body):
            if kind == "cta" and not (value["page"] in keys if value["page"] else value["url"]):
                raise DemoDataError.at(FILE, f"{where}.body[{n}].cta", "leads to no page key and no url")


_data = read(FILE, SCHEMA)
SITE_SETTINGS, HOME, PAGES = _data["site_settings"], _data["home"], _data["pages"]
_check_links(HOME, PAGES)
