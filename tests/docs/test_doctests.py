"""Run the docstring examples of every module of the package (as ``pytest --doctest-modules src/regionalism``).

One test per module, so that a failure names the module and each test stays
short. Examples marked ``# doctest: +SKIP`` are skipped.
"""
from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

import regionalism

SRC = Path(regionalism.__file__).resolve().parent


def _is_shim(path: Path) -> bool:
    """A deprecated module kept for one release (it has no examples, and importing it rebinds a package name)."""
    return "deprecated_module(__name__" in path.read_text(encoding="utf-8")


# found on disk rather than with pkgutil.walk_packages, which imports every package (and so the deprecated
# regionalism.multiverse alias, which would replace the function rg.multiverse for the rest of the session)
def _name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = sorted(_name(p) for p in SRC.rglob("*.py")  # every module and sub-package; the root is added below
                 if not _is_shim(p) and (not p.stem.startswith("__") or p.stem == "__init__" and p.parent != SRC))
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

#: Modules whose examples are known to fail, with the reason; strict xfail, so
#: the entry must be removed once the docstring is fixed.
KNOWN_FAILURES: dict[str, str] = {}


def _has_examples(module: str) -> bool:
    mod = importlib.import_module(module)
    return any(t.examples for t in doctest.DocTestFinder(exclude_empty=True).find(mod, module))


PARAMS = [pytest.param(m, marks=pytest.mark.xfail(reason=KNOWN_FAILURES[m], strict=True))
          if m in KNOWN_FAILURES else m for m in ["regionalism", *MODULES] if _has_examples(m)]


def test_every_public_module_is_collected() -> None:
    for name in ["regionalism.data.catalog", "regionalism.panel", "regionalism.models.inference",
                 "regionalism.qca.truth_table", "regionalism.cases.comparison"]:
        assert name in MODULES


@pytest.mark.parametrize("module", PARAMS)
def test_docstring_examples(module: str) -> None:
    mod = importlib.import_module(module)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    tests = [t for t in finder.find(mod, module) if t.examples]
    assert tests
    failures = []
    for test in tests:
        out: list[str] = []
        result = runner.run(test, out=out.append, clear_globs=True)
        if result.failed:
            failures.append(f"{test.name} ({test.filename}:{test.lineno}):\n" + "".join(out))
    assert not failures, "\n".join(failures)
