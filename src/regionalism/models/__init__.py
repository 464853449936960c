"""Statistics core: regression models and small-N inference.

The article's hypotheses (``hypotheses``, ``test_hypotheses``, ``synthetic_panel``, ...)
moved to :mod:`regionalism.study`; reaching them here goes through the deprecated
:mod:`regionalism.models.bundles` shim (``DeprecationWarning``) for one release.

Names are loaded lazily (PEP 562): ``import regionalism.models`` imports
neither numpy, pandas, scipy nor statsmodels; the first access to a name
imports the submodule that defines it. Statsmodels itself is imported inside
the functions that need it.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "fit": "fitting",
    "MODELS": "fitting",
    "COV_TYPES": "fitting",
    "INFORMATION": "fitting",
    "FEW_CLUSTERS": "design",
    "ModelResult": "results",
    "compare": "comparison",
    "Table": "tables",
    "vcov_cr2": "covariance",
    "CR2Result": "covariance",
    "permutation_test": "inference",
    "PermutationResult": "inference",
    "wild_cluster_bootstrap": "inference",
    "BootstrapResult": "inference",
    "firth_logit": "firth",
    "marginal_effects": "margins",
    "fisher_exact": "diagnostics",
    "leave_one_out": "diagnostics",
    "dfbeta": "diagnostics",
    "hypotheses": "bundles",
    "Hypothesis": "bundles",
    "Operationalization": "bundles",
    "HypothesisBundle": "bundles",
    "test_hypotheses": "bundles",
    "HypothesisTests": "bundles",
    "synthetic_panel": "bundles",
    "OUTCOMES": "bundles",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from regionalism.models.comparison import compare
    from regionalism.models.covariance import CR2Result, vcov_cr2
    from regionalism.models.design import FEW_CLUSTERS
    from regionalism.models.diagnostics import dfbeta, fisher_exact, leave_one_out
    from regionalism.models.firth import firth_logit
    from regionalism.models.fitting import COV_TYPES, INFORMATION, MODELS, fit
    from regionalism.models.inference import (
        BootstrapResult,
        PermutationResult,
        permutation_test,
        wild_cluster_bootstrap,
    )
    from regionalism.models.margins import marginal_effects
    from regionalism.models.results import ModelResult
    from regionalism.models.tables import Table


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module = importlib.import_module(f"regionalism.models.{_EXPORTS[name]}")
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'regionalism.models' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
