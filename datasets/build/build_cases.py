"""Build the case tables from the coding fragments and ATOP.

Reads ``coded/<area>/*.csv`` (see ``coded/CODING.md``), concatenates each
table's fragments, derives multilateral ATOP alliances as agreements, and
writes the shipped datasets ``regions``, ``organizations``, ``memberships``,
``agreements`` and ``security_design``. Duplicate keys across fragments stop
the build with both origins named.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from _common import CC_BY, Resource, fk, fld, read_raw, source, write_dataset
from build_igo import cow_igo_spells
from build_regions import region_tables

from regionalism.data.dates import day_dates, end_years, start_years, with_dissolution_ends
from regionalism._shared.spells import year_runs

HERE = Path(__file__).resolve().parent
CODED = HERE / "coded"
ID = r"[a-z0-9_]+"

YESNO = {"minimum": 0, "maximum": 1}
MANDATE = [{"value": "none", "label": "no security tasks"},
           {"value": "declaratory", "label": "security tasks in its instruments, no bodies or operations carrying them out"},
           {"value": "operational", "label": "standing security bodies, forces, missions or exercises carried out"}]
ORG_TYPES = ["general_purpose", "security", "economic", "other"]
STATUS = [{"value": "full", "label": "full member"}, {"value": "associate", "label": "associate member"},
          {"value": "observer", "label": "observer"}, {"value": "suspended", "label": "member whose rights are suspended"}]
DECISION = [{"value": "unanimity", "label": "unanimity"}, {"value": "consensus", "label": "consensus"},
            {"value": "qualified_majority", "label": "qualified (or simple) majority"}]
SCOPES = ["defense", "offense", "neutrality", "nonaggression", "consultation", "military_cooperation", "peacekeeping",
          "counterterrorism", "border", "drugs_crime", "arms_control", "nuclear_weapon_free_zone", "civil_protection",
          "friendship"]
SCOPE_PATTERN = r"(" + "|".join(SCOPES) + r")(;\s?(" + "|".join(SCOPES) + r"))*"
DATE = "Exact date (YYYY-MM-DD) of the event, where the source gives the day"
RULE = ("Derived from the event date by the project's date rule (regionalism.data.dates): a status holds in year t "
        "if and only if it holds on 31 December of t")
START_RULE = RULE + "; a start at any time in t gives t"
END_RULE = (RULE + "; an end dated in t gives t - 1 unless it is dated 31 December, a month- or year-only end in t "
            "gives t - 1. Where no event date is known the year is the last year as coded by hand (precision "
            "'coded_year' in provenance/event_dates)")
EVENT_PATTERN = r"\d{4}(-\d{2}(-\d{2})?)?"




def src_field() -> dict:
    return fld("source", "string", "Citation key(s) into datasets/references.bib, 'key' or 'key:locator', separated by '; '",
               required=True)


def note_field() -> dict:
    return fld("note", "string", "Coding judgments, caveats and reasons for missing values")


REGION_FIELDS = [
    fld("region_id", "string", "Region identifier", required=True, unique=True, pattern=ID),
    fld("name", "string", "Region name", required=True),
    fld("continent", "string", "Continent or macro-region the region lies in"),
    fld("scheme", "string", "Region schemes the region belongs to (';'-joined): 'm49' (the sub-regions compared in "
        "the article, a partition: M49 placement decides where two would share a state), 'continent' (the five M49 "
        "regions, a partition), 'rsc' / 'rsc_sub' (Buzan and Waever's regional security complexes and sub-complexes, "
        "partitions of the states they place), 'none' (aggregates and nested regions, e.g. the Gulf inside the Middle East; a user's region without a scheme counts as 'none'; a user's scheme name makes a new scheme); "
        "rg.comparison_regions(scheme) returns a scheme's regions",
        pattern=r"^(none|[a-z0-9_]+(;[a-z0-9_]+)*)$"),
    fld("description", "string", "Geographic definition: which states are in, which are out, and why", required=True),
    src_field(), note_field(),
]
REGION_MEMBER_FIELDS = [
    fld("region_id", "string", "Region identifier", required=True),
    fld("ccode", "integer", "COW state code", required=True),
    fld("start", "year", "First year the state belongs to the region (1945-2025)", required=True, minimum=1945, maximum=2025),
    fld("end", "year", "Last year (NA = to 2025)", minimum=1945, maximum=2025),
    src_field(), note_field(),
]
ORG_FIELDS = [
    fld("org_id", "string", "Organization identifier", required=True, unique=True, pattern=ID),
    fld("name", "string", "Name of the organization or body", required=True),
    fld("acronym", "string", "Acronym"),
    fld("founded", "year", "Year the founding instrument took effect or the body first operated. " + START_RULE),
    fld("founded_date", "date", DATE),
    fld("dissolved", "year", "Last year of existence (NA = still exists). " + END_RULE),
    fld("dissolved_date", "date", DATE),
    fld("type", "string", "Type of organization", categories=ORG_TYPES, required=True),
    fld("security_mandate", "string", "Security mandate", categories=MANDATE, ordered=True, required=True),
    fld("home_region", "string", "region_id of the region the organization belongs to (NA for trans-regional bodies)"),
    fld("parent_org", "string", "org_id of the organization this body belongs to"),
    fld("led_by", "string", "org_id of an organization that runs or funds the body from outside (e.g. the EU for BOMCA); "
        "its members count as outside participants"),
    fld("predecessor", "string", "org_id of the predecessor organization"),
    fld("successor", "string", "org_id of the successor organization"),
    fld("cow_igo_id", "integer", "COW IGO v3 number (ionum)"),
    fld("mia_id", "string", "MIA acronym"),
    src_field(), note_field(),
]
MEMBERSHIP_FIELDS = [
    fld("org_id", "string", "Organization identifier", required=True),
    fld("ccode", "integer", "COW state code", required=True),
    fld("start", "year", "First year of the spell. " + START_RULE, required=True, minimum=1900, maximum=2025),
    fld("start_date", "date", DATE),
    fld("end", "year", "Last year of the spell (NA = ongoing at the end of 2025). " + END_RULE, minimum=1900, maximum=2025),
    fld("end_date", "date", DATE),
    fld("status", "string", "Membership status over the spell", categories=STATUS, required=True),
    src_field(), note_field(),
]
AGREEMENT_FIELDS = [
    fld("agreement_id", "string", "Agreement identifier (ATOP-derived: atop_<atopid>)", required=True, unique=True, pattern=ID),
    fld("title", "string", "Title of the agreement (for ATOP-derived rows a description built from ATOP's codes)", required=True),
    fld("signed", "year", "Year signed (the year of the signature date; ATOP-derived rows: ATOP's begin year)"),
    fld("signed_date", "date", DATE),
    fld("in_force", "year", "Year it entered into force (NA: never, or not known; see note). " + START_RULE),
    fld("in_force_date", "date", DATE),
    fld("ended", "year", "Last year in force (NA = in force at the end of 2025, or never in force; ATOP-derived rows: "
        "ATOP's end year). " + END_RULE),
    fld("ended_date", "date", DATE),
    fld("scope", "string", "Security tasks, ';'-separated tokens: " + ", ".join(SCOPES), pattern=SCOPE_PATTERN),
    fld("atop_id", "integer", "ATOP alliance identifier, where the agreement is in ATOP"),
    src_field(), note_field(),
]
PARTY_FIELDS = [
    fld("agreement_id", "string", "Agreement identifier", required=True),
    fld("ccode", "integer", "COW code of the state party", required=True),
    fld("spell", "integer", "Number of the state's spell as a party (1 = first; assigned by the build in order of joining)",
        required=True, minimum=1),
    fld("joined", "year", "Year the state became a party (signature year if never in force; NA if not verified: see "
        "note). " + START_RULE),
    fld("left", "year", "Last year as a party (NA = still a party, or the agreement's end). " + END_RULE),
    src_field(), note_field(),
]
ITEMS = [
    ("treaty_basis", "1 = a legally binding founding treaty or charter; 0 = a declaration or political agreement only"),
    ("standing_body", "1 = a body of member representatives meets at regular, scheduled intervals"),
    ("secretariat", "1 = a permanent secretariat or staff of its own"),
    ("mandate_defense", "1 = collective defense or military cooperation among its tasks"),
    ("mandate_peacekeeping", "1 = peacekeeping or conflict management among its tasks"),
    ("mandate_counterterrorism", "1 = counter-terrorism among its tasks"),
    ("mandate_border", "1 = border security among its tasks"),
    ("mandate_drugs_crime", "1 = drugs and organized crime among its tasks"),
    ("mandate_arms_control", "1 = arms control or non-proliferation among its tasks"),
    ("mandate_civil_protection", "1 = civil protection (disasters, emergencies) among its tasks"),
    ("mutual_assistance", "1 = members are obliged to assist a member under attack"),
]
DESIGN_FIELDS = [
    fld("unit_type", "string", "What the spell describes", categories=["organization", "agreement"], required=True),
    fld("unit_id", "string", "org_id or agreement_id", required=True),
    fld("start", "year", "First year of the spell in which the design held", required=True),
    fld("end", "year", "Last year of the spell (NA = to 2025)"),
] + [fld(n, "integer", d, **YESNO) for n, d in ITEMS] + [
    fld("joint_forces", "integer", "Joint forces", categories=[
        {"value": 0, "label": "none"}, {"value": 1, "label": "earmarked national contingents or ad-hoc joint units"},
        {"value": 2, "label": "standing joint or integrated forces or command"}], ordered=True),
    fld("decision_rule", "string", "Decision rule for security decisions", categories=DECISION, ordered=True),
    fld("intervention_right", "integer", "1 = the organization may intervene in a member state", **YESNO),
    fld("dispute_settlement", "integer", "1 = a standing or treaty-based procedure to settle disputes among members", **YESNO),
    fld("operational_record", "integer", "Operational record over the spell", categories=[
        {"value": 0, "label": "none"}, {"value": 1, "label": "joint exercises or training only"},
        {"value": 2, "label": "at least one deployment or operation"}], ordered=True),
    src_field(), note_field(),
]
DESIGN_ITEMS = [n for n, _ in ITEMS] + ["joint_forces", "decision_rule", "intervention_right", "dispute_settlement",
                                        "operational_record"]


def fragments(table: str, fields: list[dict], key: list[str]) -> pd.DataFrame:
    names = [f["name"] for f in fields]
    frames = []
    for path in sorted(CODED.glob(f"*/{table}.csv")):
        d = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        allowed = names + [date for _, date, _ in EVENTS.get(table, [])]
        extra = [c for c in d.columns if c not in allowed]
        if extra:
            raise ValueError(f"{path}: columns {extra} are not in the codebook ({names})")
        for n in names:
            if n not in d.columns:
                d[n] = ""
        d = d[names + [c for c in allowed if c not in names and c in d.columns]].apply(lambda s: s.str.strip())
        d["_origin"] = f"{path.parent.name}/{path.name}"
        d["_coded"] = True
        d["_line"] = range(2, len(d) + 2)
        frames.append(d)
    if not frames:
        return pd.DataFrame(columns=names)
    out = pd.concat(frames, ignore_index=True).replace("", pd.NA)
    if table in EVENTS:
        out = dated(table, out)
    dup = out[out.duplicated(key, keep=False)]
    if len(dup):
        rows = "; ".join(f"{r['_origin']} line {r['_line']}: {tuple(r[key])}" for _, r in dup.head(10).iterrows())
        raise ValueError(f"duplicate {table} keys {key}: {rows}")
    return out[names + [c for c in out.columns if c.endswith("_event")] + ["_coded"]]


EVENTS = {  # table: (year column, date column, start or end)
    "organizations": [("founded", "founded_date", "start"), ("dissolved", "dissolved_date", "end")],
    "memberships": [("start", "start_date", "start"), ("end", "end_date", "end")],
    "agreements": [("signed", "signed_date", "start"), ("in_force", "in_force_date", "start"),
                   ("ended", "ended_date", "end")],
    "agreement_parties": [("joined", "joined_date", "start"), ("left", "left_date", "end")],
}


def dated(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Derive the year columns of a fragment table from its event dates (``regionalism.data.dates``).

    In the fragments a ``*_date`` cell holds the event with the precision its source gives (YYYY-MM-DD, YYYY-MM or
    YYYY). The shipped table gets the year by the date rule, the event itself in ``*_event`` and the day-precision
    date in ``*_date``. A year may be typed in a fragment only where no event date is known (a last year coded by
    hand before the rule); a row with both stops the build.
    """
    out = frame.copy()
    for year, date, kind in EVENTS[table]:
        event = out[date] if date in out else pd.Series(pd.NA, index=out.index)
        typed = out[year] if year in out else pd.Series(pd.NA, index=out.index)
        both = event.notna() & typed.notna()
        if both.any():
            raise ValueError(f"{table}: {year} typed although {date} gives the event (rows {list(out.index[both])[:5]}); "
                             "the year is derived from the date")
        derived = (start_years if kind == "start" else end_years)(event)
        out[year] = derived.astype("string").astype(object).where(derived.notna(), typed)
        out[date.replace("_date", "_event")] = event
        out[date] = day_dates(event)
    return out


UNDATED_END = "End year not dated by a source"


def _append_sentence(note: str, sentence: str) -> str:
    """``note`` with ``sentence`` appended (after a full stop, or a semicolon if the note has none)."""
    if not note:
        return f"{sentence}."
    return f"{note} {sentence}." if note.endswith(".") else f"{note}; {sentence}."


def mark_undated_ends(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Say in ``note`` that an end year was typed by hand without an event date (precision ``coded_year``).

    Applied after the dissolution rule (``regionalism.data.dates.with_dissolution_ends``), so it marks only the ends
    that no source dates; the note makes them visible in the shipped table as well as in provenance/event_dates.
    """
    out = frame.copy()
    for year, date, kind in EVENTS[table]:
        if kind != "end":
            continue
        event = date.replace("_date", "_event")
        undated = (out[year].notna() & out[event].isna() & out["_coded"].fillna(False).astype(bool)).to_numpy()
        note = out["note"].astype(object)
        said = note.fillna("").str.contains(UNDATED_END, case=False, regex=False).to_numpy()
        for i in out.index[undated & ~said]:
            n = note.at[i]
            n = "" if pd.isna(n) else str(n).rstrip()
            note.at[i] = _append_sentence(n, UNDATED_END)
        out["note"] = note
    return out


COW_YEAR_NOTE = "Last year as COW IGO v3 codes it (its annual coding; the exit itself is not dated by a source)"

#: COW IGO v3 ends its coverage in this year: a spell it carries to 2014 has no end in COW
COW_LAST_YEAR = 2014


def cow_igo_ends(memberships: pd.DataFrame, organizations: pd.DataFrame, cow: pd.DataFrame) -> pd.Series:
    """Which hand-typed membership ends are COW IGO v3's last year of that membership (a rule applied to a dataset).

    A membership end qualifies when its year was typed without an event date, the row cites ``cow_igo_v3``, its
    organization has a ``cow_igo_id``, and COW IGO v3 codes the state a member of that IGO (any status) in that
    year but not in the next one, before COW's last year (2014, where COW's coverage, not the membership, ends).
    Such a year comes from COW's annual coding (``precision`` ``cow_igo_year`` in ``provenance/event_dates``);
    the others stay ``coded_year``.

    Parameters
    ----------
    memberships : DataFrame
        Fragment rows with ``org_id``, ``ccode``, ``end``, ``end_event``, ``source`` and ``_coded``.
    organizations : DataFrame
        ``org_id`` and ``cow_igo_id``.
    cow : DataFrame
        COW IGO v3 membership spells: ``ionum``, ``ccode``, ``start``, ``end``.

    Returns
    -------
    Series of bool, aligned with ``memberships``.
    """
    ionum = pd.to_numeric(memberships["org_id"].map(organizations.set_index("org_id")["cow_igo_id"]),
                          errors="coerce")
    end = pd.to_numeric(memberships["end"], errors="coerce")
    years = {(int(r.ionum), int(r.ccode), y) for r in cow.itertuples() for y in range(int(r.start), int(r.end) + 1)}
    cites = memberships["source"].fillna("").str.contains(r"\bcow_igo_v3\b", regex=True)
    undated = memberships["end_event"].isna() & memberships["_coded"].fillna(False).astype(bool)
    out = []
    for io, cc, e, ok in zip(ionum, pd.to_numeric(memberships["ccode"]), end, (cites & undated).to_numpy()):
        if not ok or pd.isna(io) or pd.isna(e) or e >= COW_LAST_YEAR:
            out.append(False)
            continue
        out.append((int(io), int(cc), int(e)) in years and (int(io), int(cc), int(e) + 1) not in years)
    return pd.Series(out, index=memberships.index, dtype=bool)


def mark_cow_years(frame: pd.DataFrame, cow_year: pd.Series) -> pd.DataFrame:
    """Flag the ends :func:`cow_igo_ends` finds (``_cow_year``) and say in ``note`` where their year comes from."""
    out = frame.copy()
    out["_cow_year"] = cow_year
    note = out["note"].astype(object)
    for i in out.index[cow_year.to_numpy()]:
        n = "" if pd.isna(note.at[i]) else str(note.at[i]).rstrip()
        if COW_YEAR_NOTE not in n:
            note.at[i] = _append_sentence(n, COW_YEAR_NOTE)
    out["note"] = note
    return out


EVENT_FIELDS = [
    fld("table", "string", "The shipped table", categories=list(EVENTS), required=True),
    fld("key", "string", "The row's primary key in that table, its fields joined by '|' (memberships: "
        "org_id|ccode|start; agreement_parties: agreement_id|ccode|spell)", required=True),
    fld("field", "string", "The year column the event determines", required=True),
    fld("event", "string", "The event as the source dates it, with the precision it supports (YYYY-MM-DD, YYYY-MM or "
        "YYYY); empty where no event date is known", pattern=EVENT_PATTERN),
    fld("precision", "string", "Precision of the date", categories=[
        {"value": "day", "label": "dated to the day (also in the table's *_date column)"},
        {"value": "month", "label": "dated to the month"},
        {"value": "year", "label": "dated to the year only"},
        {"value": "cow_igo_year", "label": "no event date: the year is COW IGO v3's last year of the membership "
                                            "(its annual coding), checked by the build"},
        {"value": "coded_year", "label": "no event date: the year column holds the last year as coded by hand"}],
        required=True),
    fld("rule", "string", "Whether the event begins or ends the status", categories=["start", "end"], required=True),
    fld("year", "year", "The year column's value: for an event, the date rule's year", required=True),
]


VERIFIED_FIELDS = [
    fld("table", "string", "The shipped table", categories=["organizations", "memberships", "agreements",
                                                             "agreement_parties", "security_design"], required=True),
    fld("key", "string", "The row's primary key in that table, its fields joined by '|' (memberships: "
        "org_id|ccode|start; agreement_parties: agreement_id|ccode|spell; security_design: unit_type|unit_id|start)",
        required=True),
    fld("field", "string", "The column checked ('row' for a row added from a source)", required=True),
    fld("n", "integer", "Number of the check of this field (1 = first; several sources may check one value)",
        required=True, minimum=1),
    fld("verdict", "string", "What the source says about the value coded before the check", categories=[
        {"value": "supported", "label": "the source states the coded value"},
        {"value": "wrong", "label": "the source states another value (corrected, see action)"},
        {"value": "undecidable", "label": "no source found, or the source is silent"},
        {"value": "missing_row", "label": "the source lists a row the table lacked (added)"}], required=True),
    fld("source", "string", "Citation key(s) of the source into datasets/references.bib"),
    fld("action", "string", "What the verification pass did: the event date or value set, NA, a split spell, or "
        "nothing (supported, undecidable)"),
]


def verification_records(parties: pd.DataFrame) -> pd.DataFrame:
    """The per-area ledgers ``coded/<area>/verification.csv`` as one table keyed like the shipped tables."""
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted(CODED.glob("*/verification.csv"))]
    if not frames:
        return pd.DataFrame(columns=[f["name"] for f in VERIFIED_FIELDS])
    v = pd.concat(frames, ignore_index=True)
    mem = v.table == "memberships"
    v.loc[mem, "key"] = v.loc[mem, "key"].str.rsplit("|", n=1).str[0]
    spell = {f"{a}|{c}|{j}": f"{a}|{c}|{s}" for a, c, j, s in
             zip(parties.agreement_id, parties.ccode, parties.joined.astype("string").fillna(""), parties.spell)}
    par = v.table == "agreement_parties"
    v.loc[par, "key"] = v.loc[par, "key"].map(lambda k: spell.get(k, k))
    v = v.sort_values(["table", "key", "field"], kind="mergesort")
    v["n"] = v.groupby(["table", "key", "field"]).cumcount() + 1
    return v.replace("", pd.NA)


def event_records(table: str, frame: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """One row per coded event (and per hand-typed year without one) of a table: its date, precision and year.

    Rows derived from a shipped dataset (ATOP) have no event columns and are left out: their years are the
    dataset's.
    """
    rows = []
    keys = frame[key].astype("string").fillna("").agg("|".join, axis=1)
    for year, date, kind in EVENTS[table]:
        col = date.replace("_date", "_event")
        if col not in frame:
            continue
        coded = frame[col].notna() | frame.get("_coded", pd.Series(False, index=frame.index)).fillna(False)
        for i in frame.index[coded.to_numpy()]:
            ev, y = frame.at[i, col], frame.at[i, year]
            if pd.isna(ev) and pd.isna(y):
                continue
            cow = bool(frame.at[i, "_cow_year"]) if "_cow_year" in frame else False
            prec = (("cow_igo_year" if cow and kind == "end" else "coded_year") if pd.isna(ev)
                    else {10: "day", 7: "month", 4: "year"}[len(str(ev))])
            rows.append({"table": table, "key": keys[i], "field": year, "event": ev, "precision": prec,
                         "rule": kind, "year": y})
    return pd.DataFrame(rows, columns=[f["name"] for f in EVENT_FIELDS])


def no_year_spells(frame: pd.DataFrame, start: str, end: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split off the spells that hold on no 31 December (end year before start year under the date rule)."""
    s, e = pd.to_numeric(frame[start]), pd.to_numeric(frame[end])
    gone = (e < s).fillna(False)
    for _, r in frame[gone].iterrows():
        print(f"  not a spell under the date rule (holds on no 31 December): {tuple(r.iloc[:3])} "
              f"{r.get('start_event')} to {r.get('end_event')}")
    return frame[~gone].reset_index(drop=True), frame[gone].reset_index(drop=True)


def no_year_section(rows: pd.DataFrame, cols: list[str]) -> str:
    """README section listing the coded spells that the date rule leaves without a year."""
    if rows.empty:
        return ""
    lines = ["", "", "## Spells that hold in no year", "",
             "These coded spells begin and end between two 31 Decembers, so under the date rule (a status holds in "
             "year t if it holds on 31 December of t) they hold in no year and are not rows of the table. They stay "
             "in the coding fragments with their dates.", "",
             "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for _, r in rows.iterrows():
        lines.append("| " + " | ".join("" if pd.isna(r[c]) else str(r[c]) for c in cols) + " |")
    return "\n".join(lines)


def as_text(df: pd.DataFrame) -> pd.DataFrame:
    """A derived table in the form ``fragments`` returns (text cells, NA for empty), so both sort alike."""
    return df.astype("string").replace("", pd.NA).astype(object).where(df.notna(), pd.NA)


def atop_agreements(raw: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Multilateral ATOP v4.01 alliances (>= 3 distinct members) as agreements, parties and design spells."""
    a = read_raw(raw, "atop/atop_v401_alliances_post1945.csv")
    m = read_raw(raw, "atop/atop_v401_members_post1945.csv")
    n = m.groupby("atopid")["member"].nunique()
    multi = n[n >= 3].index
    a = a[a.atopid.isin(multi)].copy()
    provisions = {"defense": "defense", "offense": "offense", "neutral": "neutrality", "nonagg": "nonaggression",
                  "consul": "consultation"}
    panel = read_raw(raw, "states/cow_gw_panel_sy.csv").dropna(subset=["ccode"])
    system = set(zip(panel["ccode"].astype(int), panel["year"].astype(int)))
    rows, parties, design = [], [], []
    for _, r in a.iterrows():
        scope = [v for k, v in provisions.items() if r[k] == 1]
        end = None if r["endyr"] == 0 else int(r["endyr"])
        kinds = ", ".join(scope) if scope else "no coded obligation"
        rows.append({
            "agreement_id": f"atop_{int(r.atopid)}",
            "title": f"ATOP alliance {int(r.atopid)}: {kinds} ({int(n[r.atopid])} member states)",
            "signed": int(r.begyr), "in_force": pd.NA, "ended": end,
            "scope": ";".join(scope) if scope else pd.NA, "atop_id": int(r.atopid),
            "source": f"atop2002:atopid {int(r.atopid)}",
            "note": "Derived from ATOP v4.01 alliance-level data: 'signed' is ATOP's begin year (begyr), 'ended' its end "
                    "year (NA when in force at the end of ATOP's coverage, 2018; not updated to 2025); ATOP does not "
                    "separate signature from entry into force, so 'in_force' is NA and membership years are in "
                    "agreement_parties. The title is generated from ATOP's obligation codes.",
        })
        mm = m[m.atopid == r.atopid].copy()
        mm["exit"] = mm["yrexit"].where(mm["yrexit"] != 0, end if end is not None else pd.NA)
        for ccode, g in mm.sort_values("yrent").groupby("member"):
            spells: list[list] = []
            for _, p in g.iterrows():
                s, e = int(p.yrent), (None if pd.isna(p.exit) else int(p.exit))
                if spells and (spells[-1][1] is None or s <= spells[-1][1] + 1):
                    last = spells[-1]
                    last[1] = None if (last[1] is None or e is None) else max(last[1], e)
                else:
                    spells.append([s, e])
            for s, e in spells:
                years = [y for y in range(max(s, 1946), (e if e is not None else 2025) + 1) if (int(ccode), y) in system]
                runs = year_runs(years)
                clipped = len(years) < (e if e is not None else 2025) - max(s, 1946) + 1
                for k, (y0, y1) in enumerate(runs):
                    open_end = e is None and k == len(runs) - 1 and y1 == 2025
                    parties.append({
                        "agreement_id": f"atop_{int(r.atopid)}", "ccode": int(ccode), "joined": y0 if (y0 > s or clipped) else s,
                        "left": None if open_end else y1, "source": f"atop2002:atopid {int(r.atopid)}",
                        "note": "ATOP v4.01 member entry and exit years, phases merged into spells"
                                + (f"; clipped to the state's COW system years (ATOP: {s}-{e if e is not None else 'open'})"
                                   if clipped or y0 != s else "")})
        design.append({
            "unit_type": "agreement", "unit_id": f"atop_{int(r.atopid)}", "start": int(r.begyr), "end": end,
            "treaty_basis": 1, "mandate_defense": int(r.defense == 1 or r.offense == 1),
            "mutual_assistance": int(r.defense == 1),
            "joint_forces": 2 if r.intcom == 1 else pd.NA,
            "source": f"atop2002:atopid {int(r.atopid)}",
            "note": "Derived from ATOP v4.01 provisions: treaty_basis 1 (ATOP codes written, signed agreements only); "
                    "mandate_defense = defense or offense obligation; mutual_assistance = defense obligation; "
                    "joint_forces 2 where ATOP codes an integrated military command (intcom), NA otherwise. Other "
                    "items are not coded by ATOP in a way that maps onto this codebook and are left NA.",
        })
    return pd.DataFrame(rows), pd.DataFrame(parties), pd.DataFrame(design)


def build(raw: Path) -> None:
    regions, rmembers = (as_text(t) for t in region_tables(raw))
    orgs = fragments("organizations", ORG_FIELDS, ["org_id"])
    mems = fragments("memberships", MEMBERSHIP_FIELDS, ["org_id", "ccode", "start"])
    mems = with_dissolution_ends(mems, orgs)
    mems = mark_undated_ends("memberships", mark_cow_years(mems, cow_igo_ends(mems, orgs, cow_igo_spells(raw)[1])))
    orgs = mark_undated_ends("organizations", orgs)
    mems, mems_no_year = no_year_spells(mems, "start", "end")
    agr = fragments("agreements", AGREEMENT_FIELDS, ["agreement_id"])
    par = fragments("agreement_parties", [f for f in PARTY_FIELDS if f["name"] != "spell"],
                    ["agreement_id", "ccode", "joined"])
    par = mark_undated_ends("agreement_parties", par)
    des = fragments("security_design", DESIGN_FIELDS, ["unit_type", "unit_id", "start"])
    a_agr, a_par, a_des = atop_agreements(raw)
    coded_atop = set(pd.to_numeric(agr["atop_id"], errors="coerce").dropna().astype(int))
    keep = ~a_agr["atop_id"].isin(coded_atop)
    a_ids = set(a_agr.loc[keep, "agreement_id"])
    agr = pd.concat([agr, a_agr[keep]], ignore_index=True)
    par = pd.concat([par, a_par[a_par.agreement_id.isin(a_ids)]], ignore_index=True)
    par["_j"] = pd.to_numeric(par["joined"])
    par = par.sort_values(["agreement_id", "ccode", "_j"], kind="mergesort", na_position="last")
    par["spell"] = par.groupby(["agreement_id", "ccode"]).cumcount() + 1
    checked = verification_records(par)
    events = pd.concat([event_records("organizations", orgs, ["org_id"]),
                        event_records("memberships", mems, ["org_id", "ccode", "start"]),
                        event_records("agreements", agr, ["agreement_id"]),
                        event_records("agreement_parties", par, ["agreement_id", "ccode", "spell"])], ignore_index=True)
    des = pd.concat([des, a_des[a_des.unit_id.isin(a_ids)]], ignore_index=True)
    def checks_spell(by: list[str], resource: str) -> list[dict]:
        return [{"type": "spell_order", "resource": resource, "start": "start", "end": "end"},
                {"type": "no_overlap", "resource": resource, "by": by, "start": "start", "end": "end"}]
    sources_check = {"type": "sources", "field": "source", "bib": "../references.bib"}

    def dates_match(resource: str, pairs: list[tuple[str, str]]) -> list[dict]:
        return [{"type": "date_matches_year", "resource": resource, "year": y, "date": d} for y, d in pairs]
    common_src = [source("Project coding (see README and references.bib)", "1.0.0", "regionalism"),
                  source("Mayer, Cooperation from Outside", "open access", "mayer_seed")]
    write_dataset(
        "regions", title="Geographic regions and their member states",
        description="Regions defined by geography (UN M49 base with documented adjustments) and dated member spells.",
        version="1.0.0", licenses=[CC_BY], sources=common_src + [source("UN M49", "online", "un_m49")],
        resources=[
            Resource("regions", "Regions", "region", REGION_FIELDS, ["region_id"], regions,
                     description="One row per region with its geographic definition."),
            Resource("region_members", "Region member spells", "region member spell", REGION_MEMBER_FIELDS,
                     ["region_id", "ccode", "start"], rmembers, description="States in each region, with dated spells.",
                     foreign_keys=[fk("region_id", "regions", "region_id")]),
        ],
        readme=_readme("regions", CODED / "regions" / "NOTES.md"),
        checks=checks_spell(["region_id", "ccode"], "region_members") + [
            sources_check, {"type": "state_years", "resource": "region_members", "ccode": "ccode", "start": "start",
                            "end": "end"}])
    write_dataset(
        "organizations", title="Regional and security organizations",
        description="Organizations and bodies with founding, type, security mandate, home region and links to COW IGO and MIA.",
        version="1.0.0", licenses=[CC_BY], sources=common_src,
        resources=[Resource("organizations", "Organizations", "organization", ORG_FIELDS, ["org_id"], orgs,
                            description="One row per organization or body.",
                            foreign_keys=[fk("home_region", "regions", "region_id"), fk("parent_org", "", "org_id"), fk("led_by", "", "org_id"),
                                          fk("predecessor", "", "org_id"), fk("successor", "", "org_id"),
                                          fk("cow_igo_id", "igo_list", "ionum")])],
        readme=_readme("organizations"),
        checks=[{"type": "spell_order", "start": "founded", "end": "dissolved"}, sources_check,
                *dates_match("organizations", [("founded", "founded_date")]),
                {"type": "has_rows_in", "table": "security_design", "table_key": "unit_id", "key": "org_id",
                 "where": {"security_mandate": ["declaratory", "operational"]},
                 "why": "every organization with a security mandate needs a design spell"}])
    write_dataset(
        "memberships", title="Dated memberships in organizations",
        description="Membership spells (full, associate, observer, suspended) of states in the organizations.",
        version="1.0.0", licenses=[CC_BY], sources=common_src + [source("COW IGO", "3.0", "cow_igo_v3")],
        resources=[Resource("memberships", "Membership spells", "membership spell", MEMBERSHIP_FIELDS,
                            ["org_id", "ccode", "start"], mems, description="One row per state, organization and spell.",
                            foreign_keys=[fk("org_id", "organizations", "org_id")])],
        readme=_readme("memberships") + no_year_section(mems_no_year, ["org_id", "ccode", "status", "start_event",
                                                                       "end_event", "source"]),
        checks=checks_spell(["org_id", "ccode"], "memberships")
        + dates_match("memberships", [("start", "start_date")]) + [sources_check,
                                                    {"type": "state_years", "ccode": "ccode", "start": "start", "end": "end"}])
    write_dataset(
        "agreements", title="Multilateral security agreements and their parties",
        description="Security agreements with at least three state parties: hand-coded and derived from ATOP v4.01.",
        version="1.0.0", licenses=[CC_BY], sources=common_src + [source("ATOP", "4.01", "atop2002")],
        resources=[
            Resource("agreements", "Agreements", "agreement", AGREEMENT_FIELDS, ["agreement_id"], agr,
                     description="One row per multilateral security agreement."),
            Resource("agreement_parties", "Agreement parties", "agreement party spell", PARTY_FIELDS,
                     ["agreement_id", "ccode", "spell"], par, description="State parties with joining and leaving years.",
                     foreign_keys=[fk("agreement_id", "agreements", "agreement_id")]),
        ],
        readme=_readme("agreements"),
        checks=[{"type": "spell_order", "resource": "agreements", "start": "signed", "end": "ended"},
                {"type": "spell_order", "resource": "agreement_parties", "start": "joined", "end": "left"},
                {"type": "state_years", "resource": "agreement_parties", "ccode": "ccode", "start": "joined",
                 "end": "left"}, sources_check,
                *dates_match("agreements", [("signed", "signed_date"), ("in_force", "in_force_date")]),
])
    write_dataset(
        "security_design", title="Institutional design of security institutions",
        description="Design spells of security organizations and agreements, one column per coded item.",
        version="1.0.0", licenses=[CC_BY], sources=common_src + [source("ATOP", "4.01", "atop2002")],
        resources=[Resource("security_design", "Security design spells", "design spell", DESIGN_FIELDS,
                            ["unit_type", "unit_id", "start"], des, description="One row per institution and design spell.")],
        readme=_readme("security_design", HERE / "coded" / "DESIGN_CODEBOOK.md"),
        checks=checks_spell(["unit_type", "unit_id"], "security_design") + [sources_check])
    write_dataset(
        "provenance", title="Event dates behind the year columns of the case tables",
        description="Every coded event (founding, dissolution, joining, leaving, status change, signature, entry into "
                    "force) with the precision its source gives, and the year the date rule derives from it.",
        version="1.0.0", licenses=[CC_BY], sources=common_src,
        resources=[Resource("event_dates", "Event dates", "event", EVENT_FIELDS, ["table", "key", "field"], events,
                            description="One row per year column of a hand-coded row: the event date, its "
                                        "precision and the derived year."),
                   Resource("verified_fields", "Verified fields", "checked value", VERIFIED_FIELDS,
                            ["table", "key", "field", "n"], checked,
                            description="One row per value of a hand-coded row checked against a retrieved source "
                                        "in the verification pass: the verdict, the source and what was done.")],
        readme=(HERE / "coded" / "README_TEMPLATES" / "provenance.md").read_text(encoding="utf-8"))


def _readme(name: str, extra: Path | None = None) -> str:
    head = (HERE / "coded" / "README_TEMPLATES" / f"{name}.md")
    text = head.read_text(encoding="utf-8") if head.is_file() else f"# `{name}`\n"
    notes = []
    for p in sorted(CODED.glob("*/NOTES.md")):
        if extra is not None and p == extra:
            continue
        notes.append(p)
    if extra is not None and extra.is_file():
        text += "\n\n" + extra.read_text(encoding="utf-8")
    if name in ("organizations", "memberships", "agreements"):
        text += ("\n\n## Dates and years\n\nThe year columns are derived by the build from the coded event dates by "
                 "one rule (`regionalism.data.dates`): a status holds in year t if and only if it holds on 31 December "
                 "of t. A start at any time in t gives t; an end dated in t gives t - 1 unless it is dated 31 December; "
                 "an end known only to the month or year gives t - 1. `*_date` columns hold the events dated to the "
                 "day; every event with its precision (day, month, year, or a last year coded by hand without an "
                 "event date) is in `datasets/provenance/event_dates.csv` (see its README).")
    if name != "regions":
        text += "\n\n## Coding notes by area\n\nThe notes of each coding area (one file per area) are in "
        text += "`datasets/build/coded/<area>/NOTES.md`: " + ", ".join(p.parent.name for p in notes if p.parent.name != "regions") + "."
    return text
