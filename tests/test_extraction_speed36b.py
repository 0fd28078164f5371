"""Stop 36's speed round B finds exactly what the code it replaced finds.

- `count_refs.verb_right_before` reads the last word before a count and the coordinator before it by code: what the
  searches of `_LAST_WORDS` and `_COORDINATED_VERB` gave;
- `quantities._number_of_pattern` writes its counted nouns as a trie and looks ahead for its verbs' first letters:
  the matches of the plain pattern (the nouns' alternation, no lookahead);
- `quantities._put_at_counts` drops the relative branch of `_put_at_pattern` (`_put_at_without_relative`) where
  `_may_put_at` says "put(s) at" is not written: the same matches, and the gate holds wherever that branch matches;
- `quantities._is_not_a_count` asks `_word_before_ends_with` before the ratio and share patterns, which it holds
  wherever they match; `_holds_a_money_mark` is the `any` it replaces;
- `quantities._unit_after` asks `_may_open_a_measure` before `_CASES_OF` and `_ITEMS_OF`, which it holds wherever
  either matches.
"""

from __future__ import annotations

import re
from re import _constants, _parser  # type: ignore[attr-defined]

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import count_refs, quantities
from claimtrack.extraction.lexicons import counted_groups
from claimtrack.extraction.prefilter import lowered

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# separators and characters that test the edges: whitespace of several kinds, punctuation, non-ASCII letters and the
# four letters that match an ASCII letter without case (ſ, the Kelvin sign, İ, ı)
_MARKS = [" ", "  ", "\t", "\n", "\x1c", "\u2003", "\xa0", ",", ", ", ". ", ":", ";", "-", "'", "’", "“", "”", '"',
          "(", "é", "x", "2", "_", "ſ", "K", "\u0130", "\u0131", ""]  # fmt: skip


def _plain_verb_right_before(before: str) -> str | None:
    """`verb_right_before` as the two searches wrote it."""
    tail = before[-40:]
    m = count_refs._LAST_WORDS.search(tail)
    if m is None or count_refs._COORDINATED_VERB.search(tail, 0, m.start("verb")):
        return None
    return m.group("verb")


_VERB_PIECES = ["killed", "shot", "down", "Down", "DOWN", "shot-down", "letdown", "and", "AND", "And", "or", "OR",
                "nor", "Nor", "x", "destroyed", "troops", "5", "a", "A-", "-", "recaptured", "said"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_VERB_PIECES), st.sampled_from(_MARKS)), max_size=12).map("".join))
@example("troops killed, injured or captured ")
@example("it has recaptured ")
@example("The governor said ")
@example("air defences shot  down ")
@example("down down down ")
@example("5shot down ")
@example("killed and\n")
@example("x nor\u2003killed ")
@example("torpedo ")
@example("")
def test_verb_right_before_reads_what_the_patterns_read(before: str) -> None:
    assert count_refs.verb_right_before(before) == _plain_verb_right_before(before), before


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_VERB_PIECES), st.sampled_from(_MARKS)), max_size=40).map(" ".join))
def test_verb_right_before_reads_a_long_text_as_the_patterns_do(before: str) -> None:
    assert count_refs.verb_right_before(before) == _plain_verb_right_before(before), before


def _plain_number_of_pattern() -> re.Pattern[str]:
    """`_number_of_pattern` with the nouns' plain alternation and no lookahead of its verbs' first letters."""
    key = len(counted_groups())
    source = quantities._number_of_pattern(key).pattern
    lookahead = f"(?=[{quantities._NUMBER_OF_VERB_LETTERS}])"
    assert source.count(lookahead) == 1
    assert source.count(quantities._counted_noun_trie(key)) == 1
    return re.compile(
        source.replace(lookahead, "").replace(quantities._counted_noun_trie(key), quantities._counted_nouns(key)),
        re.IGNORECASE,
    )


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


_NUMBER_OF_PIECES = ["the number of", "The Number Of", "number  of", "NUMBER OF", "Russian", "soldiers", "troops",
                     "civilians", "refugees", "air defence systems", "tanks", "people", "killed", "in the region",
                     "reaches", "reached", "is", "was", "stands at", "stood at", "totals", "totalled", "rose to",
                     "has reached", "constitutes", "amounted to", "came to", "has risen to", "had climbed to",
                     "increased to", "jumped to", "has passed", "exceeded", "tops", "surpasses", "could soon exceed",
                     "will top", "could reach", "may reach", "to reach", "might be", "would be", "at", "Is", "WAS",
                     "Grown to", "ıs", "\u0130s", "haſ reached", "about", "more than", "at least", "140,000", "300",
                     "1.2 million", "five", "twenty-one", "a dozen", "3.5", "."]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_NUMBER_OF_PIECES), st.sampled_from(_MARKS)), max_size=14).map(" ".join))
@example("the number of Russian soldiers at the border reaches 140,000")
@example("The number of refugees has risen to about 3 million.")
@example("the number of civilians killed could soon exceed 10,000")
@example("the number of troops \u0130s 300")
@example("the number of troops ıs 300")
@example("the number of tanks Grown to 40")
def test_number_of_pattern_matches_as_the_plain_pattern(text: str) -> None:
    key = len(counted_groups())
    assert _matches(quantities._number_of_pattern(key), text) == _matches(_plain_number_of_pattern(), text), text


def _first_characters(items: list) -> tuple[set[str], bool]:
    """The characters a match of parsed regex items may begin with, and whether the match may be empty."""
    found: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            return found | {chr(av)}, False
        if op is _constants.SUBPATTERN:
            first, empty = _first_characters(list(av[-1]))
        elif op is _constants.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                branch_first, branch_empty = _first_characters(list(branch))
                first, empty = first | branch_first, empty or branch_empty
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            first, empty = _first_characters(list(av[2]))
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"unexpected regex item {op}")
        found |= first
        if not empty:
            return found, False
    return found, True


def test_number_of_verbs_open_with_the_letters_looked_ahead() -> None:
    """Every verb of the pattern's alternation opens with one of `_NUMBER_OF_VERB_LETTERS` (read from its parsed
    source: the group that opens after the lookahead)."""
    source = quantities._number_of_pattern(len(counted_groups())).pattern
    start = source.index("(?:reaches|")
    depth, end = 0, start
    while True:
        depth += {"(": 1, ")": -1}.get(source[end], 0) if source[end - 1] != "\\" else 0
        end += 1
        if depth == 0:
            break
    first, empty = _first_characters(list(_parser.parse(source[start:end])))
    assert not empty
    letters = re.compile(f"[{quantities._NUMBER_OF_VERB_LETTERS}]")
    assert first and all(letters.match(ch) for ch in first), sorted(first)


_PUT_PIECES = ["put", "puts", "Put", "PUTS", "putting", "estimated", "estimates", "at", "AT", "At", "losses", "deaths",
               "Russian", "that", "which", "who", "the ministry", "the army", "he", "about", "300", "15,000", "five",
               "deputy", "input", "residents", "“personnel losses”", "soldiers", "output"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_PUT_PIECES), st.sampled_from(_MARKS)), max_size=14).map(" ".join))
@example("losses that the ministry put at about 300")
@example("residents, who he puts at 15,000")
@example("residents, who he puts\u2003at\n15,000")
@example("the army put Russian losses at 300")
@example("losses that the ministry put at")
def test_put_at_without_its_relative_branch_where_put_at_is_not_written(text: str) -> None:
    key = len(counted_groups())
    full = _matches(quantities._put_at_pattern(key), text)
    low = lowered(text)
    if low is None:
        return  # `_put_at_counts` takes the full pattern
    if any(m.group("unit2") is not None for m in quantities._put_at_pattern(key).finditer(text)):
        assert quantities._may_put_at(low), text
    if not quantities._may_put_at(low):
        assert _matches(quantities._put_at_without_relative(key), text) == full, text


_BEFORE_PIECES = ["one", "1", "in", "In", "IN", "half of the", "less than half of the", "more than a third of those",
                  "about two-thirds of all", "nearly", "of the", "the", "those", "all", "ALL", "THE", "x", "aged",
                  "ages of", "$", "US", "USD", "€", "Rs", "EUR", "Feb.", "No"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_BEFORE_PIECES), st.sampled_from(_MARKS)), max_size=12).map("".join))
@example("one in ")
@example("1 in\n")
@example("17 came, less than half of the ")
@example(", about half of those\u2003")
@example(", only half of ALL  ")
def test_word_before_gate_holds_where_the_ratio_and_share_patterns_match(before: str) -> None:
    start = len(before)
    text = before + "5,000 people"
    if quantities._RATIO_BEFORE.search(text, max(0, start - 12), start):
        assert quantities._word_before_ends_with(text, start, "nN"), before
    if quantities._SHARE_OF_REFERENCE_BEFORE.search(text, max(0, start - 48), start):
        assert quantities._word_before_ends_with(text, start, "eElL"), before
    assert quantities._holds_a_money_mark(before) == any(mark in before for mark in quantities._MONEY_MARKS)


_MEASURE_PIECES = ["cases", "CASES", "incidents", "instances", "Instances", "items", "sets", "pairs", "pieces", "suits",
                   "kits", "KITS", "ſets", "\u0130tems", "ıtems", "Kits", "of", "OF", "civilians", "headgear",
                   "soldiers"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_MEASURE_PIECES), st.sampled_from(_MARKS)), max_size=8).map("".join))
@example(" cases of civilians")
@example("\u2003\u0130tems of headgear")
@example(" ſets of uniforms")
@example(" Kits of")
def test_measure_gate_holds_where_cases_or_items_match(after: str) -> None:
    text = "300" + after
    if quantities._CASES_OF.match(text, 3) or quantities._ITEMS_OF.match(text, 3):
        assert quantities._may_open_a_measure(text, 3), after
