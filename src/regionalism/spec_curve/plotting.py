"""The specification-curve figure: sorted estimates over an indicator panel."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from regionalism.spec_curve.specs import DIMENSIONS, HYPOTHESIS_DIMENSIONS

__all__ = ["specification_curve"]

_COLORS = {"support": "#1f5fa8", "against": "#c0392b", "ns": "#9a9a9a"}


def specification_curve(frames: Mapping[str, pd.DataFrame], *,
                        dimensions: Sequence[str] | None = None,
                        figsize: tuple[float, float] | None = None, alpha: float = 0.05,
                        standardized: bool = False, aligned: bool = False) -> Any:
    """Draw one specification curve per focal term (columns of the figure).

    Parameters
    ----------
    frames : mapping of str to DataFrame
        Focal dimension -> its rows of ``MultiverseResult.results``.
    dimensions : list of str, optional
        Dimensions in the indicator panel (default: those that vary).
    figsize : tuple, optional
        Figure size.
    alpha : float
        Significance level (for the legend).
    standardized : bool
        Whether estimates are per SD of the focal variable (axis label).
    aligned : bool
        Multiply estimates and intervals by the expected sign, so that
        positive always means "as predicted" (useful when operationalizations
        with opposite expected signs share a curve).

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt

    prepared = []
    for dim, rows in frames.items():
        ok = rows[rows["converged"] & rows["estimate"].notna()].copy()
        if aligned:
            sgn = ok["expected_sign"].replace(0, 1).astype(float)
            lo, hi = ok["conf_low"] * sgn, ok["conf_high"] * sgn
            ok["estimate"] = ok["estimate"] * sgn
            ok["conf_low"], ok["conf_high"] = np.minimum(lo, hi), np.maximum(lo, hi)
            ok["expected_sign"] = np.where(ok["expected_sign"] == 0, 0, 1)
        ok = ok.sort_values(["estimate", "spec_id"], kind="stable").reset_index(drop=True)
        dims = list(dimensions) if dimensions is not None else [
            d for d in DIMENSIONS if ok[d].astype(str).nunique() > 1]
        levels = [(d, lv) for d in dims for lv in sorted(ok[d].astype(str).unique())]
        prepared.append((dim, rows, ok, dims, levels))
    n_rows_max = max((len(p[4]) for p in prepared), default=1)
    if figsize is None:
        figsize = (max(6.0, 5.5 * len(prepared)), 4.0 + 0.22 * n_rows_max)
    fig, axes = plt.subplots(2, len(prepared), figsize=figsize, squeeze=False, sharex="col",
                             gridspec_kw={"height_ratios": [1.0, max(0.6, 0.09 * n_rows_max)]})
    for col, (dim, rows, ok, dims, levels) in enumerate(prepared):
        top, bottom = axes[0, col], axes[1, col]
        x = np.arange(len(ok))
        sign = ok["expected_sign"].to_numpy(dtype=float)
        sig = ok["p_value"].to_numpy(dtype=float) < alpha
        signed = ok["estimate"].to_numpy(dtype=float) * sign
        kind = np.where(sig & (signed > 0), "support", np.where(sig & (signed < 0), "against",
                                                                 "ns"))
        for k, color in _COLORS.items():
            m = kind == k
            if not m.any():
                continue
            top.vlines(x[m], ok["conf_low"].to_numpy()[m], ok["conf_high"].to_numpy()[m],
                       color=color, alpha=0.35, linewidth=1)
            label = {"support": f"p < {alpha:g}, predicted sign",
                     "against": f"p < {alpha:g}, opposite sign", "ns": "not significant"}[k]
            top.scatter(x[m], ok["estimate"].to_numpy()[m], s=10, color=color, label=label,
                        zorder=3)
        top.axhline(0, color="black", linewidth=0.8)
        terms = ", ".join(pd.unique(ok["term"]).astype(str)[:3])
        n_failed = len(rows) - len(ok)
        title = f"{HYPOTHESIS_DIMENSIONS.get(dim, '')} {dim}: {len(ok)} specifications"
        if n_failed:
            title += f" ({n_failed} failed, not shown)"
        top.set_title(title, fontsize=10)
        top.set_ylabel(("estimate x expected sign" if aligned else "estimate")
                       + (" (per SD)" if standardized else "")
                       + (f"\n{terms}" if ok["term"].nunique() == 1 else ""))
        top.legend(fontsize=7, loc="upper left", frameon=False)
        # indicator panel
        ypos = {lv: i for i, lv in enumerate(levels)}
        for d in dims:
            vals = ok[d].astype(str).to_numpy()
            ys = [ypos[(d, v)] for v in vals]
            bottom.scatter(x, ys, marker="|", s=40, color=[_COLORS[k] for k in kind],
                           linewidths=1)
        bottom.set_yticks(range(len(levels)))
        bottom.set_yticklabels([f"{d}: {lv}" for d, lv in levels], fontsize=7)
        bottom.set_ylim(len(levels) - 0.5, -0.5)
        for i in range(1, len(levels)):
            if levels[i][0] != levels[i - 1][0]:
                bottom.axhline(i - 0.5, color="0.8", linewidth=0.6)
        bottom.set_xlabel("specification (sorted by estimate)")
        bottom.set_xlim(-1, max(len(ok), 1))
    fig.tight_layout()
    return fig
