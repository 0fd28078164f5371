"""JSON Lines: one article object per line, read line by line; a broken line fails alone."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimtrack.reading.assemble import make_document
from claimtrack.reading.decoding import decode_text, looks_binary, normalise_newlines
from claimtrack.reading.failures import ReadError, ReadFailure, unreadable
from claimtrack.reading.html_text import extract_html
from claimtrack.reading.metadata import Metadata, metadata_from_mapping
from claimtrack.records import SourceDocument

KEYS_HINT = "id, text (or html), title, outlet, url, published"


@dataclass(frozen=True)
class LineRange:
    """Lines `first_line`.. of a JSON Lines file: bytes [start, end). Small to send to another process."""

    path: str
    start: int
    end: int
    first_line: int
    at_end: bool = False  # the range reached the end of the file (as it was then)


def iter_jsonl(path: Path, overrides: Metadata) -> Iterator[SourceDocument | ReadFailure]:
    """A document or a failure for each non-blank line; a failure for the file if it cannot be read."""
    for item in scan_jsonl(path):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_line_range(item, overrides)


def scan_jsonl(path: Path, max_lines: int = 64, max_bytes: int = 4 << 20) -> Iterator[LineRange | ReadFailure]:
    """The file cut into ranges of at most `max_lines` lines / `max_bytes` bytes (a longer line is a
    range of its own), or a failure for the file: unreadable, binary, or without a non-blank line.

    Only looks for line ends: parsing is `read_line_range`'s job, so that it can run in a worker.
    The last range is yielded when the end of the file is reached; a file that grows meanwhile is
    read on (lines appended while an ingest reads are ingested too).
    """
    try:
        with path.open("rb") as stream:
            if looks_binary(stream.read(8192)):
                yield ReadFailure(str(path), "binary file, not text; a .jsonl file holds a JSON object a line")
                return
            stream.seek(0)
            any_line = False
            start = offset = 0
            first = number = 1
            while True:
                raw = stream.readline()
                if not raw:
                    if offset == start:
                        break
                    yield LineRange(str(path), start, offset, first, at_end=True)  # then: did it grow?
                    start, first = offset, number
                    continue
                if not any_line:  # decoded like the reader does, until the first line with text
                    any_line = bool(_decode_line(raw).strip())
                offset += len(raw)
                number += 1
                if number - first >= max_lines or offset - start >= max_bytes:
                    yield LineRange(str(path), start, offset, first)
                    start, first = offset, number
    except OSError as error:
        yield ReadFailure(str(path), f"cannot read the file ({error.strerror}); check its permissions")
        return
    if not any_line:
        yield ReadFailure(str(path), "empty file; a .jsonl file holds one JSON article object a line")


def read_line_range(lines: LineRange, overrides: Metadata) -> Iterator[SourceDocument | ReadFailure]:
    """A document or a failure for each non-blank line of the range (see `scan_jsonl`)."""
    path = Path(lines.path)
    try:
        with path.open("rb") as stream:
            stream.seek(lines.start)
            data = stream.read(lines.end - lines.start)
    except OSError as error:
        yield ReadFailure(str(path), f"cannot read the file ({error.strerror}); check its permissions")
        return
    for number, raw in enumerate(io.BytesIO(data), start=lines.first_line):
        line = _decode_line(raw).strip()
        if not line:
            continue
        result: SourceDocument | ReadFailure
        try:
            result = _read_line(path, number, line, overrides)
        except ReadError as error:
            result = ReadFailure(f"{path}:line {number}", error.message)
        except Exception as error:  # noqa: BLE001 - e.g. JSON nested too deep: this line fails, not the file
            result = ReadFailure(f"{path}:line {number}", unreadable(error))
        yield result


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode_text(raw)


def _read_line(path: Path, number: int, line: str, overrides: Metadata) -> SourceDocument:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReadError(f"not valid JSON ({error.msg}, column {error.colno}); fix or remove the line") from None
    if not isinstance(data, dict):
        raise ReadError(f"not a JSON object; each line must be one article object with {KEYS_HINT}")
    embedded = metadata_from_mapping(data)
    text, html = data.get("text"), data.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise ReadError(f"{key!r} is not a string; give the article's {key} as one JSON string")
    if isinstance(text, str) and text.strip():
        text = normalise_newlines(text)
    elif isinstance(html, str) and html.strip():
        article = extract_html(html)
        if not article.text.strip():
            raise ReadError("'html' has no readable text after removing navigation and boilerplate")
        text = article.text
        embedded = embedded.over(article.metadata())
    else:
        raise ReadError(f"no 'text' or 'html', or it is empty; each line needs the article ({KEYS_HINT})")
    ident = data.get("id")
    name = str(ident).strip() if isinstance(ident, str | int) else ""
    return make_document(name or f"{path.name}:{number}", text, f"{path}:line {number}", overrides.over(embedded))
