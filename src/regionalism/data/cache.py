"""A typed cache of the shipped tables: each CSV is parsed once per machine and reused while unchanged.

Parsing a shipped CSV into typed columns (nullable integers, ordered
categoricals, strings) is most of the time a fresh interpreter needs for its
first panel. :func:`cached_table` keeps the parsed frame in a cache folder,
keyed by the SHA-256 of the table's CSV and ``datapackage.json`` plus the
package, pandas and Python versions, so an edited, rebuilt or upgraded table is
parsed again; an unreadable or stale cache file is ignored and rewritten.
Only the shipped tables, and the default region-year panel built from them
(``rg.region_year()``, see :mod:`regionalism.panel`), are cached: a user's
overlay rows are never stored.

The folder is ``$REGIONALISM_CACHE`` if set (``0``, ``off`` or ``none``
disable the cache), else ``$XDG_CACHE_HOME/regionalism`` or
``~/.cache/regionalism``. Writes are atomic; if the folder cannot be written
the table is simply parsed every time.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import platform
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from regionalism._shared.files import atomic_write
from regionalism._version import __version__

__all__ = ["CACHE_ENV", "cache_dir", "table_key", "cached_table"]

#: Environment variable naming the cache folder (or ``0``/``off``/``none`` to disable it).
CACHE_ENV = "REGIONALISM_CACHE"
_OFF = {"0", "off", "none", "false", "no"}


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is disabled.

    Returns
    -------
    pathlib.Path or None

    Examples
    --------
    >>> import os
    >>> from regionalism.data.cache import cache_dir
    >>> os.environ["REGIONALISM_CACHE"] = "off"
    >>> cache_dir() is None
    True
    >>> del os.environ["REGIONALISM_CACHE"]
    """
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "regionalism"


def table_key(name: str, files: Sequence[Path]) -> str:
    """SHA-256 over the table name, the files' bytes and the package, pandas and Python versions.

    Parameters
    ----------
    name : str
        Table name.
    files : sequence of pathlib.Path
        The files the parsed table depends on (its CSV and ``datapackage.json``).

    Returns
    -------
    str
        Hex digest.
    """
    h = hashlib.sha256()
    for part in (name, __version__, pd.__version__, platform.python_version()):
        h.update(part.encode() + b"\0")
    for f in files:
        data = Path(f).read_bytes()
        h.update(f"{Path(f).name}:{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def cached_table(name: str, files: Sequence[Path], parse: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """``parse()`` the table once and reuse the result while ``files`` are unchanged.

    Parameters
    ----------
    name : str
        Table name (part of the cache file's name).
    files : sequence of pathlib.Path
        The files the parsed table depends on.
    parse : callable
        Builds the typed frame from the files.

    Returns
    -------
    pandas.DataFrame
        The parsed frame (from the cache when its key matches).

    Examples
    --------
    >>> import os, tempfile
    >>> import pandas as pd
    >>> from pathlib import Path
    >>> from regionalism.data.cache import cached_table
    >>> folder = Path(tempfile.mkdtemp())
    >>> os.environ["REGIONALISM_CACHE"] = str(folder / "cache")
    >>> csv = folder / "t.csv"
    >>> _ = csv.write_text("a\\n1\\n")
    >>> calls = []
    >>> def parse():
    ...     calls.append(1)
    ...     return pd.read_csv(csv)
    >>> first = cached_table("t", [csv], parse)
    >>> second = cached_table("t", [csv], parse)
    >>> len(calls), second.equals(first)
    (1, True)
    >>> del os.environ["REGIONALISM_CACHE"]
    """
    folder = cache_dir()
    if folder is None:
        return parse()
    try:
        key = table_key(name, files)
    except OSError:
        return parse()
    path = folder / f"{name}-{key[:24]}.pkl"
    if path.is_file():
        try:
            with path.open("rb") as fh:
                stored = pickle.load(fh)  # written by this function from the shipped files only
            if isinstance(stored, dict) and stored.get("key") == key:
                frame = stored["frame"]
                if isinstance(frame, pd.DataFrame):
                    return frame
        except Exception:  # noqa: BLE001 - a broken cache file is rebuilt, never fatal
            pass
    frame = parse()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, pickle.dumps({"key": key, "frame": frame}, protocol=pickle.HIGHEST_PROTOCOL),
                     force=True, backup=False)
        for old in folder.glob(f"{name}-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return frame
