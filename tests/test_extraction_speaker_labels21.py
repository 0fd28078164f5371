"""Speakers and places given by a document's layout (labels21): transcript and interview speaker labels, post
headers before a quoted post, and a place carried through one speaker's consecutive sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 3, 14)


def _claims(text: str) -> list[ExtractedClaim]:
    return extract_claims(text, PUBLISHED)


def _by_count(text: str) -> dict[float, str | None]:
    return {c.quantity.low: (c.actor.name if c.actor else None) for c in _claims(text)
            if c.quantity is not None and c.quantity.low is not None}


@pytest.mark.parametrize(
    ("intro", "label", "speaker"),
    [
        ("Navy Capt. Lena Okafor, the fleet spokeswoman, briefed reporters.", "CAPT. OKAFOR", "Lena Okafor"),
        ("Deputy Press Secretary Tomas Brandt held the daily briefing.", "MR. BRANDT", "Tomas Brandt"),
        ("The briefing was given by Army Maj. Gen. Ruth Halloway.", "GEN. HALLOWAY", "Ruth Halloway"),
        ("Defence Secretary Ingrid Solberg spoke in Oslo.", "Secretary Solberg", "Ingrid Solberg"),
    ],
)
def test_a_titled_label_is_the_person_named_earlier_and_owns_the_whole_turn(intro: str, label: str,
                                                                            speaker: str) -> None:
    text = (f"{intro}\n\n{label}: Good afternoon. Our ships shot down 14 drones over the sea. "
            "Another 6 missiles were intercepted near the port.\n\nQ: Were 50 sailors hurt?\n\n"
            f"{label}: I can tell you that 3 sailors had minor injuries.\n")
    found = _by_count(text)
    assert found.get(14) == speaker and found.get(6) == speaker and found.get(3) == speaker
    assert found.get(50) is None  # a question asserts nothing


def test_a_question_turn_takes_no_speaker_from_the_answer_before() -> None:
    text = ("Pentagon spokesman Air Force Col. Dana Whitlock took questions.\n\n"
            "COL. WHITLOCK: We have moved 300 troops to the base.\n\n"
            "Q: Some say 2,000 more troops are coming. Is that right?\n")
    found = _by_count(text)
    assert found.get(300) == "Dana Whitlock"
    assert found.get(2000) != "Dana Whitlock"


def test_greetings_and_questions_in_a_turn_are_no_statements() -> None:
    text = ("Army Col. Dana Whitlock took the podium.\n\nCOL. WHITLOCK: Thank you all for coming today.\n\n"
            "COL. WHITLOCK: Are there any more questions?\n\nCOL. WHITLOCK: We sent the ships home early.\n")
    turns = [c for c in _claims(text) if "WHITLOCK" in c.evidence.sentence]
    assert [c.evidence.sentence for c in turns] == ["COL. WHITLOCK: We sent the ships home early."]
    assert turns[0].actor is not None and turns[0].actor.name == "Dana Whitlock"


@pytest.mark.parametrize(
    "answer",
    [
        "No, but 3,000 troops are there now.",
        "Yes, and they lost about 3,000 troops in a week.",
        "Thanks. 3,000 troops are there now.",
        "Sure, we count 3,000 troops in the area.",
    ],
)
def test_a_reply_word_before_a_figure_keeps_the_turn_a_statement(answer: str) -> None:
    text = f"Army Col. Dana Whitlock took questions.\n\nQ: Are they in Kursk?\n\nCOL. WHITLOCK: {answer}\n"
    assert _by_count(text).get(3000) == "Dana Whitlock"


@pytest.mark.parametrize("reply", ["Yes, sir.", "No.", "Okay, go ahead.", "Thank you all for coming today."])
def test_a_bare_reply_asserts_nothing(reply: str) -> None:
    text = f"Army Col. Dana Whitlock took questions.\n\nCOL. WHITLOCK: {reply}\n"
    assert not [c for c in _claims(text) if "WHITLOCK" in c.evidence.sentence]


@pytest.mark.parametrize(
    ("text", "speaker", "count"),
    [
        ("Anna Berg has run the region since 2021.\n\nHow many people left?\n\n"
         "Berg: About half. A further 450 people are still waiting for buses.\n", "Anna Berg", 450),
        ("We met Oleksandr Tkach at his office.\n\nWhat did you see?\n\n"
         "TKACH: Terrible things. On Monday 6 houses were destroyed in one village.\n", "Oleksandr Tkach", 6),
        ("Is the army short of men?\n\nBudanov: Yes, for now. They recruit about 30,000 people a month.\n",
         "Kyrylo Budanov", 30000),
    ],
)
def test_a_bare_name_label_is_a_person_spelled_out_before_or_known(text: str, speaker: str, count: int) -> None:
    assert _by_count(text).get(count) == speaker


@pytest.mark.parametrize(
    "line",
    [
        "Marchenko: Rescuers pulled 5 bodies from the rubble. Another 5 people remain missing.",
        "Photo: Rescuers pulled 5 bodies from the rubble. Another 5 people remain missing.",
        "READ MORE: Rescuers pulled 5 bodies from the rubble. Another 5 people remain missing.",
    ],
)
def test_an_unknown_bare_name_or_a_page_label_is_no_speaker(line: str) -> None:
    assert _by_count(f"A strike hit the town on Sunday.\n\n{line}\n").get(5) is None


@pytest.mark.parametrize(
    "header",
    [
        "Oleg Marchenko, mayor of Izmail (Telegram, 2 March, 10:15):",
        "Oleg Marchenko (X, 2 March):",
        "Oleg Marchenko, the city's mayor (Facebook, 2 March):",
    ],
)
def test_a_post_header_gives_the_next_line_its_speaker_and_day(header: str) -> None:
    text = (f"{header}\n\"Two people were killed and 14 were injured in the drone attack.\"\n\n"
            "Rescuers said 9 buildings were damaged.\n")
    claims = [c for c in _claims(text) if c.quantity and c.quantity.low == 14]
    assert claims and claims[0].actor and claims[0].actor.name == "Oleg Marchenko"
    assert claims[0].claim_date is not None and claims[0].claim_date.value == dt.date(2024, 3, 2)
    assert _by_count(text).get(9) != "Oleg Marchenko"  # the header gives only the next line


def test_a_line_ending_in_a_colon_after_a_verb_gives_the_next_line_its_speaker() -> None:
    text = "The regional police wrote on Telegram:\nRescuers pulled 5 bodies from the rubble.\n\n7 cars burned.\n"
    found = _by_count(text)
    assert found.get(5) == "Regional police" and found.get(7) is None


def test_a_header_without_a_platform_is_no_post_header() -> None:
    text = "Oleg Marchenko, mayor of Izmail (2 March):\nRescuers pulled 5 bodies from the rubble.\n"
    assert _by_count(text).get(5) is None


def _places(text: str) -> dict[float, str | None]:
    return {c.quantity.low: (c.place.name if c.place else None) for c in _claims(text)
            if c.quantity is not None and c.quantity.low is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Governor Petro Hrytsenko said three people were killed in Sumy. He said 11 others were wounded.",
        "Petro Hrytsenko said a missile hit a school in Sumy. \"It is a crime,\" he wrote. He added that 11 were hurt.",
        "Three people died in Sumy, Petro Hrytsenko said. According to Hrytsenko, 11 people were wounded.",
        # a toll: the scene of the sentence two back, past a narrative one (`_scene_place`)
        "Petro Hrytsenko said three people were killed in Sumy. Sirens sounded. He said 11 were wounded.",
    ],
)
def test_a_count_naming_no_place_takes_the_place_its_speaker_just_gave(text: str) -> None:
    assert _places(text).get(11) == "Sumy"


@pytest.mark.parametrize(
    "text",
    [
        "Petro Hrytsenko said three people were killed in Sumy. The army said 11 drones were shot down.",
        "Petro Hrytsenko said three people were killed in Sumy. Sirens sounded. He said 11 shelters were opened.",
        "Petro Hrytsenko said three people were killed in Sumy. He said 11 were wounded in Kharkiv.",
    ],
)
def test_no_place_is_carried_across_another_speaker_a_narrative_sentence_or_a_place_named(text: str) -> None:
    assert _places(text).get(11) != "Sumy"


def test_a_statement_takes_no_carried_place() -> None:
    text = "Petro Hrytsenko said three people were killed in Sumy. He said the attack was a war crime."
    statements = [c for c in _claims(text) if c.quantity is None]
    assert statements and all(c.place is None for c in statements)


@pytest.mark.parametrize(
    ("text", "place", "ancestors"),
    [
        ("The army said 43 people were killed in El Fasher on Sunday.", "El Fasher", ["Darfur", "Sudan"]),
        ("Medics said 12 people died in an air strike on Jabalia.", "Jabalia", ["Gaza Strip"]),
        ("Police said 5 people were killed in a raid in Jenin.", "Jenin", ["West Bank"]),
        ("The ministry said 9 people were wounded in a strike near Tyre.", "Tyre", ["Lebanon"]),
        ("The army said 120,000 people had fled Stepanakert.", "Stepanakert", ["Nagorno-Karabakh", "Azerbaijan"]),
        ("Officials said 7 rockets hit Kiryat Shmona.", "Kiryat Shmona", ["Israel"]),
        ("The US military said 18 drones were shot down over the Gulf of Aden.", "Gulf of Aden", []),
    ],
)
def test_places_of_other_wars_are_known_with_their_country(text: str, place: str, ancestors: list[str]) -> None:
    claims = [c for c in _claims(text) if c.quantity is not None]
    assert claims and claims[0].place is not None and claims[0].place.name == place
    assert claims[0].place.ancestors == ancestors


@pytest.mark.parametrize(
    "text",
    [
        "Police said 3 people were hurt when a tyre burst.",
        "Aden Smith said 3 people were killed.",
        "Jericho Brown said 3 people were killed.",
    ],
)
def test_a_common_word_or_a_first_name_is_no_place(text: str) -> None:
    claims = [c for c in _claims(text) if c.quantity is not None]
    assert claims and claims[0].place is None


@pytest.mark.parametrize(
    "text",
    [
        "Kyrylo Budanov spoke on Monday. \"We are ready,\" he said. His agency said it had destroyed 12 aircraft.",
        "Kyrylo Budanov gave an interview. He spoke at length. In a statement, his agency said 12 aircraft were hit.",
        "Kyrylo Budanov, who rarely speaks, told reporters the war would go on. His agency has said 12 jets burned.",
    ],
)
def test_his_agency_is_the_body_the_person_just_named_heads(text: str) -> None:
    found = _by_count(text)
    assert found.get(12) == "Main Directorate of Intelligence (HUR)"


@pytest.mark.parametrize(
    "text",
    [
        "Kyrylo Budanov spoke on Monday. Anna Berg, the mayor, visited a school. Her office said 40 were evacuated.",
        "Anna Berg, the mayor, said the town was calm. Her office said 40 children were evacuated.",
    ],
)
def test_a_possessive_body_with_no_known_owner_body_has_no_speaker(text: str) -> None:
    assert _by_count(text).get(40) not in {"Office", "Main Directorate of Intelligence (HUR)"}
