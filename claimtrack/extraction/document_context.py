"""What the reading of a document passes between its parts: `Context` (what it remembers from one sentence to
the next: speakers, days, places, sides), `Attribution` (a sentence's claimant, relay and cue) and `_Reading` (one
sentence as the first pass read it). Every other module of the pipeline reads and fills these.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field
from typing import Final

from claimtrack.extraction.actors import PersonRegistry
from claimtrack.extraction.attribution import Cue
from claimtrack.extraction.dates import DateMention
from claimtrack.extraction.focus import PlaceFocus
from claimtrack.extraction.place_mention import PlaceMention
from claimtrack.extraction.place_references import PlaceContext
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.speaker_run import SpeakerRun
from claimtrack.records import ActorRef, DateRef

SUBJECT_REACH: Final = 2  # how many sentences back a "he said" looks for a person named as a sentence's subject


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class Attribution:
    claimant: ActorRef
    relay: ActorRef | None
    cue: Cue | None
    resolved_from: str | None  # "he", "quote continuation" ...
    phrase_spans: list[tuple[int, int]]  # relative spans of the speaker words in the sentence

    def __init__(self, claimant: ActorRef, relay: ActorRef | None, cue: Cue | None, resolved_from: str | None,
                 phrase_spans: list[tuple[int, int]]) -> None:  # fmt: skip
        self.claimant = claimant
        self.relay = relay
        self.cue = cue
        self.resolved_from = resolved_from
        self.phrase_spans = phrase_spans


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class Context:
    """What the reading of a document remembers from one sentence to the next."""

    published: dt.date | None
    persons: PersonRegistry = field(default_factory=PersonRegistry)
    last_speaker: ActorRef | None = None
    last_group: ActorRef | None = None
    last_org: ActorRef | None = None
    orgs_spoken: list[ActorRef] = field(default_factory=list)  # the named organisations that spoke, in order
    last_publisher: ActorRef | None = None  # the last organisation or outlet that spoke: "the report" is its
    statement_author: ActorRef | None = None  # who made the last statement named: "the statement said"
    # who last spoke in a sentence naming a document ("X said in its latest report"): "figures from the report:"
    document_speakers: dict[str, ActorRef] = field(default_factory=dict)
    # the sentences read since the last one with a speaker, with their quotes: whom a later "he said" may mean
    since_speaker: deque[tuple[Sentence, list[tuple[int, int]]]] = field(
        default_factory=lambda: deque(maxlen=SUBJECT_REACH)
    )
    speaker_dates: dict[str, tuple[int, DateRef]] = field(default_factory=dict)  # name -> (sentence index, date)
    # the last sentence naming an occasion and its day ("X addressed the assembly on 24 September"), as
    # (sentence index, date, text): the date of the words of those it names, said there
    occasion: tuple[int, DateRef, str] | None = None
    # occasions named by their noun, with the sentence index and day that dated them ("held a briefing on Tuesday"):
    # what a later "at the briefing" means
    occasion_days: dict[str, tuple[int, DateRef]] = field(default_factory=dict)
    dateline: DateMention | None = None  # "KYIV, Nov 3 (Reuters) -": when the story's statements were made
    title_date: DateRef | None = None  # "Spokeswoman's answers to media questions, Moscow, 29 September 2022"
    page_day: DateRef | None = None  # the page's date stamp above the story ("Published 18 April 2022 | Views: 48")
    entry_days: list[tuple[int, DateRef]] = field(default_factory=list)  # a live blog's day headings (offset, day)
    last_day: dt.date | None = None  # the last day named, as of the last sentence whose dates were read
    # sentences since then whose dates were not needed: read only if a later "that day" needs `last_day`
    undated: list[Sentence] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)  # the document's, by index
    side_at: dict[int, str | None] = field(default_factory=dict)  # sentence index -> side of troops mentioned
    places: PlaceContext = field(default_factory=PlaceContext)  # for "the capital", "the town"
    voice: ActorRef | None = None  # the body a statement's title or signature names: its "we" outside quotes
    # sentences not yet observed by `places`, with their places when read: observed when a reference needs them
    unplaced: list[tuple[Sentence, list[PlaceMention] | None]] = field(default_factory=list)
    run: SpeakerRun = field(default_factory=SpeakerRun)  # one speaker's consecutive sentences: the place they gave
    # the last sentences `places` observed, with their places: the scene before a toll, with `unplaced` after them
    observed: deque[tuple[Sentence, list[PlaceMention] | None]] = field(
        default_factory=lambda: deque(maxlen=SCENE_REACH)
    )
    focus: PlaceFocus = field(default_factory=PlaceFocus)  # the places the claims' sentences name: what it is about
    # the places of sentences waiting in `unplaced`, read without context once for every reader that peeks at them
    plain_places: dict[int, list[PlaceMention]] = field(default_factory=dict)

    def __init__(
        self,
        published: dt.date | None,
        persons: PersonRegistry | None = None,
        last_speaker: ActorRef | None = None,
        last_group: ActorRef | None = None,
        last_org: ActorRef | None = None,
        orgs_spoken: list[ActorRef] | None = None,
        last_publisher: ActorRef | None = None,
        statement_author: ActorRef | None = None,
        document_speakers: dict[str, ActorRef] | None = None,
        since_speaker: deque[tuple[Sentence, list[tuple[int, int]]]] | None = None,
        speaker_dates: dict[str, tuple[int, DateRef]] | None = None,
        occasion: tuple[int, DateRef, str] | None = None,
        occasion_days: dict[str, tuple[int, DateRef]] | None = None,
        dateline: DateMention | None = None,
        title_date: DateRef | None = None,
        page_day: DateRef | None = None,
        entry_days: list[tuple[int, DateRef]] | None = None,
        last_day: dt.date | None = None,
        undated: list[Sentence] | None = None,
        sentences: list[Sentence] | None = None,
        side_at: dict[int, str | None] | None = None,
        places: PlaceContext | None = None,
        voice: ActorRef | None = None,
        unplaced: list[tuple[Sentence, list[PlaceMention] | None]] | None = None,
        run: SpeakerRun | None = None,
        observed: deque[tuple[Sentence, list[PlaceMention] | None]] | None = None,
        focus: PlaceFocus | None = None,
        plain_places: dict[int, list[PlaceMention]] | None = None,
    ) -> None:
        """The fields' defaults as `field` gives them; None for a field with a default factory: a new one."""
        self.published = published
        self.persons = PersonRegistry() if persons is None else persons
        self.last_speaker = last_speaker
        self.last_group = last_group
        self.last_org = last_org
        self.orgs_spoken = [] if orgs_spoken is None else orgs_spoken
        self.last_publisher = last_publisher
        self.statement_author = statement_author
        self.since_speaker = deque(maxlen=SUBJECT_REACH) if since_speaker is None else since_speaker
        self.speaker_dates = {} if speaker_dates is None else speaker_dates
        self.occasion = occasion
        self.occasion_days = {} if occasion_days is None else occasion_days
        self.document_speakers = {} if document_speakers is None else document_speakers
        self.dateline = dateline
        self.title_date = title_date
        self.page_day = page_day
        self.entry_days = [] if entry_days is None else entry_days
        self.last_day = last_day
        self.undated = [] if undated is None else undated
        self.sentences = [] if sentences is None else sentences
        self.side_at = {} if side_at is None else side_at
        self.places = PlaceContext() if places is None else places
        self.voice = voice
        self.unplaced = [] if unplaced is None else unplaced
        self.run = SpeakerRun() if run is None else run
        self.observed = deque(maxlen=SCENE_REACH) if observed is None else observed
        self.focus = PlaceFocus() if focus is None else focus
        self.plain_places = {} if plain_places is None else plain_places


SCENE_REACH: Final = 2  # a toll carries the scene of one of the two sentences right before it


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class _Reading:
    """One sentence as read in the first pass."""

    sentence: Sentence
    quotes: list[tuple[int, int]]
    cues: list[Cue]
    attribution: Attribution | None
    date_from: _Reading | None = None  # a later sentence saying when these words were said (the quote's closing cue)
    lead_in: _Reading | None = None  # the header line whose speaker this line (a list item) has, if any
    told_on: dt.date | None = None  # the day its "yesterday" is read from, if not publication's (an interview's)

    def __init__(self, sentence: Sentence, quotes: list[tuple[int, int]], cues: list[Cue],
                 attribution: Attribution | None, date_from: _Reading | None = None,
                 lead_in: _Reading | None = None, told_on: dt.date | None = None) -> None:  # fmt: skip
        self.sentence = sentence
        self.quotes = quotes
        self.cues = cues
        self.attribution = attribution
        self.date_from = date_from
        self.lead_in = lead_in
        self.told_on = told_on
