"""Qualitative Comparative Analysis (crisp, multi-value and fuzzy sets).

A Python implementation of the core of R's QCA package (Dusa 2019):
calibration, truth tables, exact Boolean minimization (conservative,
parsimonious and intermediate solutions), parameters of fit and necessity
analysis.
"""

from regionalism.qca.calibration import calibrate, from_panel
from regionalism.qca.expressions import negate_columns, parse_expression
from regionalism.qca.minimization import IntermediateStep, QCASolution, minimize
from regionalism.qca.plotting import xy_plot
from regionalism.qca.primes import minimal_covers, prime_implicants
from regionalism.qca.scores import necessity_scores, sufficiency_scores
from regionalism.qca.set_relations import fit_table, pof, super_subset
from regionalism.qca.sets import HalfMembershipWarning
from regionalism.qca.truth_table import TruthTable, truth_table

superset = super_subset

__all__ = [
    "HalfMembershipWarning", "IntermediateStep", "calibrate", "from_panel", "minimal_covers", "prime_implicants",
    "xy_plot", "QCASolution", "TruthTable", "fit_table", "minimize",
    "necessity_scores", "negate_columns", "parse_expression", "pof", "super_subset",
    "sufficiency_scores", "superset", "truth_table",
]
