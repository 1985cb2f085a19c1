"""The demo pages, read from pages.yaml: SITE_SETTINGS, HOME, PAGES (the children of the
home page, in menu order) and DOCUMENTS (generated files the pages offer). Each translatable
text is {"fr": …, "en": …, "ar": …}; a page body is a list of (kind, value) pairs. A page is
a standard page unless it holds one of the keys `charter`, `brochure`, `partners` or `audience`, the
fields of that page type. Read once, when this module is first imported."""

from pathlib import Path

from activities.demo.data import (
    BOOL,
    INT,
    STR,
    TEXT_STR,
    Anything,
    Blocks,
    Choice,
    DemoDataError,
    ListOf,
    Nullable,
    Number,
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
        # Downloads: generated documents, by their key in `documents`.
        "documents": Record({"title": TEXT, "items": ListOf(Record({"document": STR, "label": TEXT}))}),
    }
)
PAGE_FIELDS = {"title": TEXT, "slug": SLUG, "search_description": TEXT, "intro": TEXT, "body": BODY}
DATE = Pattern(r"\d{4}-\d{2}-\d{2}", "a date YYYY-MM-DD")
CHARTER = Record(
    {
        "values": ListOf(Record({"title": TEXT, "text": TEXT})),
        "parties": ListOf(Record({"party": TEXT, "intro": TEXT, "commitments": ListOf(TEXT)})),
        "history": ListOf(Record({"date": TEXT, "text": TEXT})),
        # Structures of the demo catalogue (activities/demo/partners.yaml), by name.
        "endorsements": ListOf(TEXT_STR),
        "endorsement_note": TEXT,
    }
)
PRICE = Nullable(Number(exact=True))
OFFER = Record(
    {},
    {
        "activity": (Nullable(STR), None),  # the slug of a demo activity…
        "conditions": (Nullable(TEXT), None),
        "typed": (  # …or an offer typed by editors
            Nullable(
                Record(
                    {
                        "structure": TEXT_STR,
                        "activity": TEXT,
                        "kind": Choice("one_off", "regular"),
                        "full_price": PRICE,
                        "sortir_price": PRICE,
                        "conditions": TEXT,
                    }
                )
            ),
            None,
        ),
    },
)
BROCHURE = Record(
    {
        "edition": INT,
        "regular_note": TEXT,
        "sections": ListOf(Record({"title": TEXT, "offers": ListOf(OFFER)})),
    }
)
FORM_FIELD = Record(
    {"label": TEXT, "type": Choice("singleline", "multiline", "email", "number", "dropdown", "checkbox")},
    {"required": (BOOL, False), "help_text": (Nullable(TEXT), None), "choices": (Nullable(TEXT), None)},
)
PARTNERS = Record(
    {
        "agreement_templates": ListOf(
            Record({"document": STR, "title": TEXT, "version": TEXT_STR, "date": DATE})
        ),
        "form": Record(
            {
                "title": TEXT,
                "slug": SLUG,
                "search_description": TEXT,
                "intro": TEXT,
                "thank_you_text": TEXT,
                "subject": TEXT,
                "to_address": TEXT_STR,
                "fields": ListOf(FORM_FIELD),
            }
        ),
    }
)
DOCUMENT = Record(
    {
        "key": Pattern(r"[a-z0-9-]+", "a document key"),
        "title": TEXT_STR,
        "formats": ListOf(Choice("pdf", "odt", "docx")),
        "heading": TEXT_STR,
        "paragraphs": ListOf(TEXT_STR),
    }
)
AUDIENCE = Record(
    {
        "audience": Choice("students", "families", "seniors", "newcomers"),
        "steps": ListOf(Record({"title": TEXT, "text": TEXT})),
        # The query string of the catalogue search whose first activities the page shows.
        "catalogue_query": STR,
        "activity_count": INT,
    }
)
SCHEMA = Record(
    {
        "site_settings": Record(
            {"organisation_name": TEXT_STR, "address": TEXT_STR, "phone": TEXT_STR}, {"email": (STR, "")}
        ),
        "shared": Anything(),  # only holds the YAML anchors that the pages use
        "home": Record({**PAGE_FIELDS, "seo_title": TEXT}),
        "pages": ListOf(
            Record(
                {"key": Pattern(r"[a-z-]+", "a page key"), **PAGE_FIELDS},
                {
                    "in_menu": (BOOL, False),
                    "charter": (Nullable(CHARTER), None),
                    "brochure": (Nullable(BROCHURE), None),
                    "partners": (Nullable(PARTNERS), None),
                    "audience": (Nullable(AUDIENCE), None),
                },
            )
        ),
        "documents": ListOf(DOCUMENT),
    }
)
PAGE_TYPES = ("charter", "brochure", "partners", "audience")


def _check_pages(pages, documents):
    """A page is of one type at most; offers and downloads lead to something."""
    keys = {
        f"{document['key']}.{file_format}" for document in documents for file_format in document["formats"]
    }
    for index, page in enumerate(pages):
        kinds = [kind for kind in PAGE_TYPES if page[kind] is not None]
        if len(kinds) > 1:
            raise DemoDataError.at(FILE, f"pages[{index}]", f"one page type at most, found {kinds}")
        for n, (kind, value) in enumerate(page["body"]):
            for item in value["items"] if kind == "documents" else []:
                if item["document"] not in keys:
                    raise DemoDataError.at(
                        FILE, f"pages[{index}].body[{n}]", f"no document {item['document']!r}"
                    )
        for n, template in enumerate(page["partners"]["agreement_templates"] if page["partners"] else []):
            if template["document"] not in keys:
                where = f"pages[{index}].partners.agreement_templates[{n}]"
                raise DemoDataError.at(FILE, where, f"no document {template['document']!r}")
        for s, section in enumerate(page["brochure"]["sections"] if page["brochure"] else []):
            for o, offer in enumerate(section["offers"]):
                if (offer["activity"] is None) == (offer["typed"] is None):
                    where = f"pages[{index}].brochure.sections[{s}].offers[{o}]"
                    raise DemoDataError.at(FILE, where, "give either an activity or a typed offer")


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
DOCUMENTS = _data["documents"]
_check_links(HOME, PAGES)
_check_pages(PAGES, DOCUMENTS)
# The pages that are StandardPages (the others are of the type their data names).
STANDARD_PAGES = [spec for spec in PAGES if not any(spec[kind] for kind in PAGE_TYPES)]
