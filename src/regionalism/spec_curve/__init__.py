"""Multiverse analysis: specification curves over operationalizations, estimators,
covariances, case sets and year windows, fitted serially, with joblib or on Dask.

Usage::

    import regionalism as rg
    mv = rg.multiverse(rg.region_year(), outcome=["secreg_exists", "secreg_depth"],
                       regime=["polyarchy_mean", "autocracy_share"],
                       cases=["all", "no_continents"], years=[(1946, 2019), (1991, 2019)])
    mv.results          # one row per specification and focal term
    mv.summary()        # share supporting, medians, joint permutation test
    mv.plot()           # specification curve with indicator panel

The package is named ``spec_curve`` so that it and the function
``rg.multiverse`` (:func:`regionalism.spec_curve.estimation.multiverse`) never
share a name; ``regionalism.multiverse`` is a deprecated alias of this package.
The article's own multiverse is :func:`regionalism.study.robustness`.

Names are loaded lazily; pandas, statsmodels, matplotlib, joblib and Dask are
imported only when needed.
"""
from __future__ import annotations

from regionalism._shared.lazy import lazy_exports

_EXPORTS: dict[str, str] = {
    "multiverse": "regionalism.spec_curve.estimation",
    "MultiverseResult": "regionalism.spec_curve.result",
    "specifications": "regionalism.spec_curve.specs",
    "CaseSet": "regionalism.spec_curve.specs",
    "CASE_SETS": "regionalism.spec_curve.specs",
    "CONTINENTS": "regionalism.spec_curve.specs",
    "DIMENSIONS": "regionalism.spec_curve.specs",
    "HYPOTHESIS_DIMENSIONS": "regionalism.spec_curve.specs",
    "CurveNull": "regionalism.spec_curve.permutation",
    "BACKENDS": "regionalism.spec_curve.runner",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = sorted(_EXPORTS)
