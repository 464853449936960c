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
are imported only when a function that needs them is first used (one lazy
loader, :mod:`regionalism._shared.lazy`). ``__all__`` lists every public
name and equals what ``dir(rg)`` shows.

Layers (imports run downward only; enforced by ``tests/test_architecture.py``)::

    cli -> runner -> report | plots -> study -> spec_curve (multiverse) | cases | extend
        -> models | qca | panel -> geography -> data | measures -> _shared
"""
from __future__ import annotations

from regionalism._shared.lazy import lazy_exports
from regionalism._version import __version__ as __version__

# public name -> module that defines it (imported on first access)
_EXPORTS: dict[str, str] = {
    # data layer
    "list_datasets": "regionalism.data.catalog",
    "load": "regionalism.data.tables",
    "describe": "regionalism.data.catalog",
    "cite": "regionalism.data.catalog",
    "dataset_names": "regionalism.data.catalog",
    "Codebook": "regionalism.data.catalog",
    "Tables": "regionalism.data.tables",
    "validate": "regionalism.data.validation",
    "ValidationReport": "regionalism.data.checks",
    "ValidationError": "regionalism.data.checks",
    "Problem": "regionalism.data.checks",
    "crosscheck_memberships": "regionalism.data.crosscheck",
    "resolve_states": "regionalism.data.states",
    "StateResolutionError": "regionalism.data.states",
    # regions and panels
    "OutcomeRule": "regionalism.measures.rule",
    "Region": "regionalism.geography",
    "region": "regionalism.geography",
    "regions": "regionalism.geography",
    "comparison_regions": "regionalism.geography",
    "region_year": "regionalism.panel",
    "organization_year": "regionalism.panel",
    "cross_section": "regionalism.panel",
    "security_institutions": "regionalism.panel",
    # models (lazy: statsmodels is imported on first use)
    "fit": "regionalism.models",
    "compare": "regionalism.models",
    "MODELS": "regionalism.models",
    "COV_TYPES": "regionalism.models",
    "ModelResult": "regionalism.models",
    "Table": "regionalism.models",
    "vcov_cr2": "regionalism.models",
    "CR2Result": "regionalism.models",
    "permutation_test": "regionalism.models",
    "PermutationResult": "regionalism.models",
    "wild_cluster_bootstrap": "regionalism.models",
    "BootstrapResult": "regionalism.models",
    "firth_logit": "regionalism.models",
    "marginal_effects": "regionalism.models",
    "fisher_exact": "regionalism.models",
    "leave_one_out": "regionalism.models",
    "dfbeta": "regionalism.models",
    "FEW_CLUSTERS": "regionalism.models",
    "INFORMATION": "regionalism.models",
    # the article's hypotheses (study layer)
    "hypotheses": "regionalism.study",
    "Hypothesis": "regionalism.study",
    "Operationalization": "regionalism.study",
    "HypothesisBundle": "regionalism.study",
    "test_hypotheses": "regionalism.study",
    "HypothesisTests": "regionalism.study",
    "synthetic_panel": "regionalism.study",
    "OUTCOMES": "regionalism.study",
    # multiverse analysis and reproduction
    "multiverse": "regionalism.study.robustness",
    "reproduce": "regionalism.runner",
    # extending the data
    "data_home": "regionalism.extend",
    "templates": "regionalism.extend",
    "new_region": "regionalism.extend",
}
# sub-packages and modules available as attributes (rg.data, rg.qca, ...)
_SUBMODULES = ("data", "qca", "cases", "models", "cli", "measures", "panel", "plots", "extend", "geography",
               "spec_curve", "study", "report", "runner")

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, submodules=_SUBMODULES, eager=["__version__"])

__all__ = sorted(["__version__", *_EXPORTS, *_SUBMODULES])
