"""Stop 25 (actor25): a statement signed by a body (a dash-led signature line, a body's line next to a place and
date, a letterhead in a text that says "we" outside quotes) speaks its unattributed lines, its "we" and its "our
observers" in that body's voice; a news story quoting "we" has no voice of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import speakers_by_count

from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.bulletins import bulletin_issuer, signature_issuer

PUBLISHED = dt.date(2024, 6, 3)


def _by_count(text: str) -> dict[float, tuple[str | None, str | None]]:
    return speakers_by_count(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "On the shelling of the border villages\n\nThe text.\n\n— Ministry of Foreign Affairs of Moldova\n",
            "Ministry of Foreign Affairs of Moldova",
        ),
        ("Chisinau, 14 May 2024\nMinistry of Defence of Moldova\n\nThe text.\n", "Ministry of Defence of Moldova"),
        (
            "On the shelling\n\nThe text.\n\nGeneral Staff of the Armed Forces of Moldova\nChisinau, May 14, 2024\n",
            "General Staff of the Armed Forces of Moldova",
        ),
        (
            "Press Service of the Border Police Command\n\nWe have registered 12 crossings.\n",
            "Press Service of the Border Police Command",
        ),
    ],
)
def test_a_signature_line_names_the_issuer(text: str, issuer: str) -> None:
    assert signature_issuer(text) == issuer and bulletin_issuer(text) == issuer


@pytest.mark.parametrize(
    "text",
    [
        # a bare body line in a news story that says "we" only inside quotes
        'Border town counts losses\n\n"We have lost 12 houses," a resident said.\n\nMinistry of Defence\n',
        # a headline in title case
        "Defence Ministry Says Troops Pull Back From Border\n\nWe are told 12 units left.\n",
        # a credit line, not a signature
        "Border town counts losses\n\nThe mayor said 12 houses burned.\n\nPhoto: Ministry of Defence of Moldova\n",
    ],
)
def test_a_news_story_has_no_signature(text: str) -> None:
    assert signature_issuer(text) is None


def test_a_signed_statement_speaks_its_own_counts_and_its_we() -> None:
    text = (
        "On the shelling of the border villages\n\n"
        "Over the past week our observers recorded 14 strikes on the village of Ocnita. "
        "Our units shot down 9 drones near the border. "
        "We note that 3 civilians were wounded.\n\n"
        "Police chief Ion Rusu said 5 houses were destroyed.\n\n"
        "— Ministry of Internal Affairs of Moldova\n"
    )
    found = _by_count(text)
    issuer = found[14][0]
    assert issuer is not None and "Moldova" in issuer
    assert found[9][0] == issuer and found[3][0] == issuer
    assert found[5][0] == "Ion Rusu"


def test_a_news_story_quoting_we_does_not_speak_its_we() -> None:
    text = (
        'Border town counts losses\n\n"We note that 3 civilians were wounded," the mayor said. '
        "We note that 14 houses burned.\n"
    )
    found = _by_count(text)
    assert found[3][0] is not None and found.get(14, (None, None))[0] is None


def test_the_mission_of_a_state_to_a_body_is_a_body() -> None:
    mission = resolve_actor("the Permanent Mission of Latvia to the OSCE")
    assert mission is not None and mission.kind == "organisation" and mission.affiliation == "Latvia"
    head = resolve_actor("the head of the Permanent Mission of Latvia to the OSCE")
    assert head is not None and head.kind == "person"


def test_a_title_names_a_mission_to_a_body() -> None:
    assert bulletin_issuer("Statement of the Permanent Mission of Latvia to the OSCE\n\nThe text.\n") == (
        "Permanent Mission of Latvia to the OSCE"
    )
