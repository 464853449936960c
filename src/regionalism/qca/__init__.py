"""Qualitative Comparative Analysis (crisp, multi-value and fuzzy sets).

A Python implementation of the core of R's QCA package (Dusa 2019):
calibration, truth tables, exact Boolean minimization (conservative,
parsimonious and intermediate solutions), parameters of fit and necessity
analysis; Enhanced Standard Analysis (``find_rows``, ``exclude=``), the
robustness tests of SetMethods and panel (pooled/between/within) diagnostics.

Layers inside the subpackage (imports run downward): ``expressions`` and
``scores`` (pure) <- ``sets`` (prepared data, row codes, size guards) <-
``primes``, ``truth_table`` <- ``set_relations`` <- ``minimization`` <- ``esa``,
``robustness``; ``panel_fit``, ``calibration`` and ``plotting`` beside them. The
one function-level import is ``TruthTable.minimize()``.
"""

from regionalism.qca.calibration import calibrate, from_panel
from regionalism.qca.esa import find_rows
from regionalism.qca.expressions import negate_columns, parse_expression
from regionalism.qca.minimization import IntermediateStep, QCASolution, minimize
from regionalism.qca.panel_diagnostics import PanelFit, panel_fit
from regionalism.qca.plotting import xy_plot
from regionalism.qca.primes import minimal_covers, prime_implicants
from regionalism.qca.robustness import (
    calib_range,
    incl_range,
    ncut_range,
    robustness_fit,
    solution_membership,
    theory_evaluation,
)
from regionalism.qca.scores import necessity_scores, sufficiency_scores
from regionalism.qca.set_relations import fit_table, pof, super_subset
from regionalism.qca.sets import HalfMembershipWarning
from regionalism.qca.truth_table import TruthTable, truth_table

superset = super_subset

__all__ = [
    "HalfMembershipWarning",
    "IntermediateStep",
    "PanelFit",
    "QCASolution",
    "TruthTable",
    "calib_range",
    "calibrate",
    "find_rows",
    "fit_table",
    "from_panel",
    "incl_range",
    "minimal_covers",
    "minimize",
    "ncut_range",
    "necessity_scores",
    "negate_columns",
    "panel_fit",
    "parse_expression",
    "pof",
    "prime_implicants",
    "robustness_fit",
    "solution_membership",
    "sufficiency_scores",
    "super_subset",
    "superset",
    "theory_evaluation",
    "truth_table",
    "xy_plot",
]
