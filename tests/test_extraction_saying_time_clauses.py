"""A clause on the time of the saying right after its verb ("said as he met X on 14 February", "said when she visited
Kyiv in May", "said upon ordering the pull-out in 2011") dates the saying; a reported clause's date does not."""

from __future__ import annotations

import pytest
from test_extraction_saying_venue_dates import claim_date  # the claim date of the sentence's attributed claim

from claimtrack.extraction.date_roles import in_the_saying_time_clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The border will stay shut," President Maia Sandu said as she received the credentials of four new '
         'ambassadors in Chisinau on 5 March.', "2024-03-05"),
        ('"We have to rebuild the grid before winter," Mayor Ihor Terekhov said when he toured the damaged '
         'substation on Tuesday.', "2024-03-12"),
        ('"Our mission here is over," General Ortega said upon handing the base over to the local garrison in '
         'August 2021.', "2021-08"),
        ('"The talks are not dead," Foreign Minister Anna Berg said when visiting the front-line town of '
         'Orikhiv on Monday.', "2024-03-11"),
    ],
)
def test_a_clause_on_the_time_of_the_saying_dates_it(text: str, expected: str) -> None:
    assert (claim_date(text) or "")[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the clause after the verb is a reported one: its date is the event's
        '"We warned them," Sandu said when he told her that the convoy had crossed the river on 6 March.',
        # a state, not an occasion: "when she was minister in 2019" dates no saying
        '"We warned them," Sandu said when she was foreign minister in 2019.',
        # an event clause stands between the verb's clause and the date
        '"We warned them," Sandu said as she opened the session after the strike on the port on 6 March.',
    ],
)
def test_a_date_outside_such_a_clause_does_not_date_the_saying(text: str) -> None:
    assert claim_date(text) is None


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (" as he met with the visiting delegation ", True),
        (" when asked about the ceasefire ", True),
        (" upon his return to the capital ", True),
        (" as many as ", False),  # "said as many as 200 people were killed on Monday"
        (" when something ", False),
        (" as they were leaving ", False),  # an auxiliary: a clause of its own, not an occasion
        (" when she met the envoy, who arrived ", False),  # an aside with another's clause
    ],
)
def test_in_the_saying_time_clause(between: str, expected: bool) -> None:
    assert in_the_saying_time_clause(between) is expected
