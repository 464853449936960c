"""Build ``datasets/mia``: Hooghe-Marks MIA v2 delegation and pooling, IO-year."""
from __future__ import annotations

from pathlib import Path

from _common import CITATION_TERMS, Resource, fld, read_raw, source, write_dataset

COMPONENTS = {
    "DS_sum_st": "delegation to dispute settlement (0-1)",
    "delaccess": "delegation on accession (assembly, executive, dispute settlement)",
    "delsuspens": "delegation on suspension",
    "delconstit": "delegation on constitutional reform",
    "delbudget": "delegation on budget",
    "delcompliance": "delegation on financial compliance",
    "delpolicy": "delegation on policy making",
    "del_agenda": "delegation on agenda setting (0-1)",
    "del_final": "delegation on final decision (0-1)",
    "poolaccess": "accession pooling (weighted, 0-1)",
    "poolsuspens": "suspension pooling (0-1)",
    "poolconstit": "constitutional pooling (weighted, 0-1)",
    "poolbudget": "budgetary allocation pooling (weighted, 0-1)",
    "poolcompliance": "financial compliance pooling (0-1)",
    "poolpolicy": "policy making pooling (weighted, 0-1)",
    "poolagenda": "pooling agenda setting (0-1)",
    "poolfinal": "pooling final decision (0-1)",
}


def build(raw: Path) -> None:
    m = read_raw(raw, "mia/mia_authority_v2_may2021_io_year.csv")
    m = m.rename(columns={"typeI": "type_i"})
    m["type_i"] = m["type_i"].replace({"general purpose": "general_purpose", "task-specific": "task_specific"})
    m["contract"] = m["contract"].replace({"general purpose": "general_purpose", "task specific": "task_specific"})
    m["initial"] = m["initial"].astype("Int64")
    m["end"] = m["end"].astype("Int64")
    types = [{"value": "general_purpose", "label": "general-purpose IO"}, {"value": "task_specific", "label": "task-specific IO"}]
    fields = [
        fld("acronym", "string", "MIA acronym of the IO (MIA's own spelling, e.g. 'OAU/ AU')", required=True),
        fld("ioname", "string", "MIA IO name", required=True),
        fld("cow_igo_ionum", "integer", "COW IGO number of the IO as MIA gives it (three IOs carry numbers that are not in COW IGO v3's list: see README)", required=True),
        fld("year", "year", "Year", required=True, minimum=1950, maximum=2019),
        fld("inception", "year", "Year of the IO's inception"),
        fld("initial", "integer", "MIA's initial-year marker as released (1 in the first year; a few IO-years carry 2)"),
        fld("end", "integer", "MIA's end marker (1 in the IO's last year, where it ended)"),
        fld("type_i", "string", "MIA type: general-purpose or task-specific (Hooghe, Lenz and Marks 2019)", categories=types),
        fld("contract", "string", "MIA contract type: general-purpose or task-specific", categories=types),
        fld("delegation", "number", "Aggregate delegation score", unit="0-1 scale", minimum=0, maximum=1),
        fld("pooling", "number", "Aggregate pooling score", unit="0-1 scale", minimum=0, maximum=1),
    ] + [fld(k, "number", v, minimum=0, maximum=1) for k, v in COMPONENTS.items()]
    res = Resource("mia", "Measure of International Authority (MIA v2), IO-year", "organization-year", fields,
                   ["acronym", "year"], m, description="Delegation and pooling of 76 IOs, 1950-2019, with their components.")
    lst = read_raw(raw, "cow_igo/igo_list_v3.csv")
    absent_ids = sorted(set(m["cow_igo_ionum"]) - set(lst["ionum"]))
    absent = ", ".join(f"{a} ({n})" for a, n in m.drop_duplicates("acronym").set_index("acronym")["cow_igo_ionum"].items() if n in absent_ids)
    readme = f"""
# `mia`: Measure of International Authority, v2 (May 2021)

Annual delegation and pooling for {m.acronym.nunique()} international organizations,
{m.year.min()}-{m.year.max()} ({len(m)} IO-years), with the component scores, from
the MIA-Authority dataset (`DP_May 2021.dta`, codebook version May 31, 2021;
Hooghe, Marks, Lenz et al. 2017; Hooghe, Lenz and Marks 2019).

## Coding decisions
- Values are as in the release (the raw extract rounded the Stata float32
  scores to 6 decimals). The IO type labels are written as
  `general_purpose` / `task_specific`; `typeI` is renamed `type_i`.
- `acronym` keeps MIA's spelling (e.g. `OAU/ AU`, `CIS/SNG`, `GCC/CCASG`);
  the project's `organizations` table links to it through `mia_id`.
- Dispute-settlement item columns (coverage1..preliminary3, DS_sum1-3) are
  not in the raw extract and not shipped.
- Every IO carries MIA's COW IGO number. For three IOs ({absent}) that number
  is not in COW IGO v3's list of 534 IGOs, so it is not declared a foreign
  key into `igo_list`.

## Terms
Public download from the authors (no licence text in the codebook); cite
Hooghe et al. (2017) and Hooghe, Lenz and Marks (2019). `rg.cite("mia")`.
"""
    write_dataset("mia", title="Measure of International Authority (MIA v2)",
                  description="Delegation and pooling of 76 IOs, 1950-2019.", version="1.0.0",
                  licenses=[CITATION_TERMS],
                  sources=[source("MIA-Authority (Measure of International Authority)", "v2, May 2021", "hooghe2017mia",
                                  "https://garymarks.web.unc.edu/data/international-authority/"),
                           source("A Theory of International Organization", "2019", "hooghe2019theory")],
                  resources=[res], readme=readme)
