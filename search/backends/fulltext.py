"""Full-text matching in the main database, per engine: SQLite FTS5 or PostgreSQL
full-text search over `IndexEntry` rows (title, body, places).

Every significant term of the query must match (in any part), as itself, a word it
starts or a stem of it, or one of its synonyms. A term that matches nothing at all is
taken as a typo: the indexed words one edit away from it match instead, on either engine
(from FTS5's vocabulary, or PostgreSQL's ts_stat of the stored vectors)."""

import json
import re

from django.db import connection
from django.db.models import BigIntegerField, Lookup
from django.db.models.expressions import RawSQL

from ..models import IndexEntry, IndexVersion
from ..synonyms import expand

TABLE = IndexEntry._meta.db_table
COLUMNS = ("title", "body", "places")
# Relevance, best first: every term in the title, in the title and text, anywhere.
RELEVANCE_TIERS = (("title",), ("title", "body"), COLUMNS)
MIN_TYPO_LENGTH = 5  # shorter words have too many neighbours one letter away
WORD = re.compile(r"\w+")


def one_edit_apart(a, b):
    """Whether one insertion, deletion, substitution or swap of two neighbouring
    letters turns `a` into `b`."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    substituted = a[i + 1 :] == b[i + 1 :]
    swapped = a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    return substituted or swapped


class Vocabulary:
    """The words of the index (`sql` reads them) by length and by their first and last two
    letters: where a typo's corrections are (one edit keeps one end), found without going
    through every word. Each process reads them once per version of the index
    (IndexVersion: every write of the index gives a new one)."""

    _current = (None, None)

    def __init__(self, sql):
        self.by_start, self.by_end = {}, {}
        with connection.cursor() as cursor:
            cursor.execute(sql)
            for (word,) in cursor.fetchall():
                if WORD.fullmatch(word):  # as query terms are (and safe in a query)
                    self.by_start.setdefault((len(word), word[:2]), []).append(word)
                    self.by_end.setdefault((len(word), word[-2:]), []).append(word)

    @classmethod
    def current(cls, sql):
        version = IndexVersion.current()
        read_at, vocabulary = cls._current
        if vocabulary is None or read_at != version:
            vocabulary = cls(sql)
            cls._current = (version, vocabulary)
        return vocabulary

    def close_to(self, term):
        """The words one edit away from `term`, in alphabetical order."""
        candidates = set()
        for length in (len(term) - 1, len(term), len(term) + 1):
            candidates.update(self.by_start.get((length, term[:2]), ()))
            candidates.update(self.by_end.get((length, term[-2:]), ()))
        return sorted(word for word in candidates if one_edit_apart(term, word))


def close_words(term, vocabulary_sql):
    """The indexed words one edit away from a term found nowhere (a typo)."""
    if len(term) < MIN_TYPO_LENGTH:
        return []
    return Vocabulary.current(vocabulary_sql).close_to(term)


class SQLiteMatch:
    """FTS5: prefix queries over a unicode61 tokenizer that removes diacritics."""

    VOCABULARY = f"SELECT term FROM {TABLE}_vocab"
    # Each relevance tier is an FTS5 query of its own, as costly as the matches' query.
    TIERS_IN_ONE_SCAN = False

    def _expression(self, alternatives, columns):
        group = " OR ".join(f'"{word}"*' for word in alternatives)
        return f"{{{' '.join(columns)}}} : ({group})"

    def _has(self, expression):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT 1 FROM {TABLE}_fts WHERE {TABLE}_fts MATCH %s LIMIT 1", [expression])
            return cursor.fetchone() is not None

    def alternatives(self, term):
        words = expand(term)
        if self._has(self._expression(words, COLUMNS)):
            return words
        return close_words(term, self.VOCABULARY)

    def matching(self, terms, columns=COLUMNS):
        """Row ids of the entries where every term (an alternative of it) is found in
        `columns`; None when a term has no alternative (nothing can match)."""
        parts = []
        for alternatives in terms:
            if not alternatives:
                return None
            parts.append(self._expression(alternatives, columns))
        return RawSQL(f"SELECT rowid FROM {TABLE}_fts WHERE {TABLE}_fts MATCH %s", [" AND ".join(parts)])

    def by_tier(self, terms, tiers):
        """(entry id, tier) for each tier an entry is in (TextMatch.entries_by_tier): one
        FTS5 query per tier, each as fast as the last (FTS5 reads only the posting lists)."""
        parts = [self.matching(terms, columns) for columns in tiers]
        if None in parts:
            return None
        tiers = [f"SELECT found.*, {n} FROM ({part.sql}) AS found" for n, part in enumerate(parts)]
        sql = " UNION ALL ".join(tiers)
        return RawSQL(sql, [param for part in parts for param in part.params])


class PostgresMatch:
    """tsvector/tsquery with the `sortir_french` configuration (unaccent, French stems)
    over stored, indexed vectors of the title, the title and body, and everything (see
    migration 0004). Typos were once matched by pg_trgm's word similarity over a folded
    copy of the text: 150 ms a query at 20,000 entries, as common letter triples match most
    entries (that copy went with migration 0008)."""

    VECTORS = {("title",): "tsv_title", ("title", "body"): "tsv_text", COLUMNS: "tsv_all"}
    # The matches' scan tests each entry against every tier's vector (by_tier): a tier
    # read later would be a second scan.
    TIERS_IN_ONE_SCAN = True
    # The unaccented words and the French stems of every entry: 0.3 s at 20,000 entries.
    VOCABULARY = f"SELECT word FROM ts_stat('SELECT tsv_all FROM {TABLE}')"

    # A word's French stem, or a word starting with it as typed (see migration 0004).
    TSQUERY = "(to_tsquery('sortir_french'::regconfig, %s) || to_tsquery('sortir_simple'::regconfig, %s))"

    def _tsquery(self, words):
        # Quoted, each word is one operand even where the parser splits it in several
        # lexemes; words hold word characters only (query_terms), never a quote.
        return [" | ".join(f"'{word}'" for word in words), " | ".join(f"'{word}':*" for word in words)]

    def alternatives(self, term):
        words = expand(term)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT 1 FROM {TABLE} WHERE tsv_all @@ {self.TSQUERY} LIMIT 1", self._tsquery(words)
            )
            if cursor.fetchone() is not None:
                return words
        return close_words(term, self.VOCABULARY)

    def _condition(self, terms, columns):
        """(SQL condition, params): every term in `columns`; None if a term has no words."""
        conditions, params = [], []
        for alternatives in terms:
            if not alternatives:
                return None
            conditions.append(f"{self.VECTORS[columns]} @@ {self.TSQUERY}")
            params += self._tsquery(alternatives)
        return " AND ".join(conditions), params

    def matching(self, terms, columns=COLUMNS):
        condition = self._condition(terms, columns)
        if condition is None:
            return None
        return RawSQL(f"SELECT id FROM {TABLE} WHERE {condition[0]}", condition[1])

    def by_tier(self, terms, tiers):
        """(entry id, its first tier) (TextMatch.entries_by_tier): the entries matching in
        the last tier's columns, each tested against the other tiers' vectors as it is read,
        so that the table is read once (a scan per tier read 18,000 rows three times)."""
        conditions = [self._condition(terms, columns) for columns in tiers]
        if None in conditions:
            return None
        *firsts, (where, params) = conditions
        cases = " ".join(f"WHEN {condition} THEN {n}" for n, (condition, _params) in enumerate(firsts))
        tier = f"CASE {cases} ELSE {len(firsts)} END" if firsts else "0"
        firsts_params = [param for _condition, first_params in firsts for param in first_params]
        return RawSQL(f"SELECT id, {tier} FROM {TABLE} WHERE {where}", firsts_params + params)


class InList(Lookup):
    """`field__in_list=ids`: a list of ids as one SQL value, however long (`__in` takes a
    parameter per id, past SQLite's limit): a JSON array on SQLite, `= ANY(array)` on
    PostgreSQL, whose planner then knows how many there are (a subquery unnesting them
    looked like ten rows, and thousands of matches were then looked up one by one)."""

    lookup_name = "in_list"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        ids = [int(pk) for pk in self.rhs]
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s::bigint[])", [*params, ids]
        return f"{lhs} IN (SELECT value FROM json_each(%s))", [*params, json.dumps(ids)]


BigIntegerField.register_lookup(InList)


def engine():
    if connection.vendor == "sqlite":
        return SQLiteMatch()
    if connection.vendor == "postgresql":
        return PostgresMatch()
    raise NotImplementedError(f"No full-text search for {connection.vendor}")
