"""Count and speaker families left open by the blind probes (issue #3, fam23): "X put <something> at N", a cue of
saying whose number counts what was put; a bare role speaker ("the president said") after a sentence whose subject
holds the role; a bulletin's daily change in brackets, a count of its own. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Final

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.attribution import find_cues
from claimtrack.extraction.quantities import find_counts


def _claims(text: str) -> list[tuple[str | None, float | None, float | None]]:
    """(speaker, low, high) of every claim with a count read from `text`."""
    return [(c.actor.name if c.actor else None, c.quantity.low, c.quantity.high)
            for c in extract_claims(text) if c.quantity is not None]


# --- "put X at N": a cue of saying, N counting X ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "verb", "speaker", "bounds", "unit"), [
    ("Moscow suffered heavy casualties, which the defence ministry put at about 300.", "put", "ministry",
     (300.0, 300.0), "casualties"),
    ("The regional governor put the death toll at 12 after the shelling.", "put", "governor", (12.0, 12.0),
     "deaths"),
    ("Local officials put the number of displaced at about 4,000.", "put", "officials", (4000.0, 4000.0),
     "displaced"),
    ("The Ukrainian army puts Russian losses at more than 900.", "puts", "army", (900.0, None), "losses"),
    ("Emergency services updated their figures on Monday, putting the number of injured at 45.", "putting",
     "emergency services", (45.0, 45.0), "injured"),
])
def test_put_at_a_number_is_said_by_its_subject_and_counts_its_object(
        sentence: str, verb: str, speaker: str, bounds: tuple[float, float | None], unit: str) -> None:
    assert [c.verb for c in find_cues(sentence, [])] == [verb]
    (count,) = find_counts(sentence)
    assert ((count.low, count.high), count.group.noun) == (bounds, unit)
    (claim,) = [c for c in extract_claims(sentence) if c.quantity is not None]
    assert claim.actor is not None and speaker in claim.actor.name.lower()


@pytest.mark.parametrize("sentence", [
    "The shelling put the troops at risk for weeks.",
    "The city put its stadium at the disposal of 300 refugees.",
    "The regiment was put at 5 a.m. on full alert.",
    "The toll was put at 12 by the hospital.",
])
def test_put_at_no_number_or_a_passive_is_no_cue(sentence: str) -> None:
    assert [c.verb for c in find_cues(sentence, [])] == []


def test_put_at_counts_nothing_where_the_object_is_counted_by_no_noun() -> None:
    assert find_counts("Engineers put the bridge at risk.") == []
    assert [c.low for c in find_counts("The army put 300 troops at the border.")] == [300.0]


def test_put_without_at_a_number_stays_the_announcement_it_was() -> None:
    assert [c.verb for c in find_cues("The minister put 300 troops on heightened alert.", [])] == ["alert"]


# --- "Zelensky met troops. '...,' the president said.": the occasion's subject holds the role ----------------------

def _speakers(text: str) -> list[str | None]:
    return [who for who, _, _ in _claims(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Senator Mary Holt said aid would continue. Prime Minister Denys Shmyhal met miners in Pavlohrad on Monday. '
     '"About 300 workers left the mines this year," the prime minister said.', "Denys Shmyhal"),
    ('Governor Oleh Syniehubov said the city was calm. On Tuesday, Governor Vitaliy Kim addressed residents of '
     'Mykolaiv. "Some 40 drones hit the city overnight," the governor said.', "Vitaliy Kim"),
    ('US President Joe Biden said aid would continue. Zelensky visited troops near Bakhmut on Friday. '
     '"We have lost 12 soldiers there this week," the president said.', "Volodymyr Zelensky"),
])
def test_a_bare_role_means_the_occasion_subject_holding_it(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # the one named holds another role: the governor who spoke
    ('Governor Oleh Syniehubov said the city was calm. On Tuesday, Mayor Ihor Terekhov addressed residents. '
     '"Some 40 drones hit the city overnight," the governor said.', "Oleh Syniehubov"),
    # the president is named as an object only: the president who spoke
    ('US President Joe Biden said aid would continue. Russia attacked Zelensky\'s hometown on Friday. '
     '"We have lost 12 soldiers there this week," the president said.', "Joe Biden"),
])
def test_a_bare_role_keeps_the_earlier_holder_without_a_holding_subject(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


# --- "tanks – 5,283 (+12)": a bulletin's daily change is a count of its own ---------------------------------------

_TITLE: Final = "General Staff of the Armed Forces of Ukraine: operational information as of 08:00 on 14.06.2023\n\n"


def _dated(text: str) -> list[tuple[float | None, float | None, str | None, str | None]]:
    """(low, high, subject, event day) of every claim with a count of `text`, published 14 June 2023."""
    return [(c.quantity.low, c.quantity.high, c.subject, c.event_date.iso() if c.event_date else None)
            for c in extract_claims(text, dt.date(2023, 6, 14)) if c.quantity is not None]


@pytest.mark.parametrize("losses", [
    "The enemy's total losses over the past day and since the start were: personnel – about 263,900 (+510) persons, "
    "tanks – 5,283 (+12).",
    "In the last 24 hours the enemy lost more troops. Total losses: personnel - about 263,900 (+510), "
    "tanks - 5,283 (+12).",
    "Combat losses of the enemy, with the changes over the last day in brackets: personnel — about 263,900 (+510) "
    "persons were liquidated, tanks — 5,283 (+12).",
])
def test_a_daily_change_is_a_count_of_its_day_and_leaves_the_total_alone(losses: str) -> None:
    claims = _dated(_TITLE + losses)
    assert (263_900.0, 263_900.0, "troops casualties", None) in claims
    assert (510.0, 510.0, "troops casualties", "2023-06-13") in claims
    assert (5_283.0, 5_283.0, "tanks", None) in claims
    assert (12.0, 12.0, "tanks", "2023-06-13") in claims


def test_a_daily_change_has_no_day_when_the_text_names_no_past_day() -> None:
    claims = _dated(_TITLE + "Total losses: personnel – about 263,900 (+510) persons, tanks – 5,283 (+12).")
    assert (510.0, 510.0, "troops casualties", None) in claims


@pytest.mark.parametrize("sentence", [
    "Total losses: tanks – 5,283 (-2), artillery systems – 7,000.",  # a fall is no loss
    "The regiment (+300 men) reached the river.",  # no tally item before the brackets
])
def test_no_daily_change_without_a_tally_gain(sentence: str) -> None:
    assert [c for c in find_counts(sentence) if c.daily_change] == []
