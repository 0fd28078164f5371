"""Extraction rules: time expressions resolved against the publication date (`dates.find_dates`)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.dates import DateMention, find_dates

PUBLISHED = dt.date(2024, 10, 24)  # a Thursday


def only_date(sentence: str, published: dt.date | None = PUBLISHED, context_day: dt.date | None = None) -> DateMention:
    found = find_dates(sentence, 0, published, context_day)
    assert len(found) == 1, [d.ref.raw for d in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Troops crossed the border on Oct. 23.", dt.date(2024, 10, 23)),
        ("Troops crossed the border Oct 23.", dt.date(2024, 10, 23)),
        ("Troops crossed the border on 23 October.", dt.date(2024, 10, 23)),
        ("Troops crossed the border on October 23, 2023.", dt.date(2023, 10, 23)),
        ("Troops crossed the border on 2024-10-02.", dt.date(2024, 10, 2)),
    ],
)
def test_calendar_days(sentence: str, value: dt.date) -> None:
    d = only_date(sentence)
    assert d.ref.value == value
    assert d.ref.precision == "day"
    assert not d.future


def test_a_later_month_without_year_is_last_year() -> None:
    d = only_date("The unit was formed on Dec. 20.")
    assert d.ref.value == dt.date(2023, 12, 20)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ministry spoke Wednesday.", dt.date(2024, 10, 23)),
        ("The ministry spoke on Monday.", dt.date(2024, 10, 21)),
        ("The ministry spoke on Thursday.", dt.date(2024, 10, 24)),  # the publication day itself
        ("The ministry spoke on Friday.", dt.date(2024, 10, 18)),
        ("The ministry spoke last Thursday.", dt.date(2024, 10, 17)),
    ],
)
def test_weekday_is_latest_on_or_before_publication(sentence: str, value: dt.date) -> None:
    d = only_date(sentence)
    assert d.ref.value == value
    assert d.ref.precision == "day"


def test_next_weekday_is_a_forecast() -> None:
    d = only_date("The brigade will arrive next Monday.")
    assert d.ref.value == dt.date(2024, 10, 28)
    assert d.future


def test_last_week_is_the_monday_of_the_previous_week() -> None:
    d = only_date("The soldiers arrived last week.")
    assert d.ref.value == dt.date(2024, 10, 14)
    assert d.ref.value.weekday() == 0
    assert d.ref.precision == "week"
    assert d.ref.iso() == "2024-10-14"


def test_last_month() -> None:
    d = only_date("The soldiers arrived last month.")
    assert (d.ref.value, d.ref.precision) == (dt.date(2024, 9, 1), "month")
    assert d.ref.iso() == "2024-09"


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    d = only_date("The soldiers arrived last month.", published=dt.date(2025, 1, 10))
    assert d.ref.value == dt.date(2024, 12, 1)


@pytest.mark.parametrize(
    "sentence",
    ["Earlier in October, the soldiers arrived.", "The soldiers arrived in early- to mid-October."],
)
def test_part_of_a_month_has_month_precision(sentence: str) -> None:
    d = only_date(sentence)
    assert (d.ref.value, d.ref.precision) == (dt.date(2024, 10, 1), "month")
    assert "October" in d.ref.raw


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("More troops will come by December.", dt.date(2024, 12, 1)),
        ("More troops will come by the end of January.", dt.date(2025, 1, 1)),
    ],
)
def test_by_month_is_a_forward_looking_month(sentence: str, value: dt.date) -> None:
    d = only_date(sentence)
    assert d.future
    assert (d.ref.value, d.ref.precision) == (value, "month")


def test_yesterday() -> None:
    d = only_date("The soldiers arrived yesterday.")
    assert (d.ref.value, d.ref.precision) == (dt.date(2024, 10, 23), "day")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("This afternoon, the ministry spoke.", dt.date(2024, 10, 24)),
        ("In a call this afternoon the envoy spoke.", dt.date(2024, 10, 24)),
        ("The mayor spoke last night.", dt.date(2024, 10, 23)),
    ],
)
def test_parts_of_the_publication_day_and_the_night_before(sentence: str, value: dt.date) -> None:
    d = only_date(sentence)
    assert (d.ref.value, d.ref.precision, d.anaphoric) == (value, "day", False)


def test_earlier_in_the_day_uses_the_context_day() -> None:
    d = only_date("Earlier in the day, the ministry spoke.", context_day=dt.date(2024, 10, 20))
    assert d.anaphoric
    assert d.ref.value == dt.date(2024, 10, 20)


def test_earlier_in_the_day_without_context_has_no_value() -> None:
    d = only_date("Earlier in the day, the ministry spoke.")
    assert d.ref.value is None
    assert d.ref.raw == "Earlier in the day"


@pytest.mark.parametrize(
    ("sentence", "raw"),
    [
        ("The ministry spoke on Monday.", "on Monday"),
        ("The soldiers arrived last week.", "last week"),
        ("Troops crossed the border on Oct. 23.", "on Oct. 23"),
        ("The soldiers arrived yesterday.", "yesterday"),
    ],
)
def test_without_publication_date_value_is_none_and_raw_is_kept(sentence: str, raw: str) -> None:
    d = only_date(sentence, published=None)
    assert d.ref.value is None
    assert d.ref.precision is None
    assert d.ref.raw == raw
    assert d.ref.iso() is None


def test_offsets_are_absolute() -> None:
    sentence = "Troops crossed the border on Oct. 23."
    (d,) = find_dates(sentence, 500, PUBLISHED)
    assert sentence[d.start - 500 : d.end - 500] == "on Oct. 23"


def test_in_the_coming_days_is_future_without_a_value() -> None:
    d = only_date("More troops will arrive in the coming days.")
    assert d.future
    assert d.ref.value is None


def test_no_time_words_no_dates() -> None:
    assert find_dates("Soldiers crossed the river.", 0, PUBLISHED) == []


def test_raw_does_not_include_sentence_full_stop() -> None:
    assert only_date("Troops crossed the border on 23 October.").ref.raw == "on 23 October"


@pytest.mark.parametrize(
    "sentence", ["The ministry said on 2024-02-30 that it was over.", "The ministry spoke last week."]
)
def test_impossible_or_overflowing_dates_are_not_dates(sentence: str) -> None:
    import datetime as _dt

    from claimtrack.extraction.dates import find_dates

    mentions = find_dates(sentence, 0, _dt.date(9999, 12, 31) if "week" in sentence else _dt.date(2024, 3, 1))
    assert all(m.ref.value is None or m.ref.value.year <= 9999 for m in mentions)
    assert not any(m.ref.raw == "2024-02-30" for m in mentions)


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("The convoy left two days ago.", dt.date(2024, 10, 22), "day"),
        ("The convoy left 10 days ago.", dt.date(2024, 10, 14), "day"),
        ("The convoy left three weeks ago.", dt.date(2024, 9, 30), "week"),
        ("The convoy left a month ago.", dt.date(2024, 9, 1), "month"),
        ("The convoy left a year ago.", dt.date(2023, 1, 1), "year"),
    ],
)
def test_n_units_ago_counts_back_from_publication(sentence: str, value: dt.date, precision: str) -> None:
    d = only_date(sentence)
    assert (d.ref.value, d.ref.precision) == (value, precision)


@pytest.mark.parametrize(
    ("published", "saturday"),
    [
        (dt.date(2024, 10, 24), dt.date(2024, 10, 19)),  # a Thursday: the weekend before
        (dt.date(2024, 10, 27), dt.date(2024, 10, 26)),  # a Sunday: this weekend
        (dt.date(2024, 10, 26), dt.date(2024, 10, 26)),  # a Saturday: that very day
        (dt.date(2024, 10, 28), dt.date(2024, 10, 26)),  # a Monday: the two days before
    ],
)
def test_at_the_weekend_is_the_saturday_of_the_last_weekend(published: dt.date, saturday: dt.date) -> None:
    (d,) = find_dates("The mayor spoke at the weekend.", 0, published)
    assert (d.ref.value, d.ref.precision, d.future, d.ref.raw) == (saturday, "day", False, "at the weekend")


def test_this_weekend_and_last_weekend_stay_weeks() -> None:
    """Only the plain "at/over the weekend" is read as a day: "last weekend" keeps its week."""
    (d,) = find_dates("The mayor spoke last weekend.", 0, dt.date(2024, 10, 24))
    assert d.ref.precision == "week"


def test_ago_without_publication_date_keeps_the_raw_words() -> None:
    (d,) = find_dates("The convoy left two days ago.", 0, None)
    assert (d.ref.value, d.ref.raw) == (None, "two days ago")


@pytest.mark.parametrize("phrase", ["In the evening", "Later that night", "That morning", "in the afternoon"])
def test_a_part_of_the_day_is_the_day_named_before(phrase: str) -> None:
    (mention,) = find_dates(f"{phrase}, the mayor said the shelling went on.", 0, dt.date(2024, 5, 10),
                            dt.date(2024, 5, 7))
    assert (mention.ref.value, mention.ref.precision, mention.anaphoric) == (dt.date(2024, 5, 7), "day", True)


def test_this_morning_stays_the_publication_day_and_a_part_of_day_before_a_noun_is_no_date() -> None:
    published, before = dt.date(2024, 5, 10), dt.date(2024, 5, 7)
    assert [d.ref.value for d in find_dates("He spoke this morning.", 0, published, before)] == [published]
    assert find_dates("In the evening address, he thanked the troops.", 0, published, before) == []


def test_in_the_evening_dates_a_claim_with_the_day_of_the_sentence_before() -> None:
    text = "On Monday the army said it had left the river bank. In the evening, Kovalenko said 40 tanks were lost."
    claims = [c for c in extract_claims(text, dt.date(2024, 5, 10)) if c.actor is not None]
    assert [c.claim_date.iso() for c in claims] == ["2024-05-06", "2024-05-06"]


def test_a_titled_phrase_is_a_title_not_a_time() -> None:
    assert find_dates('She appeared on the show "This Week" to talk.', 0, PUBLISHED) == []
    assert [d.ref.precision for d in find_dates("She spoke this week.", 0, PUBLISHED)] == ["week"]


@pytest.mark.parametrize(
    ("sentence", "iso", "future"),
    [
        ("The offensive could begin in early- to mid-May.", "2025-05", True),
        ("Kyiv is expected to receive the jets in late September.", "2025-09", True),
        ("He had to leave in May.", "2024-05", False),
        ("The army lost 40 tanks in May and will lose more.", "2024-05", False),
        ("The talks will, he said in May, resume.", "2024-05", False),
    ],
)
def test_a_month_after_a_future_verb_is_the_coming_one(sentence: str, iso: str, future: bool) -> None:
    mention = only_date(sentence)
    assert (mention.ref.iso(), mention.future) == (iso, future)


@pytest.mark.parametrize(
    ("sentence", "iso", "future"),
    [
        ("The brigade will be ready by the end of 2025.", "2025", True),
        ("Deliveries should be finished by the end of the year.", "2024", True),
        ("The plant is to reopen until the end of next year.", "2025", True),
        ("Stocks had fallen by the end of 2022.", "2022", False),  # a deadline passed is no forecast
        ("All units must be trained by 2027.", "2027", True),
    ],
)
def test_the_end_of_a_year_is_a_deadline_at_year_precision(sentence: str, iso: str, future: bool) -> None:
    d = only_date(sentence)
    assert (d.ref.iso(), d.ref.precision, d.future) == (iso, "year", future)


def test_the_end_of_the_year_without_a_publication_date_keeps_its_words() -> None:
    d = only_date("The brigade will be ready by the end of the year.", published=None)
    assert (d.ref.value, d.ref.raw, d.future) == (None, "by the end of the year", True)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("In April of 2022, the ministry counted the damage.", dt.date(2022, 4, 1)),
        ("The plant was shut in November of 2019.", dt.date(2019, 11, 1)),
        ("Since March of 2023 the price has doubled.", dt.date(2023, 3, 1)),
    ],
)
def test_a_month_of_a_year_keeps_its_year(sentence: str, value: dt.date) -> None:
    mention = only_date(sentence)
    assert (mention.ref.value, mention.ref.precision) == (value, "month")
