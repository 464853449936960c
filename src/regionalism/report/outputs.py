"""Outputs of an analysis: the records of what was written, and the writers for figures and tables.

An analysis's ``run(out)`` writes its files with :func:`save_figure` (PNG,
PDF and the CSV of the numbers behind the figure) and :func:`save_table`
(CSV, Markdown, LaTeX and an HTML fragment) and returns the :class:`Output`
records they return; an analysis whose engine or input is missing raises
:class:`Pending`. Every file is written with the package's one
:func:`~regionalism._shared.files.atomic_write`. :data:`MANIFEST` marks a
results folder.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Sequence

from regionalism._shared.files import atomic_write
from regionalism.models.tables import frame_to_table

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Output", "Pending", "ResultsWriteError", "AnalysisResult", "Report", "MANIFEST", "save_figure", "save_table",
           "write_atomic", "write_manifest", "neutralize_cell", "FORMULA_STARTS"]

#: Name of the file that marks a folder as written by ``regionalism reproduce``.
MANIFEST = ".regionalism-results.json"

Kind = Literal["figure", "table", "data"]


@dataclass(frozen=True)
class Output:
    """One file written by an analysis.

    Attributes
    ----------
    path : Path
        The file (inside the output folder).
    kind : {"figure", "table", "data"}
        ``figure`` for the PNG shown in the report, ``table`` for the CSV of a
        table shown in the report, ``data`` for every other file (PDF, the CSV
        behind a figure, Markdown and LaTeX versions of a table).
    caption : str
        Caption shown in the report.
    """

    path: Path
    kind: Kind
    caption: str = ""


class Pending(Exception):
    """Raised by an analysis whose engine or input is not available yet.

    The runner lists the analysis as *pending* with the message as reason;
    a pending analysis does not make the command fail.
    """


class ResultsWriteError(OSError):
    """Raised when a results folder cannot be written (read-only, disk full); nothing was changed."""


@dataclass
class AnalysisResult:
    """What running one analysis produced.

    Attributes
    ----------
    name, title, description : str
        File stem (``01_mia_trends``), title and the rest of the docstring.
    status : {"ok", "pending", "failed"}
    reason : str
        Why an analysis is pending or failed (the traceback for failures).
    outputs : list of Output
    seconds : float
    datasets, references : list of str
        Dataset names (for :func:`regionalism.cite`) and BibTeX keys.
    """

    name: str
    title: str
    description: str = ""
    status: Literal["ok", "pending", "failed"] = "ok"
    reason: str = ""
    outputs: list[Output] = field(default_factory=list)
    seconds: float = 0.0
    datasets: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)


@dataclass
class Report:
    """The result of :func:`regionalism.runner.reproduce`.

    Attributes
    ----------
    out : Path
        The output folder.
    results : list of AnalysisResult
    seconds : float
        Wall time of the whole run.
    analyses_dir : Path, optional
        The folder the analyses came from (its ``references.bib`` adds to the
        shipped bibliography in the rendered report).
    """

    out: Path
    results: list[AnalysisResult]
    seconds: float
    analyses_dir: Path | None = None

    @property
    def ok(self) -> bool:
        """True when no analysis failed (pending analyses are allowed)."""
        return not any(r.status == "failed" for r in self.results)

    def summary(self) -> str:
        """One line per analysis: status, name, seconds and reason."""
        lines = []
        for r in self.results:
            why = f"  ({r.reason.strip().splitlines()[-1]})" if r.reason else ""
            lines.append(f"{r.status:8s} {r.name:32s} {r.seconds:6.1f} s{why}")
        lines.append(f"total {self.seconds:.1f} s -> {self.out / 'index.html'}")
        return "\n".join(lines)


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Replace ``path`` atomically with ``data`` (results are regenerated: no backup), creating its folder.

    Readers never see a half-written file, and an interrupted run leaves the
    previous version in place (see :func:`regionalism._shared.files.atomic_write`).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from regionalism.report import write_atomic
    >>> path = write_atomic(Path(tempfile.mkdtemp()) / "sub" / "note.txt", "hello")
    >>> path.name, path.read_text()
    ('note.txt', 'hello')
    """
    atomic_write(path, data, force=True, backup=False, parents=True)
    return Path(path)


#: First characters that make a spreadsheet read a text cell as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def neutralize_cell(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, prefixed with ``'``; other values unchanged.

    Text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return is written as ``'=...`` (the OWASP rule against CSV injection),
    unless it is a number (``-0.5``) or a lone ``-``. Numbers are never changed.

    Examples
    --------
    >>> from regionalism.report.outputs import neutralize_cell
    >>> neutralize_cell("=SUM(A1)"), neutralize_cell("-0.5"), neutralize_cell(-3)
    ("'=SUM(A1)", '-0.5', -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and value != "-" and not _is_number(value):
        return "'" + value
    return value


def _csv_text(df: "pd.DataFrame") -> str:
    import pandas as pd  # heavy third-party import, kept lazy

    text_cols = [c for c in df.columns if not pd.api.types.is_numeric_dtype(df[c])
                 and not pd.api.types.is_datetime64_any_dtype(df[c])]
    if text_cols or any(isinstance(c, str) and neutralize_cell(c) != c for c in df.columns):
        df = df.copy()
        for c in text_cols:
            df[c] = df[c].map(neutralize_cell, na_action="ignore")
        df.columns = [neutralize_cell(c) for c in df.columns]
    # the csv writer quotes only the characters of its line terminator ("\n"): a bare "\r" in a cell
    # would split the row in readers that end lines at "\r", so such a table quotes every text cell
    has_cr = any(df[c].map(lambda v: isinstance(v, str) and "\r" in v).any() for c in text_cols)
    return df.to_csv(index=False, lineterminator="\n", float_format="%.10g",
                     quoting=csv.QUOTE_NONNUMERIC if has_cr else csv.QUOTE_MINIMAL)


def save_figure(fig: Any, out: Path, stem: str, *, data: "pd.DataFrame", caption: str) -> list[Output]:
    """Write a figure as PNG and PDF plus the CSV of the numbers behind it.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure; it is closed afterwards.
    out : Path
        Output folder.
    stem : str
        File name without extension.
    data : pandas.DataFrame
        The numbers plotted (written as ``stem.csv``; the report names it).
    caption : str
        Caption for the report.

    Returns
    -------
    list of Output
        The PNG (kind ``figure``), the PDF and the CSV (kind ``data``).

    Notes
    -----
    Metadata that would change between runs (creation date, software
    version) is left out, so that re-running gives identical files.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> import pandas as pd
    >>> from regionalism.report import save_figure
    >>> numbers = pd.DataFrame({"year": [2000, 2001], "depth": [0.2, 0.4]})
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot(numbers["year"], numbers["depth"])
    >>> files = save_figure(fig, Path(tempfile.mkdtemp()), "depth", data=numbers, caption="Depth")
    >>> [(f.path.name, f.kind) for f in files]
    [('depth.png', 'figure'), ('depth.pdf', 'data'), ('depth.csv', 'data')]
    """
    import matplotlib.pyplot as plt

    out = Path(out)
    files: list[Output] = []
    for ext, meta in (("png", {"Software": None}), ("pdf", {"CreationDate": None, "Creator": None, "Producer": None})):
        buf = io.BytesIO()
        # figures with a layout engine (constrained layout) are already tight: skip the extra draw;
        # the layout computed for the PNG is kept for the PDF (same size in inches)
        tight = None if fig.get_layout_engine() is not None else "tight"
        fig.savefig(buf, format=ext, dpi=150, bbox_inches=tight, metadata=meta)
        if tight is None:
            fig.set_layout_engine("none")
        write_atomic(out / f"{stem}.{ext}", buf.getvalue())
        files.append(Output(out / f"{stem}.{ext}", "figure" if ext == "png" else "data", caption))
    plt.close(fig)
    write_atomic(out / f"{stem}.csv", _csv_text(data))
    files.append(Output(out / f"{stem}.csv", "data", f"Numbers behind: {caption}"))
    return files


def save_table(df: "pd.DataFrame", out: Path, stem: str, *, caption: str, notes: Sequence[str] = (),
               digits: int = 3, rendered: Any = None) -> list[Output]:
    """Write a table as CSV (full precision), Markdown, LaTeX and an HTML fragment.

    Every export is safe to open: text cells of the CSV that a spreadsheet
    would run as a formula (beginning with ``=``, ``+``, ``-``, ``@``) are
    prefixed with ``'`` (:func:`neutralize_cell`); LaTeX escapes every
    special character including backslashes; Markdown and HTML escape raw HTML.

    Parameters
    ----------
    df : pandas.DataFrame
        The numbers; its first column labels the rows. Written as ``stem.csv``.
    out : Path
        Output folder.
    stem : str
        File name without extension.
    caption : str
        Caption for the report and the LaTeX/Markdown title.
    notes : sequence of str
        Table notes.
    digits : int
        Decimals in the Markdown, LaTeX and HTML versions.
    rendered : regionalism.models.Table, optional
        A ready-made table (e.g. from :func:`regionalism.compare`) used for the
        Markdown, LaTeX and HTML versions instead of ``df`` (whose numbers
        then go to the CSV only, e.g. in tidy long form).

    Returns
    -------
    list of Output
        The CSV (kind ``table``; the report shows ``stem.html``), the
        Markdown, LaTeX and HTML files (kind ``data``).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> import pandas as pd
    >>> from regionalism.report import save_table
    >>> out = Path(tempfile.mkdtemp())
    >>> df = pd.DataFrame({"region": ["a", "b"], "depth": [0.12345, 0.5]})
    >>> files = save_table(df, out, "depth", caption="Depth", digits=2)
    >>> [(f.path.name, f.kind) for f in files]
    [('depth.csv', 'table'), ('depth.md', 'data'), ('depth.tex', 'data'),
     ('depth.html', 'data')]
    >>> print((out / "depth.md").read_text())
    **Depth**
    <BLANKLINE>
    | region | depth |
    |:---|---:|
    | a | 0.12 |
    | b | 0.50 |
    <BLANKLINE>
    """
    out = Path(out)
    table = rendered if rendered is not None else frame_to_table(df, title=caption, notes=notes, digits=digits)
    write_atomic(out / f"{stem}.csv", _csv_text(df))
    write_atomic(out / f"{stem}.md", table.as_markdown() + "\n")
    write_atomic(out / f"{stem}.tex", table.as_latex() + "\n")
    write_atomic(out / f"{stem}.html", table.as_html() + "\n")
    return [Output(out / f"{stem}.csv", "table", caption),
            Output(out / f"{stem}.md", "data", caption),
            Output(out / f"{stem}.tex", "data", caption),
            Output(out / f"{stem}.html", "data", caption)]


def write_manifest(report: Report) -> None:
    """Write the manifest (:data:`MANIFEST`): each analysis's status, output files and wall time.

    The wall times live here only (not in ``index.html`` or ``report.md``),
    so that two runs give byte-identical reports.
    """
    manifest = {
        "written_by": "regionalism reproduce",
        "analyses": {r.name: {"status": r.status, "seconds": round(r.seconds, 3),
                              "outputs": [o.path.name for o in r.outputs]} for r in report.results},
        "seconds": round(report.seconds, 3),
    }
    write_atomic(report.out / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
