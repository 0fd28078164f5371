"""Exports stream rows of field values (no records): the bytes must be those the records gave."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math

import pytest
from test_storage_factory import make_claim, make_doc

from claimtrack.cli.render import (
    _csv_str,
    csv_cell,
    csv_lines,
    csv_text,
    json_lines,
    record_dict,
    write_csv,
    write_csv_rows,
    write_json,
    write_json_rows,
    write_jsonl,
    write_jsonl_rows,
)
from claimtrack.records import EXPORT_COLUMNS, ClaimRecord
from claimtrack.storage import ClaimFilter, Store, claim_key, claim_rows, query_claims, review_claim, store_document

TRICKY_TEXT = ["", "plain", "a,b", 'say "hi"', "line\nbreak", "cr\rhere", "crlf\r\nx", "=SUM(A1)", "+1", "-2",
               "@home", "\tTab", "\rCR", "'quoted", " lead", "trail ", "Ünïcödé, «ok»", '=,"\n', "None", "1",
               "true"]  # fmt: skip
TRICKY_VALUES = [None, 0, 1, -1, 12345, 0.0, -0.0, 1.0, 2.5, 3000.0, 1e20, 1e-7, 0.1 + 0.2, math.inf,
                 -math.inf, True, False, dt.date(2024, 10, 23), dt.date(999, 1, 2), [], ["a"], ["=x", "b"],
                 ["a,b", 'q"']]  # fmt: skip


def reference_csv(values: list) -> str:
    """What csv.writer(lineterminator='\\r\\n') writes for csv_cell of each value: the old export."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([csv_cell(v) for v in values])
    return out.getvalue()


@pytest.mark.parametrize("value", TRICKY_TEXT + TRICKY_VALUES, ids=repr)
def test_a_cell_is_what_csv_writer_writes(value: object) -> None:
    assert csv_text(value) + ",x\r\n" == reference_csv([value, "x"])


@pytest.mark.parametrize("text", TRICKY_TEXT, ids=repr)
def test_the_str_only_cell_is_csv_text(text: str) -> None:
    assert _csv_str(text) == csv_text(text)


def test_csv_lines_cache_cells_without_mixing_types() -> None:
    # True == 1 == 1.0 and 0 == 0.0 == -0.0 == False as dict keys: cells must still follow their type
    columns = ("vague", "mentions", "quantity_low", "forecast", "credibility", "confidence")
    rows = [[True, 1, 1.0, False, 0, -0.0], [False, 0, 0.0, True, 1, 1.0], [True, 1, 1.5, False, None, None]]
    expected = [reference_csv(list(r))[:-2] for r in rows]
    assert list(csv_lines([list(r) for r in rows], columns)) == expected


TRICKY_JSON_TEXT = [*TRICKY_TEXT, "back\\slash", "ctrl\x01\x1f", "tab\tnul\x00", "emoji 🚀", "\u2028sep", "</script>"]


@pytest.mark.parametrize("column", ["evidence", "actor", "quantity_low", "credibility", "vague", "published",
                                    "confidence_reasons", "claim_id"])  # fmt: skip
def test_json_lines_are_json_dumps_of_the_record_dict(column: str) -> None:
    kinds = {"quantity_low": TRICKY_VALUES[:15], "credibility": [None, 0, 1, -7, 2**70], "vague": [True, False],
             "published": [None, dt.date(2024, 10, 23), dt.date(999, 1, 2)],
             "confidence_reasons": [[], ["a"], ["=x", 'q"\n'], ["ü", "b"]]}  # fmt: skip
    values = kinds.get(column, [None, *TRICKY_JSON_TEXT])
    columns = ("claim_id", column) if column != "claim_id" else ("claim_id", "kind")
    rows = [["id", v] if column != "claim_id" else [v, "k"] for v in values * 2]  # twice: cached the 2nd time
    expected = []
    for row in rows:
        data = {c: (v.isoformat() if isinstance(v, dt.date) else v) for c, v in zip(columns, row, strict=True)}
        expected.append(json.dumps(data, ensure_ascii=False))
    assert list(json_lines([list(r) for r in rows], columns)) == expected


def test_json_lines_keep_bools_ints_and_floats_apart() -> None:
    columns = ("vague", "mentions", "quantity_low", "forecast", "credibility", "confidence")
    rows = [[True, 1, 1.0, False, 0, -0.0], [False, 0, 0.0, True, 1, 1.0], [True, 1, 1.5, False, None, math.nan]]
    expected = [json.dumps(dict(zip(columns, r, strict=True)), ensure_ascii=False) for r in rows]
    assert list(json_lines([list(r) for r in rows], columns)) == expected


def _tricky_store(store: Store) -> list[str]:
    texts = ["=HYPERLINK(\"x\") Kirby said 5,000 troops, \"at least\", moved.", "Kirby said\r\n2,500 troops moved.",
             "@Kirby said 1.5 million troops moved."]  # fmt: skip
    doc = make_doc("tricky.txt", *texts, published=dt.date(2024, 11, 1), outlet="=Evil, \"Outlet\"",
                   title='A "title", with\nlines')  # fmt: skip
    claims = [
        make_claim(doc, texts[0], quantity=(5000, None), subject="North Korean troops", place="Kursk Oblast",
                   claim_date=dt.date(2024, 10, 31), role="-spokesman", affiliation="+United States"),
        make_claim(doc, texts[1], actor="HUR", actor_kind="organisation", quantity=(2500, 2500),
                   claim_date=dt.date(2024, 10, 1), precision="month", event_date=dt.date(2024, 1, 1),
                   relayed_by="AP", confidence=0.85 * 0.7),
        make_claim(doc, texts[2], actor=None, quantity=(1.5e6, 1.5e6), vague=True, forecast=True),
    ]  # fmt: skip
    undated = make_doc("undated.txt", "Kirby said 7 troops moved.", published=None)
    store_document(store, doc, claims)
    store_document(store, undated, [make_claim(undated, undated.text, quantity=(7, 7))])
    keys = [claim_key(doc.identity, c) for c in claims]
    review_claim(store, keys[0], "verified", analyst="ana")
    review_claim(store, keys[2], "rejected", analyst="ana")
    return keys


@pytest.mark.parametrize("filters", [{}, {"include_rejected": True}, {"text": "troops", "limit": 2}])
def test_exports_from_rows_are_byte_identical_to_exports_from_records(store: Store, filters: dict) -> None:
    _tricky_store(store)
    flt = ClaimFilter(**filters)
    for from_records, from_rows in ((write_csv, write_csv_rows), (write_jsonl, write_jsonl_rows),
                                    (write_json, write_json_rows)):  # fmt: skip
        expected, got = io.StringIO(), io.StringIO()
        n = from_records(query_claims(store, flt), expected)
        assert from_rows(claim_rows(store, flt), got) == n > 0
        assert got.getvalue() == expected.getvalue(), from_rows.__name__


def test_the_old_record_path_is_what_the_writers_reproduce(store: Store) -> None:
    """write_csv/write_jsonl now share the row writers: check them against the original formulas."""
    _tricky_store(store)
    records = list(query_claims(store, ClaimFilter(include_rejected=True)))
    old_csv = io.StringIO()
    writer = csv.writer(old_csv, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for record in records:
        data = record_dict(record)
        writer.writerow([csv_cell(data[c]) for c in EXPORT_COLUMNS])
    new_csv = io.StringIO()
    write_csv(records, new_csv)
    assert new_csv.getvalue() == old_csv.getvalue()
    assert "'=Evil" in new_csv.getvalue() and "\r\n2,500" in new_csv.getvalue()
    old_jsonl = "".join(json.dumps(record_dict(r), ensure_ascii=False) + "\n" for r in records)
    new_jsonl = io.StringIO()
    write_jsonl(records, new_jsonl)
    assert new_jsonl.getvalue() == old_jsonl
    assert all(isinstance(r, ClaimRecord) for r in records)
