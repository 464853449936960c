"""The catalogue of shipped tables: one :class:`Resource` record per table, read typed, listed, described, cited.

:func:`shipped_table` reads a shipped table with the types of its codebook
(cached: the shipped files do not change in a session); ``rg.load`` (in
:mod:`regionalism.data.tables`) returns a copy, optionally with a user's rows.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from difflib import get_close_matches
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from regionalism.data.bibtex import read_bib, split_source
from regionalism.data.cache import cached_table
from regionalism.data.paths import datasets_root
from regionalism.data.schema import PANELS, TableSchema, panel_schema, parse_column, read_descriptor

__all__ = ["Resource", "resources", "resource", "shipped_table", "list_datasets", "describe", "cite", "Codebook",
           "dataset_names"]


@dataclass(frozen=True)
class Resource:
    """One shipped table: its descriptor (``datapackage.json``) and its resource entry.

    Attributes
    ----------
    name : str
        The table's name (``rg.load(name)``).
    descriptor_path : pathlib.Path
        The dataset folder's ``datapackage.json``.
    descriptor : dict
        The whole descriptor (licences, sources, ``x_regionalism`` rules).
    resource : dict
        This table's resource entry (``path``, ``schema``, ...).

    Examples
    --------
    >>> from regionalism.data.catalog import resource
    >>> res = resource("memberships")
    >>> res.folder.name, res.path.name, res.schema.primary_key[:1]
    ('memberships', 'memberships.csv', ('org_id',))
    """

    name: str
    descriptor_path: Path
    descriptor: dict[str, Any]
    resource: dict[str, Any]

    @property
    def folder(self) -> Path:
        """The dataset folder."""
        return self.descriptor_path.parent

    @property
    def path(self) -> Path:
        """The table's CSV file."""
        return self.folder / self.resource["path"]

    @property
    def schema(self) -> TableSchema:
        """The table's typed schema."""
        return TableSchema.from_descriptor(self.resource["schema"])

    @property
    def unit(self) -> str:
        """The unit of analysis (e.g. ``state-year``)."""
        return self.resource.get("x_unit", self.descriptor.get("x_regionalism", {}).get("unit", ""))

    @property
    def checks(self) -> list[dict[str, Any]]:
        """The project rules (``x_regionalism.checks``) that apply to this table (copies)."""
        return [dict(c) for c in self.descriptor.get("x_regionalism", {}).get("checks", [])
                if c.get("resource", self.name) == self.name]


def dataset_names() -> list[str]:
    """Names of the shipped tables (one per resource), sorted.

    Every name can be passed to :func:`load`, :func:`describe` and
    :func:`cite`; a dataset folder with several resources (``states``,
    ``ucdp``, ...) contributes one name per table.

    Returns
    -------
    list of str
        Resource names in alphabetical order.

    See Also
    --------
    list_datasets : The same tables with title, size and source as a DataFrame.

    Examples
    --------
    >>> from regionalism.data.catalog import dataset_names
    >>> names = dataset_names()
    >>> "states" in names and "memberships" in names
    True
    >>> names == sorted(names)
    True
    """
    return sorted(resources())


@lru_cache(maxsize=1)
def resources() -> dict[str, Resource]:
    """Every shipped table by name (read once per session; do not modify).

    Examples
    --------
    >>> from regionalism.data.catalog import resources
    >>> "states" in resources()
    True
    """
    out: dict[str, Resource] = {}
    for desc_path in sorted(datasets_root().glob("*/datapackage.json")):
        desc = read_descriptor(desc_path)
        for res in desc.get("resources", []):
            out[res["name"]] = Resource(res["name"], desc_path, desc, res)
    return out


def resource(name: str) -> Resource:
    """The shipped table ``name``.

    Raises
    ------
    KeyError
        If there is no such table; the message suggests close names and lists the available ones.
    TypeError
        If ``name`` is not text (``rg.load(None)``).

    Examples
    --------
    >>> from regionalism.data.catalog import resource
    >>> resource("states").unit
    'state-year'
    """
    index = resources()
    if not isinstance(name, str):
        raise TypeError(f"a dataset name must be text, got {type(name).__name__} {name!r}; "
                        f"available: {', '.join(sorted(index))}")
    if name not in index:
        close = get_close_matches(name, index, n=3)
        hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise KeyError(
            f"No dataset named {name!r}.{hint} Available: {', '.join(sorted(index))}. "
            "See rg.list_datasets()."
        )
    return index[name]


def list_datasets() -> pd.DataFrame:
    """The catalogue of shipped tables.

    Returns
    -------
    pandas.DataFrame
        One row per table with columns ``name``, ``title``, ``unit`` (unit of
        analysis), ``rows``, ``first_year``, ``last_year``, ``version`` (the
        table's own version), ``licence``, ``sources`` (source titles with
        versions) and ``package`` (the dataset folder).

    Examples
    --------
    >>> import regionalism as rg
    >>> cat = rg.list_datasets()
    >>> "states" in set(cat["name"])
    True
    """
    rows = []
    for name, r in sorted(resources().items()):
        desc_path, desc, res = r.descriptor_path, r.descriptor, r.resource
        meta = desc.get("x_regionalism", {})
        stats = meta.get("tables", {}).get(name, {})
        lic = "; ".join(lc.get("name", lc.get("title", "")) for lc in desc.get("licenses", []))
        srcs = "; ".join(f"{s.get('title')} {s.get('version', '')}".strip() for s in desc.get("sources", []))
        rows.append({
            "name": name,
            "title": res.get("title", desc.get("title", name)),
            "unit": res.get("x_unit", meta.get("unit", "")),
            "rows": stats.get("rows"),
            "first_year": stats.get("first_year"),
            "last_year": stats.get("last_year"),
            "version": desc.get("version"),
            "licence": lic,
            "sources": srcs,
            "package": desc_path.parent.name,
        })
    out = pd.DataFrame(rows)
    for col in ("rows", "first_year", "last_year"):
        out[col] = out[col].astype("Int64")
    return out


@lru_cache(maxsize=32)
def shipped_table(name: str) -> pd.DataFrame:
    """The typed shipped table ``name``, cached for the session: read-only, do not modify it.

    ``rg.load(name)`` returns a copy; the package's own functions read it
    through :class:`regionalism.data.tables.Tables`. The parsed frame is also
    kept across sessions in the typed cache of :mod:`regionalism.data.cache`
    (keyed by the files' SHA-256).

    Examples
    --------
    >>> from regionalism.data.catalog import shipped_table
    >>> shipped_table("states").attrs["keys"]
    ['ccode', 'year']
    """
    r = resource(name)
    return cached_table(name, [r.path, r.descriptor_path], lambda: _parse_table(name, r))


def _parse_table(name: str, r: Resource) -> pd.DataFrame:
    desc_path, desc, res = r.descriptor_path, r.descriptor, r.resource
    schema = r.schema
    path = r.path
    raw = pd.read_csv(path, dtype="string", keep_default_na=False, encoding="utf-8")
    missing_cols = [n for n in schema.names if n not in raw.columns]
    if missing_cols:
        raise ValueError(f"{path}: columns {missing_cols} of the codebook are missing; run rg.validate({str(desc_path.parent)!r})")
    cols: dict[str, pd.Series] = {}
    for f in schema.fields:
        values, bad = parse_column(f, raw[f.name], schema.missing)
        if bad.any():
            line = int(bad.to_numpy().nonzero()[0][0]) + 2
            raise ValueError(
                f"{path}, line {line}, column {f.name!r}: found {raw[f.name].iloc[line - 2]!r}; expected "
                f"{f.expected()}. Run rg.validate({str(desc_path.parent)!r}) for every problem."
            )
        cols[f.name] = values
    frame = pd.DataFrame(cols)
    if schema.primary_key and frame.duplicated(list(schema.primary_key)).any():
        raise ValueError(f"{path}: primary key {list(schema.primary_key)} is not unique; run rg.validate")
    frame.attrs.update({
        "name": name,
        "unit": res.get("x_unit", desc.get("x_regionalism", {}).get("unit", "")),
        "keys": list(schema.primary_key),
        "version": desc.get("version"),
    })
    return frame


@dataclass(frozen=True)
class Codebook:
    """The codebook of one table, read from its ``datapackage.json``.

    Obtained with :func:`describe`; ``fields`` lists the columns and
    :meth:`to_markdown` renders the whole page.

    Examples
    --------
    >>> import regionalism as rg
    >>> codebook = rg.describe("states")
    >>> codebook.name, "ccode" in set(codebook.fields["name"])
    ('states', True)
    """

    name: str
    descriptor: dict[str, Any]
    resource: dict[str, Any]
    readme: str

    @property
    def fields(self) -> pd.DataFrame:
        """One row per column: name, type, description, unit, categories, constraints."""
        rows = []
        for f in self.resource["schema"]["fields"]:
            cats = f.get("categories")
            rows.append({
                "name": f["name"],
                "type": f.get("type", "string"),
                "description": f.get("description", ""),
                "unit": f.get("x_unit", ""),
                "categories": "; ".join(
                    f"{c['value']}={c.get('label', c['value'])}" if isinstance(c, dict) else str(c)
                    for c in cats) if cats else "",
                "ordered": bool(f.get("categoriesOrdered", False)) if cats else None,
                "constraints": ", ".join(f"{k}={v}" for k, v in f.get("constraints", {}).items()),
            })
        return pd.DataFrame(rows)

    def to_markdown(self) -> str:
        """The codebook as a Markdown page."""
        d, r = self.descriptor, self.resource
        schema = r["schema"]
        lines = [f"# {r.get('title', d.get('title', self.name))} (`{self.name}`)", ""]
        if r.get("description") or d.get("description"):
            lines += [r.get("description") or d.get("description"), ""]
        meta = d.get("x_regionalism", {})
        lines += [
            f"- Unit of analysis: {r.get('x_unit', meta.get('unit', ''))}",
            f"- Primary key: {', '.join(schema.get('primaryKey', [])) or '(none)'}",
            f"- Version: {d.get('version')}",
            "- Licence: " + "; ".join(f"{lc.get('name')} ({lc.get('title', '')})" for lc in d.get("licenses", [])),
            "- Missing values: " + "; ".join(
                f"'{m['value']}' = {m.get('label', '')}" if isinstance(m, dict) else repr(m)
                for m in schema.get("missingValues", [""])),
        ]
        for fk in schema.get("foreignKeys", []):
            lines.append(f"- Foreign key: {fk['fields']} -> {fk['reference']['resource']}.{fk['reference']['fields']}")
        lines += ["", "## Sources", ""]
        for s in d.get("sources", []):
            lines.append(f"- {s.get('title')} (version {s.get('version', 'n/a')}) [{s.get('x_bibkey', '')}]")
        lines += ["", "## Fields", "", "| name | type | description | categories |", "|---|---|---|---|"]
        for _, row in self.fields.iterrows():
            desc = str(row["description"]).replace("|", "\\|")
            cats = str(row["categories"]).replace("|", "\\|")
            lines.append(f"| `{row['name']}` | {row['type']} | {desc} | {cats} |")
        return "\n".join(lines) + "\n"

    def __str__(self) -> str:
        return self.to_markdown()

    def _repr_markdown_(self) -> str:
        return self.to_markdown()


def describe(name: str) -> Codebook:
    """The codebook of a table.

    Parameters
    ----------
    name : str
        A table name (see :func:`list_datasets`), or a panel: ``"region_year"``
        or ``"organization_year"``.

    Returns
    -------
    Codebook
        ``.fields`` is a DataFrame of the columns (name, type, description,
        unit, categories, ordered, constraints); ``str()`` or
        ``.to_markdown()`` renders the whole codebook; ``.readme`` holds the
        dataset's notes on coding decisions.

    Examples
    --------
    >>> import regionalism as rg
    >>> cb = rg.describe("states")
    >>> "v2x_polyarchy" in set(cb.fields["name"])
    True
    """
    if name in PANELS:
        schema = panel_schema(name)
        res = {"name": name, "title": schema["description"], "x_unit": schema["x_unit"], "schema": schema}
        desc = {"title": schema["description"], "version": None, "licenses": [], "sources": [],
                "x_regionalism": {"unit": schema["x_unit"]}}
        return Codebook(name, desc, res, "Computed by rg.{}(); see its docstring and the module docs of "
                                          "regionalism.measures for every rule.".format(name))
    r = resource(name)
    desc, res = r.descriptor, r.resource
    readme = r.folder / "README.md"
    return Codebook(name, desc, res, readme.read_text(encoding="utf-8") if readme.is_file() else "")


#: The shipped tables each panel is built from (what ``regionalism.panel`` reads from its ``Tables``;
#: tests/hardening/test_install_anywhere.py checks it against the tables a panel build actually reads).
PANEL_TABLES: dict[str, tuple[str, ...]] = {
    "region_year": ("agreement_parties", "agreements", "alliance_dyads", "contiguity", "memberships",
                    "organizations", "region_members", "regions", "security_design", "states", "ucdp_locations"),
    "organization_year": ("agreement_parties", "agreements", "alliance_dyads", "contiguity", "memberships", "mia",
                          "organizations", "region_members", "security_design", "states", "ucdp_locations"),
}


def _table_keys(name: str) -> list[str]:
    r = resource(name)
    keys = [s["x_bibkey"] for s in r.descriptor.get("sources", []) if s.get("x_bibkey")]
    if any(f["name"] == "source" for f in r.resource["schema"]["fields"]):
        for cell in shipped_table(name)["source"].dropna():
            keys += [k for k, _ in split_source(str(cell))]
    return keys


def _overlay_keys(extra: str | Path) -> tuple[list[str], dict[str, str]]:
    """Citation keys in a user folder's (or CSV's) ``source`` columns, and its own ``references.bib``."""
    path = Path(extra)
    if not path.exists():
        raise FileNotFoundError(f"extra={str(extra)!r} does not exist")
    folder = path if path.is_dir() else path.parent
    files = sorted(folder.glob("*.csv")) if path.is_dir() else [path]
    keys: list[str] = []
    for f in files:
        with open(f, encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.DictReader(fh):
                keys += [k for k, _ in split_source(str(row.get("source") or ""))]
    local = folder / "references.bib"
    return keys, (read_bib(local) if local.is_file() else {})


def cite(name: str | None = None, *, extra: str | Path | None = None) -> str:
    """BibTeX for every source behind a table or panel (or behind the package), and a user's overlay.

    Parameters
    ----------
    name : str, optional
        A table name, or a panel (``"region_year"``, ``"organization_year"``:
        the sources of every table it is built from, :data:`PANEL_TABLES`).
        Without it (and without ``extra``), the entry for the package itself.
    extra : str or pathlib.Path, optional
        A user dataset folder (or CSV) as passed to ``rg.load(extra=)``: the
        keys in its ``source`` columns are cited too, from the folder's own
        ``references.bib`` or the shipped one.

    Returns
    -------
    str
        BibTeX entries: the package, each source dataset of the table, and
        each reference cited in the table's ``source`` column.

    Raises
    ------
    KeyError
        If ``name`` is unknown or a cited key has no BibTeX entry.

    Examples
    --------
    >>> import regionalism as rg
    >>> print(rg.cite("mia"))  # doctest: +ELLIPSIS
    @software{regionalism...
    >>> "@" in rg.cite("region_year")
    True
    """
    bib = read_bib(datasets_root() / "references.bib")
    keys: list[str] = ["regionalism"]
    if name in PANELS:
        for table in PANEL_TABLES[name]:
            keys += _table_keys(table)
    elif name is not None:
        keys += _table_keys(name)
    if extra is not None:
        more, local = _overlay_keys(extra)
        keys += more
        bib = {**local, **bib}
    seen: list[str] = []
    for k in keys:
        if k not in seen:
            seen.append(k)
    missing = [k for k in seen if k not in bib]
    if missing:
        raise KeyError(f"references.bib lacks entries for {missing}; run rg.validate on the datasets")
    return "\n\n".join(bib[k] for k in seen) + "\n"


# Old private names, still called by datasets/build/build_crosscheck.py (helper DATA's file, issue 13); the lead
# switches that script to regionalism.data.tables.clear_cache() at merge and deletes these two aliases.
_index = resources
_load_cached = shipped_table
