"""The project's one date rule: event dates to the years in which a status holds.

The hand-coded tables record **events** (a member joined, left, was
suspended; an organization was founded or dissolved; an agreement was signed,
entered into force, ended; a state became or ceased to be a party) with the
precision their source supports: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
Their year columns are derived from those events by one rule:

    a status holds in year *t* if and only if it holds on 31 December of *t*.

So a status that begins at any time in *t* first holds in *t*; a status that
ends on a day of *t* other than 31 December last holds in *t - 1*, and one
that ends on 31 December of *t* last holds in *t*. An end known only to the
month or the year (``YYYY-MM``, ``YYYY``) cannot be shown to fall on
31 December, so it last holds in *t - 1* as well (a 31 December end must be
dated to the day). A status that begins and ends between two 31 Decembers
(e.g. a suspension from March to October of one year) holds in no year.

The build (``datasets/build``) and the tests use these functions, so the
shipped year columns and the check of them cannot disagree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

__all__ = [
    "EventDate",
    "DISSOLUTION_NOTE",
    "day_dates",
    "end_year",
    "end_years",
    "holds_in_no_year",
    "parse_event",
    "start_year",
    "start_years",
    "with_dissolution_ends",
    "year_disagreements",
]

_EVENT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class EventDate:
    """An event date with the precision its source gives.

    Attributes
    ----------
    year : int
    month : int or None
        None when the source gives the year only.
    day : int or None
        None when the source gives no day.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """``'day'``, ``'month'`` or ``'year'``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def is_31_december(self) -> bool:
        """Whether the event is dated to the day 31 December."""
        return self.month == 12 and self.day == 31

    def __str__(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def parse_event(text: object) -> EventDate | None:
    """Read an event date written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Parameters
    ----------
    text : str or None
        The cell; empty, None or NA give None.

    Returns
    -------
    EventDate or None

    Raises
    ------
    ValueError
        If the text is not one of the three forms or not a calendar date.

    Examples
    --------
    >>> parse_event("2002-05-14").precision
    'day'
    >>> str(parse_event("1999-04"))
    '1999-04'
    >>> parse_event("") is None
    True
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return None
    s = str(text).strip()
    if not s:
        return None
    m = _EVENT.match(s)
    if m is None:
        raise ValueError(f"event date {s!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"event date {s!r}: month out of range")
    if day is not None:
        date(year, int(month), int(day))  # raises ValueError for an impossible day
    return EventDate(year, None if month is None else int(month), None if day is None else int(day))


def start_year(event: EventDate | str) -> int:
    """The first year in which a status that begins at ``event`` holds (on 31 December).

    Examples
    --------
    >>> start_year("2002-05-14"), start_year("2002-12"), start_year("2002")
    (2002, 2002, 2002)
    """
    ev = parse_event(event) if isinstance(event, str) else event
    if ev is None:
        raise ValueError("start_year needs an event date")
    return ev.year


def end_year(event: EventDate | str) -> int:
    """The last year in which a status that ends at ``event`` holds (on 31 December).

    Examples
    --------
    >>> end_year("2005-06-30"), end_year("2005-12-31"), end_year("2005-12"), end_year("2005")
    (2004, 2005, 2004, 2004)
    """
    ev = parse_event(event) if isinstance(event, str) else event
    if ev is None:
        raise ValueError("end_year needs an event date")
    return ev.year if ev.is_31_december else ev.year - 1


def holds_in_no_year(start: EventDate | str, end: EventDate | str) -> bool:
    """Whether a status from ``start`` to ``end`` holds on no 31 December.

    Examples
    --------
    >>> holds_in_no_year("2012-03-23", "2012-10-24")
    True
    >>> holds_in_no_year("2012-03-23", "2013-01-05")
    False
    """
    return end_year(end) < start_year(start)


def _years(events: pd.Series, fn) -> pd.Series:
    out = [pd.NA if ev is None else fn(ev) for ev in map(parse_event, events)]
    return pd.Series(out, index=events.index, dtype="Int64")


def start_years(events: pd.Series) -> pd.Series:
    """:func:`start_year` of every cell (NA where the cell is empty), as ``Int64``.

    Examples
    --------
    >>> start_years(pd.Series(["1991-12-21", "", "1994"])).tolist()
    [1991, <NA>, 1994]
    """
    return _years(events, start_year)


def end_years(events: pd.Series) -> pd.Series:
    """:func:`end_year` of every cell (NA where the cell is empty), as ``Int64``.

    Examples
    --------
    >>> end_years(pd.Series(["2005-06-30", None, "2001-12-31"])).tolist()
    [2004, <NA>, 2001]
    """
    return _years(events, end_year)


def day_dates(events: pd.Series) -> pd.Series:
    """The events dated to the day, as text ``YYYY-MM-DD``; NA for coarser or empty ones.

    Examples
    --------
    >>> day_dates(pd.Series(["2005-06-30", "2005-06", "2005", None])).tolist()
    ['2005-06-30', <NA>, <NA>, <NA>]
    """
    out = []
    for ev in map(parse_event, events):
        out.append(str(ev) if ev is not None and ev.precision == "day" else pd.NA)
    return pd.Series(out, index=events.index, dtype="object")


def year_disagreements(frame: pd.DataFrame, *, year: str, event: str, kind: str) -> pd.DataFrame:
    """Rows whose ``year`` column disagrees with the date rule applied to their ``event`` column.

    Parameters
    ----------
    frame : DataFrame
        A table with the two columns.
    year : str
        The year column (e.g. ``"end"``).
    event : str
        The event column (text ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty where no event is known).
    kind : {"start", "end"}
        Whether the event begins the status (:func:`start_year`) or ends it (:func:`end_year`).

    Returns
    -------
    DataFrame
        The offending rows with two added columns, ``expected`` (the year by the rule) and ``found``.

    Examples
    --------
    >>> t = pd.DataFrame({"end": [2004, 2005], "end_event": ["2005-06-30", "2005-06-30"]})
    >>> year_disagreements(t, year="end", event="end_event", kind="end")[["expected", "found"]]
       expected  found
    1      2004   2005
    """
    if kind not in ("start", "end"):
        raise ValueError("kind must be 'start' or 'end'")
    expected = (start_years if kind == "start" else end_years)(frame[event])
    found = pd.to_numeric(frame[year], errors="coerce").astype("Int64")
    bad = (expected.notna() & (found.isna() | (expected != found))).fillna(False)
    out = frame[bad.to_numpy()].copy()
    out["expected"] = expected[bad]
    out["found"] = found[bad]
    return out


DISSOLUTION_NOTE = ("End: the organization's dissolution (rule: a membership whose hand-coded last year is the "
                    "organization's last year or later ends on the organization's dated dissolution)")


def with_dissolution_ends(memberships: pd.DataFrame, organizations: pd.DataFrame) -> pd.DataFrame:
    """Give the memberships that end with their organization the organization's dissolution date.

    The rule: a membership whose end is a year typed by hand (no event date of its own) and that year is the
    organization's last year or later (the membership lasted until the organization was dissolved or
    transformed) ends at the organization's ``dissolved_event``, where that event is dated by a source. Its
    year then follows from that date by :func:`end_year`, and ``note`` says so (:data:`DISSOLUTION_NOTE`).
    Memberships whose organization's dissolution is itself undated keep their typed year.

    Parameters
    ----------
    memberships : DataFrame
        Columns ``org_id``, ``end`` (the typed or derived last year, text or number), ``end_event`` (the exit
        event, empty where none is known), ``end_date`` and ``note``.
    organizations : DataFrame
        Columns ``org_id``, ``dissolved`` (the last year, derived from ``dissolved_event`` by the date rule)
        and ``dissolved_event`` (empty where the dissolution is not dated).

    Returns
    -------
    DataFrame
        A copy of ``memberships`` with ``end`` (the year by the date rule), ``end_event``, ``end_date`` (the
        event where dated to the day) and ``note`` set on the rows the rule covers.

    Examples
    --------
    >>> orgs = pd.DataFrame({"org_id": ["cau"], "dissolved": [1997], "dissolved_event": ["1998-07-17"]})
    >>> mems = pd.DataFrame({"org_id": ["cau", "cau", "cau"], "end": ["1997", "1996", pd.NA],
    ...                      "end_event": [None, None, None], "end_date": [None, None, None],
    ...                      "note": [None, "left", None]})
    >>> out = with_dissolution_ends(mems, orgs)
    >>> out.loc[0, ["end", "end_event", "end_date"]].tolist()
    [1997, '1998-07-17', '1998-07-17']
    >>> out.at[1, "end"], out.at[1, "note"], pd.isna(out.at[2, "end"])
    ('1996', 'left', True)
    >>> out.at[0, "note"] == DISSOLUTION_NOTE
    True
    """
    out = memberships.copy()
    org = organizations.set_index("org_id")
    event = out["org_id"].map(org["dissolved_event"])
    last = pd.to_numeric(out["org_id"].map(org["dissolved"]), errors="coerce")
    typed = pd.to_numeric(out["end"], errors="coerce")
    own = out["end_event"].notna() if "end_event" in out else pd.Series(False, index=out.index)
    hit = (typed.notna() & ~own & event.notna() & (typed >= last)).fillna(False).to_numpy()
    if not hit.any():
        return out
    ev = event[hit]
    new = {"end": end_years(ev).astype(object), "end_event": ev, "end_date": day_dates(ev),
           "note": pd.Series([DISSOLUTION_NOTE if pd.isna(n) else f"{n} {DISSOLUTION_NOTE}" if str(n).endswith(".")
                              else f"{n}; {DISSOLUTION_NOTE}" for n in out.loc[hit, "note"]], index=ev.index)}
    for col, values in new.items():
        out[col] = pd.Series([values[i] if i in values.index else v for i, v in zip(out.index, out[col])],
                             index=out.index, dtype=object)
    return out
