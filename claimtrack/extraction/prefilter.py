"""Cheap necessary conditions, checked before an expensive regex is run over a sentence.

A case-insensitive regex that needs the literal word "killed" can only match a text whose lowercase
form contains "killed": a substring test (`in`) is far cheaper than a regex scan. The one trap is
that Python's `re` folds four non-ASCII letters onto ASCII ones where `str.lower()` does not
(İ ı -> i, ſ -> s, the Kelvin sign -> k); `lowered()` gives None for a text holding one of them (or
a capital sigma, whose lowercase depends on its neighbours) and `may_hold()` then answers True, so
the regex itself decides. A prefilter may let a text through that the regex rejects, never the
reverse: outputs do not depend on it.

Without those letters, `text.lower()` also keeps every character's position and its \\w, \\s and
\\d class (checked over all of Unicode), so a regex of lowercase literals compiled without IGNORECASE
finds on `lowered(text)` exactly the matches that its IGNORECASE twin finds on `text`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from re import _constants, _parser  # type: ignore[attr-defined] # the parser checks that a lowercase twin means the same
from typing import Final

# Characters that re.IGNORECASE matches to an ASCII letter although their str.lower() is not that letter,
# and the capital sigma, whose lowercase depends on the next letter (a slice lowercased alone may differ).
# Each looked for by a substring test (a search for one character, far cheaper than a regex testing each character
# against the set): five tests of a text that is not ASCII.
_CASE_FOLD_TRAPS: Final = ("\u0130", "\u0131", "\u017f", "\u212a", "\u03a3")


_ASCII_FOLDS: Final = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(word: str) -> str:
    """A word matched case-insensitively, lowercased as ASCII when it is spelt with a folding trap ("ſunday",
    "kılled"), so that it can be looked up in a table of lowercase ASCII words."""
    return word.translate(_ASCII_FOLDS).lower().replace("\u0307", "")


# `lowered`, `letter_runs` and `letter_words` remember the last texts asked for (each module asks for the sentence it
# reads, in both passes over a document): a dict read by the compiled code, emptied when it holds MEMO_SIZE texts.
# An lru_cache costs a call through the interpreter's protocol and its own bookkeeping on every hit (~1.5% of a pass).
# 2,048 rather than 512: a long document (with the short texts read besides its sentences: alias runs, lines) filled
# 512 entries, so that a sentence read early was lowered and split again after an emptying (~6% of the reads a pass)
MEMO_SIZE: Final = 2048
_LOWERED: Final[dict[str, str | None]] = {}
_RUNS: Final[dict[str, bytes]] = {}
_WORDS: Final[dict[str, tuple[bytes, ...]]] = {}
_DIGITS: Final[dict[str, bool]] = {}


class LastText:
    """The text a memo was last asked about (`text`, held so that its identity stays its own) and the answer given.

    A pass asks `lowered` and `word_mask` of the same string object as the call before ~80% of the time (the modules
    read one sentence after the other): an identity test answers those without hashing into the dict. Exact: the
    answer kept is the memo's for that very text, and a memo whose answers change (`_forget_words`) resets it."""

    def __init__(self) -> None:
        self.text: str | None = None  # None: nothing kept (every caller asks about a str)
        self.low: str | None = None  # `lowered`'s answer
        self.mask = 0  # `word_mask`'s answer
        self.hits: list[bytes] = []  # `vocabulary_hits`' answer


_LAST_LOWERED: Final = LastText()
_LAST_MASK: Final = LastText()
_LAST_HITS: Final = LastText()


def make_room(memo: dict) -> None:
    """Empty a memo that holds MEMO_SIZE entries, before one more is added: the bound every memo here keeps."""
    if len(memo) >= MEMO_SIZE:
        memo.clear()


def lowered(text: str) -> str | None:
    """`text.lower()`, or None when a substring test on it could miss a case-insensitive regex match."""
    last = _LAST_LOWERED
    if last.text is text:  # the text asked about just before: its answer, kept
        return last.low
    low = _LOWERED.get(text)
    if low is None and text not in _LOWERED:
        make_room(_LOWERED)
        low = None if not text.isascii() and may_hold(text, _CASE_FOLD_TRAPS) else text.lower()  # isascii(): a flag
        _LOWERED[text] = low
    last.text = text
    last.low = low
    return low


# a digit of another script: no Unicode decimal digit lies between the ASCII ones and U+0660 (the tests check),
# so the scan skips to the characters from U+0660 on before asking whether one is a digit
_UNICODE_DIGIT: Final = re.compile(r"[^\x00-\u065f](?<=\d)")


def has_digit(text: str) -> bool:
    """`re.search(r"\\d", text)`: ten substring tests (memchr) find an ASCII digit faster than the regex scan."""
    for digit in "0123456789":
        if digit in text:
            return True
    return not text.isascii() and _UNICODE_DIGIT.search(text) is not None  # other scripts' digits


def sentence_has_digit(sentence: str) -> bool:
    """`has_digit(sentence)`, remembered per sentence (`MEMO_SIZE`): the date, count and pronoun guards each ask it
    of the same sentence, and a dict read of a string whose hash is kept costs less than ten substring scans. Only
    for whole sentences: a slice is a new string, hashed anew at each lookup."""
    found = _DIGITS.get(sentence)
    if found is None:
        make_room(_DIGITS)
        found = _DIGITS[sentence] = has_digit(sentence)
    return found


def may_glue_a_stop(text: str) -> bool:
    """Whether a full stop in `text` stands right before an ASCII letter: what every glued stop that
    `places.find_places` and `quantities.find_counts` read as a space needs (a stop before `[A-Za-z]{2}`), found
    by `str.find` from one stop to the next instead of entering a pattern at the stop that ends the sentence."""
    size = len(text)
    stop = text.find(".")
    while 0 <= stop < size - 1:
        code = ord(text[stop + 1])
        if 97 <= code <= 122 or 65 <= code <= 90:
            return True
        stop = text.find(".", stop + 1)
    return False


# every byte but those of the ASCII lowercase letters to a space (`letter_runs`)
_LETTERS_ONLY: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def letter_runs(low: str) -> bytes:
    """`low` as ASCII bytes with every character but a-z a space: one byte per character, so a run of letters
    keeps its offsets (a non-ASCII character becomes "?", then a space). Remembered per text (`MEMO_SIZE`): the
    cue, date guard and number word lookups read the same sentence."""
    runs = _RUNS.get(low)
    if runs is None:
        make_room(_RUNS)
        runs = _RUNS[low] = low.encode("ascii", "replace").translate(_LETTERS_ONLY)
    return runs


def letter_words(low: str) -> tuple[bytes, ...]:
    """The runs of a-z in `low`, in order (`letter_runs(low).split()`): split once per sentence, and each word's
    hash, computed at its first lookup, kept for the next."""
    words = _WORDS.get(low)
    if words is None:
        make_room(_WORDS)
        words = _WORDS[low] = tuple(letter_runs(low).split())
    return words


# The runs of a-z of each text that are in the vocabulary: every word set asked about so far (`_KNOWN_SETS`), most of
# them constants. A text holds 21 runs on average in the corpus, and 4.3 of them are in the vocabulary (the ~2,000
# words of ~20 sets): the sets look for their words among those few instead of among all of the text's runs, ~10
# lookups a text. The vocabulary only grows: the hits remembered are dropped whenever it does, so that each is the
# vocabulary's runs of its text, and a known set's words among a text's runs are its words among the hits.
_VOCABULARY: Final[set[bytes]] = set()
_KNOWN_SETS: Final[set[frozenset[bytes]]] = set()
_HITS: Final[dict[str, list[bytes]]] = {}

# Word gates: each word set a module registers once (`word_gate`) gets a bit, and a text's mask (`word_mask`, kept per
# text) has the bit of every registered set one of whose words is a run of a-z of it. A sentence is tested for ~9 such
# sets (places, dates, confidence): each later test is a bit test (`holds_gate`) instead of a set lookup.
_GATE_SETS: Final[list[frozenset[bytes]]] = []  # the registered sets, the i-th one's bit is `gate_bit(i)`
_GATE_BITS: Final[list[int]] = []  # the i-th registered set's bit
_MASKS: Final[dict[str, int]] = {}
# A mask and a gate below 2**62 are short ints where compiled: `&` and `|` of two are one machine operation, while a
# bit from 2**62 on makes the mask a long object and each test a call (~130 instructions; 3 of 4 tests a pass went
# there with the gates given bits in the order they were registered, as there are ~75 of them). A gate registered as
# rare (words seldom written in a sentence: the page-furniture words of `boilerplate`) takes a bit from
# `_FIRST_RARE_BIT` on, every other gate the lowest free bit: a sentence's mask stays short unless it holds a rare
# gate's word, and the gates tested on every sentence are short.
_FIRST_RARE_BIT: Final = 62

# One table answers both for a run of letters: `_IN_VOCABULARY` if it is a word of the vocabulary, and the bits of the
# registered gates that hold it. A text's hits and its mask are found together (`_read_words`), by one lookup per run
# (the text's runs are hashed once, and walked once instead of twice); `_HITS` and `_MASKS` hold the same texts.
_IN_VOCABULARY: Final = 1
_WORD_BITS: Final[dict[bytes, int]] = {}


def vocabulary_hits(low: str, words: frozenset[bytes]) -> list[bytes]:
    """The runs of a-z in `low` that are in the vocabulary, which holds `words` (learnt first if new), in the
    text's order and as often as written: the runs of `letter_words(low)` that are among `words` are those of
    `vocabulary_hits(low, words)`, in the same order."""
    if words not in _KNOWN_SETS:  # a frozenset keeps its hash: a lookup by identity in the steady state
        _learn(words)
    last = _LAST_HITS
    if last.text is low:  # the text asked about just before (`_learn` above has reset it if the hits changed)
        return last.hits
    hits = _HITS.get(low)
    if hits is None:
        hits = _read_words(low)[0]
    last.text = low
    last.hits = hits
    return hits


def _read_words(low: str) -> tuple[list[bytes], int]:
    """A text's vocabulary hits and word mask, remembered (`_HITS`, `_MASKS`): one lookup per run of letters.
    The runs are split here, not through `letter_words`' memo: the hits are what later lookups of the text read."""
    if len(_HITS) >= MEMO_SIZE or len(_MASKS) >= MEMO_SIZE:
        _forget_words()
    hits: list[bytes] = []
    mask = 0
    table = _WORD_BITS
    for word in letter_runs(low).split():
        found = table.get(word)
        if found is not None:
            mask |= found
            if found & _IN_VOCABULARY:
                hits.append(word)
    _HITS[low] = hits
    _MASKS[low] = mask
    return hits, mask


def _forget_words() -> None:
    """Drop every text's hits and mask: the vocabulary or the gates have changed."""
    _HITS.clear()
    _MASKS.clear()
    _LAST_MASK.text = None
    _LAST_HITS.text = None


def _learn(words: frozenset[bytes]) -> None:
    """Add a word set to the vocabulary, dropping the remembered hits if it brings a new word."""
    if len(_KNOWN_SETS) >= MEMO_SIZE:  # sets built anew at each call: stay bounded (the vocabulary stays a superset)
        _KNOWN_SETS.clear()
    if not words.issubset(_VOCABULARY):
        _VOCABULARY.update(words)
        for word in words:
            _WORD_BITS[word] = _WORD_BITS.get(word, 0) | _IN_VOCABULARY
        _forget_words()
    _KNOWN_SETS.add(words)


def whole_run_at(low: str, runs: bytes, size: int, text: str, pos: int) -> int:
    """Where `low` writes `text` (a run of a-z that the caller knows is there) as a whole run of letters, from `pos`
    on. `runs` is `letter_runs(low)` (a space where `low` has no letter a-z) and `size` its length: `low` has the
    letters where `runs` has them, so `text` is found in `low` by the compiled `str.find` (`bytes.find` is a method
    call through the interpreter) and checked for a letter on either side in `runs`."""
    start = low.find(text, pos)
    end = start + len(text)
    while start > 0 and runs[start - 1] != 32 or end < size and runs[end] != 32:  # inside a longer run
        start = low.find(text, start + 1)
        end = start + len(text)
    return start


def word_spans(low: str, words: frozenset[bytes]) -> list[tuple[int, int]]:
    """The spans of the whole runs of a-z in `low` that are among `words`, in order: what a scan for
    `trie_alternation(words)` between `(?<![a-z])` and `(?![a-z])` finds, read by `bytes.split` and a set
    lookup per word instead of a regex tried at every character that is no letter (and none where the text's runs
    in the vocabulary hold none of `words`: `vocabulary_hits`). Only the text's vocabulary runs are walked (~4 of
    its ~21 runs): every word of `words` is in the vocabulary, so they hold each run that is among `words`, in order."""
    spans: list[tuple[int, int]] = []
    runs = b""
    size = -1  # `runs` read at the first word found
    pos = 0
    for word in vocabulary_hits(low, words):
        if word in words:
            if size < 0:
                runs = letter_runs(low)
                size = len(runs)
            start = whole_run_at(low, runs, size, word.decode("ascii"), pos)
            end = start + len(word)
            spans.append((start, end))
            pos = end
    return spans


def holds_word(low: str, words: frozenset[bytes]) -> bool:
    """Whether a whole run of a-z in `low` is among `words` (see `word_spans`)."""
    for word in vocabulary_hits(low, words):  # a few runs, each a set lookup: no call of isdisjoint
        if word in words:
            return True
    return False


def gate_bit(index: int) -> int:
    """The bit of the `index`-th registered word set (bit 0 is `_IN_VOCABULARY`)."""
    return _GATE_BITS[index]


def _free_bit(rare: bool) -> int:
    """The lowest bit no registered set has (none below `_FIRST_RARE_BIT` for a rare set), bit 0 aside."""
    taken = _IN_VOCABULARY
    for bit in _GATE_BITS:
        taken |= bit
    shift = _FIRST_RARE_BIT if rare else 1
    while taken >> shift & 1:
        shift += 1
    return 1 << shift


def word_gate(words: frozenset[bytes], rare: bool = False) -> int:
    """Register a set of words (from `ascii_words`) for `holds_gate`: its bit (see `_FIRST_RARE_BIT` for `rare`)."""
    bit = _free_bit(rare)
    _GATE_SETS.append(words)
    _GATE_BITS.append(bit)
    for word in words:
        _WORD_BITS[word] = _WORD_BITS.get(word, 0) | bit
    _forget_words()  # masks found before lack the new bit
    return bit


def word_mask(low: str) -> int:
    """The bits of the registered word sets (`word_gate`) one of whose words is a whole run of a-z in `low` (and
    `_IN_VOCABULARY` if a run is a word of the vocabulary)."""
    last = _LAST_MASK
    if last.text is low:  # the text asked about just before (reset whenever the masks change: `_forget_words`)
        return last.mask
    found = _MASKS.get(low)
    mask = _read_words(low)[1] if found is None else found
    last.text = low
    last.mask = mask
    return mask


def holds_gate(low: str, gate: int) -> bool:
    """`holds_word(low, words)` for the words `gate` was registered with (`word_gate`): a bit of `word_mask(low)`."""
    return word_mask(low) & gate != 0


def words_among(low: str, words: frozenset[bytes]) -> set[str]:
    """The whole runs of a-z in `low` that are among `words`, as strings (see `word_spans`): the hits looked up in
    `words` one by one (a compiled loop; `words.intersection(hits)` was a method call and a set built, per text)."""
    found: set[str] = set()
    for word in vocabulary_hits(low, words):
        if word in words:
            found.add(word.decode("ascii"))
    return found


def ascii_words(words: Collection[str]) -> frozenset[bytes]:
    """Lowercase ASCII words as the bytes `word_spans` and `holds_word` look up; ValueError for any other word."""
    if not all(word.isascii() and word.isalpha() and word.islower() for word in words):
        raise ValueError("a word looked up among letter runs must be a run of lowercase ASCII letters")
    return frozenset(word.encode("ascii") for word in words)


def is_word_char(ch: str) -> bool:
    r"""Whether `ch` is `\w` in a str pattern: a letter, digit or number of any script (`str.isalnum`, as the engine's
    test) or "_"."""
    return ch.isalnum() or ch == "_"


def is_word_char_at(text: str, i: int) -> bool:
    r"""`is_word_char(text[i])`: ASCII by code ranges, other characters by `str.isalnum`."""
    code = ord(text[i])
    if code < 128:
        return 97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 or code == 95
    return text[i].isalnum()


def is_space_at(text: str, i: int) -> bool:
    r"""`text[i].isspace()`, the engine's `\s`: ASCII by code (a test compares them on every code point)."""
    code = ord(text[i])
    if code < 128:
        return code == 32 or 9 <= code <= 13 or 28 <= code <= 31
    return text[i].isspace()


def chunks_back(text: str, pos: int, count: int) -> int:
    """Where the `count`-th run of non-whitespace before `pos` begins (0 if there are fewer): a match made of at most
    `count` such runs, each followed by whitespace, before a word at `pos` begins there or later."""
    i = pos
    for _ in range(count):
        while i > 0 and is_space_at(text, i - 1):
            i -= 1
        while i > 0 and not is_space_at(text, i - 1):
            i -= 1
    return i


def may_hold(low: str | None, needles: tuple[str, ...]) -> bool:
    """Whether the lowercased text (from `lowered`) holds one of the needles; True when it cannot tell."""
    if low is None:
        return True
    for needle in needles:  # a plain loop: cheaper than any() over a generator for a handful of needles
        if needle in low:
            return True
    return False


def leading_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which begins every match of a case-sensitive pattern (past its zero-width `\\b`, `^`), read
    from its parsed form: the literal run that opens it, or that opens each branch. None when a branch opens with
    anything else (a class, a repeat, a lookaround). With `may_hold(low, starts)` (substring tests) they rule out
    a text before the regex is tried at every position of it."""
    if pattern.flags & re.IGNORECASE:
        raise ValueError(f"an IGNORECASE pattern: {pattern.pattern[:60]!r}")
    return _literal_starts(list(_parser.parse(pattern.pattern, pattern.flags).data))


def _literal_starts(items: list) -> tuple[str, ...] | None:
    i = 0
    while i < len(items) and items[i][0] is _constants.AT:
        i += 1
    if i == len(items):
        return None
    op, av = items[i]
    if op is _constants.LITERAL:
        run = ""
        while i < len(items) and items[i][0] is _constants.LITERAL:
            run += chr(items[i][1])
            i += 1
        return (run,)
    if op is _constants.IN and all(o is _constants.LITERAL for o, _ in av):  # "[dt]": one of a few characters
        return tuple(chr(c) for _, c in av)
    if op is _constants.BRANCH:
        starts: list[str] = []
        for branch in av[1]:
            found = _literal_starts(list(branch.data))
            if found is None:
                return None
            starts += found
        return tuple(starts)
    if op is _constants.SUBPATTERN and not av[1] and not av[2]:  # a group, no inline flags: how it begins
        return _literal_starts(list(av[3].data))
    return None


_KEEP_CASE: Final = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", re.DOTALL)  # escapes (\S is not \s) and group names


def lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An IGNORECASE pattern with its letters lowercased and without the flag, for `finditer_lowered`.

    Run on `lowered(text)` it matches where `pattern` matches `text`: the same engine steps, each
    letter compared in lowercase. That holds when every cased letter of the pattern is ASCII (ranges:
    within a-z or A-Z) and it sets no inline flags; the parsed twin must equal the parsed pattern with
    its letters lowercased. Anything else raises ValueError.
    """
    if not pattern.flags & re.IGNORECASE:
        raise ValueError(f"not an IGNORECASE pattern: {pattern.pattern[:60]!r}")
    source = pattern.pattern
    pieces, pos = [], 0
    for m in _KEEP_CASE.finditer(source):
        pieces += [source[pos : m.start()].lower(), m.group(0)]
        pos = m.end()
    pieces.append(source[pos:].lower())
    twin = re.compile("".join(pieces), pattern.flags & ~re.IGNORECASE)
    expected = _normal_form(_parser.parse(source, pattern.flags), lower=True)
    if _normal_form(_parser.parse(twin.pattern, twin.flags), lower=False) != expected:
        raise ValueError(f"lowercasing changes the pattern (escaped letters?): {source[:60]!r}")
    return twin


def _normal_form(node: object, lower: bool) -> object:
    """A parsed pattern as nested tuples, letters lowercased if `lower`; ValueError where lowercasing is unsafe."""
    if isinstance(node, _parser.SubPattern):
        return tuple(_normal_form(item, lower) for item in node.data)
    if isinstance(node, (list, tuple)):
        if len(node) == 2 and isinstance(node[0], _constants._NamedIntConstant):
            op, av = str(node[0]), node[1]
            if op in {"LITERAL", "NOT_LITERAL"}:
                return op, _fold(chr(av), lower)
            if op == "RANGE":
                low, high = chr(av[0]), chr(av[1])
                if not ("a" <= low <= high <= "z" or "A" <= low <= high <= "Z"):
                    if any(chr(c).lower() != chr(c).upper() for c in range(av[0], av[1] + 1)):
                        raise ValueError(f"range {low!r}-{high!r} mixes cased and other characters")
                return op, (_fold(low, lower), _fold(high, lower))
            if op == "SUBPATTERN" and (av[1] or av[2]):
                raise ValueError("inline flags")
            return op, _normal_form(av, lower)
        return tuple(_normal_form(item, lower) for item in node)
    return str(node) if isinstance(node, _constants._NamedIntConstant) else node


def _fold(ch: str, lower: bool) -> str:
    if ch.lower() != ch.upper() and not ch.isascii():
        raise ValueError(f"non-ASCII cased letter {ch!r}")
    return ch.lower() if lower else ch


def search_lowered(pattern: re.Pattern[str], twin: re.Pattern[str] | StartScan, text: str) -> bool:
    """Whether `pattern` matches somewhere in `text`, found with its `lowercase_twin` where `lowered` allows."""
    low = lowered(text)
    if low is None:
        return pattern.search(text) is not None
    return twin.search(low) is not None


def finditer_lowered(
    pattern: re.Pattern[str], twin: re.Pattern[str] | StartScan, text: str, low: str | None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, scanning with its `lowercase_twin` on `low` and matching on `text` where it hits.

    The match objects are those of `pattern` on `text` (groups keep the text's case); without `low`
    (a text `lowered` cannot vouch for) this is plain `pattern.finditer(text)`.
    """
    if low is None:
        yield from pattern.finditer(text)
        return
    if isinstance(twin, StartScan):  # the scan's spans: its hits are not matched again by the twin itself
        for start, _ in twin.spans(low):
            m = pattern.match(text, start)
            if m is not None:  # always, by construction; kept as a guard rather than an assertion
                yield m
        return
    for hit in twin.finditer(low):
        m = pattern.match(text, hit.start())
        if m is not None:
            yield m


def trie_alternation(words: Collection[str], space: str | None = None, not_after: str | None = None) -> str:
    """A regex matching exactly the given literal words, written as a trie ("sa(?:id|ys)" for said, says).

    The regex engine tries a plain alternation of n words one after the other at every position;
    the trie branches on one character at a time. Where one word is a prefix of another, the longer
    is tried first, as in `lexicons.alternation`. Used between word-boundary assertions, where at
    most one of the words can match at a position, it finds what the plain alternation finds.
    `space`, if given, is what a space in a word matches (r"\\s+" as in `alternation`).

    `not_after`, a one-character class such as r"[\\w-]", asks that the character before a word is not
    in it: `(?<![\\w-])` before the trie. Put there, the lookbehind is tried at every position of the
    text; here it is put after each word's first character, written out ("K(?<![\\w-]K)yiv"), so the
    regex starts with a literal and the engine skips ahead to the next possible first character.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a word
    if not_after is None:
        return _trie_regex(trie, space)
    if "" in trie or " " in trie:
        raise ValueError("not_after needs words that start with a character other than a space")
    branches = [re.escape(ch) + f"(?<!{not_after}{re.escape(ch)})" + _trie_regex(child, space)
                for ch, child in sorted(trie.items())]  # fmt: skip
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _trie_regex(node: dict, space: str | None = None) -> str:
    branches = [
        (space if ch == " " and space is not None else re.escape(ch)) + _trie_regex(child, space)
        for ch, child in sorted(node.items())
        if ch
    ]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    if "" in node and len(branches) == 2:
        return f"(?:{branches[0]})?"
    return "(?:" + "|".join(branches) + ")"


class StartScan:
    """`(?<![C])BODY` found by a scan that skips from one possible start to the next in C.

    A regex that begins with a lookbehind gives the engine nothing to skip ahead with: it runs its
    matcher at every position. Written as `[^A](?<![C])BODY` (A the ASCII part of the class C, with \\w
    read as its ASCII letters, digits and underscore), it begins with a character set, and the engine
    skips over the letters and digits that cannot stand before a match without starting the matcher.
    That form consumes the character before the match, so each hit is matched again with the plain
    pattern one character on, and the scan for the next match starts at the last character of the one
    before (which may stand before it): the matches are those of `pattern.finditer`, with the same
    groups and spans. BODY must not match the empty string.
    """

    def __init__(self, body: str, not_after: str, flags: int = 0) -> None:
        self.pattern = re.compile(rf"(?<![{not_after}])(?:{body})", flags)
        ascii_part = not_after.replace(r"\w", "a-zA-Z0-9_")
        after = f"[^{ascii_part}]" if ascii_part == not_after else f"[^{ascii_part}](?<!\\w)"  # \w: also non-ASCII
        if flags & re.IGNORECASE:  # a case-sensitive set, so that the engine can skip with it
            after = f"(?-i:{after})"
        self._after = re.compile(f"{after}(?:{body})", flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What `self.pattern.finditer(text)` yields."""
        pattern, after = self.pattern, self._after
        m = pattern.match(text)
        if m is None:
            hit = after.search(text)
            if hit is None:
                return
            m = pattern.match(text, hit.start() + 1)
        while m is not None:  # the scan's hit is the pattern's match one character on: never None
            yield m
            end = m.end()
            if end == m.start():
                raise ValueError(f"empty match: {self.pattern.pattern[:60]!r}")
            # the next match starts at `end` at the earliest: the character before it is at end - 1
            hit = after.search(text, end - 1)
            if hit is None:
                return
            m = pattern.match(text, hit.start() + 1)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The spans of `self.finditer(text)`, read from the scan's own matches without matching each again
        (the character it consumes before a match passes the pattern's lookbehind: the rest is the same
        regex from the same position)."""
        after = self._after
        m = self.pattern.match(text)
        if m is not None:
            start, end = m.span()
        else:
            hit = after.search(text)
            if hit is None:
                return
            start, end = hit.start() + 1, hit.end()
        while True:
            if end == start:
                raise ValueError(f"empty match: {self.pattern.pattern[:60]!r}")
            yield start, end
            hit = after.search(text, end - 1)
            if hit is None:
                return
            start, end = hit.start() + 1, hit.end()

    def search(self, text: str) -> re.Match[str] | None:
        """What `self.pattern.search(text)` gives."""
        m = self.pattern.match(text)
        if m is not None:
            return m
        hit = self._after.search(text)
        return None if hit is None else self.pattern.match(text, hit.start() + 1)


def word_start_scan(twin: re.Pattern[str]) -> StartScan:
    """A `StartScan` for a pattern that opens with \\b before a word character in each of its branches.

    There \\b means that no word character stands before: `(?<!\\w)`. Whether every branch begins with a
    word character is the caller's to know (the tests compare the scan with the pattern).
    """
    if not twin.pattern.startswith(r"\b"):
        raise ValueError(f"does not open with \\b: {twin.pattern[:60]!r}")
    return StartScan(twin.pattern[2:], r"\w", twin.flags & ~re.UNICODE)
