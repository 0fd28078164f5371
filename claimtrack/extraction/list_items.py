"""The items of a list set out without markers, one short line each, under a lead-in line ending in a colon.

"The army said on Monday that the enemy had lost:" then "tanks – 410;", "armoured vehicles – 875," and "field guns –
233.": each line is an item, not a sentence of its own. A line is such an item when it is short and either does not
close like a sentence (it ends in ";" or "," or nothing) or holds no finite verb of its own. A subhead (a line in
title case or capitals), a question, a new lead-in (a line ending in a colon) and a sentence are none.
"""

from __future__ import annotations

import re
from typing import Final

MAX_ITEM_WORDS: Final = 15  # "2,000 anti-tank weapons, 1,000 rifles and 400 machine guns;" is 9

# the closing marks of a line that may still be an item: ";" or "," (or none, tested apart)
_ITEM_ENDS: Final = frozenset(";,")
# how a sentence or a lead-in closes: a line ending so is no item unless it holds no finite verb (a full stop only)
_NO_ITEM_ENDS: Final = frozenset("?!:")
_CLOSING_QUOTES: Final = ' \t"”’)'

# a finite verb of the commonest kinds: an auxiliary or copula, a verb of saying, or a past tense after a pronoun
# ("He added more.", "Officials said 12 died.", "It was hit."); a participle after a noun ("12 people killed") is none
_FINITE_VERB: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|did|does|do|isn't|aren't|"
    r"wasn't|weren't|hasn't|haven't|won't|said|says|told|tells|added|adds|wrote|writes|reported|reports|stated|"
    r"claimed|noted|announced|confirmed|remains|remained|(?:he|she|it|we|they|i|you)\s+[a-z]+(?:ed|s))\b",
    re.IGNORECASE,
)
# a word of a subhead: capitalised, or one of the small words a title leaves in lowercase
_TITLE_SMALL_WORDS: Final = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"})


def _is_subhead(words: list[str]) -> bool:
    """Whether a line of words reads as a subhead: no digit, and in capitals or three or more words in title case
    ("Armoured Combat Vehicles – 945" is an item)."""
    if any(c.isdigit() for w in words for c in w):
        return False
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if not letters:
        return False
    if all(w.isupper() for w in letters) and sum(len(w) for w in letters) > 3:
        return True  # "WHAT WE KNOW SO FAR"; not "UAVs" or "IDPs" (a word with a lowercase letter)
    return len(letters) >= 3 and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in letters)


def ends_with_full_stop(line: str) -> bool:
    """Whether a line ends in a full stop (before closing quotes or brackets): the last item of a list whose other
    items end in ";" or ",", or an item of a list whose items all do."""
    return line.strip().rstrip(_CLOSING_QUOTES).endswith(".")


def is_unmarked_item(line: str) -> bool:
    """Whether a line without a list marker reads as a list item: at most `MAX_ITEM_WORDS` words, no subhead, and
    either no sentence's closing mark ("tanks – 269;", "800 anti-aircraft missiles,", "Odesa region – 6") or a full
    stop after words with no finite verb ("25,000 helmets."); "No one was hurt." and "Casualties:" are none."""
    stripped = line.strip().rstrip(_CLOSING_QUOTES)
    if not stripped:
        return False
    words = stripped.split()
    if len(words) > MAX_ITEM_WORDS or _is_subhead(words):
        return False
    last = stripped[-1]
    if last in _ITEM_ENDS or last.isalnum():
        return True
    if last in _NO_ITEM_ENDS:
        return False
    return last == "." and _FINITE_VERB.search(stripped) is None
