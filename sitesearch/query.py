"""What a visitor typed, made into words that every search engine behind the site search
takes as plain words (never as query syntax), or the reason there is nothing to search."""

import unicodedata

from django.utils.translation import gettext as _

MAX_LENGTH = 200  # as the catalogue's own search box
MAX_WORDS = 8


def words_of(text):
    """The words of `text`: letters, marks and digits; anything else (punctuation,
    symbols, emoji, control characters such as NUL) separates words."""
    kept = (char if unicodedata.category(char)[0] in "LMN" else " " for char in text)
    return "".join(kept).split()


def displayable(text):
    """The text to show back in the search box: without control characters."""
    return "".join(char for char in text if unicodedata.category(char) != "Cc" or char == " ")


def fold(text):
    """Lower case without diacritics, to compare words: "Théâtre" -> "theatre"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class Query:
    """`raw` as typed; `text` the words to search for ("" when there are none);
    `error` what to tell the visitor when the query cannot be searched."""

    def __init__(self, raw):
        self.raw = raw or ""
        self.shown = displayable(self.raw)[:MAX_LENGTH]
        self.error = ""
        self.words = []
        if len(self.raw) > MAX_LENGTH:
            self.error = _("Your search is too long: type at most %(max)s characters.") % {"max": MAX_LENGTH}
        elif self.raw.strip():
            self.words = words_of(self.raw)[:MAX_WORDS]
            if not self.words:
                self.error = _("Type at least one word made of letters or digits.")

    @property
    def text(self):
        return " ".join(self.words)

    @property
    def submitted(self):
        return bool(self.raw.strip())
