"""Specification curve of H1-H4 over measures, outcomes and periods

A multiverse (Steegen et al. 2016; Simonsohn, Simmons and Nelson 2020) of the
H1-H4 regression with ``regionalism.spec_curve``: two outcomes (existence and
depth of security regionalism), two operationalizations of each hypothesis
(H1 mean polyarchy or share of autocracies; H2 external share or a major
power inside; H3 leader/runner-up CINC ratio or leader's CINC share; H4
number or presence of conflicts) and two periods (1946-2019, 1991-2019), on
the comparison regions of analyses 03-10 (``COMPARISON_REGIONS``): 64 linear
specifications with region-clustered (CR1) standard errors and z-scored
predictors. The figure is the specification curve with its indicator panel;
the table summarizes per hypothesis the share of specifications with the
expected sign and with significant support.

If ``regionalism.spec_curve`` is not importable the analysis is reported as
pending; nothing is drawn in its place.

Data: ``region_year`` panel.
Outputs: ``specification_curve.png/.pdf/.csv`` (one row per specification
and focal term), ``specification_summary.csv/.md/.tex/.html``.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from regionalism.report import Output, Pending, save_figure, save_table
from regionalism.study.samples import COMPARISON_REGIONS, region_year_panel

DATASETS = ["states", "region_members", "organizations", "memberships", "security_design", "ucdp_conflicts"]
REFERENCES = ["mayer_seed"]
SEED = 0
CHOICES = dict(
    outcome=["secreg_exists", "secreg_degree"],
    regime=["polyarchy_mean", "autocracy_share"],
    external=["external_reliance", "major_power_inside"],
    leadership=["leader_ratio_cinc", "leader_share_cinc"],
    demand=["conflict_count", "conflict_any"],
    years=[(1946, 2019), (1991, 2019)],
)


def _engine():
    try:
        from regionalism.spec_curve import CaseSet
        from regionalism.study import multiverse  # the engine with the article's H1-H4 (expected signs)
    except ImportError as exc:  # pragma: no cover - depends on the installed package
        raise Pending(f"regionalism.spec_curve is not available: {exc}") from exc
    return multiverse, CaseSet


def curve():
    """Fit the multiverse (a ``MultiverseResult``)."""
    multiverse, CaseSet = _engine()

    cases = CaseSet("comparison", include=COMPARISON_REGIONS,
                    description="the comparison regions of regionalism.study.COMPARISON_REGIONS")
    return multiverse(region_year_panel(), model="ols", cov="cluster", standardize=True, seed=SEED,
                      progress=False, cases=cases, **CHOICES)


def run(out: Path) -> list[Output]:
    mv = curve()
    results = mv.results.reset_index(drop=True)
    fig = mv.plot()
    caption = (f"Specification curve of H1-H4: {len(mv.specs)} specifications (outcome, two measures per "
               "hypothesis, period); estimates per SD with 95% CR1 intervals; blue = significant "
               "support, red = significant against, grey = not significant.")
    files = save_figure(fig, out, "specification_curve", data=results, caption=caption)
    summary = mv.summary(n_perm=0)
    keep = [c for c in ("hypothesis", "focal", "n_specs", "n_failed", "share_sign_matches", "share_supporting",
                        "share_opposite", "median_estimate", "median_aligned_t") if c in summary.columns]
    summary = pd.DataFrame(summary[keep]).reset_index(drop=True)
    files += save_table(summary, out, "specification_summary",
                        caption="Specification curve summary per hypothesis (share of specifications)")
    return files
