"""Plain-text, HTML, LaTeX and Markdown rendering of regression tables.

:func:`compare` lays several fitted models side by side; :class:`Table` is the
small rendering object shared with ``ModelResult.summary()``.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from regionalism.models.results import ModelResult

__all__ = ["Table", "compare", "stars_for"]

_LATEX_ESCAPES = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                  "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}


def _latex(s: str) -> str:
    return "".join(_LATEX_ESCAPES.get(c, c) for c in s)


def stars_for(p: float, levels: Sequence[float] = (0.1, 0.05, 0.01)) -> str:
    """Significance stars: one per level in ``levels`` that ``p`` is below.

    Examples
    --------
    >>> stars_for(0.03), stars_for(0.2), stars_for(0.001)
    ('**', '', '***')
    """
    if p is None or not np.isfinite(p):
        return ""
    return "*" * sum(p < lv for lv in levels)


@dataclass(frozen=True)
class Table:
    """A rendered-on-demand table: header row, body rows, footer rows, notes.

    Use :meth:`as_text`, :meth:`as_html`, :meth:`as_latex`, :meth:`as_markdown`;
    ``str(table)`` is the text form and notebooks show the HTML form.
    """

    header: tuple[str, ...]
    body: tuple[tuple[str, ...], ...]
    footer: tuple[tuple[str, ...], ...] = ()
    title: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def _widths(self) -> list[int]:
        rows = [self.header, *self.body, *self.footer]
        return [max(len(r[i]) for r in rows) for i in range(len(self.header))]

    def as_text(self) -> str:
        """Fixed-width plain text."""
        w = self._widths()

        def line(r: Sequence[str]) -> str:
            cells = [r[0].ljust(w[0])] + [c.rjust(wi) for c, wi in zip(r[1:], w[1:])]
            return "  ".join(cells).rstrip()

        rule = "=" * (sum(w) + 2 * (len(w) - 1))
        thin = "-" * len(rule)
        out = [self.title] if self.title else []
        out += [rule, line(self.header), thin, *(line(r) for r in self.body)]
        if self.footer:
            out += [thin, *(line(r) for r in self.footer)]
        out.append(rule)
        out += list(self.notes)
        return "\n".join(out)

    def as_markdown(self) -> str:
        """GitHub-flavoured Markdown table (footer rows appended to the body)."""
        def line(r: Sequence[str]) -> str:
            return "| " + " | ".join(c.replace("|", "\\|") for c in r) + " |"

        out = [f"**{self.title}**", ""] if self.title else []
        out += [line(self.header), "|" + "|".join([":---"] + ["---:"] * (len(self.header) - 1)) + "|"]
        out += [line(r) for r in (*self.body, *self.footer)]
        if self.notes:
            out += ["", *self.notes]
        return "\n".join(out)

    def as_html(self) -> str:
        """HTML ``<table>`` (self-contained, no CSS needed)."""
        e = html.escape
        out = ["<table class=\"regionalism-table\">"]
        if self.title:
            out.append(f"<caption>{e(self.title)}</caption>")
        out.append("<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in self.header) + "</tr></thead>")
        out.append("<tbody>")
        for r in self.body:
            out.append("<tr>" + f"<th style=\"text-align:left\">{e(r[0])}</th>"
                       + "".join(f"<td style=\"text-align:right\">{e(c)}</td>" for c in r[1:]) + "</tr>")
        for i, r in enumerate(self.footer):
            style = " style=\"border-top:1px solid black\"" if i == 0 else ""
            out.append(f"<tr{style}>" + f"<th style=\"text-align:left\">{e(r[0])}</th>"
                       + "".join(f"<td style=\"text-align:right\">{e(c)}</td>" for c in r[1:]) + "</tr>")
        out.append("</tbody>")
        if self.notes:
            out.append(f"<tfoot><tr><td colspan=\"{len(self.header)}\">"
                       + "<br>".join(e(n) for n in self.notes) + "</td></tr></tfoot>")
        out.append("</table>")
        return "\n".join(out)

    def as_latex(self) -> str:
        """LaTeX ``tabular`` (booktabs rules)."""
        def line(r: Sequence[str]) -> str:
            return " & ".join(_latex(c) for c in r) + r" \\"

        out = [r"\begin{tabular}{l" + "r" * (len(self.header) - 1) + "}", r"\toprule",
               line(self.header), r"\midrule", *(line(r) for r in self.body)]
        if self.footer:
            out += [r"\midrule", *(line(r) for r in self.footer)]
        out.append(r"\bottomrule")
        out.append(r"\end{tabular}")
        if self.notes:
            out += [r"\par\footnotesize " + _latex(n) for n in self.notes]
        return "\n".join(out)

    def __str__(self) -> str:
        return self.as_text()

    def _repr_html_(self) -> str:
        return self.as_html()


def _fmt(x: float, digits: int) -> str:
    return "" if x is None or not np.isfinite(x) else f"{x:.{digits}f}"


def compare(
    results: Sequence["ModelResult"],
    names: Sequence[str] | None = None,
    *,
    digits: int = 3,
    star_levels: Sequence[float] = (0.1, 0.05, 0.01),
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
    title : str
        Optional caption.

    Returns
    -------
    Table
        Coefficient rows (estimate with stars; standard error in parentheses
        below), then footer rows ``N``, ``Clusters``, ``Covariance``,
        ``Fixed effects`` and ``Model``. Fixed-effect dummies are hidden and
        reported as absorbed. Render with ``as_text()``, ``as_html()``,
        ``as_latex()``, ``as_markdown()``.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> from regionalism.models import fit, compare
    >>> rng = np.random.default_rng(0)
    >>> df = pd.DataFrame({"x": rng.normal(size=60), "g": np.repeat(range(12), 5)})
    >>> df["y"] = 1 + 0.5 * df["x"] + rng.normal(size=60)
    >>> t = compare([fit("y ~ x", df), fit("y ~ x", df, cluster="g", cov="cr2")])
    >>> "Clusters" in t.as_text()
    True
    """
    results = list(results)
    if not results:
        raise ValueError("compare() needs at least one fitted model")
    if names is None:
        names = [f"({i + 1})" for i in range(len(results))]
    if len(names) != len(results):
        raise ValueError(f"got {len(names)} names for {len(results)} models")
    terms: list[str] = []
    for r in results:
        for t in r.tidy()["term"]:
            if t not in terms:
                terms.append(t)
    body: list[tuple[str, ...]] = []
    for t in terms:
        est, se = [t], [""]
        for r in results:
            td = r.tidy().set_index("term")
            if t in td.index:
                row = td.loc[t]
                est.append(_fmt(row["estimate"], digits) + stars_for(row["p_value"], star_levels))
                se.append(f"({_fmt(row['std_error'], digits)})")
            else:
                est.append("")
                se.append("")
        body += [tuple(est), tuple(se)]
    footer = [
        ("N", *(str(int(r.nobs)) for r in results)),
        ("Clusters", *((str(r.n_clusters) if r.n_clusters else "") for r in results)),
        ("Covariance", *(r.cov_short for r in results)),
    ]
    if any(r.fe for r in results):
        footer.append(("Fixed effects", *(", ".join(r.fe) if r.fe else "" for r in results)))
    footer.append(("Model", *(r.model for r in results)))
    levels = sorted(star_levels, reverse=True)
    note = "; ".join(f"{'*' * (i + 1)} p < {lv:g}" for i, lv in enumerate(levels))
    return Table(header=("", *names), body=tuple(body), footer=tuple(footer), title=title,
                 notes=(f"Standard errors in parentheses. {note}.",))


def frame_to_table(df: pd.DataFrame, *, title: str = "", notes: Sequence[str] = (),
                   digits: int = 3) -> Table:
    """Render a DataFrame (first column as row labels) as a :class:`Table`."""
    def cell(v: object) -> str:
        if isinstance(v, (float, np.floating)):
            return _fmt(float(v), digits)
        return "" if v is None else str(v)

    header = tuple(str(c) for c in df.columns)
    body = tuple(tuple(cell(v) for v in row) for row in df.itertuples(index=False))
    return Table(header=header, body=body, title=title, notes=tuple(notes))
