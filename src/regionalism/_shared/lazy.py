"""The one lazy loader (PEP 562) of the package and its sub-packages.

A package lists its public names and the modules that define them; the
module is imported on first access to a name, so ``import regionalism`` and
``import regionalism.models`` stay cheap (no pandas, statsmodels or
matplotlib until a function needs them).

Examples
--------
>>> import sys, types
>>> pkg = sys.modules["demo_pkg"] = types.ModuleType("demo_pkg")
>>> pkg.__getattr__, pkg.__dir__ = lazy_exports("demo_pkg", {"dumps": "json"})
>>> pkg.dumps.__name__, "dumps" in dir(pkg)
('dumps', True)
>>> del sys.modules["demo_pkg"]
"""
from __future__ import annotations

import importlib
import sys
import warnings
from typing import Any, Callable, Iterable, Mapping

__all__ = ["lazy_exports", "deprecated_module"]


def lazy_exports(package: str, exports: Mapping[str, str], *, submodules: Iterable[str] = (),
                 eager: Iterable[str] = ()) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for a package whose names load on first use.

    Parameters
    ----------
    package : str
        The package's ``__name__``.
    exports : mapping of str to str
        Public name to the module (absolute dotted path) that defines it.
    submodules : iterable of str
        Sub-modules reachable as attributes (``rg.qca``), imported on first access.
    eager : iterable of str
        Public names the package defines itself (e.g. ``__version__``).

    Returns
    -------
    (callable, callable)
        The package's ``__getattr__`` (stores each value in the package, so
        the loader runs once per name) and ``__dir__``, which lists exactly
        the public names (``exports``, ``submodules`` and ``eager``): the
        package's ``__all__`` should be the same list.
    """
    subs = frozenset(submodules)
    public = sorted(set(exports) | subs | set(eager))

    def __getattr__(name: str) -> Any:
        namespace = vars(sys.modules[package])
        if name in subs:
            value = importlib.import_module(f"{package}.{name}")
        elif name in exports:
            value = getattr(importlib.import_module(exports[name]), name)
        else:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return list(public)

    return __getattr__, __dir__


def deprecated_module(old: str, new: str) -> None:
    """Warn that module ``old`` moved to ``new`` (called at the top of the old module's shim).

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     deprecated_module("pkg.old", "pkg.new")
    >>> str(caught[0].message)
    'pkg.old is deprecated and will be removed in the next release; import from pkg.new instead'
    """
    warnings.warn(f"{old} is deprecated and will be removed in the next release; import from {new} instead",
                  DeprecationWarning, stacklevel=3)
