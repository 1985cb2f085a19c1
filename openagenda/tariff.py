"""The Sortir ! tariff of an event: whether it has it (the agenda marks it with one of its
additional fields, OPENAGENDA_TARIFF_FIELD, and/or a keyword, OPENAGENDA_TARIFF_KEYWORD), and
the Sortir ! price when the field or the price text (`conditions`) says it."""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .choices import CHOICE_FIELD_TYPES, choice_id, choice_ids, option_terms
from .models import normalise_keyword
from .text import pick_source

NUMBER_FIELD_TYPES = {"integer", "number"}
_PRICE = re.compile(r"(\d+(?:[.,]\d{1,2})?)\s*(?:€|euros?\b)", re.I)
_BARE_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d{1,2})?)\s*$")
_FREE = re.compile(r"\b(gratuit|gratuite|gratuité|free)\b", re.I)
# "Tarif Sortir ! : 3 €", "Sortir ! 2,50 euros", "gratuit avec la carte Sortir !"…
_SORTIR_PRICE = re.compile(r"sortir\s*!?[^0-9€\n]{0,30}?(\d+(?:[.,]\d{1,2})?)\s*(?:€|euros?\b)", re.I)
_SORTIR_FREE = re.compile(r"sortir\s*!?[^\n.;]{0,30}?\bgratuit|\bgratuit[^\n.;]{0,40}?sortir", re.I)


@dataclass
class TariffRule:
    """How the agenda marks events at the Sortir ! tariff (OPENAGENDA_TARIFF_FIELD /
    OPENAGENDA_TARIFF_KEYWORD); with neither, every event of the agenda is at the tariff."""

    field_code: str = ""
    field_type: str = ""
    options: dict = field(default_factory=dict)  # option id → label
    keyword: str = ""

    @property
    def configured(self):
        return bool(self.field_code or self.keyword)


def tariff_of(raw, rule):
    """(is the event at the Sortir ! tariff, the Sortir ! price if it says)."""
    eligible, price = not rule.configured, None
    if rule.field_code:
        value = raw.get(rule.field_code)
        marked, price = _tariff_field_value(value, rule)
        eligible = eligible or marked
    if rule.keyword and rule.keyword in {normalise_keyword(word) for word in keywords(raw)}:
        eligible = True
    if price is None:
        price = _sortir_price_in_conditions(raw.get("conditions"))
    return eligible, price


def _tariff_field_value(value, rule):
    if value in (None, "", [], {}, False):
        return False, None
    if rule.field_type in CHOICE_FIELD_TYPES or (not rule.field_type and choice_ids(value)):
        labels = []
        for item in value if isinstance(value, list) else [value]:
            option = item if isinstance(item, dict) else rule.options.get(choice_id(item), {})
            labels.extend(option_terms(option))
        prices = [price for label in labels if (price := parse_price(label)) is not None]
        return bool(choice_ids(value)), min(prices) if prices else None
    if rule.field_type == "boolean" or isinstance(value, bool):
        return bool(value), None
    if rule.field_type in NUMBER_FIELD_TYPES:
        return True, parse_price(value)
    text = pick_source(value) if isinstance(value, dict | str) else value
    return True, parse_price(text)


def _sortir_price_in_conditions(conditions):
    """The Sortir ! price when the price text states it explicitly."""
    text = pick_source(conditions)
    if not text:
        return None
    if match := _SORTIR_PRICE.search(text):
        return _decimal(match.group(1))
    if _SORTIR_FREE.search(text):
        return Decimal("0")
    return None


def parse_price(text):
    """A price in euros written in a label or a text ("3 €", "2,50 euros", "Gratuit")."""
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, int | float | Decimal):
        return _decimal(str(text))
    if not isinstance(text, str):
        return None
    if match := (_PRICE.search(text) or _BARE_NUMBER.match(text)):
        return _decimal(match.group(1))
    if _FREE.search(text):
        return Decimal("0")
    return None


def _decimal(text):
    try:
        value = Decimal(text.replace(",", ".")).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None
    return value if Decimal("0") <= value < Decimal("100000") else None


def keywords(raw):
    """The keywords of an event, in every language, without empty ones."""
    words = raw.get("keywords")
    if isinstance(words, dict):
        words = [word for values in words.values() if isinstance(values, list) for word in values]
    if not isinstance(words, list):
        return []
    return [word for word in words if isinstance(word, str) and word.strip()]
