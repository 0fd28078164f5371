"""Finding files: recursive, sorted, streaming; and a directory of every kind of bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimtrack.reading import ReadFailure, discover_files, iter_documents
from claimtrack.records import SourceDocument


def touch(path: Path, text: str = "Some article text.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_directories_are_walked_sorted_skipping_hidden_sidecars_and_unsupported(tmp_path: Path) -> None:
    for name in [
        "b.txt", "a.html", "c/z.jsonl", "c/a.md", "c/d/e.text", "a.meta.json", ".hidden.txt",
        ".git/config.txt", "notes.pdf", "image.png", "README",
    ]:  # fmt: skip
        touch(tmp_path / name)
    found = [p.relative_to(tmp_path).as_posix() for p in discover_files([tmp_path])]
    assert found == ["a.html", "b.txt", "c/a.md", "c/d/e.text", "c/z.jsonl"]


def test_explicit_paths_keep_their_order_and_are_not_repeated(tmp_path: Path) -> None:
    b = touch(tmp_path / "b.txt")
    a = touch(tmp_path / "a.txt")
    assert list(discover_files([b, str(a), b, tmp_path])) == [b, a]


def test_explicit_hidden_file_is_read(tmp_path: Path) -> None:
    hidden = touch(tmp_path / ".draft.txt")
    assert list(discover_files([hidden])) == [hidden]


def test_symlinked_directory_loop_ends(tmp_path: Path) -> None:
    touch(tmp_path / "sub" / "a.txt")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    found = [p.name for p in discover_files([tmp_path])]
    assert found == ["a.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists directories without permission")
def test_unlistable_directory_fails(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    touch(locked / "a.txt")
    locked.chmod(0)
    try:
        results = list(iter_documents([tmp_path]))
    finally:
        locked.chmod(0o755)
    assert len(results) == 1 and isinstance(results[0], ReadFailure)
    assert "cannot list the directory" in results[0].message


def test_directory_with_every_kind_of_bad_input(tmp_path: Path) -> None:
    good_txt = touch(tmp_path / "01_good.txt", "A good article.\n")
    touch(tmp_path / "02_empty.txt", "")
    (tmp_path / "03_binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "04_cp1252.txt").write_bytes("“Curly” – dash".encode("cp1252"))
    (tmp_path / "05_latin1.txt").write_bytes("Naïve café \x81".encode("latin-1"))
    touch(tmp_path / "06_malformed.html", "<html><body><p>Broken page<div class='x'><p>still text</span>")
    touch(
        tmp_path / "07_lines.jsonl",
        "\n".join(
            [
                json.dumps({"id": "line-ok", "text": "ok"}),
                "{broken",
                json.dumps({"id": "line-ok-2", "text": "ok"}),
            ]
        ),
    )
    bad_side = touch(tmp_path / "08_sidecar.txt", "Has a broken sidecar.\n")
    touch(tmp_path / "08_sidecar.meta.json", json.dumps({"published": "last week"}))
    (tmp_path / "09_dangling.txt").symlink_to(tmp_path / "does-not-exist.txt")
    touch(tmp_path / "10_unsupported.docx", "skipped silently")
    touch(tmp_path / "11_good.md", "Another good one.\n")
    unreadable = touch(tmp_path / "12_unreadable.txt", "no permission")
    unreadable.chmod(0)
    try:
        results = list(iter_documents([tmp_path]))
    finally:
        unreadable.chmod(0o644)

    names = [r.name for r in results if isinstance(r, SourceDocument)]
    expected = [
        "01_good.txt",
        "04_cp1252.txt",
        "05_latin1.txt",
        "06_malformed.html",
        "line-ok",
        "line-ok-2",
        "11_good.md",
    ]
    if os.geteuid() == 0:
        expected.append("12_unreadable.txt")  # root reads it anyway
    assert names == expected
    failures = {Path(r.source.split(":line")[0]).name: r.message for r in results if isinstance(r, ReadFailure)}
    assert "empty file" in failures["02_empty.txt"]
    assert "binary file, not text" in failures["03_binary.txt"]
    assert "not valid JSON" in failures["07_lines.jsonl"]
    assert "'published' is 'last week', not a date" in failures["08_sidecar.txt"]
    assert "dangling symbolic link" in failures["09_dangling.txt"]
    assert "10_unsupported.docx" not in failures
    assert os.geteuid() == 0 or "permission" in failures["12_unreadable.txt"].lower()
    documents = {r.name: r for r in results if isinstance(r, SourceDocument)}
    assert documents["04_cp1252.txt"].text == "“Curly” – dash"
    assert documents["06_malformed.html"].text == "Broken page\n\nstill text"
    assert documents["01_good.txt"].source_path == str(good_txt)
    assert str(bad_side) in [r.source for r in results if isinstance(r, ReadFailure)]


def test_many_files_are_streamed(tmp_path: Path) -> None:
    for number in range(2000):
        (tmp_path / f"{number:05d}.txt").write_text(f"Article {number}.\n", encoding="utf-8")
    documents = iter_documents([tmp_path])
    first = next(documents)
    assert isinstance(first, SourceDocument) and first.name == "00000.txt"
    assert sum(1 for _ in documents) == 1999


@pytest.mark.slow
def test_a_hundred_thousand_files(tmp_path: Path) -> None:
    directory = tmp_path / "corpus"
    directory.mkdir()
    for number in range(100_000):
        (directory / f"{number:06d}.txt").write_bytes(b"x")
    count = 0
    last = ""
    for path in discover_files([directory]):
        assert path.name > last
        last = path.name
        count += 1
    assert count == 100_000


def test_a_file_named_after_its_directory_is_not_repeated(tmp_path: Path) -> None:
    a = touch(tmp_path / "d" / "a.txt")
    hidden = touch(tmp_path / "d" / ".h.txt")
    b = touch(tmp_path / "b.txt")
    found = list(discover_files([b, tmp_path / "d", a, hidden, str(tmp_path / "d" / ".." / "b.txt"), tmp_path]))
    assert found == [b, a, hidden]  # the hidden file was not walked, so naming it reads it
