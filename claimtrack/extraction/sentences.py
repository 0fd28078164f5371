"""Split a document into paragraphs and sentences, keeping character offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimtrack.extraction.boilerplate import (
    credit_then_prose,
    is_boilerplate_line,
    prose_then_furniture,
)
from claimtrack.extraction.prefilter import is_word_char
from claimtrack.extraction.quantities import modified_noun_follows

# Titles written with a full stop before a name ("Dr. Ivan Sirko"): the stop ends neither a sentence nor a name.
TITLE_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr prof gen brig lt col maj sgt cpl capt cmdr cdr adm rep sen gov pres st".split()
)
# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS: Final = TITLE_ABBREVIATIONS | frozenset(
    """
    cpt jr sr no nos vs etc approx
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    u.s u.k u.n e.u u.s.a a.m p.m i.e e.g inc corp co ltd dept est fig
    """.split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace; or a full
# stop glued to the next sentence ("140,000.In turn", 'in Lask."8 machines will'). Every branch begins with
# the punctuation mark, written first so that the regex engine skips ahead to the next one instead of trying
# each branch at every character.
_BOUNDARY_RE: Final = re.compile(
    r"[.!?…](?:[.!?…]*[\"'”’)\]]*(?=\s+)|(?<=[A-Za-z0-9,)][.?!])(?=[A-Z][a-z])|(?<=[a-z]{2}\.)(?=[\"“][A-Z0-9]))"
)
_GLUED_WORD_RE: Final = re.compile(r"(\w+)\.$")  # the word before a glued full stop
_GLUED_INITIALS_RE: Final = re.compile(r"\b\w\.\w+\.$")  # "U.S.", "e.g."
_WORD_BEFORE_RE: Final = re.compile(r"([A-Za-z.]+)[.]+[\"'”’)\]]*$")
_BULLET_RE: Final = re.compile(r"^[\s•·*\-–—>]+")
_BULLET_CHARS: Final = "•·*-–—>"


# built per sentence: not frozen (a frozen dataclass is ~3x slower to build), but treated as immutable
@dataclass(unsafe_hash=True, slots=True, init=False)  # init=False: its own __init__, which mypyc compiles
class Sentence:
    """A sentence: its text and where it stands in the document."""

    text: str
    start: int
    end: int
    paragraph: int  # index of the paragraph (line) it belongs to
    index: int  # index of the sentence in the document

    def __init__(self, text: str, start: int, end: int, paragraph: int, index: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.index = index


def _ends_sentence(block: str, end: int) -> bool:
    """Whether the punctuation run that ends at `end` closes a sentence."""
    if end + 1 < len(block) and block[end] == " " and not block[end + 1].isspace():
        nxt = block[end + 1]  # one space, then the next sentence: `rest[0]` below, without the slice and its strip
    else:
        rest = block[end : end + 64].lstrip()  # bounded windows: a line of 10,000 full stops stays linear
        if not rest:
            return True
        nxt = rest[0]
    if end < len(block) and not block[end].isspace():  # "140,000.In turn": a glued boundary
        head = block[max(0, end - 64) : end]
        if head[-2:-1].isdigit() and modified_noun_follows(block[end:]):
            return False  # "with over 150,000.Russian soldiers around": the number's noun, not a new sentence
        word = _glued_word(head)
        abbreviation = word is not None and (word.lower() in ABBREVIATIONS or len(word) == 1)
        return not abbreviation and not _glued_initials(head)
    if nxt.islower() or nxt in ",;:":
        return False
    # the word that carries the period
    word = _word_before_stop(block, end) if block[end - 1] == "." else None
    if word is not None:
        if word in ABBREVIATIONS:
            # "in the U.S. The next day" does end; "U.S. officials" does not: decide by the next word
            return (
                word in {"u.s", "u.k", "u.n", "e.u", "etc"}
                and nxt.isupper()
                and _next_is_clause(block[end : end + 64].lstrip())
            )
        if len(word) == 1 and word.isalpha():  # an initial: "Michael R. Turner"
            return False
    return True


def _glued_word(head: str) -> str | None:
    """The word before the full stop that ends a line's `head` (`_GLUED_WORD_RE.search(head).group(1)`), or None.

    Read backwards over the word characters (\\w is `isalnum()` or "_"): the pattern, tried at every position,
    costs more than the one run it finds."""
    if not head.endswith("."):
        return None
    start = len(head) - 1
    while start and (head[start - 1].isalnum() or head[start - 1] == "_"):
        start -= 1
    return head[start:-1] or None


def _glued_initials(head: str) -> bool:
    """Whether a line's `head` ends in initials ("U.S.", "e.g."): `_GLUED_INITIALS_RE.search(head)`, read backwards
    (one word character, a stop, word characters, a final stop; no word character before the first)."""
    if not head.endswith("."):
        return False
    stop = len(head) - 1
    while stop and is_word_char(head[stop - 1]):
        stop -= 1
    if stop == len(head) - 1 or stop < 2 or head[stop - 1] != "." or not is_word_char(head[stop - 2]):
        return False
    return stop == 2 or not is_word_char(head[stop - 3])


_LETTERS_AND_STOPS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _is_letter_or_stop(code: int) -> bool:
    """Whether a code point is one of `_LETTERS_AND_STOPS` (A-Z, a-z, "."): compared by code, with no character
    built and looked up in the set."""
    return 97 <= code <= 122 or 65 <= code <= 90 or code == 46


def _word_before_stop(block: str, end: int) -> str | None:
    """The word ending in the full stop at `end` - 1, lowercase without its stops ("u.s" for "U.S."), or None.

    What `_WORD_BEFORE_RE` finds in the 64 characters before `end` when they end in a stop: the run of
    letters and stops there, if it has a character before its last stop. Read backwards, without a scan.
    """
    start, low = end, max(0, end - 64)
    while start > low and _is_letter_or_stop(ord(block[start - 1])):
        start -= 1
    if end - 1 <= start:
        return None
    return block[start : end - 1].rstrip(".").lower()


_CLAUSE_STARTERS: Final = frozenset("the a an it he she they we i this that these those in on at but and".split())


def _next_is_clause(rest: str) -> bool:
    word = re.match(r"[A-Za-z]+", rest)
    return word is not None and word.group(0).lower() in _CLAUSE_STARTERS


def boundary_ends(block: str) -> list[int]:
    """The ends of `_BOUNDARY_RE.finditer(block)`'s matches. In a line whose only mark is the full stop (95% of
    them), the pattern is matched at each stop past the last match, found by `str.find`, instead of a scan that
    tests every character against the set of marks."""
    if "!" in block or "?" in block or "\u2026" in block:
        return [m.end() for m in _BOUNDARY_RE.finditer(block)]
    ends: list[int] = []
    size = len(block)
    stop = block.find(".")
    while stop >= 0:
        if stop + 1 == size:  # a stop that ends the line: every branch needs a character after it
            break
        if block[stop + 1] == " ":  # the first branch, with no more marks or quotes: the stop alone
            ends.append(stop + 1)
            stop = block.find(".", stop + 1)
            continue
        m = _BOUNDARY_RE.match(block, stop)  # every match opens with a mark: this one's, if any, is the next
        if m is None:
            stop = block.find(".", stop + 1)
        else:
            ends.append(m.end())
            stop = block.find(".", m.end())
    return ends


def split_block(block: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one line of text, absolute from `offset`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in boundary_ends(block):
        if _ends_sentence(block, end):
            span = _trimmed(block, start, end, offset)
            if span is not None:
                spans.append(span)
            start = end
    if start < len(block):
        span = _trimmed(block, start, len(block), offset)
        if span is not None:
            spans.append(span)
    return spans


def _trimmed(block: str, start: int, end: int, offset: int) -> tuple[int, int] | None:
    """The span of block[start:end] without surrounding spaces and bullets, or None if nothing is left."""
    if (
        start < end
        and not block[start].isspace()
        and block[start] not in _BULLET_CHARS
        and not block[end - 1].isspace()
    ):
        return offset + start, offset + end  # nothing to strip: no copy of the piece
    piece = block[start:end]
    lead = len(piece) - len(piece.lstrip())
    if lead < len(piece) and piece[lead] in _BULLET_CHARS:  # after the spaces, a bullet can only start here
        bullet = _BULLET_RE.match(piece[lead:])
        if bullet:
            lead += bullet.end()
    trail = len(piece) - len(piece.rstrip())
    if end - trail > start + lead:
        return offset + start + lead, offset + end - trail
    return None


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a document, skipping boilerplate lines (newsletter boxes, page furniture)."""
    out: list[Sentence] = []
    paragraph, size, line_start = -1, len(text), 0
    while line_start < size:  # the lines: the runs of [^\n]+, found by str.find
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = size
        if line_end == line_start:
            line_start += 1
            continue
        block = text[line_start:line_end]
        offset, line_start = line_start, line_end + 1
        paragraph += 1
        if block.isspace():  # nothing but whitespace (strip()'s), tested without a copy of the line
            continue
        spans = split_block(block, offset)
        if is_boilerplate_line(block):
            local = [(s - offset, e - offset) for s, e in spans]
            credit = credit_then_prose(block, local)
            prose = 0 if credit else prose_then_furniture(block, local)
            if not credit and not prose:
                continue
            # "Photo: AFP. The governor said ...": the credit goes; "... were killed. Subscribe to ...": the appeal
            spans = spans[credit:] if credit else spans[:prose]
        for s, e in spans:
            out.append(Sentence(text[s:e], s, e, paragraph, len(out)))
    return out
