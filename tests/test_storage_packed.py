"""A claim's packed view: which claims have one, what it holds, and that stored bytes stay readable."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.storage.packed import PACKED_FIELDS, has_pack, pack_view, unpack

STORED = (
    b"\xa9\x0f\xfa\x05a.txtN\xfa\n2024-10-24\xda\x05count\xe7\x00\x00\x00\x00\x00p\xa7@N\xfa\x08at least"
    b"\xfa\nover 3,000F\xfa\x072024-10\xda\x05month\xe7\x00\x00\x00\x00\x00\x00\xe8?\xda\x01B\xe9\x02\x00\x00\x00"
    b"\xda\x06troops"
)
"""A pack as Python 3.11 wrote it (marshal version 4): a Python whose marshal read it otherwise would
misread every store, so this fails first."""


def test_a_stored_pack_reads_back_as_written() -> None:
    assert unpack(STORED) == (
        "a.txt", None, "2024-10-24", "count", 3000.0, None, "at least", "over 3,000", False, "2024-10", "month",
        0.75, "B", 2, "troops",
    )  # fmt: skip


def _pack(**changes: object) -> bytes | None:
    values: dict[str, object] = {
        "document": "a.txt", "outlet": None, "published": dt.date(2024, 10, 24), "kind": "count",
        "quantity_low": 3000, "quantity_high": None, "quantity_qualifier": "at least", "quantity_raw": "over 3,000",
        "vague": 0, "claim_date": dt.date(2024, 10, 1), "date_precision": "month", "confidence": 0.75,
        "reliability": "B", "credibility": 2.0, "subject": "troops",
    }  # fmt: skip
    values.update(changes)
    return pack_view(*(values[f] for f in ("document", "outlet", "published", *PACKED_FIELDS[3:])))  # type: ignore[arg-type]


def test_a_pack_holds_the_values_as_the_database_returns_them() -> None:
    packed = _pack()
    assert packed is not None
    view = dict(zip(PACKED_FIELDS, unpack(packed), strict=True))
    # REAL columns give floats, INTEGER ints, the vague flag a bool; dates are ISO text at their precision
    assert type(view["quantity_low"]) is float and view["quantity_low"] == 3000.0
    assert type(view["credibility"]) is int and view["vague"] is False
    assert view["published"] == "2024-10-24" and view["claim_date"] == "2024-10"
    assert unpack(packed) == unpack(STORED)
    assert unpack(_pack(published="2024-10-24", claim_date="2024-10-01")) == unpack(packed)  # SQLite's ISO text


@pytest.mark.parametrize(("precision", "text"), [("day", "2024-10-01"), ("month", "2024-10"), ("year", "2024")])
def test_the_claim_date_is_written_at_its_precision(precision: str, text: str) -> None:
    packed = _pack(date_precision=precision)
    assert packed is not None and unpack(packed)[PACKED_FIELDS.index("claim_date")] == text
    undated = _pack(claim_date=None)
    assert undated is not None and unpack(undated)[PACKED_FIELDS.index("claim_date")] is None


def test_only_claims_with_a_subject_and_denials_have_one() -> None:
    assert has_pack("count", "troops") and has_pack("denial", None) and not has_pack("count", None)
    assert _pack(subject=None) is None
    denial = _pack(subject=None, kind="denial")
    assert denial is not None and unpack(denial)[PACKED_FIELDS.index("kind")] == "denial"
