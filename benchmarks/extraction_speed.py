"""How fast `extract_claims` runs, single core, on a folder of .txt articles; optionally snapshot its output.

    python benchmarks/extraction_speed.py                      # ../shared/corpus, best of 3 CPU-time runs
    python benchmarks/extraction_speed.py --corpus DIR --runs 5
    python benchmarks/extraction_speed.py --snapshot /tmp/claims.jsonl   # every claim as JSON Lines

The publication date of a file comes from its name prefix when it looks like `20220202T194500Z`
(else None). Times are CPU time of this process (`time.process_time`), so other load on the machine
matters less. The snapshot holds one line per claim, `{"file": ..., "claim": model_dump}`, in file
order then claim order, with sorted keys: two snapshots of the same corpus compare byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import time
from pathlib import Path

from claimtrack.extraction import EXTRACTOR, extract_claims

ROOT = Path(__file__).resolve().parent.parent
SPACY_SMALL_CHARS_PER_S = 30_000  # en_core_web_sm on one core, the usual point of comparison
_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})T\d{6}Z")


def default_corpus() -> Path:
    """$CLAIMTRACK_CORPUS, else ../shared/corpus next to the project root."""
    return Path(os.environ.get("CLAIMTRACK_CORPUS") or ROOT.parent / "shared" / "corpus")


def published_from_name(name: str) -> dt.date | None:
    """The date in a `20220202T194500Z_...` file name, or None."""
    m = _STAMP.match(name)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def load_corpus(folder: Path) -> list[tuple[str, str, dt.date | None]]:
    """(file name, text, publication date) of every .txt file in the folder, sorted by name."""
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {folder}")
    return [(p.name, p.read_text(encoding="utf-8"), published_from_name(p.name)) for p in files]


def time_once(docs: list[tuple[str, str, dt.date | None]]) -> float:
    """CPU seconds for one pass of extract_claims over every document."""
    start = time.process_time()
    for _, text, published in docs:
        extract_claims(text, published)
    return time.process_time() - start


def write_snapshot(docs: list[tuple[str, str, dt.date | None]], path: Path) -> int:
    """Every claim of every document as sorted-key JSON Lines; returns the number of claims."""
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for name, text, published in docs:
            for claim in extract_claims(text, published):
                record = {"file": name, "claim": claim.model_dump(mode="json")}
                out.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help="folder of .txt files (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs; the best is reported")
    parser.add_argument("--snapshot", type=Path, help="write every claim as JSON Lines to this file, then exit")
    args = parser.parse_args(argv)
    docs = load_corpus(args.corpus or default_corpus())
    if args.snapshot:
        n = write_snapshot(docs, args.snapshot)
        print(f"{n} claims of {len(docs)} files -> {args.snapshot}")
        return 0
    chars = sum(len(text) for _, text, _ in docs)
    extract_claims(docs[0][1], docs[0][2])  # load lexicons and compile patterns outside the timing
    times = [time_once(docs) for _ in range(max(1, args.runs))]
    best = min(times)
    rate = chars / best
    # the first run shows what caches filled by earlier runs are worth (a real corpus is not read three times)
    print(f"extractor: {EXTRACTOR}")
    print(f"{len(docs)} files, {chars:,} chars: best of {len(times)} = {best:.3f} s CPU (first run {times[0]:.3f} s)")
    print(
        f"{rate:,.0f} chars/s, {len(docs) / best:,.1f} docs/s, "
        f"{rate / SPACY_SMALL_CHARS_PER_S:.1f}x spaCy small ({SPACY_SMALL_CHARS_PER_S:,} chars/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
