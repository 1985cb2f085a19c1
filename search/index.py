"""Keeps the full-text index up to date. A model declares what is searchable with
Wagtail's `search_fields`: boosted fields make the title, the others the body."""

from django.db.models import Manager

from .models import IndexEntry

TITLE_BOOST = 2


def model_label(model):
    return model._meta.label_lower


def _values(obj, field):
    from wagtail.search import index

    if isinstance(field, index.RelatedFields):
        related = getattr(obj, field.field_name, None)
        if related is None:
            return []
        items = related.all() if isinstance(related, Manager) or hasattr(related, "all") else [related]
        values = []
        for item in items:
            for sub in field.fields:
                if isinstance(sub, index.SearchField):
                    values.append(str(getattr(item, sub.field_name, "") or ""))
        return values
    value = getattr(obj, field.field_name, "")
    return [str(value)] if value else []


def document(obj):
    """(title, body) of an object, from its search_fields."""
    from wagtail.search import index

    title, body = [], []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField):
            (title if (field.boost or 1) >= TITLE_BOOST else body).extend(_values(obj, field))
        elif isinstance(field, index.RelatedFields):
            body.extend(_values(obj, field))
    return " ".join(title), " ".join(body)


def update(obj):
    title, body = document(obj)
    IndexEntry.objects.update_or_create(
        model=model_label(type(obj)), object_id=obj.pk, defaults={"title": title, "body": body}
    )


def remove(obj):
    IndexEntry.objects.filter(model=model_label(type(obj)), object_id=obj.pk).delete()


def add_many(queryset, batch_size=500):
    """Index objects that have no entry yet (after a bulk import)."""
    label = model_label(queryset.model)
    batch = []
    for obj in queryset.iterator(chunk_size=batch_size):
        title, body = document(obj)
        batch.append(IndexEntry(model=label, object_id=obj.pk, title=title, body=body))
        if len(batch) >= batch_size:
            IndexEntry.objects.bulk_create(batch)
            batch = []
    IndexEntry.objects.bulk_create(batch)
