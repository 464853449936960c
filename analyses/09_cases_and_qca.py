"""Case comparison and fuzzy-set QCA: attribute table, Mill's methods, truth table, solution, XY plot

The regions are compared as cases over 1991-2019 (means from
``rg.cross_section``; regions without V-Dem data for every member drop out).

1. Attribute table (``rg.cases.attribute_table``): each condition is
   dichotomized at a stated threshold (see ``THRESHOLDS``); for Central
   Asia, whether its value is unique, shared or common.
2. Mill's methods (``rg.cases.method_of_agreement`` and
   ``method_of_difference``) for the outcome "security regionalism in at
   least half of the years" (``secreg_exists`` mean >= 0.5).
3. Fuzzy-set QCA (``rg.qca``; Ragin 2008): direct calibration with the
   anchors in ``ANCHORS`` (exclusion, crossover, inclusion) of DEM
   (polyarchy), HEG (leader/runner-up CINC ratio), EXT (external share) and
   CONF (conflicts per year), outcome SECREG (mean depth of exclusive
   security institutions); truth table with consistency cut 0.8 and the
   parsimonious solution; XY plot of the solution against the outcome (as
   ``rg.qca.xy_plot``, drawn with ``regionalism.plots.labelled_scatter``).

Data: ``region_year`` panel.
Outputs: ``attribute_table.csv/...``, ``mill_agreement.csv/...``, ``mill_difference.csv/...``,
``qca_truth_table.csv/...``, ``qca_solution.csv/...``,
``qca_xy_plot.png/.pdf/.csv``.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

import regionalism as rg
from regionalism.report import Output, save_figure, save_table
from regionalism.study.samples import COMPARISON_REGIONS, region_year_panel

DATASETS = ["states", "region_members", "organizations", "memberships", "security_design", "ucdp_conflicts"]
REFERENCES = ["mayer_seed"]
YEARS = (1991, 2019)
FOCAL = "central_asia"
RAW = {"DEM": "polyarchy_mean", "HEG": "leader_ratio_cinc", "EXT": "external_share", "CONF": "conflict_count",
       "SECREG": "secreg_depth"}
#: crisp thresholds for the attribute table and Mill's methods ("high" if >= threshold)
THRESHOLDS = {"DEM": 0.5, "HEG": 2.0, "EXT": 0.75, "CONF": 1.0}
#: fuzzy anchors (exclusion, crossover, inclusion)
ANCHORS = {"DEM": (0.2, 0.45, 0.8), "HEG": (1.1, 2.0, 5.0), "EXT": (0.1, 0.5, 0.95), "CONF": (0.1, 1.0, 4.0),
           "SECREG": (0.05, 0.3, 0.6)}
INCL_CUT = 0.8


def cases() -> pd.DataFrame:
    """Cross-section of the comparison regions with complete data.

    Returns
    -------
    pandas.DataFrame
        Index ``region_id``; columns DEM, HEG, EXT, CONF, SECREG (raw means)
        and ``SECREG_YEARS`` (share of years with security regionalism) and
        ``OUT`` (1 if that share >= 0.5).
    """
    cs = rg.cross_section(region_year_panel(), years=YEARS, how="mean")
    cs = cs.loc[[r for r in COMPARISON_REGIONS if r in cs.index]]
    df = pd.DataFrame({k: cs[v].astype(float) for k, v in RAW.items()})
    df["SECREG_YEARS"] = cs["secreg_exists"].astype(float)
    df = df.dropna()
    df["OUT"] = (df["SECREG_YEARS"] >= 0.5).astype(int)
    df.index.name = "region_id"
    return df


def fuzzy_sets(df: pd.DataFrame) -> pd.DataFrame:
    """Calibrated memberships (``rg.qca.from_panel``) of the conditions and SECREG."""
    conds = ["DEM", "HEG", "EXT", "CONF"]
    calib = {k: {"type": "fuzzy", "thresholds": list(ANCHORS[k])} for k in [*conds, "SECREG"]}
    return rg.qca.from_panel(df.reset_index(), outcome="SECREG", conditions=conds, calibration=calib)


def run(out: Path) -> list[Output]:
    from regionalism.plots import labelled_scatter

    df = cases()
    conds = list(THRESHOLDS)
    files: list[Output] = []
    at = rg.cases.attribute_table(df[conds], thresholds=THRESHOLDS, focal=FOCAL)
    table = at.values.reset_index().merge(df[["OUT"]].reset_index(), on="region_id")
    table["OUT"] = table["OUT"].astype(str)
    focal = at.focal.set_index("attribute")["status"]
    table.loc[len(table)] = ["Central Asia is:", *[focal[c] for c in conds], ""]
    files += save_table(table, out, "attribute_table",
                        caption=f"Attribute table, {YEARS[0]}-{YEARS[1]} means dichotomized at "
                                + ", ".join(f"{k} >= {v:g}" for k, v in THRESHOLDS.items())
                                + "; OUT = security regionalism in at least half of the years")

    agree = rg.cases.method_of_agreement(df[[*conds, "OUT"]], outcome="OUT", thresholds=THRESHOLDS)
    differ = rg.cases.method_of_difference(df[[*conds, "OUT"]], outcome="OUT", thresholds=THRESHOLDS)
    agree = agree[["attribute", "survives", "value", "dissenting", "explanation"]]
    files += save_table(agree, out, "mill_agreement",
                        caption="Mill's method of agreement among the regions with OUT = 1")
    differ = differ[differ["n_differences"] <= 1][["positive", "negative", "n_differences", "differences",
                                                   "decisive", "explanation"]].reset_index(drop=True)
    files += save_table(differ, out, "mill_difference",
                        caption="Mill's method of difference: pairs (OUT = 1 vs OUT = 0) differing on at most "
                                "one condition")
    sets = fuzzy_sets(df)
    tt = rg.qca.truth_table(sets, outcome="SECREG", conditions=conds, incl_cut=INCL_CUT)
    ttf = tt.table.reset_index().rename(columns={"index": "row"})
    files += save_table(ttf, out, "qca_truth_table",
                        caption=f"Truth table (fuzzy sets, consistency cut {INCL_CUT})")
    sol = rg.qca.minimize(tt, include="?")
    fit = sol.tidy()
    fit.insert(0, "solution", fit["model"].map({f"M{i + 1}": e for i, e in enumerate(sol.solutions)}))
    files += save_table(fit, out, "qca_solution",
                        caption="Parsimonious solution for SECREG: " + "; ".join(sol.solutions))

    terms = sol.models[0] if sol.models else []
    from regionalism.qca.expressions import expression_membership, parse_expression

    if terms:
        implicants = parse_expression(" + ".join(terms), conds, [2] * len(conds))
        member = expression_membership(implicants, sets[conds].to_numpy(float), [2] * len(conds))
    else:
        member = np.zeros(len(sets))
    xy = sets.assign(SOLUTION=member)
    ax = labelled_scatter(xy.reset_index(), x="SOLUTION", y="SECREG", label="region_id", highlight=[FOCAL])
    ax.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1)
    ax.set_xlim(-0.03, 1.03)
    ax.set_ylim(-0.03, 1.03)
    ax.set_aspect("equal")
    ax.set_xlabel(f"membership in the solution ({' + '.join(terms) or 'none'})")
    ax.set_ylabel("membership in SECREG (security regionalism)")
    ax.set_title("Sufficiency XY plot" + (" (model M1)" if len(sol.models) > 1 else ""))
    files += save_figure(ax.figure, out, "qca_xy_plot", data=xy.reset_index(),
                         caption="Membership in the (first) parsimonious solution against membership in the outcome; "
                                 "cases above the diagonal are consistent with sufficiency.")
    return files
