"""A second speaker's figure for what a count before it counts, its noun left to that count: "X said 40 soldiers
were killed, while Y put the figure at 60", "..., but Y claimed 600", "...; Y said 15", and in the next sentence
"Moscow put the number at 600." The number stands right after the second speaker's verb (past words that name
the figure: "the toll at", "a figure of") and ends its clause: "Y said 15 tanks were hit" counts tanks of its own.
"""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.bounds import bounds, canonical_qualifier
from claimtrack.extraction.count_phrases import _QUOTED_COUNT_LOOKAHEAD, CountMention, _qualified_number
from claimtrack.extraction.not_counts import _YEAR_LIKE
from claimtrack.extraction.numbers import parse_number

# the words that may stand between the verb and the number: "put the death toll at", "gave a higher figure of",
# "estimated it at"
_FIGURE_WORDS: Final = (
    r"(?:the|its|their|that|this|a|an|much|far|higher|lower|own|death|casualty|official|figure|number|toll|tally|"
    r"total|count|estimate|it|them|at|of|as)"
)
# what may end the figure's clause: a stop (not a digit group's comma or point: "2,000" is no "2"), or a time
# phrase saying when it was given ("had estimated 3,000 a month earlier", "put it at 600 on Monday")
_FIGURE_END: Final = (
    r"(?=\s*(?:,(?!\d)|\.(?!\d)|[;)!?\"”]|:(?!\d)|$)|\s+(?:(?:a|one|two|three|several)\s+(?:days?|weeks?|months?|"
    r"years?)\s+(?:earlier|before|ago)|(?:last|this)\s+(?:week|month|year)|on\s+[A-Z][a-z]+day)\b)"
)
# the qualified number after the figure words is looked for only where one may open (`_QUOTED_COUNT_LOOKAHEAD`: a quote,
# a digit, "a " or the opening of a qualifier or number word), so that the engine leaves each position after a figure
# word ("the", "a", "at") at once instead of trying the qualifiers and the number words there; a match needs nothing
# of it (the tests compare the pattern with the one without it)
_RIVAL_FIGURE: Final = re.compile(
    rf"(?:\s+{_FIGURE_WORDS}){{0,5}}\s+{_QUOTED_COUNT_LOOKAHEAD}{_qualified_number('')}{_FIGURE_END}", re.IGNORECASE
)


def figure_after(sentence: str, cue_end: int) -> re.Match[str] | None:
    """A bare number right after a speaker's verb ending at `cue_end` ("claimed 600", "put the figure at 60"),
    ending its clause, that is no year; None when there is none (or it has a noun of its own: "said 15 tanks")."""
    m = _RIVAL_FIGURE.match(sentence, cue_end)
    return None if m is None or _YEAR_LIKE.match(m.group("num")) else m


def rival_count(m: re.Match[str], offset: int, whole: CountMention) -> CountMention | None:
    """The count a `figure_after` match gives for what `whole` counts (`offset`: where the matched text starts in
    the document); None when `whole` is vague or a multiplier."""
    if whole.vague or whole.group.multiplier_only:
        return None
    value = parse_number(m.group("num"))
    if value is None:
        return None
    qualifier = canonical_qualifier(m.group("qual"))
    low, high = bounds(value, qualifier)
    begin = m.start("qual") if m.group("qual") else m.start("num")
    return CountMention(low, high, qualifier, False, None, m.string[begin : m.end()], offset + begin,
                        offset + m.end(), whole.group, whole.unit, whole.modifiers)  # fmt: skip
