"""Bulletins: a document whose title names the body that issued it ("General Staff of the Armed Forces of
Ukraine: operational information as of 06:00 on 21.05.2023", "Summary of the Russian Ministry of Defence briefing
on ...", "UK Ministry of Defence intelligence update"). Its figures ("personnel – about 200,590 (+510)", "The enemy
losses amounted to up to 385 servicemen") name no speaker in their sentences: the body speaks them.
"""

from __future__ import annotations

import re
from typing import Final

_KIND: Final = (
    r"(?:(?:daily|weekly|regular|morning|evening|operational|intelligence|situation|battlefield|"
    r"official|press)\s+){0,2}(?:information|update|briefing|bulletin|report|summary|statement|"
    r"situation\s+report|sitrep)"
)
# "<Body>: operational information as of ...", "<Body>: daily update"
_BODY_COLON_KIND: Final = re.compile(rf"(?P<who>[A-Z][^:.!?]{{2,80}}?)\s*:\s+(?:the\s+)?{_KIND}\b", re.IGNORECASE)
# "Summary of the <Body> briefing on ...", "Full text of the <Body> statement"
_KIND_OF_BODY: Final = re.compile(
    r"(?:(?:a\s+)?summary|(?:the\s+)?(?:full\s+)?text|highlights|transcript)\s+of\s+(?:the\s+)?"
    rf"(?P<who>[A-Z][^:.!?]{{2,80}}?)(?:['’]s)?\s+{_KIND}\b",
    re.IGNORECASE,
)
# "<Body> intelligence update", "<Body> operational update (translated)": nothing after the kind but a date or a note
_BODY_KIND_ONLY: Final = re.compile(
    rf"(?P<who>[A-Z][^:.!?]{{2,80}}?)\s+{_KIND}(?:\s*(?:\(.*\)|(?:as\s+of|on|for)\s+[^:.!?]{{0,40}}))?\s*",
    re.IGNORECASE,
)
_TITLE_REACH: Final = 200  # a longer first line is a paragraph, not a title


def bulletin_issuer(text: str) -> str | None:
    """The words naming who issued a bulletin, when the document's first line is a bulletin's title, else None."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or len(first) > _TITLE_REACH or first[0].islower():
        return None
    m = _BODY_COLON_KIND.match(first) or _KIND_OF_BODY.match(first) or _BODY_KIND_ONLY.fullmatch(first)
    return m.group("who").strip() if m is not None else None
