"""Sphinx extension that writes the generated pages of the regionalism docs.

At ``builder-inited`` (before Sphinx reads any source) it writes, under
``docs/generated/``:

* ``codebooks/<package>.md`` -- one page per dataset folder and per panel,
  from :func:`regionalism.describe` (fields, types, units, categories,
  constraints, missing values, keys, foreign keys, sources, licence, version)
  and the dataset README (coding decisions), so that docs and data cannot drift;
* ``cite.md`` -- :func:`regionalism.cite` for the package and for every table;
* ``gallery.md`` -- every figure and table of ``regionalism reproduce``, run
  into ``generated/gallery_files/`` (caption, script, data behind it);
* ``api/<module>.md`` -- the API reference, one page per public module, each
  public name documented once (where it is first exported) with autodoc.

The functions are plain functions of their inputs so that the tests in
``tests/docs/`` can check them without running Sphinx.
"""
from __future__ import annotations

import importlib
import inspect
import os
import re
import sys
import time
from pathlib import Path
from typing import Any, Iterable

DOCS = Path(__file__).resolve().parents[1]
REPO = DOCS.parent
GENERATED = DOCS / "generated"

#: Panels documented next to the datasets (``rg.describe`` knows them).
PANELS: tuple[str, ...] = ("region_year", "organization_year")

#: Public modules of the API reference, in order. A name exported by several
#: modules is documented in the first one and linked from the others.
API_MODULES: tuple[str, ...] = (
    "regionalism.data",
    "regionalism.data.tables",
    "regionalism.data.catalog",
    "regionalism.data.checks",
    "regionalism.data.user_checks",
    "regionalism.geography",
    "regionalism.panel",
    "regionalism.measures.membership",
    "regionalism.measures.institutions",
    "regionalism.measures.outcome",
    "regionalism.measures.aggregates",
    "regionalism.measures.external",
    "regionalism.measures.demand",
    "regionalism.models",
    "regionalism.qca",
    "regionalism.cases",
    "regionalism.spec_curve",
    "regionalism.study",
    "regionalism.study.samples",
    "regionalism.study.mia",
    "regionalism.study.robustness",
    "regionalism.report",
    "regionalism.runner",
    "regionalism.plots",
    "regionalism.extend",
    "regionalism.extend.templates",
)


# --------------------------------------------------------------------------- helpers
def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` unless it already holds it (keeps Sphinx's cache valid)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def _cell(value: Any) -> str:
    """Text safe inside a Markdown table cell."""
    if value is None:
        return ""
    text = str(value)
    if text in ("nan", "None", "<NA>"):
        return ""
    return text.replace("\n", " ").replace("|", "\\|")


def shift_headings(markdown: str, by: int) -> str:
    """Demote every ATX heading of ``markdown`` by ``by`` levels (outside code fences)."""
    out, fence = [], None
    for line in markdown.splitlines():
        stripped = line.lstrip()
        m = re.match(r"(`{3,}|~{3,})", stripped)
        if m:
            if fence is None:
                fence = m.group(1)[0] * len(m.group(1))
            elif stripped.startswith(fence):
                fence = None
        if fence is None and re.match(r"#{1,6} ", line):
            hashes = len(line) - len(line.lstrip("#"))
            line = "#" * min(6, hashes + by) + line[hashes:]
        out.append(line)
    return "\n".join(out)


def unlink_relative(markdown: str) -> str:
    """Replace relative Markdown links (which do not exist in the site) by their text and target."""
    def repl(m: re.Match[str]) -> str:
        text, target = m.group(1), m.group(2)
        if re.match(r"[a-z]+://|mailto:|#", target):
            return m.group(0)
        return f"{text} (`{target}`)"

    return re.sub(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)\)", repl, markdown)


# --------------------------------------------------------------------------- codebooks
def codebook_table_section(cb: Any, *, level: int = 2) -> str:
    """Markdown section for one table's codebook (a :class:`regionalism.Codebook`)."""
    d, r = cb.descriptor, cb.resource
    schema = r.get("schema", {})
    h = "#" * level
    title = r.get("title") or d.get("title") or cb.name
    lines = [f"({label(cb.name)})=", f"{h} `{cb.name}`: {title}", ""]
    desc = r.get("description") or schema.get("description") or d.get("description")
    if desc:
        lines += [desc, ""]
    meta = d.get("x_regionalism", {})
    counts = meta.get("tables", {}).get(cb.name, {})
    facts = [
        ("Unit of analysis", r.get("x_unit") or schema.get("x_unit") or meta.get("unit", "")),
        ("Primary key", ", ".join(f"`{k}`" for k in _as_list(schema.get("primaryKey")))),
        ("Rows", counts.get("rows", "")),
        ("Years", f"{counts['first_year']}-{counts['last_year']}" if counts.get("first_year") else ""),
        ("Version", d.get("version") or ""),
        ("Licence", "; ".join(f"{x.get('name')} ({x.get('title', '')})" for x in d.get("licenses", []))),
        ("File", f"`datasets/{d.get('name', '')}/{r['path']}`" if r.get("path") else "computed"),
    ]
    missing = schema.get("missingValues", [""])
    facts.append(("Missing values", "; ".join(
        f"`'{m['value']}'` = {m.get('label', '')}" if isinstance(m, dict) else f"`{m!r}`" for m in missing)))
    for fk in schema.get("foreignKeys", []):
        ref = fk["reference"]
        facts.append(("Foreign key", f"{', '.join(f'`{x}`' for x in _as_list(fk['fields']))} → "
                                     f"`{ref.get('resource') or cb.name}` "
                                     f"({', '.join(f'`{x}`' for x in _as_list(ref['fields']))})"))
    lines += [f"- **{k}:** {v}" for k, v in facts if v not in ("", None)]
    lines += ["", f"{h}# Fields of `{cb.name}`", "",
              "| name | type | unit | description | categories | constraints |",
              "|---|---|---|---|---|---|"]
    for row in cb.fields.to_dict("records"):
        cats = _cell(row.get("categories"))
        if cats and row.get("ordered"):
            cats += " (ordered)"
        lines.append(f"| `{row['name']}` | {_cell(row['type'])} | {_cell(row.get('unit'))} | "
                     f"{_cell(row.get('description'))} | {cats} | {_cell(row.get('constraints'))} |")
    return "\n".join(lines) + "\n"


def _as_list(x: Any) -> list[str]:
    if x is None:
        return []
    return [x] if isinstance(x, str) else list(x)


def label(name: str) -> str:
    """MyST target label of a table's codebook section."""
    return f"codebook-{name.replace('_', '-')}"


def codebook_page(package: str, tables: list[str], *, describe: Any) -> str:
    """The codebook page of one dataset folder (or panel): every table, sources, README."""
    cbs = [describe(t) for t in tables]
    d = cbs[0].descriptor
    is_panel = package in PANELS
    title = d.get("title") or package
    lines = [f"# {'Panel' if is_panel else 'Dataset'} `{package}`", ""]
    if not is_panel and title != package:
        lines += [f"*{title}*", ""]
    if d.get("description") and not is_panel:
        lines += [d["description"], ""]
    lines += ["```{note}", "Generated at build time from "
              + (f"`rg.describe({package!r})`" if is_panel
                 else f"`datasets/{package}/datapackage.json` and `datasets/{package}/README.md`")
              + " by `docs/_ext/regionalism_docs.py`: do not edit it by hand.", "```", ""]
    if is_panel:
        fn = "region_year" if package == "region_year" else "organization_year"
        lines += [f"Built by {{func}}`regionalism.{fn}`; the table below is its column codebook.", ""]
    else:
        lines += ["```python", "import regionalism as rg"]
        lines += [f"{t} = rg.load({t!r})" for t in tables]
        lines += [f"print(rg.describe({tables[0]!r}))", f"print(rg.cite({tables[0]!r}))", "```", ""]
    sources = d.get("sources", [])
    if sources:
        lines += ["## Sources", "", "| source | version | BibTeX key | where |", "|---|---|---|---|"]
        for s in sources:
            where = s.get("path", "")
            where = f"<{where}>" if re.match(r"https?://", where) else _cell(where)
            lines.append(f"| {_cell(s.get('title'))} | {_cell(s.get('version', ''))} | "
                         f"`{_cell(s.get('x_bibkey', ''))}` | {where} |")
        lines += ["", "Full references: [How to cite](../cite.md).", ""]
    lines += ["## Tables", ""]
    for cb in cbs:
        lines.append(codebook_table_section(cb, level=3))
    readme = (cbs[0].readme or "").strip()
    if readme:
        head = "## Coding decisions (README)" if not is_panel else "## Notes"
        src = f"`datasets/{package}/README.md`" if not is_panel else "the panel's codebook"
        lines += [head, "", f"The text below is {src}, included as it is.", "",
                  shift_headings(unlink_relative(readme), 2), ""]
    return "\n".join(lines) + "\n"


def write_codebooks(out: Path) -> list[str]:
    """Write one codebook page per dataset folder and per panel; return their stems."""
    import regionalism as rg

    catalogue = rg.list_datasets()
    packages: dict[str, list[str]] = {}
    for row in catalogue.to_dict("records"):
        packages.setdefault(row["package"], []).append(row["name"])
    stems = []
    for package, tables in sorted(packages.items()):
        # the table named like its folder first
        tables = sorted(tables, key=lambda t: (t != package, t))
        write_if_changed(out / f"{package}.md", codebook_page(package, tables, describe=rg.describe))
        stems.append(package)
    for panel in PANELS:
        write_if_changed(out / f"{panel}.md", codebook_page(panel, [panel], describe=rg.describe))
    index = ["# Codebooks", "",
             "One page per dataset folder and per panel, generated at build time from the "
             "`datapackage.json` files (through `rg.describe`) and the dataset READMEs.", "",
             "## Datasets", "", "| table | title | unit | rows | years | version | licence | page |",
             "|---|---|---|---|---|---|---|---|"]
    for row in catalogue.to_dict("records"):
        years = f"{row['first_year']}-{row['last_year']}" if _cell(row["first_year"]) else ""
        index.append(f"| [`{row['name']}`](#{label(row['name'])}) | {_cell(row['title'])} | "
                     f"{_cell(row['unit'])} | {_cell(row['rows'])} | {years} | {_cell(row['version'])} | "
                     f"{_cell(row['licence'])} | [{row['package']}]({row['package']}.md) |")
    index += ["", "## Panels", "",
              "- [`region_year`](region_year.md): one row per region and year "
              "(`rg.region_year()`), the outcome and the explanatory measures.",
              "- [`organization_year`](organization_year.md): one row per organization and year "
              "(`rg.organization_year()`).", "",
              "```{toctree}", ":hidden:", "", *stems, *PANELS, "```", ""]
    write_if_changed(out / "index.md", "\n".join(index))
    return stems + list(PANELS)


# --------------------------------------------------------------------------- citation
def cite_page() -> str:
    """The 'How to cite' page from :func:`regionalism.cite`."""
    import regionalism as rg

    lines = ["# How to cite", "",
             "```{note}", "Generated at build time from `rg.cite()` and `rg.cite(name)`.", "```", "",
             "Please cite the package **and** the data behind every table you use: the package "
             "assembles and codes public data, and the credit for the sources belongs to their authors.",
             "", "## The package", "", "```python", "import regionalism as rg", "print(rg.cite())", "```",
             "", "```bibtex", rg.cite().strip(), "```", "",
             "The repository also has a `CITATION.cff` file with the same information.", "",
             "## The seed article", "",
             "The question the package was built for, and the definition of security regionalism "
             "it codes, come from:", "",
             "> Mayer, Sebastian (2021). Cooperation from Outside: Security Regionalism in Central Asia "
             "and Its Limits. *Central Asian Affairs* 8(2): 203ff.", "",
             "## Each table", "",
             "`rg.cite(name)` returns the BibTeX of every source behind a table.", ""]
    for name in rg.dataset_names():
        lines += [f"### `{name}`", "", "```bibtex", rg.cite(name).strip(), "```", ""]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- gallery
def gallery_page(report: Any | None, *, files: Path, reason: str = "") -> str:
    """The gallery page for a :class:`regionalism.report.Report` (or its absence)."""
    lines = ["# Gallery of figures and tables", "",
             "Every figure and table that `regionalism reproduce` makes, run during this docs build. "
             "Each entry gives the caption, the script under `analyses/` that made it, and the CSV of "
             "the numbers behind it.", "",
             "```console", "$ regionalism reproduce --out results   # all of them, with an HTML report",
             "$ regionalism reproduce 05 --out results  # one of them", "```", ""]
    if report is None:
        lines += ["```{warning}", "The reproduction is not available in this build: " + reason, "```", ""]
        return "\n".join(lines) + "\n"
    rel = os.path.relpath(files, GENERATED).replace(os.sep, "/")
    for res in report.results:
        lines += [f"## {res.title}", "", f"Script: `analyses/{res.name}.py` "
                  f"({res.status}, {res.seconds:.1f} s in this build)", ""]
        if res.description:
            lines += [res.description.strip(), ""]
        if res.status != "ok":
            lines += ["```{warning}", f"This analysis is {res.status}: "
                      + (res.reason.strip().splitlines() or [""])[-1], "```", ""]
            continue
        for out in res.outputs:
            path = f"{rel}/{out.path.name}"
            if out.kind == "figure":
                lines += [f"```{{figure}} {path}", f":alt: {out.caption or out.path.stem}", "",
                          out.caption or out.path.stem, "```", ""]
            elif out.kind == "table":
                import pandas as pd

                df = pd.read_csv(out.path)
                lines += [f"**Table.** {out.caption}", "", df.to_markdown(index=False)
                          if _has_tabulate() else _plain_markdown(df), ""]
        data = [o for o in res.outputs if o.kind != "figure"]
        if data:
            lines.append("Files: " + ", ".join(f"{{download}}`{o.path.name} <{rel}/{o.path.name}>`"
                                               for o in sorted(data, key=lambda o: o.path.name)))
            lines.append("")
        if res.datasets:
            lines += ["Data: " + ", ".join(f"[`{n}`](codebooks/index.md)" for n in res.datasets), ""]
    return "\n".join(lines) + "\n"


def _has_tabulate() -> bool:
    try:
        import tabulate  # noqa: F401
    except ImportError:
        return False
    return True


def _plain_markdown(df: Any) -> str:
    cols = [str(c) for c in df.columns]
    rows = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for rec in df.itertuples(index=False):
        rows.append("| " + " | ".join(_cell(v) for v in rec) + " |")
    return "\n".join(rows)


def write_gallery(out: Path, files: Path) -> str:
    """Run the reproduction into ``files`` and write ``gallery.md``; return a one-line summary."""
    report, reason = None, ""
    try:
        from regionalism.runner import analysis_names, reproduce
    except ImportError as exc:  # pragma: no cover - reproduction not available
        reason = f"`regionalism.runner` cannot be imported ({exc})."
    else:
        if not analysis_names():
            reason = "no analysis scripts were found under `analyses/`."
        else:
            report = reproduce(out=files, progress=True, stream=sys.stderr)
    write_if_changed(out / "gallery.md", gallery_page(report, files=files, reason=reason))
    if report is None:
        return "gallery: reproduction not available"
    failed = [r.name for r in report.results if r.status == "failed"]
    if failed:  # shown as failed on the page; the reproduce tests are the place that must catch it
        return f"gallery: FAILED analyses {failed} (shown as failed on the gallery page)"
    return f"gallery: {len(report.results)} analyses in {report.seconds:.0f} s"


# --------------------------------------------------------------------------- API reference
def public_names(module: str) -> list[str]:
    """The public names of ``module`` (its ``__all__``)."""
    mod = importlib.import_module(module)
    names = getattr(mod, "__all__", None)
    if names is None:
        names = [n for n in vars(mod) if not n.startswith("_")]
    return list(names)


def _directive(obj: Any) -> str:
    if inspect.isclass(obj):
        return "autoclass"
    if inspect.isfunction(obj) or inspect.isbuiltin(obj) or callable(obj) and not inspect.ismodule(obj):
        return "autofunction"
    return "autodata"


def api_pages(modules: Iterable[str] = API_MODULES) -> dict[str, str]:
    """Markdown pages of the API reference: ``{module: page}`` plus ``"index"``.

    Each object is documented in the first module (in ``modules`` order)
    that exports it; later modules that re-export it link to it.
    """
    import regionalism as rg

    documented: dict[int, str] = {}  # id(obj) -> qualified name where documented
    pages: dict[str, str] = {}
    for module in modules:
        mod = importlib.import_module(module)
        summary = (inspect.getdoc(mod) or "").strip().splitlines()
        lines = [f"# `{module}`", "", "```{eval-rst}", f".. automodule:: {module}", "   :no-members:",
                 "```", ""]
        own, elsewhere, submodules = [], [], []
        for name in public_names(module):
            obj = getattr(mod, name)
            if inspect.ismodule(obj):
                submodules.append(name)
            elif id(obj) in documented and not _is_constant(obj):
                elsewhere.append((name, documented[id(obj)], obj))
            else:
                own.append((name, obj))
                if not _is_constant(obj):
                    documented[id(obj)] = f"{module}.{name}"
        if own:
            lines += ["## Contents", "", "| name | summary |", "|---|---|"]
            for name, obj in own:
                lines.append(f"| {{py:obj}}`{name} <{module}.{name}>` | {_cell(_first_line(obj))} |")
            lines.append("")
        if elsewhere:
            lines += ["Also exported here: " + ", ".join(
                f"{{py:obj}}`{name} <{target}>`" for name, target, _ in elsewhere) + ".", ""]
        if submodules:
            lines += ["Submodules: " + ", ".join(f"`{module}.{s}`" for s in submodules) + ".", ""]
        for name, obj in own:
            directive = _directive(obj)
            lines += ["```{eval-rst}", f".. {directive}:: {module}.{name}"]
            if directive == "autoclass":
                lines.append("   :members:")
            lines += ["```", ""]
        pages[module] = "\n".join(lines)
        del summary
    # top level: every name reachable as rg.<name>, linked to where it is documented
    top = ["# `regionalism` (top level)", "",
           "```{eval-rst}", ".. automodule:: regionalism", "   :no-members:", "```", "",
           "`import regionalism as rg` gives these names; each links to its documentation.", "",
           "| name | summary |", "|---|---|"]
    names = [n for n in rg.__all__ if n != "__version__" and not inspect.ismodule(getattr(rg, n))]
    models = importlib.import_module("regionalism.models")
    names += [n for n in getattr(models, "__all__", []) if n not in names]
    for name in names:
        obj = getattr(rg, name)
        target = documented.get(id(obj))
        ref = f"{{py:obj}}`rg.{name} <{target}>`" if target else f"`rg.{name}`"
        top.append(f"| {ref} | {_cell(_first_line(obj))} |")
    subs = [n for n in rg.__all__ if inspect.ismodule(getattr(rg, n))]
    top += ["", "Submodules (loaded on first use): " + ", ".join(f"`rg.{n}`" for n in subs) + ".", ""]
    pages["regionalism"] = "\n".join(top)
    return pages


def _is_constant(obj: Any) -> bool:
    return not (inspect.isclass(obj) or callable(obj) or inspect.ismodule(obj))


def _first_line(obj: Any) -> str:
    if _is_constant(obj):
        return f"constant: `{obj!r}`"[:120] if len(repr(obj)) < 100 else "constant"
    doc = inspect.getdoc(obj) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def write_api(out: Path) -> list[str]:
    pages = api_pages()
    for module, text in pages.items():
        write_if_changed(out / f"{module}.md", text)
    order = ["regionalism", *API_MODULES]
    index = ["# API reference", "",
             "Generated from the numpydoc docstrings of the public API. Every name is documented once, "
             "where it is defined or first exported.", "",
             "```{toctree}", ":maxdepth: 1", "", *order, "```", ""]
    write_if_changed(out / "index.md", "\n".join(index))
    return order


def missing_examples(modules: Iterable[str] = ("regionalism", *API_MODULES)) -> list[str]:
    """Public functions and classes whose docstring has no ``Examples`` section."""
    import regionalism as rg

    seen, missing = set(), []
    for module in modules:
        mod = importlib.import_module(module)
        names = rg.__all__ if module == "regionalism" else public_names(module)
        for name in names:
            obj = getattr(mod, name, None)
            if obj is None or _is_constant(obj) or inspect.ismodule(obj) or id(obj) in seen:
                continue
            seen.add(id(obj))
            if not re.search(r"^\s*Examples\n\s*-{3,}", inspect.getdoc(obj) or "", re.M):
                missing.append(f"{getattr(obj, '__module__', module)}.{getattr(obj, '__qualname__', name)}")
    return missing


# --------------------------------------------------------------------------- Sphinx glue
def generate(app: Any) -> None:
    """``builder-inited`` handler: write all generated pages."""
    from sphinx.util import logging

    log = logging.getLogger(__name__)
    t0 = time.perf_counter()
    write_codebooks(GENERATED / "codebooks")
    write_if_changed(GENERATED / "cite.md", cite_page())
    write_api(GENERATED / "api")
    summary = write_gallery(GENERATED, GENERATED / "gallery_files")
    log.info(f"[regionalism_docs] generated pages in {time.perf_counter() - t0:.1f} s; {summary}")


_SECTION = re.compile(r"^([A-Z][A-Za-z ]+)\n-{3,}$", re.M)
_ABS = re.compile(r"(?<![|\w`])\|([^|\s`](?:[^|`\n]*?[^|\s`])?)\|(?![|\w`])")


def tidy_docstring(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """``autodoc-process-docstring`` handler run after numpydoc.

    * Module docstrings keep numpydoc section underlines (numpydoc leaves them),
      which would become page sections with clashing labels: make them rubrics.
    * ``|a - b|`` (an absolute value written in prose) is a reST substitution
      reference: render it literally.
    """
    text = "\n".join(lines)
    if what == "module":
        text = _SECTION.sub(lambda m: f".. rubric:: {m.group(1)}\n", text)
    fixed = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not (stripped.startswith(("|", "+", ">>>", "...")) or stripped.startswith("..")):
            line = _ABS.sub(lambda m: f"``|{m.group(1)}|``", line)
        fixed.append(line)
    lines[:] = fixed


def setup(app: Any) -> dict[str, Any]:
    from pygments.lexers.special import TextLexer

    app.connect("builder-inited", generate)
    app.connect("autodoc-process-docstring", tidy_docstring, priority=600)
    app.add_lexer("csv", TextLexer)  # the adding-a-region guide labels CSV blocks as csv
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
