"""Values of the demo pages' fields, built from their YAML specs: StreamField bodies, the
Charter's blocks, the brochure's offers, the partner space's templates."""

import uuid

from django.utils.html import escape

from activities.models import Activity, Structure

from ..models import AudiencePage, BrochurePage, CharterPage, PartnerSpacePage

SOURCE_LANGUAGE = "fr"


def _paragraphs_html(texts, lang):
    return "".join(f"<p>{escape(text[lang])}</p>" for text in texts)


def _list_html(items, lang):
    return "<ul>" + "".join(f"<li>{escape(item[lang])}</li>" for item in items) + "</ul>"


def _items(values):
    """ListBlock data with the ids wagtail-localize needs to extract each item."""
    return [{"type": "item", "id": str(uuid.uuid4()), "value": value} for value in values]


def build_body(blocks, pages_by_key, lang=SOURCE_LANGUAGE, documents=None):
    """Turns the content module's block tuples into StreamField data."""
    stream = []
    for kind, value in blocks:
        if kind == "heading":
            stream.append(("heading", {"text": value[lang], "level": "h2"}))
        elif kind == "paragraphs":
            stream.append(("paragraph", _paragraphs_html(value, lang)))
        elif kind == "list":
            stream.append(("paragraph", _list_html(value, lang)))
        elif kind == "faq":
            # ListBlock items carry their own ids, which wagtail-localize needs to
            # extract them as translatable segments.
            questions = [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {"question": q["question"][lang], "answer": _paragraphs_html(q["answer"], lang)},
                }
                for q in value["questions"]
            ]
            stream.append(("faq", {"title": value["title"][lang], "questions": questions}))
        elif kind == "cta":
            target = pages_by_key.get(value.get("page"))
            link = {"page": target.pk if target else None, "url": value.get("url", "")}
            stream.append(
                (
                    "call_to_action",
                    {
                        "title": value["title"][lang],
                        "text": value["text"][lang],
                        "button_label": value["button_label"][lang],
                        "link": link,
                    },
                )
            )
        elif kind == "documents":
            links = [
                {"document": documents[item["document"]].pk, "label": item["label"][lang]}
                for item in value["items"]
            ]
            stream.append(("documents", {"title": value["title"][lang], "documents": _items(links)}))
        else:
            raise ValueError(f"Unknown demo block kind: {kind}")
    return [{"type": kind, "value": data} for kind, data in stream]


def _raw(kind, value):
    """A StreamField child as stored (JSON-like), with the id wagtail-localize needs to
    extract the segments of nested streams."""
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def charter_fields(spec):
    """The CharterPage fields of a demo page's `charter` data, in French."""
    structures = {s.name: s for s in Structure.objects.filter(name__in=spec["endorsements"])}
    missing = set(spec["endorsements"]) - set(structures)
    if missing:
        raise ValueError(f"Charter endorsements: no structure named {sorted(missing)}")
    return {
        "values": [
            _raw("value", {"title": v["title"]["fr"], "text": v["text"]["fr"]}) for v in spec["values"]
        ],
        "commitments": [
            _raw(
                "party",
                {
                    "party": party["party"]["fr"],
                    "intro": party["intro"]["fr"],
                    "commitments": _items(text["fr"] for text in party["commitments"]),
                },
            )
            for party in spec["parties"]
        ],
        "history": [
            _raw("milestone", {"date": m["date"]["fr"], "text": m["text"]["fr"]}) for m in spec["history"]
        ],
        "endorsements": [_raw("structure", structures[name].pk) for name in spec["endorsements"]],
        "endorsement_note": spec["endorsement_note"]["fr"],
    }


def _price(value):
    return None if value is None else str(value)


def _offer(offer):
    if offer["activity"]:
        activity = Activity.objects.get(slug=offer["activity"], locale__language_code=SOURCE_LANGUAGE)
        conditions = offer["conditions"]["fr"] if offer["conditions"] else ""
        return _raw("catalogue", {"activity": activity.pk, "conditions": conditions})
    typed = offer["typed"]
    return _raw(
        "typed",
        {
            "structure": typed["structure"],
            "activity": typed["activity"]["fr"],
            "kind": typed["kind"],
            "full_price": _price(typed["full_price"]),
            "sortir_price": _price(typed["sortir_price"]),
            "conditions": typed["conditions"]["fr"],
        },
    )


def brochure_fields(spec):
    return {
        "edition": spec["edition"],
        "regular_note": spec["regular_note"]["fr"],
        "sections": [
            _raw(
                "section", {"title": section["title"]["fr"], "offers": [_offer(o) for o in section["offers"]]}
            )
            for section in spec["sections"]
        ],
    }


def partner_fields(spec, documents):
    return {
        "agreement_templates": [
            _raw(
                "template",
                {
                    "document": documents[template["document"]].pk,
                    "title": template["title"]["fr"],
                    "version": template["version"],
                    "date": template["date"],
                },
            )
            for template in spec["agreement_templates"]
        ]
    }


def audience_fields(spec):
    return {
        "audience": spec["audience"],
        "steps": [_raw("step", {"title": s["title"]["fr"], "text": s["text"]["fr"]}) for s in spec["steps"]],
        "catalogue_query": spec["catalogue_query"],
        "activity_count": spec["activity_count"],
    }


PAGE_CLASSES = {
    "charter": CharterPage,
    "brochure": BrochurePage,
    "partners": PartnerSpacePage,
    "audience": AudiencePage,
}


def page_type(spec):
    return next((kind for kind in PAGE_CLASSES if spec.get(kind)), None)
