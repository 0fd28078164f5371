"""Stop 35's speed round D finds exactly what the code it replaced finds.

- `inherited_dates._had_said` answers what `_PLUPERFECT_BEFORE.search` in the characters before the cue answers: it
  skips only windows of a lowered text that hold no "had";
- `forecasts.names_a_forecast` (its branches looked for one by one) is tested beside the word gate it keeps, in
  `test_extraction_prefilters.py`; `pipeline._claim_record` (a copy of a template) in `test_extraction_speed24b.py`.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import inherited_dates

QUICK = settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["had", "HAD", "Had", "shad", "had_", "hadn't", "also", "earlier", "already", "quickly", "ly", "said",
          "Mara", "Kest", "x", "12", "é", "ſ", "\u0130", "\u212a"]  # fmt: skip
_MARKS = [" ", "  ", "\t", "\n", "\u00a0", ",", ".", "-", "'", "’", "_"]
_texts = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS)), max_size=24).map("".join)


@settings(QUICK)
@given(_texts, st.integers(0, 80))
@example("Mara Kest had earlier said", 21)
@example("Kest HAD\tquickly said", 16)
@example("Kest \u0130 had said", 12)
def test_had_said_is_the_pluperfect_search(text: str, cue_start: int) -> None:
    cue_start = min(cue_start, len(text))
    plain = inherited_dates._PLUPERFECT_BEFORE.search(text, max(0, cue_start - 24), cue_start) is not None
    assert inherited_dates._had_said(text, cue_start) == plain
