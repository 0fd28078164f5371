"""The place a report is about, for a count nothing nearer places (issue #3, stop 30, rules30b; `focus.py`).

A count whose sentence names no place, and that no speaker's earlier sentence or scene before it places, is where the
report's names point: the theatre (a country, or a territory with no country) named three times as often as any
other, or the narrowest place within it that holds most of those names. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.focus import PlaceFocus, sides_named
from claimtrack.extraction.place_phrases import as_clause_start
from claimtrack.extraction.places import find_places

DAY = dt.date(2024, 3, 5)


def _places(text: str) -> dict[float, str | None]:
    """Each count's lower bound -> the name of its claim's place."""
    return {
        c.quantity.low: (c.place.name if c.place else None)
        for c in extract_claims(text, DAY)
        if c.quantity is not None and c.quantity.low is not None
    }


def _focus(*sentences: str) -> str | None:
    """The focus `PlaceFocus` finds after counting the places of `sentences`."""
    focus = PlaceFocus()
    for i, sentence in enumerate(sentences):
        focus.note(i, find_places(sentence, 0))
    mention = focus.place([])
    return mention.place.name if mention is not None else None


def test_a_count_no_sentence_places_is_in_the_territory_the_report_is_about() -> None:
    text = (
        "Fighting in Gaza intensified on Monday. Strikes hit Gaza City and Khan Younis overnight, residents said. "
        "Families sheltered in schools. Bakeries closed for lack of flour. "
        "The military says 41 of its soldiers have been wounded since January."
    )
    assert _places(text)[41.0] == "Gaza Strip"


def test_a_report_on_one_country_places_a_monitor_s_count_there() -> None:
    text = (
        "Rebels advanced in Syria's north on Sunday, and strikes hit Syria's east, witnesses in Syria said. "
        "Prices of bread doubled. The interior ministry said it had documented 3,400 detentions over the year."
    )
    assert _places(text)[3400.0] == "Syria"


def test_a_sentence_naming_another_theatre_takes_no_focus() -> None:
    # near miss: the count is the UK's, sent from elsewhere; the report's territory is not its place
    text = (
        "Fighting in Gaza intensified on Monday. Strikes hit Gaza City and Khan Younis overnight. "
        "Families sheltered in schools. The UK is sending 300 vehicles, the defence ministry said."
    )
    assert _places(text)[300.0] is None


def test_a_lone_sentence_has_no_focus() -> None:
    # near miss: nothing was named twice
    assert _places("The ministry said it had documented 3,400 detentions over the year.")[3400.0] is None


def test_no_theatre_dominates_a_report_on_two_countries() -> None:
    assert _focus("Talks between Poland and Hungary resumed.", "Hungary and Poland signed a deal.") is None


def test_the_focus_narrows_to_a_town_that_holds_most_names() -> None:
    sentences = ("Shelling hit Kupiansk on Monday.", "Kupiansk was without power.", "Kyiv sent repair crews.")
    assert _focus(*sentences) == "Kupiansk"


def test_the_focus_stays_the_country_when_many_towns_are_named() -> None:
    sentences = ("Drones hit Odesa, Kherson and Sumy overnight.", "Across Ukraine, Kharkiv was hit too.")
    assert _focus(*sentences) == "Ukraine"


def test_a_country_is_no_toll_s_focus() -> None:
    # near miss: a toll is placed by its scene; a whole country is too wide (`_scene_place`)
    text = (
        "Rebels advanced in Syria's north on Sunday, and strikes hit Syria's east, witnesses in Syria said. "
        "Prices of bread doubled. The interior ministry said 45 people had been killed."
    )
    assert _places(text)[45.0] is None


# --- a clause of what went on meanwhile ---------------------------------------------------------------------------


def test_a_place_in_a_clause_after_the_count_of_what_went_on_meanwhile_is_not_the_count_s() -> None:
    text = (
        "The emergency service said 14 people had been killed in Kherson, as the first convoys of evacuees "
        "crossed into Moldova."
    )
    assert _places(text)[14.0] == "Kherson"
    text = "The emergency service said 14 people had been killed, as the first convoys crossed into Moldova."
    assert _places(text)[14.0] is None


def test_as_reporting_words_and_comparisons_keep_their_places() -> None:
    # near misses: "as X reported" is the source's aside, and a clause before the count is no afterthought
    assert as_clause_start("Some 40 people died in Odesa, as the Norvik Herald reported.") == -1
    assert as_clause_start("For me, as the President of Ukraine, 150,000 troops are a threat.") == -1
    assert as_clause_start("Some 40 people died, as shelling hit Odesa.") == len("Some 40 people died")


def test_a_speaker_of_another_country_takes_no_focus_in_a_report_on_a_country() -> None:
    text = (
        "Fighting raged across Ukraine on Sunday, and strikes hit Ukraine again on Monday, witnesses said. "
        "President Vostrov of Russia said he would call up 200,000 reservists."
    )
    assert _places(text)[200000.0] is None


def test_a_people_of_another_country_named_in_the_sentence_takes_no_focus() -> None:
    text = (
        "Fighting raged across Ukraine on Sunday, and strikes hit Ukraine again on Monday, witnesses said. "
        "The Russian defence ministry said it would form 14 new regiments."
    )
    assert _places(text)[14.0] is None


def test_a_speaker_of_the_country_reported_on_keeps_the_focus() -> None:
    # near miss: the speaker and the people named are the report's own country
    text = (
        "Fighting raged across Ukraine on Sunday, and strikes hit Ukraine again on Monday, witnesses said. "
        "The Ukrainian interior ministry said it had opened 320 criminal cases."
    )
    assert _places(text)[320.0] == "Ukraine"


def test_sides_named_reads_adjectives_peoples_and_the_speaker_s_country() -> None:
    assert sides_named("North Korean troops and Ukrainians were seen.", None) == {"North Korea", "Ukraine"}
    assert sides_named("He said 300 were called up.", "Russia") == {"Russia"}
    assert sides_named("He said 300 were called up.", "United Nations") == frozenset()
