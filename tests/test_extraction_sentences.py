"""Extraction rules: splitting a document into sentences (`sentences.split_sentences`)."""

from __future__ import annotations

import pytest

from claimtrack.extraction.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops arrived. Officials said so.", ["Troops arrived.", "Officials said so."]),
        ("He met U.S. officials on Monday.", ["He met U.S. officials on Monday."]),
        ("Gen. Ivan Hora spoke. Then he left.", ["Gen. Ivan Hora spoke.", "Then he left."]),
        ("Michael R. Turner said so.", ["Michael R. Turner said so."]),
        # boundaries glued together in scraped copy
        (
            "They reached the border.In turn, the army fell back.",
            ["They reached the border.", "In turn, the army fell back."],
        ),
        (
            'Jets landed in Lask."8 machines will join them," he wrote.',
            ["Jets landed in Lask.", '"8 machines will join them," he wrote.'],
        ),
        ("The fund holds 1.5 billion dollars.", ["The fund holds 1.5 billion dollars."]),
        # after a word in capitals ("World War II.The", "NATO.It"); never inside initials
        ("It ended with World War II.The media said so.", ["It ended with World War II.", "The media said so."]),
        ("Troops from NATO.Then they left.", ["Troops from NATO.", "Then they left."]),
        ("Why did he go?The minister said so.", ["Why did he go?", "The minister said so."]),
        ("Troops from the U.S.Army came.", ["Troops from the U.S.Army came."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "First line here.\n\nSecond one. Third one."
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in split_sentences(text)] == [0, 1, 1]  # paragraphs are the non-empty lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv faces over 90,000.Belarusian troops near the border.", 1),  # the number's own noun phrase
        ("The army lost 90,000.In turn, officials said more would come.", 2),  # a new sentence
        ("The army lost 90,000.The head of the army resigned.", 2),
    ],
)
def test_a_full_stop_glued_after_a_number_breaks_unless_its_noun_follows(text: str, expected: int) -> None:
    assert len(texts(text)) == expected
