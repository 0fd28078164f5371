"""Pydantic records built without validation, for the extractor's hot paths whose values are already those
validation would keep: the instance's dict, the fields set, and pydantic's two other slots as validation fills
them for a model with no extra fields and no private attributes (None). Each caller's test compares its record
with the validated one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

from pydantic import BaseModel

_NEW_OBJECT: Final = object.__new__

Model = TypeVar("Model", bound=BaseModel)


def slot_setter(name: str) -> Callable[[object, object], None]:
    """The `__set__` of the descriptor `object.__setattr__(record, name, value)` reaches on any pydantic record (each
    of the four is `BaseModel`'s, shared by every model): the same store without `object.__setattr__`'s generic
    attribute lookup and checks before it (~900 instructions a store where compiled, ~550 by the descriptor)."""
    return vars(BaseModel)[name].__set__  # type: ignore[no-any-return]


_SET_DICT: Final = slot_setter("__dict__")
_SET_FIELDS_SET: Final = slot_setter("__pydantic_fields_set__")
_SET_EXTRA: Final = slot_setter("__pydantic_extra__")
_SET_PRIVATE: Final = slot_setter("__pydantic_private__")


def unvalidated_record(model: type[Model], fields: dict[str, object], fields_set: set[str]) -> Model:
    """An instance of `model` holding `fields` (in the model's field order, every field) with `fields_set` as the
    fields given, without running pydantic's validation (~10K instructions a record where compiled); each slot is
    stored by its descriptor (`slot_setter`)."""
    record: Model = _NEW_OBJECT(model)
    _SET_DICT(record, fields)
    _SET_FIELDS_SET(record, fields_set)
    _SET_EXTRA(record, None)
    _SET_PRIVATE(record, None)
    return record
