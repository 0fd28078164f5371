#!/usr/bin/env python3
"""End-to-end benchmarks of claimtrack: ingest rate, peak memory, store size, query latency, export.

    python benchmarks/run.py --sizes 1000,10000 --db sqlite --jobs 2
    python benchmarks/run.py --sizes 1000,10000 --db postgres --jobs 2      # throwaway cluster
    python benchmarks/run.py --sizes 10000 --db sqlite --claims 1000000     # + query latency at 1M claims

For each N: build benchmarks/out/corpus-N.jsonl (benchmarks/build_corpus.py, from ../shared/corpus)
unless present; ingest it into a fresh store with `claimtrack ingest FILE --jobs J` (a subprocess,
timed end to end, with its peak resident memory: the largest sum of RSS over the ingest process and
its extraction workers, sampled from /proc every 50 ms, and /usr/bin/time's max RSS of one process);
then run each query REPEAT times through claimtrack.storage.query_claims (limit 100) and report
p50/p95; then time `claimtrack export --format csv -o FILE`.

--claims M: after ingesting, grow the claims table to M rows by copying the ingested claims with
INSERT ... SELECT (new claim keys, claim dates shifted by one day per copy round, same documents,
actors, places and evidence; the SQLite FTS triggers index the copies), then measure queries and
export on that. This is how the 1,000,000-claim query target is measured without ingesting ~120,000
articles first; it keeps the real distribution of actors, places, subjects and words.

--reuse-store URL: skip corpus, ingest and growing; measure queries (and, unless --no-export, the
export) on an existing store, e.g. benchmarks/out/bench_10000.db left by an earlier run.

PostgreSQL: --pg-url postgresql+psycopg://USER@HOST:PORT/DB (or $CLAIMTRACK_BENCH_PG_URL): a fresh
database bench_N is created on that server for each N (the user needs CREATEDB). Without either, a
throwaway cluster is started in a temp dir (as the postgres user when run as root) and removed after.

Output: a Markdown table on stdout and in benchmarks/out/results-<db>-<timestamp>.md (gitignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

import build_corpus  # noqa: E402

TARGETS = {
    "ingest": "≥ 1,000 articles/s (SQLite, --jobs 2)",
    "memory": "< 500 MB at 100,000, flat in N",
    "query": "< 50 ms p95 at 1,000,000 claims",
    "export": "1M-row CSV < 15 s",
}


# --------------------------------------------------------------------------------------------------
# processes and memory


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over `root` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read().decode(errors="replace")
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


@dataclass
class Timed:
    seconds: float
    returncode: int
    stdout: str
    stderr: str
    peak_tree_mb: float  # peak of the summed RSS of the process tree
    max_rss_mb: float | None  # /usr/bin/time -v: the largest single process
    cpu_s: float | None  # /usr/bin/time -v: user + system CPU time of the process and its children
    load: tuple[float, float]  # 1-minute load average before and after (the machine may be shared)


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> Timed:
    gnu_time = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    full = [gnu_time, "-v", *cmd] if gnu_time else cmd
    peak = [0]
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            stdin=subprocess.DEVNULL)  # fmt: skip
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    load_after = os.getloadavg()[0]
    max_rss = cpu = None
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    if m:
        max_rss = int(m.group(1)) / 1024
        times = re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", err)
        cpu = sum(float(x) for x in times) if times else None
        err = err[: err.rfind("\tCommand being timed")]
    return Timed(seconds, proc.returncode, out, err, peak[0] / 1024, max_rss, cpu, (load_before, load_after))


def claimtrack_cmd() -> list[str]:
    """`claimtrack` run by this interpreter, so that the code timed is the code this script imports:
    PYTHONPATH=CHECKOUT picks a checkout (a console script may belong to another install; -P: not
    the current directory's either)."""
    return [sys.executable, "-P", "-c", "from claimtrack.cli.app import main; main()"]


# --------------------------------------------------------------------------------------------------
# stores


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """initdb + pg_ctl in a temp dir (as `postgres` when root); yields an admin URL; removes it after."""
    ctl = shutil.which("pg_ctl")
    bindir = Path(os.path.realpath(ctl)).parent if ctl else None
    if bindir is None or not (bindir / "initdb").exists():
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[4]))
        if not found:
            raise SystemExit("no PostgreSQL server binaries; install postgresql or pass --pg-url")
        bindir = found[-1].parent
    root = Path(tempfile.mkdtemp(prefix="claimtrack-bench-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = root / "data"
    # Durable settings (fsync on): the numbers should be what a real server does, unlike the tests.
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_wal_size=4GB"
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E",
                    "UTF8", "--locale=C"], check=True, capture_output=True)  # fmt: skip
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-o", options,
                    "-w", "start"], check=True, capture_output=True)  # fmt: skip
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


def fresh_store(kind: str, name: str, pg_admin: str | None) -> tuple[str, Callable[[], int]]:
    """A URL for an empty store and a function giving its size in bytes."""
    if kind == "sqlite":
        path = OUT / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)

        def size() -> int:
            return sum(Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists())

        return f"sqlite:///{path}", size
    import psycopg
    from sqlalchemy.engine import make_url

    assert pg_admin is not None
    admin = make_url(pg_admin)
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin.set(database=name).render_as_string(hide_password=False)

    def pg_size() -> int:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            return conn.execute("SELECT pg_database_size(%s)", (name,)).fetchone()[0]

    return url, pg_size


def grow_claims(url: str, target: int) -> tuple[int, float]:
    """Copy claims (INSERT ... SELECT) until there are `target`; returns (count, seconds)."""
    import sqlalchemy as sa

    from claimtrack.storage import open_store
    from claimtrack.storage.fts_sync import index_claims_after, last_claim_id
    from claimtrack.storage.schema import claims as claims_t

    started = time.perf_counter()
    # date columns are shifted one day per copy round (sort_date too, where the schema has it)
    dated = [c.name for c in claims_t.columns if c.name in ("claim_date", "sort_date")]
    cols = [c.name for c in claims_t.columns if c.name not in ("id", "claim_key", *dated)]
    collist = ", ".join(f'"{c}"' for c in cols)
    with open_store(url) as store, store.engine.begin() as conn:
        pg = store.dialect == "postgresql"
        base = conn.execute(sa.text("SELECT count(*), max(id) FROM claims")).one()
        n, max_id = base
        if n == 0:
            raise SystemExit("no claims to copy")
        round_no = 0
        fts_after = last_claim_id(conn)  # SQLite since 0007: the copies' full-text rows at the end
        while n < target:
            round_no += 1
            take = min(base[0], target - n)
            shifted = [f'"{c}" + {round_no}' if pg else f"date(\"{c}\", '+{round_no} days')" for c in dated]
            conn.execute(sa.text(
                f"INSERT INTO claims (claim_key, {', '.join(dated)}, {collist}) "
                f"SELECT 'c{round_no}_' || id, {', '.join(shifted)}, {collist} FROM claims WHERE id <= :max_id "
                f"ORDER BY id LIMIT :take"
            ), {"max_id": max_id, "take": take})  # fmt: skip
            n += take
        index_claims_after(conn, fts_after)
        conn.execute(sa.text("ANALYZE"))
    return n, time.perf_counter() - started


# --------------------------------------------------------------------------------------------------
# queries


def pick_values(url: str) -> dict[str, str]:
    """The most common actor and subject in the store (what people would look up)."""
    import sqlalchemy as sa

    from claimtrack.storage import open_store

    with open_store(url) as store, store.read() as conn:
        actor = conn.execute(sa.text(
            "SELECT a.name FROM claims c JOIN actors a ON a.id = c.actor_id GROUP BY a.name ORDER BY count(*) DESC "
            "LIMIT 1")).scalar() or "Zelensky"  # fmt: skip
        subject = conn.execute(sa.text(
            "SELECT subject FROM claims WHERE subject IS NOT NULL GROUP BY subject ORDER BY count(*) DESC LIMIT 1"
        )).scalar() or "troops"  # fmt: skip
        by_day = conn.execute(sa.text(
            "SELECT claim_date, count(*) FROM claims WHERE claim_date IS NOT NULL GROUP BY claim_date ORDER BY 1"
        )).all()  # fmt: skip
    # a 30-day window starting at the median claim date: a typical "what was said that month"
    half, seen, mid = sum(c for _, c in by_day) / 2, 0, dt.date(2023, 1, 1)
    for day, count in by_day:
        seen += count
        if seen >= half:
            mid = dt.date.fromisoformat(str(day)[:10])
            break
    until = mid + dt.timedelta(days=30)
    return {"actor": actor, "subject": subject, "since": mid.isoformat(), "until": until.isoformat()}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


Latency = tuple[float, float, int, float, float]
"""p50 ms, p95 ms, rows, CPU p50 ms, CPU p95 ms (this process's CPU time: a server's is not in it)."""


def query_latencies(url: str, repeat: int, limit: int) -> dict[str, Latency]:
    """name -> latency figures for each benchmark query, through the Python API."""
    from claimtrack.storage import ClaimFilter, open_store, query_claims
    from claimtrack.storage.comparison import compare_read

    v = pick_values(url)
    queries = {
        f"actor ({v['actor']})": ClaimFilter(actor=v["actor"], limit=limit),
        "place (Russia, with hierarchy)": ClaimFilter(place="Russia", limit=limit),
        f"date range ({v['since']} +30 d)": ClaimFilter(since=v["since"], until=v["until"], limit=limit),
        "full text (troops)": ClaimFilter(text="troops", limit=limit),
        'full text phrase ("air defence")': ClaimFilter(text='"air defence"', limit=limit),
        f"subject ({v['subject']})": ClaimFilter(subject=v["subject"], limit=limit),
        f"compare-like: all of subject ({v['subject']})": ClaimFilter(subject=v["subject"]),
    }
    results: dict[str, Latency] = {}
    with open_store(url) as store:
        runs: dict[str, Callable[[], int]] = {
            name: (lambda flt=flt: sum(1 for _ in query_claims(store, flt))) for name, flt in queries.items()
        }

        def compare_reads() -> int:  # what `claimtrack compare --subject` reads
            records, denials = compare_read(store, ClaimFilter(subject=v["subject"]))
            return len(records) + len(denials)

        runs[f"compare --subject ({v['subject']}): its claims + denials"] = compare_reads
        for name, run in runs.items():
            times, cpu, rows = [], [], 0
            reps = repeat if name in queries and queries[name].limit else max(3, repeat // 4)
            for _ in range(reps + 1):
                t0, c0 = time.perf_counter(), time.process_time()
                rows = run()
                cpu.append((time.process_time() - c0) * 1000)
                times.append((time.perf_counter() - t0) * 1000)
            times, cpu = times[1:], cpu[1:]  # the first run warms caches
            results[name] = (statistics.median(times), _p95(times), rows, statistics.median(cpu), _p95(cpu))
    return results


# --------------------------------------------------------------------------------------------------


@dataclass
class Result:
    n: int
    db: str
    jobs: int
    ingest_s: float = 0.0
    new: int = 0
    claims: int = 0
    peak_tree_mb: float = 0.0
    max_rss_mb: float | None = None
    cpu_s: float | None = None
    load: tuple[float, float] = (0.0, 0.0)
    store_mb: float = 0.0
    total_claims: int = 0
    grow_s: float | None = None
    queries: dict[str, Latency] = field(default_factory=dict)
    export_s: float = 0.0
    export_rows: int = 0
    notes: list[str] = field(default_factory=list)


def bench_one(n: int, kind: str, jobs: int, pg_admin: str | None, claims_target: int | None, repeat: int,
              limit: int, export: bool = True) -> Result:  # fmt: skip
    res = Result(n, kind, jobs)
    corpus = OUT / f"corpus-{n}.jsonl"
    if not corpus.exists():
        print(f"# building {corpus}", file=sys.stderr)
        build_corpus.build(n, corpus, build_corpus.DEFAULT_CORPUS if not os.environ.get("CLAIMTRACK_CORPUS")
                           else Path(os.environ["CLAIMTRACK_CORPUS"]))  # fmt: skip
    url, size = fresh_store(kind, f"bench_{n}", pg_admin)
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("CLAIMTRACK_DB", None)
    print(f"# ingest {n} articles into {kind} (--jobs {jobs})", file=sys.stderr)
    t = run_timed([*claimtrack_cmd(), "ingest", str(corpus), "--jobs", str(jobs), "--db", url, "--no-progress"], env)
    if t.returncode not in (0, 1):
        raise SystemExit(f"ingest failed (exit {t.returncode}):\n{t.stdout}\n{t.stderr[-3000:]}")
    m = re.search(r"(\d+) new, (\d+) unchanged.*?(\d+) failed documents; (\d+) claims stored", t.stdout)
    if m:
        res.new, res.claims = int(m.group(1)), int(m.group(4))
        if int(m.group(3)):
            res.notes.append(f"{m.group(3)} failed documents")
    res.ingest_s, res.peak_tree_mb, res.max_rss_mb = t.seconds, t.peak_tree_mb, t.max_rss_mb
    res.cpu_s, res.load = t.cpu_s, t.load
    res.total_claims = res.claims
    if claims_target and claims_target > res.claims:
        print(f"# growing claims to {claims_target}", file=sys.stderr)
        res.total_claims, res.grow_s = grow_claims(url, claims_target)
    res.store_mb = size() / 1e6
    measure(res, url, kind, repeat, limit, export=export)
    return res


def measure(res: Result, url: str, kind: str, repeat: int, limit: int, export: bool) -> None:
    """Query latencies, then (with `export`) the time of `claimtrack export --format csv` of every claim."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("CLAIMTRACK_DB", None)
    print("# queries", file=sys.stderr)
    load_before = os.getloadavg()[0]
    res.queries = query_latencies(url, repeat, limit)
    res.notes.append(f"queries ran at load {load_before:.2f} → {os.getloadavg()[0]:.2f} (1-minute average)")
    if not export:
        return
    print("# export", file=sys.stderr)
    csv_path = OUT / f"export-{kind}-{res.n}.csv"
    e = run_timed([*claimtrack_cmd(), "export", "--format", "csv", "-o", str(csv_path), "--db", url], env)
    if e.returncode != 0:
        res.notes.append(f"export failed: exit {e.returncode}: {e.stderr.strip()[-300:]}")
    res.export_s = e.seconds
    if csv_path.exists():
        with csv_path.open("rb") as fh:
            res.export_rows = max(0, sum(1 for _ in fh) - 1)  # physical lines (multi-line fields count more)
        csv_path.unlink()


def bench_reused(url: str, repeat: int, limit: int, export: bool) -> Result:
    """Queries and export on an existing store (no corpus, ingest or growing): to iterate on them."""
    import sqlalchemy as sa

    from claimtrack.storage import open_store, resolve_url

    url = resolve_url(url)
    with open_store(url) as store, store.read() as conn:
        kind = "postgres" if store.dialect == "postgresql" else "sqlite"
        n_docs = conn.execute(sa.text("SELECT count(*) FROM documents")).scalar() or 0
        n_claims = conn.execute(sa.text("SELECT count(*) FROM claims")).scalar() or 0
        if kind == "postgres":
            size = conn.execute(sa.text("SELECT pg_database_size(current_database())")).scalar() or 0
        else:
            path = Path(str(store.engine.url.database))
            size = sum(Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists())
    res = Result(n_docs, kind, 0, total_claims=n_claims, store_mb=size / 1e6)
    res.notes.append(f"reused store {store.engine.url.render_as_string(hide_password=True)} (no ingest)")
    measure(res, url, kind, repeat, limit, export)
    return res


def render(results: list[Result], argv: list[str]) -> str:
    from claimtrack.extraction import EXTRACTOR  # what `claimtrack ingest` runs: same interpreter, same environment

    lines = [f"## claimtrack benchmarks — {dt.datetime.now():%Y-%m-%d %H:%M}", "",
             f"Command: `python benchmarks/run.py {' '.join(argv)}`  ",
             f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; extractor: {EXTRACTOR}", "",
             "| N articles | db | jobs | ingest s | articles/s | claims/s | claims | CPU s (articles/CPU s) "
             "| load 1 min | peak RSS tree MB (max 1 proc) | store MB | claims queried | export s (rows) |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"]  # fmt: skip
    for r in results:
        rate = r.n / r.ingest_s if r.ingest_s else 0
        crate = r.claims / r.ingest_s if r.ingest_s else 0
        single = f" ({r.max_rss_mb:.0f})" if r.max_rss_mb else ""
        cpu = f"{r.cpu_s:.1f} ({r.n / r.cpu_s:,.0f})" if r.cpu_s else "-"
        export = f"{r.export_s:.1f} ({r.export_rows:,})" if r.export_s else "-"
        lines.append(
            f"| {r.n:,} | {r.db} | {r.jobs} | {r.ingest_s:.1f} | {rate:,.0f} | {crate:,.0f} | {r.claims:,} | "
            f"{cpu} | {r.load[0]:.2f} → {r.load[1]:.2f} | {r.peak_tree_mb:.0f}{single} | {r.store_mb:,.0f} | "
            f"{r.total_claims:,} | {export} |"
        )
    lines += ["", "Query latency through `claimtrack.storage.query_claims` (limit 100 unless 'all'), ms:", "",
              "| N articles | db | claims queried | query | p50 ms | p95 ms | CPU p50 / p95 ms | rows |",
              "|---:|---|---:|---|---:|---:|---:|---:|"]  # fmt: skip
    for r in results:
        for name, (p50, p95, rows, cpu50, cpu95) in r.queries.items():
            lines.append(f"| {r.n:,} | {r.db} | {r.total_claims:,} | {name} | {p50:.1f} | {p95:.1f} | "
                         f"{cpu50:.1f} / {cpu95:.1f} | {rows:,} |")  # fmt: skip
    notes = [f"- N={r.n:,} {r.db}: claims grown to {r.total_claims:,} by INSERT...SELECT copies in {r.grow_s:.0f} s"
             for r in results if r.grow_s is not None]  # fmt: skip
    notes += [f"- N={r.n:,} {r.db}: {note}" for r in results for note in r.notes]
    lines += [
        "",
        "CPU s: user + system time of the ingest process and its workers (not the PostgreSQL server's); "
        "load: the 1-minute load average before and after the ingest (other work on the machine slows it).",
    ]
    lines += ["", "Targets: " + "; ".join(f"{k}: {v}" for k, v in TARGETS.items()), *([""] + notes if notes else [])]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--claims", type=int, default=None, help="grow the claims table to this many rows")
    parser.add_argument("--pg-url", default=os.environ.get("CLAIMTRACK_BENCH_PG_URL"))
    parser.add_argument("--repeat", type=int, default=20, help="runs of each query")
    parser.add_argument("--limit", type=int, default=100, help="row limit of the latency queries")
    parser.add_argument("--reuse-store", metavar="URL", default=None,
                        help="measure queries and export on this existing store (a SQLite path or URL, or a "
                             "PostgreSQL URL) instead of ingesting: --sizes/--claims/--jobs are ignored")  # fmt: skip
    parser.add_argument("--no-export", action="store_true", help="skip the export timing")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    OUT.mkdir(parents=True, exist_ok=True)

    results: list[Result] = []

    def run_all(pg_admin: str | None) -> None:
        for n in sizes:
            results.append(
                bench_one(n, args.db, args.jobs, pg_admin, args.claims, args.repeat, args.limit, not args.no_export)
            )
            r = results[-1]  # progress only: the tables are printed once, at the end
            print(f"# N={n:,} {r.db}: ingest {r.ingest_s:.1f} s, {r.claims:,} claims, {len(r.queries)} queries timed",
                  file=sys.stderr)  # fmt: skip

    if args.reuse_store:
        results.append(bench_reused(args.reuse_store, args.repeat, args.limit, not args.no_export))
        args.db = results[-1].db
    elif args.db == "postgres" and not args.pg_url:
        with throwaway_postgres() as admin:
            run_all(admin)
    else:
        run_all(args.pg_url)
    table = render(results, argv)
    print(table)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = OUT / f"results-{args.db}-{stamp}.md"
    path.write_text(table, encoding="utf-8")
    (OUT / f"results-{args.db}-{stamp}.json").write_text(
        json.dumps([r.__dict__ for r in results], indent=1, default=str), encoding="utf-8"
    )
    print(f"# written {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
