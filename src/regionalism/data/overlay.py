"""User overlays: a user's own rows, validated, then appended to the shipped tables.

``rg.load(name, extra=path)`` calls :func:`apply_overlay`. ``path`` is either
a CSV with the columns of the table ``name`` or a user dataset folder
(``datapackage.json``, one CSV per table and ``references.bib``, the layout
written by ``regionalism new-region``). The rows are checked first (see
:mod:`regionalism.data.user_checks`); any problem raises
:class:`~regionalism.data.checks.ValidationError` listing every problem,
and nothing is appended. A user's key that is already in the shipped table is
an error, never a silent override.

:func:`read_overlay` returns every overlaid table; a
:class:`regionalism.data.tables.Tables` built from them
(``Tables.with_overlay(folder)``) is what the panels take, so an overlay is
a value passed down, never global state.
"""
from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import pandas as pd

from regionalism.data.catalog import shipped_table
from regionalism.data.checks import Problem, ValidationReport
from regionalism.data.user_checks import OverlayCheck, check_csv, check_folder

__all__ = ["apply_overlay", "read_overlay"]


# checked folders and files, keyed by the SHA-256 of every file's content (so any edit re-checks, even one
# that keeps the size and restores the modification time)
_MEMO: dict[tuple, object] = {}


def _fingerprint(name: str | None, path: Path) -> tuple | None:
    try:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        return (name, str(path.resolve()),
                *((str(p.relative_to(path) if path.is_dir() else p.name), hashlib.sha256(p.read_bytes()).hexdigest())
                  for p in files))
    except OSError:
        return None


def _checked(name: str | None, extra: str | Path) -> OverlayCheck:
    path = Path(extra)
    key = _fingerprint(name if not path.is_dir() else None, path)
    result = _MEMO.get(key) if key is not None else None
    if result is None:
        if path.is_dir():
            result = check_folder(path)
        elif path.is_file() and name is not None:
            result = check_csv(name, path)
        else:
            what = "a CSV file or a user dataset folder" if name is not None else "a user dataset folder"
            result = OverlayCheck(ValidationReport([Problem(str(path), None, None, None, what, "missing file")]))
        result.report.raise_if_problems()
        if key is not None:
            if len(_MEMO) >= 8:
                _MEMO.pop(next(iter(_MEMO)))
            _MEMO[key] = result
    notes = result.report.notes
    if notes:
        shown = "; ".join(f"{Path(p.file).name} line {p.line} {p.column}" for p in notes[:5])
        warnings.warn(f"{path}: {len(notes)} template placeholder(s) still to fill in "
                      f"({shown}{' ...' if len(notes) > 5 else ''}); see regionalism validate",
                      UserWarning, stacklevel=4)
    return result


def _append(frame: pd.DataFrame, user: pd.DataFrame, source: Path) -> pd.DataFrame:
    rows = pd.DataFrame({c: (user[c] if c in user else pd.Series(pd.NA, index=user.index))
                         for c in frame.columns}).reset_index(drop=True)
    rows = rows.astype(frame.dtypes.to_dict())
    out = pd.concat([frame, rows], ignore_index=True)
    for c in frame.columns:  # keep the codebook's dtypes (categoricals, nullable integers)
        if out[c].dtype != frame[c].dtype:
            out[c] = out[c].astype(frame[c].dtype)
    out.attrs = dict(frame.attrs)
    out.attrs["overlay"] = out.attrs.get("overlay", []) + [str(source)]
    return out


def apply_overlay(name: str, frame: pd.DataFrame, extra: str | Path) -> pd.DataFrame:
    """Validate a user's rows for table ``name`` and append them to ``frame``.

    Parameters
    ----------
    name : str
        The shipped table (e.g. ``"memberships"``).
    frame : pandas.DataFrame
        The shipped table as loaded.
    extra : str or pathlib.Path
        A CSV with the table's columns, or a user dataset folder; a folder
        without this table leaves ``frame`` unchanged (after checking the
        whole folder).

    Returns
    -------
    pandas.DataFrame
        The shipped rows followed by the user's rows, with the codebook's
        dtypes; ``attrs["overlay"]`` lists the user files appended.

    Raises
    ------
    ValidationError
        If anything in the user's data is wrong; ``.report.problems`` lists
        every problem with file, line, column, value and what was expected.

    Examples
    --------
    >>> import regionalism as rg, tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "regions.csv"
    >>> _ = f.write_text("region_id,name,continent,scheme,description,source,note\\n"
    ...                  "my_region,My region,Europe,,Illustration only,un_m49,\\n", encoding="utf-8")
    >>> regs = rg.load("regions", extra=f)
    >>> regs["region_id"].iloc[-1]
    'my_region'
    """
    result = _checked(name, extra)
    user = result.tables.get(name)
    if user is None:
        return frame
    return _append(frame, user, result.files[name])


def read_overlay(extra: str | Path) -> dict[str, pd.DataFrame]:
    """Validate a user dataset folder and return every table with the user's rows appended.

    Parameters
    ----------
    extra : str or pathlib.Path
        A user dataset folder.

    Returns
    -------
    dict of str to pandas.DataFrame
        For each table in the folder, the shipped rows plus the user's rows.

    Raises
    ------
    ValidationError
        If anything in the folder is wrong (every problem listed).

    Examples
    --------
    >>> import tempfile
    >>> import regionalism as rg
    >>> from regionalism.data.overlay import read_overlay
    >>> folder = rg.new_region("Western Balkans", path=tempfile.mkdtemp() + "/x",
    ...                        members=["Croatia", 339], start=1992)
    >>> tables = read_overlay(folder)
    >>> "region_members" in tables and "regions" in tables
    True
    >>> members = tables["region_members"]
    >>> sorted(members.loc[members["region_id"] == "western_balkans", "ccode"].tolist())
    [339, 344]
    """
    result = _checked(None, extra)
    out: dict[str, pd.DataFrame] = {}
    for name, user in result.tables.items():
        out[name] = _append(shipped_table(name), user, result.files[name])
    return out
