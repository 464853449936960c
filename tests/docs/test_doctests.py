"""Run the docstring examples of every module of the package (as ``pytest --doctest-modules src/regionalism``).

One test per module, so that a failure names the module and each test stays
short. Examples marked ``# doctest: +SKIP`` are skipped.
"""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import regionalism

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(regionalism.__path__, prefix="regionalism.")
    if not m.name.split(".")[-1].startswith("__")
)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def test_every_public_module_is_collected() -> None:
    for name in ["regionalism.data.catalog", "regionalism.panel", "regionalism.models.inference",
                 "regionalism.qca.truth_table", "regionalism.cases.comparison"]:
        assert name in MODULES


@pytest.mark.parametrize("module", ["regionalism", *MODULES])
def test_docstring_examples(module: str) -> None:
    mod = importlib.import_module(module)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    tests = [t for t in finder.find(mod, module) if t.examples]
    if not tests:
        pytest.skip(f"{module} has no docstring examples")
    failures = []
    for test in tests:
        out: list[str] = []
        result = runner.run(test, out=out.append, clear_globs=True)
        if result.failed:
            failures.append(f"{test.name} ({test.filename}:{test.lineno}):\n" + "".join(out))
    assert not failures, "\n".join(failures)
