"""Renderers for claim records: a Rich table for people, CSV / JSON / JSON Lines for scripts.

CSV is RFC 4180 (comma, double-quote escaping, CRLF line ends) in UTF-8; text cells that a
spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) are prefixed
with a single quote. Numbers are written as numbers (a negative count never occurs).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from claimtrack.records import EXPORT_COLUMNS, ClaimRecord, bounds_text

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("table", "csv", "json", "jsonl")


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


def write_csv(records: Iterable[ClaimRecord], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    n = 0
    for record in records:
        data = record_dict(record, columns)
        writer.writerow([csv_cell(data[c]) for c in columns])
        n += 1
    return n


def write_jsonl(records: Iterable[ClaimRecord], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record_dict(record, columns), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_json(records: Iterable[ClaimRecord], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    """One JSON document: {"columns": [...], "claims": [...]}, streamed record by record."""
    out.write('{"columns": ' + json.dumps(list(columns)) + ', "claims": [')
    n = 0
    for record in records:
        out.write(("," if n else "") + "\n  " + json.dumps(record_dict(record, columns), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "json": write_json}


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
        grade = f"{r.reliability or ''}{r.credibility or ''}"
        table.add_row(
            r.claim_id, actor, r.kind,
            bounds_text(r.quantity_low, r.quantity_high, r.quantity_qualifier, r.vague),
            r.subject or "", r.place or "", r.claim_date or "",
            f"{r.confidence:.2f} {grade}" if r.confidence is not None else "",
            (r.evidence or "")[:160],
        )  # fmt: skip
        n += 1
    return table, n


def print_table(console: Console, records: Iterable[ClaimRecord], title: str | None = None) -> int:
    table, n = claims_table(records, title)
    if n:
        console.print(table)
    return n
