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

from regionalism._shared.lazy import lazy_exports

_EXPORTS: dict[str, str] = {
    "fit": "regionalism.models.fitting",
    "MODELS": "regionalism.models.fitting",
    "COV_TYPES": "regionalism.models.fitting",
    "INFORMATION": "regionalism.models.fitting",
    "FEW_CLUSTERS": "regionalism.models.design",
    "ModelResult": "regionalism.models.results",
    "compare": "regionalism.models.comparison",
    "Table": "regionalism.models.tables",
    "vcov_cr2": "regionalism.models.covariance",
    "CR2Result": "regionalism.models.covariance",
    "permutation_test": "regionalism.models.inference",
    "PermutationResult": "regionalism.models.inference",
    "wild_cluster_bootstrap": "regionalism.models.inference",
    "BootstrapResult": "regionalism.models.inference",
    "firth_logit": "regionalism.models.firth",
    "marginal_effects": "regionalism.models.margins",
    "fisher_exact": "regionalism.models.diagnostics",
    "leave_one_out": "regionalism.models.diagnostics",
    "dfbeta": "regionalism.models.diagnostics",
    "hypotheses": "regionalism.models.bundles",
    "Hypothesis": "regionalism.models.bundles",
    "Operationalization": "regionalism.models.bundles",
    "HypothesisBundle": "regionalism.models.bundles",
    "test_hypotheses": "regionalism.models.bundles",
    "HypothesisTests": "regionalism.models.bundles",
    "synthetic_panel": "regionalism.models.bundles",
    "OUTCOMES": "regionalism.models.bundles",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = sorted(_EXPORTS)
