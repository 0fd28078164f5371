"""Stop 37's speed round A finds exactly what the code it replaced finds.

- `attribution._dash_open_after_sentence` and `_next_dash_close` match only at the dashes of a line: the patterns'
  searches, from every start; `_dash_quote_from` is the `finditer` loop it replaces;
- `attribution._by_next`, `_may_hold_age_aside` and `_manner_before_cue` read by characters what `startswith` and
  `endswith` with bounds read: the plain forms' answers;
- the date search of `_strip_when_and_manner` searches from five runs of non-whitespace before the end: the
  pattern's search of the whole text;
- `pipeline._translation_end`, `_owned_body` and `_passive_quoted` search only where a match can be: the patterns'
  searches.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import attribution, pipeline

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# dashes, stops, quotes, capitals, hyphenated words and whitespace of several kinds
_DASH_PIECES = ["-", "–", "—", "--", " ", "  ", "\t", "\xa0", "\u2003", ".", "!", "?", '"', "”", "“", "A", "The",
                "we", "pro-Russian", "said", "says", "he", "told", "answered", "x", "é", "K", ",", "'"]  # fmt: skip
dash_lines = st.lists(st.sampled_from(_DASH_PIECES), max_size=24).map("".join)


@QUICK
@given(dash_lines, st.integers(0, 60))
@example("said.- The end. - We hold - said the mayor", 0)
@example('x."- The', 0)
@example("a. - B", 3)
@example("a. - B", 2)
@example("a.\t-\xa0B pro-Russian. — A", 5)
@example("-- A", 0)
def test_dash_opening_after_a_sentence_is_the_search(line: str, pos: int) -> None:
    """The dash opening after a sentence, matched at the line's dashes only, is the pattern's search."""
    got = attribution._dash_open_after_sentence(line, pos)
    want = attribution._DASH_OPEN_AFTER_SENTENCE.search(line, pos)
    assert (got and got.span()) == (want and want.span())


@QUICK
@given(dash_lines, st.integers(0, 60))
@example("- We hold - said the mayor - and more", 0)
@example("a pro-Russian - said\t–\tx", 0)
@example(" - ", 0)
@example("x - y", 1)
@example("x - y", 2)
def test_next_dash_close_is_the_search(line: str, pos: int) -> None:
    """The next dash close, matched at the line's dashes only, is the pattern's search (its span and its tail)."""
    got = attribution._next_dash_close(line, pos)
    want = attribution._DASH_CLOSE.search(line, pos)
    assert (got and (got.span(), got.group("tail"))) == (want and (want.span(), want.group("tail")))


def _plain_dash_quote_from(line: str, opening: re.Match[str]) -> tuple[int, int] | None:
    for close in attribution._DASH_CLOSE.finditer(line, opening.end()):
        words = attribution._WORDS_RE.findall(close.group("tail"))[:7]
        if any(w.lower() in attribution._SPEECH_SET or w.lower() in attribution.REPLY_VERBS for w in words):
            return opening.start(), close.start()
    return None


@QUICK
@given(dash_lines)
@example("- We have no confirmation. There are 150 soldiers - said the president.")
@example("- We hold - the town - and they - answered the mayor")
@example("- A - B -\tSaid X")
def test_dash_quote_from_is_the_finditer_loop(line: str) -> None:
    """`_dash_quote_from` walks the closes as `finditer` found them."""
    opening = attribution._DASH_OPEN.match(line)
    if opening is not None:
        assert attribution._dash_quote_from(line, opening) == _plain_dash_quote_from(line, opening)
    for m in attribution._DASH_OPEN_AFTER_SENTENCE.finditer(line):
        assert attribution._dash_quote_from(line, m) == _plain_dash_quote_from(line, m)


_TEXT_PIECES = [" ", "  ", "\t", "\n", "\xa0", "\u2003", "\x1c", ",", ", ", ".", "by", "By", "b", "y", "aged", "age",
                "Aged", "12", "1", "0", "9,", "ly", "LY", "quickly", "angrily", "fly", "ily", "’", "'", "x", "é", "ſ",
                "K", "it", "It", "was", "WAS", "is", "it's", "it is", "being", "been", "be", "on", "On", "March",
                "3", "3rd", "2023", "May.", "sources", "Sources", "source", "in", "within", "familiar", "with",
                "close", "to", "privy", "briefed", "knowledge", "of", "involved", "officials", "the", "matter", ";",
                ":", '"', "“", "”", "(", ")", "Ukraine's", "intelligence"]  # fmt: skip
texts = st.lists(st.sampled_from(_TEXT_PIECES), max_size=20).map("".join)


def _plain_by_next(text: str, pos: int) -> bool:
    i = pos
    while i < len(text) and text[i].isspace():
        i += 1
    return i > pos and text.startswith("by", i)


@QUICK
@given(texts, st.integers(0, 40))
@example(" by", 0)
@example(" b", 0)
@example("\tby X", 0)
@example("by", 0)
def test_by_next_is_startswith(text: str, pos: int) -> None:
    """ "by" after whitespace, read by its characters, is what `startswith` read."""
    assert attribution._by_next(text, pos) == _plain_by_next(text, pos)


def _plain_may_hold_age_aside(text: str) -> bool:
    size = len(text)
    comma = text.find(",")
    while comma >= 0:
        i = comma + 1
        while i < size and text[i].isspace():
            i += 1
        if i > comma + 1 and text.startswith("aged", i):
            j = i + 4
            while j < size and text[j].isspace():
                j += 1
            if j > i + 4:
                i = j
        if i > comma + 1 and i < size and "1" <= text[i] <= "9":
            return True
        comma = text.find(",", comma + 1)
    return False


@QUICK
@given(texts)
@example("Sybiha, 49, said")
@example("a man, aged 12, said")
@example("a man, aged")
@example("a man, age 12")
@example("x, ")
def test_age_aside_gate_is_the_plain_loop(text: str) -> None:
    """The age aside's gate, "aged" tested after its first letter, answers as the loop with `startswith` did."""
    assert attribution._may_hold_age_aside(text) == _plain_may_hold_age_aside(text)


@QUICK
@given(texts)
@example("pundits outrageously ")
@example("ly")
@example(" ly ")
@example("the family ")
@example("x angrily\t\n")
@example("’ quickly ")
def test_manner_before_cue_is_the_pattern(text: str) -> None:
    """The manner adverb read by characters is what `_MANNER_BEFORE_CUE` finds."""
    m = attribution._MANNER_BEFORE_CUE.search(text)
    assert attribution._manner_before_cue(text) == (None if m is None else (m.start(), m.group("adverb")))


@QUICK
@given(texts)
@example("the SBU on August 26, 2022 ")
@example("X on 3 March, 2023 ")
@example("X  on\tMay. 3rd \n")
@example("on May 3")
def test_date_before_cue_search_is_bounded_exactly(text: str) -> None:
    """The date before a cue, searched for from the fifth run of non-whitespace from the end, is the search of the
    whole text."""
    start = attribution.chunks_back(text, len(text), attribution._DATE_CHUNKS)
    got = attribution._DATE_BEFORE_CUE.search(text, start)
    want = attribution._DATE_BEFORE_CUE.search(text)
    assert (got and got.span()) == (want and want.span())


_PHRASE_PIECES = [" ", "\t", "\n", "\xa0", "his", "His", "her", "Her", "own", "office", "press", "service", "services",
                  "intelligence", "sources", "ministry", "agency", "administration", "department", "translation",
                  "transcript", "the", "a", "x", "é", "K", "was", "were", "has", "been", "had", "quoted", "cited",
                  "by", "widely", "TASS", "said", ",", "."]  # fmt: skip
phrases = st.lists(st.sampled_from(_PHRASE_PIECES), max_size=14).map("".join)


@QUICK
@given(phrases)
@example("his own press service")
@example("her intelligence services\n")
@example("His office\n")
@example("a TASS translation")
@example("transcript\n")
@example("the minister was quoted by TASS as saying")
@example("X had been widely cited by Y ")
def test_attribute_gates_are_the_searches(phrase: str) -> None:
    """The gated searches of `_attribute` find what the patterns' searches of the whole phrase find."""
    for gated, pattern in (
        (pipeline._translation_end, pipeline._TRANSLATION_END),
        (pipeline._owned_body, pipeline._OWNED_BODY),
        (pipeline._passive_quoted, pipeline._PASSIVE_QUOTED),
    ):
        got, want = gated(phrase), pattern.search(phrase)
        assert (got and got.span()) == (want and want.span())
