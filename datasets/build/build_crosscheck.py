"""Append the COW IGO v3 cross-check of ``memberships`` to its README.

Runs :func:`regionalism.crosscheck_memberships` on the shipped tables (so run
it after the ``cases`` step) and writes the agreement rates and every
disagreement, with the coding note that resolves it, into
``datasets/memberships/README.md``.
"""
from __future__ import annotations

from pathlib import Path

from _common import OUT


def build(raw: Path) -> None:
    from regionalism.data import catalog
    from regionalism.data.crosscheck import crosscheck_memberships

    catalog._index.cache_clear()
    catalog._load_cached.cache_clear()
    summary, dis = crosscheck_memberships()
    readme = OUT["root"] / "memberships" / "README.md"
    text = readme.read_text(encoding="utf-8").split("\n## Cross-check against COW IGO v3")[0].rstrip()
    total = summary[summary.org_id == "ALL"].iloc[0]
    lines = ["", "", "## Cross-check against COW IGO v3", "",
             "Full-member state-years of every organization with a `cow_igo_id`, compared with COW IGO v3's full "
             "members over the years both cover (to 2014). Rerun with `rg.crosscheck_memberships()`.", "",
             f"Pooled agreement: **{total['agreement']:.3f}** ({int(total['agree'])} of {int(total['state_years'])} "
             f"state-years in either source; {int(total['only_project'])} only in the project's coding, "
             f"{int(total['only_cow'])} only in COW).", "",
             "| org_id | COW | years | state-years | agree | only project | only COW | agreement |",
             "|---|---|---|---|---|---|---|---|"]
    for _, r in summary[summary.org_id != "ALL"].iterrows():
        lines.append(f"| {r.org_id} | {r.ioname} ({r.cow_igo_id}) | {r.years} | {r.state_years} | {r.agree} | "
                     f"{r.only_project} | {r.only_cow} | {r.agreement:.3f} |")
    lines += ["", "### Disagreements and their resolution", "",
              "Each row: a state whose full membership differs between the sources, the years only in the "
              "project's coding or only in COW, and the project's coding note (the resolution, with its source). "
              "Rows without a note are disagreements the coders did not yet resolve explicitly: the project's "
              "coding stands, citing its own source.", "",
              "| org_id | ccode | only project | only COW | resolution (coding note) |", "|---|---|---|---|---|"]
    for _, r in dis.iterrows():
        note = "" if r.note is None or str(r.note) in ("<NA>", "nan") else str(r.note).replace("|", "/").replace("\n", " ")
        lines.append(f"| {r.org_id} | {r.ccode} | {r.only_project} | {r.only_cow} | {note} |")
    readme.write_text(text + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"  pooled agreement {total['agreement']:.3f}; {len(dis)} state disagreements listed")
