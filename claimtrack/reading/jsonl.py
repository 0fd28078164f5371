"""JSON Lines: one article object per line, read line by line; a broken line fails alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from claimtrack.reading.assemble import make_document
from claimtrack.reading.decoding import decode_text, looks_binary, normalise_newlines
from claimtrack.reading.failures import ReadError, ReadFailure
from claimtrack.reading.html_text import extract_html
from claimtrack.reading.metadata import Metadata, metadata_from_mapping
from claimtrack.records import SourceDocument

KEYS_HINT = "id, text (or html), title, outlet, url, published"


def iter_jsonl(path: Path, overrides: Metadata) -> Iterator[SourceDocument | ReadFailure]:
    """A document or a failure for each non-blank line; a failure for the file if it cannot be read."""
    try:
        with path.open("rb") as stream:
            if looks_binary(stream.read(8192)):
                yield ReadFailure(
                    str(path), "binary file, not text; a .jsonl file holds a JSON object a line"
                )
                return
            stream.seek(0)
            any_line = False
            for number, raw in enumerate(stream, start=1):
                line = _decode_line(raw).strip()
                if not line:
                    continue
                any_line = True
                try:
                    yield _read_line(path, number, line, overrides)
                except ReadError as error:
                    yield ReadFailure(f"{path}:line {number}", error.message)
    except OSError as error:
        yield ReadFailure(str(path), f"cannot read the file ({error.strerror}); check its permissions")
        return
    if not any_line:
        yield ReadFailure(str(path), "empty file; a .jsonl file holds one JSON article object a line")


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode_text(raw)


def _read_line(path: Path, number: int, line: str, overrides: Metadata) -> SourceDocument:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReadError(
            f"not valid JSON ({error.msg}, column {error.colno}); fix or remove the line"
        ) from None
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
    return make_document(
        name or f"{path.name}:{number}", text, f"{path}:line {number}", overrides.over(embedded)
    )
