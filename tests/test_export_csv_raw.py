"""The CSV export from raw rows (`render_csv`, `export_read`) writes the bytes of the field-value path."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_storage_factory import make_claim, make_doc

from claimtrack import exporting
from claimtrack.cli import render_csv
from claimtrack.cli.render import write_csv, write_csv_rows
from claimtrack.cli.render_csv import Cells, write_csv_export
from claimtrack.storage import ClaimFilter, Store, claim_key, claim_rows, query_claims, review_claim, store_document
from claimtrack.storage.export_read import entity_reader, raw_batches
from claimtrack.storage.schema import claims, documents
from claimtrack.views import EXPORT_COLUMNS


def _store_with_tricky_rows(store: Store) -> list[str]:
    """Claims with commas, quotes, line ends, formula starts and non-ASCII text; one with every nullable
    column NULL; several dates and precisions; reviews. Their keys."""
    texts = ['Kirby said "5,000" troops\r\nmoved, again.', "=Budanov said 1.5 million shells were fired.",
             "Ткаченко сказав, що 300 дронів «Шахед» — 12 збито.", "-Kirby said 40 tanks moved."]  # fmt: skip
    doc = make_doc("tricky,1.txt", *texts, published=dt.date(2024, 11, 2), outlet='@Wire "X"', title="Tï\ttle\n2")
    found = [
        make_claim(doc, texts[0], quantity=(5000, None), subject="North Korean troops", place="Kursk Oblast",
                   claim_date=dt.date(2024, 10, 31), role="+spokesman", affiliation="=US, DoD"),
        make_claim(doc, texts[1], actor="Kyrylo Budanov", kind="shelling", quantity=(1.5e6, 1.5e6), unit="shells",
                   claim_date=dt.date(2024, 10, 1), precision="month", event_date=dt.date(2023, 1, 1),
                   relayed_by="AP", confidence=0.85 * 0.7, vague=True, forecast=True),
        make_claim(doc, texts[2], actor="Ткаченко", quantity=(300, 300), unit="дронів", place="Київ",
                   claim_date=dt.date(2024, 1, 1), precision="year", confidence=1.0),
        make_claim(doc, texts[3], quantity=(40, 40), unit="tanks", confidence=0.5),
    ]  # fmt: skip
    store_document(store, doc, found)
    keys = [claim_key(doc.identity, c) for c in found]
    bare = make_doc("bare.txt", "Someone said 7 moved.", published=None, outlet=None)
    bare_claim = make_claim(bare, bare.text, actor=None, quantity=(7, 7))
    store_document(store, bare, [bare_claim])
    keys.append(claim_key(bare.identity, bare_claim))
    nullable = [c.name for c in claims.c if c.nullable and not c.primary_key]
    with store.engine.begin() as conn:  # every nullable field of the bare claim (and its document) empty
        conn.execute(sa.update(claims).where(claims.c.claim_key == keys[-1]).values({n: None for n in nullable}))
        conn.execute(sa.update(documents).where(documents.c.name == "bare.txt")
                     .values(outlet=None, published=None, title=None, url=None))  # fmt: skip
    review_claim(store, keys[0], "verified", analyst="ana")
    review_claim(store, keys[3], "rejected", analyst="ana")
    return keys


def _fast(store: Store, flt: ClaimFilter, *, header: bool = True, batch: int = 5000) -> tuple[str, int]:
    out = io.StringIO()
    with store.read() as conn:
        n = write_csv_export(raw_batches(conn, flt, batch), entity_reader(conn), out, header=header)
    return out.getvalue(), n


def _reference(store: Store, flt: ClaimFilter) -> tuple[str, int]:
    out = io.StringIO()
    n = write_csv_rows(claim_rows(store, flt), out)
    return out.getvalue(), n


FILTERS = [{}, {"include_rejected": True}, {"actor": "kirby"}, {"text": "said", "limit": 3}, {"kind": "shelling"},
           {"order": ("actor", "-confidence")}, {"order": ("place", "id")}, {"since": "2024-10-05"},
           {"order": ("-published",), "include_rejected": True}]  # fmt: skip


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_raw_csv_is_the_field_value_csv(store: Store, filters: dict) -> None:
    _store_with_tricky_rows(store)
    flt = ClaimFilter(**filters)
    got, n = _fast(store, flt)
    expected, m = _reference(store, flt)
    assert (got, n) == (expected, m)
    assert n > 0


def test_the_tricky_cells_are_written_as_the_records_give_them(store: Store) -> None:
    keys = _store_with_tricky_rows(store)
    flt = ClaimFilter(include_rejected=True)
    got, _ = _fast(store, flt)
    records = [r for r in query_claims(store, flt) if r.claim_id != keys[-1]]  # a record needs evidence
    from_records = io.StringIO()
    write_csv(records, from_records)
    lines = got.split("\r\n")
    bare = next(line for line in lines if line.startswith(keys[-1]))
    assert got.replace(bare + "\r\n", "") == from_records.getvalue()
    assert "\"'=US, DoD\"" in got and '"Kirby said ""5,000"" troops' in got and "'=Budanov said" in got
    assert "«Шахед»" in got and ",2024-10,2023-01,month," in got and ",2024,,year," in got
    # the bare claim: every nullable cell empty, the NOT NULL ones (kind, flags, mentions) written
    cells = bare.split(",")
    assert len(cells) == len(EXPORT_COLUMNS)
    filled = {c for c, v in zip(EXPORT_COLUMNS, cells, strict=True) if v}
    assert filled == {"claim_id", "document", "kind", "vague", "forecast", "mentions"}


def test_forgotten_cells_and_entities_are_encoded_again(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _store_with_tricky_rows(store)
    flt = ClaimFilter(include_rejected=True)
    expected, _ = _reference(store, flt)
    monkeypatch.setattr(render_csv, "CELL_LIMIT", 1)
    monkeypatch.setattr(render_csv, "ENTITY_LIMIT", 1)
    assert _fast(store, flt, batch=2)[0] == expected


def test_cells_encode_each_value_once_and_stay_bounded() -> None:
    calls: list[object] = []
    cells = Cells(lambda v: calls.append(v) or f"<{v}>", limit=2)
    assert [cells[v] for v in ("a", "a", None, "a")] == ["<a>", "<a>", "<None>", "<a>"]
    assert calls == ["a", None]
    cells["b"]
    assert len(cells) <= 2 and calls == ["a", None, "b"]


def test_a_later_part_has_no_header(store: Store) -> None:
    _store_with_tricky_rows(store)
    whole, n = _fast(store, ClaimFilter())
    body, m = _fast(store, ClaimFilter(), header=False)
    assert n == m and whole.split("\r\n", 1)[1] == body


def test_export_to_file_writes_the_raw_csv(store: Store, tmp_path: Path) -> None:
    _store_with_tricky_rows(store)
    path = tmp_path / "out.csv"
    n = exporting.export_to_file(store, ClaimFilter(), "csv", path, jobs=1)
    expected, m = _reference(store, ClaimFilter())
    assert (path.read_bytes(), n) == (expected.encode("utf-8"), m)
