"""Stop 35's speed round C finds exactly what the code it replaced finds.

- `dates._guard_holds` answers as the guards it replaced (a lambda per pattern, called through the interpreter's
  protocol) answered, for every kind of guard, on sentences with and without a `lowered` form.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import dates
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
        assert (guard == dates.GUARD_MONTH) == (name not in old_names), name
