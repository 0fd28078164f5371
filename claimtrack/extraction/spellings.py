"""One key for the spellings of one name: diacritics and the usual transliterations folded away.

"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski" and the Polish "Zełenski" are one person, as are "Konashenkov"
and "Konaszenkow" or "Zaluzhnyi" and "Załużny". `name_key` gives each the same key, for the actor lexicon's
lookup and for telling whether two speakers of one document are one. The key only compares names; it is never
shown.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# (spelling, what it folds to), applied in order to the lowercased name, before the diacritics are dropped: the
# Polish and German ways of writing Slavic sounds ("sz", "cz", "ż", "w", "tsch") written the English way, and the
# y/i/j that transliterations use for one sound
SPELLING_FOLDS: Final[tuple[tuple[str, str], ...]] = (
    ("szcz", "shch"), ("tsch", "ch"), ("sz", "sh"), ("cz", "ch"), ("ż", "zh"), ("ł", "l"), ("w", "v"),
    ("j", "i"), ("y", "i"),
)  # fmt: skip
_REPEATED_LETTER: Final = re.compile(r"(\w)\1+")
_NOT_NAME: Final = re.compile(r"[^\w ]+")
# `name_key` of the names and words last asked for: the actor lexicon asks it of every capitalised word that may
# start a speaker's name, in every document (the same few thousand words), and each key costs two regex
# substitutions. Emptied when it holds NAME_KEY_MEMO_SIZE names.
NAME_KEY_MEMO_SIZE: Final = 8192
_NAME_KEYS: Final[dict[str, str]] = {}


def name_key(name: str) -> str:
    """The key all spellings of `name` share: "Wołodymyr Zełenski" and "Volodymyr Zelenskyy" give
    "volodimir zelenski". Remembered per name (`NAME_KEY_MEMO_SIZE`)."""
    key = _NAME_KEYS.get(name)
    if key is None:
        if len(_NAME_KEYS) >= NAME_KEY_MEMO_SIZE:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[name] = spelling_key(name)
    return key


def spelling_key(name: str) -> str:
    """`name_key` computed anew (not remembered)."""
    key = name.lower().replace("’", "'")
    for spelling, folded in SPELLING_FOLDS:
        if spelling in key:
            key = key.replace(spelling, folded)
    if not key.isascii():
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    key = _NOT_NAME.sub(" ", key)
    return " ".join(_REPEATED_LETTER.sub(r"\1", key).split())
