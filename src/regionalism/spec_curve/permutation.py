"""Permutation-based joint test of a specification curve (Simonsohn, Simmons &
Nelson 2020) for linear specifications.

Under the null the focal variable is unrelated to the outcome. Each draw
shuffles the focal variable between regions and re-estimates the whole curve;
the observed median estimate and share of specifications significant in the
predicted direction are compared with their null distributions.

The shuffle swaps whole trajectories between regions and is common to all
specifications of a draw: draw ``b`` gives every region a random key (from
``numpy.random.default_rng([seed, b])``; with ``permute_by`` every value of
that column, so that the variants of one region in a stacked panel share it); in a specification's estimation
sample the regions are grouped by their time coverage (the set of years they
are observed in), and within each group the ``k``-th region by name receives
the focal trajectory of the ``k``-th region by key, year by year. Each
region's persistence over time and the sample's time structure are kept; a
region whose coverage no other region shares stays in place (the number that
move is in ``CurveNull.moved``). Permuting within years
instead (the design of earlier versions, valid only when the regions are
exchangeable within years) destroys that persistence and rejects a true null
far too often on the unbalanced region-year panel (see the robustness
tutorial). A specification in which no two regions share a coverage is left
out, with the reason.

The re-estimation is the OLS coefficient by Frisch-Waugh-Lovell with the
cluster-robust CR1 variance (the one :func:`regionalism.models.fit` reports
for ``cov="cluster"``: factor ``G/(G-1) (N-1)/(N-K)``, t with ``G-1`` df),
vectorized over draws. The observed curve is computed the same way, so
observed and null statistics are comparable; for CR2 specifications the test
uses CR1 significance and says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from scipy import stats

from regionalism.models.covariance import cluster_codes
from regionalism.spec_curve.context import Columns, Context, spec_terms
from regionalism.spec_curve.runner import Progress, dask_client

__all__ = ["CurveNull", "null_curve", "null_block"]



@dataclass(frozen=True)
class CurveNull:
    """Observed and permutation statistics of one focal term's curve.

    Attributes
    ----------
    spec_ids : numpy.ndarray
        Specifications included (linear, fitted, focal term present).
    observed_coef, observed_t : numpy.ndarray
        Per specification: coefficient and CR1 t, aligned with the expected
        sign (multiplied by it).
    null_coef, null_t : numpy.ndarray
        ``(n_specs, n_perm)`` aligned coefficients and t under the null.
    t_crit : numpy.ndarray
        Per specification: two-sided critical value ``t_{G-1, 1-alpha/2}``.
    excluded : dict
        spec_id -> reason for specifications left out.
    moved : numpy.ndarray
        Per specification: share of its sample's regions whose trajectories
        are swapped (regions with a time coverage of their own stay in place).
    """

    spec_ids: np.ndarray
    observed_coef: np.ndarray
    observed_t: np.ndarray
    null_coef: np.ndarray
    null_t: np.ndarray
    t_crit: np.ndarray
    excluded: dict[int, str]
    moved: np.ndarray = field(default_factory=lambda: np.empty(0))

    def statistics(self) -> dict[str, Any]:
        """Observed and null curve statistics and one-sided permutation p-values.

        Returns
        -------
        dict
            ``median_estimate`` (observed median aligned coefficient),
            ``p_median_estimate``, ``share_supporting`` (share of specs with
            aligned t above the critical value), ``p_share_supporting``,
            ``median_t`` and ``p_median_t``, ``n_specs``, ``n_perm``.
            p-values are ``(1 + #{null >= observed}) / (1 + n_perm)``.
        """
        obs = {"median_estimate": float(np.median(self.observed_coef)),
               "share_supporting": float(np.mean(self.observed_t > self.t_crit)),
               "median_t": float(np.median(self.observed_t))}
        null = {"median_estimate": np.median(self.null_coef, axis=0),
                "share_supporting": np.mean(self.null_t > self.t_crit[:, None], axis=0),
                "median_t": np.median(self.null_t, axis=0)}
        out: dict[str, Any] = {"n_specs": len(self.spec_ids), "n_perm": self.null_coef.shape[1]}
        for key, value in obs.items():
            tol = 1e-12 * max(1.0, abs(value))
            hits = int(np.sum(null[key] >= value - tol))
            out[key] = value
            out[f"p_{key}"] = (1 + hits) / (1 + len(null[key]))
        return out


def _draw_keys(seed: int, n_perm: int, n_units: int) -> np.ndarray:
    keys = np.empty((n_perm, n_units))
    for b in range(n_perm):
        keys[b] = np.random.default_rng([int(seed), b]).random(n_units)
    return keys


def _unit_keys(data: pd.DataFrame, ctx: Context, units: list[Any], seed: int, n_perm: int) -> np.ndarray:
    """The draws' keys of the units (columns in the order of ``units``): drawn per unit, or per value of
    ``ctx.permute_by`` so that units sharing it share their key in every draw."""
    if ctx.permute_by is None or ctx.permute_by == ctx.unit:
        return _draw_keys(seed, n_perm, len(units))
    pairs = data[[ctx.unit, ctx.permute_by]].drop_duplicates()
    if pairs[ctx.unit].duplicated().any():
        bad = pairs.loc[pairs[ctx.unit].duplicated(keep=False), ctx.unit].iloc[0]
        raise ValueError(f"permute_by={ctx.permute_by!r} takes several values within unit {bad!r}; it must be "
                         f"constant within each {ctx.unit!r}")
    base = dict(zip(pairs[ctx.unit], pairs[ctx.permute_by]))
    values = sorted(set(base.values()), key=str)
    position = {v: i for i, v in enumerate(values)}
    drawn = _draw_keys(seed, n_perm, len(values))
    return drawn[:, [position[base[u]] for u in units]]


@dataclass
class _Sample:
    """What the draws of one estimation sample share: rows, clusters and the shuffles."""

    rows: np.ndarray  # positions in the panel
    perm: np.ndarray  # (n_perm, n): row i of the sample takes the focal value of row perm[b, i]
    order: np.ndarray  # sample rows sorted by cluster
    bounds: np.ndarray  # start of each cluster in ``order``
    n_clusters: int
    perm_ordered: np.ndarray  # perm[:, order]
    t_crit: float  # two-sided t critical value with G - 1 df
    moved: int = 0  # regions whose trajectories are swapped
    n_units: int = 0  # regions in the sample
    draws: dict[str, Any] = field(default_factory=dict)  # focal -> shuffled columns


def _sample(data: pd.DataFrame, rows: np.ndarray, ctx: Context, unit_index: dict[Any, int],
            keys: np.ndarray) -> _Sample:
    sub = data.iloc[rows]
    codes, G = cluster_codes(sub[ctx.cluster].to_numpy())
    if G < 2:
        raise ValueError(f"needs at least 2 clusters, got {G}")
    n = len(rows)
    units = sub[ctx.unit].map(unit_index).to_numpy(dtype=np.intp)  # global unit numbers (by name)
    tcode, times = pd.factorize(sub[ctx.time], sort=True)
    frame = pd.DataFrame({"u": units, "t": tcode})
    if frame.duplicated().any():
        raise ValueError(f"{ctx.time!r} repeats within a region of {ctx.unit!r}; trajectory swaps "
                         "need one row per region and year")
    present = np.unique(units)  # sorted: by name
    grid = np.full((len(unit_index), len(times)), -1, dtype=np.intp)
    grid[units, tcode] = np.arange(n)
    coverage = {u: grid[u].__ge__(0).tobytes() for u in present}
    groups: dict[bytes, list[int]] = {}
    for u in present:
        groups.setdefault(coverage[u], []).append(int(u))
    movable = [np.asarray(g) for g in groups.values() if len(g) > 1]
    if not movable:
        raise ValueError(f"no two regions of {ctx.unit!r} share the same {ctx.time!r} coverage in "
                         "this sample, so no trajectory swap keeps its time structure")
    # P[b, u]: the region whose trajectory region u receives in draw b (itself if it cannot move)
    P = np.broadcast_to(np.arange(len(unit_index)), (len(keys), len(unit_index))).copy()
    for g in movable:
        P[:, g] = g[np.argsort(keys[:, g], axis=1, kind="stable")]
    perm = grid[P[:, units], tcode]
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(G))
    t_crit = float(stats.t.ppf(1 - ctx.alpha / 2, G - 1))
    return _Sample(rows=rows, perm=perm, order=order, bounds=bounds, n_clusters=G,
                   perm_ordered=perm[:, order], t_crit=t_crit,
                   moved=int(sum(len(g) for g in movable)), n_units=len(present))


def _draws(cols: Columns, smp: _Sample, focal: str) -> tuple[np.ndarray, np.ndarray, float]:
    """The shuffled focal columns of a sample in cluster order, their squares summed by
    cluster, and the sum of squares (the same in every draw); cached on the sample."""
    if focal not in smp.draws:
        d = cols.values(focal)[smp.rows]
        D = np.ascontiguousarray(d[smp.perm_ordered])
        smp.draws[focal] = (D, np.add.reduceat(D * D, smp.bounds, axis=1), float(d @ d))
    return smp.draws[focal]


def _design_null(cols: Columns, smp: _Sample, y_col: str, focal: str, others: list[str],
                 ctx: Context) -> tuple[float, float, np.ndarray, np.ndarray, float]:
    """Observed and null (coef, CR1 t) of ``focal`` in ``y ~ focal + others``.

    With ``W`` the intercept and ``others`` (orthonormal basis ``Q``), the
    focal coefficient of a shuffled focal column ``D`` is, by Frisch-Waugh-Lovell,
    ``R'y~ / R'R`` with ``R = D - Q Q'D`` and ``y~ = y - Q Q'y``; the CR1
    variance sums ``R_i e_i`` within clusters, ``e = y~ - coef R``.

    For the draws ``R`` is never formed: with ``P = D Q`` (draws x k),
    ``R'y~ = D'y~``, ``R'R = d'd - |P|^2`` (a shuffle keeps ``d'd``), and
    within cluster ``g`` ``sum R y~ = D_g y~_g - P Q_g'y~_g`` and
    ``sum R^2 = sum D_g^2 - 2 P (Q_g'D_g') + P (Q_g'Q_g) P'`` (row-wise), so
    each specification costs about two products of the draws with ``Q``.
    """
    at = smp.rows[smp.order]  # sample rows in cluster order
    y = cols.values(y_col)[at]
    W = np.column_stack([np.ones(len(at))] + [cols.values(c)[at] for c in others])
    n, k, G = len(y), W.shape[1] + 1, smp.n_clusters
    Q, _ = np.linalg.qr(W)
    y_t = y - Q @ (Q.T @ y)
    factor = G / (G - 1) * (n - 1) / (n - k)
    # observed: the explicit residualized focal column
    r0 = cols.values(focal)[at]
    r0 = r0 - Q @ (Q.T @ r0)
    rr0 = float(r0 @ r0)
    c0 = float(r0 @ y_t) / rr0
    sc0 = np.add.reduceat(r0 * (y_t - c0 * r0), smp.bounds)
    t0 = c0 / np.sqrt(factor * float(sc0 @ sc0) / rr0**2)
    # draws
    D, d2_by_cluster, dd = _draws(cols, smp, focal)
    P = D @ Q
    rr = dd - np.einsum("bj,bj->b", P, P)
    coef = (D @ y_t) / rr
    s_ry = np.empty((len(D), G))
    s_rr = np.empty((len(D), G))
    ends = [*smp.bounds[1:], n]
    for g, (lo, hi) in enumerate(zip(smp.bounds, ends)):
        Qg, yg = Q[lo:hi], y_t[lo:hi]
        Cg = D[:, lo:hi] @ np.column_stack([Qg, yg])  # (draws, k + 1)
        s_ry[:, g] = Cg[:, -1] - P @ (Qg.T @ yg)
        s_rr[:, g] = (d2_by_cluster[:, g] - 2 * np.einsum("bj,bj->b", P, Cg[:, :-1])
                      + np.einsum("bj,bj->b", P @ (Qg.T @ Qg), P))
    scores = s_ry - coef[:, None] * s_rr
    var = factor * np.einsum("bg,bg->b", scores, scores) / rr**2
    return c0, float(t0), coef, coef / np.sqrt(var), smp.t_crit


#: Draws evaluated together: the shuffled focal columns of every estimation sample are
#: held for one block at a time, so memory beyond the result arrays does not grow with n_perm.
DRAW_BLOCK = 128

#: What one block of draws gives for one design: the observed (coef, t, critical t, share of
#: regions moved) and the null coefficients and t of the block's draws, or the reason it failed.
_BlockOut = dict[tuple[Any, ...], "tuple[float, float, float, float, np.ndarray, np.ndarray] | str"]


def null_block(designs: dict[tuple[Any, ...], Any], data: pd.DataFrame, ctx: Context,
               unit_index: dict[Any, int], keys: np.ndarray, lo: int) -> tuple[int, _BlockOut]:
    """Observed and null statistics of every design for one block of draws.

    The unit of work of :func:`null_curve` (module level so that Dask workers
    can run it): ``keys`` are the block's draw keys, ``lo`` the index of its
    first draw (returned with the statistics so blocks can come back in any order).
    """
    columns = Columns(data, ctx)
    samples: dict[bytes, _Sample] = {}
    out: _BlockOut = {}
    for key, design in designs.items():
        if isinstance(design, str):
            continue
        y_col, term, others, mask = design
        try:
            rows_key = mask.tobytes()
            if rows_key not in samples:
                samples[rows_key] = _sample(data, np.flatnonzero(mask), ctx, unit_index, keys)
            smp = samples[rows_key]
            c0, t0, c, t, tc = _design_null(columns, smp, y_col, term, others, ctx)
        except Exception as exc:
            out[key] = f"{type(exc).__name__}: {exc}"
            continue
        out[key] = (c0, t0, tc, smp.moved / smp.n_units, c, t)
    return lo, out


@dataclass(frozen=True)
class _Shared:
    """What every block of draws needs, shipped to the Dask workers as one object."""

    designs: dict[tuple[Any, ...], Any]
    data: pd.DataFrame
    ctx: Context
    unit_index: dict[Any, int]


def _null_block_task(shared: _Shared, keys: np.ndarray, lo: int) -> tuple[int, _BlockOut]:
    return null_block(shared.designs, shared.data, shared.ctx, shared.unit_index, keys, lo)


def _blocks_serial(designs: dict[tuple[Any, ...], Any], data: pd.DataFrame, ctx: Context,
                   unit_index: dict[Any, int], keys: np.ndarray, block: int,
                   bar: Progress) -> Iterator[tuple[int, _BlockOut]]:
    for lo in range(0, len(keys), block):
        hi = min(lo + block, len(keys))
        # a design that failed in an earlier block is not evaluated again
        active = {k: d for k, d in designs.items() if not isinstance(d, str)}
        done = null_block(active, data, ctx, unit_index, keys[lo:hi], lo)
        for key, value in done[1].items():
            if isinstance(value, str):
                designs[key] = value
        yield done
        bar.update(hi - lo)


def _blocks_dask(designs: dict[tuple[Any, ...], Any], data: pd.DataFrame, ctx: Context,
                 unit_index: dict[Any, int], keys: np.ndarray, block: int, bar: Progress,
                 n_jobs: int, scheduler: Any) -> Iterator[tuple[int, _BlockOut]]:
    from distributed import as_completed

    with dask_client(scheduler, n_jobs) as client:
        # one object (a dict or tuple would be scattered item by item), sent to each worker once
        shared = client.scatter(_Shared(designs, data, ctx, unit_index), broadcast=True, hash=False)
        futures = [client.submit(_null_block_task, shared, keys[lo:lo + block], lo, pure=False)
                   for lo in range(0, len(keys), block)]
        for fut in as_completed(futures):
            lo, out = fut.result()
            yield lo, out
            bar.update(min(block, len(keys) - lo))
            fut.release()


def null_curve(results: pd.DataFrame, data: pd.DataFrame, ctx: Context, *, focal: str,
               n_perm: int, seed: int, block: int = DRAW_BLOCK, backend: str = "serial",
               n_jobs: int = 2, scheduler: Any = None, progress: bool = False) -> CurveNull:
    """Permutation null of one focal dimension's curve over its linear specifications.

    Parameters
    ----------
    results : pandas.DataFrame
        ``MultiverseResult.results``.
    data : pandas.DataFrame
        The panel as fitted (after standardization).
    ctx : Context
        Fitting context of the multiverse.
    focal : str
        Hypothesis dimension (``"regime"``).
    n_perm : int
        Number of draws.
    seed : int
        Base seed; draw ``b`` uses ``default_rng([seed, b])``.
    block : int, default 128
        Draws evaluated together (the shuffles of each estimation sample are
        kept for one block only); the draws do not depend on it, the
        statistics only in the last bits (rounding of the matrix products).
    backend : {"serial", "dask"}
        Evaluate the blocks of draws in this process or as tasks on Dask
        distributed (one task per block; the designs and the panel are
        scattered to the workers once). The result is identical.
    n_jobs : int
        Workers of the local Dask cluster started when ``scheduler`` is None.
    scheduler : str or distributed.Client, optional
        Dask scheduler address (``"tcp://host:8786"``) or a client (left open).
    progress : bool
        Print a progress bar (draws done) on stderr.

    Returns
    -------
    CurveNull
    """
    if n_perm < 1:
        raise ValueError("n_perm must be a positive integer")
    if isinstance(block, bool) or not isinstance(block, int) or block < 1:
        raise ValueError(f"block must be a positive integer, got {block!r}")
    if backend not in ("serial", "dask"):
        raise ValueError(f"backend={backend!r}; expected 'serial' or 'dask'")
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs < 1:
        raise ValueError(f"n_jobs must be a positive integer, got {n_jobs!r}")
    rows = results[(results["focal"] == focal)]
    units = sorted(pd.unique(data[ctx.unit]), key=str)
    unit_index = {u: i for i, u in enumerate(units)}
    keys = _unit_keys(data, ctx, units, seed, n_perm)
    columns = Columns(data, ctx)
    numeric = {c for c in data.columns if pd.api.types.is_numeric_dtype(data[c])}
    # one design per (outcome, focal term, other terms, cases, years); specifications sharing one share it
    designs: dict[tuple[Any, ...], Any] = {}  # key -> (cols, mask, others) or the reason it is left out
    included: list[tuple[int, tuple[Any, ...], int]] = []  # (spec id, design key, expected sign)
    excluded: dict[int, str] = {}
    records = rows.to_dict("records")
    for rec in records:
        sid = int(rec["spec_id"])
        if rec["model"] not in ("ols", "lpm"):
            excluded[sid] = f"model={rec['model']!r} is not linear"
            continue
        if not rec["converged"]:
            excluded[sid] = "fit failed"
            continue
        if rec["expected_sign"] == 0:
            excluded[sid] = "no expected sign"
            continue
        term = rec["term"]
        others = [t for t in spec_terms(rec) if t != term]
        others += ctx.choices.control_sets[rec["controls"]]
        cols = [rec["outcome"], term, *others]
        key = (rec["outcome"], term, tuple(others), rec["cases"], rec["years"])
        if key not in designs:
            if not all(c in numeric for c in cols):
                designs[key] = f"ValueError: the permutation test needs plain numeric columns, got {cols}"
            else:
                try:
                    designs[key] = (rec["outcome"], term, others, columns.sample(rec, cols))
                except Exception as exc:
                    designs[key] = f"{type(exc).__name__}: {exc}"
        included.append((sid, key, int(rec["expected_sign"])))
    # the draws block by block, written straight into the result rows of the specifications of each
    # design (aligned with their expected sign); a design's observed statistics come with its blocks
    rows_of: dict[tuple[Any, ...], list[int]] = {}
    for i, (_, key, _) in enumerate(included):
        rows_of.setdefault(key, []).append(i)
    signs = np.asarray([s for _, _, s in included], dtype=float)
    null_c = np.empty((len(included), n_perm))
    null_t = np.empty((len(included), n_perm))
    observed: dict[tuple[Any, ...], tuple[float, float, float, float]] = {}
    failed: dict[tuple[Any, ...], tuple[int, str]] = {}  # design -> (first block, reason)
    bar = Progress(n_perm, enabled=progress, label=f"joint test ({focal})", unit="draws")
    blocks = (_blocks_serial(designs, data, ctx, unit_index, keys, block, bar) if backend == "serial"
              else _blocks_dask(designs, data, ctx, unit_index, keys, block, bar, n_jobs, scheduler))
    try:
        for lo, out in blocks:
            hi = min(lo + block, n_perm)
            for key, value in out.items():
                if isinstance(value, str):
                    if key not in failed or lo < failed[key][0]:
                        failed[key] = (lo, value)
                    continue
                c0, t0, tc, moved, c, t = value
                observed.setdefault(key, (c0, t0, tc, moved))
                at = rows_of[key]
                null_c[at, lo:hi] = signs[at, None] * c
                null_t[at, lo:hi] = signs[at, None] * t
    finally:
        bar.close()
    for key, (_, reason) in failed.items():
        designs[key] = reason
    keep = np.asarray([not isinstance(designs[key], str) for _, key, _ in included], dtype=bool)
    for (sid, key, _), ok in zip(included, keep):
        if not ok:
            excluded[sid] = str(designs[key])
    if not keep.all():
        null_c, null_t = null_c[keep], null_t[keep]
    kept = [(sid, key, s) for (sid, key, s), ok in zip(included, keep) if ok]
    ids = [sid for sid, _, _ in kept]
    oc = [s * observed[key][0] for _, key, s in kept]
    ot = [s * observed[key][1] for _, key, s in kept]
    crit = [observed[key][2] for _, key, _ in kept]
    moved = [observed[key][3] for _, key, _ in kept]
    excluded = {int(r["spec_id"]): excluded[int(r["spec_id"])] for r in records if int(r["spec_id"]) in excluded}
    empty = np.empty((0, n_perm))
    return CurveNull(spec_ids=np.asarray(ids, dtype=int), observed_coef=np.asarray(oc),
                     observed_t=np.asarray(ot),
                     null_coef=null_c if len(ids) else empty,
                     null_t=null_t if len(ids) else empty,
                     t_crit=np.asarray(crit), excluded=excluded, moved=np.asarray(moved))
