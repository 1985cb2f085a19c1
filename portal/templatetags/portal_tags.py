from django import template
from django.utils import timezone
from django.utils.timesince import timeuntil

register = template.Library()


@register.filter
def duration(delta):
    """A timedelta in words, in the active language ("1 hour", "1 heure")."""
    now = timezone.now()
    return timeuntil(now + delta, now)
