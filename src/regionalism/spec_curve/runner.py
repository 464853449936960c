"""Fitting specifications: one spec, chunks of specs, and the serial, joblib and
Dask backends with a text progress bar on stderr.

Worker functions are module-level so that joblib (loky) and Dask processes can
import them; every fit goes through :func:`regionalism.models.fit`.
"""
from __future__ import annotations

import math
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
import pandas as pd

from regionalism.models.fitting import fit
from regionalism.spec_curve.batched import fit_batched, split_batchable
from regionalism.spec_curve.context import Context, spec_formula, spec_rows, spec_terms, warning_text
from regionalism.spec_curve.specs import DIMENSIONS, HYPOTHESIS_DIMENSIONS, is_missing

__all__ = ["Context", "BACKENDS", "fit_chunk", "run_specs", "Progress", "dask_client",
           "spec_terms", "spec_formula", "spec_rows"]

BACKENDS = ("serial", "joblib", "dask")

#: statistics reported for each focal term
ESTIMATE_COLUMNS = ("estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high")


class Progress:
    """A minimal text progress bar on stderr (redrawn at most ~10 times a second)."""

    def __init__(self, total: int, *, enabled: bool, label: str = "multiverse",
                 unit: str = "specifications") -> None:
        self.total = max(int(total), 0)
        self.done = 0
        self.enabled = enabled and self.total > 0
        self.label = label
        self.unit = unit
        self.start = time.perf_counter()
        self._last = 0.0

    def update(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self._last < 0.1 and self.done < self.total:
            return
        self._last = now
        frac = self.done / self.total
        bar = "#" * int(30 * frac)
        sys.stderr.write(f"\r{self.label}: [{bar:<30}] {self.done}/{self.total} {self.unit} "
                         f"({100 * frac:3.0f}%), {now - self.start:.1f} s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


# --------------------------------------------------------------------------- one spec
_NONCONVERGENCE = ("ConvergenceWarning", "PerfectSeparationWarning", "HessianInversionWarning")


def fit_spec(data: pd.DataFrame, record: dict[str, Any], ctx: Context) -> list[dict[str, Any]]:
    """Fit one specification with :func:`regionalism.models.fit`.

    Returns one row (dict) per focal term present in the specification; a
    failure is reported in ``error`` with ``converged=False``, never raised.
    """
    model = "ols" if record["model"] == "lpm" else record["model"]
    cov = record["cov"]
    controls = ctx.choices.control_sets[record["controls"]]
    focal = [(d, record[d]) for d in ctx.focal if not is_missing(record.get(d))]
    result: Any = None
    error = ""
    notes: list[str] = []
    converged = True
    try:
        needed = [record["outcome"], *spec_terms(record), *controls, ctx.cluster]
        plain = [c for c in needed if c.isidentifier()]
        missing = [c for c in plain if c not in data.columns]
        if missing:
            raise KeyError(f"column(s) {missing} not in the panel")
        sub = data.loc[spec_rows(data, record, ctx)]
        if all(c.isidentifier() for c in needed):
            sub = sub[list(dict.fromkeys(needed))]
        if sub.empty:
            raise ValueError(f"no rows in case set {record['cases']!r} and years "
                             f"{record['years']!r}")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = fit(spec_formula(record, ctx), sub, model=model, cluster=ctx.cluster,
                         cov=cov)
        for w in caught:
            name = w.category.__name__
            text = warning_text(w)
            if name in _NONCONVERGENCE:
                converged = False
                error = text if not error else error
            elif text not in notes:
                notes.append(text)
    except Exception as exc:  # kept in the table, never hidden
        converged = False
        error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300] if str(exc) else ''}"
        result = None

    base = {"spec_id": int(record["spec_id"]), **{d: record[d] for d in DIMENSIONS}}
    rows: list[dict[str, Any]] = []
    tidy = None
    if result is not None:
        tidy = result.tidy(alpha=ctx.alpha).set_index("term")
    for dim, term in focal:
        sign = ctx.choices.expected_signs.get((dim, term), 0)
        row = {**base, "focal": dim, "hypothesis": HYPOTHESIS_DIMENSIONS[dim], "term": term,
               "expected_sign": sign}
        row_error, row_conv = error, converged
        if tidy is not None and term in tidy.index:
            vals = tidy.loc[term]
            for col in ESTIMATE_COLUMNS:
                row[col] = float(vals[col])
            row["n"] = int(result.nobs)
            row["n_clusters"] = result.n_clusters
            if not (np.isfinite(row["estimate"]) and np.isfinite(row["std_error"])):
                row_conv = False
                row_error = row_error or "non-finite estimate or standard error"
        else:
            for col in ESTIMATE_COLUMNS:
                row[col] = np.nan
            row["n"] = int(result.nobs) if result is not None else 0
            row["n_clusters"] = result.n_clusters if result is not None else None
            if result is not None:
                row_conv = False
                row_error = row_error or f"term {term!r} not in the fitted model"
        row["converged"] = row_conv
        row["error"] = row_error
        row["warning"] = "; ".join(notes)
        rows.append(row)
    if not focal:  # no focal term in this spec: still report that it ran
        rows.append({**base, "focal": None, "hypothesis": None, "term": None,
                     "expected_sign": 0, **{c: np.nan for c in ESTIMATE_COLUMNS},
                     "n": int(result.nobs) if result is not None else 0,
                     "n_clusters": result.n_clusters if result is not None else None,
                     "converged": converged, "error": error, "warning": "; ".join(notes)})
    return rows


def fit_chunk(records: Sequence[dict[str, Any]], data: pd.DataFrame, ctx: Context, *,
              batchable: bool | None = None) -> list[dict[str, Any]]:
    """Fit a chunk of specifications (the unit of work shipped to a worker).

    With ``ctx.batched`` the linear specifications of the chunk are estimated
    together (:func:`regionalism.spec_curve.batched.fit_batched`); the others,
    and any the batched path hands back, go through :func:`fit_spec`.
    ``batchable=True``/``False`` says the chunk was already split by
    :func:`regionalism.spec_curve.batched.split_batchable` (all or none of its
    records are batchable), so it is not split again.
    """
    out: list[dict[str, Any]] = []
    rest = list(records)
    if ctx.batched and batchable is not False:
        batch, rest = (rest, []) if batchable else split_batchable(rest, data, ctx)
        out, refit = fit_batched(batch, data, ctx)
        rest = sorted(rest + refit, key=lambda r: int(r["spec_id"]))
    for rec in rest:
        out.extend(fit_spec(data, rec, ctx))
    return out


# --------------------------------------------------------------------------- backends
ResultColumns = dict[str, list[Any]]


class _Chunk:
    """Records of one task, wrapped so that Dask ships them as one object instead of
    walking every record for futures."""

    def __init__(self, records: Sequence[dict[str, Any]], batchable: bool | None = None) -> None:
        self.records = records
        self.batchable = batchable  # already split by split_batchable: all (True) or none (False)


def _chunk_columns(chunk: _Chunk, data: pd.DataFrame, ctx: Context) -> ResultColumns:
    """:func:`fit_chunk` with the rows as columns: far cheaper to send back from a worker
    than tens of thousands of small dicts."""
    rows = fit_chunk(chunk.records, data, ctx, batchable=chunk.batchable)
    keys = list(dict.fromkeys(k for r in rows for k in r))
    return {k: [r.get(k, np.nan) for r in rows] for k in keys}


def _extend(into: ResultColumns, part: ResultColumns, n_before: int) -> int:
    """Append the columns ``part`` to ``into`` (``n_before`` rows so far); returns the new
    row count. A column one side lacks is NaN there, as ``pandas.DataFrame(rows)`` makes it."""
    n_part = len(next(iter(part.values()), []))
    for key in part.keys() - into.keys():
        into[key] = [np.nan] * n_before
    for key, values in into.items():
        values.extend(part.get(key, [np.nan] * n_part))
    return n_before + n_part


def make_chunks(records: list[dict[str, Any]], *, n_workers: int,
                chunk_size: int | None) -> list[list[dict[str, Any]]]:
    """Interleaved chunks (spec i goes to chunk i mod n_chunks), so that costly
    specification types (logit, CR2, large case sets) spread over the chunks."""
    n = len(records)
    if chunk_size is None:
        chunk_size = min(200, max(1, math.ceil(n / (10 * max(n_workers, 1)))))
    n_chunks = max(1, math.ceil(n / max(int(chunk_size), 1)))
    return [records[i::n_chunks] for i in range(n_chunks) if records[i::n_chunks]]


def _run_serial(chunks: list[_Chunk], data: pd.DataFrame, ctx: Context,
                progress: Progress) -> Iterable[ResultColumns]:
    for chunk in chunks:
        yield _chunk_columns(chunk, data, ctx)
        progress.update(len(chunk.records))


def _run_joblib(chunks: list[_Chunk], data: pd.DataFrame, ctx: Context,
                progress: Progress, n_jobs: int) -> Iterable[ResultColumns]:
    from joblib import Parallel, delayed

    parallel = Parallel(n_jobs=n_jobs, backend="loky", return_as="generator_unordered")
    tagged = parallel(delayed(_tagged_chunk)(i, c, data, ctx) for i, c in enumerate(chunks))
    for i, rows in tagged:
        yield rows
        progress.update(len(chunks[i].records))


def _tagged_chunk(i: int, chunk: _Chunk, data: pd.DataFrame, ctx: Context) -> tuple[int, ResultColumns]:
    return i, _chunk_columns(chunk, data, ctx)


@contextmanager
def dask_client(scheduler: Any, n_jobs: int) -> Iterator[Any]:
    """A ``distributed.Client`` for ``scheduler`` (an address, a ``Client`` or ``None``).

    With ``None`` a ``LocalCluster(n_workers=n_jobs, threads_per_worker=1,
    processes=True)`` is started and closed on exit; a given client is left open.
    The local cluster's workers run without the statistical profiler and without
    Dask's default ``MALLOC_TRIM_THRESHOLD_`` (which turns off glibc's dynamic
    allocation thresholds, so every large temporary array of the batched path is
    a fresh ``mmap``: about 10 % slower); a user's own cluster is left as configured.
    """
    import logging

    from distributed import Client, LocalCluster

    cluster = None
    own_client = True
    if scheduler is None:
        import dask

        # the workers' statistical profiler samples the running thread ~100 times a
        # second; for CPU-bound fits it only costs time
        with dask.config.set({"distributed.worker.profile.enabled": False,
                              "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
            cluster = LocalCluster(n_workers=n_jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    elif isinstance(scheduler, Client):
        client, own_client = scheduler, False
    else:
        client = Client(scheduler)
    try:
        yield client
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


def _run_dask(chunks: list[_Chunk], data: pd.DataFrame, ctx: Context,
              progress: Progress, n_jobs: int, scheduler: Any) -> Iterable[ResultColumns]:
    from distributed import as_completed

    with dask_client(scheduler, n_jobs) as client:
        data_future = client.scatter(data, broadcast=True, hash=False)
        ctx_future = client.scatter(ctx, broadcast=True, hash=False)
        futures = [client.submit(_chunk_columns, chunk, data_future, ctx_future, pure=False)
                   for chunk in chunks]
        sizes = {f.key: len(c.records) for f, c in zip(futures, chunks)}
        for fut in as_completed(futures):
            yield fut.result()
            progress.update(sizes[fut.key])
            fut.release()


def run_specs(records: list[dict[str, Any]], data: pd.DataFrame, ctx: Context, *, backend: str,
              n_jobs: int, scheduler: Any, chunk_size: int | None,
              progress: bool) -> ResultColumns:
    """Fit all specification records on the chosen backend.

    Returns the result rows as columns (``{name: values}``, rows in any order).
    """
    if backend not in BACKENDS:
        raise ValueError(f"backend={backend!r}; expected one of {BACKENDS}")
    if n_jobs < 1:
        raise ValueError(f"n_jobs must be at least 1, got {n_jobs}")
    bar = Progress(len(records), enabled=progress)
    if ctx.batched:
        # batchable specifications travel in contiguous chunks of one sample (outcome, cases,
        # years, covariance), so that each chunk is a few large batches; the rest interleaved
        batch, rest = split_batchable(records, data, ctx)
        batch.sort(key=lambda r: (str(r["outcome"]), str(r["cases"]), str(r["years"]), str(r["cov"])))
        size = chunk_size or max(1, math.ceil(len(batch) / (2 * n_jobs)))
        chunks = [_Chunk(batch[i:i + size], batchable=True) for i in range(0, len(batch), size)]
        chunks += [_Chunk(c, batchable=False)
                   for c in (make_chunks(rest, n_workers=n_jobs, chunk_size=chunk_size) if rest else [])]
    else:
        chunks = [_Chunk(c) for c in make_chunks(records, n_workers=n_jobs, chunk_size=chunk_size)]
    it: Iterable[ResultColumns]
    if backend == "serial":
        it = _run_serial(chunks, data, ctx, bar)
    elif backend == "joblib":
        it = _run_joblib(chunks, data, ctx, bar, n_jobs)
    else:
        it = _run_dask(chunks, data, ctx, bar, n_jobs, scheduler)
    columns: ResultColumns = {}
    n = 0
    try:
        for part in it:
            n = _extend(columns, part, n)
    finally:
        bar.close()
    return columns
