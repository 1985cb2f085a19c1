"""French-aware normalisation of what visitors type, shared by every backend.

Accents and case are handled by the engines (FTS5's unicode61 tokenizer with
remove_diacritics, PostgreSQL's unaccent); here we drop elided articles (l', d'),
common stop words, and reduce plurals so that "concerts" finds "concert"."""

import re
import unicodedata

ELISIONS = ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu")
STOP_WORDS = {
    "a", "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "en", "et", "la", "le", "les",
    "leur", "ou", "par", "pour", "sur", "un", "une", "the", "of", "and", "in", "to",
}  # fmt: skip
MAX_TERMS = 8
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def fold(text):
    """Lower case without diacritics: "Opéra" -> "opera"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_plural(term):
    if len(term) > 3 and term[-1] in "sx" and not term.endswith("ss"):
        return term[:-1]
    return term


def query_terms(text):
    """The significant terms of a query, folded, elisions and plurals removed.
    Only word characters survive, so the result is safe to embed in engine syntax.
    Words are found after folding: a compatibility form can be several words ("ﷺ"),
    punctuation ("⑴" is "(1)") or nothing at all ("ͺ")."""
    terms = []
    for word in WORD.findall(fold(text or "")):
        parts = re.split(r"['’]", word)
        if len(parts) > 1 and parts[0] in ELISIONS:
            parts = parts[1:]
        for term in parts:
            if not term or term in STOP_WORDS or term in ELISIONS:  # "l'" typed alone
                continue
            term = _strip_plural(term)
            if term not in terms:
                terms.append(term)
    return terms[:MAX_TERMS]
