"""Central Asia's security institutions 1991-2025, with Uzbekistan's entries and exits

A timeline of every security institution (organization or multilateral
agreement) with at least three Central Asian members in a year, as
``rg.security_institutions("central_asia", year)`` returns them, for
1991-2025: *exclusive* ones (security regionalism proper: CAU and its Council
of Defence Ministers, CENTRAZBAT, CAEU, CACO until Russia joined, CANWFZ, the
Consultative Meetings, the Central Asian treaties) against those *from
outside* (CIS, Collective Security Treaty and CSTO, Shanghai Five and SCO,
OSCE, NATO Partnership for Peace and EAPC, CICA ...). An institution that
changed kind (CACO) has a bar of each colour. Markers show Uzbekistan's
(COW 704) entries and exits, from ``memberships`` (organizations) and
``agreement_parties`` (agreements), the state whose exits and re-entries
(CST 1999, GUAM, CSTO 2006 and 2012) Mayer (sec. 5) stresses.

The yearly institution lists come from one call
``rg.security_institutions("central_asia", (1991, 2025))``; the tests check
that each year equals the single-year answer.

Data: ``organizations``, ``memberships``, ``agreements``,
``agreement_parties``, ``security_design``, ``region_members``.
Outputs: ``central_asia_security_timeline.png/.pdf/.csv`` (spells) and
``uzbekistan_events.csv``.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

import regionalism as rg
from regionalism.report import Output, save_figure, write_atomic

DATASETS = ["organizations", "memberships", "agreements", "agreement_parties", "security_design", "region_members"]
REFERENCES = ["mayer_seed"]
REGION = "central_asia"
YEARS = (1991, 2025)
UZBEKISTAN = 704


def institution_years(region_id: str = REGION, years: tuple[int, int] = YEARS) -> pd.DataFrame:
    """Qualifying security institutions of a region for every year in ``years``.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``kind``, ``unit_type``, ``unit_id``, ``label``,
        ``n_in_group``, ``n_outside``, ``depth_additive``.
    """
    q = rg.security_institutions(region_id, years)
    acronyms = rg.measures.institutions.institutions(rg.load("organizations"), rg.load("agreements"))
    acronyms = acronyms[["unit_type", "unit_id", "acronym"]]
    q = q.merge(acronyms, on=["unit_type", "unit_id"], how="left")
    q["label"] = [_label(t, u, n, a) for t, u, n, a in zip(q["unit_type"], q["unit_id"], q["name"], q["acronym"])]
    cols = ["year", "kind", "unit_type", "unit_id", "label", "n_in_group", "n_outside", "depth_additive"]
    return q[cols].sort_values(["year", "kind", "unit_id"]).reset_index(drop=True)


def _label(unit_type: str, unit_id: str, name: object, acronym: object) -> str:
    if unit_id.startswith("atop_"):
        return f"ATOP alliance {unit_id.split('_', 1)[1]}"
    if unit_type == "organization" and isinstance(acronym, str) and acronym:
        return acronym
    text = str(name)
    year = re.search(r"(\d{4})$", unit_id)
    suffix = f" ({year.group(1)})" if year else ""
    room = 44 - len(suffix)
    return (text if len(text) <= room else text[:room - 2].rstrip(" ,(") + "...") + suffix


def spells(iy: pd.DataFrame) -> pd.DataFrame:
    """Collapse institution-years into spells of consecutive years of one kind.

    Returns
    -------
    pandas.DataFrame
        ``unit_id``, ``label``, ``kind``, ``start``, ``end`` (inclusive),
        ordered exclusive first, then by start year.
    """
    rows = []
    for (unit, kind), sub in iy.groupby(["unit_id", "kind"], sort=True):
        ys = sorted(sub["year"].astype(int))
        start = prev = ys[0]
        for y in ys[1:] + [None]:
            if y is None or y != prev + 1:
                rows.append({"unit_id": unit, "label": sub["label"].iloc[0], "kind": kind, "start": start, "end": prev})
                start = y
            prev = y if y is not None else prev
    sp = pd.DataFrame(rows)
    first = sp.groupby("unit_id")["start"].transform("min")
    excl = sp.groupby("unit_id")["kind"].transform(lambda k: (k == "exclusive").any())
    sp = sp.assign(_e=~excl, _f=first).sort_values(["_e", "_f", "unit_id", "start"]).drop(columns=["_e", "_f"])
    return sp.reset_index(drop=True)


def uzbekistan_events(sp: pd.DataFrame, years: tuple[int, int] = YEARS) -> pd.DataFrame:
    """Uzbekistan's entries and exits for the institutions on the timeline.

    Returns
    -------
    pandas.DataFrame
        ``unit_id``, ``label``, ``year``, ``kind`` (``entry``/``exit``), ``source_table``.
    """
    m = rg.load("memberships")
    m = m[(m["ccode"] == UZBEKISTAN) & (m["status"] == "full")]
    a = rg.load("agreement_parties")
    a = a[a["ccode"] == UZBEKISTAN]
    ev = pd.concat([
        pd.DataFrame({"unit_id": m["org_id"], "entry": m["start"], "exit": m["end"], "source_table": "memberships"}),
        pd.DataFrame({"unit_id": a["agreement_id"], "entry": a["joined"], "exit": a["left"],
                      "source_table": "agreement_parties"}),
    ], ignore_index=True)
    ev = ev.melt(id_vars=["unit_id", "source_table"], value_vars=["entry", "exit"], var_name="kind", value_name="year")
    ev = ev.dropna(subset=["year"])
    ev["year"] = ev["year"].astype(int)
    ev = ev[ev["year"].between(*years) & ev["unit_id"].isin(sp["unit_id"])]
    labels = sp.drop_duplicates("unit_id").set_index("unit_id")["label"]
    ev.insert(1, "label", ev["unit_id"].map(labels))
    return ev[["unit_id", "label", "year", "kind", "source_table"]].sort_values(
        ["unit_id", "year", "kind"]).drop_duplicates().reset_index(drop=True)


def run(out: Path) -> list[Output]:
    from regionalism.plots import HIGHLIGHT, timeline

    iy = institution_years()
    sp = spells(iy)
    ev = uzbekistan_events(sp)
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(12, 0.27 * sp["label"].nunique() + 1.8), layout="constrained")
    ax = timeline(sp, label="label", ax=ax, start="start", end="end", group="kind",
                  colors={"exclusive": HIGHLIGHT, "from_outside": "#4c72b0"},
                  events=ev, event_row="label", event_year="year", event_kind="kind",
                  xlim=(YEARS[0] - 0.5, YEARS[1] + 1.5),
                  title=f"Security institutions with at least three Central Asian members, {YEARS[0]}-{YEARS[1]}")
    handles, labels = ax.get_legend_handles_labels()
    pretty = {"exclusive": "exclusive (Central Asian only)", "from_outside": "with outside members"}
    ax.legend(handles, [pretty.get(lab, lab) for lab in labels], fontsize=8, loc="upper left",
              bbox_to_anchor=(1.01, 1.0))
    ax.set_xlabel("year")
    caption = ("Central Asia's security institutions by year, exclusive (red) and with outside members (blue); "
               "triangles mark Uzbekistan's entries, crosses its exits.")
    files = save_figure(ax.figure, out, "central_asia_security_timeline", data=sp, caption=caption)
    write_atomic(out / "uzbekistan_events.csv", ev.to_csv(index=False, lineterminator="\n"))
    files.append(Output(out / "uzbekistan_events.csv", "data", "Uzbekistan's entries and exits"))
    return files
