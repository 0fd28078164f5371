"""The publication date a file name opens with, and where it ranks among the other sources."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimtrack.reading import iter_documents
from claimtrack.reading.file_names import date_from_file_name
from claimtrack.records import SourceDocument

BYLINE_TEXT = "Shelling reported overnight\n\nBy Desk Writer, 1 June 2024 09:00\n\nTwo houses were hit.\n"
PLAIN_TEXT = "Two houses were hit overnight, the regional governor said on Monday.\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("20230317T141500Z_PL_en_a1b2c3.txt", dt.date(2023, 3, 17)),  # ISO basic timestamp, seconds
        ("20230317T1415Z-report.html", dt.date(2023, 3, 17)),  # minutes only
        ("20230317T141500+0200_x.txt", dt.date(2023, 3, 17)),  # an offset: the date as written
        ("2023-03-17_kherson.txt", dt.date(2023, 3, 17)),  # ISO date
        ("2023-03-17T14:15:00Z.txt", dt.date(2023, 3, 17)),
        ("feeds/2023-03-17-wire.txt", dt.date(2023, 3, 17)),  # a path: its last part is read
    ],
)
def test_dated_file_names(name: str, expected: dt.date) -> None:
    assert date_from_file_name(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "000_635a981262af1d4e.txt",  # an id
        "20230317.txt",  # eight digits alone may be an id
        "report-2023-03-17.txt",  # not at the start
        "20231317T141500Z_x.txt",  # month 13
        "2023-02-30_x.txt",  # no such day
        "2023-03-175.txt",  # more digits than a date
        "20230317T141500Zebra.txt",  # the stamp runs into a word
        "",
    ],
)
def test_undated_file_names(name: str) -> None:
    assert date_from_file_name(name) is None


def _read_one(path: Path) -> SourceDocument:
    (doc,) = iter_documents([path])
    assert isinstance(doc, SourceDocument)
    return doc


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("20230317T141500Z_UA_en_f00d.txt", PLAIN_TEXT, dt.date(2023, 3, 17)),  # no metadata: the name dates it
        ("2024-06-03_wire.txt", BYLINE_TEXT, dt.date(2024, 6, 3)),  # the name beats the byline's 1 June
        ("wire.txt", BYLINE_TEXT, dt.date(2024, 6, 1)),  # a name with no date: the byline
        ("wire.txt", PLAIN_TEXT, None),  # neither: no date is invented
    ],
)
def test_where_a_plain_file_takes_its_date(tmp_path: Path, name: str, text: str, expected: dt.date | None) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert _read_one(path).published == expected


def test_a_sidecar_beats_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "20230317T141500Z_UA_en_f00d.txt"
    path.write_text(PLAIN_TEXT, encoding="utf-8")
    (tmp_path / "20230317T141500Z_UA_en_f00d.meta.json").write_text(json.dumps({"published": "2023-03-18"}))
    assert _read_one(path).published == dt.date(2023, 3, 18)


def test_a_json_lines_id_is_read_as_a_name(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "20230317T141500Z_UA_en_f00d", "text": PLAIN_TEXT}, {"id": "plain-id", "text": PLAIN_TEXT + "!"}]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    dated, undated = iter_documents([path])
    assert isinstance(dated, SourceDocument) and isinstance(undated, SourceDocument)
    assert (dated.published, undated.published) == (dt.date(2023, 3, 17), None)
