"""Regression tables: several fitted models side by side."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from regionalism.models.results import FIT_STATISTICS, ModelResult
from regionalism.models.tables import Table, format_number, stars_for

__all__ = ["compare"]

_STAT_LABELS = {"nobs": "N", "n_clusters": "Clusters", "r2": "R²", "adj_r2": "Adj. R²",
                "pseudo_r2": "Pseudo R²", "loglik": "Log-likelihood", "aic": "AIC", "bic": "BIC"}


def compare(
    results: Sequence[ModelResult],
    names: Sequence[str] | None = None,
    *,
    digits: int = 3,
    star_levels: Sequence[float] = (0.1, 0.05, 0.01),
    rename: Mapping[str, str] | None = None,
    order: Sequence[str] | None = None,
    stats: Sequence[str] = ("nobs", "n_clusters", "r2", "pseudo_r2", "loglik", "aic", "bic"),
    caption: str = "",
    label: str = "",
    title: str = "",
) -> Table:
    """Lay several fitted models side by side as a regression table.

    Parameters
    ----------
    results : sequence of ModelResult
        Results returned by :func:`regionalism.models.fit`.
    names : sequence of str, optional
        Column titles; default ``(1), (2), ...``.
    digits : int
        Decimals for estimates and standard errors.
    star_levels : sequence of float
        p-value thresholds for ``*``, ``**``, ``***``.
    rename : mapping, optional
        Term name -> label shown in the table (e.g. ``{"polyarchy_mean": "Democracy"}``).
    order : sequence of str, optional
        Terms (original names) to show first, in this order; the others follow
        in order of appearance. Unknown names raise ``KeyError``.
    stats : sequence of str
        Fit statistics for the footer, from
        :data:`~regionalism.models.results.FIT_STATISTICS`; a row whose values
        are all undefined is left out.
    caption, label : str
        Table caption (also the title of the text and HTML forms) and LaTeX
        label; with a label, ``as_latex()`` emits a ``table`` float.
    title : str
        Older name of ``caption``.

    Returns
    -------
    Table
        Coefficient rows (estimate with stars; standard error in parentheses
        below), then the cut points of ordered models (no stars), then footer
        rows with the fit statistics, ``Covariance``, ``Fixed effects`` and
        ``Model``. Fixed-effect dummies are hidden and reported as absorbed.
        Render with ``as_text()``, ``as_html()``, ``as_latex()``, ``as_markdown()``.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> from regionalism.models import fit, compare
    >>> rng = np.random.default_rng(0)
    >>> df = pd.DataFrame({"x": rng.normal(size=60), "g": np.repeat(range(12), 5)})
    >>> df["y"] = 1 + 0.5 * df["x"] + rng.normal(size=60)
    >>> t = compare([fit("y ~ x", df), fit("y ~ x", df, cluster="g", cov="cr2")],
    ...             rename={"x": "Treatment"}, order=["x"], caption="OLS", label="tab:ols")
    >>> t.body[0][0], "Clusters" in t.as_text(), r"\\label{tab:ols}" in t.as_latex()
    ('Treatment', True, True)
    """
    results = list(results)
    if not results:
        raise ValueError("compare() needs at least one fitted model")
    if names is None:
        names = [f"({i + 1})" for i in range(len(results))]
    if len(names) != len(results):
        raise ValueError(f"got {len(names)} names for {len(results)} models")
    bad = [s for s in stats if s not in FIT_STATISTICS]
    if bad:
        raise ValueError(f"unknown fit statistics {bad}; choose from {FIT_STATISTICS}")
    rename = dict(rename or {})
    tidies = [r.tidy().set_index("term") for r in results]
    cut_terms = {t for r in results for t in r.tidy()["term"] if t.startswith("cut ")
                 and r.threshold_terms}
    terms: list[str] = []
    for td in tidies:
        terms += [t for t in td.index if t not in terms]
    if order is not None:
        unknown = [t for t in order if t not in terms]
        if unknown:
            raise KeyError(f"order= names terms no model has: {unknown}")
        terms = list(order) + [t for t in terms if t not in order]
    coef_terms = [t for t in terms if t not in cut_terms]
    cuts = [t for t in terms if t in cut_terms]

    def rows(term: str, stars: bool) -> list[tuple[str, ...]]:
        est, se = [rename.get(term, term)], [""]
        for td in tidies:
            if term in td.index:
                row = td.loc[term]
                mark = stars_for(row["p_value"], star_levels) if stars else ""
                est.append(format_number(row["estimate"], digits) + mark)
                se.append(f"({format_number(row['std_error'], digits)})")
            else:
                est.append("")
                se.append("")
        return [tuple(est), tuple(se)]

    body: list[tuple[str, ...]] = []
    for t in coef_terms:
        body += rows(t, True)
    for t in cuts:
        body += rows(t, False)
    fs = pd.DataFrame([r.fit_statistics() for r in results])
    footer: list[tuple[str, ...]] = []
    for s in stats:
        vals = fs[s]
        if vals.isna().all():
            continue
        fmt = (lambda v: "" if pd.isna(v) else str(int(v))) if s in ("nobs", "n_clusters") else (
            lambda v: format_number(v, digits))
        footer.append((_STAT_LABELS[s], *(fmt(v) for v in vals)))
    footer.append(("Covariance", *(r.cov_short for r in results)))
    if any(r.fe for r in results):
        footer.append(("Fixed effects", *(", ".join(r.fe) if r.fe else "" for r in results)))
    footer.append(("Model", *(r.model for r in results)))
    levels = sorted(star_levels, reverse=True)
    note = "; ".join(f"{'*' * (i + 1)} p < {lv:g}" for i, lv in enumerate(levels))
    notes = [f"Standard errors in parentheses. {note}."]
    if cuts:
        notes.append("Cut points of ordered models: P(Y <= k) = F(cut_k - x'b); no tests shown.")
    return Table(header=("", *names), body=tuple(body), footer=tuple(footer),
                 title=caption or title, notes=tuple(notes), label=label)
