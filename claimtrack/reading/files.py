"""Reading one text or HTML file (with its sidecar) into a `SourceDocument`."""

from __future__ import annotations

import re
from pathlib import Path

from claimtrack.reading.assemble import make_document
from claimtrack.reading.decoding import decode_text, looks_binary, normalise_newlines
from claimtrack.reading.discovery import HTML_EXTENSIONS
from claimtrack.reading.failures import ReadError
from claimtrack.reading.html_text import extract_html
from claimtrack.reading.metadata import Metadata, read_sidecar, sidecar_for
from claimtrack.records import SourceDocument

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def read_bytes(path: Path) -> bytes:
    """The file's bytes. Raises ReadError saying what is wrong with the path."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if path.is_symlink():
            raise ReadError("dangling symbolic link (its target is missing); fix or remove the link") from None
        raise ReadError("no such file or directory; check the path") from None
    except IsADirectoryError:
        raise ReadError("is a directory that cannot be listed; check its permissions") from None
    except OSError as error:
        raise ReadError(f"cannot read the file ({error.strerror}); check its permissions") from None


def read_file(path: Path, overrides: Metadata) -> SourceDocument:
    """The document a .txt/.text/.md or .html/.htm file holds. Raises ReadError when there is none."""
    data = read_bytes(path)
    if not data.strip():
        raise ReadError("empty file; nothing to read (remove it or give it the article's text)")
    if looks_binary(data):
        raise ReadError("binary file, not text; give articles as .txt, .html or .jsonl")
    html = path.suffix.lower() in HTML_EXTENSIONS
    declared = _CHARSET.search(data[:4096]) if html else None
    text = decode_text(data, declared.group(1).decode("ascii") if declared else None)
    if not text.strip():
        raise ReadError("empty file; nothing to read (remove it or give it the article's text)")
    embedded = Metadata()
    if html:
        article = extract_html(text)
        if not article.text.strip():
            raise ReadError("no readable text in the HTML after removing navigation and boilerplate")
        text = article.text
        embedded = article.metadata()
    else:
        text = normalise_newlines(text)
    sidecar = sidecar_for(path)
    given = read_sidecar(sidecar) if sidecar is not None else Metadata()
    return make_document(path.name, text, str(path), overrides.over(given).over(embedded))
