"""Where the gazetteer's names stand in a sentence: the spans of the alias pattern (every name and alias as a whole
word, longest first), tried only at the words that can begin an alias, and read without the regex where the text
vouches for the match (a one-word alias before a plain stop; a run of letters that no alias goes on from).
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any, Final

from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import alternation, longest_first
from claimtrack.extraction.prefilter import (
    StartScan,
    ascii_words,
    is_space_at,
    is_word_char_at,
    letter_runs,
    lowered,
    trie_alternation,
    vocabulary_hits,
    whole_run_at,
)


@lru_cache(maxsize=4)
def _aliases(key: int) -> tuple[str, ...]:
    """Every alias of the gazetteer, in the order the alias pattern tries them (longest first)."""
    gaz = load_gazetteer()
    return tuple(longest_first([a for p in gaz.places.values() for a in (p.name, *p.aliases)]))


def _alias_pattern(aliases: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    body = alternation(list(aliases)).replace("'", "['’]")  # "Ukraine's" and "Ukraine’s" alike
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])(?:['’]s)?", re.IGNORECASE)


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern[str]:
    return _alias_pattern(_aliases(key))


@lru_cache(maxsize=4096)
def _pattern_at(word: str, key: int) -> re.Pattern[str]:
    """The alias pattern cut down to the aliases that can match where the (lowercased) word `word` begins.

    An alias matching there either ends inside the word or runs past its end, so one of the two is a
    prefix of the other. Dropping aliases that cannot match leaves the first one that does (and so the
    match) unchanged. Non-ASCII words and aliases, where case folding is less simple, keep the whole set.
    """
    if not word.isascii():
        return _pattern(key)
    kept = [a for a in _aliases(key) if not a.isascii() or a.lower().startswith(word) or word.startswith(a.lower())]
    return _alias_pattern(kept) if kept else _pattern(key)


@lru_cache(maxsize=4)
def _first_words(key: int) -> frozenset[str]:
    gaz = load_gazetteer()
    return frozenset(re.split(r"[\s-]+", a.lower().replace("’", "'"))[0]
                     for p in gaz.places.values() for a in (p.name, *p.aliases))  # fmt: skip


_WORD_RE: Final = re.compile(r"(?<![\w-])[\w.'’]+")


_WORD_CHARS: Final = re.compile(r"[\w.'’]+")
# where `_WORD_RE` can start a word in the middle of a run of word characters ("-'Kyiv" -> "Kyiv")
_HYPHENATED_RUN: Final = re.compile(r"-\w*[.'’][\w.'’]")


@lru_cache(maxsize=4)
def _first_word_pattern(key: int) -> re.Pattern[str]:
    """A whole word (run of word characters, not after a hyphen) that `_candidates_by_word` would try.

    That is a first word of an alias, or one followed by full stops ("Kyiv." ending a sentence) or by a
    possessive ("Moldova's"); it is matched in the lowercased sentence, as a trie, so the sentence is scanned once in C.
    """
    return re.compile(rf"(?<![\w.'’-]){_first_word_body(key)}(?![\w.'’])")


@lru_cache(maxsize=4)
def _first_word_body(key: int) -> str:
    """`_first_word_pattern` without the tests of the characters before and after it."""
    first = [w for w in _first_words(key) if _WORD_CHARS.fullmatch(w)]
    plain = trie_alternation([w for w in first if not w.endswith(".")])
    dotted = trie_alternation([w for w in first if w.endswith(".")]) if any(w.endswith(".") for w in first) else None
    words = rf"{plain}\.*" if dotted is None else rf"(?:{plain}\.*|{dotted})"
    words = words.replace("'", "['’]")  # the first words are kept with straight apostrophes ("people's")
    return rf"{words}(?:['’]s)?"  # "Moldova's" as well as "Moldova"


# letters that re.IGNORECASE matches to an ASCII letter: İ ı ſ and the Kelvin sign
_FOLDS_TO_ASCII: Final = frozenset("\u0130\u0131\u017f\u212a")


@lru_cache(maxsize=4)
def _alias_scan(key: int) -> tuple[StartScan, re.Pattern[str] | None] | None:
    """(scan, guard) for `_candidates`: the first-word scan and the ASCII aliases in one regex, or None.

    The scan runs over the lowercased sentence: at a position where `_first_word_pattern` matches (its match is
    the group "fw"), a lowercase trie of the ASCII aliases, then the alias pattern's ending. Where no alias with
    a non-ASCII letter can match (the guard, those letters under IGNORECASE, finds none of them in the sentence),
    its matches are where the alias pattern matches at the first-word hits, as in the loop of `_candidates`: the
    lowercase twin of the ASCII aliases (see `prefilter.lowercase_twin`), longest first either way (a trie tries
    the longer of two words one of which begins the other first; two aliases that match at one position are
    such a pair). None when aliases hold what would break that: a curly apostrophe (the pattern lets a straight
    one match both), other whitespace than single spaces, or a letter that folds onto an ASCII one.
    """
    aliases = _aliases(key)
    others = [a for a in aliases if not a.isascii()]
    if any(c in _FOLDS_TO_ASCII for a in others for c in a) or any(
        "’" in a or a != a.strip() or "  " in a or any(c.isspace() and c != " " for c in a) for a in aliases
    ):
        return None
    trie = trie_alternation({a.lower() for a in aliases if a.isascii()}, space=r"\s+").replace("'", "['’]")
    first = _first_word_body(key)
    scan = StartScan(rf"(?=(?P<fw>{first})(?![\w.'’])){trie}(?![\w-])(?:['’]s)?", r"\w.'’-")
    letters = sorted({c for a in others for c in a if not c.isascii()})
    # a non-ASCII character first (a case-sensitive class: the engine skips the ASCII characters, most of a
    # sentence with curly quotes), then the letters under IGNORECASE behind it: none of them matches an ASCII one
    alternatives = "|".join(map(re.escape, letters))
    guard = re.compile(rf"[^\x00-\x7f](?<=(?i:{alternatives}))") if letters else None
    return scan, guard


# the regex engine's own case folding: `_sre.unicode_tolower` (the simple lowercase mapping) and the characters it
# folds together beyond that (`re._casefix._EXTRA_CASES`, "ſ" with "s"), as `re.IGNORECASE` compiles a letter
_ENGINE: Final[Any] = importlib.import_module("_sre")
_ENGINE_EXTRA_CASES: Final[Any] = importlib.import_module("re._casefix")._EXTRA_CASES


@lru_cache(maxsize=4)
def _alias_scan_gated(key: int) -> tuple[StartScan, re.Pattern[str] | None, tuple[str, ...]] | None:
    """`_alias_scan` and the characters of its guard's letters as the lowercased sentence (`lowered`) writes them:
    where the guard finds a letter in a sentence, `lowered` holds one of them. The guard's lookbehind is a set of
    the letters under IGNORECASE: it matches a character whose engine lowercase (`_sre.unicode_tolower`) is one
    of the letters' (or one the engine folds with it, `_EXTRA_CASES`), or the letter itself where it has no case;
    `str.lower` gives each character that lowercase (its full mapping differs for U+0130 alone, and a text holding
    it is not lowered). One cached call where `_candidates` made one of `_alias_scan`."""
    found = _alias_scan(key)
    if found is None:
        return None
    scan, guard = found
    letters = sorted({c for a in _aliases(key) if not a.isascii() for c in a if not c.isascii()})
    lowered_letters: set[str] = set()
    for letter in letters:
        low = _ENGINE.unicode_tolower(ord(letter))
        lowered_letters.add(chr(low))
        lowered_letters.update(chr(code) for code in _ENGINE_EXTRA_CASES.get(low, ()))
        if not _ENGINE.unicode_iscased(ord(letter)):
            lowered_letters.add(letter)
    return scan, guard, tuple(sorted(lowered_letters))


def _holds_any(low: str, characters: tuple[str, ...]) -> bool:
    """Whether `low` holds one of `characters`: one substring search each (memchr), far cheaper than the guard's
    scan, which tests every character of the sentence against a set."""
    for character in characters:
        if character in low:
            return True
    return False


_LEADING_LETTERS: Final = re.compile("[a-z]+")


@lru_cache(maxsize=4)
def _alias_first_runs(key: int) -> frozenset[bytes] | None:
    """The leading run of a-z of every ASCII alias in lowercase ("al" of "al-qaim", "kyiv" of "kyiv oblast"), or
    None when an alias begins with another character. Where `_alias_scan` matches, the lowercased sentence has
    a whole run of letters there (no word character stands before a match) that is one of these: the scan's
    matches are its pattern's matches at those runs."""
    runs = set()
    for alias in _aliases(key):
        if alias.isascii():
            m = _LEADING_LETTERS.match(alias.lower())
            if m is None:
                return None
            runs.add(m.group(0))
    return ascii_words(runs)


@lru_cache(maxsize=4)
def _second_word_openings(key: int) -> dict[str, frozenset[str]]:
    """For a leading run of letters (`_alias_first_runs`) that begins ASCII aliases only as their first word, what
    can follow it in a match: after a space, a second word that opens with two or more letters a-z ("the" of "the
    hague", "new" of "new york"): the first two letters of those second words ({"the": {"ha", ...}}); or the two
    characters that follow it glued, neither of them whitespace ("-o" of "russian-occupied", "'s" and "’s" of
    "people's republic of china": the pattern matches either apostrophe). A run that is a whole alias, or is
    followed in one by a character and then whitespace ("st" of "st. petersburg") or by a second word of one
    letter, has no entry."""
    openings: dict[str, set[str]] = {}
    unguarded: set[str] = set()
    for alias in _aliases(key):
        low = alias.lower()
        first = _LEADING_LETTERS.match(low) if alias.isascii() else None
        if first is None:
            continue
        rest = low[first.end() :]
        second = _LEADING_LETTERS.match(rest, 1) if rest.startswith(" ") else None
        if second is not None and len(second.group(0)) >= 2:
            openings.setdefault(first.group(0), set()).add(second.group(0)[:2])
        elif len(rest) >= 2 and not rest[0].isspace() and not rest[1].isspace():
            glued = {rest[:2]}
            for i in (0, 1):
                glued |= {g[:i] + "’" + g[i + 1 :] for g in glued if g[i] == "'"}
            openings.setdefault(first.group(0), set()).update(glued)
        else:
            unguarded.add(first.group(0))
    return {run: frozenset(found) for run, found in openings.items() if run not in unguarded}


@lru_cache(maxsize=4)
def _alias_runs(key: int) -> tuple[frozenset[bytes], dict[str, frozenset[str]]] | None:
    """(`_alias_first_runs`, `_second_word_openings`) in one cached call, or None where the first is None."""
    first_runs = _alias_first_runs(key)
    return None if first_runs is None else (first_runs, _second_word_openings(key))


def _second_word_may_follow(low: str, runs: bytes, end: int, openings: frozenset[str]) -> bool:
    """Whether an alias whose first word ends at `end` and whose second word opens with one of `openings` (two
    letters), or which goes on with one of them glued (two characters, no letter a-z first), can go on there;
    `runs` is `letter_runs(low)`, a space where `low` has no letter a-z. Safe as a guard before the alias pattern:
    in it a space of an alias is `\\s+`, the apostrophe either one, the rest literal, so a match has the glued
    characters at `end`, or whitespace and, after a single space, one of `openings`; more or other whitespace is
    left to the pattern (a character that is whitespace is no letter a-z: `isspace` is asked only where `runs` has
    a space)."""
    size = len(low)
    if end >= size:
        return False
    if low[end] != " ":
        return low[end : end + 2] in openings or (runs[end] == 32 and low[end].isspace())
    if low[end + 1 : end + 3] in openings:
        return True
    return end + 1 < size and runs[end + 1] == 32 and low[end + 1].isspace()


# the characters after a one-word alias ("kyiv") that `_one_word_alias_end` reads itself, where no longer alias goes on
# with them: end of a clause or a quote, a full stop, a possessive
_AFTER_ONE_WORD: Final = " ,;:)?!\"”.'’"
# the characters before it that `_one_word_alias_end` reads: none of them is one the scan may not start after
_BEFORE_ONE_WORD: Final = ' ("“'


@lru_cache(maxsize=4)
def _one_word_stops(key: int) -> dict[str, str]:
    """For each ASCII alias that is one run of a-z ("kyiv", "ukraine"), the characters of `_AFTER_ONE_WORD` that no
    longer alias and no longer first word goes on with after it ("kyiv oblast" and "kyiv-based" take " " and "-",
    "ukraine's east" takes the apostrophes): after such a character the alias scan's match there is the alias
    alone (and its possessive), which `_one_word_alias_end` finds without the regex."""
    aliases = {a.lower() for a in _aliases(key) if a.isascii()}
    firsts = {w.replace("’", "'") for w in _first_words(key)}
    longer = aliases | firsts
    stops: dict[str, str] = {}
    for word in aliases:
        if not (word.isalpha() and word.isascii() and word in firsts):
            continue
        follow = {a[len(word)] for a in longer if len(a) > len(word) and a.startswith(word)}
        if any(c.isspace() for c in follow):
            follow.add(" ")
        if "'" in follow or "’" in follow:
            follow |= {"'", "’"}
        stops[word] = "".join(c for c in _AFTER_ONE_WORD if c not in follow)
    return stops


def _one_word_alias_end(low: str, start: int, end: int, stops: str) -> int:
    """Where the alias scan's match at `start` ends, for a one-word alias at `start:end` (a whole run of a-z of the
    lowercased sentence) that is followed by one of `stops` (`_one_word_stops`), or -1 when that is left to the
    regex: the scan may start there (after a space, an opening bracket or quote), and its first-word lookahead and
    alias trie take the alias alone, a full stop after it ending the text or followed by a space, or its possessive
    followed by the end, a space or a comma."""
    size = len(low)
    if start > 0 and low[start - 1] not in _BEFORE_ONE_WORD:
        return -1
    if end == size:
        return end
    c = low[end]
    if c not in stops:
        return -1
    if c == ".":
        return end if end + 1 == size or low[end + 1] == " " else -1
    if c == "'" or c == "’":
        if end + 1 < size and low[end + 1] == "s" and (end + 2 == size or low[end + 2] in " ,"):
            return end + 2
        return -1
    return end


# what `_alias_spans` reads of a leading run of letters: its `_one_word_stops` and its `_second_word_openings`
_RunReading = tuple[str | None, frozenset[str] | None]


@lru_cache(maxsize=4)
def _alias_run_readings(key: int) -> tuple[frozenset[bytes], dict[str, _RunReading]] | None:
    """`_alias_runs` and, for each leading run that has either, (`_one_word_stops`, `_second_word_openings`) in one
    table (None where it has one and not the other): one lookup of a run instead of one in each."""
    runs = _alias_runs(key)
    if runs is None:
        return None
    first_runs, second_openings = runs
    one_word = _one_word_stops(key)
    readings: dict[str, _RunReading] = {}
    for word in set(one_word) | set(second_openings):
        readings[word] = (one_word.get(word), second_openings.get(word))
    return first_runs, readings


# what `_alias_spans` reads of a leading run of letters: its `_RunReading`, the second runs after a space
# (`_second_runs`) and whether it is an alias itself
_RunTable = tuple[str | None, frozenset[str] | None, frozenset[bytes] | None, bool]


@lru_cache(maxsize=4)
def _second_runs(key: int) -> dict[str, tuple[frozenset[bytes] | None, bool]]:
    """For each leading run of letters of the ASCII aliases in lowercase, (the leading runs of a-z of their second
    words, where a single space follows the run in the alias: "oblast" of "kyiv oblast"; None when one of them has
    no letter a-z after its space; whether the run is an alias itself)."""
    seconds: dict[str, set[bytes]] = {}
    unguarded: set[str] = set()
    whole: set[str] = set()
    for alias in _aliases(key):
        low = alias.lower()
        first = _LEADING_LETTERS.match(low) if alias.isascii() else None
        if first is None:
            continue
        run, rest = first.group(0), low[first.end() :]
        seconds.setdefault(run, set())
        if not rest:
            whole.add(run)
        elif rest[0] == " ":
            second = _LEADING_LETTERS.match(rest, 1)
            if second is None:
                unguarded.add(run)
            else:
                seconds[run].add(second.group(0).encode("ascii"))
    return {run: (None if run in unguarded else frozenset(found), run in whole) for run, found in seconds.items()}


@lru_cache(maxsize=4)
def _alias_run_table(key: int) -> tuple[frozenset[bytes], dict[bytes, _RunTable]] | None:
    """`_alias_run_readings` and `_second_runs` in one dict by run: each leading run of `_alias_first_runs` -> (its
    `_one_word_stops`, its `_second_word_openings`, its second runs after a space, whether it is an alias). Looked
    up by the vocabulary hit itself (bytes whose hash is kept), not by a slice of the sentence."""
    tables = _alias_run_readings(key)
    if tables is None:
        return None
    first_runs, readings = tables
    seconds = _second_runs(key)
    table: dict[bytes, _RunTable] = {}
    for run in first_runs:
        word = run.decode("ascii")
        stops, openings = readings.get(word, (None, None))
        after_space, whole = seconds.get(word, (None, False))
        table[run] = (stops, openings, after_space, whole)
    return first_runs, table


# `_RunTable` and the run itself as a string (what `whole_run_at` looks for)
_RunEntry = tuple[str | None, frozenset[str] | None, frozenset[bytes] | None, bool, str]


@lru_cache(maxsize=4)
def _alias_run_entries(key: int) -> tuple[frozenset[bytes], dict[bytes, _RunEntry]] | None:
    """`_alias_run_table` with each run's text added to its reading: `_alias_spans` reads the string it looks for in
    the sentence from the table instead of decoding each vocabulary hit (~48,000 decodes a corpus pass)."""
    tables = _alias_run_table(key)
    if tables is None:
        return None
    first_runs, table = tables
    return first_runs, {run: (*reading, run.decode("ascii")) for run, reading in table.items()}


def _goes_on_after_space(low: str, letters: bytes, end: int, seconds: frozenset[bytes]) -> bool:
    """Whether an alias that goes on after its first run with a space and a second word (one of whose leading runs
    of a-z is among `seconds`) can go on at `end`, where `low` has a single space and a character after it: the
    run of letters after the space is one of `seconds` (in the alias pattern the second word is literal, followed
    by no letter), or the character after the space is whitespace (`\\s+`: left to the pattern)."""
    nxt = end + 1
    if letters[nxt] == 32:
        return is_space_at(low, nxt)
    size = len(letters)
    j = nxt + 1
    while j < size and letters[j] != 32:
        j += 1
    return letters[nxt:j] in seconds


def _alias_spans(scan: StartScan, low: str, key: int) -> list[tuple[int, int]]:
    """`list(scan.spans(low))`: its pattern matched at the runs of letters that begin an alias (the runs of
    `word_spans(low, first_runs)`, found here as it finds them: each of the text's vocabulary hits that is a leading
    run, looked for in `low` from the last one's end, as a whole run of `letter_runs`), the next match looked for
    after the last one, instead of the scan tried at every character that is no word character. A run that begins
    aliases of several words only is matched where one of their second words can follow; a one-word alias followed
    by a plain stop is read without the regex (`_one_word_alias_end`). A list, not a generator: every span is read,
    and a compiled generator costs a call and a state save per span."""
    tables = _alias_run_entries(key)
    if tables is None:
        return list(scan.spans(low))
    first_runs, table = tables
    spans: list[tuple[int, int]] = []
    letters = b""
    size = -1  # `letters` read at the first run found
    pos = 0
    end = 0
    for word in vocabulary_hits(low, first_runs):
        reading = table.get(word)
        if reading is None:
            continue
        if size < 0:
            letters = letter_runs(low)
            size = len(letters)
        stops, openings, seconds, whole, text = reading
        start = whole_run_at(low, letters, size, text, pos)
        run_end = start + len(word)
        pos = run_end
        if start < end:
            continue
        if stops is not None:
            found = _one_word_alias_end(low, start, run_end, stops)
            if found >= 0:
                end = found
                spans.append((start, end))
                continue
        if openings is not None and not _second_word_may_follow(low, letters, run_end, openings):
            continue
        if (
            seconds is not None
            and run_end + 1 < size
            and low[run_end] == " "
            and not _goes_on_after_space(low, letters, run_end, seconds)
        ):  # no alias of several words goes on here: the run alone, if an alias, after a plain character
            if not whole:
                continue
            if start == 0 or low[start - 1] in _BEFORE_ONE_WORD:
                end = run_end
                spans.append((start, end))
                continue
        m = scan.pattern.match(low, start)
        if m is not None:
            end = m.end()
            spans.append((start, end))
    return spans


def _candidates(sentence: str, key: int) -> list[tuple[int, int]]:
    """The spans of alias matches, tried only at words that can begin an alias (much faster than scanning the
    sentence): those of the alias pattern's matches there (`_pattern`)."""
    low = lowered(sentence)
    if low is None or ("-" in sentence and _holds_hyphenated_run(sentence)):
        return [m.span() for m in _candidates_by_word(sentence, key)]
    scan = _alias_scan_gated(key)
    # an ASCII sentence holds none of the guard's letters (none of them folds onto an ASCII one), nor does one whose
    # lowercase holds none of their lowercase forms (`_alias_scan_gated`)
    if scan is not None and (
        scan[1] is None or sentence.isascii() or not _holds_any(low, scan[2]) or scan[1].search(sentence) is None
    ):
        return _alias_spans(scan[0], low, key)  # spans in the lowercased sentence, which keeps every position
    spans: list[tuple[int, int]] = []
    pos = 0
    for w in _first_word_pattern(key).finditer(low):
        if w.start() < pos:
            continue
        m = _pattern_at(w.group(0), key).match(sentence, w.start())
        if m:
            pos = m.end()
            spans.append(m.span())
    return spans


def _holds_hyphenated_run(sentence: str) -> bool:
    r"""`_HYPHENATED_RUN.search(sentence) is not None` read by code from one hyphen to the next (`str.find`): after
    a hyphen, the run of `\w` (`is_word_char_at`, the engine's test), then one of `.'’` and a character of `\w.'’`. The
    run is read whole: a shorter one is followed by a word character, which is none of `.'’`."""
    size = len(sentence)
    hyphen = sentence.find("-")
    while hyphen >= 0:
        i = hyphen + 1
        while i < size and is_word_char_at(sentence, i):
            i += 1
        if (
            i + 1 < size
            and sentence[i] in _RUN_MARKS
            and (sentence[i + 1] in _RUN_MARKS or is_word_char_at(sentence, i + 1))
        ):
            return True
        hyphen = sentence.find("-", i)
    return False


_RUN_MARKS: Final = ".'’"  # the characters after which `_WORD_RE` may start a word inside a run of word characters


def _candidates_by_word(sentence: str, key: int):
    """`_candidates` by a loop over every word, for the sentences the scan in `_candidates` cannot vouch for."""
    first = _first_words(key)
    pos = 0
    for w in _WORD_RE.finditer(sentence):
        word = w.group(0).lower().replace("’", "'")
        if w.start() < pos or not {word, word.rstrip("."), word.removesuffix("'s")} & first:
            continue
        m = _pattern_at(word, key).match(sentence, w.start())
        if m:
            pos = m.end()
            yield m
