"""Disjunctive facet counts in one SQL statement, on SQLite and PostgreSQL alike."""

from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, F

from .facets import CUMULATIVE_FACETS, FACETS
from .models import Activity


def count_facets(base, conditions, options, taxonomy):
    """`base`: the activities every count is within; `conditions`: {filter: Q} of the
    active filters; `options`: [(facet, value, Q)] counted one by one; the taxonomy
    facets are counted by grouping.

    The total and, for every option, the number of results it would give with the
    other filters unchanged ("disjunctive" facets), in one statement.

    A materialised inner query computes, once per activity, whether it meets each
    active filter and each counted option, and its commune and neighbourhood; the
    outer statement then only adds up those flags, and groups by commune,
    neighbourhood and category. The cost grows with the number of activities, not
    with activities times options."""
    flags = {f"c_{name}": condition for name, condition in conditions.items()}
    flags.update({f"o{i}": condition for i, (_facet, _value, condition) in enumerate(options)})
    inner = (
        base.order_by()
        .annotate(
            g_commune=F("place__commune_id"),
            g_neighbourhood=F("place__neighbourhood_id"),
            **{name: ExpressionWrapper(c, output_field=BooleanField()) for name, c in flags.items()},
        )
        .values("pk", "g_commune", "g_neighbourhood", *flags)
    )
    sql, params = inner.query.sql_with_params()

    def where(facet, extra=()):
        names = [f"c_{name}" for name in conditions if name != facet or facet in CUMULATIVE_FACETS]
        return " AND ".join([*(f'r."{n}"' for n in names), *extra]) or "1 = 1"

    width = 1 + len(options)
    pad = ", NULL" * (width - 1)
    counts = [f"COUNT(CASE WHEN {where(None)} THEN 1 END)"] + [
        f"COUNT(CASE WHEN {where(facet, [f'r.o{i}'])} THEN 1 END)"
        for i, (facet, _v, _c) in enumerate(options)
    ]
    through = Activity.categories.through._meta.db_table
    parts = [
        f"SELECT 'flags', NULL, {', '.join(counts)} FROM facet_rows r",
        f"SELECT 'commune', r.g_commune, COUNT(*){pad} FROM facet_rows r WHERE {where('commune')} GROUP BY 2",
        f"SELECT 'neighbourhood', r.g_neighbourhood, COUNT(*){pad} FROM facet_rows r "
        f"WHERE {where('neighbourhood')} GROUP BY 2",
        f"SELECT 'category', t.category_id, COUNT(*){pad} FROM facet_rows r "
        f'JOIN {through} t ON t.activity_id = r."pk" WHERE {where("category")} GROUP BY 2',
    ]
    statement = f"WITH facet_rows AS MATERIALIZED ({sql}) " + " UNION ALL ".join(parts)
    with connections[inner.db].cursor() as cursor:
        cursor.execute(statement, params)
        rows = cursor.fetchall()

    facets = {facet: {} for facet in FACETS}
    by_id = {
        "commune": {c.pk: slug for slug, c in taxonomy.communes.items()},
        "neighbourhood": {n.pk: slug for slug, n in taxonomy.neighbourhoods.items()},
        "category": {c.pk: slug for slug, c in taxonomy.categories.items()},
    }
    total = 0
    for kind, key, *values in rows:
        if kind == "flags":
            total = values[0]
            for (facet, value, _condition), count in zip(options, values[1:], strict=True):
                facets[facet][value] = count
        elif key in by_id[kind]:
            facets[kind][by_id[kind][key]] = values[0]
    return total, facets
