"""Choice dimensions of a multiverse: named case sets, year windows, control sets,
operationalizations with their expected signs, and the enumeration of
specifications.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from regionalism._shared.constants import CONTINENTAL_REGIONS
__all__ = ["CaseSet", "CASE_SETS", "CONTINENTS", "HYPOTHESIS_DIMENSIONS", "DIMENSIONS",
           "specifications", "years_label"]

#: Continent-level regions of the region-year panel (defined once, in
#: :mod:`regionalism._shared.constants`). They overlap with the sub-regions
#: (``africa`` contains ``west_africa``), so "no_continents" keeps only the
#: sub-continental regions.
CONTINENTS = CONTINENTAL_REGIONS

_EUROPE = ("europe", "eastern_europe", "northern_europe", "southern_europe", "western_europe")
_AFRICA = ("africa", "sub_saharan_africa", "central_africa", "east_africa", "horn_of_africa",
           "north_africa", "north_africa_m49", "southern_africa", "west_africa")

#: Hypothesis dimensions and the hypothesis (code in :data:`regionalism.study.hypotheses`)
#: whose operationalizations they hold.
HYPOTHESIS_DIMENSIONS: dict[str, str] = {"regime": "H1", "external": "H2", "leadership": "H3",
                                         "demand": "H4"}

#: All choice dimensions, in the order used in result tables.
DIMENSIONS = ("outcome", "regime", "leadership", "external", "demand", "model", "cov", "cases",
              "years", "controls")


@dataclass(frozen=True)
class CaseSet:
    """A named set of regions (cases) to estimate on.

    Attributes
    ----------
    name : str
        Label used in result tables.
    exclude : tuple of str
        Regions (values of the unit column, e.g. ``region_id``) to drop.
    include : tuple of str or None
        If given, keep only these regions (before ``exclude``).
    description : str
        One line saying what the set is for.

    Examples
    --------
    >>> cs = CaseSet("no_gulf", exclude=("gulf",), description="without the Gulf")
    >>> cs.select(["gulf", "south_asia"])
    ['south_asia']
    """

    name: str
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] | None = None
    description: str = ""

    def select(self, units: Iterable[Any]) -> list[Any]:
        """The units (in the given order) that belong to the set."""
        keep = set(self.include) if self.include is not None else None
        drop = set(self.exclude)
        return [u for u in units if (keep is None or u in keep) and u not in drop]


#: Named case sets. Regions of the real panel overlap (continents contain
#: sub-regions), so "all" counts a state in several regions.
CASE_SETS: dict[str, CaseSet] = {cs.name: cs for cs in (
    CaseSet("all", description="every region in the panel (continents and sub-regions overlap)"),
    CaseSet("no_continents", exclude=CONTINENTS,
            description="without the continent-level regions " + ", ".join(CONTINENTS)),
    CaseSet("continents_only", include=CONTINENTS,
            description="only the continent-level regions " + ", ".join(CONTINENTS)),
    CaseSet("drop_europe", exclude=_EUROPE,
            description="without the European regions " + ", ".join(_EUROPE)
            + " (the most institutionalized cases)"),
    CaseSet("drop_africa", exclude=_AFRICA,
            description="without the African regions " + ", ".join(_AFRICA)),
)}


def years_label(years: tuple[int, int] | None) -> str:
    """``"1991-2019"`` for ``(1991, 2019)``; ``"all"`` for ``None``."""
    if years is None:
        return "all"
    return f"{int(years[0])}-{int(years[1])}"


@dataclass
class Choices:
    """Resolved options of every dimension (what the workers need to build a fit).

    ``case_sets``, ``year_windows`` and ``control_sets`` map the labels in the
    specification table to their definitions; ``expected_signs`` maps
    (dimension, column) to +1/-1 (or 0 when unknown).
    """

    case_sets: dict[str, CaseSet] = field(default_factory=dict)
    year_windows: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    control_sets: dict[str, list[str]] = field(default_factory=dict)
    expected_signs: dict[tuple[str, str], int] = field(default_factory=dict)


def _as_options(value: Any, name: str) -> list[Any]:
    if isinstance(value, (str, tuple)) or value is None or not isinstance(value, Sequence):
        return [value]
    if len(value) == 0:
        raise ValueError(f"{name}=[] has no options; give at least one (use [None] to leave "
                         "the variable out)")
    return list(value)


def _resolve_case(option: Any) -> CaseSet:
    if isinstance(option, CaseSet):
        return option
    if isinstance(option, str):
        if option not in CASE_SETS:
            raise ValueError(f"unknown case set {option!r}; named sets are {sorted(CASE_SETS)}, "
                             "or pass a CaseSet(name, exclude=..., include=...)")
        return CASE_SETS[option]
    raise TypeError(f"a cases option must be a case-set name or a CaseSet, got {option!r}")


def _resolve_years(option: Any) -> tuple[str, tuple[int, int] | None]:
    if option is None or option == "all":
        return "all", None
    if isinstance(option, str) and "-" in option:
        a, b = option.split("-", 1)
        option = (int(a), int(b))
    if (isinstance(option, Sequence) and len(option) == 2
            and all(isinstance(v, (int,)) or hasattr(v, "__index__") for v in option)):
        lo, hi = int(option[0]), int(option[1])
        if lo > hi:
            raise ValueError(f"year window {option!r} starts after it ends")
        return years_label((lo, hi)), (lo, hi)
    raise TypeError(f"a years option must be (first, last), 'first-last' or None, got {option!r}")


def _resolve_controls(controls: Any) -> dict[str, list[str]]:
    if controls is None:
        return {"none": []}
    if isinstance(controls, str):
        return {controls: [controls]}
    if isinstance(controls, Mapping):
        if not controls:
            raise ValueError("controls={} has no control sets")
        return {str(k): ([v] if isinstance(v, str) else list(v or [])) for k, v in controls.items()}
    cols = list(controls)
    return {"+".join(cols) if cols else "none": cols}


def _sign_lookup(bundle: Any) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for dim, code in HYPOTHESIS_DIMENSIONS.items():
        try:
            hyp = bundle[code]
        except KeyError:
            continue
        for op in hyp.operationalizations:
            out[(dim, op.column)] = int(op.expected_sign)
    return out


def is_missing(value: Any) -> bool:
    """``None`` or a float NaN (how pandas may store "variable left out")."""
    return value is None or (isinstance(value, float) and value != value)


def _column_of(option: Any, dim: str, signs: dict[tuple[str, str], int]) -> str | None:
    """Column name of a hypothesis option (str, Operationalization or None)."""
    if is_missing(option):
        return None
    if isinstance(option, str):
        return option
    column = getattr(option, "column", None)
    if column is None:
        raise TypeError(f"a {dim} option must be a column name, an Operationalization or None, "
                        f"got {option!r}")
    signs[(dim, column)] = int(option.expected_sign)
    return str(column)


_PRIMARY = "primary"


def _option_from_record(dim: str, value: Any, choices: Choices) -> Any:
    """Resolve one value of a user-given specification record, registering definitions."""
    if dim in HYPOTHESIS_DIMENSIONS:
        return _column_of(value, dim, choices.expected_signs)
    if dim == "cases":
        if isinstance(value, str) and value in choices.case_sets:
            return value
        cs = _resolve_case(value)
        choices.case_sets.setdefault(cs.name, cs)
        return cs.name
    if dim == "years":
        if isinstance(value, str) and value in choices.year_windows:
            return value
        label, window = _resolve_years(value)
        choices.year_windows[label] = window
        return label
    if dim == "controls":
        if isinstance(value, str) and value in choices.control_sets:
            return value
        if is_missing(value):
            choices.control_sets.setdefault("none", [])
            return "none"
        cols = [value] if isinstance(value, str) else list(value)
        label = "+".join(cols) if cols else "none"
        choices.control_sets[label] = cols
        return label
    if dim in ("model", "cov"):
        return str(value).lower()
    return str(value)


def from_records(records: Any, defaults: pd.DataFrame) -> pd.DataFrame:
    """Specification table from user records (list of dicts or a DataFrame).

    Dimensions missing from a record take the first option of ``defaults``
    (the table :func:`specifications` built from the keyword arguments).
    ``spec_id`` is kept when given (it must be unique), else assigned 0, 1, ...
    """
    if isinstance(records, pd.DataFrame):
        recs = records.to_dict("records")
    else:
        recs = [dict(r) for r in records]
    if not recs:
        raise ValueError("specs is empty: give at least one specification")
    unknown = sorted({k for r in recs for k in r} - set(DIMENSIONS) - {"spec_id"})
    if unknown:
        raise ValueError(f"specification keys {unknown} are not choice dimensions; "
                         f"expected some of {list(DIMENSIONS)}")
    choices: Choices = defaults.attrs["choices"]
    first = defaults.iloc[0]
    rows = []
    for r in recs:
        row = {d: (_option_from_record(d, r[d], choices) if d in r else first[d])
               for d in DIMENSIONS}
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(DIMENSIONS), dtype=object)
    ids = [r.get("spec_id") for r in recs]
    if all(i is not None for i in ids):
        if len(set(ids)) != len(ids):
            raise ValueError("spec_id values in specs must be unique")
        frame.insert(0, "spec_id", [int(i) for i in ids])
    else:
        frame.insert(0, "spec_id", range(len(frame)))
    frame.attrs["choices"] = choices
    return frame


def specifications(
    *,
    outcome: Any = "secreg_exists",
    regime: Any = _PRIMARY,
    leadership: Any = _PRIMARY,
    external: Any = _PRIMARY,
    demand: Any = _PRIMARY,
    model: Any = "ols",
    cov: Any = "cluster",
    cases: Any = "all",
    years: Any = None,
    controls: Any = None,
    bundle: Any = None,
) -> pd.DataFrame:
    """Enumerate every combination of the choice dimensions.

    Parameters
    ----------
    outcome : str or list of str
        Outcome column(s).
    regime, leadership, external, demand : str, Operationalization, None or list
        Operationalizations of the hypotheses H1 (regime), H3 (leadership),
        H2 (external provision) and H4 (functional demand): panel column
        names (expected signs come from ``bundle``), ``Operationalization``
        objects (their own sign), or ``None`` for "variable left out". The
        default ``"primary"`` is the bundle's primary operationalization.
    model : str or list of str
        :func:`regionalism.models.fit` models; ``"lpm"`` is accepted as a
        label for a linear probability model (fitted as ``"ols"``).
    cov : str or list of str
        ``"cluster"`` (CR1) or ``"cr2"``; ``"hc1"``/``"nonrobust"`` only with
        ``allow_unclustered=True`` in :func:`regionalism.spec_curve.multiverse`.
    cases : str, CaseSet or list
        Named case sets (:data:`CASE_SETS`) or :class:`CaseSet` objects.
    years : tuple, None or list of tuples
        Inclusive year windows, e.g. ``[(1946, 2019), (1991, 2019)]``; ``None``
        means all years.
    controls : list of str, dict or None
        Either one fixed list of control columns, or a dict
        ``{label: [columns]}`` whose entries form a choice dimension.
    bundle : HypothesisBundle, optional
        Source of expected signs and of the ``"primary"`` operationalizations
        (e.g. :data:`regionalism.study.hypotheses`, the article's H1-H4).
        Without one, every hypothesis dimension must name its columns (or be
        ``None``) and expected signs are unknown (0).

    Returns
    -------
    pandas.DataFrame
        One row per specification with columns ``spec_id`` and
        ``outcome``, ``regime``, ``leadership``, ``external``, ``demand``
        (column name or ``None``), ``model``, ``cov``, ``cases`` (case-set
        name), ``years`` (label like ``"1991-2019"``), ``controls`` (label).
        The resolved definitions are in ``frame.attrs["choices"]``.

    Examples
    --------
    >>> from regionalism.study import hypotheses
    >>> specs = specifications(regime=["polyarchy_mean", "polyarchy_min"], bundle=hypotheses,
    ...                        cases=["all", "no_continents"], years=[(1946, 2019), (1991, 2019)])
    >>> len(specs), specs.loc[0, "years"]
    (8, '1946-2019')
    """
    signs = _sign_lookup(bundle) if bundle is not None else {}
    choices = Choices(expected_signs=signs)
    options: dict[str, list[Any]] = {}
    options["outcome"] = [str(o) for o in _as_options(outcome, "outcome")]
    for dim, code in HYPOTHESIS_DIMENSIONS.items():
        value = {"regime": regime, "leadership": leadership, "external": external,
                 "demand": demand}[dim]
        if isinstance(value, str) and value == _PRIMARY:
            if bundle is None:
                raise ValueError(
                    f"{dim}='primary' needs a hypothesis bundle: pass bundle= (the article's is "
                    "regionalism.study.hypotheses, which rg.multiverse uses by default), name the "
                    f"{dim} column(s), or pass {dim}=None to leave it out")
            value = bundle[code].primary.column
        options[dim] = [_column_of(v, dim, signs) for v in _as_options(value, dim)]
    options["model"] = [str(m).lower() for m in _as_options(model, "model")]
    options["cov"] = [str(c).lower() for c in _as_options(cov, "cov")]
    case_labels = []
    for c in _as_options(cases, "cases"):
        cs = _resolve_case(c)
        if cs.name in choices.case_sets and choices.case_sets[cs.name] != cs:
            raise ValueError(f"two different case sets are named {cs.name!r}")
        choices.case_sets[cs.name] = cs
        case_labels.append(cs.name)
    options["cases"] = case_labels
    year_labels = []
    for y in _as_options(years, "years"):
        label, window = _resolve_years(y)
        choices.year_windows[label] = window
        year_labels.append(label)
    options["years"] = year_labels
    choices.control_sets = _resolve_controls(controls)
    options["controls"] = list(choices.control_sets)
    for dim, opts in options.items():
        if len(set(map(str, opts))) != len(opts):
            raise ValueError(f"{dim} options contain duplicates: {opts}")
    rows = [dict(zip(DIMENSIONS, combo)) for combo in
            itertools.product(*(options[d] for d in DIMENSIONS))]
    frame = pd.DataFrame(rows, columns=list(DIMENSIONS), dtype=object)
    frame.insert(0, "spec_id", range(len(frame)))
    frame.attrs["choices"] = choices
    return frame
