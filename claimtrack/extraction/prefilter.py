"""Cheap necessary conditions, checked before an expensive regex is run over a sentence.

A case-insensitive regex that needs the literal word "killed" can only match a text whose lowercase
form contains "killed": a substring test (`in`) is far cheaper than a regex scan. The one trap is
that Python's `re` folds four non-ASCII letters onto ASCII ones where `str.lower()` does not
(İ ı -> i, ſ -> s, the Kelvin sign -> k); `lowered()` gives None for a text holding one of them and
`may_hold()` then answers True, so the regex itself decides. A prefilter may let a text through that
the regex rejects, never the reverse: outputs do not depend on it.

Without those four letters, `text.lower()` also keeps every character's position and its \\w, \\s and
\\d class (checked over all of Unicode), so a regex of lowercase literals compiled without IGNORECASE
finds on `lowered(text)` exactly the matches that its IGNORECASE twin finds on `text`.
"""

from __future__ import annotations

import re

# Characters that re.IGNORECASE matches to an ASCII letter although their str.lower() is not that letter.
_CASE_FOLD_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


def lowered(text: str) -> str | None:
    """`text.lower()`, or None when a substring test on it could miss a case-insensitive regex match."""
    return None if _CASE_FOLD_TRAPS.search(text) else text.lower()


def may_hold(low: str | None, needles: tuple[str, ...]) -> bool:
    """Whether the lowercased text (from `lowered`) holds one of the needles; True when it cannot tell."""
    if low is None:
        return True
    return any(needle in low for needle in needles)
