"""How sure a claim is: source reliability (Admiralty A-F) x information credibility (1-6), with reasons.

Source reliability, from who speaks:
  B  named official or official body (a person with a role, a ministry, an agency)
  C  anonymous official or source; a media outlet reporting in its own name
  D  a source that cannot be characterised (a role without a name, "experts", "residents")
  F  the speaker could not be resolved
  (A, "completely reliable", is left to analysts: claimtrack never assigns it by itself)
Information credibility, from how it is said (ICD 203 estimative language where it applies):
  2  probably true: a plain assertion ("said", "announced", "confirmed")
  3  possibly true: hedged or estimative ("believes", "assesses" -> "likely"; "could", "may" -> "roughly
     even chance"), or a forecast ("expected", "will", "plans to")
  4  doubtful: "reportedly", "unconfirmed", "purportedly", "allegedly", "could not be verified", or a
     party to the conflict counting the adversary's losses
  6  cannot be judged: a vague quantity ("thousands")
The 0-1 score is the product of the two anchors' weights; every step adds a reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from claimtrack.extraction.actors import is_unnamed_body
from claimtrack.extraction.prefilter import (
    StartScan,
    ascii_words,
    lowercase_twin,
    lowered,
    make_room,
    may_hold,
    word_gate,
    word_mask,
    word_spans,
)
from claimtrack.records import ActorRef, Confidence, Reliability

RELIABILITY_WEIGHT: Final = {"A": 1.0, "B": 0.85, "C": 0.65, "D": 0.45, "E": 0.3, "F": 0.35}
CREDIBILITY_WEIGHT: Final = {1: 1.0, 2: 0.9, 3: 0.7, 4: 0.5, 5: 0.3, 6: 0.5}
# the score of each (reliability, credibility), rounded once here: round() to 3 digits costs a float-to-decimal
# conversion on every claim
_SCORES: Final = {
    (r, c): round(wr * wc, 3) for r, wr in RELIABILITY_WEIGHT.items() for c, wc in CREDIBILITY_WEIGHT.items()
}

# (pattern, credibility, ICD 203 term, reason); the lowest credibility found wins.
LANGUAGE_CUES: Final[tuple[tuple[str, int, str | None, str], ...]] = (
    (r"\breportedly\b|\bunconfirmed\b|\bpurport(?:ed|edly|ing)\b|\ballegedly\b|could not (?:be )?(?:independently )?"
     r"verif|cannot (?:be )?(?:independently )?verif|unverified", 4, None, "unverified or reported-speech wording"),
    (r"\bclaim(?:s|ed)?\b", 4, None, "'claimed': the speaker's assertion, not established"),
    (r"\balmost certainly\b", 2, "almost certain", "'almost certainly'"),
    (r"\bassess(?:es|ed|ment)?\b|\bbelieve[sd]?\b|\bprobably\b|\blikely\b|\bthinks?\b", 3, "likely",
     "estimative language ('assess', 'believe', 'likely')"),
    (r"\bcould\b|\bmay\b|\bmight\b|\bpossibly\b|\bpossible\b|\bperhaps\b", 3, "roughly even chance",
     "possibility language ('could', 'may', 'possibly')"),
    (r"\bexpect(?:s|ed)?\b|\bwill\b|\bplan(?:s|ned)? to\b|\bpredict(?:s|ed)?\b|\bforecast|\bset to\b|\bdue to\b",
     3, None, "forecast, not a report of what happened"),
    (r"\bestimat(?:e|es|ed)\b", 3, None, "an estimate"),
)  # fmt: skip
# Words each cue's pattern needs, one of them at least (lowercase): the regex runs only where one is present.
_LANGUAGE_WORDS: Final[tuple[tuple[str, ...], ...]] = (
    ("reportedly", "unconfirmed", "purport", "allegedly", "verif"),
    ("claim",),
    ("almost certainly",),
    ("assess", "believe", "probably", "likely", "think"),
    ("could", "may", "might", "possib", "perhaps"),
    ("expect", "will", "plan", "predict", "forecast", "set to", "due to"),
    ("estimat",),
)
# The same guard, finer and cheaper (one set intersection with the sentence's runs of a-z instead of 28 substring
# tests): per cue, the words a match of its pattern can begin with (each a whole run of a-z of the lowercased
# sentence: \b, the word, then \b or a space), and the substrings every other match holds. A cue is then found by
# matching its pattern at those words (`_matches_at_words`), and searched for only where a substring is written.
_LANGUAGE_RUNS: Final[tuple[tuple[frozenset[bytes], tuple[str, ...]], ...]] = (
    (ascii_words({"reportedly", "unconfirmed", "purported", "purportedly", "purporting", "allegedly"}), ("verif",)),
    (ascii_words({"claim", "claims", "claimed"}), ()),
    (ascii_words({"almost"}), ()),
    (ascii_words({"assess", "assesses", "assessed", "assessment", "believe", "believes", "believed", "probably",
                  "likely", "think", "thinks"}), ()),
    (ascii_words({"could", "may", "might", "possibly", "possible", "perhaps"}), ()),
    (ascii_words({"expect", "expects", "expected", "will", "plan", "plans", "planned", "predict", "predicts",
                  "predicted", "set", "due"}), ("forecast",)),
    (ascii_words({"estimate", "estimates", "estimated"}), ()),
)  # fmt: skip


def _union_of(gates: tuple[int, ...]) -> int:
    """The bits of all `gates` together."""
    union = 0
    for gate in gates:
        union |= gate
    return union


# each cue's words as a word gate: one mask per sentence (`prefilter.word_mask`) answers the seven cues
_LANGUAGE_GATES: Final = tuple(word_gate(words) for words, _ in _LANGUAGE_RUNS)
# what one of the cues needs, all cues together: a sentence with none of their words and none of their substrings
# holds no cue, told by one bit test and one substring test per substring instead of a test of each cue
_ANY_LANGUAGE_GATE: Final = _union_of(_LANGUAGE_GATES)
_ANY_LANGUAGE_PART: Final = tuple(part for _, parts in _LANGUAGE_RUNS for part in parts)
_LANGUAGE_RES: Final = tuple(
    (re.compile(p, re.IGNORECASE), words, c, t, r)
    for (p, c, t, r), words in zip(LANGUAGE_CUES, _LANGUAGE_WORDS, strict=True)
)
# run on the lowercased sentence
_LANGUAGE_TWINS: Final = tuple(lowercase_twin(pattern) for pattern, *_ in _LANGUAGE_RES)


def _branches(source: str) -> list[str]:
    """The top-level alternatives of a regex source (split at the | outside groups and sets)."""
    out, depth, start, i, in_set = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    return [*out, source[start:]]


def _scan_of(twin: re.Pattern[str]) -> re.Pattern[str] | StartScan:
    """The twin as a `StartScan` when each of its alternatives opens with \\b and a letter (then \\b is (?<!\\w)),
    else the twin itself; only its `search` is used."""
    branches = _branches(twin.pattern)
    if not all(b.startswith("\\b") and b[2:3].isalpha() for b in branches):
        return twin
    return StartScan("|".join(b[2:] for b in branches), r"\w")


_LANGUAGE_SCANS: Final = tuple(_scan_of(twin) for twin in _LANGUAGE_TWINS)
_ANONYMOUS_SOURCE: Final = re.compile(r"official|source|intelligence|diplomat|officer", re.IGNORECASE)
PARTIES: Final = frozenset({"Ukraine", "Russia"})
# the `resolved_from` of a speaker carried from the sentence before to one that names none ("X said shelling hit
# the town. Four civilians were killed.")
CARRIED_FROM_BEFORE: Final = "the sentence before"


def source_reliability(actor: ActorRef | None, resolved_from: str | None) -> tuple[Reliability, list[str]]:
    if actor is None:
        return "F", ["speaker not resolved: reliability F (cannot be judged)"]
    reasons = []
    grade: Reliability
    if resolved_from == CARRIED_FROM_BEFORE:
        reasons.append(f"speaker carried from the sentence before ({actor.name}): this sentence names none")
    elif resolved_from:
        # `repr` concatenated, not `!r` in an f-string: compiled, a conversion makes the whole f-string a `str.format`
        # call through the interpreter (the same text)
        reasons.append("speaker resolved from " + repr(resolved_from) + " to " + actor.name)
    kind, name = actor.kind, actor.name  # read once: each attribute read is a generic lookup on the pydantic model
    if kind == "person" and name != actor.role and " " in name:
        grade = "B"
        reasons.append(f"named official ({name}{', ' + actor.role if actor.role else ''}): reliability B")
    elif kind == "organisation":
        grade = "B"
        reasons.append(f"official body ({name}): reliability B")
    elif kind == "media":
        grade = "C"
        reasons.append(f"media report ({name}): reliability C")
    elif kind == "anonymous" and _ANONYMOUS_SOURCE.search(name):
        grade = "C"
        reasons.append(f"anonymous source ({name}): reliability C")
    elif is_unnamed_body(actor):  # "the Agency said", no agency named
        grade = "C"
        reasons.append(f"unnamed body ({name}): reliability C")
    elif kind == "person" and " " in name:
        grade = "B"
        reasons.append(f"named person ({name}): reliability B")
    else:
        grade = "D"
        reasons.append(f"source not characterised ({name}): reliability D")
    return grade, reasons


def assess(
    actor: ActorRef | None,
    sentence: str,
    *,
    vague: bool = False,
    forecast: bool = False,
    resolved_from: str | None = None,
    adversary_losses: bool = False,
    relayed_by: ActorRef | None = None,
    denied: bool = False,
) -> Confidence:
    """The confidence of a claim made by `actor` in `sentence`; `denied`: the actor denies the count."""
    grade, reasons = source_reliability(actor, resolved_from)
    credibility, estimative = 2, None
    for cred, term, reason in _language_cues(sentence):
        if cred > credibility:
            credibility = cred
        estimative = estimative or term
        reasons.append(reason)
    if forecast and credibility < 3:
        credibility = 3
        reasons.append("forecast of an expected event")
    if adversary_losses and credibility < 4:
        credibility = 4
        reasons.append("a party to the conflict counting the adversary's losses")
    if vague:
        credibility = 6
        reasons.append("vague quantity: credibility cannot be judged")
    if denied:
        reasons.append("a denial: the speaker says this count is not so (kind 'denial', not a report of it)")
    if relayed_by is not None:
        reasons.append(f"relayed by {relayed_by.name}")
    if credibility == 2:
        reasons.append("plain assertion: credibility 2 (probably true)")
    return confidence_record(_SCORES[grade, credibility], grade, credibility, estimative, reasons)


_NEW_OBJECT: Final = object.__new__


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    """The `__set__` of the descriptor `object.__setattr__(record, name, value)` reaches on a `cls` instance: the
    same store without the generic attribute lookup before it."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name].__set__  # type: ignore[no-any-return]
    raise AttributeError(name)


_SET_DICT: Final = _slot_setter(Confidence, "__dict__")
_SET_FIELDS_SET: Final = _slot_setter(Confidence, "__pydantic_fields_set__")
_SET_EXTRA: Final = _slot_setter(Confidence, "__pydantic_extra__")
_SET_PRIVATE: Final = _slot_setter(Confidence, "__pydantic_private__")
_CONFIDENCE_FIELDS: Final = frozenset({"score", "reliability", "credibility", "estimative", "reasons"})


def confidence_record(
    score: float, reliability: Reliability, credibility: int, estimative: str | None, reasons: list[str]
) -> Confidence:
    """`Confidence(score=..., reliability=..., ...)` without pydantic's validation, whose values here are already
    those it would keep (a float, a grade, an int, a str or None, a new list of str): the instance's dict and
    pydantic's three slots, as validation fills them (half the cost; a test compares the two records), each stored
    by its descriptor's `__set__` (`_slot_setter`)."""
    record: Confidence = _NEW_OBJECT(Confidence)
    _SET_DICT(
        record,
        {
            "score": float(score),
            "reliability": reliability,
            "credibility": credibility,
            "estimative": estimative,
            "reasons": reasons,
        },
    )
    _SET_FIELDS_SET(record, set(_CONFIDENCE_FIELDS))
    _SET_EXTRA(record, None)
    _SET_PRIVATE(record, None)
    return record


_CUES_FOUND: Final[dict[str, tuple[tuple[int, str | None, str], ...]]] = {}


def _language_cues(sentence: str) -> tuple[tuple[int, str | None, str], ...]:
    """`_scan_language_cues(sentence)`, remembered per sentence (`MEMO_SIZE`; the claims of one sentence share it) in
    a dict the compiled code reads rather than an lru_cache, a call through the interpreter on every lookup."""
    found = _CUES_FOUND.get(sentence)
    if found is None:
        make_room(_CUES_FOUND)
        found = _CUES_FOUND[sentence] = _scan_language_cues(sentence)
    return found


def _scan_language_cues(sentence: str) -> tuple[tuple[int, str | None, str], ...]:
    """(credibility, estimative term, reason) of every language cue in the sentence, in `LANGUAGE_CUES` order."""
    low = lowered(sentence)
    found = []
    if low is None:  # a case-folding trap: the patterns themselves decide
        for pattern, _, cred, term, reason in _LANGUAGE_RES:
            if pattern.search(sentence):
                found.append((cred, term, reason))
        return tuple(found)
    mask = word_mask(low)
    if mask & _ANY_LANGUAGE_GATE == 0 and not may_hold(low, _ANY_LANGUAGE_PART):
        return ()
    for (_, _, cred, term, reason), gate, (words, parts), twin, scan in zip(
        _LANGUAGE_RES, _LANGUAGE_GATES, _LANGUAGE_RUNS, _LANGUAGE_TWINS, _LANGUAGE_SCANS, strict=True
    ):
        # a match begins at one of the cue's words, or holds one of its substrings: then the scan finds it
        if mask & gate != 0 and _matches_at_words(twin, low, words) or may_hold(low, parts) and scan.search(low):
            found.append((cred, term, reason))
    return tuple(found)


def _matches_at_words(twin: re.Pattern[str], low: str, words: frozenset[bytes]) -> bool:
    """Whether `twin` matches `low` where one of `words` is a whole run of a-z: a match tried at a few words
    instead of a scan of the whole sentence (\b before the word sees the character before it)."""
    for start, _ in word_spans(low, words):
        if twin.match(low, start) is not None:
            return True
    return False


def is_adversary_losses(actor: ActorRef | None, side_adjective: str | None, kind: str) -> bool:
    """Ukraine counting Russian losses, or Russia counting Ukrainian ones."""
    if actor is None or actor.affiliation not in PARTIES or kind not in {"casualties", "materiel"}:
        return False
    own = {"Ukraine": "Ukrainian", "Russia": "Russian"}[actor.affiliation]
    return side_adjective is not None and side_adjective != own and side_adjective in {"Ukrainian", "Russian"}
