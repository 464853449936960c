"""Robustness of the H1-H4 estimates: permutation, wild bootstrap, CR2, Firth, leave-one-region-out

Small-N inference checks for the baseline model of analysis 08 (comparison
regions, 1991-2019; ``secreg_exists`` on the primary measures of H1-H4):

* p-values per term from ``rg.test_hypotheses(model="ols")``: conventional,
  CR1 and CR2 (Bell-McCaffrey, Satterthwaite df) cluster-robust by region, and
  the restricted wild cluster bootstrap-t (Rademacher weights, 999 draws);
* randomization inference (``rg.permutation_test``, 999 permutations of whole
  region trajectories) on the balanced sub-panel of regions observed in every
  year, since trajectories can only be swapped between regions of equal length;
* Firth's penalized logit (``rg.firth_logit``, penalized likelihood-ratio
  p-values), which stays finite under separation;
* leave-one-region-out estimates of the linear probability model
  (``rg.leave_one_out``), drawn as a figure with Central Asia marked.

Seeds are fixed (0), so the p-values are identical on every run.

Data: ``region_year`` panel.
Outputs: ``robustness_pvalues.csv/.md/.tex/.html``,
``leave_one_region_out.png/.pdf/.csv``.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import regionalism as rg
from regionalism.report import Output, save_figure, save_table
from regionalism.study.samples import comparison_sample, region_names

DATASETS = ["states", "region_members", "organizations", "memberships", "security_design", "ucdp_conflicts"]
REFERENCES = ["mayer_seed"]
SEED = 0
N_DRAWS = 999
OUTCOME = "secreg_exists"
YEARS = (1991, 2019)


def _baseline() -> tuple[pd.DataFrame, list[str], str]:
    terms = rg.hypotheses.columns(primary_only=True)  # the sample and terms of analysis 08
    data = comparison_sample(YEARS).dropna(subset=[OUTCOME, *terms])
    return data.reset_index(drop=True), terms, f"{OUTCOME} ~ " + " + ".join(terms)


def balanced(data: pd.DataFrame) -> pd.DataFrame:
    """Regions observed in every year of ``data`` (rows sorted by region and year)."""
    n_years = data["year"].nunique()
    keep = data.groupby("region_id")["year"].transform("nunique") == n_years
    return data[keep].sort_values(["region_id", "year"]).reset_index(drop=True)


def pvalues() -> pd.DataFrame:
    """One row per H1-H4 term with the estimates and p-values of every procedure.

    Returns
    -------
    pandas.DataFrame
        ``hypothesis``, ``term``, ``expected_sign``, ``estimate_lpm``,
        ``p_conventional``, ``p_cr1``, ``p_cr2``, ``p_wild``,
        ``p_perm_balanced``, ``n_regions_balanced``, ``estimate_firth``,
        ``p_firth``.
    """
    data, terms, formula = _baseline()
    tests = rg.test_hypotheses(data, outcome=OUTCOME, model="ols", n_perm=N_DRAWS, n_boot=N_DRAWS, seed=SEED).frame
    tests = tests[tests["spec"] == "baseline"].set_index("term")
    bal = balanced(data)
    firth = rg.firth_logit(formula, data)
    rows = []
    for t in terms:
        perm = rg.permutation_test(formula, bal, term=t, cluster="region_id", time="year", n_perm=N_DRAWS,
                                   seed=SEED)
        rows.append({
            "hypothesis": tests.loc[t, "hypothesis"], "term": t, "expected_sign": tests.loc[t, "expected_sign"],
            "estimate_lpm": tests.loc[t, "estimate"], "p_conventional": tests.loc[t, "p_conventional"],
            "p_cr1": tests.loc[t, "p_cluster"], "p_cr2": tests.loc[t, "p_cr2"], "p_wild": tests.loc[t, "p_wild"],
            "p_perm_balanced": perm.p_value, "n_regions_balanced": bal["region_id"].nunique(),
            "estimate_firth": float(firth.params[t]), "p_firth": float(firth.pvalues[t]),
        })
    return pd.DataFrame(rows)


def leave_one_region_out() -> pd.DataFrame:
    """LPM estimates of H1-H4 leaving out one region at a time (``rg.leave_one_out`` columns + ``region``)."""
    data, terms, formula = _baseline()
    loo = rg.leave_one_out(formula, data, group="region_id", terms=terms, model="ols", cluster="region_id")
    loo.insert(1, "region", loo["group"].map(region_names()))
    return loo.sort_values(["term", "group"]).reset_index(drop=True)


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt
    import numpy as np

    from regionalism.plots import HIGHLIGHT

    pv = pvalues()
    caption = ("p-values of H1-H4 under small-N procedures (linear probability model of security regionalism; "
               "Firth: penalized logit)")
    notes = [f"Wild: restricted wild cluster bootstrap-t, Rademacher, {N_DRAWS} draws; permutation: {N_DRAWS} "
             "swaps of whole region trajectories on the balanced sub-panel; seed 0."]
    files = save_table(pv, out, "robustness_pvalues", caption=caption, notes=notes)

    loo = leave_one_region_out()
    codes = dict(zip(pv["term"], pv["hypothesis"]))
    terms = list(pv["term"])
    fig, axes = plt.subplots(1, len(terms), figsize=(3.2 * len(terms), 5), sharey=True, layout="constrained")
    regions = sorted(loo["region"].dropna().unique())
    ypos = {r: len(regions) - 1 - i for i, r in enumerate(regions)}
    for ax, t in zip(np.atleast_1d(axes), terms):
        sub = loo[loo["term"] == t]
        colors = [HIGHLIGHT if r == "Central Asia" else "#4c72b0" for r in sub["region"]]
        ax.scatter(sub["estimate"], [ypos[r] for r in sub["region"]], c=colors, s=22, zorder=3)
        ax.axvline(sub["estimate_full"].iloc[0], color="black", linewidth=1, label="all regions")
        ax.axvline(0, color="grey", linestyle="--", linewidth=0.8)
        ax.set_title(f"{codes[t]}: {t}", fontsize=9)
        ax.grid(True, axis="x", alpha=0.3)
    first = np.atleast_1d(axes)[0]
    first.set_yticks(list(ypos.values()), list(ypos.keys()), fontsize=8)
    for tick in first.get_yticklabels():
        if tick.get_text() == "Central Asia":
            tick.set_color(HIGHLIGHT)
            tick.set_fontweight("bold")
    first.legend(fontsize=7, loc="lower left")
    fig.suptitle("Leave-one-region-out estimates (linear probability model); y-axis: region left out")
    files += save_figure(fig, out, "leave_one_region_out", data=loo,
                         caption="H1-H4 estimates re-fitted without each region in turn (dots), against the "
                                 "all-region estimate (black line); Central Asia in red.")
    return files
