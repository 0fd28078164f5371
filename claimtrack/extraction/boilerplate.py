"""Recognise page furniture that carries no claims: newsletter boxes, menus, bylines, share bars."""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.prefilter import _FIRST_RARE_BIT, ascii_words, lowered, may_hold, word_gate, word_mask

# Lines that are boilerplate whatever else they hold (matched case-insensitively anywhere in a short line).
BOILERPLATE_PATTERNS: Final[tuple[str, ...]] = (
    r"\bsubscribe\b",
    r"\bnewsletter\b",
    r"indicates required",
    r"\bsign up\b",
    r"\bskip to (main )?content\b",
    r"\benter your email\b",
    r"\bemail address\b",
    r"successfully subscribed|successfuly subscribed",
    r"\bmin(ute)? read\b",
    r"\ball rights reserved\b",
    r"^\s*(©|copyright)\b",
    r"\bclick here\b",
    r"\bread more\b",
    r"\bfollow us\b",
    r"\bshare (this|on)\b",
    r"\badvertisement\b",
    r"\bcookies?\b",
    r"^\s*(close|menu|search|edit post|news feed|more news|editors'? picks|related( articles| stories)?"
    r"|most read|trending|latest news|watch|listen)\s*$",
    r"\bthis audio is created\b",
    r"\byou can now listen\b",
    r"\bvia getty images\)?\s*$",
    r"\b(photo|image|video)\s*:\s*",
    # a credit line: "Additional reporting by Anna Berg and Tom Elder in Kyiv", "Editing by Ian Marsh"
    r"^\s*(additional\s+)?(reporting|writing|editing|research)\s+(by|from)\s+(?-i:[A-Z])[\w'’.-]*"
    r"(\s*(,|;|/|\band\b|\bin\b|\bby\b|(?-i:[A-Z])[\w'’.-]*))*\s*\.?\s*$",
)
# A word each pattern needs (lowercase): a line with none of them is prose, without running the regex.
_BOILERPLATE_WORDS: Final = (
    "subscribe", "newsletter", "indicates required", "sign up", "skip to ", "enter your email", "email address",
    "subscribed", "read", "all rights reserved", "©", "copyright", "click here", "follow us", "share ",
    "advertisement", "cookie", "close", "menu", "search", "edit post", "news feed", "more news", "editors", "related",
    "trending", "latest news", "watch", "listen", "this audio is created", "you can now listen", "via getty images",
    "photo", "image", "video", "reporting by", "writing by", "editing by", "research by", "reporting from",
)  # fmt: skip

# Each pattern with the words one of which it needs (lowercase): the patterns as one alternation would try all 22
# branches at every character (they open with \\b or ^, nothing the engine can skip ahead with); a branch
# whose words the line lacks cannot match, so only the others are searched, each alone.
_PATTERN_WORDS: Final[tuple[tuple[str, ...], ...]] = (
    ("subscribe",), ("newsletter",), ("indicates required",), ("sign up",), ("skip to ",), ("enter your email",),
    ("email address",), ("subscribed",), ("read",), ("all rights reserved",), ("©", "copyright"), ("click here",),
    ("read",), ("follow us",), ("share ",), ("advertisement",), ("cookie",),
    ("close", "menu", "search", "edit post", "news feed", "more news", "editors", "related", "read", "trending",
     "latest news", "watch", "listen"),
    ("this audio is created",), ("you can now listen",), ("via getty images",), ("photo", "image", "video"),
    ("reporting by", "writing by", "editing by", "research by", "reporting from"),
)  # fmt: skip
_GUARDED_PATTERNS: Final = tuple(
    (words, re.compile(pattern, re.IGNORECASE))
    for words, pattern in zip(_PATTERN_WORDS, BOILERPLATE_PATTERNS, strict=True)
)
# The same guards as word gates (`prefilter.word_gate`): per pattern, the words it holds between \b (or ^\s*) and \b
# (or whitespace), each a whole run of a-z of the lowercased line wherever it matches, and the substrings of the
# patterns that are not so bounded. One mask of the line's runs of letters answers all 23 instead of ~40 substring
# tests of each short line and one or two more per pattern.
_PATTERN_RUNS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("subscribe", ()), ("newsletter", ()), ("", ("indicates required",)), ("sign", ()), ("skip", ()), ("enter", ()),
    ("email", ()), ("", ("subscribed",)), ("read", ()), ("rights", ()), ("copyright", ("©",)), ("click", ()),
    ("read", ()), ("follow", ()), ("share", ()), ("advertisement", ()), ("cookie cookies", ()),
    ("close menu search edit news more editors related most trending latest watch listen", ()), ("audio", ()),
    ("listen", ()), ("getty", ()), ("photo image video", ()), ("reporting writing editing research", ()),
)  # fmt: skip
# a gate of one word is a rare one (`prefilter.word_gate`): those words are seldom written in prose, unlike "more",
# "news", "latest", "photo" of the two gates of several words
_GATED_PATTERNS: Final = tuple(
    (word_gate(ascii_words(words.split()), rare=len(words.split()) == 1), needles, pattern)
    for (words, needles), (_, pattern) in zip(_PATTERN_RUNS, _GUARDED_PATTERNS, strict=True)
)
_ANY_PATTERN_GATE: Final = sum(gate for gate, _, _ in _GATED_PATTERNS)  # the bits differ: their sum is their union
# A rare gate's bit is from 2**62 on (`prefilter._FIRST_RARE_BIT`): a long int where compiled, and `mask & gate` with
# it a call (~130 instructions) even for a mask that is a short int, as most lines' are. Those gates are tested only
# where the mask has a bit from 2**62 on (`mask >> _FIRST_RARE_BIT`, a machine shift for a short mask).
_COMMON_PATTERN_GATE: Final = sum(gate for gate, _, _ in _GATED_PATTERNS if gate >> _FIRST_RARE_BIT == 0)
_RARE_PATTERN_GATE: Final = _ANY_PATTERN_GATE - _COMMON_PATTERN_GATE
_GATED_SCANS: Final = tuple(
    (gate, gate >> _FIRST_RARE_BIT != 0, needles, pattern) for gate, needles, pattern in _GATED_PATTERNS
)
_PATTERN_NEEDLES: Final = tuple(needle for _, needles in _PATTERN_RUNS for needle in needles)
# A line longer than this is prose even if it mentions a newsletter.
MAX_BOILERPLATE_WORDS: Final = 25


def _word_count_past(line: str, limit: int) -> int:
    """`min(len(line.split()), limit + 1)`: the words (runs of characters that are no whitespace) counted one
    character at a time up to the one past `limit`, without building them, as `line.split(None, limit)` did for
    every line of every document. ASCII whitespace by code (the characters `str.split` splits at), any other
    character by `str.isspace`, the test `str.split` makes."""
    words = 0
    in_word = False
    for i in range(len(line)):
        code = ord(line[i])
        if code == 32 or 9 <= code <= 13 or 28 <= code <= 31 or (code >= 128 and line[i].isspace()):
            in_word = False
        elif not in_word:
            words += 1
            if words > limit:
                return words
            in_word = True
    return words


def is_boilerplate_line(line: str) -> bool:
    """Whether a whole line is page furniture rather than article prose."""
    words = _word_count_past(line, MAX_BOILERPLATE_WORDS)  # enough to tell a short line from a long one
    if not words:
        return True
    if words > MAX_BOILERPLATE_WORDS:
        return False
    low = lowered(line)
    if low is None:  # a case-folding trap: the patterns themselves decide
        return any(pattern.search(line) is not None for _, pattern in _GUARDED_PATTERNS)
    mask = word_mask(low)
    rare = mask >> _FIRST_RARE_BIT != 0  # a rare gate's word: only then is `mask & gate` asked of a rare gate
    if (
        mask & _COMMON_PATTERN_GATE == 0
        and (not rare or mask & _RARE_PATTERN_GATE == 0)
        and not may_hold(low, _PATTERN_NEEDLES)
    ):
        return False
    for gate, rare_gate, needles, pattern in _GATED_SCANS:  # the branches whose word the line holds, each alone
        holds = (rare or not rare_gate) and mask & gate != 0
        if (holds or (len(needles) > 0 and may_hold(low, needles))) and pattern.search(line) is not None:
            return True
    return False


# a caption's credit that opens a line: "Photo: Reuters/Gleb Garanich", "Image: AFP"
_CREDIT_OPENING: Final = re.compile(r"\s*(?:photo|image|video)s?\s*:\s*", re.IGNORECASE)
MIN_PROSE_WORDS: Final = 6


def credit_then_prose(line: str, sentences: list[tuple[int, int]]) -> int:
    """How many of a boilerplate line's sentences (spans in the line) are a caption's credit glued before prose:
    "Photo: AFP. The governor said 8 people were killed." drops only its first; 0 when the line is no such
    credit or what follows it is page furniture too."""
    if len(sentences) < 2 or not _CREDIT_OPENING.match(line):
        return 0
    rest = line[sentences[1][0] :]
    if len(rest.split(None, MIN_PROSE_WORDS)) <= MIN_PROSE_WORDS or is_boilerplate_line(rest):
        return 0
    return 1


def prose_then_furniture(line: str, sentences: list[tuple[int, int]]) -> int:
    """How many of a boilerplate line's sentences (spans in the line) are prose before page furniture glued
    after it: "The General Staff said 1,250 ... were killed. Subscribe to our Telegram channel." keeps its first;
    0 when the line holds one sentence, the furniture is not at its end, or the words before it are furniture
    or too few to be prose."""
    if len(sentences) < 2:
        return 0
    first_furniture = len(sentences)
    while first_furniture > 0 and is_boilerplate_line(line[slice(*sentences[first_furniture - 1])]):
        first_furniture -= 1
    if first_furniture in (0, len(sentences)):
        return 0
    prose = line[: sentences[first_furniture][0]]
    if len(prose.split(None, MIN_PROSE_WORDS)) <= MIN_PROSE_WORDS or is_boilerplate_line(prose):
        return 0
    return first_furniture
