"""Main regression table for H1-H4 and its coefficient plot

Tests the four hypotheses of the package's hypothesis bundle (``rg.hypotheses``,
after the seed article, Mayer, sec. 3) on the region-year panel of the
comparison regions, 1991-2019 (the post-Cold War period of Central Asian
independence; 2019 is the last year with GDP data in the panel): H1 autocratic
hesitance (``polyarchy_mean``, +), H2 external provision (``external_reliance``,
the share of states relying on an outside provider, -), H3 hegemonic stability
(``leader_ratio_cinc``, +), H4 functional demand (``conflict_per_state``, +). Models: (1) logit of ``secreg_exists`` and (2) the
linear probability model of it, (3) OLS of ``secreg_degree`` (the degree of
security regionalism: depth of an exclusive institution times the share of
the region's states in it), (4) logit with year fixed effects; standard errors
clustered by region (CR1; CR2 for the OLS models). The comparison regions are
the m49 partition (20 regions, no state in two); under the regime coverage
rule (coded members holding 80% of the population) every region has a regime
mean. The coefficient plot shows the estimates of models (1) and (3)
per standard deviation of each predictor (predictors z-scored within the
estimation sample) with 95% cluster-robust intervals.

With about 20 regions, cluster-robust p-values are unreliable; see analysis
10 for permutation, wild bootstrap, CR2, Firth and leave-one-region-out
checks.

Data: ``region_year`` panel.
Outputs: ``regression_h1_h4.csv/.md/.tex/.html`` (CSV: tidy coefficients of
all models), ``coefficients_h1_h4.png/.pdf/.csv``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pandas as pd

import regionalism as rg
from regionalism.report import Output, save_figure, save_table
from regionalism.study.samples import comparison_sample

DATASETS = ["states", "region_members", "organizations", "memberships", "security_design", "ucdp_conflicts"]
REFERENCES = ["mayer_seed"]
YEARS = (1991, 2019)


def sample(years: tuple[int, int] = YEARS) -> pd.DataFrame:
    """Region-years of the comparison regions in ``years`` (all panel columns; ``rg.study.samples``)."""
    return comparison_sample(years)


def terms() -> list[str]:
    """The primary operationalization of H1-H4, in bundle order."""
    return rg.hypotheses.columns(primary_only=True)


def models(data: pd.DataFrame | None = None, *, standardize: bool = False,
           only: Sequence[str] | None = None) -> dict[str, rg.ModelResult]:
    """Fit the four specifications (see module docstring), or those named in ``only``.

    With ``standardize=True`` the predictors are z-scored over the rows with
    both outcomes and all predictors observed.
    """
    data = sample() if data is None else data
    rhs = terms()
    if standardize:
        used = data.dropna(subset=["secreg_exists", "secreg_degree", *rhs])
        data = data.copy()
        for t in rhs:
            data[t] = (data[t] - used[t].mean()) / used[t].std(ddof=1)
    f = " + ".join(rhs)
    specs = {
        "(1) logit exists": lambda: rg.fit(f"secreg_exists ~ {f}", data, model="logit", cluster="region_id"),
        "(2) LPM exists": lambda: rg.fit(f"secreg_exists ~ {f}", data, model="ols", cluster="region_id",
                                         cov="cr2"),
        "(3) OLS degree": lambda: rg.fit(f"secreg_degree ~ {f}", data, model="ols", cluster="region_id",
                                         cov="cr2"),
        "(4) logit exists, year FE": lambda: rg.fit(f"secreg_exists ~ {f}", data, model="logit",
                                                    cluster="region_id", fe="year"),
    }
    unknown = set(only or ()) - set(specs)
    if unknown:
        raise KeyError(f"unknown model(s) {sorted(unknown)}; available: {list(specs)}")
    return {name: make() for name, make in specs.items() if only is None or name in only}


def tidy(results: dict[str, rg.ModelResult]) -> pd.DataFrame:
    """Stack ``tidy()`` of each model with ``model``, ``nobs`` and ``n_clusters`` columns."""
    parts = [r.tidy().assign(model=name, nobs=r.nobs, n_clusters=r.n_clusters) for name, r in results.items()]
    out = pd.concat(parts, ignore_index=True)
    return out[["model", "term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high",
                "nobs", "n_clusters"]]


def run(out: Path) -> list[Output]:
    from regionalism.plots import coefficient_plot

    data = sample()
    res = models(data)
    caption = (f"Security regionalism and H1-H4, comparison regions {YEARS[0]}-{YEARS[1]} "
               "(region-year; standard errors clustered by region)")
    table = rg.compare(list(res.values()), names=list(res), title=caption)
    files = save_table(tidy(res), out, "regression_h1_h4", caption=caption, rendered=table)

    std = tidy(models(data, standardize=True, only=["(1) logit exists", "(3) OLS degree"]))
    std = std[std["term"].isin(terms())]
    labels = {h.primary.column: f"{h.code} {h.primary.label} ({h.primary.sign})" for h in rg.hypotheses}
    std = std.assign(label=std["term"].map(labels)).reset_index(drop=True)
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 3.8), sharey=True, layout="constrained")
    for ax, (name, scale) in zip(axes, (("(1) logit exists", "log-odds"), ("(3) OLS degree", "degree (0-1)"))):
        coefficient_plot(std[std["model"] == name], estimate="estimate", lower="conf_low", upper="conf_high",
                         label="label", ax=ax, xlabel=f"change in {scale} per SD (95% CI)", title=name)
    fig.suptitle("H1-H4 (expected sign in brackets); intervals cluster-robust by region")
    files += save_figure(fig, out, "coefficients_h1_h4", data=std,
                         caption="Standardized coefficients of H1-H4 with 95% cluster-robust intervals: "
                                 "logit of existence and OLS of depth.")
    return files
