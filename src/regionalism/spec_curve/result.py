"""``MultiverseResult``: the specification-curve table with its summaries, joint
permutation test, variance decomposition and plot."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from regionalism.spec_curve.permutation import null_curve
from regionalism.spec_curve.plotting import specification_curve
from regionalism.spec_curve.specs import DIMENSIONS, HYPOTHESIS_DIMENSIONS

__all__ = ["MultiverseResult", "RESULT_COLUMNS"]

RESULT_COLUMNS = ("spec_id", *DIMENSIONS, "focal", "hypothesis", "term", "expected_sign",
                  "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high", "n",
                  "n_clusters", "converged", "error", "warning", "sign_matches", "significant",
                  "supports")


@dataclass
class MultiverseResult:
    """Result of :func:`regionalism.spec_curve.multiverse`.

    Attributes
    ----------
    results : pandas.DataFrame
        One row per specification and focal term (see
        :func:`~regionalism.spec_curve.multiverse` for the columns).
    specs : pandas.DataFrame
        The specifications fitted (``spec_id`` and one column per dimension).
    skipped : pandas.DataFrame
        Invalid combinations that were not fitted, with ``reason``.
    data : pandas.DataFrame
        The panel as fitted (standardized if requested; used columns only).
    ctx : Context
        Resolved choices and settings (case sets, year windows, controls...).
    seed : int
        Base seed for the permutation test.
    standardize : bool
        Whether hypothesis columns were z-scored before fitting.

    Examples
    --------
    >>> import regionalism as rg
    >>> from regionalism.spec_curve import multiverse
    >>> panel = rg.study.synthetic_panel(n_regions=20, n_years=10, seed=3)
    >>> mv = multiverse(panel, outcome="secreg_depth", regime=["polyarchy_mean", "autocracy_share"],
    ...                 focal=["H1"], bundle=rg.study.hypotheses, progress=False)
    >>> len(mv.specs), mv.focal_terms
    (2, ['regime'])
    """

    results: pd.DataFrame
    specs: pd.DataFrame
    skipped: pd.DataFrame
    data: pd.DataFrame = field(repr=False)
    ctx: Any = field(repr=False)
    seed: int = 0
    standardize: bool = False

    # ------------------------------------------------------------------ basics
    @property
    def focal_terms(self) -> list[str]:
        """Focal dimensions present in the results, in order."""
        return [f for f in pd.unique(self.results["focal"]) if f is not None and f == f]

    @property
    def failed(self) -> pd.DataFrame:
        """Rows of specifications that failed or did not converge."""
        return self.results[~self.results["converged"]]

    def dimensions(self, focal: str | None = None) -> list[str]:
        """Choice dimensions with more than one option (among ``focal``'s rows)."""
        rows = self._rows(focal) if focal is not None else self.results
        return [d for d in DIMENSIONS if rows[d].astype(str).nunique() > 1]

    def _rows(self, focal: str) -> pd.DataFrame:
        dim = {v: k for k, v in HYPOTHESIS_DIMENSIONS.items()}.get(focal, focal)
        if dim not in self.focal_terms:
            raise KeyError(f"no focal term {focal!r}; available: {self.focal_terms}")
        return self.results[self.results["focal"] == dim]

    def __repr__(self) -> str:
        n_fail = int((~self.results["converged"]).sum())
        return (f"<MultiverseResult {len(self.specs)} specifications, focal terms "
                f"{self.focal_terms}, {n_fail} failed row(s), {len(self.skipped)} skipped>")

    # ------------------------------------------------------------------ inference
    def permutation_test(self, focal: str, *, n_perm: int = 500, seed: int | None = None,
                         backend: str = "serial", n_jobs: int = 2, scheduler: Any = None,
                         progress: bool = True) -> Any:
        """Joint permutation test of one focal term's curve (linear specifications).

        Parameters
        ----------
        focal : str
            Focal dimension (``"regime"``) or hypothesis code (``"H1"``).
        n_perm : int
            Number of shuffles (Simonsohn et al. use 500).
        seed : int, optional
            Default: the multiverse's ``seed``.
        backend : {"serial", "dask"}
            Evaluate the blocks of draws here or as Dask tasks (same result).
        n_jobs : int
            Workers of the local Dask cluster started when ``scheduler`` is None.
        scheduler : str or distributed.Client, optional
            Dask scheduler address or client, as in :func:`multiverse`.
        progress : bool
            Print a progress bar (draws done) on stderr.

        Returns
        -------
        CurveNull
            Observed and null aligned coefficients and t statistics;
            ``.statistics()`` gives the p-values.

        Notes
        -----
        See :mod:`regionalism.spec_curve.permutation` for the shuffle (region
        trajectories swapped between regions of equal time coverage, common to all
        specifications of a draw) and for why significance is judged with CR1 t-statistics.
        """
        dim = self._rows(focal)["focal"].iloc[0]
        return null_curve(self.results, self.data, self.ctx, focal=dim, n_perm=n_perm,
                          seed=self.seed if seed is None else seed, backend=backend,
                          n_jobs=n_jobs, scheduler=scheduler, progress=progress)

    def summary(self, *, n_perm: int = 500, seed: int | None = None, backend: str = "serial",
                n_jobs: int = 2, scheduler: Any = None, progress: bool = True) -> pd.DataFrame:
        """Per focal term: how much of the curve supports the hypothesis.

        Parameters
        ----------
        n_perm : int
            Draws of the joint permutation test; ``0`` skips it.
        seed : int, optional
            Default: the multiverse's ``seed``.
        backend, n_jobs, scheduler, progress
            Where the permutation draws run and whether a progress bar is
            printed: see :meth:`permutation_test`.

        Returns
        -------
        pandas.DataFrame
            One row per focal term: ``focal``, ``hypothesis``, ``n_specs``,
            ``n_failed``, ``share_sign_matches`` (of fitted specifications),
            ``share_supporting`` (significant at ``alpha`` in the predicted
            direction, each specification with its own covariance),
            ``share_opposite`` (significant against it), ``median_estimate``,
            ``median_aligned_estimate`` (estimate times expected sign),
            ``median_aligned_t``; from the joint permutation test on the
            linear specifications: ``perm_n_specs``, ``perm_median_estimate``
            and ``p_perm_median`` (aligned median estimate), ``perm_share_supporting``
            and ``p_perm_share`` (CR1 significance), ``perm_median_t`` and
            ``p_perm_median_t``, ``n_perm``, and ``note``.

        Notes
        -----
        Raw medians mix operationalizations (and logit with linear
        coefficients) on different scales; use ``standardize=True`` in
        :func:`multiverse`, or the scale-free ``median_aligned_t``.
        Permutation p-values are one-sided (in the predicted direction).
        """
        rows = []
        alpha = self.ctx.alpha
        for dim in self.focal_terms:
            r = self.results[self.results["focal"] == dim]
            ok = r[r["converged"] & r["estimate"].notna()]
            sign = ok["expected_sign"].to_numpy(dtype=float)
            known = sign != 0
            aligned = ok["estimate"].to_numpy(dtype=float) * sign
            aligned_t = ok["statistic"].to_numpy(dtype=float) * sign
            sig = ok["p_value"].to_numpy(dtype=float) < alpha
            row: dict[str, Any] = {
                "focal": dim, "hypothesis": HYPOTHESIS_DIMENSIONS[dim], "n_specs": len(r),
                "n_failed": int(len(r) - len(ok)),
                "share_sign_matches": float(np.mean(aligned[known] > 0)) if known.any() else np.nan,
                "share_supporting": float(np.mean(sig[known] & (aligned[known] > 0)))
                if known.any() else np.nan,
                "share_opposite": float(np.mean(sig[known] & (aligned[known] < 0)))
                if known.any() else np.nan,
                "median_estimate": float(np.median(ok["estimate"])) if len(ok) else np.nan,
                "median_aligned_estimate": float(np.median(aligned[known])) if known.any()
                else np.nan,
                "median_aligned_t": float(np.median(aligned_t[known])) if known.any() else np.nan,
            }
            notes = []
            if ok["term"].nunique() > 1 and not self.standardize:
                notes.append("raw medians mix operationalizations on different scales")
            if n_perm > 0:
                nul = self.permutation_test(dim, n_perm=n_perm, seed=seed, backend=backend,
                                            n_jobs=n_jobs, scheduler=scheduler, progress=progress)
                if len(nul.spec_ids):
                    st = nul.statistics()
                    row.update({"perm_n_specs": st["n_specs"],
                                "perm_median_estimate": st["median_estimate"],
                                "p_perm_median": st["p_median_estimate"],
                                "perm_share_supporting": st["share_supporting"],
                                "p_perm_share": st["p_share_supporting"],
                                "perm_median_t": st["median_t"],
                                "p_perm_median_t": st["p_median_t"], "n_perm": n_perm})
                    cr2 = r[r["spec_id"].isin(nul.spec_ids) & (r["cov"] == "cr2")]
                    if len(cr2):
                        notes.append("permutation test judges significance with CR1 t "
                                     f"(also for {len(cr2)} CR2 specification(s))")
                else:
                    notes.append("no linear specification for the permutation test")
                if nul.excluded:
                    reasons = pd.Series(list(nul.excluded.values())).value_counts()
                    notes.append("left out of the permutation test: " + ", ".join(
                        f"{n} x {why}" for why, n in reasons.items()))
            row["note"] = "; ".join(notes)
            rows.append(row)
        cols = ["focal", "hypothesis", "n_specs", "n_failed", "share_sign_matches",
                "share_supporting", "share_opposite", "median_estimate",
                "median_aligned_estimate", "median_aligned_t", "perm_n_specs",
                "perm_median_estimate", "p_perm_median", "perm_share_supporting",
                "p_perm_share", "perm_median_t", "p_perm_median_t", "n_perm", "note"]
        out = pd.DataFrame(rows)
        return out.reindex(columns=[c for c in cols if c in out.columns or c == "note"])

    def variance_decomposition(self, *, value: str = "estimate",
                               aligned: bool = True) -> pd.DataFrame:
        """Which choice dimension moves the estimates most.

        Parameters
        ----------
        value : str
            Column to decompose: ``"estimate"`` or ``"statistic"`` (t, scale-free).
        aligned : bool
            Multiply ``value`` by the expected sign first, so that swapping
            measures with opposite predicted signs (polyarchy vs share of
            autocracies) does not count as variation.

        Returns
        -------
        pandas.DataFrame
            One row per focal term and dimension with more than one option:
            ``focal``, ``dimension``, ``n_levels``, ``eta_squared`` (one-way
            ANOVA R^2 of ``value`` on the dimension's options), ``unique_r2``
            (drop in R^2 of the regression of ``value`` on dummies of all
            dimensions when this dimension's dummies are removed),
            ``total_r2`` (R^2 with all dimensions).

        Notes
        -----
        Fitted specifications only. With operationalizations on different
        scales the operationalization dimension dominates raw estimates;
        decompose ``"statistic"`` or standardize.
        """
        if value not in ("estimate", "statistic"):
            raise ValueError(f"value={value!r}; expected 'estimate' or 'statistic'")
        out = []
        for dim in self.focal_terms:
            r = self.results[(self.results["focal"] == dim) & self.results["converged"]]
            r = r[np.isfinite(r[value].to_numpy(dtype=float))]
            y = r[value].to_numpy(dtype=float)
            if aligned:
                sign = r["expected_sign"].to_numpy(dtype=float)
                y = y * np.where(sign == 0, 1.0, sign)
            dims = [d for d in DIMENSIONS if r[d].astype(str).nunique() > 1]
            if len(y) < 2 or not dims:
                continue
            dummies = {d: pd.get_dummies(r[d].astype(str), prefix=d, drop_first=True,
                                         dtype=float).to_numpy() for d in dims}
            total = _r2(y, np.column_stack(list(dummies.values())))
            for d in dims:
                rest = [dummies[o] for o in dims if o != d]
                r2_rest = _r2(y, np.column_stack(rest)) if rest else 0.0
                out.append({"focal": dim, "dimension": d, "n_levels": r[d].astype(str).nunique(),
                            "eta_squared": _r2(y, dummies[d]),
                            "unique_r2": max(0.0, total - r2_rest), "total_r2": total})
        return pd.DataFrame(out, columns=["focal", "dimension", "n_levels", "eta_squared",
                                          "unique_r2", "total_r2"])

    # ------------------------------------------------------------------ plot
    def plot(self, focal: str | Sequence[str] | None = None, *,
             dimensions: Sequence[str] | None = None, figsize: tuple[float, float] | None = None,
             aligned: bool = False) -> Any:
        """Draw the specification curve with its indicator panel.

        Parameters
        ----------
        focal : str or list of str, optional
            Focal terms to draw (one column of panels each); default all.
        dimensions : list of str, optional
            Dimensions shown in the indicator panel; default those with more
            than one option.
        figsize : tuple, optional
            Figure size in inches.
        aligned : bool
            Plot estimate times expected sign (positive = as predicted), for
            curves mixing measures with opposite expected signs (e.g.
            polyarchy and share of autocracies).

        Returns
        -------
        matplotlib.figure.Figure
            Top: estimates sorted from smallest to largest with their
            confidence intervals, coloured by support (significant in the
            predicted direction: blue; against it: red; not significant:
            grey); failed specifications are not drawn (counted in the
            title). Bottom: which option of each dimension each
            specification uses.
        """
        focal_list = (self.focal_terms if focal is None
                      else [focal] if isinstance(focal, str) else list(focal))
        frames = {str(self._rows(f)["focal"].iloc[0]): self._rows(f) for f in focal_list}
        return specification_curve(frames, dimensions=dimensions, figsize=figsize,
                                   alpha=self.ctx.alpha, standardized=self.standardize,
                                   aligned=aligned)


def _r2(y: np.ndarray, X: np.ndarray) -> float:
    Z = np.column_stack([np.ones(len(y)), X])
    beta, *_ = np.linalg.lstsq(Z, y, rcond=None)
    resid = y - Z @ beta
    tss = float(np.sum((y - y.mean()) ** 2))
    return float(min(1.0, max(0.0, 1 - resid @ resid / tss))) if tss > 0 else 0.0
