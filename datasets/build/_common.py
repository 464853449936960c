"""Shared helpers of the build scripts: deterministic CSV and descriptor writing.

Every dataset folder gets ``<table>.csv`` (UTF-8, ``\\n`` line ends, NA as an
empty cell), ``datapackage.json`` (Frictionless Data Package with a Table
Schema v2 per resource) and ``README.md``. Running a build twice gives
byte-identical files.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

DATASETS = Path(__file__).resolve().parent.parent
REPO = DATASETS.parent
OUT = {"root": DATASETS}  # where write_dataset writes; build.py --out changes it
DEFAULT_RAW = REPO.parent / "shared" / "data" / "raw"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
MISSING = [{"value": "", "label": "missing: not covered by the source, not applicable, or unknown"}]

CC_BY_SA = {"name": "CC-BY-SA-4.0", "path": "https://creativecommons.org/licenses/by-sa/4.0/",
            "title": "Creative Commons Attribution-ShareAlike 4.0 (inherited from V-Dem)"}
CC_BY = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
         "title": "Creative Commons Attribution 4.0"}
COW_TERMS = {"name": "COW-citation-terms", "path": "https://correlatesofwar.org/data-sets/",
             "title": "Correlates of War data: free to use and redistribute with citation of the data set, its version and its reference article"}
CITATION_TERMS = {"name": "cite-the-source",
                  "title": "Public data distributed by its authors with a request to cite; no licence text in the source files (see README)"}


def fld(name: str, type_: str, description: str, *, unit: str | None = None, categories: list | None = None,
        ordered: bool = False, required: bool = False, minimum: float | None = None,
        maximum: float | None = None, pattern: str | None = None, unique: bool = False,
        source: str | None = None) -> dict[str, Any]:
    """A Table Schema field descriptor."""
    out: dict[str, Any] = {"name": name, "type": type_, "description": description}
    if unit:
        out["x_unit"] = unit
    if source:
        out["x_source"] = source
    if categories is not None:
        out["categories"] = categories
        out["categoriesOrdered"] = ordered
    cons: dict[str, Any] = {}
    if required:
        cons["required"] = True
    if minimum is not None:
        cons["minimum"] = minimum
    if maximum is not None:
        cons["maximum"] = maximum
    if pattern:
        cons["pattern"] = pattern
    if unique:
        cons["unique"] = True
    if cons:
        out["constraints"] = cons
    return out


def source(title: str, version: str, bibkey: str, path: str | None = None) -> dict[str, Any]:
    """A Data Package ``sources`` entry (with the project's BibTeX key)."""
    out: dict[str, Any] = {"title": title, "version": version, "x_bibkey": bibkey}
    if path:
        out["path"] = path
    return out


@dataclass
class Resource:
    """One table of a dataset."""

    name: str
    title: str
    unit: str
    fields: list[dict[str, Any]]
    primary_key: list[str]
    data: pd.DataFrame
    description: str = ""
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)


def fk(fields: list[str] | str, resource: str, ref_fields: list[str] | str) -> dict[str, Any]:
    """A foreign key to another table of the project (resolved by table name)."""
    as_list = lambda v: [v] if isinstance(v, str) else list(v)
    return {"fields": as_list(fields), "reference": {"resource": resource, "fields": as_list(ref_fields)}}


def _format(df: pd.DataFrame, fields: list[dict[str, Any]]) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    for f in fields:
        col = df[f["name"]]
        if f["type"] in ("integer", "year"):
            col = pd.to_numeric(col, errors="raise").astype("Int64")
            text = col.astype("string")
        elif f["type"] == "number":
            col = pd.to_numeric(col, errors="raise").astype("float64")
            text = col.map(lambda v: "" if pd.isna(v) else repr(float(v))).astype("string")
            text = text.str.replace(r"\.0$", ".0", regex=True)
        else:
            text = col.astype("string")
        out[f["name"]] = text.fillna("")
    return out


def write_dataset(folder_name: str, *, title: str, description: str, version: str,
                  licenses: list[dict[str, Any]], sources: list[dict[str, Any]],
                  resources: list[Resource], readme: str, checks: list[dict[str, Any]] | None = None,
                  root: Path | None = None) -> Path:
    """Write a dataset folder (CSV files, datapackage.json, README.md) deterministically."""
    folder = (root or OUT["root"]) / folder_name
    folder.mkdir(parents=True, exist_ok=True)
    res_desc = []
    tables: dict[str, Any] = {}
    for r in resources:
        names = [f["name"] for f in r.fields]
        missing = [n for n in names if n not in r.data.columns]
        if missing:
            raise ValueError(f"{r.name}: data lack columns {missing}")
        data = r.data[names].sort_values(r.primary_key, kind="mergesort").reset_index(drop=True)
        if data.duplicated(r.primary_key).any():
            dup = data[data.duplicated(r.primary_key, keep=False)].head(10)
            raise ValueError(f"{r.name}: primary key {r.primary_key} not unique:\n{dup}")
        text = _format(data, r.fields)
        path = folder / f"{r.name}.csv"
        text.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        schema: dict[str, Any] = {"fields": r.fields, "missingValues": MISSING, "primaryKey": r.primary_key}
        if r.foreign_keys:
            schema["foreignKeys"] = r.foreign_keys
        res_desc.append({
            "name": r.name, "path": f"{r.name}.csv", "type": "table", "title": r.title,
            "description": r.description, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "x_unit": r.unit, "schema": schema,
        })
        years = None
        for ycol in ("year", "start", "founded", "signed", "begyr"):
            if ycol in data.columns:
                years = pd.to_numeric(data[ycol], errors="coerce")
                break
        tables[r.name] = {
            "rows": len(data),
            "first_year": int(years.min()) if years is not None and years.notna().any() else None,
            "last_year": int(years.max()) if years is not None and years.notna().any() else None,
        }
    desc: dict[str, Any] = {
        "$schema": PROFILE,
        "name": folder_name,
        "title": title,
        "description": description,
        "version": version,
        "licenses": licenses,
        "sources": sources,
        "resources": res_desc,
        "x_regionalism": {"unit": resources[0].unit, "tables": tables, "checks": checks or []},
    }
    (folder / "datapackage.json").write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "README.md").write_text(readme.strip() + "\n", encoding="utf-8")
    return folder


def read_raw(raw: Path, rel: str, **kw: Any) -> pd.DataFrame:
    """Read a raw extract, failing with a clear message when it is missing."""
    path = raw / rel
    if not path.is_file():
        raise FileNotFoundError(f"raw extract {path} not found; pass --raw pointing to shared/data/raw")
    return pd.read_csv(path, **kw)
