"""Templates for a user's own dataset: a new region with its organizations and codings.

:func:`new_region` writes a folder with the same layout as the shipped data:
``datapackage.json`` (the shipped codebooks of every table, marked as a user
overlay), one CSV per table with its header (and the region's own rows
filled in), ``references.bib`` and a ``README.md`` that explains every column.
Check the folder with ``regionalism validate FOLDER`` (or
``regionalism.extend.check_folder``) and use it with ``rg.load(name, extra=FOLDER)``
or ``rg.region_year(..., extra=FOLDER)``.
"""
from __future__ import annotations

import copy
import json
import os
import re
import shutil
from pathlib import Path
from typing import Iterable

import numpy as np

from regionalism._shared.constants import LAST_YEAR
from regionalism._shared.files import WouldOverwriteError, atomic_write
from regionalism._shared.folders import staging_folder
from regionalism._shared.spells import year_runs
from regionalism.data.catalog import resource, shipped_table
from regionalism.data.states import resolve_states
from regionalism.data.user_checks import OVERLAY_TABLES
from regionalism.extend.home import data_home

__all__ = ["new_region", "slug", "TEMPLATE_SOURCE_KEY"]

#: the placeholder citation key written into a new template
TEMPLATE_SOURCE_KEY = "my_source"

_BIB = """% Add one BibTeX entry for every source you code from, and cite its key in the
% 'source' column of each row ('key' or 'key:page', several separated by '; ').
% Keys of the shipped bibliography (rg.cite(...)) may be cited as well.
@misc{%s,
  title = {REPLACE: the source you coded this region from},
  note = {Template placeholder written by regionalism new-region; replace it},
  year = {2025}
}
"""


def slug(name: str) -> str:
    """An identifier from a display name: lower case, ASCII letters, digits and underscores.

    Examples
    --------
    >>> slug("Western Balkans")
    'western_balkans'
    """
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    if not out:
        raise ValueError(f"cannot make an identifier from {name!r}; use letters or digits, e.g. 'western_balkans'")
    return out


def _csv_line(values: Iterable[object]) -> str:
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(["" if v is None else v for v in values])
    return buf.getvalue()


def _user_description(field: dict) -> str:
    """The codebook's description of a field, as it applies to a user's file."""
    if field["name"] == "ccode":
        return (field.get("description", "COW state code")
                + " (COW code, ISO3 code or country name; names are resolved with rg.resolve_states)")
    if field["name"] == "source":
        return ("Citation key(s) into references.bib of this folder or of the shipped data, "
                "'key' or 'key:locator', separated by '; '")
    return str(field.get("description", ""))


def _descriptor(region_id: str, name: str) -> tuple[dict, dict[str, dict]]:
    resources = []
    shipped: dict[str, dict] = {}
    for table in OVERLAY_TABLES:
        desc, res = resource(table).descriptor, resource(table).resource
        shipped[table] = res
        r = {"name": table, "path": f"{table}.csv", "title": res.get("title", table),
             "description": res.get("description", desc.get("description", "")),
             "schema": copy.deepcopy(res["schema"])}
        for f in r["schema"]["fields"]:
            f["description"] = _user_description(f)
        resources.append(r)
    desc = {
        "name": region_id,
        "title": f"{name}: a user dataset for regionalism",
        "description": ("A user's own rows for the shipped tables of regionalism. Rows are validated against "
                        "the shipped codebooks and appended to the shipped data; they cannot replace shipped rows."),
        "version": "0.1.0",
        "licenses": [],
        "x_regionalism": {"overlay": True, "template": "new-region"},
        "resources": resources,
    }
    return desc, shipped


def _readme(region_id: str, name: str, shipped: dict[str, dict]) -> str:
    lines = [
        f"# {name} (`{region_id}`): a user dataset for regionalism", "",
        "Written by `regionalism new-region`. Every table has the columns of the shipped table of the same",
        "name; the codebook of each column is below (also in `datapackage.json` and `rg.describe(name)`).", "",
        "1. Fill in the CSV files (UTF-8, comma-separated, one header line). Leave a table with only its",
        "   header if you add nothing to it. States may be COW codes, ISO3 codes or country names.",
        f"2. Add your sources to `references.bib` and cite their keys in each `source` column (replace `{TEMPLATE_SOURCE_KEY}`).",
        "3. Check the folder: `regionalism validate THIS_FOLDER` lists every problem at once.",
        "4. Use it: `rg.load(\"memberships\", extra=THIS_FOLDER)`, "
        f"`rg.region_year([\"{region_id}\"], extra=THIS_FOLDER)`.", "",
        "Your rows are appended to the shipped data. An id that the shipped data already use (for example",
        "an `org_id`) is an error: choose a new id, or refer to the shipped row by its id.", "",
    ]
    for table in OVERLAY_TABLES:
        res = shipped[table]
        schema = res["schema"]
        lines += [f"## `{table}.csv`", "", res.get("description", "") or res.get("title", ""), "",
                  "Primary key: " + ", ".join(f"`{k}`" for k in schema.get("primaryKey", [])), ""]
        for fk in schema.get("foreignKeys", []):
            ref = fk["reference"]
            lines.append(f"Foreign key: `{', '.join(fk['fields'])}` refers to "
                         f"`{ref.get('resource') or table}.{', '.join(ref['fields'])}` (yours or the shipped rows)")
        lines += ["", "| column | type | required | meaning | allowed values |", "|---|---|---|---|---|"]
        for f in schema["fields"]:
            cons = f.get("constraints", {})
            cats = f.get("categories")
            allowed = "; ".join(f"`{c['value']}` = {c.get('label', '')}" if isinstance(c, dict) else f"`{c}`"
                                for c in cats) if cats else ""
            rng = [f"{k} {v}" for k, v in cons.items() if k in ("minimum", "maximum")]
            if rng:
                allowed = (allowed + "; " if allowed else "") + ", ".join(rng)
            desc = _user_description(f).replace("|", "\\|")
            lines.append(f"| `{f['name']}` | {f.get('type', 'string')} | {'yes' if cons.get('required') else ''} "
                         f"| {desc} | {allowed.replace('|', chr(92) + '|')} |")
        lines.append("")
    return "\n".join(lines)


def new_region(name: str, path: str | Path | None = None, *, members: Iterable[object] = (),
               start: int = 1946, region_id: str | None = None, force: bool = False) -> Path:
    """Write a template dataset folder for a new region.

    Parameters
    ----------
    name : str
        The region's display name (e.g. ``"Western Balkans"``).
    path : str or pathlib.Path, optional
        The folder in which to create the dataset folder (named after
        ``region_id``). Default: the data home (:func:`~regionalism.extend.data_home`).
    members : iterable, optional
        Member states (COW codes, ISO3 codes or names); each gets a
        ``region_members`` row from ``start`` (or from the year it entered
        the state system, if later) with no end.
    start : int, default 1946
        First year of the membership rows.
    region_id : str, optional
        Identifier; default: made from ``name`` (``"western_balkans"``).
    force : bool, default False
        Replace files of an existing folder, keeping each old file as a
        ``.bak`` backup. Without it an existing file is never touched.

    Returns
    -------
    pathlib.Path
        The dataset folder written.

    Raises
    ------
    WouldOverwriteError
        If a file of the template already exists and ``force`` is False
        (nothing is written then).
    StateResolutionError
        If a member cannot be resolved to one COW state.
    ValueError
        If ``region_id`` is a shipped region, ``start`` is not a year of the
        states table, or a member does not exist from ``start`` on.
    NotADirectoryError
        If ``path`` is a file.

    Notes
    -----
    Each member gets one row per run of years it exists in the states table
    from ``start`` on, with the last year as ``end`` when the state ceased
    (Czechoslovakia, 315, ends in 1992), so that the template passes
    :func:`regionalism.validate` apart from its placeholders. A new folder
    is built in a hidden sibling and renamed into place; files are mode 0644.

    Examples
    --------
    >>> import tempfile
    >>> from regionalism import extend
    >>> folder = extend.new_region("Western Balkans", tempfile.mkdtemp(), members=[339, "Croatia"], start=1992)
    >>> folder.name
    'western_balkans'
    >>> print((folder / "region_members.csv").read_text().splitlines()[1])
    western_balkans,339,1992,,my_source,REPLACE: why this state belongs to the region in these years
    >>> extend.check_folder(folder).report.ok
    True
    """
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"name must be a non-empty text, got {name!r}")
    rid = region_id or slug(name)
    if not isinstance(rid, str) or not re.fullmatch(r"[a-z0-9_]+", rid):
        raise ValueError(f"region_id must use only a-z, 0-9 and '_', got {rid!r}")
    shipped_ids = set(shipped_table("regions")["region_id"].dropna().astype(str))
    if rid in shipped_ids:
        raise ValueError(f"region_id {rid!r} is a shipped region; choose a new id (--id) for your own region, "
                         f"or use rg.region({rid!r})")
    st = shipped_table("states")
    first_year, last_year = int(st["year"].min()), min(int(st["year"].max()), LAST_YEAR)
    if isinstance(start, (bool, np.bool_)) or not isinstance(start, (int, np.integer)) \
            or not first_year <= int(start) <= last_year:
        raise ValueError(f"start must be a year from {first_year} to {last_year} (the years of the states "
                         f"table), got {start!r}")
    start = int(start)
    wanted = [] if members is None else [members] if isinstance(members, (str, int, np.integer)) else list(members)
    codes = resolve_states(wanted) if wanted else []
    base = Path(path) if path is not None else data_home(create=True)
    if base.exists() and not base.is_dir():
        raise NotADirectoryError(f"{base} is a file, not a folder: give a folder (--dir) in which to create "
                                 f"the dataset folder {rid}/")
    folder = base / rid
    desc, shipped = _descriptor(rid, name)
    files: dict[str, str] = {"datapackage.json": json.dumps(desc, indent=2, ensure_ascii=False) + "\n",
                             "references.bib": _BIB.replace("%s", TEMPLATE_SOURCE_KEY),
                             "README.md": _readme(rid, name, shipped)}
    for table in OVERLAY_TABLES:
        files[f"{table}.csv"] = _csv_line(f["name"] for f in shipped[table]["schema"]["fields"])
    regions_row = {"region_id": rid, "name": name, "continent": "",
                   "description": "REPLACE: which states are in, which are out, and why",
                   "source": TEMPLATE_SOURCE_KEY, "note": ""}
    files["regions.csv"] += _csv_line(regions_row.get(f["name"], "")
                                      for f in shipped["regions"]["schema"]["fields"])
    if codes:
        years = st.groupby(st["ccode"].astype(int))["year"].agg(lambda y: sorted(set(y.astype(int))))
        for c in dict.fromkeys(codes):
            # one row per run of years the state exists from start on; a state that ceased gets its last year
            runs = [(max(a, start), b) for a, b in year_runs(years.get(c, [])) if b >= start]
            if not runs:
                raise ValueError(f"state {c} does not exist in or after {start} in the states table; "
                                 "leave it out or choose an earlier start")
            for a, b in runs:
                row = {"region_id": rid, "ccode": c, "start": a, "end": "" if b >= last_year else b,
                       "source": TEMPLATE_SOURCE_KEY,
                       "note": "REPLACE: why this state belongs to the region in these years"}
                files["region_members.csv"] += _csv_line(row.get(f["name"], "")
                                                         for f in shipped["region_members"]["schema"]["fields"])
    existing = [folder / f for f in files if (folder / f).exists()]
    if existing and not force:
        raise WouldOverwriteError(existing[0])
    if folder.exists():  # --force into an existing folder: each file replaced atomically, the old one kept
        for fname, text in files.items():
            atomic_write(folder / fname, text, force=force)
        return folder
    base.mkdir(parents=True, exist_ok=True)
    stage = staging_folder(folder)  # build apart, then rename: a killed run leaves no partial folder
    try:
        for fname, text in files.items():
            atomic_write(stage / fname, text)
        os.rename(stage, folder)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return folder
