"""Render a reproduction :class:`~regionalism.report.outputs.Report` as self-contained HTML and as Markdown."""
from __future__ import annotations

import base64
import functools
import html
from pathlib import Path

import pandas as pd

from regionalism.data.bibtex import read_bib
from regionalism.data.catalog import cite
from regionalism.data.paths import datasets_root
from regionalism.report.outputs import AnalysisResult, Report

__all__ = ["render_html", "render_markdown"]


@functools.lru_cache(maxsize=4)
def _extra_bib(analyses_dir: Path | None) -> dict[str, str]:
    bib = dict(read_bib(datasets_root() / "references.bib"))
    if analyses_dir is None:
        return bib
    local = Path(analyses_dir) / "references.bib"
    if local.is_file():
        for k, v in read_bib(local).items():
            bib.setdefault(k, v)
    return bib


def _citations(res: AnalysisResult, analyses_dir: Path | None) -> str:
    """BibTeX for the publications reproduced and the datasets used."""
    parts: list[str] = []
    bib = _extra_bib(analyses_dir)
    for key in res.references:
        parts.append(bib.get(key, f"% missing BibTeX entry: {key}"))
    seen = set(parts)
    for name in res.datasets:
        try:
            text = cite(name)
        except (KeyError, ValueError) as exc:  # a derived table without its own citation
            text = f"% {name}: {exc}"
        for entry in text.strip().split("\n\n"):
            if entry and entry not in seen:
                seen.add(entry)
                parts.append(entry)
    return "\n\n".join(parts)


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2em auto;
 padding:0 1em;color:#222;line-height:1.45}
h1{border-bottom:2px solid #333}h2{margin-top:2.2em;border-bottom:1px solid #ccc}
.status{font-size:.8em;padding:.1em .5em;border-radius:.3em;color:#fff;vertical-align:middle}
.ok{background:#2a7a2a}.pending{background:#b8860b}.failed{background:#b22222}
figure{margin:1em 0}figure img{max-width:100%;border:1px solid #eee}
figcaption,caption{font-size:.92em;color:#444;text-align:left;margin:.3em 0}
table{border-collapse:collapse;font-size:.85em;margin:1em 0}
td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}th{background:#f3f3f3}
td:first-child,th:first-child{text-align:left}
pre{background:#f7f7f7;padding:.6em;overflow-x:auto;font-size:.8em}
.files{font-size:.85em;color:#555}.desc{white-space:pre-wrap;font-size:.9em}
.scroll{max-height:520px;overflow:auto}
"""


def _table_html(path: Path, caption: str) -> str:
    fragment = path.with_suffix(".html")
    if fragment.is_file():
        body = fragment.read_text(encoding="utf-8")
    else:  # a table written without save_table: show its CSV
        body = pd.read_csv(path).to_html(index=False, border=0, na_rep="", float_format=lambda v: f"{v:.3f}")
    if "<caption>" not in body:
        body = f'<p class="files">{html.escape(caption)}</p>{body}'
    return f'<div class="scroll">{body}</div>'


def render_html(report: Report) -> str:
    """Self-contained HTML: figures as base64 PNG, tables as HTML, sources and citations."""
    e = html.escape
    counts = {s: sum(r.status == s for r in report.results) for s in ("ok", "pending", "failed")}
    toc = "".join(f'<li><a href="#{e(r.name)}">{e(r.title)}</a> <span class="status {r.status}">'
                  f"{r.status}</span></li>" for r in report.results)
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>regionalism: reproduced figures and tables</title>", f"<style>{_CSS}</style></head><body>",
        "<h1>Reproduced figures and tables</h1>",
        f"<p>{counts['ok']} analyses ok, {counts['pending']} pending, {counts['failed']} failed; "
        "written by <code>regionalism reproduce</code> (wall times in the manifest).</p>",
        f"<ol>{toc}</ol>",
    ]
    for r in report.results:
        parts.append(f'<h2 id="{e(r.name)}">{e(r.title)} <span class="status {r.status}">{r.status}</span></h2>')
        parts.append(f'<p class="files">analyses/{e(r.name)}.py</p>')
        if r.description:
            parts.append(f'<details><summary>About this analysis</summary><div class="desc">'
                         f"{e(r.description)}</div></details>")
        if r.status != "ok":
            label = "Pending" if r.status == "pending" else "Failed"
            parts.append(f"<p><strong>{label}:</strong></p><pre>{e(r.reason)}</pre>")
        for o in r.outputs:
            if o.kind == "figure" and o.path.is_file():
                b64 = base64.b64encode(o.path.read_bytes()).decode("ascii")
                parts.append(f'<figure><img alt="{e(o.caption)}" src="data:image/png;base64,{b64}">'
                             f"<figcaption>{e(o.caption)}</figcaption></figure>")
            elif o.kind == "table" and o.path.is_file():
                parts.append(_table_html(o.path, o.caption))
        if r.outputs:
            files = ", ".join(f'<a href="{e(o.path.name)}">{e(o.path.name)}</a>' for o in r.outputs)
            parts.append(f'<p class="files">Files: {files}</p>')
        if r.datasets:
            parts.append(f'<p class="files">Data: {", ".join(f"<code>rg.load({n!r})</code>" for n in r.datasets)}</p>')
        if r.datasets or r.references:
            parts.append(f"<details><summary>Citations (BibTeX)</summary><pre>{e(_citations(r, report.analyses_dir))}</pre></details>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render_markdown(report: Report) -> str:
    """Markdown report linking the written files."""
    lines = ["# Reproduced figures and tables", "",
             "Written by `regionalism reproduce` (wall times in the manifest).", "",
             "| analysis | status |", "| --- | --- |"]
    lines += [f"| [{r.title}](#{r.name}) | {r.status} |" for r in report.results]
    for r in report.results:
        lines += ["", f'<a id="{r.name}"></a>', f"## {r.title}", "", f"`analyses/{r.name}.py` — **{r.status}**", ""]
        if r.description:
            lines += [r.description, ""]
        if r.status != "ok":
            lines += ["```", r.reason.strip(), "```", ""]
        for o in r.outputs:
            if o.kind == "figure":
                lines += [f"![{o.caption}]({o.path.name})", "", f"*{o.caption}*", ""]
            elif o.kind == "table" and o.path.with_suffix(".md").is_file():
                lines += [o.path.with_suffix(".md").read_text(encoding="utf-8").strip(), ""]
        if r.outputs:
            lines += ["Files: " + ", ".join(f"[{o.path.name}]({o.path.name})" for o in r.outputs), ""]
        if r.datasets:
            lines += ["Data: " + ", ".join(f'`rg.load("{n}")`' for n in r.datasets), ""]
        if r.references:
            lines += ["References: " + ", ".join(f"`{k}`" for k in r.references), ""]
    return "\n".join(lines) + "\n"
