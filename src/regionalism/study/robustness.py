"""The article's standard multiverse for hegemonic stability (H3) and autocratic
hesitance (H1)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from regionalism.spec_curve import estimation
from regionalism.spec_curve.bundle import HypothesisBundle
from regionalism.spec_curve.result import MultiverseResult
from regionalism.spec_curve.specs import specifications
from regionalism.study.explanations import hypotheses

__all__ = ["multiverse", "article_specifications", "article_multiverse", "ARTICLE_CHOICES"]

#: The choices of the article's multiverse (see :func:`article_multiverse`).
ARTICLE_CHOICES: dict[str, Any] = {
    "outcome": ["secreg_exists", "secreg_degree"],
    "regime": ["polyarchy_mean", "polyarchy_min", "autocracy_share"],
    "leadership": ["leader_share_cinc", "hhi_cinc", "leader_share_gdp"],
    "external": ["external_reliance", "major_power_inside"],
    "demand": ["conflict_count", "conflict_any"],
    "model": ["ols", "logit"],
    "cov": ["cluster", "cr2"],
    "cases": ["all", "no_continents", "drop_europe"],
    "years": [(1946, 2019), (1991, 2019)],
}


def multiverse(panel: pd.DataFrame, *, bundle: HypothesisBundle | None = None,
               **options: Any) -> MultiverseResult:
    """``rg.multiverse``: the specification-curve engine with the article's hypotheses as default bundle.

    Parameters
    ----------
    panel : pandas.DataFrame
        Region-year panel.
    bundle : HypothesisBundle, optional
        Default :data:`regionalism.study.hypotheses` (H1-H4 of Mayer 2021):
        its primary operationalizations are the ``"primary"`` choices and its
        signs the expected signs.
    **options
        Every option of :func:`regionalism.spec_curve.multiverse`.

    Returns
    -------
    MultiverseResult

    Examples
    --------
    >>> from regionalism.study import synthetic_panel
    >>> from regionalism.study.robustness import multiverse
    >>> mv = multiverse(synthetic_panel(n_regions=12, n_years=8, seed=1), progress=False)
    >>> mv.results["term"].tolist()
    ['polyarchy_mean', 'external_reliance', 'leader_ratio_cinc', 'conflict_per_state']
    """
    return estimation.multiverse(panel, bundle=hypotheses if bundle is None else bundle, **options)


def article_specifications() -> pd.DataFrame:
    """The specifications of :func:`article_multiverse` (without fitting).

    Returns
    -------
    pandas.DataFrame
        ``spec_id`` and one column per dimension; 1,080 specifications.

    Examples
    --------
    >>> specs = article_specifications()
    >>> len(specs), sorted(specs["model"].unique())
    (1080, ['logit', 'ols'])
    """
    grid = specifications(**ARTICLE_CHOICES, bundle=hypotheses)
    choices = grid.attrs["choices"]
    keep = ~(((grid["model"] == "logit") & (grid["outcome"] != "secreg_exists"))
             | ((grid["model"] == "logit") & (grid["cov"] == "cr2")))
    out = grid[keep].reset_index(drop=True)
    out["spec_id"] = range(len(out))
    out.attrs["choices"] = choices
    return out


def article_multiverse(panel: pd.DataFrame, *, spec_ids: Sequence[int] | None = None,
                       backend: str = "serial", n_jobs: int = 2, scheduler: Any = None,
                       seed: int = 0, progress: bool = True) -> MultiverseResult:
    """The standard multiverse for hegemonic stability (H3) and autocratic hesitance (H1).

    One call fits 1,080 specifications on the region-year panel and reports
    the regime (H1) and leadership (H3) coefficients; external provision (H2)
    and functional demand (H4) enter every specification as covariates whose
    operationalization is itself a choice.

    Parameters
    ----------
    panel : pandas.DataFrame
        The region-year panel, ``regionalism.region_year()``.
    spec_ids : sequence of int, optional
        Fit only these specifications of :func:`article_specifications`
        (for quick checks); default all.
    backend, n_jobs, scheduler, seed, progress
        As in :func:`regionalism.spec_curve.multiverse`.

    Returns
    -------
    MultiverseResult
        Focal terms ``regime`` and ``leadership``; ``.plot()`` draws both curves.

    Notes
    -----
    The choices (:data:`ARTICLE_CHOICES`):

    - outcome: any security institution (``secreg_exists``) or its depth
      index (``secreg_depth``, 0-1);
    - regime (H1): mean and minimum V-Dem polyarchy, share of autocracies
      (expected sign negative);
    - leadership (H3): leader's CINC share, CINC concentration (HHI),
      leader's GDP share. The CINC ratio leader/runner-up (the bundle's
      primary) is left out: its right tail (up to ~1,200) makes linear
      coefficients depend on a handful of region-years;
    - external (H2): share of states with an outside provider, major power
      inside the region; demand (H4): number of conflicts, any conflict;
    - model and covariance: linear (probability) model with CR1 or CR2
      cluster-robust errors; logit with CR1 for ``secreg_exists`` only (logit
      on the 0-1 depth index and CR2 for logit are not fitted);
    - cases: all regions, without the continent-level regions (the
      sub-regions do not overlap each other as much), without the European
      regions;
    - years: 1946-2019 and the post-Cold War 1991-2019.

    Hypothesis columns are standardized (``standardize=True``), so every
    estimate is the change per standard deviation of the measure (for the
    linear models, in probability or depth units; for logit, in log-odds).
    Standard errors are clustered by region throughout.

    Examples
    --------
    >>> import regionalism as rg
    >>> from regionalism.study import article_multiverse
    >>> mv = article_multiverse(rg.region_year(), progress=False)  # doctest: +SKIP
    >>> fig = mv.plot()  # doctest: +SKIP
    """
    specs = article_specifications()
    if spec_ids is not None:
        unknown = sorted(set(spec_ids) - set(specs["spec_id"]))
        if unknown:
            raise ValueError(f"spec_ids {unknown[:5]} are not article specifications "
                             f"(0..{len(specs) - 1})")
        specs = specs[specs["spec_id"].isin(spec_ids)]
    return multiverse(panel, specs=specs, focal=["regime", "leadership"],
                      standardize=True, backend=backend, n_jobs=n_jobs, scheduler=scheduler,
                      seed=seed, progress=progress, **ARTICLE_CHOICES)
