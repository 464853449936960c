"""MIA trends: mean delegation and pooling 1950-2019 by IO type and geographic scope

Reproduces the trend figures of Hooghe, Lenz and Marks (*Measuring
International Authority*, 2017, ch. 4) and Hooghe, Marks and Lenz (*A Theory
of International Organization*, 2019): the yearly mean of delegation and of
pooling over the IOs alive in each year, (a) for general-purpose against
task-specific IOs (MIA ``type_i``) and (b) for regional against global IOs.

Regional rule (ours, as MIA itself has no such variable). An IO is *regional*
when at least two thirds of the states that were ever full members of it in
COW IGO v3 (1946-2014; link ``mia.cow_igo_ionum`` -> ``igo_memberships.ionum``)
lie in one continent-level region of ``region_members`` (africa, americas,
asia, europe, pacific; a state counts in every continent it was ever placed
in); otherwise it is *global*. Where the project's ``organizations`` table
codes the MIA IO (``organizations.mia_id``), its curated ``cow_igo_id`` is used
instead of MIA's number (all of an IO's rows, e.g. OAU and AU). This matters
for four IOs: MIA gives EAC1 the number 1750, which in COW IGO v3 is the
European Payments Union (the first East African Community is 1470, EACM), and
the three MIA IOs whose numbers are absent from COW IGO v3: EAC2 (COW 4120)
and SCO (COW 4115) are found this way; the EEA (European Economic Area) is not
in COW IGO v3 at all, so its full members are taken from the project's coded
``memberships`` table (via ``organizations.mia_id``). An IO with no
membership list in either table would be left *unclassified*: it would count
in the overall and type means but in neither scope line. The CSV
``mia_scope.csv`` lists every IO, the COW numbers used, its modal continent,
share and scope.

Data: ``mia`` (MIA v2), ``igo_memberships`` (COW IGO v3), ``region_members``,
``organizations``, ``memberships``.
Outputs: ``mia_trends.png/.pdf/.csv`` (yearly means and number of IOs by
group), ``mia_scope.csv`` (classification of every IO).
"""
from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

import regionalism as rg
from regionalism.reproduce import CONTINENTS, Output, save_figure, write_atomic

DATASETS = ["mia", "igo_memberships", "region_members", "organizations", "memberships"]
REFERENCES = ["hooghe2017mia", "hooghe2019theory", "mia_v2", "cow_igo_v3"]

#: Share of an IO's members in one continent from which the IO counts as regional.
REGIONAL_THRESHOLD = 2 / 3
YEARS = (1950, 2019)


@functools.lru_cache(maxsize=2)
def _io_scope(threshold: float) -> pd.DataFrame:
    return _classify(threshold)


def io_scope(threshold: float = REGIONAL_THRESHOLD) -> pd.DataFrame:
    """Classify every MIA IO as regional, global or unclassified (a copy of a cached result).

    Parameters
    ----------
    threshold : float
        Share of the members in one continent from which an IO is regional.

    Returns
    -------
    pandas.DataFrame
        One row per MIA ``acronym``: ``cow_igo_ionum`` (MIA's),
        ``cow_numbers_used``, ``member_source`` (``cow_igo_v3 (mia link)``,
        ``cow_igo_v3 (organizations link)``, ``memberships`` or ``none``), ``n_members``,
        ``modal_continent``, ``modal_share``, ``scope``
        (``regional``/``global``/``unclassified``).
    """
    return _io_scope(float(threshold)).copy()


def _classify(threshold: float) -> pd.DataFrame:
    mia = rg.load("mia")
    ios = mia.drop_duplicates("acronym")[["acronym", "cow_igo_ionum"]].reset_index(drop=True)
    orgs = rg.load("organizations")
    curated = orgs.dropna(subset=["mia_id", "cow_igo_id"]).groupby("mia_id")["cow_igo_id"].agg(
        lambda s: sorted(int(v) for v in s))
    igo = rg.load("igo_memberships")
    igo = igo[igo["status"] == "full"]
    members: dict[str, set[int]] = {}
    source: dict[str, str] = {}
    numbers: dict[str, str] = {}
    for a, n in zip(ios["acronym"], ios["cow_igo_ionum"]):
        nums = curated.get(a, [int(n)])
        numbers[a] = ";".join(map(str, nums))
        members[a] = set(igo.loc[igo["ionum"].isin(nums), "ccode"].astype(int))
        via = "organizations" if a in curated.index else "mia"
        source[a] = f"cow_igo_v3 ({via} link)" if members[a] else "none"
    coded = rg.load("memberships")
    coded = coded[coded["status"] == "full"]
    for a in [a for a, s in source.items() if s == "none"]:
        org_ids = orgs.loc[orgs["mia_id"] == a, "org_id"].tolist()
        found = set(coded.loc[coded["org_id"].isin(org_ids), "ccode"].astype(int))
        if found:
            members[a], source[a] = found, "memberships"
    rm = rg.load("region_members")
    rm = rm[rm["region_id"].isin(CONTINENTS)]
    continent_of = rm.groupby("ccode")["region_id"].agg(lambda s: sorted(set(s))).to_dict()
    rows = []
    for a, n in zip(ios["acronym"], ios["cow_igo_ionum"]):
        ms = members[a]
        counts = {c: sum(c in continent_of.get(m, []) for m in ms) for c in CONTINENTS}
        modal = max(CONTINENTS, key=lambda c: (counts[c], -CONTINENTS.index(c)))
        share = counts[modal] / len(ms) if ms else float("nan")
        scope = "unclassified" if not ms else ("regional" if share >= threshold - 1e-12 else "global")
        rows.append({"acronym": a, "cow_igo_ionum": n, "cow_numbers_used": numbers[a],
                     "member_source": source[a], "n_members": len(ms),
                     "modal_continent": modal if ms else pd.NA, "modal_share": share, "scope": scope})
    return pd.DataFrame(rows)


def yearly_means(scope: pd.DataFrame | None = None) -> pd.DataFrame:
    """Yearly mean delegation and pooling by group, 1950-2019 (long format).

    Returns
    -------
    pandas.DataFrame
        Columns ``breakdown`` (``all``, ``type``, ``scope``), ``group``,
        ``year``, ``delegation``, ``pooling``, ``n_ios``.
    """
    scope = io_scope() if scope is None else scope
    mia = rg.load("mia")
    mia = mia[mia["year"].between(*YEARS)].merge(scope[["acronym", "scope"]], on="acronym", how="left")
    mia["type"] = mia["type_i"].astype(str)
    mia["all"] = "all IOs"
    parts = []
    for breakdown, col in (("all", "all"), ("type", "type"), ("scope", "scope")):
        sub = mia if breakdown != "scope" else mia[mia["scope"] != "unclassified"]
        g = (sub.groupby([col, "year"], observed=True)
             .agg(delegation=("delegation", "mean"), pooling=("pooling", "mean"), n_ios=("acronym", "nunique"))
             .reset_index().rename(columns={col: "group"}))
        g.insert(0, "breakdown", breakdown)
        parts.append(g)
    out = pd.concat(parts, ignore_index=True)
    out["year"] = out["year"].astype(int)
    return out


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt

    from regionalism.plots import trend_lines

    scope = io_scope()
    data = yearly_means(scope)
    fig, axes = plt.subplots(2, 2, figsize=(11, 7.5), sharex=True, layout="constrained")
    labels = {"general_purpose": "general purpose", "task_specific": "task specific"}
    for j, measure in enumerate(("delegation", "pooling")):
        for i, breakdown in enumerate(("type", "scope")):
            sub = pd.concat([data[data["breakdown"] == breakdown], data[data["breakdown"] == "all"]])
            ax = trend_lines(sub, x="year", y=measure, group="group", ax=axes[i, j], labels=labels,
                             styles={"all IOs": {"color": "grey", "linestyle": "--", "linewidth": 1.2}},
                             xlabel="year" if i == 1 else "", ylabel=f"mean {measure}",
                             title=f"{measure.capitalize()} by {'IO type' if breakdown == 'type' else 'scope'}")
            ax.legend(fontsize=8, loc="upper left")
    n_reg = int((scope["scope"] == "regional").sum())
    n_glob = int((scope["scope"] == "global").sum())
    fig.suptitle(f"International authority, {YEARS[0]}-{YEARS[1]} (MIA, {len(scope)} IOs: "
                 f"{n_reg} regional, {n_glob} global, {len(scope) - n_reg - n_glob} unclassified)")
    caption = ("Yearly mean delegation and pooling of the IOs in MIA, 1950-2019, by IO type (top) and "
               "by geographic scope (bottom; regional = at least two thirds of COW IGO full members in "
               "one continent). Dashed: all IOs.")
    files = save_figure(fig, out, "mia_trends", data=data, caption=caption)
    write_atomic(out / "mia_scope.csv", scope.to_csv(index=False, lineterminator="\n", float_format="%.10g"))
    files.append(Output(out / "mia_scope.csv", "data", "Classification of MIA IOs as regional or global"))
    return files
