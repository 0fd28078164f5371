"""ClaimRecords from field values that already have the model's types, without validating them again.

Validation costs more than the rest of reading a claim; `queries` converts each row to exactly the
types the model declares, so what `_constructed_record` builds is what `ClaimRecord.model_construct`
would, faster. Its own module so that pydantic is imported only by reads that build records.
"""

from __future__ import annotations

import datetime as dt

from claimtrack.records import EXPORT_COLUMNS, ClaimRecord


def _validated_record(values: dict) -> ClaimRecord:
    return ClaimRecord.model_validate(values)


_FIELDS = frozenset(EXPORT_COLUMNS)
_new_record = ClaimRecord.__new__
_set = object.__setattr__


def _constructed_record(values: dict) -> ClaimRecord:
    """A ClaimRecord from values that already have its field types (see the module's docstring)."""
    record = _new_record(ClaimRecord)
    _set(record, "__dict__", values)
    _set(record, "__pydantic_fields_set__", set(_FIELDS))
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


def _pick_record_builder():  # noqa: ANN202
    """The fast builder if it yields what validation yields for a sample (pydantic internals hold)."""
    try:
        sample = ClaimRecord(claim_id="c", document="d", kind="k", published=dt.date(2024, 10, 23), quantity_low=1.5,
                             confidence_reasons=["r"], credibility=2, vague=True).model_dump()  # fmt: skip
        fast, checked = _constructed_record(dict(sample)), _validated_record(dict(sample))
        if fast == checked and fast.model_dump() == checked.model_dump() and repr(fast) == repr(checked):
            return _constructed_record
    except Exception:  # noqa: BLE001 -- any surprise: validate every record instead
        pass
    return _validated_record


build_record = _pick_record_builder()
"""values (a dict of every field) -> ClaimRecord."""
