"""A table read under another name through a named index: `documents AS d INDEXED BY ix` on SQLite.

SQLAlchemy renders no FROM hint on SQLite (`with_hint` is dropped there). SQLite's planner looks a row
up by its integer primary key rather than through a covering index that starts with that key; where
the index's pages hold dozens of rows and the table's one or two, naming the index reads far fewer
pages. Other databases get the plain `table AS name`.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import visitors
from sqlalchemy.sql.expression import TableClause


class IndexedBy(TableClause):
    """`table` under the name `name`, read through `index` on SQLite; the columns are those of `table`
    that are named."""

    inherit_cache = True
    _traverse_internals = [
        *TableClause._traverse_internals,
        ("table_name", visitors.InternalTraversal.dp_string),
        ("index", visitors.InternalTraversal.dp_string),
    ]

    def __init__(self, table: sa.Table, name: str, index: str, columns: tuple[str, ...]) -> None:
        super().__init__(name, *(sa.column(c, table.c[c].type) for c in columns))
        self.table_name = table.name
        self.index = index


@compiles(IndexedBy)
def _render(element: IndexedBy, compiler: Any, **kw: Any) -> str:
    text = compiler.visit_table(element, **kw)  # the name as a FROM item, else "" (as for any table)
    if not kw.get("asfrom"):
        return text
    table = compiler.preparer.quote(element.table_name)
    hint = f" INDEXED BY {compiler.preparer.quote(element.index)}" if compiler.dialect.name == "sqlite" else ""
    return f"{table} AS {text}{hint}"
