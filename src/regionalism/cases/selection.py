"""Case selection for case studies (Seawright and Gerring 2008)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from regionalism.qca.expressions import expression_membership, parse_expression

_KINDS = ("typical", "deviant", "extreme", "influential", "most_similar", "most_different")


def _model_frame(model: Any) -> pd.DataFrame:
    if isinstance(model, pd.DataFrame):
        missing = {"fitted", "resid"} - set(model.columns)
        if missing:
            raise ValueError(f"a DataFrame model needs columns 'fitted' and 'resid'; missing "
                             f"{sorted(missing)}")
        out = model[["fitted", "resid"]].astype(float).copy()
        if "cooks_d" in model.columns:
            out["cooks_d"] = model["cooks_d"].astype(float)
        return out
    if hasattr(model, "fittedvalues") and hasattr(model, "resid"):
        fitted = pd.Series(np.asarray(model.fittedvalues, dtype=float))
        out = pd.DataFrame({"fitted": fitted, "resid": np.asarray(model.resid, dtype=float)})
        idx = getattr(model.fittedvalues, "index", None)
        if idx is not None:
            out.index = idx
        try:
            out["cooks_d"] = np.asarray(model.get_influence().cooks_distance[0], dtype=float)
        except Exception:  # noqa: BLE001 - influence is not defined for every model class
            pass
        return out
    raise TypeError("model must be a statsmodels results object (with fittedvalues, resid) or "
                    "a DataFrame with columns 'fitted' and 'resid'")


def _pairs(X: pd.DataFrame, *, similar: bool, n: int, y: pd.Series | None) -> list[dict]:
    Z = (X - X.mean()) / X.std(ddof=0).replace(0, 1)
    ids = list(Z.index)
    rows = []
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            a, b = ids[i], ids[j]
            if y is not None and similar and y[a] == y[b]:
                continue  # most-similar: similar on X, different on the outcome
            if y is not None and not similar and y[a] != y[b]:
                continue  # most-different: different on X, same outcome
            d = float(np.sqrt(((Z.loc[a] - Z.loc[b]) ** 2).sum()))
            rows.append((d, a, b))
    rows.sort(key=lambda r: (r[0] if similar else -r[0], str(r[1]), str(r[2])))
    out = []
    for d, a, b in rows[:n]:
        kind = "most_similar" if similar else "most_different"
        why = (f"closest pair on the standardized covariates (distance {d:.3f})" if similar
               else f"farthest pair on the standardized covariates (distance {d:.3f})")
        if y is not None:
            why += " with different outcomes" if similar else " with the same outcome"
        out.append({"kind": kind, "case": f"{a} | {b}", "score": d, "reason": why})
    return out


def select_cases(model: Any = None, *, kinds: Sequence[str] = ("typical", "deviant"),
                 n: int = 1, covariates: pd.DataFrame | None = None,
                 outcome: pd.Series | None = None, solution: Any = None) -> pd.DataFrame:
    """Select cases for case studies from a fitted model or a QCA solution.

    Parameters
    ----------
    model : statsmodels results or DataFrame, optional
        Fitted regression; a DataFrame needs ``fitted`` and ``resid`` columns
        (optionally ``cooks_d``), indexed by case.
    kinds : sequence of str
        Any of "typical" (smallest absolute residual), "deviant" (largest
        absolute residual), "extreme" (most extreme values of the first
        covariate column, or of the fitted values), "influential" (largest
        Cook's distance), "most_similar" / "most_different" (pairs of cases
        closest / farthest on the standardized ``covariates``; with
        ``outcome``, most-similar pairs differ on the outcome and
        most-different pairs share it).
    n : int
        Cases (or pairs) per kind.
    covariates : DataFrame, optional
        Case x covariates, needed for "most_similar"/"most_different" and
        used by "extreme".
    outcome : Series, optional
        Outcome per case (for the pair designs).
    solution : QCASolution, optional
        With a QCA solution instead of a model: "typical" cases are members
        of the solution (> 0.5) and of the outcome, most typical first (the
        smallest |solution - outcome|); "deviant" cases are members of the
        solution but not of the outcome (deviant for consistency), the
        largest gap first.

    Returns
    -------
    DataFrame
        Columns ``kind``, ``case``, ``score``, ``reason``.

    References
    ----------
    Seawright, J. and Gerring, J. (2008). Case selection techniques in case
    study research. *Political Research Quarterly* 61(2), 294-308.
    Schneider, C. and Rohlfing, I. (2013). Combining QCA and process tracing
    in set-theoretic multi-method research. *Sociological Methods & Research* 42(4).

    Examples
    --------
    >>> m = pd.DataFrame({"fitted": [1.0, 2.0, 3.0], "resid": [0.1, -2.0, 0.5]},
    ...                  index=["a", "b", "c"])
    >>> select_cases(m, kinds=["typical", "deviant"])["case"].tolist()
    ['a', 'b']
    """
    bad = set(kinds) - set(_KINDS)
    if bad:
        raise ValueError(f"unknown kinds {sorted(bad)}; choose from {_KINDS}")
    rows: list[dict] = []
    if solution is not None:
        sets = solution.truth_table.sets
        imps = parse_expression(solution.solutions[0], sets.conditions, sets.noflevels)
        s = pd.Series(expression_membership(imps, sets.X, sets.noflevels), index=sets.cases)
        yv = pd.Series(sets.y, index=sets.cases)
        for kind in kinds:
            if kind == "typical":
                cand = s[(s > 0.5) & (yv > 0.5)]
                gap = (cand - yv[cand.index]).abs().sort_values(kind="stable")
                for c in gap.index[:n]:
                    rows.append({"kind": "typical", "case": c, "score": float(gap[c]),
                                 "reason": f"member of the solution ({s[c]:.2f}) and of "
                                           f"{sets.outcome} ({yv[c]:.2f})"})
            elif kind == "deviant":
                cand = s[(s > 0.5) & (yv < 0.5)]
                gap = (cand - yv[cand.index]).sort_values(ascending=False, kind="stable")
                for c in gap.index[:n]:
                    rows.append({"kind": "deviant", "case": c, "score": float(gap[c]),
                                 "reason": f"member of the solution ({s[c]:.2f}) but not of "
                                           f"{sets.outcome} ({yv[c]:.2f}): deviant for "
                                           "consistency"})
            else:
                raise ValueError(f"with a QCA solution only 'typical' and 'deviant' are "
                                 f"defined, got {kind!r}")
        return pd.DataFrame(rows, columns=["kind", "case", "score", "reason"])
    frame = _model_frame(model) if model is not None else None
    for kind in kinds:
        if kind in ("most_similar", "most_different"):
            if covariates is None:
                raise ValueError(f"{kind!r} needs `covariates`")
            y = outcome.reindex(covariates.index) if outcome is not None else None
            rows += _pairs(covariates.astype(float), similar=kind == "most_similar", n=n, y=y)
            continue
        if frame is None:
            raise ValueError(f"{kind!r} needs a fitted `model`")
        if kind == "typical":
            r = frame["resid"].abs().sort_values(kind="stable")
            for c in r.index[:n]:
                rows.append({"kind": kind, "case": c, "score": float(r[c]),
                             "reason": f"smallest absolute residual ({r[c]:.3f}): well "
                                       "explained by the model"})
        elif kind == "deviant":
            r = frame["resid"].abs().sort_values(ascending=False, kind="stable")
            for c in r.index[:n]:
                rows.append({"kind": kind, "case": c, "score": float(r[c]),
                             "reason": f"largest absolute residual ({frame.loc[c, 'resid']:.3f})"
                                       ": poorly explained by the model"})
        elif kind == "extreme":
            if covariates is not None:
                col = covariates.columns[0]
                v = covariates[col].astype(float)
                label = col
            else:
                v, label = frame["fitted"], "fitted value"
            z = ((v - v.mean()) / (v.std(ddof=0) or 1)).abs().sort_values(ascending=False,
                                                                           kind="stable")
            for c in z.index[:n]:
                rows.append({"kind": kind, "case": c, "score": float(z[c]),
                             "reason": f"most extreme {label} ({v[c]:.3f}, |z| = {z[c]:.2f})"})
        elif kind == "influential":
            if "cooks_d" not in frame.columns:
                raise ValueError("'influential' needs Cook's distance: pass a statsmodels OLS "
                                 "result or a DataFrame with a 'cooks_d' column")
            d = frame["cooks_d"].sort_values(ascending=False, kind="stable")
            for c in d.index[:n]:
                rows.append({"kind": kind, "case": c, "score": float(d[c]),
                             "reason": f"largest Cook's distance ({d[c]:.3f})"})
    return pd.DataFrame(rows, columns=["kind", "case", "score", "reason"])
