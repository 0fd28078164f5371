"""Build hooks: the extractor compiled by mypyc when it can be (everything else is in pyproject.toml).

Compiling `claimtrack.extraction.native.COMPILED_MODULES` needs mypy (a build requirement in pyproject.toml)
and a C compiler. Without a compiler, with CLAIMTRACK_PURE_PYTHON=1, or when mypyc or the compiler fails,
claimtrack is installed as pure Python, with a note on stderr, and runs the same (~1.3x slower extraction).
The sources' hashes are taken before mypyc reads them and written beside the built modules (`native.MANIFEST`):
a source edited after (or during) the build makes `claimtrack.extraction` import the Python sources.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shlex
import shutil
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
PACKAGE_DIR = ROOT / "claimtrack" / "extraction"


def _load_native() -> ModuleType:
    """claimtrack/extraction/native.py, loaded by path (claimtrack's dependencies are not installed yet)."""
    spec = importlib.util.spec_from_file_location("_claimtrack_native", PACKAGE_DIR / "native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


native = _load_native()


def _note(message: str) -> None:
    print(f"claimtrack build: {message}", file=sys.stderr)


def _has_compiler() -> bool:
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    return shutil.which(shlex.split(cc)[0]) is not None


# the commands that build or install: the others (egg_info, dist_info, sdist: pip asking for metadata) do not
# need mypyc's type check of the extractor, ~30 s
_BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install", "bdist_egg"}


def _extensions() -> tuple[list, dict[str, str]]:
    """(the mypyc extensions, the hashes of the sources they are compiled from); ([], {}) for pure Python."""
    if not _BUILDS.intersection(sys.argv[1:]):
        return [], {}
    if native.pure_requested():
        _note(f"{native.PURE_ENV} is set: the extractor is installed as pure Python")
        return [], {}
    try:
        from mypyc.build import mypycify
    except ImportError:
        _note("mypyc (mypy) is not available: the extractor is installed as pure Python")
        return [], {}
    if not _has_compiler():
        _note("no C compiler found: the extractor is installed as pure Python")
        return [], {}
    hashes = native.source_hashes(PACKAGE_DIR)  # before mypyc reads them: an edit from now on makes them stale
    paths = [f"claimtrack/extraction/{m}.py" for m in native.COMPILED_MODULES]
    cwd = os.getcwd()
    os.chdir(ROOT)  # mypyc names the modules after their paths
    try:
        return mypycify(paths, opt_level="3", debug_level="0", group_name="claimtrack_extraction"), hashes
    except (Exception, SystemExit) as exc:  # mypyc stops with SystemExit on a type error
        _note(f"mypyc failed ({exc!r}): the extractor is installed as pure Python")
        return [], {}
    finally:
        os.chdir(cwd)


EXTENSIONS, SOURCE_HASHES = _extensions()


class OptionalBuildExt(build_ext):
    """Builds the compiled extractor and writes its manifest beside it; on a compiler error, builds nothing (the
    Python sources serve)."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1

    def _manifest(self) -> Path:
        return Path(self.get_ext_fullpath(f"{native.PACKAGE}.pipeline")).parent / native.MANIFEST

    def run(self) -> None:
        if not self.extensions:
            return
        try:
            super().run()
        except Exception as exc:  # CompileError, LinkError, a missing header ...
            _note(f"compiling the extractor failed ({exc}): it is installed as pure Python")
            for output in super().get_outputs():
                Path(output).unlink(missing_ok=True)
            self.extensions = []
            return
        manifest = self._manifest()
        manifest.write_text(json.dumps({"sources": SOURCE_HASHES}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        _note(f"the extractor is compiled ({len(native.COMPILED_MODULES)} modules); manifest {manifest}")

    def get_outputs(self) -> list[str]:
        outputs = super().get_outputs()
        return [*outputs, str(self._manifest())] if self.extensions else outputs


setup(ext_modules=EXTENSIONS, cmdclass={"build_ext": OptionalBuildExt})
