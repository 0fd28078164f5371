"""Sentences that say when the words before them were said ("He made the comments Thursday in Minsk.", "She was
speaking on Tuesday to reporters.", "The interview was published on Monday."), and who they say it of."""

from __future__ import annotations

import re

from claimtrack.records import ActorRef

_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_SUBJECT = r"(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)"
_WORDS_NOUN = r"(?:comments?|remarks?|statements?|announcement|claims?|assessment|warning|pledge)"
# "X made the comments", "X gave the remarks", "X was speaking", "X spoke", "X was writing"
_SPEAKER_FIRST = re.compile(
    rf"^{_SUBJECT}\s+(?:(?:made|gave|delivered|posted|voiced|issued)\s+(?:the|these|those|his|her|their|its)\s+"
    rf"(?:\w+\s+)?{_WORDS_NOUN}|(?:was|were)\s+speaking|spoke|(?:was|were)\s+(?:talking|writing))\b"
)
# "The comments were made on Monday", "His remarks came Thursday", "The interview was published on Monday"
_WORDS_FIRST = re.compile(
    rf"^(?:the|his|her|their|its|those|these)\s+(?:\w+\s+)?(?:{_WORDS_NOUN}|interview|speech|address|post|video|"
    r"letter|op-ed)\s+(?:(?:was|were|had\s+been)\s+(?:made|published|aired|broadcast|released|posted|recorded|given|"
    r"delivered|issued)|came)\b",
    re.IGNORECASE,
)


_DATE_REACH = 40  # "X made the comments [at a meeting with students] Thursday": the date follows the verb closely
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:when|which|where|while|as|after|before|because|but|and)\b")


def dates_earlier_words(sentence: str) -> tuple[str, int] | None:
    """Whether `sentence` is one that says when the words before it were said: its subject ("he", "Petrov", "the
    minister"; "" when it names the words themselves: "The remarks came Thursday") and where its verb ends; None
    when it is not one."""
    text = sentence.lstrip(" \"'“‘")
    lead = len(sentence) - len(text)
    if (m := _SPEAKER_FIRST.match(text)) is not None:
        return m.group("subject"), lead + m.end()
    if (m := _WORDS_FIRST.match(text)) is not None:
        return "", lead + m.end()
    return None


def dates_the_verb(sentence: str, verb_end: int, date_start: int) -> bool:
    """Whether the date at `date_start` belongs to the verb ending at `verb_end` ("made the comments Thursday",
    "spoke on Tuesday to reporters"), not to a later clause ("came on the eve of the day when, on Thursday, ...")."""
    between = sentence[verb_end:date_start]
    return 0 <= len(between) <= _DATE_REACH and _CLAUSE_BREAK.search(between) is None


def may_be_speaker(subject: str, claimant: ActorRef) -> bool:
    """Whether the subject of such a sentence may be the claimant: a pronoun, the words themselves, a role ("the
    minister"), or a name sharing a word with the claimant's ("Petrov" for "Ivan Petrov")."""
    words = subject.lower().split()
    if not words or words[0] in _PRONOUNS or words[0] == "the":
        return True
    names = {w.lower() for w in re.findall(r"[\w'’-]+", f"{claimant.name} {claimant.raw}")}
    return any(w.strip("'’.") in names for w in words)
