"""Layering inside regionalism.qca: an acyclic import graph, one declared
function-level import, no imports of other regionalism subpackages' internals."""

from __future__ import annotations

import ast
from pathlib import Path

import regionalism.qca

QCA = Path(regionalism.qca.__file__).parent
#: the one declared function-level import (minimization builds on truth_table)
ALLOWED_LOCAL = {("truth_table.py", "regionalism.qca.minimization")}


def _imports(path: Path):
    tree = ast.parse(path.read_text())
    top, local = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("regionalism"):
            (top if node.col_offset == 0 else local).add(node.module)
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("regionalism"):
                    (top if node.col_offset == 0 else local).add(a.name)
    return top, local


def test_no_function_level_imports_but_the_declared_one():
    found = {(p.name, m) for p in QCA.glob("*.py") for m in _imports(p)[1]}
    assert found == ALLOWED_LOCAL


def test_qca_imports_only_itself_and_no_cycle():
    graph = {}
    for p in QCA.glob("*.py"):
        top, _ = _imports(p)
        assert all(m.startswith("regionalism.qca") for m in top), (p.name, top)
        graph[p.stem] = {m.split(".")[2] for m in top if m.count(".") >= 2} - {p.stem}
    graph.pop("__init__")
    graph.pop("fit")  # the deprecated shim re-exports set_relations and scores

    state: dict[str, int] = {}

    def visit(n: str, path: list[str]) -> None:
        if state.get(n) == 1:
            raise AssertionError(f"import cycle: {' -> '.join(path + [n])}")
        if state.get(n) == 2:
            return
        state[n] = 1
        for m in graph.get(n, ()):
            visit(m, path + [n])
        state[n] = 2

    for n in graph:
        visit(n, [])
    assert "truth_table" not in graph["primes"] and "truth_table" not in graph["set_relations"]


def test_fit_module_is_a_deprecated_alias():
    import importlib
    import sys
    import warnings

    sys.modules.pop("regionalism.qca.fit", None)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        mod = importlib.import_module("regionalism.qca.fit")
    assert any(issubclass(x.category, DeprecationWarning) for x in w)
    from regionalism.qca.set_relations import pof
    assert mod.pof is pof
