"""Reproduce every figure and table from one command, with an HTML report.

An *analysis* is a Python file ``analyses/NN_name.py`` whose module docstring
starts with a one-line title and which defines::

    DATASETS: list[str]      # rg.load names it uses (cited with rg.cite)
    REFERENCES: list[str]    # BibTeX keys of the publications it reproduces
    def run(out: Path) -> list[Output]: ...

``run`` writes its files into ``out`` with :func:`save_figure` (PNG, PDF and
the CSV of the numbers behind the figure) and :func:`save_table` (CSV,
Markdown and LaTeX) and returns what they return. An analysis whose engine
is not available raises :class:`Pending` with the reason.

:func:`reproduce` runs all or some analyses, writes ``index.html`` (figures
embedded as base64 PNG, tables as HTML) and ``report.md`` and a manifest that
marks the folder as a results folder, so that a later run may overwrite it
and no other folder is ever written into.

Examples
--------
>>> from regionalism.reproduce import reproduce
>>> report = reproduce(["01_mia_trends"], out="results")  # doctest: +SKIP
>>> report.ok  # doctest: +SKIP
True
"""
from __future__ import annotations

import base64
import functools
import html
import importlib.util
import io
import json
import os
import re
import sys
import tempfile
import time
import traceback
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "Output", "Pending", "AnalysisResult", "Report", "MANIFEST", "find_analyses",
    "analysis_names", "load_analysis", "reproduce", "save_figure", "save_table", "write_atomic",
    "region_year_panel", "region_names", "CONTINENTS", "COMPARISON_REGIONS",
]

#: Name of the file that marks a folder as written by :func:`reproduce`.
MANIFEST = ".regionalism-results.json"

#: The continent-level regions (all of them M49 regions) used by several analyses.
CONTINENTS: tuple[str, ...] = ("africa", "americas", "asia", "europe", "pacific")

#: Regions compared in the cross-regional figures and tables: every coded region
#: except the continents (but the Pacific) and the large aggregates that contain
#: other regions (Latin America, Sub-Saharan Africa, M49 Northern Africa, the
#: former Soviet Union, which contains Central Asia).
COMPARISON_REGIONS: tuple[str, ...] = (
    "caribbean", "central_africa", "central_america", "central_asia", "east_africa", "eastern_europe",
    "gulf", "horn_of_africa", "middle_east", "north_africa", "north_america", "northeast_asia",
    "northern_europe", "pacific", "south_america", "south_asia", "south_caucasus", "southeast_asia",
    "southern_africa", "southern_europe", "west_africa", "western_europe",
)

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
    """The result of :func:`reproduce`.

    Attributes
    ----------
    out : Path
        The output folder.
    results : list of AnalysisResult
    seconds : float
        Wall time of the whole run.
    """

    out: Path
    results: list[AnalysisResult]
    seconds: float

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


# ----------------------------------------------------------------------------
# files


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file and ``os.replace``.

    Readers never see a half-written file, and an interrupted run leaves the
    previous version in place.

    Parameters
    ----------
    path : Path
        Target file; missing parent folders are created.
    data : bytes or str
        Content (``str`` is written as UTF-8).

    Returns
    -------
    Path
        ``path``.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from regionalism.reproduce import write_atomic
    >>> path = write_atomic(Path(tempfile.mkdtemp()) / "sub" / "note.txt", "hello")
    >>> path.name, path.read_text()
    ('note.txt', 'hello')
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; results are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def _csv_text(df: "pd.DataFrame") -> str:
    return df.to_csv(index=False, lineterminator="\n", float_format="%.10g")


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
    >>> from regionalism.reproduce import save_figure
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
    >>> from regionalism.reproduce import save_table
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
    from regionalism.models.tables import frame_to_table

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


# ----------------------------------------------------------------------------
# shared inputs (computed once per process)


@functools.lru_cache(maxsize=4)
def region_year_panel(years: tuple[int, int] = (1946, 2025)) -> "pd.DataFrame":
    """The region-year panel for all regions, built once per process.

    Several analyses use it; callers must not modify the returned frame.

    Parameters
    ----------
    years : tuple of int
        First and last year (inclusive); each distinct value is cached.

    Returns
    -------
    pandas.DataFrame
        :func:`regionalism.region_year` for all regions (see
        ``rg.describe("region_year")`` for the columns).

    Examples
    --------
    >>> from regionalism.reproduce import region_year_panel
    >>> panel = region_year_panel((2010, 2011))
    >>> panel["year"].unique().tolist(), "secreg_depth" in panel.columns
    ([2010, 2011], True)
    >>> region_year_panel((2010, 2011)) is panel  # built once
    True
    """
    from regionalism.panel import region_year

    return region_year(years=years)


@functools.lru_cache(maxsize=1)
def region_names() -> dict[str, str]:
    """``region_id -> name`` from the shipped ``regions`` table.

    Returns
    -------
    dict of str to str
        Display name per region identifier.

    Examples
    --------
    >>> from regionalism.reproduce import region_names
    >>> region_names()["central_asia"]
    'Central Asia'
    """
    from regionalism.data.tables import load

    regions = load("regions")
    return dict(zip(regions["region_id"].astype(str), regions["name"].astype(str)))


# ----------------------------------------------------------------------------
# discovery and running

_NAME = re.compile(r"^(\d\d)_[a-z0-9_]+$")


def _default_analyses_dir() -> Path:
    here = Path(__file__).resolve()
    for cand in (here.parents[2] / "analyses", Path.cwd() / "analyses"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError(
        "no analyses/ folder found next to the source tree or in the current directory; "
        "pass analyses_dir= (or --analyses DIR)")


def find_analyses(analyses_dir: str | Path | None = None) -> dict[str, Path]:
    """The analysis files ``NN_name.py`` in ``analyses_dir``, in order.

    Parameters
    ----------
    analyses_dir : str or Path, optional
        Folder with the analysis files; default the ``analyses/`` folder of
        the source tree (or of the current directory).

    Returns
    -------
    dict
        ``name -> path`` sorted by name.

    Raises
    ------
    FileNotFoundError
        If the folder does not exist (or no default folder is found).

    Examples
    --------
    >>> from regionalism.reproduce import find_analyses
    >>> analyses = find_analyses()
    >>> analyses["01_mia_trends"].name
    '01_mia_trends.py'
    """
    folder = Path(analyses_dir) if analyses_dir is not None else _default_analyses_dir()
    if not folder.is_dir():
        raise FileNotFoundError(f"analyses folder {folder} does not exist")
    return {p.stem: p for p in sorted(folder.glob("[0-9][0-9]_*.py")) if _NAME.match(p.stem)}


def analysis_names(analyses_dir: str | Path | None = None) -> list[str]:
    """Names of the available analyses (``01_mia_trends`` ...).

    Parameters
    ----------
    analyses_dir : str or Path, optional
        As in :func:`find_analyses`.

    Returns
    -------
    list of str
        File stems, sorted.

    Examples
    --------
    >>> from regionalism.reproduce import analysis_names
    >>> names = analysis_names()
    >>> names[0], "07_case_profiles" in names
    ('01_mia_trends', True)
    """
    return list(find_analyses(analyses_dir))


def _select(available: dict[str, Path], names: Sequence[str] | None) -> list[str]:
    if not names:
        return list(available)
    chosen: list[str] = []
    for n in names:
        hits = [a for a in available if a == n or a.split("_", 1)[0] == n or a.split("_", 1)[1] == n]
        if not hits:
            raise KeyError(f"unknown analysis {n!r}; available: {', '.join(available)}")
        chosen += [h for h in hits if h not in chosen]
    return sorted(chosen)


_MODULES: dict[tuple[str, int], Any] = {}


def load_analysis(path: str | Path) -> Any:
    """Import an analysis file as a module (its name starts with a digit).

    A file is imported once per process and content version (its modification
    time), so analyses that reuse another one's functions (e.g. 02 uses the
    regional rule of 01) share its cached results.

    Parameters
    ----------
    path : str or Path
        The analysis file.

    Returns
    -------
    module
        The imported module (with ``run``, ``DATASETS`` and ``REFERENCES``).

    Examples
    --------
    >>> from regionalism.reproduce import find_analyses, load_analysis
    >>> module = load_analysis(find_analyses()["07_case_profiles"])
    >>> module.__doc__.splitlines()[0]
    'Case profiles: ...'
    >>> callable(module.run), load_analysis(find_analyses()["07_case_profiles"]) is module
    (True, True)
    """
    path = Path(path).resolve()
    key = (str(path), path.stat().st_mtime_ns)
    if key in _MODULES:
        return _MODULES[key]
    spec = importlib.util.spec_from_file_location(f"regionalism_analysis_{path.stem}", path)
    if spec is None or spec.loader is None:  # pragma: no cover
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _MODULES[key] = module
    return module


def _split_doc(doc: str | None, fallback: str) -> tuple[str, str]:
    text = (doc or "").strip()
    if not text:
        return fallback, ""
    first, _, rest = text.partition("\n")
    return first.strip(), rest.strip()


def _prepare_out(out: Path) -> None:
    if out.exists():
        if not out.is_dir():
            raise FileExistsError(f"--out {out} exists and is not a folder; choose another path")
        if any(out.iterdir()) and not (out / MANIFEST).is_file():
            raise FileExistsError(
                f"--out {out} exists, is not empty and is not a results folder written by "
                f"'regionalism reproduce' (no {MANIFEST}); refusing to write into it. "
                "Choose a new or empty folder.")
    out.mkdir(parents=True, exist_ok=True)
    if not (out / MANIFEST).is_file():
        write_atomic(out / MANIFEST, json.dumps({"written_by": "regionalism reproduce"}) + "\n")


def _configure_matplotlib() -> None:
    import matplotlib

    matplotlib.use("Agg", force=True)
    matplotlib.rcParams["svg.hashsalt"] = "regionalism"
    matplotlib.rcParams["pdf.compression"] = 6
    matplotlib.rcParams["figure.max_open_warning"] = 0


def reproduce(names: Sequence[str] | None = None, *, out: str | Path = "results",
              analyses_dir: str | Path | None = None, progress: bool = True,
              stream: Any = None) -> Report:
    """Run analyses and write their outputs, ``index.html`` and ``report.md``.

    Parameters
    ----------
    names : sequence of str, optional
        Analyses to run, by full name (``03_regime_trends``), number (``03``)
        or name without number (``regime_trends``). Default: all.
    out : str or Path
        Output folder. It must be new, empty, or a folder written by a
        previous run (it holds the manifest file :data:`MANIFEST`).
    analyses_dir : str or Path, optional
        Folder with the analysis files; default the ``analyses/`` folder of
        the source tree (or of the current directory).
    progress : bool
        Print a progress line per analysis on ``stream``.
    stream : file, optional
        Where progress goes; default ``sys.stderr``.

    Returns
    -------
    Report
        ``results`` per analysis (status ``ok``, ``pending`` or ``failed``
        with the reason) and the total time. ``Report.ok`` is False when an
        analysis failed.

    Raises
    ------
    FileExistsError
        If ``out`` is a non-empty folder that is not a results folder.
    KeyError
        If a requested analysis does not exist.

    Examples
    --------
    A shipped analysis (``07_case_profiles`` is among the fastest, but it
    builds the region-year panel, which takes several seconds, so the call is
    not run here):

    >>> import tempfile
    >>> from regionalism.reproduce import reproduce
    >>> report = reproduce(["07"], out=tempfile.mkdtemp(), progress=False)  # doctest: +SKIP
    >>> report.ok, report.results[0].status  # doctest: +SKIP
    (True, 'ok')

    A one-table analysis of one's own, in its own folder:

    >>> from pathlib import Path
    >>> src = Path(tempfile.mkdtemp())
    >>> _ = (src / "01_hello.py").write_text(
    ...     '"Hello: a one-row table."\\n'  # module docstring = title
    ...     'import pandas as pd\\n'
    ...     'from regionalism.reproduce import save_table\\n'
    ...     'def run(out):\\n'
    ...     '    return save_table(pd.DataFrame({"n": [1]}), out, "hello", caption="Hello")\\n')
    >>> out = Path(tempfile.mkdtemp())
    >>> report = reproduce(["hello"], out=out, analyses_dir=src, progress=False)
    >>> report.ok, report.results[0].title
    (True, 'Hello: a one-row table.')
    >>> sorted(p.name for p in out.iterdir())
    ['.regionalism-results.json', 'hello.csv', 'hello.html', 'hello.md', 'hello.tex',
     'index.html', 'report.md']
    """
    t0 = time.perf_counter()
    stream = sys.stderr if stream is None else stream
    available = find_analyses(analyses_dir)
    chosen = _select(available, names)
    out = Path(out)
    _prepare_out(out)
    _configure_matplotlib()
    results: list[AnalysisResult] = []
    for i, name in enumerate(chosen, 1):
        if progress:
            print(f"[{i}/{len(chosen)}] {name} ...", end="", file=stream, flush=True)
        t = time.perf_counter()
        res = AnalysisResult(name=name, title=name)
        try:
            module = load_analysis(available[name])
            res.title, res.description = _split_doc(module.__doc__, name)
            res.datasets = list(getattr(module, "DATASETS", []))
            res.references = list(getattr(module, "REFERENCES", []))
            res.outputs = list(module.run(out))
        except Pending as exc:
            res.status, res.reason = "pending", str(exc)
        except Exception:  # noqa: BLE001 - an analysis may fail in any way; report it
            res.status, res.reason = "failed", traceback.format_exc()
        finally:
            import matplotlib.pyplot as plt

            plt.close("all")
        res.seconds = time.perf_counter() - t
        results.append(res)
        if progress:
            print(f" {res.status} ({res.seconds:.1f} s)", file=stream, flush=True)
    report = Report(out=out, results=results, seconds=time.perf_counter() - t0)
    _write_manifest(report)
    write_atomic(out / "index.html", render_html(report))
    write_atomic(out / "report.md", render_markdown(report))
    return report


def _write_manifest(report: Report) -> None:
    manifest = {
        "written_by": "regionalism reproduce",
        "analyses": {r.name: {"status": r.status,
                              "outputs": [o.path.name for o in r.outputs]} for r in report.results},
    }
    write_atomic(report.out / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True) + "\n")


# ----------------------------------------------------------------------------
# report rendering


@functools.lru_cache(maxsize=1)
def _extra_bib() -> dict[str, str]:
    from regionalism.data.bibtex import read_bib
    from regionalism.data.paths import datasets_root

    bib = dict(read_bib(datasets_root() / "references.bib"))
    try:
        local = _default_analyses_dir() / "references.bib"
    except FileNotFoundError:
        return bib
    if local.is_file():
        for k, v in read_bib(local).items():
            bib.setdefault(k, v)
    return bib


def _citations(res: AnalysisResult) -> str:
    """BibTeX for the publications reproduced and the datasets used."""
    from regionalism.data.catalog import cite

    parts: list[str] = []
    bib = _extra_bib()
    for key in res.references:
        parts.append(bib.get(key, f"% missing BibTeX entry: {key}"))
    seen = set(parts)
    for name in res.datasets:
        try:
            text = cite(name)
        except (KeyError, ValueError) as exc:  # a derived table without its own citation
            text = f"% {name}: {exc}"
        for entry in text.strip().split("\n\n"):
            if entry and entry not in seen:
                seen.add(entry)
                parts.append(entry)
    return "\n\n".join(parts)


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2em auto;
 padding:0 1em;color:#222;line-height:1.45}
h1{border-bottom:2px solid #333}h2{margin-top:2.2em;border-bottom:1px solid #ccc}
.status{font-size:.8em;padding:.1em .5em;border-radius:.3em;color:#fff;vertical-align:middle}
.ok{background:#2a7a2a}.pending{background:#b8860b}.failed{background:#b22222}
figure{margin:1em 0}figure img{max-width:100%;border:1px solid #eee}
figcaption,caption{font-size:.92em;color:#444;text-align:left;margin:.3em 0}
table{border-collapse:collapse;font-size:.85em;margin:1em 0}
td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}th{background:#f3f3f3}
td:first-child,th:first-child{text-align:left}
pre{background:#f7f7f7;padding:.6em;overflow-x:auto;font-size:.8em}
.files{font-size:.85em;color:#555}.desc{white-space:pre-wrap;font-size:.9em}
.scroll{max-height:520px;overflow:auto}
"""


def _table_html(path: Path, caption: str) -> str:
    fragment = path.with_suffix(".html")
    if fragment.is_file():
        body = fragment.read_text(encoding="utf-8")
    else:  # a table written without save_table: show its CSV
        import pandas as pd

        body = pd.read_csv(path).to_html(index=False, border=0, na_rep="", float_format=lambda v: f"{v:.3f}")
    if "<caption>" not in body:
        body = f'<p class="files">{html.escape(caption)}</p>{body}'
    return f'<div class="scroll">{body}</div>'


def render_html(report: Report) -> str:
    """Self-contained HTML: figures as base64 PNG, tables as HTML, sources and citations."""
    e = html.escape
    counts = {s: sum(r.status == s for r in report.results) for s in ("ok", "pending", "failed")}
    toc = "".join(f'<li><a href="#{e(r.name)}">{e(r.title)}</a> <span class="status {r.status}">'
                  f"{r.status}</span></li>" for r in report.results)
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>regionalism: reproduced figures and tables</title>", f"<style>{_CSS}</style></head><body>",
        "<h1>Reproduced figures and tables</h1>",
        f"<p>{counts['ok']} analyses ok, {counts['pending']} pending, {counts['failed']} failed; "
        f"written by <code>regionalism reproduce</code> in {report.seconds:.1f} s.</p>",
        f"<ol>{toc}</ol>",
    ]
    for r in report.results:
        parts.append(f'<h2 id="{e(r.name)}">{e(r.title)} <span class="status {r.status}">{r.status}</span></h2>')
        parts.append(f'<p class="files">analyses/{e(r.name)}.py &middot; {r.seconds:.1f} s</p>')
        if r.description:
            parts.append(f'<details><summary>About this analysis</summary><div class="desc">'
                         f"{e(r.description)}</div></details>")
        if r.status != "ok":
            label = "Pending" if r.status == "pending" else "Failed"
            parts.append(f"<p><strong>{label}:</strong></p><pre>{e(r.reason)}</pre>")
        for o in r.outputs:
            if o.kind == "figure" and o.path.is_file():
                b64 = base64.b64encode(o.path.read_bytes()).decode("ascii")
                parts.append(f'<figure><img alt="{e(o.caption)}" src="data:image/png;base64,{b64}">'
                             f"<figcaption>{e(o.caption)}</figcaption></figure>")
            elif o.kind == "table" and o.path.is_file():
                parts.append(_table_html(o.path, o.caption))
        if r.outputs:
            files = ", ".join(f'<a href="{e(o.path.name)}">{e(o.path.name)}</a>' for o in r.outputs)
            parts.append(f'<p class="files">Files: {files}</p>')
        if r.datasets:
            parts.append(f'<p class="files">Data: {", ".join(f"<code>rg.load({n!r})</code>" for n in r.datasets)}</p>')
        if r.datasets or r.references:
            parts.append(f"<details><summary>Citations (BibTeX)</summary><pre>{e(_citations(r))}</pre></details>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render_markdown(report: Report) -> str:
    """Markdown report linking the written files."""
    lines = ["# Reproduced figures and tables", "",
             f"Written by `regionalism reproduce` in {report.seconds:.1f} s.", "",
             "| analysis | status | seconds |", "| --- | --- | ---: |"]
    lines += [f"| [{r.title}](#{r.name}) | {r.status} | {r.seconds:.1f} |" for r in report.results]
    for r in report.results:
        lines += ["", f'<a id="{r.name}"></a>', f"## {r.title}", "", f"`analyses/{r.name}.py` — **{r.status}**", ""]
        if r.description:
            lines += [r.description, ""]
        if r.status != "ok":
            lines += ["```", r.reason.strip(), "```", ""]
        for o in r.outputs:
            if o.kind == "figure":
                lines += [f"![{o.caption}]({o.path.name})", "", f"*{o.caption}*", ""]
            elif o.kind == "table" and o.path.with_suffix(".md").is_file():
                lines += [o.path.with_suffix(".md").read_text(encoding="utf-8").strip(), ""]
        if r.outputs:
            lines += ["Files: " + ", ".join(f"[{o.path.name}]({o.path.name})" for o in r.outputs), ""]
        if r.datasets:
            lines += ["Data: " + ", ".join(f'`rg.load("{n}")`' for n in r.datasets), ""]
        if r.references:
            lines += ["References: " + ", ".join(f"`{k}`" for k in r.references), ""]
    return "\n".join(lines) + "\n"



class _CallableModule(types.ModuleType):
    """``rg.reproduce`` is this module (a sub-module of the package); calling it runs :func:`reproduce`."""

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return reproduce(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
