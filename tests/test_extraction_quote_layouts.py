"""Layouts that hand a paragraph to another sentence's speaker (fam22b): "Quote:" paragraphs, quotes running over
several paragraphs, transcript answers over several paragraphs, "N of them" after a speaker's count, and
'X, in a video message: "..."'. Every text here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction.pipeline import extract_claims
from claimtrack.extraction.quote_layouts import (
    answer_runs_on,
    counts_part_of_previous,
    is_transcript,
    opens_with_quote_label,
)

DAY = dt.date(2024, 5, 6)


def _speakers_of(text: str) -> dict[float, str | None]:
    """Each count's low bound -> the name of the speaker it was read with."""
    return {c.quantity.low: (c.actor.name if c.actor else None)
            for c in extract_claims(text, DAY) if c.quantity is not None and c.quantity.low is not None}


@pytest.mark.parametrize("text", ['Quote: "Nine people died."', 'QUOTE: Nine people died.',
                                  '"Quote: Nine people died.', "Direct speech: nine died."])
def test_quote_label_opens(text: str) -> None:
    assert opens_with_quote_label(text)


@pytest.mark.parametrize("text", ["Quoted figures vary: nine died.", "Details: nine died.", "Nine died. Quote: no."])
def test_quote_label_not_elsewhere(text: str) -> None:
    assert not opens_with_quote_label(text)


@pytest.mark.parametrize("text", [
    "The regional governor Anna Berg reported on Telegram on Monday.\n\n"
    'Quote: "Twelve people were killed in the strike on the market in Sumy."\n',
    "Police chief Ivan Kolar said on Facebook that rescuers had worked through the night.\n\n"
    "Quote: Twelve people were injured. The search goes on.\n",
    "Mayor Olena Rak wrote on Telegram that the strike had hit a school.\n\nDetails: the blast also damaged a "
    "clinic.\n\n"
    'QUOTE: "We have found twelve wounded people in the rubble."\n',
])
def test_quote_paragraph_is_the_reported_speakers(text: str) -> None:
    assert _speakers_of(text)[12.0] in {"Anna Berg", "Ivan Kolar", "Olena Rak"}


def test_quote_paragraph_far_from_any_speaker_has_none() -> None:
    text = ("Mayor Olena Rak said the city would rebuild.\n\nThe river rose overnight.\n\nRoads were closed.\n\n"
            "Heavy rain fell.\n\nQuote: twelve homes were flooded.\n")
    assert _speakers_of(text).get(12.0) is None


@pytest.mark.parametrize("text", [
    '"We lost 14 soldiers in the first week of fighting near the river. The enemy has more guns.\n\n'
    '"Since then, 40 more were wounded," commander Petro Lys told reporters.\n',
    'Mayor Olena Rak said 3 people died.\n\n"Our unit lost 14 soldiers in the first week.\n\n'
    '"The enemy has more guns. They fire all day.\n\n"We need shells," Petro Lys, a battalion commander, said.\n',
    "“Our unit lost 14 soldiers in the first week of fighting.\n\n“We need shells,” said commander Petro Lys.\n",
])
def test_quote_over_paragraphs_is_its_closers(text: str) -> None:
    assert _speakers_of(text)[14.0] == "Petro Lys"


def test_closed_quote_paragraph_does_not_look_ahead() -> None:
    text = ('"Our unit lost 14 soldiers in the first week of fighting."\n\n'
            '"Since then, 40 more were wounded," commander Petro Lys said.\n')
    assert _speakers_of(text).get(14.0) != "Petro Lys"


def test_transcript_detection() -> None:
    assert is_transcript("Title\n\nQuestion: Why?\n\nAnna Berg: Because.\n")
    assert is_transcript("Q: Why?\nA: Because.\n")
    assert not is_transcript("The question: why did 40 tanks move?\n")
    text = "Anna Berg: We counted 40 tanks.\n\nMore came later.\n\nQuestion: And?\n"
    assert answer_runs_on(text, text.index("\n\nMore") + len("\n\nMore came later."))
    assert not answer_runs_on(text, len(text))


_TITLE = "Defence spokeswoman Anna Berg's answers to questions, Kyiv, May 3, 2024\n\n"


@pytest.mark.parametrize("answer", [
    "Anna Berg: We counted 40 tanks near the border.\n\nIn addition, 300 soldiers arrived on Sunday.\n\n",
    "Anna Berg: The enemy keeps coming.\n\nLast week, 300 soldiers arrived near the border.\n\n"
    "We also saw new artillery.\n\n",
    "Anna Berg: Thank you.\n\nWe know that 300 soldiers were moved north in two days.\n\n",
])
def test_transcript_answer_runs_over_paragraphs(answer: str) -> None:
    text = _TITLE + "Question: How many?\n\n" + answer + "Question: And the talks?\n\nAnna Berg: Nothing new.\n"
    assert _speakers_of(text)[300.0] == "Anna Berg"


def test_transcript_answer_ends_with_the_last_turn_and_subheads_own_nothing_below() -> None:
    text = (_TITLE + "Question: How many?\n\nAnna Berg: Nothing new.\n\n"
            "The briefing ended at noon, and 20 journalists attended.\n")
    assert _speakers_of(text).get(20.0) != "Anna Berg"
    article = ("Anna Berg, defence spokeswoman, spoke on Monday.\n\nAnna Berg: Russia moved 40 tanks.\n\n"
               "Shelling killed 4 people in the village.\n\nBerg: Nothing new.\n")
    assert _speakers_of(article).get(4.0) != "Anna Berg"


@pytest.mark.parametrize("text", ["Air defence forces destroyed 57 of them.", "12 of those were children.",
                                  "Rescuers pulled seven of them out alive.", "Of 90 shells, 40 of these hit homes."])
def test_part_of_previous(text: str) -> None:
    assert counts_part_of_previous(text)


@pytest.mark.parametrize("text", ["The two of them met in May.", "All three of them left.", "Both of them spoke.",
                                  "Many of them fled."])
def test_not_a_part_of_previous(text: str) -> None:
    assert not counts_part_of_previous(text)


@pytest.mark.parametrize("text", [
    "The air force said Russia launched 62 drones overnight. Air defence forces destroyed 57 of them.",
    "According to the regional police, 80 people were detained. Officers later released 57 of them.",
    "Russia fired 70 missiles, the General Staff said. Ukrainian units shot down 57 of those over Kyiv.",
])
def test_part_after_speakers_count_is_theirs(text: str) -> None:
    speakers = _speakers_of(text)
    assert speakers[57.0] is not None and speakers[57.0] == next(v for k, v in speakers.items() if k != 57.0)


def test_part_in_another_paragraph_is_not_theirs() -> None:
    text = "The air force said Russia launched 62 drones overnight.\n\nLast year the army bought 300 trucks " \
           "and 57 of them broke down.\n"
    assert _speakers_of(text).get(57.0) is None


@pytest.mark.parametrize(("text", "speaker"), [
    ('President Volodymyr Zelenskyy, in a short video message: "They killed 12 people in Dnipro today."',
     "Volodymyr Zelensky"),
    ('Governor Oleh Kiper, in a Telegram post: "Twelve people were injured in Odesa."', "Oleh Kiper"),
    ('Mayor Vitali Klitschko on Telegram: "12 people were killed in Kyiv."', "Vitali Klitschko"),
    ('Defence minister Anna Berg, speaking to reporters: "We lost 12 tanks."', "Anna Berg"),
])
def test_speaker_aside_colon_quote(text: str, speaker: str) -> None:
    assert _speakers_of(text)[12.0] == speaker


def test_aside_colon_without_quote_mark_is_no_speaker() -> None:
    assert _speakers_of("In Kharkiv, on Monday: 12 people were killed by shelling.").get(12.0) is None
