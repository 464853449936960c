"""Multiverse analysis: specification curves over operationalizations, estimators,
covariances, case sets and year windows, fitted serially, with joblib or on Dask.

Usage::

    import regionalism as rg
    from regionalism.multiverse import multiverse
    mv = multiverse(rg.region_year(), outcome=["secreg_exists", "secreg_depth"],
                    regime=["polyarchy_mean", "autocracy_share"],
                    cases=["all", "no_continents"], years=[(1946, 2019), (1991, 2019)])
    mv.results          # one row per specification and focal term
    mv.summary()        # share supporting, medians, joint permutation test
    mv.plot()           # specification curve with indicator panel

Names are loaded lazily; pandas, statsmodels, matplotlib, joblib and Dask are
imported only when needed.

The sub-package itself is callable: ``regionalism.multiverse(panel, ...)`` is
:func:`regionalism.multiverse.multiverse`. (Importing a sub-package binds its
name on the parent package, so a top-level ``rg.multiverse`` function and the
``regionalism.multiverse`` package could not otherwise share the name.)
"""
from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "multiverse": "estimation",
    "MultiverseResult": "result",
    "specifications": "specs",
    "CaseSet": "specs",
    "CASE_SETS": "specs",
    "CONTINENTS": "specs",
    "DIMENSIONS": "specs",
    "HYPOTHESIS_DIMENSIONS": "specs",
    "CurveNull": "permutation",
    "article_multiverse": "article",
    "article_specifications": "article",
    "ARTICLE_CHOICES": "article",
    "BACKENDS": "runner",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from regionalism.multiverse.article import (ARTICLE_CHOICES, article_multiverse,
                                                article_specifications)
    from regionalism.multiverse.estimation import multiverse
    from regionalism.multiverse.permutation import CurveNull
    from regionalism.multiverse.result import MultiverseResult
    from regionalism.multiverse.runner import BACKENDS
    from regionalism.multiverse.specs import (CASE_SETS, CONTINENTS, DIMENSIONS,
                                              HYPOTHESIS_DIMENSIONS, CaseSet, specifications)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module = importlib.import_module(f"regionalism.multiverse.{_EXPORTS[name]}")
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'regionalism.multiverse' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


class _CallableModule(types.ModuleType):
    """Module type whose instances call :func:`multiverse` (``rg.multiverse(panel)``)."""

    def __call__(self, panel: Any, /, **options: Any) -> Any:
        from regionalism.multiverse.estimation import multiverse

        return multiverse(panel, **options)


sys.modules[__name__].__class__ = _CallableModule
