"""The second round of speed-ups finds exactly what the plain computation finds, on any text.

Each property compares a shortcut with the code it replaced (kept here as the reference), on text built from
the pieces the patterns look for, mixed with odd whitespace, line breaks and letters that case folding treats
specially.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from claimtrack.extraction import attribution, dates, pipeline, place_mention, place_names, places, speaker_labels
from claimtrack.extraction.actors import actor_lexicon
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import alternation
from claimtrack.records import ActorRef, Confidence, DateRef, Evidence, ExtractedClaim, PlaceRef, Quantity

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_STAMP_PIECES = [
    "Updated", "updated at", "Last updated on:", "POSTED", "Added", "published", "10:45", "9.30 am", "11 p.m.",
    "23:05 GMT", "5pm", " ET", "2 hours ago", "an hour ago", "a minute ago", "12 mins ago", "hrs ago", "Monday",
    "Tue.", "3 May 2024", "May 4", "4 May", "Oct. 23, 2024", "Sunday, 5 May", "—", "|", "·", "-", ",",
    "The army said 300 troops", "a", "A", "an", "٣", "İ", "ſ", "K", " ", "  ", "\t", "\n", "\n", "\n", "\n\n", ":",
]


def _entry_days_plain(text: str, published: dt.date | None) -> list[tuple[int, DateRef]]:
    """`dates.entry_days` as it was: the stamp lines searched for with `finditer` over the whole text."""
    stamps: list[tuple[int, DateRef | None]] = []
    for m in dates._STAMP_LINE.finditer(text):
        day = None
        if m.group("ago") and published is not None:
            day = DateRef(value=published, precision="day", raw=f"{m.group(0).strip()} (entry)")
        stamps.append((m.start(), day))
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if 6 <= len(line.strip()) <= dates._HEADING_CHARS and any(c.isdigit() for c in line):
            heading = dates._day_heading(line, pos, published)
            if heading is not None:
                stamps.append((pos, heading.model_copy(update={"raw": f"{heading.raw} (entry)"})))
        pos = end + 1
    return dates.carried_entry_days(stamps, published)  # the carry is shared; the stamps are what changed


def _dumped(days: list[tuple[int, DateRef]]) -> list[tuple[int, dict[str, object]]]:
    return [(start, day.model_dump()) for start, day in days]


@QUICK
@given(
    st.lists(st.sampled_from(_STAMP_PIECES), max_size=30).map(lambda pieces: " ".join(pieces).replace(" \n ", "\n")),
    st.sampled_from([None, dt.date(2024, 5, 5), dt.date(2022, 2, 24)]),
)
def test_entry_days_matches_the_stamp_lines_at_line_starts(text: str, published: dt.date | None) -> None:
    assert _dumped(dates.entry_days(text, published)) == _dumped(_entry_days_plain(text, published))


@QUICK
@given(st.lists(st.sampled_from(_STAMP_PIECES), max_size=30).map("".join))
def test_entry_days_matches_without_spaces_between_pieces(text: str) -> None:
    published = dt.date(2024, 5, 5)
    assert _dumped(dates.entry_days(text, published)) == _dumped(_entry_days_plain(text, published))


def _full_name_before_plain(surname: str, text: str) -> str | None:
    """`speaker_labels._full_name_before` as it was: the name pattern searched for over the whole text."""
    found: str | None = None
    for m in re.finditer(r"((?:[A-Z][\w'’-]*\s+){1,2})" + re.escape(surname) + r"\b", text):
        words = m.group(1).split()
        while words and (speaker_labels._not_a_first_name(words[0]) or words[0].endswith(("'s", "’s"))):
            words.pop(0)
        if words and not any(speaker_labels._not_a_first_name(w) for w in words):
            found = " ".join([*words, surname])
    return found


_NAME_PIECES = [
    "Ryder", "Pat", "Gen.", "Brig.", "Air", "Force", "the", "Kirby's", "John", "Mary-Ann", "O’Neil", "Jean-Pierre",
    "Karine", "Press", "Secretary", "Ryders", "RYDER", "ryder", "Ryder.", "J.", "Dr.", "Élodie", "Ünal", "İ", "ſ",
    "K", "٣", "_", "3", ",", ".", ";", "(", ")", "—", "-", "'", "’", ":", "\n", "\t", "\u00a0", " ", "  ",
]


@QUICK
@given(
    st.lists(st.sampled_from(_NAME_PIECES), max_size=25),
    st.sampled_from(["Ryder", "Jean-Pierre", "O’Neil", "J.", "Kirby", "Pat", "Ryder.", "İ"]),
    st.sampled_from(["", " "]),
)
def test_full_name_before_matches_the_plain_search(pieces: list[str], surname: str, joint: str) -> None:
    text = joint.join(pieces)
    assert speaker_labels._full_name_before(surname, text) == _full_name_before_plain(surname, text)


_INTERVIEW_LINES = [
    "By Anna Lytvyn", "BY ANNA LYTVYN", "By Anna Lytvyn and Jan Becker", "Interview: Jan Becker",
    "INTERVIEW: Jan Becker",
    "Interviewed by Olga Nowak", "Interview by Olga Nowak", "Interviewer: Jan Becker", "Questions by Piet de Vries",
    "Questions by Piet", "By anna lytvyn", "By Józef Ćwik", "Q: How many?", "Interviewer: How many troops?",
    "A: About 300.", "**Becker:** How many?", "**Jan Becker**: How many?", "— How many?", "- About 300.",
    "Oleh Marchuk, the governor of Kharkiv, spoke to us.", "Becker: How many?", "", "   ", "By", "Interview",
    "The army said 300 troops were there.", "  By Anna Lytvyn  ", "\tInterviewer:  Jan Becker", "— Why?", "– When? ",
    "-  How many?", "—Why?", "— ", "- Really?", "— About 300, he said?",
]


@QUICK
@given(st.lists(st.sampled_from(_INTERVIEW_LINES), max_size=12), st.sampled_from(["\n", "\n\n", " \n", "\r\n"]))
def test_interviewer_names_are_the_parties_interviewer(lines: list[str], joint: str) -> None:
    text = joint.join(lines)
    assert speaker_labels.interviewer_names(text) == speaker_labels.interview_parties(text).interviewer


def test_only_eight_letters_open_a_stamp_word_and_every_digit_is_decimal() -> None:
    """What `dates._may_open_stamp` relies on: under IGNORECASE no other character matches l, u, p or a, and every
    character `\\d` matches is `str.isdecimal`."""
    chars = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
    assert [c for c in chars if re.match("[lupa]", c, re.IGNORECASE)] == list("ALPUalpu")
    assert all(c.isdecimal() for c in chars if re.match(r"\d", c))


@QUICK
@given(st.lists(st.sampled_from(_INTERVIEW_LINES), max_size=12), st.sampled_from(["\n", "\n\n", " \n", "\r\n"]))
def test_dash_turns_are_the_parties_dash_turns(lines: list[str], joint: str) -> None:
    text = joint.join(lines)
    assert speaker_labels.dash_turns(text) == speaker_labels.interview_parties(text).dash_turns


def _same_record(built: BaseModel, plain: BaseModel) -> None:
    """The record built without validation is the one pydantic's validation builds: equal, same dict (keys in
    order, value types), same fields set, dumped and shown alike, and a list of its own."""
    assert type(built) is type(plain)
    assert built == plain
    assert list(built.__dict__.items()) == list(plain.__dict__.items())
    assert [type(v) for v in built.__dict__.values()] == [type(v) for v in plain.__dict__.values()]
    assert built.model_fields_set == plain.model_fields_set
    assert built.__pydantic_extra__ == plain.__pydantic_extra__
    assert built.__pydantic_private__ == plain.__pydantic_private__
    assert built.model_dump() == plain.model_dump()
    assert built.model_dump_json() == plain.model_dump_json()
    assert repr(built) == repr(plain)


@QUICK
@given(st.text(max_size=30), st.integers(0, 10**6), st.integers(0, 10**6))
def test_evidence_record_is_the_validated_record(sentence: str, start: int, end: int) -> None:
    built = pipeline._evidence(sentence, start, end)
    _same_record(built, Evidence(sentence=sentence, start=start, end=end))
    other = pipeline._evidence(sentence, start, end)
    other.model_fields_set.discard("start")
    assert "start" in built.model_fields_set


_PLACE_NAMES = sorted(load_gazetteer().places)


@QUICK
@given(st.sampled_from(_PLACE_NAMES), st.text(max_size=20), st.integers(0, 10**6), st.integers(0, 10**6),
       st.sampled_from(["plain", "location", "owner"]))
def test_place_ref_is_the_validated_record(name: str, raw: str, start: int, end: int, role: str) -> None:
    gaz = load_gazetteer()
    place = gaz.places[name]
    built = places.place_ref(place_mention.PlaceMention(place, raw, start, end, role))
    fields: dict[str, Any] = {
        "name": place.name, "country": place.country, "kind": place.kind, "parent": place.parent,
        "ancestors": [p.name for p in gaz.ancestors(place.name)], "raw": raw, "start": start, "end": end,
    }
    _same_record(built, PlaceRef(**fields))
    again = places.place_ref(place_mention.PlaceMention(place, raw, start, end, role))
    again.ancestors.append("x")
    assert built.ancestors == fields["ancestors"]


_ACTORS = st.sampled_from([
    None, ActorRef(name="Sergei Shoigu", kind="person", raw="Shoigu", role="minister", affiliation="Russia"),
    ActorRef(name="Reuters", kind="media", raw="Reuters", aliases=["Reuters"]),
])
_DATES = st.sampled_from([None, DateRef(value=dt.date(2024, 5, 5), precision="day", raw="on Sunday"),
                          DateRef(value=None, precision=None, raw="last week")])
_QUANTITIES = st.sampled_from([None, Quantity(low=300, high=300, unit="troops", raw="300", start=4, end=7),
                               Quantity(vague=True, qualifier="thousands", raw="thousands", start=0, end=9)])
_PLACES = st.sampled_from([None, PlaceRef(name="Kursk Oblast", country="Russia", kind="oblast", parent="Russia",
                                          ancestors=["Russia"], raw="Kursk", start=1, end=6)])
_CLAIM_VALUES = st.fixed_dictionaries(
    {"kind": st.sampled_from(["deployment", "casualties", "statement", "denial"]),
     "confidence": st.just(Confidence(score=0.5, reliability="B", credibility=2, reasons=["named source"])),
     "mentions": st.lists(st.builds(Evidence, sentence=st.text(max_size=8), start=st.integers(0, 99),
                                    end=st.integers(0, 99)), min_size=1, max_size=2)},
    optional={"actor": _ACTORS, "attribution": st.sampled_from([None, "named", "anonymous", "media"]),
              "relayed_by": _ACTORS, "quantity": _QUANTITIES, "subject": st.none() | st.text(max_size=8),
              "place": _PLACES, "claim_date": _DATES, "event_date": _DATES, "forecast": st.booleans()},
)


@QUICK
@given(_CLAIM_VALUES)
def test_claim_record_is_the_validated_record(values: dict[str, Any]) -> None:
    built = pipeline._claim_record(**values)
    plain = ExtractedClaim(**values)
    _same_record(built, plain)
    for field in ("actor", "relayed_by", "quantity", "place", "claim_date", "event_date", "confidence"):
        assert (getattr(built, field) is values.get(field)) == (getattr(plain, field) is values.get(field))
    assert [id(m) for m in built.mentions] == [id(m) for m in plain.mentions]
    assert built.mentions is not values["mentions"] and plain.mentions is not values["mentions"]


def _transcript_marker_plain(sentence: str) -> str | None:
    """`attribution.transcript_marker` as it was: the pattern tried on every sentence that opens as its matches do."""
    low = attribution.lowered(sentence)
    if low is not None and not low.lstrip().startswith(attribution._TRANSCRIPT_FIRST_WORDS):
        return None
    m = attribution._TRANSCRIPT_MARKER.match(sentence.strip())
    if m is None:
        return None
    whose = m.group("whose2") or m.group("whose") or m.group("whose3") or ""
    return "" if whose.lower() == "the" else re.sub(r"['’]s$", "", whose)


_TRANSCRIPT_PIECES = [
    "Here is", "here's", "Below is", "Read", "The following is", "What follows is", "the", "The", "his", "her",
    "their", "Zelensky's", "President’s", "full", "complete", "entire", "official", "text", "Text", "TRANSCRIPT",
    "transcript", "address", "speech", "statement", "remarks", "of", "his", "Volodymyr Zelensky's", "speech.",
    "said", "300 troops", "ſpeech", "TEXT", "teKt", "İ", " ", "  ", "\n", ":", "“", "—",
]


@QUICK
@given(st.lists(st.sampled_from(_TRANSCRIPT_PIECES), max_size=10), st.sampled_from(["", " "]))
def test_transcript_marker_matches_the_plain_read(pieces: list[str], joint: str) -> None:
    sentence = joint.join(pieces)
    assert attribution.transcript_marker(sentence) == _transcript_marker_plain(sentence)


def _outlet_pattern_plain() -> re.Pattern[str]:
    """`place_names._outlet_names`'s pattern as it was: the lookbehind before the whole alternation."""
    gaz = load_gazetteer()
    names = {
        alias for actor in actor_lexicon().actors.values() if actor.kind == "media"
        for alias in (actor.name, *actor.aliases)
        if any(gaz.lookup(w) is not None for w in alias.replace("/", " ").split())
    }  # fmt: skip
    return re.compile(rf"(?<![\w-])(?:{alternation(sorted(names))})(?![\w-])")


_OUTLET_PIECES = [
    "France 24", "France", "24", "Voice of America", "America", "The Times of Israel", "the Kyiv Independent",
    "Kyiv", "Independent", "Kyiv Post", "RBC Ukraine", "Ukraine", "Russia Today", "USA Today", "Moscow Times",
    "Washington Post", "told", "said", "-", "_", "'", "’", "é", "Radio Free Europe/Radio Liberty", "Europe", "/",
    "\n", "  ", "\t", "The", "the", "of", "x", "2",
]


@QUICK
@given(st.lists(st.sampled_from(_OUTLET_PIECES), max_size=14), st.sampled_from(["", " "]))
def test_outlet_pattern_finds_what_the_plain_pattern_finds(pieces: list[str], joint: str) -> None:
    text = joint.join(pieces)
    outlets = place_names._outlet_names(len(load_gazetteer().places))
    assert outlets is not None
    assert [m.span() for m in outlets[0].finditer(text)] == [m.span() for m in _outlet_pattern_plain().finditer(text)]
    for pos in range(0, len(text) + 1, 3):
        assert [m.span() for m in outlets[0].finditer(text, pos, pos + 30)] == \
            [m.span() for m in _outlet_pattern_plain().finditer(text, pos, pos + 30)]
