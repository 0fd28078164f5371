"""A place carried to a count through one speaker's consecutive sentences.

"The governor said four people were killed in Dnipro. He said 19 others were wounded.": the second sentence names
no place, and its speaker is still talking about the place they just gave. The place is carried only from the
sentence right before, of the same speaker or of a speaker who adds to it ("..., the regional governor said. Three
were killed, Oleh Kiper added."), to a sentence that names no place at all; any other sentence between ends the
run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.records import ActorRef, PlaceRef


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class SpeakerRun:
    """The last speaker read, the index of their last sentence and the last place they gave in this run."""

    speaker: str = ""
    index: int = -2
    place: PlaceRef | None = None

    def __init__(self, speaker: str = "", index: int = -2, place: PlaceRef | None = None) -> None:
        self.speaker = speaker
        self.index = index
        self.place = place

    def place_for(
        self, claimant: ActorRef, index: int, own: PlaceRef | None, names_places: bool, adds: bool = False
    ) -> PlaceRef | None:
        """The place a sentence of `claimant` at `index` carries from the run of the same speaker's sentences
        right before it, when it names no place (`names_places` false); `own`, its own place, is remembered.
        With `adds` (its verb is "added"), the sentence continues the report right before whoever spoke it."""
        same_run = index == self.index + 1 and (adds or same_speaker(claimant.name, self.speaker))
        carried = self.place if own is None and not names_places and same_run else None
        if not same_run:
            self.speaker, self.place = claimant.name, None
        self.index = index
        if own is not None:
            self.place = own
        return carried


def same_speaker(name: str, earlier: str) -> bool:
    """Whether `name` may be the speaker `earlier` named again: the same name, or one sharing a word of four
    letters or more with it ("the ministry" after "Ministry of Defence of Azerbaijan", "a military spokesperson"
    after "the Israeli military", "Senkevych" after "Oleksandr Senkevych"); a country's name or adjective, or a word
    any body may hold, is not shared ("Ukraine" and "State Emergency Service of Ukraine" are two speakers)."""
    if name == earlier:
        return True
    words = {w for w in _WORD.findall(earlier.lower()) if len(w) >= 4} - _ANY_BODY_WORDS
    return any(w in words and not _names_a_place(w) for w in _WORD.findall(name.lower()) if len(w) >= 4)


_WORD: Final = re.compile(r"[a-z][a-z-]+")
_ANY_BODY_WORDS: Final = frozenset("official officials forces armed national state general regional city local "
                                   "international united central joint federal".split())  # fmt: skip


def _names_a_place(word: str) -> bool:
    gaz = load_gazetteer()
    return gaz.lookup(word.title()) is not None or gaz.lookup_adjective(word.title()) is not None


# the verbs of a remark that continues the report before it: "Three were killed, Oleh Kiper added."
_ADDING_VERBS: Final = frozenset("add adds added".split())  # not "..., adding": a remark of the same sentence


def adds_to_report(verb: str | None) -> bool:
    """Whether a cue's verb adds to the report right before it ("added", "adds"), whoever speaks."""
    return verb is not None and verb.lower() in _ADDING_VERBS
