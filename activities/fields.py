"""Who owns which field of an activity: the one place these rules are written, read by
the model (what translations share), the sync (what it writes) and the sync's editor
form (what it makes read-only). Names are model field names."""

# Texts, one value per language (wagtail-localize translates them).
TRANSLATED = ["title", "summary", "description", "price_notes", "accessibility_notes"]

# The same in every language: copied from the source (French) activity to its
# translations whenever it is saved (Activity.copy_shared_to), with its categories and
# dates, which wagtail-localize does not synchronise.
SHARED = [
    "slug", "structure", "place", "kind", "age_min", "age_max", "for_families", "for_students",
    "full_price", "sortir_price", "booking_url", "eticket", "wheelchair", "hearing", "visual", "mental",
    "image", "status", "source", "source_agenda", "source_uid", "source_updated_at", "source_image_url",
    "sortir_price_by_editor", "featured",
]  # fmt: skip

# On an activity that comes from OpenAgenda, what the sync owns besides its categories,
# its dates and its image (when the image came from OpenAgenda, `source_image_url`):
# texts (in French, and in the languages OpenAgenda has) and these fields.
SYNCED_TEXTS = ["title", "summary", "description", "price_notes"]
SYNCED = [
    "place", "kind", "age_min", "age_max", "sortir_price", "booking_url",
    "wheelchair", "hearing", "visual", "mental", "status",
    "source", "source_agenda", "source_uid", "source_updated_at", "source_data",
]  # fmt: skip
SYNCED_IMAGE = ["image", "source_image_url"]
# Owned by the sync until editors set it by hand (then `sortir_price_by_editor` is ticked).
EDITORS_PRICE = "sortir_price"

# What editors own on every activity, which no sync writes: the partner structure, the
# full price, the audience flags, the e-ticket flag, accessibility notes, the highlight,
# and their choice of price; also translations into languages OpenAgenda has no text for,
# and any choice to take an activity offline.
EDITORS = [
    "structure", "full_price", "for_families", "for_students", "eticket", "accessibility_notes",
    "featured", "sortir_price_by_editor",
]  # fmt: skip
