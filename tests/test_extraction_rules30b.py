"""Counts not found at all before (issue #3, stop 30, rules30b): a tally item whose day brought no change ("(0)"),
and bulletins whose title names their issuer as "Summary of the <Body> on ..." or in capitals on a line of its own
above the kind of document. Sentences and titles written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.bulletins import bulletin_issuer
from claimtrack.extraction.quantities import find_counts

DAY = dt.date(2024, 3, 5)


def _counts(sentence: str) -> list[tuple[float | None, str, bool]]:
    """(low, counted noun, whether a day's change) of every count `find_counts` reads in `sentence`."""
    return [(c.low, c.unit, c.daily_change) for c in find_counts(sentence)]


def _speakers(text: str) -> dict[float, str | None]:
    """Each count's upper bound -> its claim's speaker."""
    return {
        c.quantity.high: (c.actor.name if c.actor else None)
        for c in extract_claims(text, DAY)
        if c.quantity is not None and c.quantity.high is not None
    }


# --- a tally item with no change that day --------------------------------------------------------------------------


def test_a_tally_item_with_no_change_keeps_its_total() -> None:
    assert _counts("tanks - 4,310 (+6), helicopters - 302 (0), warships / boats - 21 (0).") == [
        (4310.0, "tanks", False),
        (6.0, "tanks", True),
        (302.0, "helicopters", False),
        (21.0, "warships / boats", False),
    ]


def test_a_bracketed_number_after_a_number_outside_a_tally_is_no_count() -> None:
    # near miss: no counted noun and dash before the number
    assert _counts("The motion passed by 302 (0) votes to spare.") == []


# --- bulletin titles -----------------------------------------------------------------------------------------------


def test_a_summary_of_a_body_on_a_topic_names_its_issuer() -> None:
    text = "Summary of the Ministry of Defence of the Russian Federation on the progress of the operation\n\nx"
    assert bulletin_issuer(text) == "Ministry of Defence of the Russian Federation"


def test_a_summary_of_the_news_names_no_issuer() -> None:
    assert bulletin_issuer("Summary of the news on Monday\n\nShelling went on.") is None


def test_a_body_in_capitals_above_the_kind_of_document_issued_it() -> None:
    text = "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION\n\nInformation message\n\nThe enemy lost up to 70 servicemen."
    assert bulletin_issuer(text) == "Ministry of Defence of the Russian Federation"


def test_capitals_above_a_sentence_name_no_issuer() -> None:
    # near miss: a body's name in capitals, then an article's first sentence, not the kind of a document
    text = "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION\n\nThe army advanced on Monday, officials said."
    assert bulletin_issuer(text) is None


def test_a_summary_bulletin_s_list_items_are_its_issuer_s_counts() -> None:
    text = (
        "Summary of the Ministry of Defence of the Russian Federation on the progress of the operation (as of 4 March)"
        "\n\n- In the Kupiansk direction, units of the group of forces repelled 7 attacks. "
        "The enemy lost up to 65 servicemen and 3 pickup trucks."
    )
    speakers = _speakers(text)
    assert speakers[7.0] == speakers[65.0] == "Ministry of Defence of the Russian Federation"


# --- a list breaking down the figures of the sentence before its lead ---------------------------------------------


def test_a_list_under_this_included_is_the_speaker_s_of_the_figures_before() -> None:
    text = (
        "Between January and June, the monitoring mission recorded 1,840 civilian casualties in the country.\n\n"
        "This included:\n"
        "- a total of 212 casualties among children (61 killed and 151 injured);\n"
        "- in frontline regions, 1,390 casualties (402 killed and 988 injured).\n"
    )
    speakers = _speakers(text)
    assert speakers[1840.0] == speakers[212.0] == speakers[402.0] == "Monitoring mission"


def test_this_included_after_a_sentence_without_figures_takes_no_speaker() -> None:
    # near miss: the lead goes on from no figures, so the list is not the speaker's breakdown
    text = (
        "The monitoring mission said it was visiting the region.\n\n"
        "This included:\n"
        "- a total of 212 casualties among children (61 killed and 151 injured);\n"
    )
    assert 212.0 not in _speakers(text)


def test_tally_labels_that_name_uavs_in_other_words_are_counted() -> None:
    assert _counts("operational-tactical level UAV - 3,115 (+9)") == [(3115.0, "uav", False), (9.0, "uav", True)]
    assert _counts("UAVs of operational-tactical level – 2,870 (+4)")[0][0] == 2870.0


def test_a_uav_s_model_number_is_no_tally() -> None:
    # near miss: a dash and a number after the noun that are a model's name, not a tally item's total
    assert _counts("The army showed a UAV - 2 prototype to reporters.") == []


# --- an area after a verb of taking is a measure, no count ------------------------------------------------------------


def test_an_area_taken_is_no_count() -> None:
    assert _counts("Its forces have captured 500 square kilometres since May.") == []
    assert _counts("The brigade liberated 1,200 sq. km in the south.") == []
    assert _counts("Troops seized 40 square miles and 300 hectares of farmland.") == []


def test_a_count_of_people_or_places_taken_stays_a_count() -> None:
    # near miss: the same verbs before counted nouns
    assert _counts("Its forces have captured 500 soldiers since May.") == [(500.0, "soldiers", False)]
    assert _counts("The brigade liberated 12 villages in the south.") == [(12.0, "villages", False)]
