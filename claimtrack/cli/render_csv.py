"""The CSV export from raw claim rows (`storage.export_read`): the bytes of `render.write_csv_rows`, cheaper.

Every cell is `render.csv_text` of the value the ClaimRecord field holds (the conversions of
`queries._convert` included: REAL as float, 0/1 as false/true, dates at their precision, the
confidence reasons joined). Cells are encoded once per distinct value of their column (`Cells`),
and a document's, actor's or place's cells once per id, so a line is one join of looked-up texts:
no field values list, no conversion and no quoting test per cell in Python.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import IO, Any

from claimtrack.cli.render import _csv_str, _write_lines, csv_text
from claimtrack.storage.queries import _as_date, parse_reasons
from claimtrack.views import EXPORT_COLUMNS, date_text

CELL_LIMIT = 20_000
"""Distinct values remembered per column (then forgotten and encoded again as they come)."""
ENTITY_LIMIT = 100_000
"""Documents (actors, places) remembered per export; forgotten (and read again as needed) beyond."""

EntityReader = Callable[[str, set], Iterable[tuple]]
"""(kind, ids) -> rows (id, *fields) of "documents" (name, outlet, published, title, url), "actors"
(name, role, affiliation, kind) or "places" (name, country): `storage.export_read.entity_reader`."""

# `csv_export_lines` writes its cells in the order of `views.EXPORT_COLUMNS`; tests/test_export_csv_raw.py
# compares its bytes with `render.write_csv_rows`, so a column added there and not here fails them.


class Cells(dict):
    """Encoded cells by value: `cells[value]` encodes a value on its first look-up only."""

    __slots__ = ("encode", "limit")

    def __init__(self, encode: Callable[[Any], Any], limit: int | None = None) -> None:
        super().__init__()
        self.encode, self.limit = encode, CELL_LIMIT if limit is None else limit

    def __missing__(self, value: Any) -> Any:
        if len(self) >= self.limit:
            self.clear()
        cell = self[value] = self.encode(value)
        return cell


def _float_cell(value: Any) -> str:
    """A REAL column's value as the record holds it (an int the driver gave made a float)."""
    return csv_text(float(value) if value.__class__ is int else value)


def _bool_cell(value: Any) -> str:
    return "true" if value else "false"


def _reasons_cell(value: str | None) -> str:
    return csv_text(list(parse_reasons(value)))


def _dates(precision: str | None) -> Cells:
    """Cells of the dates stored with this precision, written at it (2024-10-23, 2024-10, 2024)."""
    return Cells(lambda value: "" if value is None else csv_text(date_text(value, precision)))


class _Entities:
    """The cells of the documents, actors and places rows cite, read by id once per batch of rows."""

    def __init__(self, read: EntityReader) -> None:
        self.read = read
        self.documents: dict[int, tuple[str, str]] = {}  # "document,outlet,published", "document_title,url"
        self.actors: dict[int | None, tuple[str, str, str, str]] = {}  # name, role, affiliation, kind cells
        self.places: dict[int | None, str] = {}  # "place,place_country"

    def load(self, rows: Sequence[Sequence]) -> None:
        """Read what `rows` cite and is not known yet (what was known forgotten beyond ENTITY_LIMIT)."""
        self._load("documents", self.documents, set(map(itemgetter(1), rows)), self._document)
        actor_ids = set(map(itemgetter(2), rows))
        actor_ids.update(map(itemgetter(3), rows))
        self._load("actors", self.actors, actor_ids, lambda row: tuple(map(csv_text, row)))
        self._load("places", self.places, set(map(itemgetter(4), rows)), lambda row: ",".join(map(csv_text, row)))
        self.actors.setdefault(None, ("", "", "", ""))
        self.places.setdefault(None, ",")

    def _load(self, kind: str, known: dict, wanted: set, encode: Callable[[tuple], Any]) -> None:
        wanted.discard(None)
        if len(known) >= ENTITY_LIMIT:
            known.clear()
        wanted.difference_update(known)
        if wanted:
            for row in self.read(kind, wanted):
                known[row[0]] = encode(row[1:])
        if kind == "actors":  # a claim citing no stored actor (cannot happen: foreign key) shows none
            known.update((i, ("", "", "", "")) for i in wanted if i not in known)
        elif kind == "places":
            known.update((i, ",") for i in wanted if i not in known)

    @staticmethod
    def _document(row: tuple) -> tuple[str, str]:
        name, outlet, published, title, url = row
        if published.__class__ is str:
            published = _as_date(published, "published")
        return ",".join(map(csv_text, (name, outlet, published))), csv_text(title) + "," + csv_text(url)


def csv_export_lines(batches: Iterable[Sequence[Sequence]], read: EntityReader) -> Iterator[str]:
    """The CSV lines (without line ends) of raw rows (`export_read.RAW_COLUMNS`), in their order."""
    entities = _Entities(read)
    floats, ints, bools = Cells(_float_cell), Cells(csv_text), Cells(_bool_cell)
    kinds, reasons, dates = Cells(csv_text), Cells(_reasons_cell), Cells(_dates)  # few values: shared
    roles, attributions, units, qualifiers, subjects, raws, place_raws, actor_raws, claim_raws, event_raws = (
        Cells(csv_text) for _ in range(10)
    )  # a cache per column: one column's many values do not push out another's few
    cell_str, join = _csv_str, ",".join
    for rows in batches:
        entities.load(rows)
        documents, actors, places = entities.documents, entities.actors, entities.places
        for (key, document_id, actor_id, relayed_by_id, place_id, role, attribution, kind, low, high, unit,
             qualifier, claim_date, claim_precision, event_date, event_precision, confidence, evidence, subject,
             quantity_raw, vague, place_raw, actor_raw, claim_date_raw, event_date_raw, forecast, reliability,
             credibility, confidence_reasons, evidence_start, evidence_end, mentions, status) in rows:  # fmt: skip
            document = documents.get(document_id)
            if document is None:  # cannot happen (foreign key); the inner join would drop the claim
                continue
            actor = actors[actor_id]
            yield join((
                cell_str(key) if key.__class__ is str else csv_text(key), document[0], actor[0],
                actor[1] if role is None else roles[role], actor[2], attributions[attribution], kinds[kind],
                floats[low], floats[high], units[unit], qualifiers[qualifier], places[place_id],
                dates[claim_precision][claim_date], dates[event_precision][event_date], kinds[claim_precision],
                floats[confidence], cell_str(evidence) if evidence.__class__ is str else csv_text(evidence),
                subjects[subject], raws[quantity_raw], bools[vague], place_raws[place_raw], actor[3],
                actor_raws[actor_raw], actors[relayed_by_id][0], claim_raws[claim_date_raw],
                event_raws[event_date_raw], kinds[event_precision], bools[forecast], kinds[reliability],
                ints[credibility], reasons[confidence_reasons], ints[evidence_start], ints[evidence_end],
                ints[mentions], kinds[status], document[1],
            ))  # fmt: skip


def write_csv_export(batches: Iterable[Sequence[Sequence]], read: EntityReader, out: IO[str], *,
                     header: bool = True) -> int:  # fmt: skip
    """Write the CSV of raw rows to `out` (the header first unless `header` is False); return how many."""
    if header:
        csv.writer(out, lineterminator="\r\n").writerow(EXPORT_COLUMNS)
    return _write_lines(csv_export_lines(batches, read), out, "\r\n")
