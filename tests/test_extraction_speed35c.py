"""Stop 35's speed round C finds exactly what the code it replaced finds.

- `dates._guard_holds` answers as the guards it replaced (a lambda per pattern, called through the interpreter's
  protocol) answered, for every kind of guard, on sentences with and without a `lowered` form.
- `dates._may_be_heading_sized` is False only where the stripped line is not 6 to `_HEADING_CHARS` characters long
  (`entry_days` then skips the slice it no longer takes).
- `quoted_speech._find_from` is `str.find` from a position, for the quote and dash needles and any other.
- `boilerplate.is_boilerplate_line` asks a rare gate (a long int) only of a mask with a bit from 2**62 on: the lines
  it finds are those a pattern matches.
- `sentences._ends_sentence` and `_trimmed` skip the slice and strip where one space, or none, stands to strip:
  the same answers as the old forms.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import boilerplate, dates, prefilter, quoted_speech, sentences
from claimtrack.extraction.prefilter import lowered

QUICK = settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WORDS = ("monday", "Sunday", "yesterday", "day", "days", "year", "years", "ago", "AGO", "earlier", "later",
          "summer", "fall", "winter", "week", "night", "the", "said", "2024", "1999", "-", "ſunday", "kılled",
          "agO", "İ", "ΣΑ", "\u212a")  # fmt: skip
_sentences = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join) | st.text(max_size=40)

# the guards as they were written before stop 35 (`_GUARDS`: a lambda per pattern)
_OLD_GUARDS = {
    dates.GUARD_ISO: lambda w, s: "-" in s,
    dates.GUARD_WEEKDAY: lambda w, s: bool(w & dates.WEEKDAYS.keys()),
    dates.GUARD_RELATIVE: lambda w, s: bool(w & dates._RELATIVE_WORDS),
    dates.GUARD_ALWAYS: lambda w, s: True,
    dates.GUARD_YEAR: lambda w, s: "year" in w,
    dates.GUARD_AGO: lambda w, s: bool(w & dates._RELATIVE_WORDS) and "ago" in s.lower(),
    dates.GUARD_DAYS_APART: lambda w, s: ("day" in w or "days" in w) and ("earlier" in s or "later" in s),
    dates.GUARD_SEASON: lambda w, s: bool(w & dates.SEASON_MONTHS.keys()),
}


def _guard_words(sentence: str) -> set[str]:
    """The words `find_dates` hands its guards."""
    low = lowered(sentence)
    return set(dates._WORDS.findall(sentence.lower())) if low is None else dates._guard_words(low)


@QUICK
@given(_sentences)
@example("5 days ago, earlier that day")
@example("three YEARS AGO")
@example("ſunday summer")
def test_each_guard_answers_as_the_lambda_it_replaced(sentence: str) -> None:
    words = _guard_words(sentence)
    low = lowered(sentence)
    has_month = bool(words & dates._MONTH_WORDS)
    for kind, old in _OLD_GUARDS.items():
        assert dates._guard_holds(kind, words, sentence, low, has_month) == old(words, sentence), kind
    assert dates._guard_holds(dates.GUARD_MONTH, words, sentence, low, has_month) == has_month


def test_every_pattern_has_the_guard_it_had() -> None:
    old_names = {"iso", "weekday", "relative", "in_year", "end_of_year", "range_year", "ago", "days_apart",
                 "season_year", "year_season", "season_rel"}  # fmt: skip
    for name, _, _, guard, *_ in dates._PLAN:
        # stop 37 narrowed weekday_date's month guard to a month and a weekday (`GUARD_WEEKDAY_MONTH`)
        assert (guard in (dates.GUARD_MONTH, dates.GUARD_WEEKDAY_MONTH)) == (name not in old_names), name


@QUICK
@given(st.text(alphabet=" \t\xa0\u2003ab1\n", max_size=90), st.integers(0, 90), st.integers(0, 90))
@example(" " * 3 + "a" * 60 + " ", 0, 64)
@example("a" * 61, 0, 61)
def test_a_line_not_heading_sized_is_no_heading(text: str, pos: int, end: int) -> None:
    pos, end = min(pos, len(text)), min(max(pos, end), len(text))
    if not dates._may_be_heading_sized(text, pos, end):
        assert not 6 <= len(text[pos:end].strip()) <= dates._HEADING_CHARS


def test_entry_days_still_reads_day_headings() -> None:
    text = "Live updates\n\n  3 March 2024  \nA said 5.\n\n4 March 2024\nB said 6.\n"
    days = dates.entry_days(text, dt.date(2024, 3, 5))
    assert [ref.value for _, ref in days] == [dt.date(2024, 3, 3), dt.date(2024, 3, 4)]


_NEEDLES = quoted_speech._QUOTE_NEEDLES + quoted_speech._DASH_NEEDLES + ("–", "—x", "a", "ab")


@QUICK
@given(st.text(alphabet='ab -–—"“”sax\n', max_size=60), st.sampled_from(_NEEDLES), st.integers(0, 70))
@example("x – said —sa", "—sa", 0)
@example("——sa", "—sa", 1)
def test_find_from_is_str_find(text: str, needle: str, start: int) -> None:
    assert quoted_speech._find_from(text, needle, start) == text.find(needle, start)


@QUICK
@given(st.text(alphabet='ab -–—"“”sax\n', max_size=80))
def test_marked_lines_hold_what_each_line_holds(text: str) -> None:
    marked = {(s, e): (q, d) for s, e, q, d in quoted_speech._marked_lines(text)}
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        quoted = any(n in line for n in quoted_speech._QUOTE_NEEDLES)
        dashed = any(n in line for n in quoted_speech._DASH_NEEDLES)
        if line and (quoted or dashed):
            assert marked.pop((pos, end)) == (quoted, dashed)
        pos = end + 1
    assert not marked


_LINE_WORDS = ("Subscribe", "newsletter", "read", "more", "news", "Photo:", "cookies", "Getty", "Images)",
               "said", "the", "menu", "Related", "ſubscribe", "Reporting", "by", "Anna", "Berg", "©", "share",
               "this")  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_LINE_WORDS), max_size=30).map(" ".join) | st.text(max_size=30))
@example("via Getty Images")
@example("Subscribe to our newsletter")
def test_boilerplate_lines_are_those_a_pattern_matches(line: str) -> None:
    words = len(line.split())
    plain = not words or (
        words <= boilerplate.MAX_BOILERPLATE_WORDS
        and any(pattern.search(line) is not None for _, pattern in boilerplate._GUARDED_PATTERNS)
    )
    assert boilerplate.is_boilerplate_line(line) == plain


def test_the_rare_pattern_gates_are_the_long_ones() -> None:
    for gate, rare, _, _ in boilerplate._GATED_SCANS:
        assert rare == (gate >= 1 << prefilter._FIRST_RARE_BIT)
    assert boilerplate._COMMON_PATTERN_GATE | boilerplate._RARE_PATTERN_GATE == boilerplate._ANY_PATTERN_GATE
    assert boilerplate._COMMON_PATTERN_GATE & boilerplate._RARE_PATTERN_GATE == 0


def _old_ends_sentence(block: str, end: int) -> bool:
    """`sentences._ends_sentence` as it was before stop 35 (the window sliced and stripped at every boundary)."""
    rest = block[end : end + 64].lstrip()
    if not rest:
        return True
    if end < len(block) and not block[end].isspace():
        head = block[max(0, end - 64) : end]
        if head[-2:-1].isdigit() and sentences.modified_noun_follows(block[end:]):
            return False
        word = sentences._glued_word(head)
        abbreviation = word is not None and (word.lower() in sentences.ABBREVIATIONS or len(word) == 1)
        return not abbreviation and not sentences._glued_initials(head)
    nxt = rest[0]
    if nxt.islower() or nxt in ",;:":
        return False
    word = sentences._word_before_stop(block, end) if block[end - 1] == "." else None
    if word is not None:
        if word in sentences.ABBREVIATIONS:
            return word in {"u.s", "u.k", "u.n", "e.u", "etc"} and nxt.isupper() and sentences._next_is_clause(rest)
        if len(word) == 1 and word.isalpha():
            return False
    return True


def _old_trimmed(block: str, start: int, end: int, offset: int) -> tuple[int, int] | None:
    """`sentences._trimmed` as it was before stop 35 (the piece sliced and stripped)."""
    piece = block[start:end]
    lead = len(piece) - len(piece.lstrip())
    if lead < len(piece) and piece[lead] in sentences._BULLET_CHARS:
        bullet = sentences._BULLET_RE.match(piece[lead:])
        if bullet:
            lead += bullet.end()
    trail = len(piece) - len(piece.rstrip())
    if end - trail > start + lead:
        return offset + start + lead, offset + end - trail
    return None


_BLOCK_WORDS = ("The", "U.S.", "said", "Dr.", "R.", "5.", "150,000.Russian", "in", "• ", "- ", "etc.", "It", "a.m.",
                "\xa0", "  ", "?", "!”", "…", "x.", "e.g.", "officials", "Kyiv.", "\t")  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_BLOCK_WORDS), max_size=16).map(" ".join) | st.text(alphabet=" .aA\xa0-•", max_size=20))
@example("in the U.S. The next day")
@example("Sirko. Dr. Ivan")
def test_sentence_ends_and_trims_are_the_old_ones(block: str) -> None:
    for end in range(1, len(block) + 1):
        if block[end - 1] in ".!?…”":
            assert sentences._ends_sentence(block, end) == _old_ends_sentence(block, end), end
    for start in range(len(block) + 1):
        for end in range(start, len(block) + 1):
            assert sentences._trimmed(block, start, end, 7) == _old_trimmed(block, start, end, 7)
