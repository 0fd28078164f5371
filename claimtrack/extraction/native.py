"""Which extractor runs: the mypyc-compiled modules or their Python sources, and the guard against a stale build.

`pip install -e .` (or `pip install .`) compiles COMPILED_MODULES with mypyc when it can (setup.py) and writes
MANIFEST beside them: the SHA-256 of every source the build read. An editable install puts each module's .so
beside its .py, and Python imports the .so first. `select`, run when `claimtrack.extraction` is imported, makes
the .py sources win instead when CLAIMTRACK_PURE_PYTHON=1 or when a source differs from the one compiled (with
a warning naming the rebuild command): an edited module never runs as its old compiled self. This module is
never compiled and uses the standard library only (setup.py loads it by path, before anything is installed).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from importlib.machinery import ModuleSpec
from pathlib import Path

PACKAGE = "claimtrack.extraction"
COMPILED_MODULES = (
    "actors", "added_remarks", "antecedents", "attribution", "body_references", "boilerplate", "borrowed_nouns",
    "bounds", "bulletins", "carried_speakers", "claim_dates", "claim_merging", "claim_places", "commitments",
    "confidence", "count_bounds", "count_phrases", "count_refs", "counted_nouns", "date_carry", "date_roles", "dates",
    "document_context", "epithets", "focus", "follow_on", "forecasts", "frames", "gazetteer", "inherited_dates",
    "layout_speakers", "lexicons", "list_issuers", "list_items", "not_counts", "noun_first_counts", "numbers",
    "open_nouns", "pipeline", "place_links", "place_mention", "place_name_scan", "place_names", "place_phrases",
    "place_references", "place_roles", "place_scoring", "places", "possessive_bodies", "prefilter", "quantities",
    "quote_layouts", "quoted_speech", "repeats", "rival_figures", "said_forms", "sentence_speakers", "sentences",
    "speaker_labels", "speaker_references", "speaker_run", "spellings", "subjects", "tally_and_glued_counts",
    "unlisted_places", "unvalidated", "war_spans",
)  # fmt: skip
# not compiled (pydantic models), but the compiled code is built against its types: a change there is a change too
DEPENDENCIES = ("../records.py",)
MANIFEST = "_compiled.json"
PURE_ENV = "CLAIMTRACK_PURE_PYTHON"
REBUILD = "pip install -e ."


def pure_requested() -> bool:
    """Whether CLAIMTRACK_PURE_PYTHON asks for the Python sources (any value but empty and 0)."""
    return os.environ.get(PURE_ENV, "") not in ("", "0")


def source_hashes(package_dir: Path) -> dict[str, str]:
    """SHA-256 of each compiled module's source and of its DEPENDENCIES, by path relative to `package_dir`."""
    names = [f"{m}.py" for m in COMPILED_MODULES] + list(DEPENDENCIES)
    return {name: hashlib.sha256((package_dir / name).read_bytes()).hexdigest() for name in names}


def is_built(package_dir: Path) -> bool:
    """Whether compiled modules for this interpreter lie beside the sources."""
    return any((package_dir / f"pipeline{suffix}").exists() for suffix in importlib.machinery.EXTENSION_SUFFIXES)


def changed_sources(package_dir: Path) -> list[str]:
    """The sources that differ from those the build in `package_dir` compiled (all of them without a manifest)."""
    try:
        recorded = json.loads((package_dir / MANIFEST).read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        recorded = {}
    return [name for name, digest in source_hashes(package_dir).items() if recorded.get(name) != digest]


def decide(package_dir: Path) -> tuple[bool, str]:
    """(whether the compiled modules are to be imported, a description of the extractor that runs)."""
    if not is_built(package_dir):
        return False, "Python (not compiled)"
    if pure_requested():
        return False, f"Python ({PURE_ENV}=1; a compiled build is present)"
    changed = changed_sources(package_dir)
    if changed:
        return False, f"Python (changed since the compiled build: {', '.join(changed)}; rebuild: {REBUILD})"
    return True, "compiled (mypyc)"


class SourceFinder:
    """Finds the compiled modules' .py sources ahead of the .so files beside them (first on `sys.meta_path`)."""

    def __init__(self, package_dir: Path) -> None:
        self.package_dir = package_dir

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in COMPILED_MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, self.package_dir / f"{name}.py")


def select(package_dir: Path) -> tuple[bool, str]:
    """Decide which extractor `claimtrack.extraction` imports; with a build that is not used, put a SourceFinder
    first on `sys.meta_path` (and warn when the build is stale). Returns `decide`'s answer."""
    compiled, description = decide(package_dir)
    if not compiled and is_built(package_dir):
        if not any(isinstance(f, SourceFinder) for f in sys.meta_path):
            sys.meta_path.insert(0, SourceFinder(package_dir))
        if not pure_requested():
            warnings.warn(f"claimtrack: the compiled extractor is stale, running the Python sources: {description}",
                          RuntimeWarning, stacklevel=2)  # fmt: skip
    return compiled, description
