"""Claim dates of stop 26 (date26): the day a quote's closing cue gives its earlier sentences, "at the weekend" read
as a day, and a speaker's statement dated in a sentence without a verb of saying ("The ministry's update on
Tuesday ...") carried to that speaker's next words. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.date_carry import (
    makers_names,
    may_date_an_owned_statement,
    names_the_speaker,
    owned_statement_date,
)
from claimtrack.extraction.date_roles import count_report_date
from claimtrack.records import ActorRef

FRIDAY = dt.date(2023, 4, 14)  # the publication day of these texts: a Friday


def _dated(text: str, published: dt.date = FRIDAY) -> dict[float, str | None]:
    """The claim date of every claim with a count read from `text`, by its low bound."""
    return {
        c.quantity.low: (c.claim_date.iso() if c.claim_date else None)
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


# --- a quote running over several sentences, closed by its speaker's dated cue ------------------------------------


def test_a_closing_cue_dates_every_sentence_of_its_quote() -> None:
    text = (
        "KHARKIV, 14 April - Regional governor Oleh Marchuk has said that help is on its way. "
        "\u201cWe have opened 14 shelters in the city. If needed, we will open more. They have 2,600 beds in "
        "total,\u201d Marchuk said at a briefing on 11 April."
    )
    assert _dated(text) == {14: "2023-04-11", 2600: "2023-04-11"}


def test_a_quote_closed_without_a_cue_keeps_its_own_date() -> None:
    """The quote closes in its second sentence with no cue: a later cue of the speaker's is no closer of it."""
    text = (
        "KHARKIV, 14 April - Regional governor Oleh Marchuk has said that help is on its way. "
        "\u201cWe have opened 14 shelters in the city. Nobody will sleep outside.\u201d "
        "Marchuk said at a briefing on 11 April that 30 buses were ready."
    )
    found = _dated(text)
    assert found[30] == "2023-04-11"
    assert found[14] != "2023-04-11"


# --- "at the weekend": the weekend's Saturday, a day ----------------------------------------------------------------


def test_a_claim_made_at_the_weekend_is_dated_to_its_saturday() -> None:
    monday = dt.date(2023, 4, 17)
    text = "Over the weekend the regional governor said 19 houses had been damaged by shelling."
    assert _dated(text, monday) == {19: "2023-04-15"}


# --- a statement dated with its maker named, no verb of saying: the maker's next words take its day ---------------


def test_an_update_dated_with_its_maker_dates_the_makers_next_words() -> None:
    text = (
        "The Danish Defence Ministry (DDM) bulletin of 11 April focuses on the northern front. "
        "The DDM notes that 12 new positions have been dug along the river."
    )
    assert _dated(text) == {12: "2023-04-11"}


def test_a_speech_in_an_aside_dates_the_speakers_next_words() -> None:
    text = (
        "Minister Anton Sorel, in his speech at the defence fair on 10 April, left out the eastern regions. "
        "He said that 3,000 volunteers had signed up in March."
    )
    assert _dated(text) == {3000: "2023-04-10"}


def test_a_dated_statement_of_one_maker_does_not_date_another_speaker() -> None:
    text = (
        "Minister Anton Sorel, in his speech at the defence fair on 10 April, left out the eastern regions. "
        "The opposition leader Mira Vance said that 3,000 volunteers had signed up in March."
    )
    assert _dated(text)[3000] != "2023-04-10"


def test_a_statement_about_a_day_is_not_dated_by_it() -> None:
    """ "The report on the attack of 10 April": the day is the attack's, set off in a clause of its own."""
    text = (
        "Minister Anton Sorel's report, which covers the strike of 10 April, was read out in parliament. "
        "He said that 3,000 volunteers had signed up in March."
    )
    assert _dated(text)[3000] != "2023-04-10"


@pytest.mark.parametrize(
    ("sentence", "date_word", "found"),
    [
        ("The army's update on Monday covers the south.", "Monday", True),
        ("The NSC report of 3 May lists the losses.", "3 May", True),
        ("Kovacs, during her interview with the radio on Sunday, avoided the subject.", "Sunday", True),
        ("A report on Monday said nothing.", "Monday", False),  # no maker named before the noun
        ("The army's update, released after the raid on Monday, covers the south.", "Monday", False),  # a clause
    ],
)
def test_owned_statement_date(sentence: str, date_word: str, found: bool) -> None:
    start = sentence.index(date_word)
    assert may_date_an_owned_statement(sentence) == (found or "army's" in sentence)
    owner = owned_statement_date(sentence, [start])
    assert (owner is not None and owner[0] == 0) is found


def test_names_the_speaker_by_an_acronym_as_written() -> None:
    mod = ActorRef(name="MoD", raw="The MoD", kind="organisation")
    assert names_the_speaker("The MoD (UK) bulletin of 11 April focuses on the south.", mod)
    assert not names_the_speaker("The mod scene in London was busy.", mod)  # lowercase: another word
    us = ActorRef(name="US", raw="US", kind="organisation")
    assert not names_the_speaker("Talks with US envoys stalled.", us)  # two letters: too common to tell


def test_a_dated_statement_dates_only_its_maker_not_a_word_shared_later_in_its_sentence() -> None:
    """ "Petrov's remarks on Sunday ... a senior official": the senior officials speaking next are not Petrov."""
    text = (
        "Petrov's remarks on Sunday were a rare admission from a senior official. "
        "But senior army officials said that 40 launchers remained in the north."
    )
    assert _dated(text, dt.date(2023, 4, 17))[40] != "2023-04-16"


def test_a_dated_statement_does_not_date_a_speaker_sharing_a_common_word_with_it() -> None:
    text = (
        "Anna Berg set out her position in the council's debate on 12 April. "
        "Berg then quoted the position of Senator Tom Vale, who said that 15 bases should close."
    )
    assert _dated(text).get(15) != "2023-04-12"


def test_makers_names_keeps_the_capitalised_words_before_the_noun() -> None:
    sentence = "Victoria Nuland set out her position in the Senate's speech on 26 January."
    assert makers_names(sentence, sentence.index(" on 26")) == "Victoria Nuland Senate's"


# --- a count in a clause naming a report of its own: that report's day ----------------------------------------------


def test_a_count_given_in_an_earlier_report_takes_that_reports_day() -> None:
    text = (
        "The border agency said on Thursday that 48,000 people had crossed into Moldova, up from an estimate of "
        "31,000 published on Tuesday."
    )
    assert _dated(text) == {48000: "2023-04-13", 31000: "2023-04-11"}


def test_a_count_after_announcing_takes_the_announcements_day() -> None:
    text = (
        "The army said on Thursday it had retaken three villages, after announcing the recapture of two other "
        "villages on Monday."
    )
    assert _dated(text) == {3: "2023-04-13", 2: "2023-04-10"}


def test_an_event_day_of_the_sentences_own_report_is_no_report_day() -> None:
    """The only verb of saying is the sentence's own: "on Tuesday" dates the attacks, not a report."""
    text = "The general staff said on Thursday that 12 attacks had been repelled on Tuesday."
    assert _dated(text) == {12: "2023-04-13"}


def test_count_report_date_stops_at_the_counts_clause() -> None:
    text = "Officials said 40 homes were hit, and the army reported damage on Tuesday."
    start = text.index("40")
    assert count_report_date(text, start, start + 2, [text.index("on Tuesday")], text.index("said")) is None
