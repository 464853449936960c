"""The checks behind validation: problems, reports, and one public function per rule.

A table is read as text (:func:`read_table_text`), typed and checked against
its codebook (:func:`check_types`: columns, types, categories, constraints),
its keys checked (:func:`check_keys`: primary and foreign keys), and the
project's own rules declared in a descriptor under ``x_regionalism.checks``
run (:func:`run_check`, one function per rule in :data:`RULES`). Every problem
names the file, the line, the column, the value and what was expected.
:func:`regionalism.data.validation.validate` (shipped and user datasets) and
:mod:`regionalism.data.user_checks` (a user's additions) use these functions.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import pandas as pd

from regionalism._shared.constants import FIRST_YEAR, LAST_YEAR
from regionalism.data.bibtex import read_bib, split_source
from regionalism.data.patterns import PatternError, match_pattern
from regionalism.data.schema import TableSchema, parse_column, read_descriptor

__all__ = ["Problem", "ValidationReport", "ValidationError", "read_table_text", "TableRegistry", "check_types",
           "check_keys", "plain_values", "run_check", "RULES", "check_spell_order", "check_no_overlap",
           "check_sources", "check_source_keys", "check_state_years", "check_date_matches_year", "check_has_rows_in"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file.

    ``line`` is the line number in the file (the header is line 1); None when
    the problem concerns the whole file or column.
    """

    file: str
    line: int | None
    column: str | None
    value: Any
    expected: str
    kind: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.column is not None:
            where += f", column '{self.column}'"
        val = "" if self.value is None else f": found {self.value!r}"
        return f"{where}{val}; expected {self.expected} [{self.kind}]"


@dataclass
class ValidationReport:
    """All problems found by :func:`validate`."""

    problems: list[Problem] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    #: Things to finish that do not make the data wrong (template placeholders such as ``REPLACE:``
    #: and the ``my_source`` key): shown by ``str(report)`` and ``regionalism validate``, not counted in ``ok``.
    notes: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no problem was found (notes do not count)."""
        return not self.problems

    def to_frame(self) -> pd.DataFrame:
        """The problems as a DataFrame (file, line, column, value, expected, kind)."""
        cols = ["file", "line", "column", "value", "expected", "kind"]
        return pd.DataFrame([p.__dict__ for p in self.problems], columns=cols)

    def __str__(self) -> str:
        head = f"checked {len(self.checked)} table(s): "
        lines = [head + ("no problems" if self.ok else f"{len(self.problems)} problem(s)")]
        lines += [f"  {p}" for p in self.problems]
        if self.notes:
            lines.append(f"{len(self.notes)} placeholder(s) still to fill in:")
            lines += [f"  {p}" for p in self.notes]
        return "\n".join(lines)

    def raise_if_problems(self) -> "ValidationReport":
        """Raise :class:`ValidationError` carrying this report if it has problems."""
        if not self.ok:
            raise ValidationError(self)
        return self


class ValidationError(ValueError):
    """Raised when data do not match their codebook; ``.report`` lists every problem."""

    def __init__(self, report: ValidationReport):
        self.report = report
        super().__init__(str(report))


#: Field types of a Table Schema (Frictionless v2); other types are refused by :func:`descriptor_problems`.
FIELD_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "list", "date", "time",
                         "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"})


def inside(folder: Path, relative: Any) -> Path | None:
    """``folder / relative`` when it names a file inside ``folder`` (no ``..``, no absolute path), else None.

    Examples
    --------
    >>> from pathlib import Path
    >>> from regionalism.data.checks import inside
    >>> inside(Path("/data/x"), "t.csv"), inside(Path("/data/x"), "../../etc/passwd")
    (PosixPath('/data/x/t.csv'), None)
    """
    if not isinstance(relative, str) or not relative or "\x00" in relative:
        return None
    target = (folder / relative).resolve()
    return folder / relative if folder.resolve() in target.parents else None


def descriptor_problems(desc: Any, desc_path: Path) -> list[Problem]:
    """Everything structurally wrong with a ``datapackage.json`` (checked before any data is read).

    A descriptor must be an object whose ``resources`` is a list of objects,
    each with a unique ``name``, a ``path`` to a file inside the descriptor's
    folder and a ``schema`` object whose ``fields`` are objects with a
    ``name`` and a known ``type`` (:data:`FIELD_TYPES`); ``constraints`` are
    objects and every ``pattern`` compiles.

    Examples
    --------
    >>> from pathlib import Path
    >>> from regionalism.data.checks import descriptor_problems
    >>> bad = {"resources": [{"name": "t", "path": "../../etc/passwd", "schema": {"fields": [
    ...     {"name": "x", "type": "strnig"}]}}]}
    >>> [p.expected for p in descriptor_problems(bad, Path("/tmp/x/datapackage.json"))]  # doctest: +ELLIPSIS
    ['a file inside the dataset folder (no .. or absolute paths)', 'a known field type: any, array, ...']
    """
    where = str(desc_path)
    folder = desc_path.parent
    out: list[Problem] = []

    def bad(column: str, value: Any, expected: str) -> None:
        shown = None if value is None else (value if isinstance(value, str) else repr(value))[:80]
        out.append(Problem(where, None, column, shown, expected, "descriptor"))

    if not isinstance(desc, dict):
        bad("", type(desc).__name__, "a JSON object (the data package)")
        return out
    resources = desc.get("resources")
    if not isinstance(resources, list) or not resources:
        bad("resources", resources, "a non-empty list of resources")
        return out
    names: set[str] = set()
    for i, res in enumerate(resources):
        at = f"resources[{i}]"
        if not isinstance(res, dict):
            bad(at, res, "an object with name, path and schema")
            continue
        name = res.get("name")
        if not isinstance(name, str) or not name:
            bad(f"{at}.name", name, "a resource name (text)")
        elif name in names:
            bad(f"{at}.name", name, "each resource name once")
        else:
            names.add(name)
        if inside(folder, res.get("path")) is None:
            bad(f"{at}.path", res.get("path"), "a file inside the dataset folder (no .. or absolute paths)")
        schema = res.get("schema")
        if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list):
            bad(f"{at}.schema", schema if schema is None else type(schema).__name__,
                "a schema object with a list of fields")
            continue
        for j, f in enumerate(schema["fields"]):
            fat = f"{at}.schema.fields[{j}]"
            if not isinstance(f, dict) or not isinstance(f.get("name"), str):
                bad(fat, f, "a field object with a name")
                continue
            if f.get("type", "string") not in FIELD_TYPES:
                bad(f"{fat}.type", f.get("type"), "a known field type: " + ", ".join(sorted(FIELD_TYPES)))
            cons = f.get("constraints", {})
            if not isinstance(cons, dict):
                bad(f"{fat}.constraints", cons, "an object of constraints")
            elif "pattern" in cons:
                try:
                    re.compile(cons["pattern"])
                except (re.error, TypeError) as exc:
                    bad(f"{fat}.constraints.pattern", cons["pattern"], f"a valid regular expression ({exc})")
            if "categories" in f and not isinstance(f["categories"], list):
                bad(f"{fat}.categories", f["categories"], "a list of categories")
    return out


def read_table_text(path: Path, problems: list[Problem], *, delimiter: str = ",") -> pd.DataFrame | None:
    """Read a CSV file as text, recording encoding and shape problems.

    Returns None (with problems recorded) when the file is not a readable table.
    """
    name = str(path)
    if not path.is_file():
        problems.append(Problem(name, None, None, None, "a file at this path", "missing file"))
        return None
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        problems.append(Problem(name, None, None, None, "a CSV text table, not a binary file", "not a table"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(name, line, None, repr(data[exc.start:exc.start + 8]),
                                "UTF-8 text (re-save the file as UTF-8)", "encoding"))
        return None
    if "\r" in text and "\n" not in text:  # classic Mac (CR-only) line endings: read them as line breaks
        text = text.replace("\r", "\n")
    if not text.strip():
        problems.append(Problem(name, None, None, None, "a header line and data rows", "empty file"))
        return None
    if "\x00" in text:
        problems.append(Problem(name, None, None, None, "a CSV text table, not a binary file", "not a table"))
        return None
    fast = _fast_table(text, delimiter)
    if fast is not None:
        return fast
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        problems.append(Problem(name, None, None, None, f"valid CSV ({exc})", "not a table"))
        return None
    rows = [r for r in rows if r]  # blank lines
    header = rows[0]
    if len(header) == 1 and any(sep in header[0] for sep in (";", "\t", "|")):
        sep = next(s for s in (";", "\t", "|") if s in header[0])
        problems.append(Problem(name, 1, None, header[0][:60],
                                f"comma-separated columns (the file seems to use {sep!r} as delimiter)",
                                "delimiter"))
        return None
    width = len(header)
    body: list[list[str]] = []
    line_numbers: list[int] = []
    line = 1
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    for first in reader:  # the header is the first non-blank row
        if first:
            break
    for row in reader:
        line = reader.line_num
        if not row:
            continue
        if len(row) != width:
            problems.append(Problem(name, line, None, f"{len(row)} cells",
                                    f"{width} cells as in the header", "row length"))
            continue
        body.append(row)
        line_numbers.append(line)
    dupes = sorted({h for h in header if header.count(h) > 1})
    for h in dupes:
        problems.append(Problem(name, 1, h, h, "each column name once", "duplicate column"))
    frame = pd.DataFrame(body, columns=range(width), dtype="string")
    frame.columns = header
    frame.index = pd.Index(line_numbers, name="line")
    if dupes:
        frame = frame.loc[:, ~frame.columns.duplicated()]
    return frame


def _fast_table(text: str, delimiter: str) -> pd.DataFrame | None:
    """Read a well-formed CSV with pandas' C parser; None when anything is unusual
    (ragged rows, blank lines, quoted line breaks, duplicate or odd header), so that
    the careful reader can report the problems line by line."""
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, dtype="string", keep_default_na=False,
                            na_filter=False, skip_blank_lines=False, engine="c")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        return None
    if not isinstance(frame.index, pd.RangeIndex):  # rows with more cells than the header: pandas made an index
        return None
    header = next(csv.reader(io.StringIO(text.split("\n", 1)[0]), delimiter=delimiter), [])
    if not header or len(frame) != lines - 1 or list(frame.columns) != header or len(set(header)) != len(header):
        return None
    if len(header) == 1 and any(sep in header[0] for sep in (";", "\t", "|")):
        return None
    frame.index = pd.RangeIndex(2, len(frame) + 2, name="line")
    return frame


class TableRegistry:
    """Finds and caches the typed tables that foreign keys and cross-table rules refer to.

    Looks in the dataset folders under each of ``roots``; :meth:`table` returns
    None for a table no folder holds.
    """

    def __init__(self, roots: Iterable[Path]):
        self.roots = [r for r in roots if r is not None]
        self.cache: dict[str, pd.DataFrame | None] = {}

    def table(self, name: str) -> pd.DataFrame | None:
        if name not in self.cache:
            self.cache[name] = None
            for root in self.roots:
                for desc in sorted(root.glob("*/datapackage.json")):
                    names = [r.get("name") for r in read_descriptor(desc).get("resources", [])]
                    if name in names:
                        self.cache[name] = _load_typed(desc, name)
                        return self.cache[name]
        return self.cache[name]


def _load_typed(desc_path: Path, resource: str) -> pd.DataFrame | None:
    desc = read_descriptor(desc_path)
    for res in desc.get("resources", []):
        if res["name"] == resource:
            schema = TableSchema.from_descriptor(res["schema"])
            file = inside(desc_path.parent, res.get("path"))
            if file is None or not file.is_file():
                return None
            raw = pd.read_csv(file, dtype="string", keep_default_na=False)
            out = {}
            for f in schema.fields:
                if f.name in raw:
                    out[f.name] = parse_column(f, raw[f.name], schema.missing)[0]
            return pd.DataFrame(out)
    return None


def check_types(file: Path, frame: pd.DataFrame, schema: TableSchema,
                             problems: list[Problem]) -> pd.DataFrame | None:
    name = str(file)
    missing_cols = [n for n in schema.names if n not in frame.columns]
    for n in missing_cols:
        problems.append(Problem(name, 1, n, None, f"a column '{n}' (see the codebook)", "missing column"))
    for n in frame.columns:
        if n not in schema.names:
            problems.append(Problem(name, 1, n, n, "only the codebook's columns: " + ", ".join(schema.names),
                                    "unexpected column"))
    typed: dict[str, pd.Series] = {}
    for f in schema.fields:
        if f.name not in frame.columns:
            continue
        values, bad = parse_column(f, frame[f.name], schema.missing)
        for line in frame.index[bad.to_numpy()]:
            problems.append(Problem(name, int(line), f.name, frame.at[line, f.name], f.expected(), "type"))
        typed[f.name] = values
        cons = f.constraints
        present = values.notna()
        if cons.get("required"):
            for line in frame.index[(~present).to_numpy() & ~bad.to_numpy()]:
                problems.append(Problem(name, int(line), f.name, "", "a value (the column is required)", "required"))
        for key, op in (("minimum", "ge"), ("maximum", "le")):
            if key in cons and f.type in ("integer", "number", "year"):
                limit = cons[key]
                numeric = values.astype("float64")
                outside = present & ~getattr(numeric, op)(limit)
                for line in frame.index[outside.fillna(False).to_numpy()]:
                    word = "at least" if key == "minimum" else "at most"
                    problems.append(Problem(name, int(line), f.name, frame.at[line, f.name],
                                            f"{word} {limit}", "range"))
        if "enum" in cons:
            allowed = {str(v) for v in cons["enum"]}
            outside = present & ~frame[f.name].isin(list(allowed))
            for line in frame.index[outside.fillna(False).to_numpy()]:
                problems.append(Problem(name, int(line), f.name, frame.at[line, f.name],
                                        "one of {" + ", ".join(sorted(allowed)) + "}", "category"))
        if "pattern" in cons:
            lines = frame.index[present.to_numpy()]
            try:
                matched = match_pattern(frame.loc[lines, f.name].astype(str).tolist(), cons["pattern"])
            except PatternError as exc:
                problems.append(Problem(name, None, f.name, None, f"a usable pattern constraint ({exc})",
                                        "descriptor"))
                matched = [True] * len(lines)
            for line, ok in zip(lines, matched):
                if not ok:
                    problems.append(Problem(name, int(line), f.name, frame.at[line, f.name],
                                            f"text matching {cons['pattern']}", "pattern"))
        if cons.get("unique"):
            dup = values.duplicated(keep=False) & present
            for line in frame.index[dup.to_numpy()]:
                problems.append(Problem(name, int(line), f.name, frame.at[line, f.name], "a unique value", "duplicate"))
    out = pd.DataFrame(typed, index=frame.index)
    return out


def check_keys(file: Path, typed: pd.DataFrame, schema: TableSchema, registry: TableRegistry,
                problems: list[Problem]) -> None:
    name = str(file)
    pk = [k for k in schema.primary_key if k in typed]
    if pk and len(pk) == len(schema.primary_key):
        nulls = typed[pk].isna().any(axis=1)
        for line in typed.index[nulls.to_numpy()]:
            problems.append(Problem(name, int(line), ",".join(pk), None,
                                    "a value in every primary-key column", "primary key"))
        dup = typed[pk].astype(object).duplicated(keep="first") & ~nulls
        for line in typed.index[dup.to_numpy()]:
            vals = plain_values(typed.loc[line, pk])
            problems.append(Problem(name, int(line), ",".join(pk), vals,
                                    "a unique primary key (this key appears on an earlier line)", "duplicate key"))
    for fk in schema.foreign_keys:
        fields = [fk["fields"]] if isinstance(fk["fields"], str) else list(fk["fields"])
        ref = fk["reference"]
        ref_fields = [ref["fields"]] if isinstance(ref["fields"], str) else list(ref["fields"])
        target = typed if ref.get("resource", "") in ("", None) else registry.table(ref["resource"])
        if target is None:
            problems.append(Problem(name, None, ",".join(fields), ref.get("resource"),
                                    "a referenced table that can be found", "foreign key"))
            continue
        if not all(f in typed for f in fields) or not all(f in target for f in ref_fields):
            continue
        have = typed[fields].dropna()
        target_keys = pd.MultiIndex.from_frame(target[ref_fields].dropna().astype(object))
        found = pd.MultiIndex.from_frame(have.astype(object)).isin(target_keys)
        for line in have.index[~found]:
            row = plain_values(have.loc[line])
            value = row[0] if len(row) == 1 else row
            problems.append(Problem(name, int(line), ",".join(fields), value,
                                    f"a value of {ref['resource'] or 'this table'}.{','.join(ref_fields)}",
                                    "foreign key"))


def plain_values(row: pd.Series) -> tuple[Any, ...]:
    """The cells of a row as plain Python values (for readable messages)."""
    return tuple(v.item() if hasattr(v, "item") else v for v in row.astype(object))


def _spell_years(frame: pd.DataFrame, start: str, end: str) -> tuple[pd.Series, pd.Series]:
    s = frame[start].astype("Int64")
    e = frame[end].astype("Int64") if end in frame else pd.Series(pd.NA, index=frame.index, dtype="Int64")
    return s, e


def check_spell_order(check: dict[str, Any], file: Path, folder: Path, typed: pd.DataFrame,
                      registry: TableRegistry, problems: list[Problem]) -> None:
    """Spells whose end year is before their start year.

    Appends one :class:`Problem` per offending line to ``problems``.
    """
    name = str(file)
    s, e = _spell_years(typed, check["start"], check["end"])
    bad = (e < s).fillna(False)
    for line in typed.index[bad.to_numpy()]:
        problems.append(Problem(name, int(line), check["end"], int(e[line]),
                                f"a year not before {check['start']} ({int(s[line])})", "end before start"))


def check_no_overlap(check: dict[str, Any], file: Path, folder: Path, typed: pd.DataFrame,
                     registry: TableRegistry, problems: list[Problem]) -> None:
    """Spells of the same key (``check['by']``) that overlap in time.

    Appends one :class:`Problem` per offending line to ``problems``.
    """
    name = str(file)
    by = list(check["by"])
    s, e = _spell_years(typed, check["start"], check["end"])
    frame = typed[by].astype(object).assign(_s=s, _e=e.fillna(LAST_YEAR + 1000)).dropna(subset=["_s"])
    frame = frame.sort_values(by + ["_s"], kind="mergesort")
    gid = frame.groupby(by, sort=False, dropna=False).ngroup()
    prev_end = frame["_e"].astype("float64").groupby(gid).cummax().groupby(gid).shift()
    clash = frame.index[(frame["_s"] <= prev_end).fillna(False).to_numpy()]
    for line in clash:
        pe = prev_end[line]
        problems.append(Problem(name, int(line), check["start"], int(frame.at[line, "_s"]),
                                f"a spell starting after the previous spell of "
                                f"{dict(zip(by, frame.loc[line, by]))} ends "
                                f"({int(pe) if pe <= LAST_YEAR else 'open-ended'})", "overlapping spells"))


def check_sources(check: dict[str, Any], file: Path, folder: Path, typed: pd.DataFrame,
                  registry: TableRegistry, problems: list[Problem]) -> None:
    """Source cells that are empty or cite a key missing from the bibliography.

    Appends one :class:`Problem` per offending line to ``problems``.
    """
    name = str(file)
    bib_path = (folder / check.get("bib", "../references.bib")).resolve()
    try:
        keys = set(read_bib(bib_path))
    except (OSError, ValueError) as exc:
        problems.append(Problem(str(bib_path), None, None, None, f"a readable BibTeX file ({exc})", "bibliography"))
        return
    check_source_keys(name, typed, check["field"], keys, where=bib_path.name, problems=problems,
                      required=check.get("required", True))


def check_source_keys(file: str | Path, typed: pd.DataFrame, column: str, keys: set[str], *, where: str,
                      problems: list[Problem], required: bool = True) -> None:
    """Source cells of ``column`` that are empty (when ``required``) or cite a key not in ``keys``.

    ``where`` names the bibliography the keys come from, for the message.
    Appends one :class:`Problem` per offending cell to ``problems``.

    Examples
    --------
    >>> found = []
    >>> cells = pd.DataFrame({"source": ["un_m49", "nope:12", ""]}, index=[2, 3, 4])
    >>> check_source_keys("x.csv", cells, "source", {"un_m49"}, where="references.bib", problems=found)
    >>> [(p.line, p.kind) for p in found]
    [(3, 'unknown source'), (4, 'source')]
    """
    name = str(file)
    for line, cell in typed[column].items():
        if pd.isna(cell) or not str(cell).strip():
            if required:
                problems.append(Problem(name, int(line), column, "", "a source key from references.bib", "source"))
            continue
        for key, _ in split_source(str(cell)):
            if key not in keys:
                problems.append(Problem(name, int(line), column, key, f"a citation key defined in {where}",
                                        "unknown source"))


def check_state_years(check: dict[str, Any], file: Path, folder: Path, typed: pd.DataFrame,
                      registry: TableRegistry, problems: list[Problem]) -> None:
    """Member spells of a state in years it is not in the COW state system.

    Appends one :class:`Problem` per offending line to ``problems``.
    """
    name = str(file)
    states = registry.table("states")
    if states is None:
        return
    exist = set(zip(states["ccode"].astype(int), states["year"].astype(int)))
    s, e = _spell_years(typed, check["start"], check["end"])
    col = check["ccode"]
    for line in typed.index:
        c = typed.at[line, col]
        if pd.isna(c) or pd.isna(s[line]):
            continue
        lo = max(int(s[line]), FIRST_YEAR)
        hi = min(int(e[line]) if not pd.isna(e[line]) else LAST_YEAR, LAST_YEAR)
        missing = [y for y in range(lo, hi + 1) if (int(c), y) not in exist]
        if missing:
            span = f"{missing[0]}" if len(missing) == 1 else f"{missing[0]}-{missing[-1]}"
            problems.append(Problem(name, int(line), col, int(c),
                                    f"a COW state that exists in every year of the spell (not in the "
                                    f"state system in {span})", "state not in system"))


def check_date_matches_year(check: dict[str, Any], file: Path, folder: Path, typed: pd.DataFrame,
                            registry: TableRegistry, problems: list[Problem]) -> None:
    """Exact dates that do not fall in their coded year.

    Appends one :class:`Problem` per offending line to ``problems``.
    """
    name = str(file)
    year_col, date_col = check["year"], check["date"]
    if year_col not in typed or date_col not in typed:
        return
    dates = pd.to_datetime(typed[date_col], errors="coerce")
    years = typed[year_col].astype("Int64")
    bad = dates.notna() & years.notna() & (dates.dt.year != years)
    for line in typed.index[bad.fillna(False).to_numpy()]:
        problems.append(Problem(name, int(line), date_col, str(dates[line].date()),
                                f"a date in {year_col} = {int(years[line])}", "date and year disagree"))


def check_has_rows_in(check: dict[str, Any], file: Path, folder: Path, typed: pd.DataFrame,
                      registry: TableRegistry, problems: list[Problem]) -> None:
    """Rows without the rows another table must hold for them (e.g. a design spell).

    Appends one :class:`Problem` per offending line to ``problems``.
    """
    name = str(file)
    other = registry.table(check["table"])
    if other is None:
        problems.append(Problem(name, None, None, check["table"], "the referenced table", "missing table"))
        return
    present = set(other[check["table_key"]].dropna().astype(str))
    mask = pd.Series(True, index=typed.index)
    for col, allowed in check.get("where", {}).items():
        mask &= typed[col].astype(object).isin(allowed)
    for line in typed.index[mask.to_numpy()]:
        key = str(typed.at[line, check["key"]])
        if key not in present:
            problems.append(Problem(name, int(line), check["key"], key,
                                    f"at least one row in {check['table']} ({check['why']})", "missing rows"))


RULES: dict[str, Callable[..., None]] = {
    "spell_order": check_spell_order,
    "no_overlap": check_no_overlap,
    "sources": check_sources,
    "state_years": check_state_years,
    "date_matches_year": check_date_matches_year,
    "has_rows_in": check_has_rows_in,
}


def run_check(check: dict[str, Any], file: Path, folder: Path, typed: pd.DataFrame,
              registry: TableRegistry, problems: list[Problem]) -> None:
    """Run one project rule declared in a descriptor's ``x_regionalism.checks`` (see :data:`RULES`)."""
    kind = check.get("type") if isinstance(check, dict) else None
    rule = RULES.get(kind) if isinstance(kind, str) else None
    if rule is None:
        problems.append(Problem(str(file), None, None, repr(check)[:80],
                                "a check object with a known type: " + ", ".join(sorted(RULES)), "descriptor"))
        return
    try:
        rule(check, file, folder, typed, registry, problems)
    except KeyError as exc:  # a rule's option (a column, a table) is missing from the descriptor or the data
        problems.append(Problem(str(file), None, None, repr(check)[:80],
                                f"check {kind!r} with every option it needs (missing {exc})", "descriptor"))
