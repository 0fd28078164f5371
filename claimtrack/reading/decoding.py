"""Bytes to text: spot binary data, decode (UTF-8, then cp1252, then latin-1), normalise newlines."""

from __future__ import annotations

import codecs

_SAMPLE = 8192
# Control bytes that do not occur in text (tab, newline, vertical tab, form feed and CR do; so does ESC
# in terminal captures, but rarely enough to count it).
_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 32)) | {127}
_MAX_CONTROL_SHARE = 0.05

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or more than 5% control bytes at the start."""
    if data.startswith(_UTF16_BOMS):
        return False
    if b"\x00" in data:
        return True
    sample = data[:_SAMPLE]
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode bytes that hold text: UTF-8 (BOM or not), a declared charset, cp1252, then latin-1.

    Never fails: latin-1 maps every byte. A UTF-16 BOM is honoured. Newlines are not touched here.
    """
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    candidates = ["utf-8-sig"]
    if declared:
        try:
            candidates.append(codecs.lookup(declared).name)
        except LookupError:
            pass
    candidates += ["cp1252", "latin-1"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # unreachable: latin-1 decodes anything


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
