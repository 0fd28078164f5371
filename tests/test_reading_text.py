"""Reading plain text files: decoding, newlines, and the bad inputs that must fail clearly."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from claimtrack.reading import ReadFailure, iter_documents
from claimtrack.records import SourceDocument

ARTICLE = (
    "Border guards report new crossings\n"
    "\n"
    "By Example Wire staff reporter | Published 3 March 2025, 10:15\n"
    "\n"
    "Officials said on Monday that about 300 people crossed the river overnight.\n"
)


def read_one(path: Path, **overrides: object) -> SourceDocument | ReadFailure:
    results = list(iter_documents([path], **overrides))  # type: ignore[arg-type]
    assert len(results) == 1, results
    return results[0]


def test_text_file_is_stored_as_written(tmp_path: Path) -> None:
    path = tmp_path / "crossings.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = read_one(path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == ARTICLE
    assert doc.name == "crossings.txt"
    assert doc.source_path == str(path)
    assert doc.published == dt.date(2025, 3, 3)  # from the byline
    assert doc.title is None


@pytest.mark.parametrize("suffix", [".text", ".md", ".TXT"])
def test_other_text_extensions(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"note{suffix}"
    path.write_text("# Heading\n\nSome *text* kept as is.\n", encoding="utf-8")
    doc = read_one(path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == "# Heading\n\nSome *text* kept as is.\n"


def test_newlines_are_normalised_and_nothing_else_changes(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"  Line one  \r\nLine two\rLine three\n\n\tTabbed   spaces \r\n")
    doc = read_one(path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == "  Line one  \nLine two\nLine three\n\n\tTabbed   spaces \n"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffKyiv – “quoted” ünïcode".encode())
    doc = read_one(path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == "Kyiv – “quoted” ünïcode"


def test_cp1252_smart_quotes_are_decoded(tmp_path: Path) -> None:
    text = "The minister said: “We will hold the line” – and left … €5 million later."
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = read_one(path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == text


def test_latin1_is_decoded(tmp_path: Path) -> None:
    # 0x81 and 0x8D are undefined in cp1252, so only latin-1 can decode this file.
    data = "Café in Zürich, façade".encode("latin-1") + b" \x81\x8d end"
    path = tmp_path / "latin1.txt"
    path.write_bytes(data)
    doc = read_one(path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == data.decode("latin-1")
    assert doc.text.startswith("Café in Zürich, façade")


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Wide text: Харків".encode("utf-16"))
    doc = read_one(path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == "Wide text: Харків"


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t ", b"\xef\xbb\xbf"])
def test_empty_file_fails(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    failure = read_one(path)
    assert isinstance(failure, ReadFailure)
    assert failure.source == str(path)
    assert "empty file" in failure.message


def test_binary_file_with_nul_bytes_fails(tmp_path: Path) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    failure = read_one(path)
    assert isinstance(failure, ReadFailure)
    assert "binary file, not text" in failure.message


def test_mostly_control_bytes_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 14, 15, 16, 65]) * 500)
    failure = read_one(path)
    assert isinstance(failure, ReadFailure)
    assert "binary file, not text" in failure.message


def test_fifty_megabyte_text(tmp_path: Path) -> None:
    paragraph = "Reports of shelling continued through the night near the river crossing. " * 13 + "\r\n\r\n"
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        chunk = paragraph.encode("utf-8") * 1000
        while stream.tell() < 50 * 1024 * 1024:
            stream.write(chunk)
    size = path.stat().st_size
    doc = read_one(path)
    assert isinstance(doc, SourceDocument)
    assert "\r" not in doc.text
    assert len(doc.text) == size - size // len(paragraph) * 2  # each CRLF pair became one LF
    assert doc.text.startswith("Reports of shelling")


def test_missing_path_fails(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    failure = read_one(path)
    assert isinstance(failure, ReadFailure)
    assert failure.source == str(path)
    assert "no such file" in failure.message


def test_missing_path_without_known_extension_fails_as_missing(tmp_path: Path) -> None:
    failure = read_one(tmp_path / "no-such-dir")
    assert isinstance(failure, ReadFailure)
    assert "no such file or directory" in failure.message


def test_dangling_symlink_fails(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    failure = read_one(link)
    assert isinstance(failure, ReadFailure)
    assert "dangling symbolic link" in failure.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without read permission")
def test_file_without_read_permission_fails(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("hidden", encoding="utf-8")
    path.chmod(0)
    try:
        failure = read_one(path)
    finally:
        path.chmod(0o644)
    assert isinstance(failure, ReadFailure)
    assert "permission" in failure.message.lower()


def test_unsupported_file_named_explicitly_fails(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7")
    failure = read_one(path)
    assert isinstance(failure, ReadFailure)
    assert "unsupported file type '.pdf'" in failure.message
    assert ".txt" in failure.message and ".html" in failure.message and ".jsonl" in failure.message


def test_failure_prints_as_one_line() -> None:
    failure = ReadFailure("seeds/x.txt", "empty file; nothing to read")
    assert str(failure) == "seeds/x.txt: empty file; nothing to read"


def test_permission_error_is_reported_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    failure = read_one(path)
    assert isinstance(failure, ReadFailure)
    assert failure.message == "cannot read the file (Permission denied); check its permissions"
