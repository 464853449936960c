"""XY plots of set memberships (necessity and sufficiency)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from regionalism.qca.expressions import expression_membership, parse_expression
from regionalism.qca.scores import necessity_scores, sufficiency_scores
from regionalism.qca.sets import prepare_sets


def xy_plot(data: pd.DataFrame, x: str, y: str, *, ax: Any = None, labels: bool = True,
            conditions: list[str] | None = None) -> Any:
    """Scatter plot of membership in ``x`` against membership in ``y``.

    Parameters
    ----------
    data : DataFrame
        Calibrated sets, case names in the index.
    x : str
        A column or an expression over the conditions (``"DEV*~IND + URB"``).
    y : str
        The outcome column (``"~Y"`` negates).
    ax : matplotlib Axes, optional
    labels : bool
        Label the points with the case names.
    conditions : list of str, optional
        Conditions the expression may use (default: all other columns).

    Returns
    -------
    matplotlib Axes
        With the diagonal; the title reports sufficiency inclusion/coverage
        (cases below the diagonal support sufficiency of X for Y) and
        necessity inclusion/relevance.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> df = pd.DataFrame({"A": [0.2, 0.8, 0.6], "Y": [0.3, 0.9, 0.7]}, index=list("abc"))
    >>> xy_plot(df, "A", "Y").get_xlabel()
    'A'
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    sets = prepare_sets(data, outcome=y, conditions=conditions)
    imps = parse_expression(x, sets.conditions, sets.noflevels)
    xm = expression_membership(imps, sets.X, sets.noflevels)
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 5))
    sns.scatterplot(x=xm, y=sets.y, ax=ax)
    ax.plot([0, 1], [0, 1], color="grey", lw=0.8, ls="--")
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel(x)
    ax.set_ylabel(sets.outcome)
    if labels:
        for name, a, b in zip(sets.cases, xm, sets.y):
            ax.annotate(name, (a, b), fontsize=7, xytext=(2, 2), textcoords="offset points")
    incl_s, _, cov_s = sufficiency_scores(xm, sets.y)
    incl_n, ron, _ = necessity_scores(xm, sets.y)
    ax.set_title(f"inclS {incl_s:.3f}  covS {cov_s:.3f} | inclN {incl_n:.3f}  RoN {ron:.3f}",
                 fontsize=9)
    return ax


__all__ = ["xy_plot"]

