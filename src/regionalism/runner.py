"""Reproduce every figure and table from one command, with an HTML report.

An *analysis* is a Python file ``analyses/NN_name.py`` whose module docstring
starts with a one-line title and which defines::

    DATASETS: list[str]      # rg.load names it uses (cited with rg.cite)
    REFERENCES: list[str]    # BibTeX keys of the publications it reproduces
    def run(out: Path) -> list[Output]: ...

``run`` writes its files into ``out`` with
:func:`regionalism.report.save_figure` (PNG, PDF and the CSV of the numbers
behind the figure) and :func:`regionalism.report.save_table` (CSV, Markdown
and LaTeX) and returns what they return. An analysis whose engine is not
available raises :class:`regionalism.report.Pending` with the reason.

:func:`reproduce` runs all or some analyses, writes ``index.html`` (figures
embedded as base64 PNG, tables as HTML) and ``report.md`` and a manifest that
marks the folder as a results folder, so that a later run may overwrite it
and no other folder is ever written into.

Examples
--------
>>> from regionalism.runner import reproduce
>>> report = reproduce(["01_mia_trends"], out="results")  # doctest: +SKIP
>>> report.ok  # doctest: +SKIP
True
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Sequence

from regionalism.report.outputs import MANIFEST, AnalysisResult, Pending, Report, write_atomic, write_manifest
from regionalism.report.render import render_html, render_markdown

__all__ = ["find_analyses", "analysis_names", "load_analysis", "reproduce"]


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
    >>> from regionalism.runner import find_analyses
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
    >>> from regionalism.runner import analysis_names
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
    time). Analyses share code through the package (:mod:`regionalism.study`),
    never by loading each other.

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
    >>> from regionalism.runner import find_analyses, load_analysis
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


def _close_figures() -> None:
    import matplotlib.pyplot as plt  # heavy third-party import, kept lazy

    plt.close("all")


def _configure_matplotlib() -> None:
    import matplotlib  # heavy third-party import, kept lazy

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
    >>> from regionalism.runner import reproduce
    >>> report = reproduce(["07"], out=tempfile.mkdtemp(), progress=False)  # doctest: +SKIP
    >>> report.ok, report.results[0].status  # doctest: +SKIP
    (True, 'ok')

    A one-table analysis of one's own, in its own folder:

    >>> from pathlib import Path
    >>> src = Path(tempfile.mkdtemp())
    >>> _ = (src / "01_hello.py").write_text(
    ...     '"Hello: a one-row table."\\n'  # module docstring = title
    ...     'import pandas as pd\\n'
    ...     'from regionalism.report import save_table\\n'
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
            _close_figures()
        res.seconds = time.perf_counter() - t
        results.append(res)
        if progress:
            print(f" {res.status} ({res.seconds:.1f} s)", file=stream, flush=True)
    report = Report(out=out, results=results, seconds=time.perf_counter() - t0,
                    analyses_dir=available[chosen[0]].parent if chosen else None)
    write_manifest(report)
    write_atomic(out / "index.html", render_html(report))
    write_atomic(out / "report.md", render_markdown(report))
    return report
