"""The regional rule for MIA's international organizations (Hooghe and Marks's IOs by geographic scope).

The rule is ours, as MIA itself has no such variable. An IO is *regional*
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

Analyses 01 (trends by scope) and 02 (the 2019 scatter of regional IOs)
both use :func:`io_scope`.
"""
from __future__ import annotations

import functools

import pandas as pd

from regionalism._shared.constants import CONTINENTS
from regionalism.data.tables import load

__all__ = ["REGIONAL_THRESHOLD", "io_scope"]

#: Share of an IO's members in one continent from which the IO counts as regional.
REGIONAL_THRESHOLD = 2 / 3


@functools.lru_cache(maxsize=2)
def _io_scope(threshold: float) -> pd.DataFrame:
    return _classify(threshold)


def io_scope(threshold: float = REGIONAL_THRESHOLD) -> pd.DataFrame:
    """Classify every MIA IO as regional, global or unclassified (a copy of a cached result).

    The rule is in the module docstring.

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

    Examples
    --------
    >>> from regionalism.study.mia import io_scope
    >>> scope = io_scope().set_index("acronym")
    >>> scope.loc["ASEAN", "scope"], scope.loc["ASEAN", "modal_continent"]
    ('regional', 'asia')
    """
    return _io_scope(float(threshold)).copy()


def _classify(threshold: float) -> pd.DataFrame:
    mia = load("mia")
    ios = mia.drop_duplicates("acronym")[["acronym", "cow_igo_ionum"]].reset_index(drop=True)
    orgs = load("organizations")
    curated = orgs.dropna(subset=["mia_id", "cow_igo_id"]).groupby("mia_id")["cow_igo_id"].agg(
        lambda s: sorted(int(v) for v in s))
    igo = load("igo_memberships")
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
    coded = load("memberships")
    coded = coded[coded["status"] == "full"]
    for a in [a for a, s in source.items() if s == "none"]:
        org_ids = orgs.loc[orgs["mia_id"] == a, "org_id"].tolist()
        found = set(coded.loc[coded["org_id"].isin(org_ids), "ccode"].astype(int))
        if found:
            members[a], source[a] = found, "memberships"
    rm = load("region_members")
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
