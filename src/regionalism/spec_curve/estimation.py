"""``multiverse()``: fit every specification of a multiverse and collect a tidy table."""
from __future__ import annotations

import keyword
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from regionalism.models.fitting import MODELS
from regionalism.models.formula import FormulaError, check_formula
from regionalism.spec_curve.result import RESULT_COLUMNS, MultiverseResult
from regionalism.spec_curve.runner import Context, run_specs, spec_terms
from regionalism.spec_curve.specs import (DIMENSIONS, HYPOTHESIS_DIMENSIONS, from_records,
                                          is_missing, specifications)

__all__ = ["multiverse"]

_ROBUST = ("cluster", "cr2")
_UNCLUSTERED = ("hc1", "nonrobust")
_LINEAR = ("ols", "lpm")


def _focal_dims(focal: str | Sequence[str] | None) -> tuple[str, ...]:
    if focal is None:
        return tuple(HYPOTHESIS_DIMENSIONS)
    items = [focal] if isinstance(focal, str) else list(focal)
    code_to_dim = {v: k for k, v in HYPOTHESIS_DIMENSIONS.items()}
    out = []
    for f in items:
        dim = code_to_dim.get(f, f)
        if dim not in HYPOTHESIS_DIMENSIONS:
            raise ValueError(f"focal={f!r} is not a hypothesis dimension; expected some of "
                             f"{list(HYPOTHESIS_DIMENSIONS)} or codes "
                             f"{list(HYPOTHESIS_DIMENSIONS.values())}")
        out.append(dim)
    return tuple(dict.fromkeys(out))


def _invalid_reason(rec: dict[str, Any]) -> str | None:
    if rec["cov"] == "cr2" and rec["model"] not in _LINEAR:
        return f"cov='cr2' is defined for linear models only, not model={rec['model']!r}"
    return None


def _check_texts(records: list[dict[str, Any]], control_sets: dict[str, list[str]], columns: list[str]) -> None:
    """Whitelist outcomes, terms and controls (they become formula text) before any fit or batch sees them.

    Bare names pass (a name that is no column fails its specifications, which are kept and marked);
    anything else must pass :func:`~regionalism.models.formula.check_formula` on the panel's columns.
    """
    texts: list[tuple[str, Any]] = []
    for key in dict.fromkeys((r["outcome"], *spec_terms(r)) for r in records):
        texts += [("outcome", key[0]), *(("term", t) for t in key[1:])]
    texts += [(f"controls {label!r}", c) for label, cols in control_sets.items() for c in cols]
    for what, text in dict.fromkeys(texts):
        if is_missing(text) or (str(text).isidentifier() and not str(text).startswith("__")
                                and not keyword.iskeyword(str(text))):
            continue  # a bare name runs nothing; a missing column is recorded as a failed specification
        if "~" in str(text):
            raise FormulaError(f"multiverse {what} {text!r} holds '~': give a column name or a transform of one")
        check_formula(str(text), columns, what=f"multiverse {what}")


def multiverse(
    panel: pd.DataFrame,
    *,
    outcome: Any = "secreg_exists",
    regime: Any = "primary",
    leadership: Any = "primary",
    external: Any = "primary",
    demand: Any = "primary",
    model: Any = "ols",
    cov: Any = "cluster",
    cases: Any = "all",
    years: Any = None,
    controls: Any = None,
    specs: pd.DataFrame | Sequence[dict[str, Any]] | None = None,
    focal: str | Sequence[str] | None = None,
    cluster: str = "region_id",
    unit: str = "region_id",
    time: str = "year",
    permute_by: str | None = None,
    standardize: bool = False,
    allow_unclustered: bool = False,
    alpha: float = 0.05,
    backend: str = "serial",
    n_jobs: int = 2,
    scheduler: Any = None,
    chunk_size: int | None = None,
    seed: int = 0,
    progress: bool = True,
    bundle: Any = None,
    batched: bool = True,
) -> MultiverseResult:
    """Fit a multiverse of specifications and return the specification curve data.

    Every combination of the choice dimensions is enumerated (or only the
    specifications given in ``specs``) and fitted with
    :func:`regionalism.models.fit`. The hypothesis variables chosen in a
    specification enter jointly; each of them (or those named in ``focal``)
    gets one row per specification.

    Parameters
    ----------
    panel : pandas.DataFrame
        Region-year panel (e.g. :func:`regionalism.region_year`), with the
        ``unit``, ``time`` and ``cluster`` columns.
    outcome : str or list of str
        Outcome column(s).
    regime, leadership, external, demand : str, Operationalization, None or list
        Operationalizations of H1 (regime: autocratic hesitance), H3
        (leadership: hegemonic stability), H2 (external provision) and H4
        (functional demand). Column names take their expected sign from
        ``bundle``; ``None`` leaves the variable out (``[None,
        "conflict_count"]`` makes inclusion itself a choice). Default: the
        bundle's primary operationalization (an error without a bundle).
    model : str or list of str
        :func:`regionalism.models.fit` models (``"ols"``, ``"logit"``, ...;
        ``"lpm"`` is an ``"ols"`` fit labelled as linear probability model).
    cov : str or list of str
        ``"cluster"`` (CR1 by ``cluster``) or ``"cr2"`` (Bell-McCaffrey,
        Satterthwaite df; linear models only: combinations with other models
        are not fitted and are listed in ``result.skipped``). The
        non-clustered ``"hc1"`` and ``"nonrobust"`` ignore the panel
        structure and are refused unless ``allow_unclustered=True``; the
        ``cov`` column records what each specification used.
    cases : str, CaseSet or list
        Case sets: names in :data:`regionalism.spec_curve.CASE_SETS`
        (``"all"``, ``"no_continents"``, ``"continents_only"``,
        ``"drop_europe"``, ``"drop_africa"``) or
        :class:`regionalism.spec_curve.CaseSet` objects.
    years : tuple, None or list of tuples
        Inclusive year windows, e.g. ``[(1946, 2019), (1991, 2019)]``.
    controls : list of str, dict or None
        Control columns added to every specification, or ``{label: [columns]}``
        to make the control set a choice dimension.
    specs : DataFrame or list of dict, optional
        Fit only these specifications (a named subset). Keys are dimension
        names; a missing key takes the first option of the corresponding
        keyword argument. ``spec_id`` is kept if given.
    focal : str or list of str, optional
        Hypothesis dimensions (``"regime"``) or codes (``"H1"``) to report;
        default all four.
    cluster : str
        Cluster column (regions).
    unit, time : str
        Columns identifying the region (used by case sets and permutations)
        and the year (used by year windows).
    permute_by : str, optional
        Column whose values the joint permutation test draws its keys for
        (default ``unit``): units that share a value (the variants of one
        region in a stacked panel) get the same key in every draw, so they are
        shuffled alike wherever their samples have the same regions.
    standardize : bool
        Z-score every hypothesis column used (mean 0, SD 1 over the whole
        panel) before fitting, so that estimates of different
        operationalizations are on one scale (effect of one SD).
    allow_unclustered : bool
        Permit ``cov="hc1"``/``"nonrobust"`` on panel data.
    alpha : float
        Level of the confidence intervals and of "significant".
    backend : {"serial", "joblib", "dask"}
        Where to fit: in this process, in ``n_jobs`` local joblib (loky)
        processes, or on Dask distributed (``scheduler`` address or
        ``distributed.Client``; without one a
        ``LocalCluster(n_workers=n_jobs, threads_per_worker=1, processes=True)``
        is started and closed afterwards). The panel is shipped to each
        worker once; specifications travel in interleaved chunks.
    n_jobs : int
        Worker processes for joblib and the local Dask cluster.
    scheduler : str or distributed.Client, optional
        Dask scheduler address (``"tcp://host:8786"``) or a client.
    chunk_size : int, optional
        Specifications per task. Default: with ``batched``, the batchable
        specifications sorted by sample go in ``2 * n_jobs`` contiguous chunks
        (a few large batches each, so task overhead stays small); the others
        (and all without ``batched``) in interleaved chunks of about
        ``n / (10 * n_jobs)``, at most 200.
    seed : int
        Base seed. Fitting is deterministic; randomness (permutation tests in
        :meth:`MultiverseResult.summary`) is seeded from ``(seed, draw)``, so
        every backend returns identical results.
    progress : bool
        Print a progress bar on stderr.
    bundle : HypothesisBundle, optional
        Source of the expected signs and the primary operationalizations
        (:class:`regionalism.spec_curve.bundle.HypothesisBundle`). The
        engine assumes none; ``rg.multiverse``
        (:func:`regionalism.study.robustness.multiverse`) passes the article's
        :data:`regionalism.study.hypotheses`.
    batched : bool
        Estimate the linear specifications of each chunk (``"ols"``/``"lpm"``
        with any covariance, numeric columns) together with array operations
        (:mod:`regionalism.spec_curve.batched`) on every backend. The numbers
        equal one :func:`regionalism.models.fit` per specification to about
        1e-10; ``False`` fits every specification with ``fit``.

    Returns
    -------
    MultiverseResult
        ``.results`` has one row per specification and focal term, sorted by
        ``spec_id``: ``spec_id``, the choices (``outcome``, ``regime``,
        ``leadership``, ``external``, ``demand``, ``model``, ``cov``,
        ``cases``, ``years``, ``controls``), ``focal`` (dimension),
        ``hypothesis`` (code), ``term`` (column), ``expected_sign`` (+1/-1,
        0 unknown), ``estimate``, ``std_error``, ``statistic``, ``p_value``,
        ``conf_low``, ``conf_high``, ``n``, ``n_clusters``, ``converged``,
        ``error`` (message of a failed fit, else ""), ``warning`` (other
        warnings), ``sign_matches`` (estimate has the expected sign; NA when
        unknown), ``significant`` (``p_value < alpha``) and ``supports``
        (significant with the expected sign). ``.specs`` lists the
        specifications, ``.skipped`` the invalid combinations not fitted.

    Raises
    ------
    ValueError
        Unknown options, non-clustered covariance without
        ``allow_unclustered=True``, or no valid specification.

    Notes
    -----
    Failed specifications (missing column, perfect separation, no
    convergence) stay in the table with ``converged=False`` and the message
    in ``error``; they are never dropped silently. The regions of the real
    panel overlap (continents contain sub-regions); use
    ``cases="no_continents"`` for non-overlapping units.

    References
    ----------
    Simonsohn, U., Simmons, J. P., & Nelson, L. D. (2020). Specification curve
    analysis. *Nature Human Behaviour*, 4(11), 1208-1214.

    Steegen, S., Tuerlinckx, F., Gelman, A., & Vanpaemel, W. (2016). Increasing
    transparency through a multiverse analysis. *Perspectives on Psychological
    Science*, 11(5), 702-712.

    Examples
    --------
    >>> import regionalism as rg
    >>> from regionalism.spec_curve import multiverse
    >>> panel = rg.study.synthetic_panel(n_regions=20, n_years=10, seed=3)
    >>> mv = multiverse(panel, outcome="secreg_depth", bundle=rg.study.hypotheses,
    ...                 regime=["polyarchy_mean", "autocracy_share"],
    ...                 leadership=["leader_share_cinc", "hhi_cinc"], cov=["cluster", "cr2"],
    ...                 focal=["H1", "H3"], progress=False)
    >>> len(mv.specs), len(mv.results)
    (8, 16)
    >>> mv.results[["term", "expected_sign"]].drop_duplicates().to_numpy().tolist()
    [['polyarchy_mean', 1], ['leader_share_cinc', 1], ['hhi_cinc', 1], ['autocracy_share', -1]]
    """
    if not isinstance(panel, pd.DataFrame):
        raise TypeError(f"panel must be a pandas DataFrame, got {type(panel).__name__}")
    for col, what in ((cluster, "cluster"), (unit, "unit"), (time, "time"), (permute_by, "permute_by")):
        if col is not None and col not in panel.columns:
            raise KeyError(f"{what} column {col!r} not found in the panel")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    grid = specifications(outcome=outcome, regime=regime, leadership=leadership,
                          external=external, demand=demand, model=model, cov=cov, cases=cases,
                          years=years, controls=controls, bundle=bundle)
    table = from_records(specs, grid) if specs is not None else grid
    choices = table.attrs["choices"]
    for m in pd.unique(table["model"]):
        if m not in MODELS and m != "lpm":
            raise ValueError(f"model={m!r} is not supported; expected 'lpm' or one of {MODELS}")
    for c in pd.unique(table["cov"]):
        if c in _UNCLUSTERED and not allow_unclustered:
            raise ValueError(
                f"cov={c!r} ignores the clustering of region-years and understates "
                "uncertainty; use 'cluster' or 'cr2', or pass allow_unclustered=True to fit "
                "it on purpose (the cov column records it)")
        if c not in _ROBUST + _UNCLUSTERED:
            raise ValueError(f"cov={c!r}; expected one of {_ROBUST + _UNCLUSTERED}")

    columns = list(table.columns)  # the records, as table.to_dict("records") gives them, faster
    records = [dict(zip(columns, row)) for row in zip(*(table[c].tolist() for c in columns))]
    _check_texts(records, choices.control_sets, [str(c) for c in panel.columns])
    reasons = [_invalid_reason(r) for r in records]
    skipped = pd.DataFrame([{**r, "reason": why} for r, why in zip(records, reasons) if why],
                           columns=["spec_id", *DIMENSIONS, "reason"])
    records = [r for r, why in zip(records, reasons) if not why]
    if not records:
        raise ValueError("no valid specification to fit; see the reasons: "
                         + "; ".join(sorted(set(filter(None, reasons)))))

    focal_dims = _focal_dims(focal)
    used_terms = sorted({t for r in records for t in spec_terms(r)})
    data = panel
    if standardize:
        data = panel.copy()
        for col in used_terms:
            if col in data.columns and pd.api.types.is_numeric_dtype(data[col]):
                x = data[col].astype(float)
                sd = float(x.std())
                data[col] = (x - x.mean()) / sd if sd > 0 else x - x.mean()
    # ship only the columns the specifications use
    wanted = {cluster, unit, time, *([permute_by] if permute_by else []), *used_terms,
              *(str(o) for o in pd.unique(table["outcome"])),
              *(c for cols in choices.control_sets.values() for c in cols)}
    keep = [c for c in data.columns if c in wanted]
    if all(c.isidentifier() for cols in choices.control_sets.values() for c in cols):
        data = data[keep]
    ctx = Context(choices=choices, focal=focal_dims, cluster=cluster, unit=unit, time=time,
                  alpha=alpha, batched=batched, permute_by=permute_by)
    results = pd.DataFrame(run_specs(records, data, ctx, backend=backend, n_jobs=n_jobs,
                                     scheduler=scheduler, chunk_size=chunk_size, progress=progress))
    results = results.astype({c: object for c in (*DIMENSIONS, "focal", "hypothesis", "term")})
    for c in DIMENSIONS:  # "left out" is None, never NaN
        values = results[c].to_numpy(dtype=object, copy=True)
        values[pd.isna(results[c]).to_numpy()] = None
        results[c] = pd.Series(values, index=results.index, dtype=object)
    order = {d: i for i, d in enumerate(focal_dims)}
    results["_focal_order"] = results["focal"].map(order).fillna(len(order))
    results = results.sort_values(["spec_id", "_focal_order"], kind="stable")
    results = results.drop(columns="_focal_order").reset_index(drop=True)
    est_sign = np.sign(results["estimate"].to_numpy(dtype=float))
    known = results["estimate"].notna().to_numpy() & (results["expected_sign"] != 0).to_numpy()
    sign_ok = pd.array(np.where(known, est_sign == results["expected_sign"].to_numpy(), False),
                       dtype="boolean")
    sign_ok[~known] = pd.NA
    results["sign_matches"] = sign_ok
    sig = pd.array(results["p_value"].to_numpy(dtype=float) < alpha, dtype="boolean")
    sig[results["p_value"].isna().to_numpy()] = pd.NA
    results["significant"] = sig
    results["supports"] = results["significant"] & results["sign_matches"]
    results["converged"] = results["converged"].astype(bool)
    results["n_clusters"] = results["n_clusters"].astype("Int64")
    results["n"] = results["n"].astype(int)
    results = results[list(RESULT_COLUMNS)]
    fitted = table[~table["spec_id"].isin(skipped["spec_id"])].reset_index(drop=True)
    fitted.attrs["choices"] = choices
    return MultiverseResult(results=results, specs=fitted, skipped=skipped, data=data, ctx=ctx,
                            seed=seed, standardize=standardize)
