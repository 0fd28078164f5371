"""Stop 36's speed round B finds exactly what the code it replaced finds.

- `count_refs.verb_right_before` reads the last word before a count and the coordinator before it by code: what the
  searches of `_LAST_WORDS` and `_COORDINATED_VERB` gave;
- `noun_first_counts._number_of_pattern` writes its counted nouns as a trie and looks ahead for its verbs' first
  letters: the matches of the plain pattern (the nouns' alternation, no lookahead);
- `noun_first_counts._put_at_counts` drops the relative branch of `_put_at_pattern` (`_put_at_without_relative`) where
  `_may_put_at` says "put(s) at" is not written: the same matches, and the gate holds wherever that branch matches;
- `not_counts._is_not_a_count` asks `_word_before_ends_with` before the ratio and share patterns, which it holds
  wherever they match; `_holds_a_money_mark` is the `any` it replaces;
- `counted_nouns._unit_after` asks `_may_open_a_measure` before `_CASES_OF` and `_ITEMS_OF`, which it holds wherever
  either matches;
- `count_phrases._COUNT_MATCHER` (the count pattern's word lists as tries, no qualifier tried before a digit) matches as
  `_COUNT_RE` at every position;
- `quantities.may_have_elided_noun` scans for `_EXISTENTIAL_COUNT` with its lowercase twin from word starts;
- `lexicons.counted_groups` and `side_index` read the last key's object, the one their lru_caches hold;
- `subjects._status_in` looks for the words each branch of a status pattern needs (`_STATUS_NEEDLES`: "hospital",
  "need" rather than "in", "to"): they hold wherever a status twin matches, and `_status_in` answers as the plain loop;
- the vague, subject-noun and "this number" readings ask a word gate (`_VAGUE_GATE`, `_SUBJECT_NOUN_GATE`,
  `_THIS_NUMBER_GATE`), which holds wherever their patterns match;
- `counted_nouns._unit_from_verb` asks whether the word before the number ends with a counting verb's last letter
  (`_COUNT_VERB_LAST_LETTERS`), which holds wherever `_VERB_COUNT_RE` matches;
- `rival_figures._RIVAL_FIGURE` looks ahead for a number's opening before its qualified number: the plain matches;
- `borrowed_nouns._twice_as_many` scans the lowercase twin of `_TWICE_AS_MANY_WORDS` from word starts: the plain
  pattern's matches;
- `numbers.parse_digits`, `parse_words`, `parse_number` and `subjects.side_of` read compiled patterns instead of
  the functions of `re` with a pattern's string: the same results.
"""

from __future__ import annotations

import re
from re import _constants, _parser  # type: ignore[attr-defined]

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    borrowed_nouns,
    count_phrases,
    count_refs,
    counted_nouns,
    lexicons,
    not_counts,
    noun_first_counts,
    numbers,
    quantities,
    rival_figures,
    subjects,
)
from claimtrack.extraction.lexicons import counted_groups
from claimtrack.extraction.prefilter import finditer_lowered, holds_gate, lowered, may_hold, search_lowered

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
    source = noun_first_counts._number_of_pattern(key).pattern
    lookahead = f"(?=[{noun_first_counts._NUMBER_OF_VERB_LETTERS}])"
    assert source.count(lookahead) == 1
    assert source.count(count_phrases._counted_noun_trie(key)) == 1
    return re.compile(
        source.replace(lookahead, "").replace(count_phrases._counted_noun_trie(key), count_phrases._counted_nouns(key)),
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
    assert _matches(noun_first_counts._number_of_pattern(key), text) == _matches(_plain_number_of_pattern(), text), text


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
    source = noun_first_counts._number_of_pattern(len(counted_groups())).pattern
    start = source.index("(?:reaches|")
    depth, end = 0, start
    while True:
        depth += {"(": 1, ")": -1}.get(source[end], 0) if source[end - 1] != "\\" else 0
        end += 1
        if depth == 0:
            break
    first, empty = _first_characters(list(_parser.parse(source[start:end])))
    assert not empty
    letters = re.compile(f"[{noun_first_counts._NUMBER_OF_VERB_LETTERS}]")
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
    full = _matches(noun_first_counts._put_at_pattern(key), text)
    low = lowered(text)
    if low is None:
        return  # `_put_at_counts` takes the full pattern
    if any(m.group("unit2") is not None for m in noun_first_counts._put_at_pattern(key).finditer(text)):
        assert noun_first_counts._may_put_at(low), text
    if not noun_first_counts._may_put_at(low):
        assert _matches(noun_first_counts._put_at_without_relative(key), text) == full, text


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
    if not_counts._RATIO_BEFORE.search(text, max(0, start - 12), start):
        assert not_counts._word_before_ends_with(text, start, "nN"), before
    if not_counts._SHARE_OF_REFERENCE_BEFORE.search(text, max(0, start - 48), start):
        assert not_counts._word_before_ends_with(text, start, "eElL"), before
    assert not_counts._holds_a_money_mark(before) == any(mark in before for mark in not_counts._MONEY_MARKS)


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
    if counted_nouns._CASES_OF.match(text, 3) or counted_nouns._ITEMS_OF.match(text, 3):
        assert counted_nouns._may_open_a_measure(text, 3), after


_COUNT_PIECES = ["at least", "AT LEAST", "more than", "More Than", "about", "some", "up to", "over", "well over",
                 "in excess of", "an estimated", "approx.", "between", "3,000", "300", "1.5 million", "70", "80,000",
                 "2 400", "five", "Twenty-five", "twenty five", "a dozen", "half a million", "a third of a million",
                 "one and a half million", "a hundred", "a couple of", "seventeen", "seven", "to", "or", "-", "–",
                 "or more", "plus", "+", "or so", "-plus", "soldiers", "\u0130n excess of", "ſome", "Kelvin",
                 "\u212a", "ı"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_COUNT_PIECES), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("at least 3,000 soldiers")
@example("between 70 to 80,000")
@example("sevento eight")
@example("AT LEAST\u2003five-plus")
@example("ſome 300")
@example("in excess of\n1.5 million")
def test_count_matcher_matches_as_the_count_pattern_at_every_position(text: str) -> None:
    for pos in range(len(text) + 1):
        plain = count_phrases._COUNT_RE.match(text, pos)
        fast = count_phrases._COUNT_MATCHER.match(text, pos)
        assert (plain and (plain.span(), plain.groupdict())) == (fast and (fast.span(), fast.groupdict())), (text, pos)
    assert _matches(count_phrases._COUNT_MATCHER, text) == _matches(count_phrases._COUNT_RE, text), text


_EXISTENTIAL_PIECES = ["there are", "There Were", "THERE IS", "it is", "It was", "that is", "That Was", "now", "still",
                       "only", "just", "more than", "about", "1.4 million", "300", "five", "a dozen", "or", "to",
                       "eight", "in", "a day", "today", "–", "-", ".", ",", "?", "\u0130t is", "ıt is",
                       "there ıs"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_EXISTENTIAL_PIECES), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("Today there are more than 1.4 million.")
@example("Now it is around 80 thousand - she said.")
@example("there were 5 or 6 in the town")
@example("\u0130t is 300.")
def test_existential_scan_finds_what_the_existential_pattern_finds(text: str) -> None:
    plain = quantities._EXISTENTIAL_COUNT.search(text) is not None
    assert search_lowered(quantities._EXISTENTIAL_COUNT, quantities._EXISTENTIAL_SCAN, text) == plain, text


def test_lexicons_give_what_their_caches_give() -> None:
    """`counted_groups` and `side_index` give the object their `LexiconCache` holds for their variable's value."""
    key = lexicons._env_key("CLAIMTRACK_UNITS")
    assert lexicons.counted_groups() is lexicons._COUNTED_GROUPS.get(key)
    assert lexicons.counted_groups() is lexicons.counted_groups()
    side_key = lexicons._env_key("CLAIMTRACK_DEMONYMS")
    assert lexicons.side_index() is lexicons._SIDE_INDEX.get(side_key)
    assert lexicons.side_index() is lexicons.side_index()


_STATUS_PIECES = ["in hospital", "to hospital", "In  Hospital", "hospitalised", "hospitalized", "in need of",
                  "In Need Of", "needs aid", "needed humanitarian help", "need assistance", "wounded", "injuries",
                  "hurt", "received", "suffered minor burns", "sustained wounds", "killed or wounded", "capture of",
                  "pulled out alive", "sending", "amassed", "refugees", "set ablaze", "blew up", "x", "in", "to",
                  "\u0130n need of", "ın hospital"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_STATUS_PIECES), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("two were taken to hospital")
@example("people in need of aid")
def test_status_needles_hold_wherever_a_status_twin_matches(text: str) -> None:
    low = text.lower()
    for twin, needles in zip(subjects._STATUS_TWINS, subjects._STATUS_NEEDLES, strict=True):
        assert needles is not None
        if twin.search(low) is not None:
            assert may_hold(low, needles), (text, needles)
    expected = next(((kind, label) for pattern, kind, label in subjects._STATUS_RES if pattern.search(text)), None)
    assert subjects._status_in(text) == expected


_GATED_PIECES = ["tens of thousands", "Hundreds Of Thousands", "thousands", "hundreds", "dozens", "scores",
                 "several thousand", "a few dozen", "a number of", "A Number of", "thousandsof", "dozen", "dozenth",
                 "casualties", "Losses", "deaths", "dead", "fatalities", "wounded", "injured", "displaced", "deadly",
                 "were", "have risen to", "reached", "numbered", "approaching", "this", "that", "the", "number",
                 "figure", "Total", "tally", "totally", "rose", "stands at", "is now", "increased to", "300", "five",
                 "about", "of", "in the city", "soldiers", "-", "ſcores", "ın"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_GATED_PIECES), st.sampled_from(_MARKS)), max_size=12).map(" ".join))
@example("tens of thousands of people")
@example("Russian casualties were approaching 300,000")
@example("the dead may be closer to 4,000")
@example("but soon this number may increase to 500,000")
@example("this Total is now 40")
def test_word_gates_hold_where_their_patterns_match(text: str) -> None:
    low = lowered(text)
    if low is None:
        return  # the readings run their patterns without a gate
    if count_phrases._VAGUE_RE.search(text) is not None:
        assert holds_gate(low, count_phrases._VAGUE_GATE), text
    if noun_first_counts._SUBJECT_COUNT_RE.search(text) is not None:
        assert holds_gate(low, noun_first_counts._SUBJECT_NOUN_GATE), text
    if noun_first_counts._THIS_NUMBER_RE.search(text) is not None:
        assert holds_gate(low, noun_first_counts._THIS_NUMBER_GATE), text


_VERB_COUNT_PIECES = ["killed", "KILLING", "Kills", "kilLed", "executed", "injuring", "wounded", "captured",
                      "detaining", "arrested", "evacuating", "deported", "rescued", "rescuing", "kiłled", "kiﬁlls",
                      "killſ", "killed\u0131", "skilled", "the", "at least", "about", "x"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_VERB_COUNT_PIECES), st.sampled_from(_MARKS)), max_size=8).map("".join))
@example("the strike killed ")
@example("were killing\n")
@example("Russia kills  ")
@example("killſ ")
def test_count_verb_gate_holds_where_the_verb_pattern_matches(before: str) -> None:
    start = len(before)
    text = before + "20 people"
    window = text[max(0, start - 40) : start]
    if counted_nouns._VERB_COUNT_SCAN.search(window) is not None or counted_nouns._VERB_COUNT_RE.search(window):
        assert not_counts._word_before_ends_with(text, start, counted_nouns._COUNT_VERB_LAST_LETTERS), before


_PLAIN_RIVAL_FIGURE = re.compile(
    rf"(?:\s+{rival_figures._FIGURE_WORDS}){{0,5}}\s+{count_phrases._qualified_number('')}{rival_figures._FIGURE_END}",
    re.IGNORECASE,
)
_RIVAL_PIECES = ["the", "its", "death", "toll", "at", "of", "a", "figure", "higher", "it", "as", "about", "more than",
                 "“about", '"40"', "600", "60", "2,000", "15", "five", "a dozen", "a thousand", "tanks", "on Monday",
                 "a month earlier", "last week", ",", ".", ";", "AT", "The", "\u0130t", "ſome"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_RIVAL_PIECES), st.sampled_from(_MARKS)), max_size=9).map(" ".join))
@example(" put the figure at 60.")
@example(" claimed 600, while")
@example(" estimated it at about 3,000 a month earlier")
@example(" said 15 tanks were hit")
@example(' gave a figure of "40".')
def test_rival_figure_matches_as_the_plain_pattern(after: str) -> None:
    for text in (after, " " + after):
        plain = _PLAIN_RIVAL_FIGURE.match(text)
        fast = rival_figures._RIVAL_FIGURE.match(text)
        assert (plain and (plain.span(), plain.groupdict())) == (fast and (fast.span(), fast.groupdict())), text


_TWICE_PIECES = ["twice as many", "Twice As Many", "double as many", "DOUBLE  as\nmany", "almost", "nearly",
                 "more than", "about", "some", "at least", "\u0130n excess of", "ſome", "twice", "as", "many",
                 "on Tuesday", "x", "twiceas many", "500"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_TWICE_PIECES), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("500 came on Monday, and almost twice as many on Tuesday")
@example("nearly\u2003double as many")
@example("ſome twice as many")
def test_twice_as_many_scan_finds_what_the_plain_pattern_finds(text: str) -> None:
    plain = _matches(borrowed_nouns._TWICE_AS_MANY, text)
    fast = [
        (m.span(), m.groupdict())
        for m in finditer_lowered(
            borrowed_nouns._TWICE_AS_MANY_WORDS, borrowed_nouns._TWICE_AS_MANY_SCAN, text, lowered(text)
        )
    ]
    assert fast == plain, text


def _plain_parse_digits(raw: str) -> float:
    """`numbers.parse_digits` as it read its patterns through the functions of `re`."""
    compound = numbers._COMPOUND_RE.match(raw.strip().lower())
    if compound and numbers.SCALES[compound.group(2)] == 1_000 * numbers.SCALES[compound.group(4)]:
        head, tail = int(compound.group(1)), int(compound.group(3))
        return float(head * numbers.SCALES[compound.group(2)] + tail * numbers.SCALES[compound.group(4)])
    m = re.match(r"\s*(" + numbers.DIGITS + r")\s*([a-z]+)?", raw.lower())
    if not m:
        raise ValueError(f"not a number: {raw!r}")
    value = float(re.sub(f"[,{numbers._GROUP_SPACES}]", "", m.group(1)))
    scale = m.group(2)
    if scale in numbers.SCALES:
        value *= numbers.SCALES[scale]
    elif scale in numbers.SCALE_ABBREVIATIONS:
        value *= numbers.SCALE_ABBREVIATIONS[scale]
    return value


_NUMERAL_PIECES = ["3", "000", ",", ".", "5", "1", "12", " ", "\xa0", "\u202f", "million", "thousand", "k", "bn",
                   "mln", "m", " and ", "-", "twenty", "five", "a", "dozen", "half", "hundred", "٣", "x"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_NUMERAL_PIECES), max_size=8).map("".join))
@example("3,000")
@example("1.5 million")
@example("720 000")
@example("1 million 330 thousand")
@example("twenty-five")
def test_numbers_read_their_compiled_patterns_as_the_re_functions_did(raw: str) -> None:
    try:
        plain: float | None = _plain_parse_digits(raw)
    except ValueError:
        plain = None
    try:
        fast: float | None = numbers.parse_digits(raw)
    except ValueError:
        fast = None
    assert fast == plain, raw
    assert bool(numbers._OPENS_WITH_A_DIGIT.match(raw)) == bool(re.match(r"\s*\d", raw)), raw
    assert numbers._WORD_SEPARATORS.split(raw) == re.split(r"[\s-]+", raw), raw
    assert subjects._RAW_WORDS.findall(raw) == re.findall(r"[\w'’.]+", raw), raw
