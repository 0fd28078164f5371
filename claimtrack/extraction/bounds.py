"""Where a number gets its bounds: the qualifier words and what each one means.

"at least 3,000" -> low 3,000, no high; "up to 6,000" -> no low, high 6,000; "about 500" -> 500..500;
"between 10,000 and 12,000" -> 10,000..12,000. A multiplier ("two brigades of up to 6,000 each")
scales both bounds. Vague amounts ("thousands") get no bounds at all.
"""

from __future__ import annotations

from typing import Final, Literal

Bound = Literal["low", "high", "point", "range"]

# Qualifier phrase (lowercase, as written before the number) -> which bound the number sets.
QUALIFIER_BOUNDS: Final[dict[str, Bound]] = {
    # a floor
    "at least": "low", "more than": "low", "over": "low", "well over": "low", "in excess of": "low",
    "upwards of": "low", "no fewer than": "low", "no less than": "low", "not less than": "low",
    "north of": "low", "exceeding": "low", "above": "low", "some more than": "low", "a minimum of": "low",
    "at a minimum": "low", "or more": "low", "plus": "low", "+": "low",
    # a ceiling
    "up to": "high", "as many as": "high", "nearly": "high", "almost": "high", "fewer than": "high",
    "less than": "high", "under": "high", "just under": "high", "no more than": "high",
    "a maximum of": "high", "at most": "high", "close to": "high", "below": "high", "not more than": "high",
    "just shy of": "high", "as much as": "high", "approaching": "high", "nearing": "high",
    # a point estimate
    "about": "point", "around": "point", "roughly": "point", "approximately": "point", "some": "point",
    "an estimated": "point", "estimated": "point", "circa": "point", "approx.": "point", "approx": "point",
    "more or less": "point", "an approximate": "point", "a total of": "point", "in total": "point",
    "in the region of": "point", "of the order of": "point", "on the order of": "point", "closer to": "point",
    # an interval
    "between": "range", "from": "range",
}  # fmt: skip

# Qualifiers that are written after the number: "5,000 or more", "5,000-plus".
TRAILING_QUALIFIERS: Final[dict[str, str]] = {"or more": "or more", "plus": "plus", "+": "+", "or so": "about"}


def bounds(
    value: float,
    qualifier: str | None = None,
    value2: float | None = None,
    multiplier: int | None = None,
) -> tuple[float | None, float | None]:
    """(low, high) for a number, its qualifier, an optional second number of a range, and a multiplier."""
    scale = multiplier or 1
    if value2 is not None:
        low, high = sorted((value, value2))
        return low * scale, high * scale
    kind = QUALIFIER_BOUNDS.get((qualifier or "").lower(), "point")
    v = value * scale
    if kind == "low":
        return v, None
    if kind == "high":
        return None, v
    return v, v


def canonical_qualifier(qualifier: str | None) -> str | None:
    """The qualifier as stored: lowercase, single-spaced, trailing forms mapped ("or so" -> "about")."""
    if not qualifier:
        return None
    q = " ".join(qualifier.lower().split())
    return TRAILING_QUALIFIERS.get(q, q)
