"""Build ``datasets/desta``: the DESTA v2 list of trade agreements and their members."""
from __future__ import annotations

from pathlib import Path

from _common import CITATION_TERMS, Resource, fk, fld, read_raw, source, write_dataset


def build(raw: Path) -> None:
    e = read_raw(raw, "desta/desta_v2_entries.csv", dtype={"number": str})
    e["entryforceyear"] = e["entryforceyear"].astype("Int64")
    m = read_raw(raw, "desta/desta_v2_entry_members.csv", dtype={"number": str})
    n_dup = int(m.duplicated().sum())
    m = m.drop_duplicates()
    m["ccode"] = m["ccode"].astype("Int64")
    types = sorted(e["entry_type"].dropna().unique())
    e_fields = [
        fld("number", "string", "DESTA entry identifier (DESTA numbers amendments and accessions like '16+1' or '22_1')", required=True, unique=True),
        fld("base_treaty", "integer", "Number of the base treaty this entry belongs to", required=True),
        fld("name", "string", "Agreement name"),
        fld("entry_type", "string", "Entry type", categories=types),
        fld("consolidated", "integer", "DESTA consolidation code as released (values -1, 0, 1; see the DESTA codebook)"),
        fld("year", "year", "Year of signature"),
        fld("entryforceyear", "year", "Year of entry into force (NA if not in force or unknown)"),
        fld("typememb", "integer", "DESTA membership type code (1 bilateral, 2 plurilateral, 3 plurilateral and third country, 4 region-region, 5 accession, 6 region-country, 7 withdrawal; see DESTA codebook)"),
        fld("regioncon", "string", "DESTA region of the agreement"),
        fld("wto_listed", "integer", "1 if notified to the WTO", minimum=0, maximum=1),
        fld("n_members_listed", "integer", "Number of members listed (computed from the member columns)"),
    ]
    m_fields = [
        fld("number", "string", "DESTA entry identifier", required=True),
        fld("base_treaty", "integer", "Base treaty number", required=True),
        fld("iso3n", "integer", "ISO numeric code of the member", required=True),
        fld("iso3c", "string", "ISO3 code (countrycode)"),
        fld("ccode", "integer", "COW code (countrycode); NA for members without one (e.g. the EU as a party)"),
    ]
    resources = [
        Resource("desta", "DESTA v2 list of trade agreements", "treaty entry", e_fields, ["number"], e,
                 description="Trade agreements (base treaties, accessions, protocols, withdrawals), 1948-2020."),
        Resource("desta_members", "DESTA v2 agreement members", "treaty entry member", m_fields, ["number", "iso3n"], m,
                 description="Members of each DESTA entry.", foreign_keys=[fk("number", "desta", "number")]),
    ]
    readme = f"""
# `desta`: DESTA v2 list of treaties and members

{len(e)} entries ({e.base_treaty.nunique()} base treaties) and {len(m)} entry-member rows
from the DESTA "list of treaties" v2.0 (October 2020; Dür, Baccini and Elsig 2014),
as converted to CSV by the manytrade maintainers. Shipped to help code
economic regional organizations and their security provisions later; this
is not the DESTA depth index.

## Coding decisions
- {n_dup} exact duplicate member row(s) dropped.
- Member COW codes come from countrycode (ISO numeric -> COW); NA where a
  member has none.

## Terms
Licence not stated in the source files (manytrade package CC BY 4.0); cite
Dür, Baccini and Elsig (2014).
"""
    write_dataset("desta", title="DESTA v2 trade agreements", description="DESTA v2 list of trade agreements and members.",
                  version="1.0.0", licenses=[CITATION_TERMS],
                  sources=[source("Design of Trade Agreements (DESTA) list of treaties", "2.0", "desta2014",
                                  "https://www.designoftradeagreements.org/")],
                  resources=resources, readme=readme)
