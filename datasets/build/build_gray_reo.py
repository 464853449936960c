"""Build ``datasets/gray_reo``: Gray (2018) regional economic organizations, REO-year."""
from __future__ import annotations

from pathlib import Path

from _common import CITATION_TERMS, Resource, fld, read_raw, source, write_dataset


def build(raw: Path) -> None:
    g = read_raw(raw, "gray_reo/gray2018_reo_year.csv")
    for c in ["age", "pr_integration", "competition", "vitality", "life", "zombie", "dead",
              "Europe", "LAmerica", "MENA", "Asia", "NAmCarib", "Africa"]:
        g[c] = g[c].astype("Int64")
    g["mccall"] = g["mccall"].astype("float64")
    fields = [
        fld("reo", "string", "Organization (Gray's abbreviation)", required=True),
        fld("year", "year", "Year", required=True),
        fld("age", "integer", "IO age in years (Gray 2018)"),
        fld("pr_integration", "integer", "Level of proposed integration (0-5)", minimum=0, maximum=5),
        fld("mccall", "number", "IO legalization (McCall Smith scale, 0-4)", minimum=0, maximum=4),
        fld("aut3", "number", "Bureaucratic autonomy (0-1)", minimum=0, maximum=1),
        fld("desec5f", "number", "Security mandate (Gray's variable desec5f, Stata label 'Security Mandate'; continuous as released)"),
        fld("itrans", "number", "IO transparency"),
        fld("competition", "integer", "IO competition (number of overlapping REOs, Gray 2018)"),
        fld("vitality", "integer", "Vitality (Gray 2018), three categories as released; see README"),
        fld("life", "integer", "1 if alive (active)", minimum=0, maximum=1),
        fld("zombie", "integer", "1 if zombie", minimum=0, maximum=1),
        fld("dead", "integer", "1 if dead", minimum=0, maximum=1),
    ] + [fld(c, "integer", f"Region dummy: {c}", minimum=0, maximum=1) for c in ["Europe", "LAmerica", "MENA", "Asia", "NAmCarib", "Africa"]]
    res = Resource("gray_reo", "Gray (2018) vitality of regional economic organizations", "organization-year", fields,
                   ["reo", "year"], g, description="REO-year panel of 63 regional economic organizations, 1948-2013.")
    readme = f"""
# `gray_reo`: vitality of regional economic organizations (Gray 2018)

{len(g)} REO-years for {g.reo.nunique()} regional economic organizations,
{g.year.min()}-{g.year.max()}, from the replication data of Gray (2018, ISQ).

## Coding decisions
- Values as released. `desec5f` is Gray's security-mandate variable
  (Stata label "Security Mandate"); it is continuous in the release (range
  {g.desec5f.min()} to {g.desec5f.max()}); see Gray (2018) for its construction. It is
  shipped as a candidate source for coding security mandates, not used as one.
- `vitality` follows Gray's three categories; the dummies `life`, `zombie`,
  `dead` are as released. Check Gray (2018) for the direction of `vitality`
  before use: the release's labels do not state it.
- Dropped as in the raw extract: numb_mids_sum, s3un, hardrel, lngdpsum1, compdummy.

## Terms
Harvard Dataverse replication data (doi:10.7910/DVN/2QS4R8); cite Gray (2018).
"""
    write_dataset("gray_reo", title="Gray (2018) regional economic organizations",
                  description="Vitality of 63 regional economic organizations, 1948-2013.", version="1.0.0",
                  licenses=[CITATION_TERMS],
                  sources=[source("Gray (2018) replication data, isq_2017.dta", "2018", "gray2018",
                                  "https://doi.org/10.7910/DVN/2QS4R8")],
                  resources=[res], readme=readme)
