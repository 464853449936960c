"""Batched OLS for the multiverse: many linear specifications estimated with array operations.

Specifications are grouped by their estimation sample (case set, years and
listwise deletion over the columns they use) and outcome; within a group the
design matrices of all specifications with the same number of columns are
stacked into one ``(S, n, k)`` array and the coefficients, residuals and the
covariance (classical, HC1, CR1 or CR2 with Satterthwaite df) of all of them
are computed together. The formulas are those of :func:`regionalism.models.fit`
(statsmodels' OLS with ``use_t=True``; CR2 as
:func:`regionalism.models.covariance.vcov_cr2`), so the rows equal the rows of
one ``fit`` per specification to about 1e-10 (tested). Specifications that
cannot be batched (other models, controls that are formula expressions,
non-numeric columns, rank-deficient designs) are left to the caller, who fits
them one by one.
"""
from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from regionalism._shared.units import warn_overlapping_units
from regionalism.models.covariance import cluster_codes
from regionalism.models.design import warn_few_clusters
from regionalism.spec_curve.context import Columns, Context, spec_terms, warning_text
from regionalism.spec_curve.specs import DIMENSIONS, HYPOTHESIS_DIMENSIONS, is_missing

__all__ = ["BATCH_MODELS", "BATCH_COVS", "split_batchable", "fit_batched"]

#: Models the batched path estimates (``"lpm"`` is OLS labelled as linear probability model).
BATCH_MODELS = ("ols", "lpm")
#: Covariances the batched path computes.
BATCH_COVS = ("nonrobust", "hc1", "cluster", "cr2")
_RANK_TOL = 1e-10


def _needed(record: dict[str, Any], ctx: Context) -> list[str]:
    return list(dict.fromkeys([record["outcome"], *spec_terms(record),
                               *ctx.choices.control_sets[record["controls"]]]))


def split_batchable(records: Sequence[dict[str, Any]], data: pd.DataFrame,
                    ctx: Context) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split specification records into those the batched path can fit and the rest.

    Parameters
    ----------
    records : sequence of dict
        Specification records (as built by :func:`regionalism.multiverse.multiverse`).
    data : pandas.DataFrame
        The panel.
    ctx : Context
        Fitting context.

    Returns
    -------
    batchable, other : list of dict
        A record is batchable when its model is OLS/LPM, its covariance one of
        :data:`BATCH_COVS`, and every column it uses (outcome, terms, controls)
        is a numeric column of ``data``.
    """
    numeric = {c for c in data.columns if pd.api.types.is_numeric_dtype(data[c])
               and not pd.api.types.is_bool_dtype(data[c])}
    ok, rest = [], []
    verdict: dict[tuple[Any, ...], bool] = {}  # specifications repeat a few column sets many times
    for rec in records:
        key = (rec["model"], rec["cov"], rec["outcome"], rec["controls"],
               *(rec[d] for d in HYPOTHESIS_DIMENSIONS))
        good = verdict.get(key)
        if good is None:
            good = verdict[key] = (rec["model"] in BATCH_MODELS and rec["cov"] in BATCH_COVS
                                   and ctx.cluster in data.columns
                                   and all(c in numeric for c in _needed(rec, ctx)))
        (ok if good else rest).append(rec)
    return ok, rest


def _onehot(codes: np.ndarray, n_clusters: int) -> np.ndarray:
    out = np.zeros((len(codes), n_clusters))
    out[np.arange(len(codes)), codes] = 1.0
    return out


def _cr2(X: np.ndarray, e: np.ndarray, M: np.ndarray, codes: np.ndarray,
         n_clusters: int) -> tuple[np.ndarray, np.ndarray]:
    """CR2 covariance and Satterthwaite df for a stack of OLS fits (same formulas as vcov_cr2)."""
    S, _, k = X.shape
    meat_vecs = np.empty((S, n_clusters, k))
    Q = np.empty((S, n_clusters, k, k))
    pp = np.empty((S, n_clusters, k))
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(n_clusters + 1))
    for g in range(n_clusters):
        idx = order[bounds[g]:bounds[g + 1]]
        Xg = X[:, idx, :]  # (S, n_g, k)
        H = np.einsum("sik,skl,sjl->sij", Xg, M, Xg)
        vals, vecs = np.linalg.eigh(np.eye(len(idx))[None] - H)
        top = np.maximum(1.0, vals.max(axis=1, initial=0.0))
        keep = vals > 1e-10 * top[:, None]
        inv = np.where(keep, 1.0 / np.sqrt(np.where(keep, vals, 1.0)), 0.0)
        A = np.einsum("sij,sj,skj->sik", vecs, inv, vecs)
        meat_vecs[:, g] = np.einsum("sik,sij,sj->sk", Xg, A, e[:, idx])
        P = np.einsum("sij,sjk,skl->sil", A, Xg, M)  # (S, n_g, k)
        pp[:, g] = np.einsum("sij,sij->sj", P, P)
        Q[:, g] = np.einsum("sik,sil->skl", Xg, P)
    V = M @ np.einsum("sgk,sgl->skl", meat_vecs, meat_vecs) @ M
    df = np.empty((S, k))
    for j in range(k):
        Qj = Q[:, :, :, j]  # (S, G, k)
        omega = -np.einsum("sgk,skl,shl->sgh", Qj, M, Qj)
        omega[:, np.arange(n_clusters), np.arange(n_clusters)] += pp[:, :, j]
        denom = np.einsum("sgh,sgh->s", omega, omega)
        tr = np.trace(omega, axis1=1, axis2=2)
        with np.errstate(divide="ignore", invalid="ignore"):
            df[:, j] = np.where(denom > 0, tr**2 / denom, np.nan)
    return V, df


def _estimate(y: np.ndarray, X: np.ndarray, cov: str, codes: np.ndarray,
              n_clusters: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Coefficients, variances, inference df and a full-rank flag for a stack of designs."""
    S, n, k = X.shape
    Xt = X.transpose(0, 2, 1)
    XtX = Xt @ X
    sv = np.linalg.svd(XtX, compute_uv=False)
    full_rank = sv[:, -1] > _RANK_TOL * np.maximum(sv[:, 0], 1.0)
    XtX[~full_rank] = np.eye(k)  # placeholders; those fits are redone one by one
    M = np.linalg.inv(XtX)
    beta = (M @ (Xt @ y)[:, :, None])[:, :, 0]  # (S, k)
    e = y[None, :] - (X @ beta[:, :, None])[:, :, 0]
    if cov == "nonrobust":
        s2 = (e * e).sum(axis=1) / (n - k)
        V = s2[:, None, None] * M
        df = np.full((S, k), float(n - k))
    elif cov == "hc1":
        meat = Xt @ (X * (e * e)[:, :, None])
        V = n / (n - k) * (M @ meat @ M)
        df = np.full((S, k), float(n - k))
    elif cov == "cluster":
        scores = _onehot(codes, n_clusters).T @ (X * e[:, :, None])  # (S, G, k)
        meat = scores.transpose(0, 2, 1) @ scores
        factor = n_clusters / (n_clusters - 1) * (n - 1) / (n - k)
        V = factor * (M @ meat @ M)
        df = np.full((S, k), float(n_clusters - 1))
    else:  # cr2
        V, df = _cr2(X, e, M, codes, n_clusters)
    var = np.einsum("skk->sk", V)
    return beta, var, df, full_rank


def fit_batched(records: Sequence[dict[str, Any]], data: pd.DataFrame, ctx: Context
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Fit batchable specifications together.

    Parameters
    ----------
    records : sequence of dict
        Records accepted by :func:`split_batchable`.
    data : pandas.DataFrame
        The panel.
    ctx : Context
        Fitting context.

    Returns
    -------
    rows : list of dict
        Result rows, as :func:`regionalism.spec_curve.runner.fit_spec` returns them.
    refit : list of dict
        Records that turned out not to be batchable (rank-deficient design,
        fewer than two clusters, no rows, no residual df): the caller fits
        them one by one so that they fail or succeed exactly as ``fit`` does.
    """
    cols = Columns(data, ctx)
    needed = {id(rec): _needed(rec, ctx) for rec in records}
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        mask = cols.sample(rec, needed[id(rec)])
        groups[(rec["outcome"], mask.tobytes(), rec["cov"])].append(rec)

    rows: list[dict[str, Any]] = []
    refit: list[dict[str, Any]] = []
    cluster_values = data[ctx.cluster].to_numpy()
    for (outcome, mask_bytes, cov), recs in groups.items():
        mask = np.frombuffer(mask_bytes, dtype=bool)
        n = int(mask.sum())
        if n == 0:
            refit.extend(recs)
            continue
        codes, G = cluster_codes(cluster_values[mask])
        if G < 2:  # rg.fit refuses; let it say so
            refit.extend(recs)
            continue
        note = _fit_warnings(G, cov, ctx.cluster, data.loc[mask])
        y = cols.values(outcome)[mask]
        masked: dict[str, np.ndarray] = {}  # the group's columns, restricted to its sample once
        by_k: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for rec in recs:
            by_k[len(needed[id(rec)])].append(rec)  # intercept + regressors
        for k, krecs in by_k.items():
            if n - k <= 0:
                refit.extend(krecs)
                continue
            X = np.empty((len(krecs), n, k))
            X[:, :, 0] = 1.0
            for s, rec in enumerate(krecs):
                for j, c in enumerate(needed[id(rec)][1:], start=1):
                    if c not in masked:
                        masked[c] = cols.values(c)[mask]
                    X[s, :, j] = masked[c]
            beta, var, df, full_rank = _estimate(y, X, cov, codes, G)
            with np.errstate(divide="ignore", invalid="ignore"):
                se = np.sqrt(var)
                t = np.where(se > 0, beta / se, np.nan)
            p = 2 * stats.t.sf(np.abs(t), df)
            q = stats.t.ppf(1 - ctx.alpha / 2, df)
            for s, rec in enumerate(krecs):
                if not full_rank[s]:
                    refit.append(rec)
                    continue
                rows.extend(_rows(rec, ctx, needed[id(rec)][1:], beta[s], se[s], t[s], p[s], q[s],
                                  n, G, note))
    return rows, refit


def _fit_warnings(n_clusters: int, cov: str, cluster: str, sample: pd.DataFrame) -> str:
    """The warnings ``rg.fit`` gives for this sample (overlapping units, few clusters), as recorded text."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warn_overlapping_units(sample)
        warn_few_clusters(n_clusters, cov, cluster)
    return "; ".join(dict.fromkeys(warning_text(w) for w in caught))


def _rows(rec: dict[str, Any], ctx: Context, names: list[str], beta: np.ndarray, se: np.ndarray,
          t: np.ndarray, p: np.ndarray, q: np.ndarray, n: int, n_clusters: int,
          note: str) -> list[dict[str, Any]]:
    position = {name: j for j, name in enumerate(names, start=1)}
    base = {"spec_id": int(rec["spec_id"]), **{d: rec[d] for d in DIMENSIONS}}
    focal = [(d, rec[d]) for d in ctx.focal if not is_missing(rec.get(d))]
    out = []
    for dim, term in focal:
        j = position[term]
        est, sej = float(beta[j]), float(se[j])
        finite = bool(np.isfinite(est) and np.isfinite(sej))
        out.append({**base, "focal": dim, "hypothesis": HYPOTHESIS_DIMENSIONS[dim], "term": term,
                    "expected_sign": ctx.choices.expected_signs.get((dim, term), 0),
                    "estimate": est, "std_error": sej, "statistic": float(t[j]),
                    "p_value": float(p[j]), "conf_low": est - float(q[j]) * sej,
                    "conf_high": est + float(q[j]) * sej, "n": n, "n_clusters": n_clusters,
                    "converged": finite,
                    "error": "" if finite else "non-finite estimate or standard error",
                    "warning": note})
    if not focal:
        out.append({**base, "focal": None, "hypothesis": None, "term": None, "expected_sign": 0,
                    "estimate": np.nan, "std_error": np.nan, "statistic": np.nan,
                    "p_value": np.nan, "conf_low": np.nan, "conf_high": np.nan, "n": n,
                    "n_clusters": n_clusters, "converged": True, "error": "", "warning": note})
    return out
