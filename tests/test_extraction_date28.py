"""Claim dates of stop 28 (rules28a): a page's date stamp above the story dates its undated statements, a dateline
may name two places joined by a slash, and a year set by a sentence's opening ("In 2022, ...") is the year of the
yearless dates that follow. Sentences and pages written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.dates import find_dateline, frame_year, page_stamp

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


def _dated(text: str, published: dt.date = PUBLISHED) -> dict[float, str | None]:
    """The claim date of every claim with a count read from `text`, by its low bound."""
    return {
        c.quantity.low: (c.claim_date.iso() if c.claim_date else None)
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


_BODY = (
    "Rescue crews in the town of Velmora worked through the night after a strike on an apartment block, officials "
    "said.\n\nGovernor Anton Vessel wrote on Telegram that 14 people had been pulled alive from the rubble.\n"
)


# --- a page's date stamp ------------------------------------------------------------------------------------------


def test_a_page_stamp_dates_an_undated_statement() -> None:
    page = "Velmora Daily | News\n\nStrike on apartment block in Velmora\n\nPublished 10 May 2024 | Views: 3 120\n\n"
    assert _dated(page + _BODY) == {14.0: "2024-05-10"}


def test_a_numeric_page_stamp_is_read_day_first() -> None:
    page = "Strike on apartment block in Velmora\n\n10.05.2024 | 12:30 | Regional news\n\n"
    stamp = page_stamp(page + _BODY, PUBLISHED)
    assert stamp is not None and stamp.iso() == "2024-05-10"


def test_a_cookie_notice_above_the_page_stamp_is_no_paragraph() -> None:
    notice = (
        "We use cookies to improve your experience on this site, to measure traffic and to show you ads. [Accept]\n"
    )
    stamp = page_stamp(notice + "\nFriday 10 May 2024 - 12:30\n\n" + _BODY, PUBLISHED)
    assert stamp is not None and stamp.iso() == "2024-05-10"


def test_a_long_headline_without_a_full_stop_is_no_paragraph() -> None:
    headline = "Information on the consequences of the overnight attack on the energy facilities of the Velmora and "
    page = "Velmora Energy Ministry\n\n" + headline + "Odrin regions\n\n10.05.2024 | 12:30\n\n"
    stamp = page_stamp(page + _BODY, PUBLISHED)
    assert stamp is not None and stamp.iso() == "2024-05-10"


def test_near_miss_a_date_far_from_publication_is_no_stamp() -> None:
    page = "Remembering the siege of Velmora\n\nFirst published 2 March 2022\n\n"
    assert page_stamp(page + _BODY, PUBLISHED) is None
    assert _dated(page + _BODY) == {14.0: None}


def test_near_miss_a_date_below_the_first_paragraph_is_no_stamp() -> None:
    assert page_stamp(_BODY + "\n10 May 2024\n", PUBLISHED) is None


def test_near_miss_a_stamp_does_not_date_a_sentence_telling_of_an_earlier_time() -> None:
    text = (
        "Published 10 May 2024\n\nDefence minister Pavel Orlin last gave an official figure in September, when he "
        "said 900 soldiers had been killed.\n"
    )
    dated = _dated(text)
    assert 900.0 in dated and dated[900.0] != "2024-05-10"


# --- a dateline naming two places ---------------------------------------------------------------------------------


def test_a_dateline_may_join_two_places_with_a_slash() -> None:
    text = "Strike on Velmora\n\nVELMORA/ODRIN, May 9 (Newswire) - " + _BODY
    found = find_dateline(text, PUBLISHED)
    assert found is not None and found.ref.iso() == "2024-05-09"
    assert _dated(text) == {14.0: "2024-05-09"}


def test_near_miss_a_slash_in_a_lowercase_line_is_no_dateline() -> None:
    assert find_dateline("and/or, May 9 - nothing here\n" + _BODY, PUBLISHED) is None


# --- a year set by a sentence's opening ---------------------------------------------------------------------------


def test_a_year_set_by_an_opening_holds_for_yearless_dates_after_it() -> None:
    text = (
        "In 2022, the war reached the river town of Dravnik.\n\n"
        "On March 3, Governor Anton Vessel said 40 people had been killed in the town."
    )
    assert _dated(text) == {40.0: "2022-03-03"}


def test_an_opening_full_date_sets_the_year_too() -> None:
    text = "On Feb. 20, 2023, the siege of Dravnik began. On March 3, Governor Anton Vessel said 40 people had died."
    assert _dated(text) == {40.0: "2023-03-03"}
    assert frame_year("During late 2014, the front moved.") == 2014


def test_near_miss_a_year_inside_a_sentence_sets_no_year() -> None:
    text = (
        "The war that began in 2022 reached the river town of Dravnik.\n\n"
        "On March 3, Governor Anton Vessel said 40 people had been killed in the town."
    )
    assert _dated(text) == {40.0: "2024-03-03"}
    assert frame_year("Since 2022, the town has been shelled.") is None


def test_near_miss_a_year_closing_an_earlier_paragraph_told_of_one_event() -> None:
    text = (
        "The town council met often. In April 2022, the town of Dravnik was cut off.\n\n"
        "On March 3, Governor Anton Vessel said 40 people had been killed in the town."
    )
    assert _dated(text) == {40.0: "2024-03-03"}


def test_near_miss_a_year_set_long_before_no_longer_holds() -> None:
    filler = "Nothing else happened in the town that week. " * 6
    text = f"In 2022, the war reached Dravnik. {filler}On March 3, Governor Anton Vessel said 40 people had died."
    assert _dated(text) == {40.0: "2024-03-03"}


# --- an occasion that refers to its speaker by a pronoun -----------------------------------------------------------


def test_an_interview_met_through_a_pronoun_dates_the_answers() -> None:
    text = (
        "Marta Velinska heads the civil administration of the Odrin district. We spoke to her by video link on "
        "Tuesday.\n\nQ: How many people still live in the district?\n\n"
        "A: Before the war we had around 80,000 residents. By our count, about 21,000 remain.\n"
    )
    dated = _dated(text)
    assert dated[80000.0] == dated[21000.0] == "2024-05-07"


def test_near_miss_a_pronoun_after_another_persons_sentence_dates_nothing() -> None:
    text = (
        "Pavel Orlin heads the port authority of Odrin. We spoke to him by video link on Tuesday.\n\n"
        "Marta Velinska, the district chief, said 21,000 residents remain in the district.\n"
    )
    assert _dated(text)[21000.0] != "2024-05-07"
