"""The package's layering contract, read from the source (AST): imports run downward only.

Layers, bottom to top (issue 13, ``/work/shared/DESIGN.md``)::

    cli -> runner -> report | plots -> study -> spec_curve | cases | extend
        -> models | qca | panel -> geography -> data | measures -> _shared

A module may import modules of its own sub-package and of strictly lower
layers; modules of the same layer (``data`` and ``measures``; ``models``,
``qca`` and ``panel``; ...) never import each other. The engines (``models``,
``qca``, ``spec_curve``, ``cases``) never import ``data``, ``measures``,
``geography`` or ``panel``: they take frames. Three further rules: no private
name (``_x``) is imported from another sub-package; no ``regionalism`` module
is imported inside a function outside ``cli.py``; and nothing imports a
deprecated module shim (the old paths kept for one release).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "regionalism"

#: Layer of each top-level part of the package (higher imports lower).
LAYERS: dict[str, int] = {
    "_shared": 0, "_version": 0,
    "data": 1, "measures": 1,
    "geography": 2,
    "panel": 3, "models": 3, "qca": 3,
    "spec_curve": 4, "cases": 4, "extend": 4,
    "study": 5,
    "report": 6, "plots": 6,
    "runner": 7,
    "cli": 8,
    "__init__": 9,  # the package's lazy front door (imports only _shared and _version at module level)
}
#: Engines take frames and never import the data stack.
ENGINES = {"models", "qca", "spec_curve", "cases"}
DATA_STACK = {"data", "measures", "geography", "panel"}

#: Deprecated module shims (old import paths, one release): exempt from the layers, never imported by the package.
SHIMS = {
    "regionalism.regions", "regionalism.reproduce", "regionalism.data.validate", "regionalism.extend.validate",
    "regionalism.extend.safe_write", "regionalism.multiverse", "regionalism.multiverse.article",
    "regionalism.multiverse.estimation", "regionalism.multiverse.permutation", "regionalism.multiverse.plotting",
    "regionalism.multiverse.result", "regionalism.multiverse.runner", "regionalism.multiverse.specs",
    "regionalism.models.bundles", "regionalism.qca.fit",
}

#: Function-level imports still present in files that other helpers are fixing (issue 13); the lead empties
#: this list at merge. Each entry: (importing module, imported module).
FUNCTION_LEVEL_ALLOWLIST = {
    # the one declared exception (issue 13): TruthTable.minimize() calls qca.minimization, which
    # builds on truth tables; the method is a convenience for rg.qca.minimize(tt)
    ("regionalism.qca.truth_table", "regionalism.qca.minimization"),
}

#: The one declared exception to the layers: none is needed today (``TruthTable.minimize()`` is the candidate
#: the issue names, inside qca, which is the QCA helper's; an intra-package import is not a layer crossing).
DECLARED_EXCEPTIONS: set[tuple[str, str]] = set()


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _part(module: str) -> str:
    """The top-level part of ``regionalism.<part>...`` (``__init__`` for the package itself)."""
    bits = module.split(".")
    return bits[1] if len(bits) > 1 else "__init__"


def _imports() -> list[tuple[str, str, list[str], bool, int]]:
    """(importer, imported module, imported names, inside a function, line) for every regionalism import."""
    out = []
    for path in sorted(SRC.rglob("*.py")):
        importer = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

        def in_function(node: ast.AST) -> bool:
            while node in parents:
                node = parents[node]
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    return True
            return False

        def type_checking_only(node: ast.AST) -> bool:
            while node in parents:
                node = parents[node]
                if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                    return True
            return False

        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [(a.name, []) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets = [(node.module, [a.name for a in node.names])]
            else:
                continue
            for target, names in targets:
                if target == "regionalism" or target.startswith("regionalism."):
                    if not type_checking_only(node):
                        out.append((importer, target, names, in_function(node), node.lineno))
    return out


IMPORTS = _imports()


def test_every_part_has_a_layer():
    parts = {_part(_module_name(p)) for p in SRC.rglob("*.py")} - {_part(s) for s in SHIMS if s.count(".") == 1}
    assert parts <= set(LAYERS) | {"multiverse", "regions", "reproduce"}, sorted(parts - set(LAYERS))


def test_imports_run_downward_only():
    bad = []
    for importer, target, _, _, line in IMPORTS:
        if importer in SHIMS or (importer, target) in DECLARED_EXCEPTIONS:
            continue
        a, b = _part(importer), _part(target)
        if a == b:
            continue
        if b == "__init__" and target == "regionalism" and importer == "regionalism.cli":
            continue  # cli reads __version__ from the package
        if LAYERS[b] >= LAYERS[a]:
            bad.append(f"{importer}:{line} imports {target} ({b}, layer {LAYERS[b]} >= {a}, layer {LAYERS[a]})")
        elif a in ENGINES and b in DATA_STACK:
            bad.append(f"{importer}:{line} imports {target}: engines take frames, never the data stack")
    assert not bad, "\n".join(bad)


def test_no_private_names_across_subpackages():
    bad = [f"{importer}:{line} imports {n} from {target}"
           for importer, target, names, _, line in IMPORTS
           for n in names if n.startswith("_") and not n.startswith("__") and _part(importer) != _part(target)]
    assert not bad, "\n".join(bad)


def test_no_function_level_imports_of_the_package_outside_cli():
    bad = [f"{importer}:{line} imports {target} inside a function"
           for importer, target, _, inner, line in IMPORTS
           if inner and importer != "regionalism.cli" and (importer, target) not in FUNCTION_LEVEL_ALLOWLIST]
    assert not bad, "\n".join(bad)


def test_allowlist_entries_are_still_needed():
    present = {(importer, target) for importer, target, _, inner, _ in IMPORTS if inner}
    assert FUNCTION_LEVEL_ALLOWLIST - present == set(), "remove the fixed entries from FUNCTION_LEVEL_ALLOWLIST"


def test_nothing_imports_a_deprecated_shim():
    bad = [f"{importer}:{line} imports the deprecated {target}" for importer, target, _, _, line in IMPORTS
           if target in SHIMS and importer not in SHIMS]
    assert not bad, "\n".join(bad)


#: Modules that still import by string (their own lazy loader); models/ is helper INFER's: the lead removes
#: the entry when models/__init__.py uses regionalism._shared.lazy.
IMPORT_BY_STRING_ALLOWLIST: set[str] = set()


def test_imports_by_string_only_in_the_lazy_loader():
    bad = []
    for path in sorted(SRC.rglob("*.py")):
        module = _module_name(path)
        if module == "regionalism._shared.lazy" or module in IMPORT_BY_STRING_ALLOWLIST:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in ("importlib.import_module", "__import__"):
                bad.append(f"{module}:{node.lineno} imports by string")
    assert not bad, "\n".join(bad)


def test_at_most_one_declared_exception():
    assert len(DECLARED_EXCEPTIONS) <= 1


@pytest.mark.parametrize("shim", sorted(SHIMS))
def test_old_paths_warn_and_still_work(shim):
    import importlib
    import sys

    saved = {k: v for k, v in sys.modules.items() if k == shim}
    sys.modules.pop(shim, None)
    try:
        with pytest.warns(DeprecationWarning, match="deprecated"):
            module = importlib.import_module(shim)
        assert module.__all__ and all(hasattr(module, n) for n in module.__all__)
    finally:
        sys.modules.update(saved)
        import regionalism as rg

        for name in ("regions", "reproduce", "multiverse"):  # importing a shim binds it on the package
            if isinstance(vars(rg).get(name), type(sys)):
                vars(rg).pop(name)


def test_public_api_is_explicit():
    import regionalism as rg

    assert dir(rg) == sorted(rg.__all__)
    assert {"fit", "compare", "multiverse", "reproduce", "regions"} <= set(rg.__all__)
    assert callable(rg.fit) and callable(rg.compare) and callable(rg.multiverse) and callable(rg.regions)


def test_module_names_differ_from_function_names():
    import importlib
    import importlib.util
    import sys

    import regionalism as rg

    validation = importlib.import_module("regionalism.data.validation")
    assert isinstance(validation, type(sys)) and callable(validation.validate)
    with pytest.warns(DeprecationWarning):
        sys.modules.pop("regionalism.data.validate", None)
        import regionalism.data.validate as v  # the old module path gives a module, not the function
    assert isinstance(v, type(sys)) and v.validate is validation.validate and rg.validate is validation.validate
    clashes = [name for name in rg.__all__ if not isinstance(getattr(rg, name), type(sys))
               and importlib.util.find_spec(f"regionalism.{name}") is not None
               and f"regionalism.{name}" not in SHIMS]
    assert not clashes  # a module named like a public function would replace it on import
    for package in ("data", "measures", "extend", "study", "report", "spec_curve", "cases", "qca", "models"):
        pkg = importlib.import_module(f"regionalism.{package}")
        for name in pkg.__all__:
            sub = f"regionalism.{package}.{name}"
            if not isinstance(getattr(pkg, name), type(sys)) and importlib.util.find_spec(sub) is not None:
                # qca keeps truth_table/minimize modules named like their functions: its __init__ imports
                # them eagerly, so the functions win the package attributes (no shadowing)
                assert sub in SHIMS or (package == "qca" and name in {"truth_table", "minimize"}), sub
