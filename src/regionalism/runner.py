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

import errno
import importlib.util
import re
import shutil
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

from regionalism._shared.folders import folder_lock, recover_folder, staging_folder, swap_folder
from regionalism.report.outputs import (MANIFEST, AnalysisResult, Output, Pending, Report, ResultsWriteError,
                                        write_atomic, write_manifest)
from regionalism.report.render import render_html, render_markdown

__all__ = ["analyses_root", "find_analyses", "analysis_names", "load_analysis", "reproduce"]


#: errno values that mean the results cannot be written at all (not a fault of one analysis)
_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM}

_FULL_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}

_NAME = re.compile(r"^(\d\d)_[a-z0-9_]+$")


def analyses_root() -> Path:
    """The folder of the analyses shipped with the package.

    Installed from a wheel they sit inside the package
    (``regionalism/_analyses``); in a source checkout (editable install) they
    are the repository's top-level ``analyses/`` folder. The current
    directory is never searched: running ``regionalism reproduce`` inside a
    downloaded folder does not execute that folder's code (use
    ``--analyses DIR`` for one's own analyses).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    FileNotFoundError
        If neither location holds the analyses.

    Examples
    --------
    >>> from regionalism.runner import analyses_root
    >>> (analyses_root() / "01_mia_trends.py").is_file()
    True
    """
    here = Path(__file__).resolve().parent
    checkout = here.parents[1]
    for cand, marker in ((here / "_analyses", here / "_analyses" / "references.bib"),
                         (checkout / "analyses", checkout / "pyproject.toml")):
        if cand.is_dir() and marker.is_file():
            return cand
    raise FileNotFoundError(
        f"the shipped analyses are missing (looked in {here / '_analyses'} and {checkout / 'analyses'}); "
        "reinstall the package, or pass analyses_dir= (--analyses DIR) for a folder of your own")


def find_analyses(analyses_dir: str | Path | None = None) -> dict[str, Path]:
    """The analysis files ``NN_name.py`` in ``analyses_dir``, in order.

    Parameters
    ----------
    analyses_dir : str or Path, optional
        Folder with the analysis files; default the analyses shipped with
        the package (:func:`analyses_root`), never the current directory.

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
    folder = Path(analyses_dir) if analyses_dir is not None else analyses_root()
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


def _check_out(out: Path) -> None:
    if out.exists():
        if not out.is_dir():
            raise FileExistsError(f"--out {out} exists and is not a folder; choose another path")
        if any(out.iterdir()) and not (out / MANIFEST).is_file():
            raise FileExistsError(
                f"--out {out} exists, is not empty and is not a results folder written by "
                f"'regionalism reproduce' (no {MANIFEST}); refusing to write into it. "
                "Choose a new or empty folder.")
    elif not out.parent.is_dir():
        out.parent.mkdir(parents=True, exist_ok=True)


def _outputs(returned: Any, stage: Path) -> list[Output]:
    """The analysis's return value as a list of Output inside the staging folder, or TypeError/ValueError."""
    if isinstance(returned, Output):
        returned = [returned]
    try:
        items = list(returned)
    except TypeError:
        raise TypeError(f"run(out) must return a list of regionalism.report.Output, not "
                        f"{type(returned).__name__}") from None
    bad = [type(o).__name__ for o in items if not isinstance(o, Output)]
    if bad:
        raise TypeError(f"run(out) must return regionalism.report.Output items (from save_figure/save_table); "
                        f"got {', '.join(sorted(set(bad)))}")
    outside = [str(o.path) for o in items if Path(o.path).resolve().parent != stage.resolve()]
    if outside:
        raise ValueError(f"run(out) returned files outside its output folder: {', '.join(outside)}")
    return items


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
        Folder with the analysis files; default the analyses shipped with
        the package (:func:`analyses_root`), never the current directory.
    progress : bool
        Print a progress line per analysis on ``stream``.
    stream : file, optional
        Where progress goes; default ``sys.stderr``.

    Notes
    -----
    The run is written into a hidden sibling folder (``.NAME.tmp-...``)
    and swapped in when complete, so ``out`` is always either the previous
    complete results or the new ones, never a mix; a lock file
    (``.NAME.lock``) keeps two runs from writing ``out`` at once, and stale
    staging folders of killed runs are removed. An analysis that raises,
    calls ``sys.exit`` or returns something other than
    :class:`~regionalism.report.Output` records is listed as failed and the
    run goes on. ``index.html`` and ``report.md`` hold no wall times (those
    are in the manifest), so reruns give byte-identical reports.

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
    regionalism._shared.folders.FolderLockedError
        If another live run is writing ``out``.
    regionalism.report.ResultsWriteError
        If the folder cannot be written (read-only, disk full); ``out`` is
        then left as it was.
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
    try:
        _check_out(out)
        with folder_lock(out):
            recover_folder(out)
            _check_out(out)
            stage = staging_folder(out)
            try:
                report = _run_into(stage, chosen, available, progress=progress, stream=stream, t0=t0)
                swap_folder(stage, out)
            except BaseException:
                shutil.rmtree(stage, ignore_errors=True)
                raise
    except OSError as exc:
        if isinstance(exc, FileExistsError) or exc.errno not in _WRITE_ERRORS:
            raise
        raise ResultsWriteError(f"cannot write the results folder {out}: {exc.strerror or exc}; "
                                "nothing was changed") from exc
    report.out = out
    for res in report.results:
        res.outputs = [replace(o, path=out / Path(o.path).name) for o in res.outputs]
    return report


def _run_into(stage: Path, chosen: list[str], available: dict[str, Path], *, progress: bool, stream: Any,
              t0: float) -> Report:
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
            res.outputs = _outputs(module.run(stage), stage)
        except Pending as exc:
            res.status, res.reason = "pending", str(exc)
        except OSError as exc:
            if exc.errno in _FULL_ERRORS:  # disk full, read-only: the whole run cannot be written
                raise
            res.status, res.reason = "failed", traceback.format_exc()
        except (Exception, SystemExit):  # noqa: BLE001 - an analysis may fail in any way; report it and go on
            res.status, res.reason = "failed", traceback.format_exc()
        finally:
            _close_figures()
        if res.status != "ok":
            res.outputs = []
        res.seconds = time.perf_counter() - t
        results.append(res)
        if progress:
            print(f" {res.status} ({res.seconds:.1f} s)", file=stream, flush=True)
    report = Report(out=stage, results=results, seconds=time.perf_counter() - t0,
                    analyses_dir=available[chosen[0]].parent if chosen else None)
    write_atomic(stage / "index.html", render_html(report))
    write_atomic(stage / "report.md", render_markdown(report))
    write_manifest(report)  # last: a folder with a complete manifest is complete
    return report
