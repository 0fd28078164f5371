"""Quotes and whose they are: the quote spans of the document and of each sentence, and the speaker of a quoted
sentence without a cue of its own (the quote's speaker in the same or the previous paragraph, a quote running over
paragraphs to its closing cue, a paragraph opened by "Quote:").
"""

from __future__ import annotations

from typing import Final

from claimtrack.extraction.attribution import GLUED_DASH_NEEDLES, dash_quote_spans, quote_spans
from claimtrack.extraction.document_context import Attribution, _Reading
from claimtrack.extraction.quote_layouts import QUOTE_LABEL_REACH, opens_with_quote_label
from claimtrack.extraction.sentences import Sentence


def _relative_quotes(sentence: Sentence, spans: list[tuple[int, int]], ends: list[int]) -> list[tuple[int, int]]:
    """The document's quote spans that overlap the sentence, relative to it.

    The spans are in order and do not overlap, so their `ends` are sorted too: the first span that can
    overlap is found by bisection, and the scan stops at the first one that starts after the sentence.
    """
    out: list[tuple[int, int]] = []
    if not spans:
        return out
    start, end = sentence.start, sentence.end
    i = _ends_after(ends, start)
    while i < len(spans):
        s, e = spans[i]
        if s >= end:
            break
        out.append((max(s, start) - start, min(e, end) - start))
        i += 1
    return out


def _ends_after(ends: list[int], pos: int) -> int:
    """`bisect_right(ends, pos)`, the bisection written out: compiled, it spares a call through the interpreter's
    protocol per sentence."""
    lo, hi = 0, len(ends)
    while lo < hi:
        mid = (lo + hi) // 2
        if pos < ends[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


# what a line holds where `quote_spans` can find a quote: the only characters it opens or closes one with
_QUOTE_NEEDLES: Final = ('"', "“", "”")
# what a line holds where `dash_quote_spans` is read: a dash before a space, or a dash glued to "said"/"says"
_DASH_NEEDLES: Final = ("- ", "– ", "— ") + GLUED_DASH_NEEDLES


def _document_quotes(text: str) -> list[tuple[int, int]]:
    """The quote spans of each line (a run of characters other than a newline), in document offsets."""
    spans: list[tuple[int, int]] = []
    for start, end, quoted, dashed in _marked_lines(text):
        block = text[start:end]
        marked = quote_spans(block) if quoted else []
        if dashed:  # a dash quote
            marked = _union(marked, dash_quote_spans(block)) if marked else dash_quote_spans(block)
        spans.extend((start + s, start + e) for s, e in marked)
    return spans


def _marked_lines(text: str) -> list[tuple[int, int, bool, bool]]:
    """(start, end, holds a quote needle, holds a dash needle) of each line of `text` that holds one, in order: each
    needle is looked for through the document from line to line (`_NextFinds`, `str.find`) rather than in a slice
    of every line, and one the document lacks only once."""
    quotes = _NextFinds(text, _QUOTE_NEEDLES)
    dashes = _NextFinds(text, _DASH_NEEDLES)
    out: list[tuple[int, int, bool, bool]] = []
    size = len(text)
    pos = 0
    while pos < size and (quotes.needles or dashes.needles):
        end = text.find("\n", pos)
        if end < 0:
            end = size
        if end > pos:
            quoted = quotes.holds(pos, end)
            dashed = dashes.holds(pos, end)
            if quoted or dashed:
                out.append((pos, end, quoted, dashed))
        pos = end + 1
    return out


def _find_from(text: str, needle: str, start: int) -> int:
    """`text.find(needle, start)`, for a needle opening with a character other than ASCII (a curly quote, a dash)
    found from the next find of that character: a search for one such character (`memchr` of its low byte) passes
    over a text without it faster than the search for the needle, which most documents lack ("–sa", "— ")."""
    if needle[0].isascii():
        return text.find(needle, start)
    first = text.find(needle[0], start)
    return first if first < 0 or len(needle) == 1 else text.find(needle, first)


class _NextFinds:
    """Where each needle the text holds is next found, from a position on: asked line after line, a needle is
    found again only once the lines have passed its last find (`str.find` over the document, not over each line).
    An ASCII text is not searched for a needle that is not ASCII."""

    def __init__(self, text: str, needles: tuple[str, ...]) -> None:
        self.text = text
        self.needles: list[str] = []
        self.at: list[int] = []
        ascii_text = text.isascii()
        for needle in needles:
            at = -1 if ascii_text and not needle.isascii() else _find_from(text, needle, 0)
            if at >= 0:
                self.needles.append(needle)
                self.at.append(at)

    def holds(self, start: int, end: int) -> bool:
        """Whether `text[start:end]`, a line, holds one of the needles (asked with `start` never going back)."""
        for i in range(len(self.needles)):
            at = self.at[i]
            if at < start:
                at = _find_from(self.text, self.needles[i], start)
                if at < 0:
                    at = len(self.text)
                self.at[i] = at
            if at < end:  # no needle holds a newline: one that starts in the line ends in it
                return True
        return False


def _union(spans: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two lists of quote spans as one, in order and without overlaps (`_relative_quotes` bisects on the ends)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans + more):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _wholly_quoted(sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
    """Whether one quote holds the whole sentence (a quote's middle sentence: 12% of the corpus's): `find_cues`
    skips every cue word inside a quote, so it finds none there."""
    return bool(quotes) and quotes[0][0] == 0 and quotes[0][1] >= len(sentence.text)


def _mostly_quoted(sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
    covered = sum(e - s for s, e in quotes)
    return covered >= 0.6 * max(1, len(sentence.text))


def _attribute_quote_continuations(readings: list[_Reading]) -> None:
    """A quoted sentence without a cue belongs to the speaker of its quote (same or previous paragraph)."""
    blocks: dict[int, tuple[int, int]] | None = None  # read when a quoted sentence first needs its paragraph
    last_attributed: _Reading | None = None  # the last reading so far with a speaker
    quoted_para = -1  # the last paragraph opened by "Quote:"
    quoted: Attribution | None = None  # the speaker whose words that paragraph gives
    for k, reading in enumerate(readings):
        if (
            reading.attribution is None
            and (
                reading.sentence.paragraph == quoted_para or 0 <= reading.sentence.text.find(":", 0, QUOTE_LABEL_REACH)
            )
            and (found := _quote_label_speaker(reading, last_attributed, quoted_para, quoted)) is not None
        ):
            quoted_para, quoted = reading.sentence.paragraph, found
            reading.attribution = Attribution(found.claimant, found.relay, None, "a quote label", [])
        if reading.attribution is None and not reading.quotes:
            continue  # no quote: neither a continuation nor mostly quoted, and no speaker to remember
        if reading.attribution is None and _partial_quote_after_quoted(reading, readings[k - 1] if k else None):
            a = readings[k - 1].attribution  # 'Promises "remain unfulfilled", X wrote. France's rose "from 300 to 969"'
            assert a is not None  # `_partial_quote_after_quoted` asks for it
            reading.attribution = Attribution(a.claimant, a.relay, None, "quote continuation", [])
        elif reading.attribution is None and (
            (mostly := _mostly_quoted(reading.sentence, reading.quotes)) or _quote_runs_on(reading)
        ):
            para = reading.sentence.paragraph
            blocks = blocks or _paragraph_blocks(readings)
            first, end = blocks[para]
            same_para = [r for r in readings[first:end] if r.attribution is not None]
            source = None
            later = (
                [r for r in same_para if r.sentence.index > reading.sentence.index] if _quote_runs_on(reading) else []
            )
            if later:  # "X was asked.- We are sure of it.We wait - he replied.": who closes the quote
                source = later[0]
            elif mostly and same_para:
                source = min(same_para, key=lambda r: abs(r.sentence.index - reading.sentence.index))
            elif mostly and (closer := _closing_speaker(readings, blocks, para)) is not None:
                source = closer  # '"We lost ... / "Since then, 40 more were wounded," X said.': the closing cue's
            elif (
                mostly
                and last_attributed is not None
                and last_attributed.sentence.paragraph >= para - 2
                and last_attributed.quotes
            ):
                source = last_attributed
            a = source.attribution if source is not None else None  # every candidate has one
            if source is not None and a is not None:
                reading.attribution = Attribution(a.claimant, a.relay, None, "quote continuation", [])
                if source.sentence.index > reading.sentence.index:  # '"...", X said on Friday' dates the whole quote
                    reading.date_from = source
                elif (
                    (closer := _quote_closer(readings, k, blocks[para][1])) is not None
                    and closer.attribution is not None
                    and closer.attribution.claimant.name == a.claimant.name
                ):
                    reading.date_from = closer  # 'X said that ... "We set up 12 points. [...]," X said on 8 April.'
        if reading.attribution is not None:
            last_attributed = reading


def _quote_closer(readings: list[_Reading], k: int, end: int) -> _Reading | None:
    """The sentence (before `end`, its paragraph's end) that closes with its speaker's cue the quote still open at
    the end of `readings[k]` ('... "We set up 12 points. There are 1,000 beds," the minister said on 8 April.'):
    each sentence between is quoted from its start to its end; None when the quote does not run on so."""
    text = readings[k].sentence.text.rstrip()
    if not readings[k].quotes or readings[k].quotes[-1][1] < len(text) or text.endswith(_CLOSING_QUOTES):
        return None
    for r in readings[k + 1 : end]:
        text = r.sentence.text.rstrip()
        if not r.quotes or r.quotes[0][0] > 0:
            return None
        if r.quotes[0][1] >= len(text) and not text.endswith(_CLOSING_QUOTES):
            continue  # the quote runs on through this sentence too
        a = r.attribution
        return r if a is not None and a.cue is not None and a.cue.start >= r.quotes[0][1] else None
    return None


def _quote_label_speaker(
    reading: _Reading, last: _Reading | None, quoted_para: int, quoted: Attribution | None
) -> Attribution | None:
    """The speaker of a paragraph opened by "Quote:" (`opens_with_quote_label`): whoever the last sentence with a
    speaker, in one of the two paragraphs before, reported ("X said on Telegram. / Quote: ..."); the later
    sentences of that paragraph are theirs too."""
    para = reading.sentence.paragraph
    if para == quoted_para:
        return quoted
    if (
        last is None
        or last.attribution is None
        or para - last.sentence.paragraph > 2
        or not opens_with_quote_label(reading.sentence.text)
    ):
        return None
    return last.attribution


def _quote_runs_on(reading: _Reading) -> bool:
    """Whether a quote opened inside the sentence runs on past its end, to a speaker named later."""
    quotes, text = reading.quotes, reading.sentence.text.rstrip()
    return bool(quotes) and quotes[-1][0] > 0 and quotes[-1][1] >= len(text) and not text.endswith(_CLOSING_QUOTES)


_CLOSING_QUOTES: Final = ("”", '"', "’", "'")


MIN_PARTIAL_QUOTE_WORDS: Final = 3


def _partial_quote_after_quoted(reading: _Reading, previous: _Reading | None) -> bool:
    """Whether a sentence quoting a count in words of its own (three or more) follows, in the same or the next
    paragraph, a sentence whose speaker's cue comes after a quote of theirs ('"...", X wrote.'): the quoted count
    goes on being that speaker's. A quote without a number is too often a scare quote ('so-called "essential
    goods"') to tell."""
    if (
        previous is None
        or previous.attribution is None
        or previous.attribution.cue is None
        or not reading.quotes
        or not previous.quotes
        or previous.quotes[0][1] > previous.attribution.cue.start
    ):
        return False
    if reading.sentence.paragraph - previous.sentence.paragraph > 1:
        return False
    text = reading.sentence.text
    return any(
        len(text[s:e].split()) >= MIN_PARTIAL_QUOTE_WORDS and any(c.isdigit() for c in text[s:e])
        for s, e in reading.quotes
    )


_QUOTE_RUN_PARAGRAPHS: Final = 3  # the paragraphs after its first a quote may run on into to find its speaker
_OPENING_QUOTES: Final = ('"', "“", "«")


def _closing_speaker(readings: list[_Reading], blocks: dict[int, tuple[int, int]], para: int) -> _Reading | None:
    """The sentence that closes a quote running over several paragraphs with its speaker's cue ('"...," X said.'):
    by the typographic convention a paragraph leaves such a quote open at its end and the next one opens with a
    quote mark. None when the paragraph closes its quote, the next does not open one, or no sentence of the next
    three paragraphs closes a quote of its own first words with a cue."""
    for _ in range(_QUOTE_RUN_PARAGRAPHS):
        last = readings[blocks[para][1] - 1]
        text = last.sentence.text.rstrip()
        if not last.quotes or last.quotes[-1][1] < len(text) or text.endswith(_CLOSING_QUOTES):
            return None
        following = blocks.get(para + 1)
        if following is None or not readings[following[0]].sentence.text.startswith(_OPENING_QUOTES):
            return None
        para += 1
        for r in readings[following[0] : following[1]]:
            a = r.attribution
            if (
                a is not None
                and a.cue is not None
                and r.quotes
                and r.quotes[0][0] == 0
                and a.cue.start >= r.quotes[0][1]
            ):
                return r
    return None


def _paragraph_blocks(readings: list[_Reading]) -> dict[int, tuple[int, int]]:
    """Paragraph -> (first, end) positions of its readings (a paragraph's sentences are consecutive)."""
    blocks: dict[int, tuple[int, int]] = {}
    for i, reading in enumerate(readings):
        para = reading.sentence.paragraph
        blocks[para] = (blocks[para][0], i + 1) if para in blocks else (i, i + 1)
    return blocks
