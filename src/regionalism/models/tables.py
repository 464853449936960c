"""Plain-text, HTML, LaTeX and Markdown rendering of tables.

:class:`Table` is the small rendering object behind ``ModelResult.summary()``
and :func:`regionalism.models.compare`; it knows nothing about models.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

__all__ = ["Table", "format_number", "frame_to_table", "stars_for"]

_LATEX_ESCAPES = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                  "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}",
                  "\\": r"\textbackslash{}", "<": r"\textless{}", ">": r"\textgreater{}",
                  "\n": " ", "\r": " "}


def _latex(s: str) -> str:
    """Escape text for LaTeX: every special character (backslash included) is printed, never interpreted."""
    return "".join(_LATEX_ESCAPES.get(c, c) for c in s)


def _markdown(s: str) -> str:
    """Escape a Markdown table cell: raw HTML is shown as text, ``|`` and line breaks cannot break the table."""
    return html.escape(s, quote=False).replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _label(s: str) -> str:
    return "".join(c for c in s if c.isalnum() or c in ":-_.")


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
    label: str = ""

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
        """GitHub-flavoured Markdown table (footer rows appended to the body); raw HTML in cells is escaped."""
        def line(r: Sequence[str]) -> str:
            return "| " + " | ".join(_markdown(c) for c in r) + " |"

        out = [f"**{_markdown(self.title)}**", ""] if self.title else []
        out += [line(self.header), "|" + "|".join([":---"] + ["---:"] * (len(self.header) - 1)) + "|"]
        out += [line(r) for r in (*self.body, *self.footer)]
        if self.notes:
            out += ["", *(_markdown(n) for n in self.notes)]
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
        """LaTeX ``tabular`` (booktabs rules); every cell, title and note is escaped (backslashes included).

        With a ``label`` the tabular is wrapped in a ``table`` float with
        ``\\caption{title}`` and ``\\label{label}``.
        """
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
        if self.label:
            out = [r"\begin{table}[htbp]", r"\centering", r"\caption{" + _latex(self.title) + "}",
                   r"\label{" + _label(self.label) + "}", *out, r"\end{table}"]
        return "\n".join(out)

    def __str__(self) -> str:
        return self.as_text()

    def _repr_html_(self) -> str:
        return self.as_html()


def format_number(x: float | None, digits: int) -> str:
    """``x`` with ``digits`` decimals; empty for missing or non-finite values."""
    return "" if x is None or not np.isfinite(x) else f"{x:.{digits}f}"


def frame_to_table(df: pd.DataFrame, *, title: str = "", notes: Sequence[str] = (),
                   digits: int = 3) -> Table:
    """Render a DataFrame (first column as row labels) as a :class:`Table`."""
    def cell(v: object) -> str:
        if isinstance(v, (float, np.floating)):
            return format_number(float(v), digits)
        return "" if v is None else str(v)

    header = tuple(str(c) for c in df.columns)
    body = tuple(tuple(cell(v) for v in row) for row in df.itertuples(index=False))
    return Table(header=header, body=body, title=title, notes=tuple(notes))
