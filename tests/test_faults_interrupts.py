"""Fault behaviour of `claimtrack ingest` under concurrency and interruption, through the CLI.

Two ingests writing one SQLite store at once; `kill -9` in the middle of a large ingest; Ctrl-C
(SIGINT to the whole process group, as a terminal sends it). After each, the store must be consistent
and running the same command again must finish the work with nothing stored twice.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CLI = [shutil.which("claimtrack")] if shutil.which("claimtrack") else [
    sys.executable, "-c", "import sys; from claimtrack.cli.app import main; sys.exit(main())"
]  # fmt: skip


def _env() -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "TERM": "dumb"}
    env.pop("CLAIMTRACK_DB", None)
    return env


def start(*args: str) -> subprocess.Popen:
    """Start the CLI in its own process group (so a signal can reach it and its workers together), with Ctrl-C at
    its default as in a terminal, even where this test run started with SIGINT ignored (a shell's background job)."""
    return subprocess.Popen(
        [*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        env=_env(), start_new_session=True, preexec_fn=_default_sigint,
    )  # fmt: skip


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def finish(proc: subprocess.Popen, timeout: float = 180) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        pytest.fail(f"claimtrack did not finish within {timeout} s\nstdout:\n{out}\nstderr:\n{err}")
    return proc.returncode, out, err


def run(*args: str, timeout: float = 180) -> tuple[int, str, str]:
    return finish(start(*args), timeout)


def write_articles(folder: Path, indexes: range) -> list[Path]:
    """Small generated articles (two claims each), one file each, named by index."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in indexes:
        path = folder / f"art{i:05d}.txt"
        path.write_text(
            f"Report {i}. Defence ministry spokesman Oleh Petrenko said on Monday that {100 + i} soldiers "
            f'had arrived in Kharkiv overnight. "We counted {i + 3} tanks near the border," Petrenko said.\n\n'
            f"The town had a quiet evening in district {i}.",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def count_documents(db: Path) -> int:
    """Documents stored so far, read while a writer may be busy (WAL lets readers in); 0 before the schema."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # no such table yet, or locked during the migration
        return 0


def wait_for_documents(db: Path, proc: subprocess.Popen, at_least: int, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = count_documents(db)
        if n >= at_least:
            return n
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"ingest ended (exit {proc.returncode}) before storing {at_least} documents\n{out}\n{err}")
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    pytest.fail(f"fewer than {at_least} documents stored after {timeout} s")


def check_consistent(db: Path) -> dict[str, int]:
    """Integrity of the file and of claimtrack's invariants; returns counts."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')")  # raises if out of sync
        orphans = conn.execute(
            "SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        assert orphans == 0, "claims without documents"
        orphan_mentions = conn.execute(
            "SELECT count(*) FROM mentions WHERE claim_id NOT IN (SELECT id FROM claims)"
        ).fetchone()[0]
        assert orphan_mentions == 0, "mentions without claims"
        partial = conn.execute(
            "SELECT count(*) FROM documents d WHERE d.n_claims != (SELECT count(*) FROM claims c "
            "WHERE c.document_id = d.id)"
        ).fetchone()[0]
        assert partial == 0, "documents stored with only some of their claims"
        docs, hashes = conn.execute("SELECT count(*), count(DISTINCT identity) FROM documents").fetchone()
        claims, keys = conn.execute("SELECT count(*), count(DISTINCT claim_key) FROM claims").fetchone()
    assert docs == hashes and claims == keys, "something is stored twice"
    return {"documents": docs, "claims": claims}


# --------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_ingests_into_one_sqlite_store_at_once(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", range(200))
    db = tmp_path / "x.db"
    url = f"sqlite:///{db}"
    first = start("ingest", *map(str, paths[:140]), "--db", url, "--jobs", "2")
    second = start("ingest", *map(str, reversed(paths[60:])), "--db", url)  # overlap 60..139, other order
    (rc1, out1, err1), (rc2, out2, err2) = finish(first), finish(second)
    assert rc1 == 0, f"{out1}\n{err1}"
    assert rc2 == 0, f"{out2}\n{err2}"
    assert "failed" not in err1 + err2 and "locked" not in err1 + err2, err1 + err2
    counts = check_consistent(db)
    assert counts == {"documents": 200, "claims": 400}
    new = [int(out.split(" new")[0].split()[-1]) for out in (out1, out2)]
    assert sum(new) == 200, (out1, out2)  # each document was "new" for exactly one of them


@pytest.mark.slow
def test_kill_9_mid_ingest_leaves_a_consistent_store_and_a_rerun_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, range(3000))
    db = tmp_path / "x.db"
    args = ("ingest", str(folder), "--db", f"sqlite:///{db}", "--jobs", "2")

    proc = start(*args)
    wait_for_documents(db, proc, at_least=300)
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its extraction workers, no chance to clean up
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    before = check_consistent(db)
    assert 300 <= before["documents"] < 3000, "the kill should land mid-ingest"

    rc, out, err = run(*args)
    assert rc == 0, f"{out}\n{err}"
    assert f"{3000 - before['documents']} new, {before['documents']} unchanged" in out
    assert check_consistent(db) == {"documents": 3000, "claims": 6000}


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_the_workers_end_when_the_ingest_process_is_killed_alone(tmp_path: Path) -> None:
    """kill -9 of the main process only (not its group): its workers must not wait for tasks forever."""
    folder = tmp_path / "in"
    write_articles(folder, range(3000))
    proc = start("ingest", str(folder), "--db", f"sqlite:///{tmp_path / 'x.db'}", "--jobs", "2")
    deadline = time.monotonic() + 60
    while len(workers := _children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) >= 2, "the ingest should have started its workers"
    proc.kill()
    proc.wait()  # not communicate(): workers left running would hold its output pipes open
    deadline = time.monotonic() + 15
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    proc.communicate()
    assert not left, "extraction workers outlived the killed ingest"


@pytest.mark.slow
def test_ctrl_c_mid_ingest_says_to_rerun_and_a_rerun_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, range(3000))
    db = tmp_path / "x.db"
    args = ("ingest", str(folder), "--db", f"sqlite:///{db}", "--jobs", "2")

    proc = start(*args)
    wait_for_documents(db, proc, at_least=300)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends on Ctrl-C: the whole foreground group
    rc, out, err = finish(proc, timeout=30)  # a hang here is a bug (seen: Pool shutdown)
    assert "Traceback" not in err, err
    assert "run the same command again" in err, err
    assert rc != 0 and rc == 130, f"exit {rc}\n{out}\n{err}"

    before = check_consistent(db)
    assert 300 <= before["documents"] < 3000
    rc, out, err = run(*args)
    assert rc == 0, f"{out}\n{err}"
    assert f"{3000 - before['documents']} new, {before['documents']} unchanged" in out
    assert check_consistent(db) == {"documents": 3000, "claims": 6000}
