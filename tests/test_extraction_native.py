"""The guard that keeps a stale compiled extractor from running (claimtrack.extraction.native)."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import claimtrack
from claimtrack.extraction import native

PACKAGE = Path(claimtrack.__file__).resolve().parent


def _fake_package(root: Path) -> Path:
    """A package folder with a source for each compiled module and for its dependencies."""
    folder = root / "claimtrack" / "extraction"
    folder.mkdir(parents=True)
    for name in native.COMPILED_MODULES:
        (folder / f"{name}.py").write_text(f"WHO = {name!r}\n", encoding="utf-8")
    for dep in native.DEPENDENCIES:
        (folder / dep).write_text("X = 1\n", encoding="utf-8")
    return folder


def _build(folder: Path, so_bytes: bytes = b"not an ELF file") -> None:
    """What setup.py leaves: a compiled pipeline module for this interpreter and the manifest of the sources."""
    (folder / f"pipeline{EXTENSION_SUFFIXES[0]}").write_bytes(so_bytes)
    manifest = {"sources": native.source_hashes(folder)}
    (folder / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_without_a_build_the_sources_run(tmp_path: Path) -> None:
    folder = _fake_package(tmp_path)
    assert native.decide(folder) == (False, "Python (not compiled)")


def test_a_build_of_the_current_sources_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    folder = _fake_package(tmp_path)
    _build(folder)
    assert native.decide(folder) == (True, "compiled (mypyc)")
    monkeypatch.setenv(native.PURE_ENV, "0")
    assert native.decide(folder)[0] is True


def test_the_environment_variable_asks_for_the_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _fake_package(tmp_path)
    _build(folder)
    monkeypatch.setenv(native.PURE_ENV, "1")
    compiled, description = native.decide(folder)
    assert not compiled and native.PURE_ENV in description


@pytest.mark.parametrize("edited", ["places.py", "../records.py"])
def test_an_edited_source_makes_the_build_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edited: str) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    folder = _fake_package(tmp_path)
    _build(folder)
    with (folder / edited).open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    compiled, description = native.decide(folder)
    assert not compiled
    assert edited in description and native.REBUILD in description
    assert native.changed_sources(folder) == [edited]


def test_a_build_without_its_manifest_is_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    folder = _fake_package(tmp_path)
    _build(folder)
    (folder / native.MANIFEST).unlink()
    assert native.decide(folder)[0] is False


def _run(root: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV} | {"PYTHONPATH": str(root)}
    command = [sys.executable, "-c", code, str(root)]
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_the_sources_are_imported_instead_of_a_stale_build(tmp_path: Path) -> None:
    """A copy of the package with a (broken) compiled pipeline beside its source: while the manifest matches the
    sources, Python imports the .so (and fails on it); once a source is edited, the .py sources run."""
    shutil.copytree(PACKAGE, tmp_path / "claimtrack", ignore=shutil.ignore_patterns(
        "__pycache__", "*.so", "*.pyd", native.MANIFEST))  # fmt: skip
    folder = tmp_path / "claimtrack" / "extraction"
    _build(folder)
    code = ("import sys, claimtrack, claimtrack.extraction as e; assert claimtrack.__file__.startswith(sys.argv[1])\n"
            "claims = e.extract_claims('John Kirby said 3,000 troops had arrived in eastern Russia.')\n"
            "print(e.EXTRACTOR); print(e.pipeline.__file__); print(claims[0].quantity.low)")  # fmt: skip
    used = _run(tmp_path, code)
    assert used.returncode != 0 and "ImportError" in used.stderr  # the build in place is what Python imports
    with (folder / "places.py").open("a", encoding="utf-8") as f:
        f.write("\n# edited after the build\n")
    stale = _run(tmp_path, code)
    assert stale.returncode == 0, stale.stderr
    extractor, pipeline_file, low = stale.stdout.splitlines()
    assert "places.py" in extractor and pipeline_file.endswith("pipeline.py") and float(low) == 3000
    assert "stale" in stale.stderr and native.REBUILD in stale.stderr


def test_version_names_the_extractor_that_runs() -> None:
    from typer.testing import CliRunner

    from claimtrack import extraction
    from claimtrack.cli.app import app

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"claimtrack {claimtrack.__version__}; extractor: {extraction.EXTRACTOR}"


def _unannotated_constants(source: str) -> list[str]:
    """The module-level UPPER_CASE names assigned without `Final` (type aliases, type variables and names bound twice
    aside)."""
    tree = ast.parse(source)
    bound = Counter(t.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign))
                    for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(t, ast.Name))  # fmt: skip
    missing = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, annotation = node.targets[0].id, None
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, annotation = node.target.id, node.annotation
        else:
            continue
        alias = isinstance(node.value, ast.Subscript) and ast.unparse(node.value).startswith(("Literal[", "tuple["))
        alias = alias or ast.unparse(node.value).startswith("TypeVar(")  # a type variable is a type, no constant
        if not _CONSTANT.match(name) or bound[name] > 1 or alias:
            continue
        final = annotation is not None and ast.unparse(annotation).startswith("Final")
        if not final:
            missing.append(name)
    return missing


_CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


def test_compiled_modules_declare_their_constants_final() -> None:
    """mypyc reads a module-level name through the module's dict at each use unless it is `Final` (then a C
    static): every constant of a compiled module is declared so."""
    assert _unannotated_constants("X = 1\nY: Final = 2\nZ: dict[str, int] = {}\nK = Literal['a']\n") == ["X", "Z"]
    assert _unannotated_constants("T = TypeVar('T')\nU = TypeVars('U')\n") == ["U"]
    for name in native.COMPILED_MODULES:
        source = (PACKAGE / "extraction" / f"{name}.py").read_text(encoding="utf-8")
        assert _unannotated_constants(source) == [], name


def test_every_extraction_module_is_compiled() -> None:
    """A new module of claimtrack/extraction is compiled with the others (else it runs as Python in a compiled
    build, and its edits escape the stale-build guard); only the guard itself and the package's init are not."""
    modules = {path.stem for path in (PACKAGE / "extraction").glob("*.py")}
    assert modules - set(native.COMPILED_MODULES) == {"__init__", "native"}
    assert set(native.COMPILED_MODULES) <= modules
