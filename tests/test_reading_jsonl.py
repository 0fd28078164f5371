"""Reading JSON Lines: one article object per line; a broken line fails alone."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

from claimtrack.reading import LineRange, ReadFailure, ReadTask, iter_documents, plan_reads, read_task
from claimtrack.reading.jsonl import read_line_range, scan_jsonl
from claimtrack.reading.metadata import Metadata
from claimtrack.records import SourceDocument


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def good(ident: str, **extra: object) -> str:
    return json.dumps({"id": ident, "text": f"Text of {ident}.\r\nSecond line.", **extra})


def test_good_lines_become_documents(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "batch.jsonl",
        [
            good("a1", title="First", outlet="Wire One", url="https://one.example/a1", published="2024-10-24"),
            "",
            good("a2", published="2024-10-25T23:30:00-05:00"),
        ],
    )
    first, second = iter_documents([path])
    assert isinstance(first, SourceDocument) and isinstance(second, SourceDocument)
    assert first.name == "a1"
    assert first.text == "Text of a1.\nSecond line."
    assert (first.title, first.outlet, first.url) == ("First", "Wire One", "https://one.example/a1")
    assert first.published == dt.date(2024, 10, 24)
    assert first.source_path == f"{path}:line 1"
    assert second.name == "a2"
    assert second.published == dt.date(2024, 10, 25)  # the date as written, not converted to UTC
    assert second.source_path == f"{path}:line 3"


def test_one_broken_line_among_good_ones(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "mixed.ndjson",
        [
            good("ok-1"),
            '{"id": "broken", "text": "unterminated',
            json.dumps({"id": "no-text", "title": "Headline only"}),
            good("bad-date", published="yesterday"),
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "wrong-type", "text": ["a", "b"]}),
            good("ok-2"),
        ],
    )
    results = list(iter_documents([path]))
    assert [r.name for r in results if isinstance(r, SourceDocument)] == ["ok-1", "ok-2"]
    failures = {r.source: r.message for r in results if isinstance(r, ReadFailure)}
    assert set(failures) == {f"{path}:line {n}" for n in (2, 3, 4, 5, 6)}
    assert "not valid JSON" in failures[f"{path}:line 2"]
    assert "no 'text' or 'html'" in failures[f"{path}:line 3"]
    assert "'published' is 'yesterday', not a date; use YYYY-MM-DD" in failures[f"{path}:line 4"]
    assert "not a JSON object" in failures[f"{path}:line 5"]
    assert "'text' is not a string" in failures[f"{path}:line 6"]


def test_name_falls_back_to_file_and_line(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "anon.jsonl", [json.dumps({"text": "No id here."}), json.dumps({"id": 7, "text": "x"})]
    )
    first, second = iter_documents([path])
    assert isinstance(first, SourceDocument) and isinstance(second, SourceDocument)
    assert first.name == "anon.jsonl:1"
    assert second.name == "7"


def test_html_line_is_extracted(tmp_path: Path) -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Page Outlet">'
        '<meta property="article:published_time" content="2023-03-03"></head>'
        "<body><nav>Menu</nav><h1>Headline</h1><p>Body text.</p></body></html>"
    )
    path = write_lines(tmp_path / "pages.jsonl", [json.dumps({"id": "h1", "html": html, "outlet": "Line Outlet"})])
    (doc,) = iter_documents([path])
    assert isinstance(doc, SourceDocument)
    assert doc.text == "Headline\n\nBody text."
    assert doc.title == "Headline"
    assert doc.outlet == "Line Outlet"  # the line's own field beats the page's meta tag
    assert doc.published == dt.date(2023, 3, 3)


def test_empty_jsonl_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n  \n", encoding="utf-8")
    (failure,) = iter_documents([path])
    assert isinstance(failure, ReadFailure)
    assert failure.source == str(path)
    assert "empty file" in failure.message


def test_binary_jsonl_file_fails_once(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"\x00\x01\x02\n" * 100)
    (failure,) = iter_documents([path])
    assert isinstance(failure, ReadFailure)
    assert "binary file, not text" in failure.message


def test_jsonl_with_bom_and_cp1252_line(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + json.dumps({"id": "u", "text": "plain"}).encode()
        + b"\n"
        + '{"id": "c", "text": "“smart”"}'.encode("cp1252")
        + b"\n"
    )
    first, second = iter_documents([path])
    assert isinstance(first, SourceDocument) and isinstance(second, SourceDocument)
    assert second.text == "“smart”"


def test_lines_are_streamed(tmp_path: Path) -> None:
    path = tmp_path / "stream.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for number in range(3):
            stream.write(good(f"s{number}") + "\n")
    documents = iter_documents([path])
    assert next(documents).name == "s0"
    with path.open("a", encoding="utf-8") as stream:  # written after reading started: still read
        stream.write(good("late") + "\n")
    assert [d.name for d in documents] == ["s1", "s2", "late"]


def test_planned_line_ranges_read_the_same_documents(tmp_path: Path) -> None:
    lines = [good(f"r{n}") if n % 5 else "" for n in range(23)] + ['{"broken"', good("last")]
    path = write_lines(tmp_path / "many.jsonl", lines)
    ranges = list(scan_jsonl(path, max_lines=4))
    assert all(isinstance(r, LineRange) for r in ranges) and len(ranges) == 7
    assert ranges[0].start == 0 and ranges[-1].end == path.stat().st_size
    assert all(a.end == b.start for a, b in zip(ranges, ranges[1:], strict=False))
    assert [r.first_line for r in ranges] == [1, 5, 9, 13, 17, 21, 25]
    pieces = [item for r in ranges for item in read_line_range(pickle.loads(pickle.dumps(r)), Metadata())]
    whole = list(iter_documents([path]))
    assert pieces == whole
    assert [d.name for d in whole if isinstance(d, SourceDocument)][-1] == "last"
    assert [f.source for f in whole if isinstance(f, ReadFailure)] == [f"{path}:line 24"]


def test_tasks_group_small_files_and_keep_failures_in_place(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"a{n}.txt").write_text(f"Article {n}.", encoding="utf-8")
    write_lines(tmp_path / "b.jsonl", [good("j1"), good("j2")])
    (tmp_path / "c.jsonl").write_bytes(b"\x00\x01" * 10)
    (tmp_path / "d.txt").write_text("Last article.", encoding="utf-8")
    planned = list(plan_reads([tmp_path], max_docs=3))
    shape = [len(t.units) if isinstance(t, ReadTask) else "failure" for t in planned]
    assert shape == [3, 2, 1, "failure", 1]
    names = [d.name for t in planned if isinstance(t, ReadTask) for d in read_task(t, Metadata())]
    assert names == ["a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt", "j1", "j2", "d.txt"]


def test_a_line_that_breaks_the_json_parser_fails_alone(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "deep.jsonl", [good("before"), "[" * 100_000, good("after")])
    sidecar_victim = tmp_path / "page.txt"
    sidecar_victim.write_text("Some text.", encoding="utf-8")
    (tmp_path / "page.meta.json").write_text("[" * 100_000, encoding="utf-8")
    results = list(iter_documents([path, sidecar_victim, tmp_path / "deep.jsonl"]))
    assert [r.name for r in results if isinstance(r, SourceDocument)] == ["before", "after"]
    failures = [r for r in results if isinstance(r, ReadFailure)]
    assert [f.source for f in failures] == [f"{path}:line 2", str(sidecar_victim)]
    assert all("RecursionError" in f.message for f in failures)
