"""Merging a document's claims: one claim per speaker, kind and bounds (or statement), repeats becoming mentions;
claims that repeat one claim in a headline, a bullet or another spelling made one; a live blog entry's headline
joined to its body's claim; a headline's claim dated by the body's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

from claimtrack.extraction.prefilter import lowered
from claimtrack.extraction.repeats import (
    DRONE_NOUNS,
    GENERIC_KINDS,
    place_of_count,
    places_conflict,
    same_claim,
    summary_level,
)
from claimtrack.extraction.sentences import Sentence
from claimtrack.records import DateRef, ExtractedClaim


def _headline_end(text: str, sentences: list[Sentence]) -> int:
    """Where the headline ends: the end of the first sentence when it is a line of its own that does not close
    with a full stop (a headline's way), else -1."""
    return _headline_line_end(text, sentences[0])


def _headline_line_end(text: str, sentence: Sentence) -> int:
    """The end of `sentence` when it is a line of its own that does not close with a full stop (a headline's
    way), else -1."""
    if sentence.start > 0 and text[sentence.start - 1] not in "\n\r":
        return -1
    return (
        sentence.end
        if text[sentence.end : sentence.end + 1] in {"\n", "\r"} and not sentence.text.rstrip().endswith(".")
        else -1
    )


def _entry_headlines(text: str, sentences: list[Sentence], entries: list[tuple[int, DateRef]]) -> list[_EntryHead]:
    """The headline of each live-blog entry (the line after its stamp, when it reads as a headline) with where
    its entry's body ends (the next stamp, or the end of the text)."""
    heads: list[_EntryHead] = []
    starts = [s.start for s in sentences]
    for n, (stamp, _) in enumerate(entries):
        line_end = text.find("\n", stamp)
        if line_end < 0:
            break
        i = bisect_right(starts, line_end)
        if i >= len(sentences):
            break
        head_end = _headline_line_end(text, sentences[i])
        body_end = entries[n + 1][0] if n + 1 < len(entries) else len(text)
        if head_end >= 0 and head_end < body_end:
            heads.append(_EntryHead(sentences[i].start, head_end, body_end))
    return heads


@dataclass(frozen=True)
class _EntryHead:
    """A live-blog entry's headline (its offsets) and the end of the entry's body below it."""

    start: int
    end: int
    body_end: int


def _merge_entry_headlines(claims: list[ExtractedClaim], heads: list[_EntryHead]) -> list[ExtractedClaim]:
    """A count an entry's headline states ("Kyiv says 20 drones downed") that the entry's body states again
    ("The air force said it shot down 20 drones") is the body's claim, told by whom the body names: the headline
    becomes a mention of it, not a claim of the headline's shorthand speaker."""
    if not heads:
        return claims
    out = list(claims)
    for head in heads:
        for claim in list(out):
            if not all(head.start <= m.start and m.end <= head.end for m in claim.mentions):
                continue
            body = _repeated_in_body(claim, out, head)
            if body is not None:
                out[out.index(body)] = _combine(body, claim, keep_first=True)
                out.remove(claim)
    return out


def _repeated_in_body(claim: ExtractedClaim, claims: list[ExtractedClaim], head: _EntryHead) -> ExtractedClaim | None:
    """The first claim of the entry's body that states the headline claim's number again, if any."""
    q = claim.quantity
    if q is None or q.vague:
        return None
    numbers = {q.low, q.high} - {None}
    for other in claims:
        oq = other.quantity
        if other is claim or oq is None or oq.vague or not head.end <= other.mentions[0].start < head.body_end:
            continue
        if numbers & ({oq.low, oq.high} - {None}):
            return other
    return None


def _merge(
    claims: list[ExtractedClaim], loose: list[ExtractedClaim], headline_end: int = -1, text: str = ""
) -> list[ExtractedClaim]:
    """One claim per (actor, subject, bounds) or per (actor, sentence text); repeats become mentions. A claim first
    read in the headline takes the body sentence that repeats it as its evidence (the fuller wording, where the
    claimant is named); the headline stays a mention."""
    out: list[ExtractedClaim] = []  # one claim per key, in the order the keys came
    slot: dict[str, int] = {}  # key -> its claim's index in `out` (a statement's key only once it is needed)
    alike = _StatementsAlike()
    for claim in claims:
        if not alike.may_repeat(claim, out, slot):  # a new key: no claim before has it
            out.append(claim)
            continue
        key = _merge_key(claim)
        if (
            key in slot
            and claim.quantity is not None
            and (_other_count_of_sentence(out[slot[key]], claim) or _other_materiel(out[slot[key]], claim))
        ):
            key += f"|{claim.quantity.unit}"  # "100 vests and 100 helmets": two counts, not one repeated
        if key in slot and claim.place is not None and _elsewhere(text, out[slot[key]], claim):
            key += f"|{claim.place.name}"  # "4 killed in Kharkiv", then "4 killed in Kherson": two counts
        if key not in slot:
            slot[key] = len(out)
            out.append(claim)
            continue
        first = out[slot[key]]
        if _in_headline(first, headline_end) and not _in_headline(claim, headline_end):
            out[slot[key]] = _combine(claim, first, keep_first=True)
            continue
        out[slot[key]] = _combine(first, claim)
    for count in loose:
        q = count.quantity
        assert q is not None  # a loose count is a count
        for i, claim in enumerate(out):
            cq = claim.quantity
            if (
                cq is not None
                and not cq.vague
                and not q.vague
                and (cq.low, cq.high) == (q.low, q.high)
                and claim.kind == count.kind
            ):
                out[i] = _combine(claim, count, keep_first=True)
                break
    out.sort(key=lambda c: c.mentions[0].start)
    return out


def _merge_repeats(claims: list[ExtractedClaim], text: str) -> list[ExtractedClaim]:
    """Claims `_merge` left apart that repeat one claim (`repeats.same_claim`: a headline's or a bullet's
    shorthand speaker, another spelling of one name, another noun or kind for one figure) made one: the claim
    told in the body keeps its speaker and evidence, the summary line becomes a mention. Claims are compared
    only with the claims that share a number with them."""
    groups: list[ExtractedClaim] = []
    short: list[int] = []  # each group's `summary_level` (the least of its mentions')
    kinds: list[frozenset[str]] = []  # the kinds each group's readings had
    by_number: dict[float, list[int]] = {}
    for claim in claims:
        q = claim.quantity
        if q is None or q.vague:
            groups.append(claim)
            short.append(0)
            kinds.append(frozenset())
            continue
        numbers = [n for n in (q.low, q.high) if n is not None]
        level = min(summary_level(text, m.start, m.end) for m in claim.mentions)
        into = _repeated_claim(text, claim, level > 0, _Groups(groups, short, kinds), numbers, by_number)
        if into < 0:
            for n in numbers:
                by_number.setdefault(n, []).append(len(groups))
            groups.append(claim)
            short.append(level)
            kinds.append(frozenset({claim.kind}))
            continue
        kinds[into] = kinds[into] | {claim.kind}
        first = groups[into]
        if level < short[into]:  # the fuller wording and its speaker are the claim's; the summary a mention
            groups[into] = _with_kind(_combine(claim, first, keep_first=True), first)
        else:
            groups[into] = _with_kind(_combine(first, claim, keep_first=True), claim)
        short[into] = min(short[into], level)
        for n in numbers:
            if into not in by_number.setdefault(n, []):
                by_number[n].append(into)
    groups.sort(key=lambda c: c.mentions[0].start)
    return groups


@dataclass(frozen=True)
class _Groups:
    """The claims `_merge_repeats` has kept so far, whether each stands only in summary lines, and its kinds."""

    claims: list[ExtractedClaim]
    short: list[int]  # `repeats.summary_level`
    kinds: list[frozenset[str]]


def _repeated_claim(
    text: str,
    claim: ExtractedClaim,
    is_short: bool,
    groups: _Groups,
    numbers: list[float],
    by_number: dict[float, list[int]],
) -> int:
    """The index in `groups` of the claim that `claim` repeats, or -1."""
    starts = {m.start for m in claim.mentions}
    for n in numbers:
        for i in by_number.get(n, ()):
            other = groups.claims[i]
            if starts.isdisjoint(m.start for m in other.mentions) and same_claim(
                text, other, claim, groups.short[i] > 0, is_short, groups.kinds[i]
            ):
                return i
    return -1


def _with_kind(merged: ExtractedClaim, other: ExtractedClaim) -> ExtractedClaim:
    """`merged` with the kind `other` read when `merged` read none ("count"): "1.5 million refugees" says what
    "1.5 million people" did not."""
    if merged.kind in GENERIC_KINDS and other.kind not in GENERIC_KINDS:
        return merged.model_copy(update={"kind": other.kind})
    return merged


def _elsewhere(text: str, first: ExtractedClaim, claim: ExtractedClaim) -> bool:
    """Whether two counts of the document `text` each name, in their own clause, a different place."""
    return places_conflict(first.place, claim.place) and place_of_count(text, first) and place_of_count(text, claim)


def _headline_dates_from_body(claims: list[ExtractedClaim], headline_end: int) -> list[ExtractedClaim]:
    """A headline's claim without a date takes the date of the body's claim that repeats it (the same speaker and
    bounds, told under another noun: "Border Guard: 1.5 million refugees in Poland" over "... 1.5 million people
    crossed - announced on Saturday the Border Guard"); the headline names no day of its own."""
    out = claims
    for i, claim in enumerate(claims):
        q = claim.quantity
        if (
            claim.claim_date is not None
            or claim.actor is None
            or q is None
            or q.vague
            or not _in_headline(claim, headline_end)
        ):
            continue
        who = claim.actor.name.lower()
        bounds = (q.low, q.high)
        body = next(
            (
                other
                for other in claims
                if other.claim_date is not None
                and other.actor is not None
                and other.quantity is not None
                and not other.quantity.vague
                and other.actor.name.lower() == who
                and (other.quantity.low, other.quantity.high) == bounds
                and not _in_headline(other, headline_end)
            ),
            None,
        )
        if body is not None:
            out = out if out is not claims else list(claims)
            out[i] = claim.model_copy(update={"claim_date": body.claim_date})
    return out


def _in_headline(claim: ExtractedClaim, headline_end: int) -> bool:
    """Whether every mention of `claim` so far lies in the headline (which ends at `headline_end`)."""
    return headline_end >= 0 and all(m.end <= headline_end for m in claim.mentions)


def _other_count_of_sentence(first: ExtractedClaim, claim: ExtractedClaim) -> bool:
    """Whether `claim` counts something else than `first` in the same sentence, with the same bounds."""
    a, b = first.quantity, claim.quantity
    return (
        a is not None
        and b is not None
        and first.mentions[0].start == claim.mentions[0].start
        and a.start != b.start
        and (a.unit or "") != (b.unit or "")
    )


def _other_materiel(first: ExtractedClaim, claim: ExtractedClaim) -> bool:
    """Whether two counts of materiel with the same bounds count different things: "one tank and six motor
    vehicles" and, a sentence later, "six HIMARS projectiles" (no word of one noun in the other, not two names of
    drones)."""
    a, b = first.quantity, claim.quantity
    if first.kind != "materiel" or a is None or b is None or not a.unit or not b.unit:
        return False
    ua, ub = a.unit.lower(), b.unit.lower()
    if ua in DRONE_NOUNS and ub in DRONE_NOUNS:
        return False
    return not set(ua.split()) & set(ub.split()) and ua.rstrip("s") != ub.rstrip("s")


_NON_WORDS: Final = re.compile(r"\W+")
_WORD_RUNS: Final = re.compile(r"\w+")


# bytes.translate's table: an ASCII word character (\w) stays, any other ASCII character becomes a space
_ASCII_WORDS_ONLY: Final = bytes(c if re.match(r"\w", chr(c)) else 32 for c in range(128)) + bytes(128)


# the characters other than ASCII that news copy holds most (curly quotes, dashes, the ellipsis, the no-break space):
# none is a word character, so a space in place of each leaves the runs of word characters as they were
_NON_WORD_MARKS: Final = ("’", "“", "”", "‘", "–", "—", "…", "\u00a0")
if any(re.match(r"\w", mark) for mark in _NON_WORD_MARKS):
    raise ValueError("_NON_WORD_MARKS must hold no word character")


def _words_of(text: str) -> str:
    """`_NON_WORDS.sub(" ", text).strip()`: the runs of word characters joined by single spaces (no word
    character is whitespace); an ASCII text's by a translation and a split of its bytes (a third of the time),
    as is a text that is ASCII once its quotes and dashes (`_NON_WORD_MARKS`) are spaces."""
    if not text.isascii():
        for mark in _NON_WORD_MARKS:
            text = text.replace(mark, " ")
        if not text.isascii():
            return " ".join(_WORD_RUNS.findall(text))
    return b" ".join(text.encode("ascii").translate(_ASCII_WORDS_ONLY).split()).decode("ascii")


class _StatementsAlike:
    """Which statements `_merge` need not key: a statement's key holds the words of its sentence (`_words_of`, most of
    the cost of a key), and two keys can be equal only where the speaker, the vague count's words and the number of
    "e"s and of "a"s of the lowercased sentence (kept by `_words_of`; no other character lowercases to one) are. A
    statement whose such sign no claim before had is a key of its own: it takes a place in the output unkeyed, and
    is keyed only when a later statement with its sign comes. Keys with "|" in the speaker or the count's words are
    always made (a key with more separators than a statement's three is none of those signs' keys)."""

    def __init__(self) -> None:
        self.unkeyed: dict[tuple[str, str, int, int], int] = {}  # sign -> the index in the output of its one claim
        self.keyed: set[tuple[str, str, int, int]] = set()  # signs whose claims are keyed

    def may_repeat(self, claim: ExtractedClaim, out: list[ExtractedClaim], slot: dict[str, int]) -> bool:
        """Whether `claim`'s key may be one already in `slot` or `out`; False for a statement whose sign is new (it
        is noted unkeyed at the end of `out`, where the caller puts it). A statement whose sign was unkeyed until
        now has the one claim with it keyed first (its key never was in `slot`: no claim before had its sign)."""
        q = claim.quantity
        if q is not None and not q.vague:
            return True
        who = claim.actor.name.lower() if claim.actor else ""
        raw = q.raw.lower() if q else ""
        if "|" in who or "|" in raw:
            return True
        sentence = claim.mentions[0].sentence
        low = lowered(sentence)  # most often remembered: the document's sentences were read
        if low is None:
            sign = (who, raw, sentence.count("e") + sentence.count("E"), sentence.count("a") + sentence.count("A"))
        else:  # no character but "E" lowercases to (or to a text holding) "e", none but "A" to "a"
            sign = (who, raw, low.count("e"), low.count("a"))
        if sign in self.keyed:
            return True
        at = self.unkeyed.pop(sign, -1)
        if at < 0:
            self.unkeyed[sign] = len(out)
            return False
        slot[_merge_key(out[at])] = at
        self.keyed.add(sign)
        return True


def _merge_key(claim: ExtractedClaim) -> str:
    who = claim.actor.name.lower() if claim.actor else ""
    q = claim.quantity
    if q is not None and not q.vague:
        return f"n|{who}|{claim.kind}|{q.low}|{q.high}"
    text = _words_of(claim.mentions[0].sentence.lower())
    return f"s|{who}|{text}|{q.raw.lower() if q else ''}"


def _combine(first: ExtractedClaim, other: ExtractedClaim, keep_first: bool = False) -> ExtractedClaim:
    """`first` with `other`'s mentions added and its missing fields filled from `other`."""
    # the first mention stays the evidence: it is where the claimant is named
    seen = {x.start for x in first.mentions}  # built once, not once per mention
    mentions = first.mentions + [m for m in other.mentions if m.start not in seen]
    mentions[1:] = sorted(mentions[1:], key=lambda m: m.start)
    update: dict = {"mentions": mentions}
    for name in ("place", "claim_date", "event_date"):
        if getattr(first, name) is None and getattr(other, name) is not None:
            update[name] = getattr(other, name)
    if not keep_first and first.subject and other.subject and len(other.subject) > len(first.subject):
        update["subject"] = other.subject
    return first.model_copy(update=update)
