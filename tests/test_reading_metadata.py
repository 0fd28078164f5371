"""Metadata: sidecars, CLI overrides, and `published` values."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimtrack.reading import ReadFailure, iter_documents
from claimtrack.reading.dates import parse_published
from claimtrack.records import SourceDocument

TEXT = "Convoy spotted near the border\n\nBy Desk Writer, 1 June 2024 09:00\n\nA long column was seen moving.\n"


def article(directory: Path, name: str = "convoy.txt", text: str = TEXT) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def sidecar(directory: Path, name: str, data: object) -> Path:
    path = directory / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_sidecar_metadata_is_applied(tmp_path: Path) -> None:
    path = article(tmp_path)
    sidecar(
        tmp_path,
        "convoy.meta.json",
        {
            "title": "Convoy",
            "outlet": "Border Daily",
            "url": "https://bd.example/c",
            "published": "2024-06-02",
        },
    )
    (doc,) = iter_documents([path])
    assert isinstance(doc, SourceDocument)
    assert (doc.title, doc.outlet, doc.url) == ("Convoy", "Border Daily", "https://bd.example/c")
    assert doc.published == dt.date(2024, 6, 2)  # the sidecar beats the byline's 1 June
    assert doc.text == TEXT


def test_sidecar_named_after_the_full_file_name(tmp_path: Path) -> None:
    path = article(tmp_path)
    sidecar(tmp_path, "convoy.txt.meta.json", {"outlet": "Full Name Outlet"})
    (doc,) = iter_documents([path])
    assert isinstance(doc, SourceDocument)
    assert doc.outlet == "Full Name Outlet"
    assert doc.published == dt.date(2024, 6, 1)  # not in the sidecar: from the byline


def test_sidecar_applies_to_html_over_page_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text('<meta property="og:site_name" content="Page Site"><h1>Head</h1><p>Body.</p>', encoding="utf-8")
    sidecar(tmp_path, "page.meta.json", {"outlet": "Sidecar Site"})
    (doc,) = iter_documents([page])
    assert isinstance(doc, SourceDocument)
    assert doc.outlet == "Sidecar Site"
    assert doc.title == "Head"


def test_sidecar_with_bad_date_fails_the_document(tmp_path: Path) -> None:
    path = article(tmp_path)
    meta = sidecar(tmp_path, "convoy.meta.json", {"published": "yesterday", "title": "Convoy"})
    (failure,) = iter_documents([path])
    assert isinstance(failure, ReadFailure)
    assert failure.source == str(path)
    assert failure.message == f"{meta}: 'published' is 'yesterday', not a date; " + (
        "use YYYY-MM-DD (or an ISO datetime such as 2024-10-24T08:57:00Z)"
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"title": 5}', "'title' is 5, not a string"),
    ],
)
def test_broken_sidecar_fails_the_document(tmp_path: Path, content: str, expected: str) -> None:
    path = article(tmp_path)
    meta = tmp_path / "convoy.meta.json"
    meta.write_text(content, encoding="utf-8")
    (failure,) = iter_documents([path])
    assert isinstance(failure, ReadFailure)
    assert str(meta) in failure.message
    assert expected in failure.message


def test_keyword_overrides_beat_everything(tmp_path: Path) -> None:
    path = article(tmp_path)
    sidecar(tmp_path, "convoy.meta.json", {"title": "Sidecar", "outlet": "Sidecar", "published": "2024-06-02"})
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"id": "j", "text": "t", "outlet": "Line", "published": "2020-01-01"}) + "\n")
    overrides = {
        "published": dt.date(2025, 1, 1),
        "outlet": "CLI",
        "title": "CLI title",
        "url": "https://cli.example",
    }
    docs = list(iter_documents([path, lines], **overrides))  # type: ignore[arg-type]
    assert len(docs) == 2
    for doc in docs:
        assert isinstance(doc, SourceDocument)
        assert (doc.published, doc.outlet, doc.title, doc.url) == (
            dt.date(2025, 1, 1), "CLI", "CLI title", "https://cli.example",
        )  # fmt: skip


def test_byline_outlet_when_no_metadata(tmp_path: Path) -> None:
    path = article(tmp_path, "desk.txt", "Headline\n\nby The Example Bugle news desk May 5, 2024 8:00 AM\n\nBody.\n")
    (doc,) = iter_documents([path])
    assert isinstance(doc, SourceDocument)
    assert doc.outlet == "The Example Bugle"
    assert doc.published == dt.date(2024, 5, 5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-24", dt.date(2024, 10, 24)),
        ("2024-10-24T08:57:00Z", dt.date(2024, 10, 24)),
        ("2024-10-24T23:57:00-07:00", dt.date(2024, 10, 24)),
        ("2024-10-24 08:57", dt.date(2024, 10, 24)),
        (" 2024-10-24 ", dt.date(2024, 10, 24)),
        (None, None),
        ("", None),
    ],
)
def test_parse_published_accepts_iso(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", ["yesterday", "24/10/2024", "Oct 24, 2024", "2024-13-01", "2024-02-30", 20241024, True]
)
def test_parse_published_rejects_the_rest(value: object) -> None:
    with pytest.raises(ValueError, match="not a date; use YYYY-MM-DD"):
        parse_published(value)
