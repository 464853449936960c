"""regionalism: comparative regionalism research in Python.

Coded regions, regional organizations, dated memberships, security-institution
design and multilateral security agreements, joined to public country-year
data (V-Dem, Polity5, Freedom House, COW, ATOP, MIA, UCDP ...), with panels,
statsmodels-based models with small-N inference, case comparison and QCA.

Usage::

    import regionalism as rg
    rg.list_datasets()
    states = rg.load("states")
    print(rg.cite("states"))

Importing the package is cheap: pandas, statsmodels, matplotlib and seaborn
are imported only when a function that needs them is first used.
"""
from __future__ import annotations

import importlib
from typing import Any

from regionalism._version import __version__

# public name -> module that defines it (imported on first access)
_LAZY: dict[str, str] = {
    # data layer
    "list_datasets": "regionalism.data.catalog",
    "load": "regionalism.data.catalog",
    "describe": "regionalism.data.catalog",
    "cite": "regionalism.data.catalog",
    "dataset_names": "regionalism.data.catalog",
    "Codebook": "regionalism.data.catalog",
    "validate": "regionalism.data.validate",
    "ValidationReport": "regionalism.data.validate",
    "ValidationError": "regionalism.data.validate",
    "Problem": "regionalism.data.validate",
    "crosscheck_memberships": "regionalism.data.crosscheck",
    # regions and panels
    "Region": "regionalism.regions",
    "region": "regionalism.regions",
    "regions": "regionalism.regions",
    "resolve_states": "regionalism.regions",
    "region_year": "regionalism.panel",
    "organization_year": "regionalism.panel",
    "cross_section": "regionalism.panel",
    "security_institutions": "regionalism.panel",
    "data_home": "regionalism.extend",
    "templates": "regionalism.extend",
    "new_region": "regionalism.extend",
}
# sub-packages available as attributes (rg.data, rg.qca, rg.cases, rg.models)
_SUBMODULES = {"data", "qca", "cases", "models", "cli", "measures", "panel", "plots", "extend", "reproduce", "multiverse"}


def _models_exports() -> dict[str, str]:
    try:
        mod = importlib.import_module("regionalism.models")
    except ImportError:  # pragma: no cover - models not installed
        return {}
    return {name: "regionalism.models" for name in getattr(mod, "__all__", [])}


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        module = importlib.import_module(f"regionalism.{name}")
        globals()[name] = module
        return module
    target = _LAZY.get(name)
    if target is None and not name.startswith("_"):
        target = _models_exports().get(name)
    if target is None:
        raise AttributeError(f"module 'regionalism' has no attribute {name!r}")
    value = getattr(importlib.import_module(target), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | _SUBMODULES)


__all__ = ["__version__", *_LAZY]
