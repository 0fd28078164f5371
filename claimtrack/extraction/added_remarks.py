"""Added remarks: "'...,' he said, adding: '...'" and "X said ..., adding that ..." state two things.

Each part is a statement of its own, with its own evidence and place: in "'The troops sailed to Vladivostok,' he
said, adding that they then moved on to camps in eastern Russia" the first remark is about Vladivostok and the
added one about eastern Russia. A part that names no place of its own keeps the sentence's (`pipeline`).
"""

from __future__ import annotations

import re
from typing import Final

# ", adding:", ", adding that", ", and added that", ", added:" after the verb of saying
_ADDING: Final = re.compile(r",\s+(?P<added>(?:and\s+)?add(?:ing|ed))(?:\s*:|\s+that\s)")
_WORD: Final = re.compile(r"[^\W\d_]+")
_MIN_WORDS: Final = 3  # what each part says beside its speaker's words: "He said, adding that ..." has one part


def added_remark(text: str, cue_end: int, speaker_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(end of the first remark, start of the added one) in a sentence whose verb of saying ends at `cue_end`,
    when both say something beside the speaker's words (`speaker_spans`, relative: the speaker and the verb);
    else None."""
    if "add" not in text:
        return None
    m = _ADDING.search(text, cue_end)
    if m is None:
        return None
    first_end, added_start = m.start(), m.start("added")
    said = [w for w in _WORD.finditer(text, 0, first_end) if not any(s <= w.start() < e for s, e in speaker_spans)]
    if len(said) < _MIN_WORDS:
        return None
    if len(_WORD.findall(text, m.end())) < _MIN_WORDS:
        return None
    return first_end, added_start
