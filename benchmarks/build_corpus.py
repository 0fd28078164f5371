#!/usr/bin/env python3
"""Build a JSON Lines corpus of N distinct articles from ../shared/corpus, for benchmarks.

    python benchmarks/build_corpus.py 10000 benchmarks/out/corpus-10000.jsonl

Article i is the (i mod 439)-th corpus file, re-dated by i // 439 days and re-titled, with a one-line
dateline "Edition i+1, <date>." added at the top, so every line has a different text (content hash) and
nothing is "unchanged" on ingest. The corpus texts are read from disk and written straight to OUT,
one line at a time (memory stays flat in N); the output is never committed (benchmarks/out/ is
gitignored). The corpus directory is ../shared/corpus next to the project, or --corpus DIR, or
$CLAIMTRACK_CORPUS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
OUTLETS = {"GB": "UK outlet", "US": "US outlet", "PL": "Polish outlet", "UA": "Ukrainian outlet",
           "BY": "Belarusian outlet"}  # fmt: skip


def corpus_files(corpus: Path) -> list[Path]:
    files = sorted(p for p in corpus.glob("*.txt") if p.name.lower() != "readme.txt")
    if not files:
        raise SystemExit(f"no .txt articles in {corpus}; pass --corpus DIR or set CLAIMTRACK_CORPUS")
    return files


def published_of(path: Path) -> dt.date | None:
    """`YYYYMMDDTHHMMSSZ_CC_en_HASH.txt` -> the date."""
    try:
        return dt.datetime.strptime(path.name[:8], "%Y%m%d").date()
    except ValueError:
        return None


def build(n: int, out: Path, corpus: Path) -> int:
    files = corpus_files(corpus)
    texts: dict[int, str] = {}  # the corpus is small (2.4 MB): read each file once
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    written = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for i in range(n):
            k, edition = i % len(files), i // len(files)
            path = files[k]
            if k not in texts:
                texts[k] = path.read_text(encoding="utf-8", errors="replace")
            base = published_of(path) or dt.date(2022, 1, 1)
            day = base + dt.timedelta(days=edition)
            country = path.name.split("_")[1] if path.name.count("_") >= 3 else "XX"
            dateline = f"Edition {i + 1}, {day:%B} {day.day}, {day.year}."
            record = {
                "id": f"{path.stem}-e{edition + 1}",
                "title": f"{path.stem} (edition {edition + 1})",
                "outlet": OUTLETS.get(country, f"{country} outlet"),
                "published": day.isoformat(),
                "url": f"https://example.invalid/{path.stem}/{edition + 1}",
                "text": f"{dateline}\n\n{texts[k]}",
            }
            fh.write(json.dumps(record, ensure_ascii=False))
            fh.write("\n")
            written += 1
    tmp.replace(out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output .jsonl file")
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("CLAIMTRACK_CORPUS", DEFAULT_CORPUS)))
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    n = build(args.n, args.out, args.corpus)
    print(f"{n} articles written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
