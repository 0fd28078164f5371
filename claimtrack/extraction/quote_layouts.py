"""Layouts that hand a sentence to the speaker of another one: a "Quote:" paragraph after the report of what
someone said, a transcript's answer running over several paragraphs, and a part ("destroyed 57 of them") of the
count the sentence before reported."""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extraction.numbers import UNITS
from claimtrack.extraction.prefilter import chunks_back

# "Quote:", "QUOTE:", "Direct speech:", optionally after the quote mark: the words below the report of a statement
_QUOTE_LABEL: Final = re.compile(r"[\"“«]?\s*(?:Quote|QUOTE|Quotation|QUOTATION|Direct\s+speech|Verbatim)\s*:\s*")
QUOTE_LABEL_REACH: Final = 20  # the longest label, its colon included

# a transcript's question line: "Question:", "Q:", "Interviewer:" (matched where one of `_QUESTION_WORDS` opens a
# line: a search for a line start would try every position of the text)
_QUESTION_LINE: Final = re.compile(
    r"(?:Q|Q\.|QUESTION|Question|INTERVIEWER|Interviewer|REPORTER|Reporter|JOURNALIST|Journalist|HOST|Host)\s*:"
)
_QUESTION_WORDS: Final = (
    "Q",
    "QUESTION",
    "Question",
    "INTERVIEWER",
    "Interviewer",
    "REPORTER",
    "Reporter",
    "JOURNALIST",
    "Journalist",
    "HOST",
    "Host",
)
# a line that opens another turn: a question, or up to five capitalised words (a name, a title) and a colon; not a
# page's own labels after the interview ("Related: ...", "Read more: ...", "Editor's note: ...")
_TURN_LINE: Final = re.compile(
    r"(?!(?:Related|Read|See|Also|Watch|Photos?|Editor|Note|Sources?|Share|Advertisement|Correction|Disclaimer|Tags|"
    r"Topics|More|Listen|Subscribe|Follow|Update|Credits?)\b)"
    r"[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,4}[ \t]*:\s"
)

# "Air defense forces destroyed 57 of them": a part of a whole only the sentence before counts ("the two of them",
# "all three of them" are a group of their own)
_PART_OF_PREVIOUS: Final = re.compile(
    r"(?<!\bthe\s)(?<!\ball\s)(?<!\bboth\s)\b(?:\d[\d,]*|"
    + "|".join(sorted(UNITS, key=len, reverse=True))
    + r")\s+of\s+(?:them|those|these)\b",
    re.IGNORECASE,
)


def opens_with_quote_label(text: str) -> bool:
    """Whether a sentence opens with a "Quote:" label (the words of the speaker reported just before)."""
    return 0 <= text.find(":", 0, QUOTE_LABEL_REACH) and _QUOTE_LABEL.match(text) is not None


def is_transcript(text: str) -> bool:
    """Whether a document has a question line ("Question: ...", "Q: ..."): a transcript of questions and answers."""
    for word in _QUESTION_WORDS:
        at = text.find(word)
        while at >= 0:
            if (at == 0 or text[at - 1] == "\n") and _QUESTION_LINE.match(text, at) is not None:
                return True
            at = text.find(word, at + 1)
    return False


def answer_runs_on(text: str, paragraph_end: int) -> bool:
    """Whether a transcript's paragraph without a label, ending at `paragraph_end`, goes on with the answer above
    it: another turn (a question or a speaker label) still follows it, so the answer has not ended."""
    at = text.find("\n", paragraph_end)
    while at >= 0:
        if _TURN_LINE.match(text, at + 1) is not None:
            return True
        at = text.find("\n", at + 1)
    return False


def counts_part_of_previous(text: str) -> bool:
    """Whether a sentence counts a part ("destroyed 57 of them", "12 of those were children") of a whole only the
    sentence before names."""
    return "of th" in text and _part_of_previous(text)


# where each `_PART_OF_PREVIOUS` match writes its "of" (in any case, as the pattern reads it), a whitespace after it
_OF_BEFORE_SPACE: Final = re.compile(r"of\s", re.IGNORECASE)


def _part_of_previous(text: str) -> bool:
    """`_PART_OF_PREVIOUS.search(text) is not None`, matched only where a match can begin: in the run of
    non-whitespace before each "of" (its number or number word, then whitespace, then "of"). Searched, the pattern's
    lookbehinds and word alternation were tried at every character (~75K instructions a sentence)."""
    done = 0  # positions before this were tried
    for of in _OF_BEFORE_SPACE.finditer(text):
        at = of.start()
        i = max(done, chunks_back(text, at, 1))
        while i < at:
            if _PART_OF_PREVIOUS.match(text, i) is not None:
                return True
            i += 1
        done = max(done, at)
    return False
