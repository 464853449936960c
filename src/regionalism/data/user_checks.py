"""Check a user's tables against the shipped codebooks and the shipped data.

A user's table is a CSV with the columns of one shipped table (``regions``,
``region_members``, ``organizations``, ``memberships``, ``security_design``,
``agreements``, ``agreement_parties``, or any other shipped table). It is read
as text and checked with the same rules as the shipped data
(:mod:`regionalism.data.checks`), plus the rules that only make sense for
additions:

- states may be given as COW codes, ISO3 codes or names; each is resolved
  with :func:`regionalism.data.states.resolve_states` and unknown or ambiguous
  ones are reported, never guessed;
- a primary key that is already in the shipped table is an error (a user's
  rows add to the shipped data, they never replace a shipped row);
- foreign keys, overlaps of spells and required design spells are checked
  against the user's rows and the shipped rows together;
- source keys may come from the user's ``references.bib`` or the shipped one.

Every problem is reported at once, as a :class:`~regionalism.data.checks.Problem`.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from regionalism._shared.constants import LAST_YEAR
from regionalism.data.bibtex import read_bib
from regionalism.data.catalog import dataset_names, resources, shipped_table
from regionalism.data.checks import (Problem, TableRegistry, ValidationReport, check_keys, check_source_keys,
                                     check_types, plain_values, read_table_text, run_check)
from regionalism.data.paths import datasets_root
from regionalism.data.schema import TableSchema
from regionalism.data.states import StateResolutionError, resolve_states

__all__ = ["OverlayCheck", "check_overlay", "check_folder", "check_csv", "OVERLAY_TABLES", "STATE_FIELDS"]

#: the tables a user dataset folder usually holds, in the order they are checked
OVERLAY_TABLES = ("regions", "region_members", "organizations", "memberships", "agreements",
                  "agreement_parties", "security_design")
#: columns that hold states: COW codes, ISO3 codes or names are accepted there
STATE_FIELDS = ("ccode",)


@dataclass
class OverlayCheck:
    """The result of checking a user's tables.

    Attributes
    ----------
    report : ValidationReport
        Every problem found (``.ok`` is True when there is none).
    tables : dict of str to pandas.DataFrame
        The user's typed rows per table name (index: line in the file), with
        states resolved to COW codes; only tables that could be read.
    files : dict of str to pathlib.Path
        The file behind each table.
    """

    report: ValidationReport = field(default_factory=ValidationReport)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)


def _shipped(name: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The shipped resource descriptor and the checks that apply to it."""
    found = resources().get(name)
    return None if found is None else (found.resource, found.checks)


def _shipped_typed(name: str) -> pd.DataFrame | None:
    return shipped_table(name) if name in resources() else None


class _UnionRegistry(TableRegistry):
    """Tables for foreign keys and cross-table checks: the user's rows plus the shipped rows."""

    def __init__(self, user: dict[str, pd.DataFrame]):
        super().__init__([])
        self.user = user

    def table(self, name: str) -> pd.DataFrame | None:
        if name not in self.cache:
            parts = [t for t in (self.user.get(name), _shipped_typed(name)) if t is not None]
            if len(parts) == 2:
                cols = [c for c in parts[1].columns if c in parts[0].columns]
                self.cache[name] = pd.concat([parts[0][cols], parts[1][cols]], ignore_index=True)
            else:
                self.cache[name] = parts[0] if parts else None
        return self.cache[name]


# value -> COW code, or the reason it cannot be resolved (the shipped states never change in a session)
_STATE_MEMO: dict[str, int | str] = {}


def _resolve_state_cells(file: str, frame: pd.DataFrame, column: str, problems: list[Problem]) -> set[int]:
    """Replace names and ISO3 codes in ``frame[column]`` by COW codes (as text), in place.

    Returns the lines with an unknown or ambiguous state (already reported)."""
    text = frame[column].astype("string").str.strip()
    distinct = [v for v in pd.unique(text.dropna()) if v != ""]
    if not distinct:
        return set()
    todo = [v for v in distinct if v not in _STATE_MEMO]
    for _ in range(2):
        if not todo:
            break
        try:
            codes = resolve_states(todo)
        except StateResolutionError as exc:
            for value, why in exc.problems:
                _STATE_MEMO[str(value)] = why
            todo = [v for v in todo if v not in _STATE_MEMO]
            continue
        _STATE_MEMO.update(zip(todo, codes))
        break
    resolved = {v: c for v in distinct if isinstance(c := _STATE_MEMO.get(v), int)}
    failed = {v: c for v in distinct if isinstance(c := _STATE_MEMO.get(v), str)}
    bad_lines: set[int] = set()
    for line, cell in text.items():
        if pd.isna(cell) or cell == "":
            continue
        if cell in resolved:
            frame.at[line, column] = str(resolved[cell])
        elif cell in failed:
            why = failed[cell]
            ambiguous = "ambiguous" in why or "several" in why
            problems.append(Problem(file, int(line), column, frame.at[line, column],
                                    ("exactly one state: " if ambiguous else
                                     "a COW code, ISO3 code or country name of a state in rg.load('states'): ") + why,
                                    "ambiguous state" if ambiguous else "unknown state"))
            bad_lines.add(int(line))
    return bad_lines


def _read_user_table(name: str, file: Path, res: dict[str, Any], result: OverlayCheck) -> None:
    problems = result.report.problems
    where = str(file)
    result.report.checked.append(where)
    read_problems: list[Problem] = []
    frame = read_table_text(file, read_problems)
    schema = TableSchema.from_descriptor(res["schema"])
    if frame is not None and not set(frame.columns) & set(schema.names):
        shown = ", ".join(map(str, list(frame.columns)[:5]))
        problems.append(Problem(where, 1, None, shown[:80],
                                f"a CSV table of '{name}' whose header names its columns: " + ", ".join(schema.names),
                                "not a table"))
        return
    problems.extend(read_problems)
    if frame is None:
        return
    bad_state_lines: set[tuple[int, str]] = set()
    for col in STATE_FIELDS:
        if col in frame.columns and col in schema.names:
            bad_state_lines |= {(ln, col) for ln in _resolve_state_cells(where, frame, col, problems)}
    found: list[Problem] = []
    typed = check_types(file, frame, schema, found)
    for p in found:
        if (p.line, p.column) in bad_state_lines:
            continue  # already reported as an unknown or ambiguous state
        if p.kind == "type" and p.column is not None and schema_field_has_categories(schema, p.column):
            p = Problem(p.file, p.line, p.column, p.value, p.expected, "category")
        problems.append(p)
    if typed is not None:
        result.tables[name] = typed
        result.files[name] = file


def schema_field_has_categories(schema: TableSchema, column: str) -> bool:
    """Whether a column of ``schema`` lists categories (a closed set of codes)."""
    try:
        return schema.field(column).categories is not None
    except KeyError:
        return False


def _check_clash(name: str, file: Path, typed: pd.DataFrame, schema: TableSchema, problems: list[Problem]) -> None:
    pk = list(schema.primary_key)
    shipped = _shipped_typed(name)
    if not pk or shipped is None or not all(k in typed for k in pk):
        return
    have = typed[pk].dropna()
    if have.empty:
        return
    shipped_keys = pd.MultiIndex.from_frame(shipped[pk].dropna().astype(object))
    clash = pd.MultiIndex.from_frame(have.astype(object)).isin(shipped_keys)
    for line in have.index[clash]:
        row = plain_values(have.loc[line])
        value = row[0] if len(row) == 1 else row
        problems.append(Problem(str(file), int(line), ",".join(pk), value,
                                f"a key that is not in the shipped table '{name}' (user rows add to the shipped "
                                "data and cannot replace a shipped row; choose a new id)", "clashes with shipped"))


def _check_overlap_with_shipped(name: str, file: Path, typed: pd.DataFrame, check: dict[str, Any],
                                problems: list[Problem]) -> None:
    shipped = _shipped_typed(name)
    by, start, end = list(check["by"]), check["start"], check["end"]
    if shipped is None or not all(c in typed for c in by + [start]):
        return
    user = typed[by + [start]].assign(_e=typed[end] if end in typed else pd.NA).dropna(subset=by + [start])
    if user.empty:
        return
    ship = shipped[by + [start, end]].dropna(subset=by + [start])
    wanted = pd.MultiIndex.from_frame(user[by].astype(object))
    ship = ship[pd.MultiIndex.from_frame(ship[by].astype(object)).isin(wanted)].astype(object)
    if ship.empty:
        return
    ship_groups = {k: g for k, g in ship.groupby(by, sort=False)}
    for line, row in user.iterrows():
        key = tuple(row[c] for c in by)
        grp = ship_groups.get(key)
        if grp is None:
            continue
        s = int(row[start])
        e = LAST_YEAR + 1000 if pd.isna(row["_e"]) else int(row["_e"])
        for ss, ee in zip(grp[start], grp[end]):
            ee_i = LAST_YEAR + 1000 if pd.isna(ee) else int(ee)
            if s <= ee_i and int(ss) <= e:
                span = f"{int(ss)}, open-ended" if pd.isna(ee) else f"{int(ss)}-{int(ee)}"
                problems.append(Problem(str(file), int(line), start, s,
                                        f"a spell that does not overlap the shipped spell of "
                                        f"{dict(zip(by, key))} ({span})", "overlapping spells"))
                break


def check_overlay(files: dict[str, Path], *, bib: Path | None = None) -> OverlayCheck:
    """Check a user's tables (one CSV per table name) against the shipped codebooks and data.

    Parameters
    ----------
    files : dict of str to pathlib.Path
        Table name (a shipped table, e.g. ``"memberships"``) to the CSV file.
    bib : pathlib.Path, optional
        The user's BibTeX file; source keys may come from it or from the
        shipped ``references.bib``.

    Returns
    -------
    OverlayCheck
        ``.report`` lists every problem; ``.tables`` the typed user rows.
    """
    result = OverlayCheck()
    problems = result.report.problems
    known = [n for n in OVERLAY_TABLES if n in files] + [n for n in files if n not in OVERLAY_TABLES]
    shipped_info: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
    for name in known:
        info = _shipped(name)
        if info is None:
            problems.append(Problem(str(files[name]), None, None, name,
                                    "a table name of the shipped data: " + ", ".join(dataset_names()),
                                    "unknown table"))
            continue
        shipped_info[name] = info
        _read_user_table(name, Path(files[name]), info[0], result)
    bib_keys: set[str] = set(read_bib(datasets_root() / "references.bib"))
    bib_name = "references.bib"
    if bib is not None:
        bib_name = str(bib)
        try:
            bib_keys |= set(read_bib(bib))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(bib), None, None, None, f"a readable BibTeX file ({exc})", "bibliography"))
    registry = _UnionRegistry(result.tables)
    for name, typed in result.tables.items():
        res, checks = shipped_info[name]
        file = result.files[name]
        schema = TableSchema.from_descriptor(res["schema"])
        fks = tuple({**fk, "reference": {**fk["reference"], "resource": fk["reference"].get("resource") or name}}
                    for fk in schema.foreign_keys)
        schema = TableSchema(schema.fields, schema.primary_key, fks, schema.missing)
        reported = {p.line for p in problems if p.file == str(file) and p.column in schema.primary_key}
        found: list[Problem] = []
        check_keys(file, typed, schema, registry, found)
        problems.extend(p for p in found if not (p.kind == "primary key" and p.line in reported))
        _check_clash(name, file, typed, schema, problems)
        for check in checks:
            if check["type"] == "sources":
                if check["field"] in typed:
                    check_source_keys(file, typed, check["field"], bib_keys, problems=problems,
                                      where=f"{bib_name} or the shipped references.bib")
                continue
            needed = ([check.get(k) for k in ("start", "end", "ccode", "key") if k in check]
                      + list(check.get("by", [])) + list(check.get("where", {})))
            if not all(c in typed for c in needed if c != check.get("end")):
                continue
            run_check(check, file, file.parent, typed, registry, problems)
            if check["type"] == "no_overlap":
                _check_overlap_with_shipped(name, file, typed, check, problems)
    return result


def _descriptor_resources(folder: Path, problems: list[Problem]) -> dict[str, Path] | None:
    desc_path = folder / "datapackage.json"
    if not desc_path.is_file():
        problems.append(Problem(str(folder), None, None, None,
                                "a dataset folder with datapackage.json (make one with `regionalism new-region`)",
                                "no datapackage"))
        return None
    try:
        desc = json.loads(desc_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError, OSError) as exc:
        problems.append(Problem(str(desc_path), None, None, None, f"valid JSON in UTF-8 ({exc})", "descriptor"))
        return None
    resources = desc.get("resources") if isinstance(desc, dict) else None
    if not isinstance(resources, list):
        problems.append(Problem(str(desc_path), None, "resources", None,
                                "a list of resources, each with 'name' and 'path'", "descriptor"))
        return None
    out: dict[str, Path] = {}
    for i, res in enumerate(resources):
        if not isinstance(res, dict) or not isinstance(res.get("name"), str) or not isinstance(res.get("path"), str):
            problems.append(Problem(str(desc_path), None, f"resources[{i}]", None,
                                    "a resource with 'name' and 'path'", "descriptor"))
            continue
        target = (folder / res["path"]).resolve()
        if folder.resolve() not in target.parents:
            problems.append(Problem(str(desc_path), None, f"resources[{i}].path", res["path"],
                                    "a file inside the dataset folder", "descriptor"))
            continue
        if res["name"] in out:
            problems.append(Problem(str(desc_path), None, f"resources[{i}].name", res["name"],
                                    "each resource name once", "descriptor"))
            continue
        out[res["name"]] = folder / res["path"]
    return out


def check_folder(folder: str | Path) -> OverlayCheck:
    """Check a user dataset folder (``datapackage.json``, CSVs and ``references.bib``).

    Parameters
    ----------
    folder : str or pathlib.Path
        A folder laid out like the template written by
        :func:`regionalism.extend.templates.new_region`.

    Returns
    -------
    OverlayCheck
        ``report`` lists every problem (``report.ok`` when there is none);
        ``tables`` holds the user's typed rows per table.

    Examples
    --------
    >>> import tempfile
    >>> import regionalism as rg
    >>> from regionalism.data.user_checks import check_folder
    >>> folder = rg.new_region("Western Balkans", path=tempfile.mkdtemp() + "/x",
    ...                        members=["Croatia", 339], start=1992)
    >>> check = check_folder(folder)
    >>> check.report.ok
    True
    >>> sorted(check.tables["region_members"]["ccode"].tolist())  # names resolved to COW codes
    [339, 344]
    """
    folder = Path(folder)
    result = OverlayCheck()
    files = _descriptor_resources(folder, result.report.problems)
    if files is None:
        return result
    bib = folder / "references.bib"
    checked = check_overlay(files, bib=bib if bib.is_file() else None)
    checked.report.problems[:0] = result.report.problems
    checked.report.notes.extend(placeholders(files, bib if bib.is_file() else None))
    return checked


#: Text that ``regionalism new-region`` writes for the user to replace.
PLACEHOLDERS = ("REPLACE:", "my_source")


def placeholders(files: dict[str, Path], bib: Path | None = None) -> list[Problem]:
    """Cells (and bibliography lines) that still hold a template placeholder (:data:`PLACEHOLDERS`).

    Examples
    --------
    >>> import tempfile
    >>> import regionalism as rg
    >>> from regionalism.data.user_checks import check_folder
    >>> folder = rg.new_region("Western Balkans", path=tempfile.mkdtemp(), members=[339], start=1992)
    >>> sorted({p.column for p in check_folder(folder).report.notes})
    ['description', 'note', 'references.bib', 'source']
    """
    out: list[Problem] = []
    for name, file in files.items():
        try:
            rows = list(csv.reader(io.StringIO(file.read_text(encoding="utf-8", errors="replace"))))
        except (OSError, csv.Error):
            continue
        if not rows:
            continue
        header = rows[0]
        for line, row in enumerate(rows[1:], start=2):
            for col, cell in zip(header, row):
                if any(mark in cell for mark in PLACEHOLDERS):
                    out.append(Problem(str(file), line, col, cell[:60], "your own text or source key",
                                       "placeholder"))
    if bib is not None:
        try:
            lines = bib.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            lines = []
        for i, text in enumerate(lines, start=1):
            if "REPLACE:" in text:
                out.append(Problem(str(bib), i, "references.bib", text.strip()[:60], "your source's entry",
                                   "placeholder"))
    return out


def check_csv(name: str, path: str | Path) -> OverlayCheck:
    """Check one CSV holding rows for the shipped table ``name``.

    Source keys must then be in the shipped ``references.bib`` (use a
    dataset folder with its own ``references.bib`` for new sources).

    Parameters
    ----------
    name : str
        A shipped table the rows belong to (e.g. ``"region_members"``).
    path : str or pathlib.Path
        The CSV, with the shipped table's columns.

    Returns
    -------
    OverlayCheck
        ``report`` lists every problem (``report.ok`` when there is none).

    Examples
    --------
    A members file on its own refers to a region and a source that only its
    folder defines, so both are reported:

    >>> import tempfile
    >>> import regionalism as rg
    >>> from regionalism.data.user_checks import check_csv
    >>> folder = rg.new_region("Western Balkans", path=tempfile.mkdtemp() + "/x",
    ...                        members=["Croatia", 339], start=1992)
    >>> check = check_csv("region_members", folder / "region_members.csv")
    >>> check.report.ok, sorted({p.kind for p in check.report.problems})
    (False, ['foreign key', 'unknown source'])
    """
    return check_overlay({name: Path(path)})
