"""The one date rule: every shipped year column agrees with its event date (regionalism.data.dates)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from regionalism.data.dates import (
    DISSOLUTION_NOTE,
    end_year,
    holds_in_no_year,
    parse_event,
    start_year,
    with_dissolution_ends,
    year_disagreements,
)

DATASETS = Path(__file__).resolve().parents[2] / "datasets"

FOLDER = {"organizations": "organizations", "memberships": "memberships", "agreements": "agreements",
          "agreement_parties": "agreements"}
KEYS = {"organizations": ["org_id"], "memberships": ["org_id", "ccode", "start"], "agreements": ["agreement_id"],
        "agreement_parties": ["agreement_id", "ccode", "spell"]}
DATE = {"founded": "founded_date", "dissolved": "dissolved_date", "start": "start_date", "end": "end_date",
        "signed": "signed_date", "in_force": "in_force_date", "ended": "ended_date"}


def _table(folder: str, table: str) -> pd.DataFrame:
    return pd.read_csv(DATASETS / folder / f"{table}.csv", dtype=str, keep_default_na=False).replace("", pd.NA)


@pytest.mark.parametrize("event,start,end", [
    ("2005-06-30", 2005, 2004),   # an end on any day but 31 December: the status last held on 31 Dec of t - 1
    ("2005-12-31", 2005, 2005),   # an end on 31 December: it still held that day
    ("2005-12", 2005, 2004),      # month-only: cannot be shown to be 31 December
    ("2005", 2005, 2004),         # year-only exit in t gives t - 1
    ("2005-01-01", 2005, 2004),
])
def test_rule(event, start, end):
    assert start_year(event) == start
    assert end_year(event) == end


def test_rule_spell_without_a_31_december():
    assert holds_in_no_year("2012-03-23", "2012-10-24")
    assert not holds_in_no_year("2012-03-23", "2012-12-31")


@pytest.mark.parametrize("text", ["2005-13", "2005-02-30", "05-06-2001", "2005/06/30", "c. 2005"])
def test_bad_event_dates_are_rejected(text):
    with pytest.raises(ValueError):
        parse_event(text)


def test_check_catches_a_year_typed_by_the_calendar_year_of_exit():
    t = pd.DataFrame({"end": ["2001", "2000"], "end_event": ["2001-06-15", "2001-06-15"]})
    bad = year_disagreements(t, year="end", event="end_event", kind="end")
    assert bad.index.tolist() == [0] and bad["expected"].tolist() == [2000]


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return _table("provenance", "event_dates")


@pytest.mark.parametrize("kind", ["start", "end"])
def test_every_event_gives_its_year_by_the_rule(events, kind):
    e = events[(events.rule == kind) & events.event.notna()]
    assert len(e) > 100
    bad = year_disagreements(e, year="year", event="event", kind=kind)
    assert bad.empty, f"event_dates disagree with the rule:\n{bad.head(10).to_string()}"


@pytest.mark.parametrize("table", list(FOLDER))
def test_every_shipped_year_is_the_year_of_its_event(events, table):
    t = _table(FOLDER[table], table)
    t.index = t[KEYS[table]].agg("|".join, axis=1)
    e = events[events.table == table]
    assert set(e.key) <= set(t.index), "event_dates rows without a table row"
    shipped = [t.at[k, f] for k, f in zip(e.key, e.field)]
    bad = e[[str(a) != str(b) for a, b in zip(shipped, e.year)]]
    assert bad.empty, f"{table}: year columns differ from the event's year:\n{bad.head(10).to_string()}"
    hand_coded = t[~t.index.str.startswith("atop_")] if table.startswith("agreement") else t
    for field in {f for f in e.field}:
        # every hand-coded year is covered: by an event, or marked as a year coded by hand
        have = set(e.loc[e.field == field, "key"])
        missing = [k for k, v in hand_coded[field].items() if pd.notna(v) and k not in have]
        assert not missing, f"{table}.{field}: years without an event_dates row: {missing[:5]}"
    for field, date in DATE.items():
        if date not in t or field not in set(e.field):
            continue
        day = e[(e.field == field) & (e.precision == "day")].set_index("key")["event"]
        found = t[date].dropna()
        assert found.to_dict() == day.to_dict(), f"{table}.{date} is not the set of day-precision events"


def test_memberships_end_with_their_organization():
    m = _table("memberships", "memberships")
    o = _table("organizations", "organizations").set_index("org_id")
    dissolved = pd.to_numeric(m["org_id"].map(o["dissolved"]))
    founded = pd.to_numeric(m["org_id"].map(o["founded"]))
    end, start = pd.to_numeric(m["end"]), pd.to_numeric(m["start"])
    late = m[(dissolved.notna() & (end.isna() | (end > dissolved))).to_numpy()]
    early = m[(start < founded).fillna(False).to_numpy()]
    assert late.empty, f"memberships after their organization's last year:\n{late.head(10).to_string()}"
    assert early.empty, f"memberships before their organization's founding:\n{early.head(10).to_string()}"


def test_dissolution_rule_on_a_small_case():
    orgs = pd.DataFrame({"org_id": ["a", "b"], "dissolved": [1993, 2001],
                         "dissolved_event": ["1994-12-08", pd.NA]})
    mems = pd.DataFrame({"org_id": ["a", "a", "a", "a", "b"],
                         "end": ["1994", "1993", "1990", pd.NA, "2001"],
                         "end_event": [pd.NA, pd.NA, pd.NA, pd.NA, pd.NA],
                         "end_date": [pd.NA] * 5, "note": ["Founder.", pd.NA, "left", pd.NA, pd.NA]})
    mems.loc[2, "end_event"] = "1991-03-01"  # an own exit event is never replaced
    out = with_dissolution_ends(mems, orgs)
    # typed 1994 (the calendar year of the dissolution) and 1993 (the organization's last year) take the event
    assert out["end"].tolist()[:2] == [1993, 1993]
    assert out["end_date"].tolist()[:2] == ["1994-12-08", "1994-12-08"]
    assert out.at[0, "note"] == f"Founder. {DISSOLUTION_NOTE}" and out.at[1, "note"] == DISSOLUTION_NOTE
    # an own event, an open spell and an organization whose dissolution is undated are left alone
    assert out.at[2, "end"] == "1990" and out.at[2, "end_event"] == "1991-03-01" and out.at[2, "note"] == "left"
    assert pd.isna(out.at[3, "end"]) and pd.isna(out.at[3, "end_event"])
    assert out.at[4, "end"] == "2001" and pd.isna(out.at[4, "end_event"])


def test_shipped_memberships_follow_the_dissolution_rule(events):
    m = _table("memberships", "memberships")
    o = _table("organizations", "organizations").set_index("org_id")
    m.index = m[KEYS["memberships"]].agg("|".join, axis=1)
    org_events = events[(events.table == "organizations") & (events.field == "dissolved")].set_index("key")
    ends = events[(events.table == "memberships") & (events.field == "end")].set_index("key")
    ruled = m[m["note"].fillna("").str.contains(DISSOLUTION_NOTE, regex=False)]
    assert len(ruled) >= 20
    for k, r in ruled.iterrows():
        org = org_events.loc[r.org_id]
        assert org.precision != "coded_year", k
        assert ends.at[k, "event"] == org.event and r["end"] == o.at[r.org_id, "dissolved"], k
    # no membership is left with a hand-typed year at or after the last year of an organization whose end is dated
    typed = ends[ends.precision.isin(["coded_year", "cow_igo_year"])]
    dated = org_events[org_events.precision != "coded_year"]
    org_of = m.loc[typed.index, "org_id"]
    missed = [k for k, oid in org_of.items() if oid in dated.index
              and int(typed.at[k, "year"]) >= int(dated.at[oid, "year"])]
    assert not missed, f"memberships the dissolution rule should have dated: {missed[:5]}"


def test_every_undated_end_says_so_in_its_note(events):
    undated = events[(events.rule == "end") & (events.precision == "coded_year")]
    assert len(undated) > 0
    for table, rows in undated.groupby("table"):
        t = _table(FOLDER[table], table)
        t.index = t[KEYS[table]].agg("|".join, axis=1)
        notes = t.loc[rows.key, "note"].fillna("")
        silent = notes[~notes.str.contains("End year not dated by a source", regex=False)]
        assert silent.empty, f"{table}: undated ends without the note: {list(silent.index[:5])}"


def test_cow_igo_years_are_cows_last_year_of_the_membership(events):
    """Every end marked ``cow_igo_year`` is the last year COW IGO v3 codes that state a member (any status)."""
    cow = _table("igo", "igo_memberships")
    years = {(int(r.ionum), int(r.ccode), y) for r in cow.itertuples()
             for y in range(int(r.start), int(r.end) + 1)}
    m = _table("memberships", "memberships")
    m.index = m[KEYS["memberships"]].agg("|".join, axis=1)
    ionum = _table("organizations", "organizations").set_index("org_id")["cow_igo_id"]
    marked = events[(events.table == "memberships") & (events.precision == "cow_igo_year")]
    assert len(marked) >= 40
    for k, ev in marked.iterrows():
        r = m.loc[ev.key]
        io, cc, y = int(ionum[r.org_id]), int(r.ccode), int(ev.year)
        assert ev.field == "end" and pd.isna(ev.event) and y < 2014, ev.key
        assert (io, cc, y) in years and (io, cc, y + 1) not in years, ev.key
        assert "cow_igo_v3" in r.source and "COW IGO v3 codes it" in r.note, ev.key


def test_cow_igo_end_rule_on_a_small_case(monkeypatch):
    monkeypatch.syspath_prepend(str(DATASETS / "build"))
    import importlib

    build_cases = importlib.import_module("build_cases")
    orgs = pd.DataFrame({"org_id": ["a", "b"], "cow_igo_id": ["7", pd.NA]})
    cow = pd.DataFrame({"ionum": [7, 7, 7], "ccode": [2, 20, 40], "start": [1970, 1970, 1990],
                        "end": [1980, 2014, 2000]})
    mems = pd.DataFrame({
        "org_id": ["a", "a", "a", "a", "a", "b"],
        "ccode": ["2", "2", "20", "40", "40", "2"],
        "end": ["1980", "1979", "2014", "2000", "2000", "1980"],
        "end_event": [pd.NA, pd.NA, pd.NA, pd.NA, "2000-05-01", pd.NA],
        "source": ["cow_igo_v3", "cow_igo_v3", "cow_igo_v3", "treaty", "cow_igo_v3", "cow_igo_v3"],
        "_coded": [True] * 6})
    got = build_cases.cow_igo_ends(mems, orgs, cow).tolist()
    # COW's last year; not COW's last year (COW goes on); COW's coverage ends, not the membership;
    # the row does not cite COW; the end is dated; the organization is not in COW
    assert got == [True, False, False, False, False, False]
    marked = build_cases.mark_cow_years(mems.assign(note=["left.", pd.NA, "", "", "", ""]),
                                        pd.Series(got))
    assert marked.at[0, "note"] == "left. " + build_cases.COW_YEAR_NOTE + "."
    assert marked["_cow_year"].tolist() == got
