"""Renderers for claim records: a Rich table for people, CSV / JSON / JSON Lines for scripts.

CSV is RFC 4180 (comma, double-quote escaping, CRLF line ends) in UTF-8; text cells that a
spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) are prefixed
with a single quote. Numbers are written as numbers (a negative count never occurs).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimtrack.records import EXPORT_COLUMNS, ClaimRecord, bounds_text
from claimtrack.views import confidence_text

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMULA_CHARS = frozenset("".join(FORMULA_PREFIXES))
FORMATS = ("table", "csv", "json", "jsonl")
WRITE_BLOCK = 1000  # lines per write
CARDS_BELOW_WIDTH = 120
"""Below this terminal width claims print as cards (a few lines each), not as a table whose nine columns
would fold every word. Output to a file or a pipe stays a table."""
INDENT = (0, 0, 0, 2)  # what stands under a heading: a card's lines, `show`'s evidence
EVIDENCE_SHOWN = 160  # characters of the evidence sentence a table row or card shows; `claimtrack show` has it all


def csv_cell(value: Any) -> Any:
    """A value made safe for a spreadsheet: lists joined, formula-like text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def record_dict(record: ClaimRecord, columns: Sequence[str] = EXPORT_COLUMNS) -> dict[str, Any]:
    data = record.model_dump(mode="json")
    return {c: data.get(c) for c in columns}


def _field_kind(name: str) -> str:
    """How a ClaimRecord field is exported: float, bool, int, date, list or text."""
    annotation = ClaimRecord.model_fields[name].annotation
    if typing.get_origin(annotation) is list:
        return "list"
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    args = set(typing.get_args(annotation)) if union else {annotation}
    args.discard(type(None))
    for kind, python_type in (("bool", bool), ("float", float), ("int", int), ("date", dt.date)):
        if args == {python_type}:
            return kind
    return "text"


def _indexes(columns: Sequence[str], kind: str) -> tuple[int, ...]:
    return tuple(i for i, c in enumerate(columns) if _field_kind(c) == kind)


def csv_text(value: Any) -> str:
    """One CSV cell as csv.writer (QUOTE_MINIMAL, CRLF) writes csv_cell(value): what a cell reads."""
    cell = csv_cell(list(value) if value.__class__ is tuple else value)
    text = cell if cell.__class__ is str else repr(cell) if isinstance(cell, float) else str(cell)
    # QUOTE_MINIMAL: quoted when holding the delimiter, the quote (doubled) or a line-end character
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\r" in text or "\n" in text:
        return '"' + text + '"'
    return text


def _csv_str(text: str) -> str:
    """csv_text of a str, without the checks for other types (claim ids and evidence: every claim's own)."""
    if text.startswith(FORMULA_PREFIXES):
        text = "'" + text
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\r" in text or "\n" in text:
        return '"' + text + '"'
    return text


_CELL_CACHE_LIMIT = 200_000
_UNCACHED = ("claim_id", "evidence")  # unique per claim: encoding them is cheaper than remembering them


def _encode_misses(cells: list, row: list, cache: dict[Any, str], encode: Callable[[Any], str]) -> None:
    """Fill the cells the cache missed (None) with encode(value) and remember each (the cache kept bounded)."""
    for i, cell in enumerate(cells):
        if cell is None:
            if len(cache) >= _CELL_CACHE_LIMIT:
                cache.clear()
            value = row[i]
            cells[i] = cache[value] = encode(value)


def csv_lines(rows: Iterable[list], columns: Sequence[str] = EXPORT_COLUMNS) -> Iterator[str]:
    """Rows of ClaimRecord field values (lists, changed in place) as CSV lines without line ends.

    Each cell is csv_text(value): the same bytes as csv.writer(lineterminator="\\r\\n") writing
    csv_cell(record_dict(record)[column]). The text of a value depends on nothing else, and most
    values repeat (documents, actors, places, kinds, numbers), so each is encoded once and looked up
    after that; bools become "true"/"false" first (True == 1 as a key), lists tuples (hashable).
    """
    bools, lists = _indexes(columns, "bool"), _indexes(columns, "list")
    uncached = tuple(i for i, c in enumerate(columns) if c in _UNCACHED)
    cache: dict[Any, str] = {}
    get, encode, encode_str, join = cache.get, csv_text, _csv_str, ",".join
    for row in rows:
        for i in bools:
            row[i] = "true" if row[i] else "false"
        for i in lists:
            row[i] = tuple(row[i])
        cells = list(map(get, row))
        for i in uncached:
            value = row[i]
            cells[i] = encode_str(value) if value.__class__ is str else encode(value)
        if None in cells:
            _encode_misses(cells, row, cache, encode)
        yield join(cells)


_JSON = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(value, ensure_ascii=False) uses
_json_str = json.encoder.encode_basestring  # ... and for a str (with ensure_ascii=False)


def json_text(value: Any) -> str:
    """A value as json.dumps(..., ensure_ascii=False) writes it in record_dict's JSON (dates ISO)."""
    if value.__class__ is str:
        return _json_str(value)
    if value.__class__ is tuple:
        value = list(value)
    elif isinstance(value, dt.date):
        value = value.isoformat()
    return _JSON.encode(value)


def _json_scalar(value: Any) -> str:
    """json's own text for None, a bool, an int or a float (float.__repr__, NaN/Infinity as json does)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value == math.inf:
            return "Infinity"
        if value == -math.inf:
            return "-Infinity"
        return float.__repr__(value)
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)


def json_lines(rows: Iterable[list], columns: Sequence[str] = EXPORT_COLUMNS) -> Iterator[str]:
    """Rows of ClaimRecord field values (lists, changed in place) as json.dumps(record_dict(record),
    ensure_ascii=False) writes them.

    Like csv_lines: the JSON of a text, date or list value is made once per distinct value; numbers
    and bools (True == 1 == 1.0 as keys, yet "true", "1", "1.0" in JSON) are written every time.
    """
    floats, ints, bools = _indexes(columns, "float"), _indexes(columns, "int"), _indexes(columns, "bool")
    lists = _indexes(columns, "list")
    float_repr, int_repr = float.__repr__, int.__repr__
    uncached = tuple(i for i, c in enumerate(columns) if c in _UNCACHED)
    # {"claim_id": %s, "document": %s, ...}: json.dumps's separators around each cell
    template = "{" + ", ".join(json.dumps(c).replace("%", "%%") + ": %s" for c in columns) + "}"
    cache: dict[Any, str] = {}
    get, encode, scalar = cache.get, json_text, _json_scalar
    for row in rows:
        for i in lists:
            row[i] = tuple(row[i])
        cells = list(map(get, row))
        for i in floats:
            value = row[i]
            # finite (value - value is NaN for NaN and infinities): float.__repr__, as json writes it
            cells[i] = float_repr(value) if value.__class__ is float and value - value == 0 else scalar(value)
        for i in ints:
            value = row[i]
            cells[i] = "null" if value is None else int_repr(value)
        for i in bools:
            cells[i] = "true" if row[i] else "false"
        for i in uncached:
            cells[i] = encode(row[i])
        if None in cells:
            _encode_misses(cells, row, cache, encode)
        yield template % tuple(cells)


def record_rows(records: Iterable[ClaimRecord], columns: Sequence[str] = EXPORT_COLUMNS) -> Iterator[list]:
    """Records as rows of field values, what `storage.claim_rows` yields without building records."""
    for record in records:
        yield [getattr(record, c) for c in columns]


def _write_lines(lines: Iterable[str], out: IO[str], end: str) -> int:
    """Write lines, each followed by `end`, in blocks of WRITE_BLOCK; return how many."""
    n, block = 0, []
    for line in lines:
        block.append(line)
        if len(block) == WRITE_BLOCK:
            out.write(end.join(block) + end)
            n += len(block)
            block.clear()
    if block:
        out.write(end.join(block) + end)
        n += len(block)
    return n


def write_csv_rows(rows: Iterable[list], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    """RFC 4180 CSV with a header line, written in blocks of lines."""
    csv.writer(out, lineterminator="\r\n").writerow(columns)
    return _write_lines(csv_lines(rows, columns), out, "\r\n")


def write_csv_body(rows: Iterable[list], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    """The lines of write_csv_rows without the header: a later part of a split export."""
    return _write_lines(csv_lines(rows, columns), out, "\r\n")


def write_jsonl_rows(rows: Iterable[list], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    """One JSON object per line, written in blocks of lines."""
    return _write_lines(json_lines(rows, columns), out, "\n")


def write_json_rows(rows: Iterable[list], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    """One JSON document: {"columns": [...], "claims": [...]}, streamed claim by claim."""
    out.write('{"columns": ' + json.dumps(list(columns)) + ', "claims": [')
    n = 0
    for line in json_lines(rows, columns):
        out.write(("," if n else "") + "\n  " + line)
        n += 1
    out.write("\n]}\n")
    return n


def write_csv(records: Iterable[ClaimRecord], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    return write_csv_rows(record_rows(records, columns), out, columns)


def write_jsonl(records: Iterable[ClaimRecord], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    return write_jsonl_rows(record_rows(records, columns), out, columns)


def write_json(records: Iterable[ClaimRecord], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    """One JSON document: {"columns": [...], "claims": [...]}, streamed record by record."""
    return write_json_rows(record_rows(records, columns), out, columns)


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "json": write_json}
ROW_WRITERS = {"csv": write_csv_rows, "jsonl": write_jsonl_rows, "json": write_json_rows}
"""The same formats from rows of field values (`storage.claim_rows`): what query and export use."""
PART_WRITERS = {"csv": write_csv_body, "jsonl": write_jsonl_rows}
"""What a later part of a split export writes: ROW_WRITERS' lines without what comes once (a header)."""


def claims_table(records: Iterable[ClaimRecord], title: str | None = None) -> tuple[Table, int]:
    table = Table(title=title, show_lines=False, header_style="bold")
    for name, style in (("id", "dim"), ("actor", "cyan"), ("kind", ""), ("count", "bold"), ("what", ""),
                        ("place", "green"), ("said", "magenta"), ("conf", ""), ("evidence", "")):  # fmt: skip
        table.add_column(name, style=style or None, overflow="fold")
    n = 0
    for r in records:
        actor = r.actor or "?"
        if r.actor_role:
            actor += f"\n[dim]{r.actor_role}[/dim]"
        table.add_row(
            r.claim_id, actor, r.kind,
            bounds_text(r.quantity_low, r.quantity_high, r.quantity_qualifier, r.vague),
            r.subject or "", r.place or "", r.claim_date or "",
            confidence_text(r.confidence, r.reliability, r.credibility),
            (r.evidence or "")[:EVIDENCE_SHOWN],
        )  # fmt: skip
        n += 1
    return table, n


def claim_card(r: ClaimRecord) -> Group:
    """One claim in three parts: what is counted (or the kind); who said it, when, where and how sure; the
    evidence, indented. Values are plain text (no markup is read from them)."""
    head = Text(r.claim_id or "", style="dim")
    count = bounds_text(r.quantity_low, r.quantity_high, r.quantity_qualifier, r.vague)
    if count:
        head.append("  " + count, style="bold")
    if r.subject:
        head.append(" " + r.subject)
    head.append(f" ({r.kind})" if count or r.subject else f"  {r.kind}")
    source = Text(r.actor or "?", style="cyan")
    if r.actor_role:
        source.append(f" ({r.actor_role})", style="dim")
    if r.claim_date:
        source.append(" · said ")
        source.append(r.claim_date, style="magenta")
    if r.place:
        source.append(" · ")
        source.append(r.place, style="green")
    if r.confidence is not None:
        source.append(" · " + confidence_text(r.confidence, r.reliability, r.credibility))
    evidence = r.evidence or ""
    shown = evidence[:EVIDENCE_SHOWN] + ("…" if len(evidence) > EVIDENCE_SHOWN else "")
    body = [Padding(part, INDENT, expand=False) for part in (source, Text(shown, style="italic"))]
    return Group(head, *body)


def wants_cards(console: Console) -> bool:
    """Whether `console` is a terminal too narrow for the claims table (a file or a pipe gets the table)."""
    return console.is_terminal and console.width < CARDS_BELOW_WIDTH


def print_table(console: Console, records: Iterable[ClaimRecord], title: str | None = None) -> int:
    """Claims as a table, or as cards on a terminal narrower than CARDS_BELOW_WIDTH; returns how many."""
    if not wants_cards(console):
        table, n = claims_table(records, title)
        if n:
            console.print(table)
        return n
    n = 0
    for record in records:
        if not n and title:
            console.print(Text(title, style="bold"))
        console.print(claim_card(record))
        n += 1
    return n
