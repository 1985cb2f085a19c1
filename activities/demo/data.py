"""The one reader of demo data files: the YAML files next to the code that loads them
(activities/demo/, pages/demo/), checked against a small schema on the way in.

Why a schema: the files are edited by hand, and a slip (a missing "ar", a misspelt key, a
time written 20:00 without quotes, which YAML reads as the number 1200) would otherwise
surface as a KeyError deep in the loader, or not at all. Every error names the file and the
path of the key to fix, e.g. `activities.yaml: activities[3].title.fr: missing`.

A schema is built from the specs below; checking a value returns it normalised (defaults
filled in, paragraphs joined, blocks as (kind, value) pairs), so the loaders need no guesswork.
"""

import re
from decimal import Decimal
from pathlib import Path

import yaml

# libyaml's parser when it is there: the demo files are a few thousand lines.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DemoDataError(ValueError):
    """A demo data file cannot be read, is not YAML, or does not match its schema."""

    @classmethod
    def at(cls, path, where, problem):
        return cls(f"{_shown(path)}: {where or 'top level'}: {problem}")


def _shown(path):
    """The file as the person running the command would find it."""
    try:
        return Path(path).resolve().relative_to(Path.cwd())
    except ValueError:
        return path


class _Invalid(Exception):
    def __init__(self, where, problem):
        super().__init__(where, problem)
        self.where, self.problem = where, problem


class _Loader(_BaseLoader):
    """Refuses a key given twice in one mapping: YAML would silently keep the last one."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # "<<: *anchor" merges keys that the mapping may then override
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read(path, schema):
    """The data of one file, checked against `schema` and normalised."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as stream:
            data = yaml.load(stream, Loader=_Loader)
    except OSError as error:
        raise DemoDataError(f"{_shown(path)}: cannot be read ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise DemoDataError(f"{_shown(path)}: not valid YAML: {error}") from error
    try:
        return schema.check(data, "")
    except _Invalid as error:
        raise DemoDataError.at(path, error.where, error.problem) from None


def _key(where, key):
    return f"{where}.{key}" if where else str(key)


class Is:
    """A value of one of these types (a boolean is not taken for a number)."""

    def __init__(self, *types, blank=True):
        self.types, self.blank = types, blank

    def check(self, value, where):
        if isinstance(value, bool) and bool not in self.types or not isinstance(value, self.types):
            expected = " or ".join(t.__name__ for t in self.types)
            raise _Invalid(where, f"expected {expected}, found {value!r}")
        if not self.blank and isinstance(value, str) and not value.strip():
            raise _Invalid(where, "empty")
        return value


STR = Is(str)
TEXT_STR = Is(str, blank=False)
INT = Is(int)
BOOL = Is(bool)


class Number(Is):
    """A number written plainly in the file: a coordinate, read as a float, or an amount
    (exact=True: a price, 7.50), read as an exact Decimal."""

    def __init__(self, exact=False):
        super().__init__(int, float)
        self.exact = exact

    def check(self, value, where):
        value = super().check(value, where)
        return Decimal(str(value)) if self.exact else float(value)


class Pattern:
    def __init__(self, regex, meaning):
        self.regex, self.meaning = re.compile(regex), meaning

    def check(self, value, where):
        if not isinstance(value, str) or not self.regex.fullmatch(value):
            raise _Invalid(where, f"expected {self.meaning}, found {value!r}")
        return value


class Choice:
    def __init__(self, *values):
        self.values = values

    def check(self, value, where):
        if value not in self.values:
            raise _Invalid(where, f"expected one of {', '.join(map(str, self.values))}, found {value!r}")
        return value


class Nullable:
    def __init__(self, spec):
        self.spec = spec

    def check(self, value, where):
        return None if value is None else self.spec.check(value, where)


class Anything:
    """Left unchecked: e.g. the holder of YAML anchors, which the loaders never read."""

    def check(self, value, where):
        return value


class ListOf:
    def __init__(self, spec, empty=False):
        self.spec, self.empty = spec, empty

    def check(self, value, where):
        if not isinstance(value, list):
            raise _Invalid(where, f"expected a list, found {value!r}")
        if not value and not self.empty:
            raise _Invalid(where, "empty list")
        return [self.spec.check(item, f"{where}[{index}]") for index, item in enumerate(value)]


class MappingOf:
    """A mapping of any keys of one kind to values of one kind (e.g. category slug → words)."""

    def __init__(self, key, value):
        self.key, self.value = key, value

    def check(self, value, where):
        if not isinstance(value, dict):
            raise _Invalid(where, f"expected a mapping, found {value!r}")
        return {self.key.check(k, where): self.value.check(v, _key(where, k)) for k, v in value.items()}


class Tuple:
    """A short list with one spec per position, e.g. [day offset, "HH:MM", minutes]."""

    def __init__(self, *specs):
        self.specs = specs

    def check(self, value, where):
        if not isinstance(value, list) or len(value) != len(self.specs):
            raise _Invalid(where, f"expected a list of {len(self.specs)} items, found {value!r}")
        return [
            spec.check(item, f"{where}[{i}]")
            for i, (spec, item) in enumerate(zip(self.specs, value, strict=True))
        ]


class Record:
    """A mapping with these keys; `optional` keys map to (spec, default). Unknown keys are
    refused, since a misspelt optional key would otherwise be ignored without a word."""

    def __init__(self, required, optional=None):
        self.required, self.optional = required, optional or {}

    def check(self, value, where):
        if not isinstance(value, dict):
            raise _Invalid(where, f"expected a mapping, found {value!r}")
        for key in value:
            if key not in self.required and key not in self.optional:
                known = ", ".join([*self.required, *self.optional])
                raise _Invalid(_key(where, key), f"unknown key (known keys: {known})")
        result = {}
        for key, spec in self.required.items():
            if key not in value:
                raise _Invalid(_key(where, key), "missing")
            result[key] = spec.check(value[key], _key(where, key))
        for key, (spec, default) in self.optional.items():
            result[key] = spec.check(value[key], _key(where, key)) if key in value else default
        return result


class Paragraphs:
    """A text of several paragraphs, written as a list and stored with blank lines between
    them (how the activity description field separates paragraphs)."""

    def check(self, value, where):
        return "\n\n".join(ListOf(TEXT_STR).check(value, where))


class Text:
    """A translatable text: {"fr": …, "en": …, "ar": …}, French being the source."""

    def __init__(self, required=("fr", "en", "ar"), optional=(), value=TEXT_STR):
        self.record = Record({lang: value for lang in required}, {lang: (value, None) for lang in optional})

    def check(self, value, where):
        return {lang: text for lang, text in self.record.check(value, where).items() if text is not None}


class Blocks:
    """A page body: a list of one-key mappings {kind: value}, read as (kind, value) pairs."""

    def __init__(self, kinds):
        self.kinds = kinds

    def check(self, value, where):
        blocks = []
        for index, block in enumerate(ListOf(Is(dict)).check(value, where)):
            here = f"{where}[{index}]"
            if len(block) != 1 or next(iter(block)) not in self.kinds:
                raise _Invalid(
                    here, f"expected one of {', '.join(self.kinds)} as the only key, found {block!r}"
                )
            ((kind, data),) = block.items()
            blocks.append((kind, self.kinds[kind].check(data, _key(here, kind))))
        return blocks
