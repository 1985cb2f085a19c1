"""Read rendered HTML the way a user (or a screen reader) would."""

from bs4 import BeautifulSoup


def soup(response):
    assert response["Content-Type"].startswith("text/html"), response["Content-Type"]
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(node):
    return " ".join(node.get_text(" ").split())


def form_fields(form):
    """What a browser would submit for `form` as it stands: {name: [values]} of its
    enabled inputs (checked boxes only), selects and text areas."""
    fields = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "select":
            chosen = [o for o in field.find_all("option") if o.has_attr("selected")]
            values = [o.get("value", o.get_text()) for o in chosen]
        elif field.name == "textarea":
            values = [field.get_text()]
        elif field.get("type") in ("checkbox", "radio"):
            values = [field.get("value", "on")] if field.has_attr("checked") else []
        elif field.get("type") in ("submit", "button", "image", "file"):
            continue
        else:
            values = [field.get("value", "")]
        fields.setdefault(name, []).extend(values)
    return fields
