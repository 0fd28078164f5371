"""Interviews laid out in turns: "Q: / A:" lines, bold name labels ("**Name:** ..."), dash-led turns and press
conference labels. The answers are the interviewee's (named in the intro, or by the label); the interviewer's
questions have no speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.speaker_labels import interview_parties

PUBLISHED = dt.date(2024, 5, 9)


def _by_count(text: str) -> dict[float, str | None]:
    return {c.quantity.low: (c.actor.name if c.actor else None) for c in extract_claims(text, PUBLISHED)
            if c.quantity is not None and c.quantity.low is not None}


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Marta Kovalchuk, the mayor of a frontline town, spoke to us by phone.", "Marta Kovalchuk"),
        ("We reached Daniel Orsini (WFP) in Amman after his return from the border.", "Daniel Orsini"),
        ("Colonel Pavel Hrytsenko commands an air defence unit in the south. We met him on Monday.",
         "Pavel Hrytsenko"),
    ],
)
def test_an_answer_line_is_the_interviewee_the_intro_names(intro: str, speaker: str) -> None:
    text = (f"The front seen from below\nBy Sofia Marsh | 9 May 2024\n\n{intro}\n\n"
            "Q: How many people have you moved?\nA: We have evacuated 370 civilians since March. "
            "About 2,400 people sleep there every night.\n\nQ: Do you expect more refugees?\n"
            "A: Yes. Another 900 families arrived last week.\n")
    found = _by_count(text)
    assert found.get(370) == speaker and found.get(2400) == speaker and found.get(900) == speaker


def test_the_byline_name_is_not_the_interviewee() -> None:
    assert interview_parties("Notes from the border\nBy Sofia Marsh\n\nQ: Why?\nA: Because.\n").interviewee is None
    parties = interview_parties("Interview: Karl Brenner\n\nIrena Vos, a nurse, told us.\n\nQ: Why?\nA: Because.\n")
    assert parties.interviewee == "Irena Vos" and "brenner" in parties.interviewer


def test_a_question_line_takes_no_speaker() -> None:
    text = ("Marta Kovalchuk, the mayor of a frontline town, spoke to us.\n\n"
            "Q: 5,000 people left in April. Why so many?\nA: We counted 3,000 people leaving.\n")
    found = _by_count(text)
    assert found.get(5000) is None
    assert found.get(3000) == "Marta Kovalchuk"


def test_an_answer_line_with_no_interviewee_named_takes_no_speaker() -> None:
    text = "Q: How many people have you moved?\nA: We have evacuated 370 civilians since March.\n"
    assert _by_count(text).get(37) is None


@pytest.mark.parametrize("bold", ["**Hrom:** ", "**Hrom**: ", "**HROM:** "])
def test_bold_labels_name_the_speaker_and_the_bylines_label_asks(bold: str) -> None:
    text = ("A sapper on the mines of the south\nInterview: Karl Brenner | 9.5.2024\n\n"
            "He goes by the call sign Hrom.\n\n**Karl Brenner:** How much is left to clear? Some say 80 fields.\n\n"
            f"{bold}We cleared 460 mines this spring. The enemy laid 3,000 mines near one village.\n\n"
            "**Brenner:** Our readers say 70 mines a day is the pace. Is it?\n\n"
            f"{bold}We lift about 120 mines on a good day.\n")
    found = _by_count(text)
    assert found.get(460) == "Hrom" and found.get(3000) == "Hrom" and found.get(120) == "Hrom"
    assert found.get(80) is None and found.get(70) is None


def test_dash_led_turns_give_answers_to_the_interviewee() -> None:
    text = ("Irena Vos, a nurse at the district hospital, told us about the winter.\n\n"
            "— How many patients did you treat?\n— More than 1,300 patients since January.\n\n"
            "— Do you have enough fuel?\n— We had to send 12 patients to Lviv.\n")
    found = _by_count(text)
    assert found.get(1300) == "Irena Vos" and found.get(12) == "Irena Vos"


def test_dash_led_subheads_are_no_turns() -> None:
    text = ("Talks stall as shelling goes on\n\nIrena Vos, a nurse, said the hospital was full.\n\n"
            "– Fuel runs short –\n\nThe grid operator said 40 substations were damaged.\n")
    assert not interview_parties(text).dash_turns
    assert _by_count(text).get(40) != "Irena Vos"


def test_a_press_conference_spokesperson_label_is_the_named_spokesperson() -> None:
    text = ("Foreign Ministry Spokesperson Anna Lindqvist's regular press conference\n\n"
            "Q: How many citizens remain in the city?\n\n"
            "Spokesperson Lindqvist: About 260 of our citizens are still there. We evacuated 1,100 last month.\n")
    found = _by_count(text)
    assert found.get(260) == "Anna Lindqvist" and found.get(1100) == "Anna Lindqvist"
