"""Boolean minimization of truth tables: conservative, parsimonious and intermediate
solutions (Ragin 1987, 2008; Ragin and Sonnett 2005; R QCA ``minimize``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from regionalism.qca.expressions import (
    Implicant,
    format_term,
    parse_literal,
    sort_key,
    term_membership,
)
from regionalism.qca.primes import (
    coverage_matrix,
    essential_implicants,
    minimal_covers,
    prime_implicants,
    prime_implicants_off,
    row_dominance,
)
from regionalism.qca.set_relations import fit_table
from regionalism.qca.sets import (
    check_table_size,
    decode_rows,
    exclusion_rows,
    row_codes,
    term_rows,
)
from regionalism.qca.truth_table import TruthTable, truth_table, truth_table_of_sets

_SOLUTIONS = ("conservative", "parsimonious", "intermediate")
#: up to this many possible rows the remainders are listed for the prime implicant
#: search; above, only the positive and forbidden rows are used
DENSE_REMAINDERS = 1 << 16


@dataclass
class IntermediateStep:
    """One conservative x parsimonious combination (R's ``C1P1``, ``C1P2``...).

    Attributes
    ----------
    label : str
    models : list of list of str
        Intermediate models (terms).
    c_sol, p_sol : list of str
        The conservative and parsimonious models used.
    easy, difficult : DataFrame
        Easy and difficult counterfactuals (remainder rows, index = R row number).
    """

    label: str
    models: list[list[str]]
    c_sol: list[str]
    p_sol: list[str]
    easy: pd.DataFrame
    difficult: pd.DataFrame


class SimplifyingAssumptions(Mapping):
    """Remainders used by each model: model label (``"M1"``...) -> DataFrame.

    A read-only mapping whose frames are built on access (a 16-condition
    table has tens of thousands of remainders and may have hundreds of
    models). Each frame has one column per condition and the R row number
    (1-based) as index ``row``.
    """

    def __init__(self, models: Sequence[Sequence[Implicant]], observed: np.ndarray,
                 conditions: Sequence[str], noflevels: Sequence[int], *,
                 use_remainders: bool = True) -> None:
        self._models = {f"M{i + 1}": list(m) for i, m in enumerate(models)}
        self._observed = np.unique(np.asarray(observed, dtype=np.int64))
        self._conditions = list(conditions)
        self._noflevels = list(noflevels)
        self._use = use_remainders
        self._rows: dict[str, np.ndarray] = {}

    def rows(self, label: str) -> np.ndarray:
        """0-based codes of the remainders used by a model (sorted)."""
        if label not in self._rows:
            model = self._models[label]
            if not model or not self._use:
                self._rows[label] = np.zeros(0, dtype=np.int64)
            else:
                inside = np.unique(np.concatenate([term_rows(t, self._noflevels)
                                                   for t in model]))
                self._rows[label] = np.setdiff1d(inside, self._observed, assume_unique=True)
        return self._rows[label]

    def __getitem__(self, label: str) -> pd.DataFrame:
        rows = self.rows(label)
        return pd.DataFrame(decode_rows(rows, self._noflevels), columns=self._conditions,
                            index=pd.Index(rows + 1, name="row"))

    def __iter__(self):
        return iter(self._models)

    def __len__(self) -> int:
        return len(self._models)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{k}: {self.rows(k).size}" for k in self._models)
        return f"SimplifyingAssumptions({{{sizes}}})"


@dataclass
class QCASolution:
    """Result of :func:`minimize`.

    Attributes
    ----------
    solutions : list of str
        Each model as an R QCA expression (``"A*~B + C"``).
    models : list of list of str
        Each model as its list of terms.
    prime_implicants : list of str
        Rows of the prime implicant chart.
    pi_chart : DataFrame of bool
        Prime implicants x positive truth-table rows (R row numbers).
    essential : list of str
        Prime implicants present in every model (R's ``essential``; with a
        single model, all its terms).
    fit : DataFrame
        Parameters of fit per term and per model (see
        :func:`regionalism.qca.set_relations.fit_table`).
    simplifying_assumptions : SimplifyingAssumptions
        Read-only mapping, model label -> DataFrame of the remainders each
        model uses (built on access).
    intermediate : list of IntermediateStep
        Details of intermediate solutions (empty otherwise).

    Examples
    --------
    >>> import pandas as pd
    >>> from regionalism import qca
    >>> df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]},
    ...                   index=["a", "b", "c", "d"])
    >>> sol = qca.minimize(df, outcome="Y")
    >>> sol.solution_type, sol.solutions, sol.essential
    ('conservative', ['A'], ['A'])
    """

    solution_type: str
    outcome: str
    conditions: list[str]
    models: list[list[str]]
    prime_implicants: list[str]
    pi_chart: pd.DataFrame
    essential: list[str]
    fit: pd.DataFrame
    simplifying_assumptions: Mapping[str, pd.DataFrame]
    truth_table: TruthTable
    intermediate: list[IntermediateStep] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def solutions(self) -> list[str]:
        return [" + ".join(m) for m in self.models]

    def to_frame(self) -> pd.DataFrame:
        """Fit table (one row per term and per model)."""
        return self.fit.copy()

    def tidy(self) -> pd.DataFrame:
        """Long table: one row per model x term with the fit of the term.

        Returns
        -------
        DataFrame
            Columns ``model``, ``term``, ``inclS``, ``PRI``, ``covS``, ``covU``
            (unique coverage within the model), ``essential``.
        """
        rows = []
        for i, m in enumerate(self.models):
            label = f"M{i + 1}"
            ucol = f"covU({label})" if f"covU({label})" in self.fit.columns else "covU"
            for t in m:
                f = self.fit.loc[t]
                rows.append({"model": label, "term": t, "inclS": f["inclS"], "PRI": f["PRI"],
                             "covS": f["covS"], "covU": f[ucol],
                             "essential": t in self.essential})
        return pd.DataFrame(rows)

    def __str__(self) -> str:
        lines = []
        if self.intermediate:
            lines.append("From " + ", ".join(s.label for s in self.intermediate) + ":\n")
        for i, s in enumerate(self.solutions):
            lines.append(f"M{i + 1}: {s} -> {self.outcome}")
        fit = self.fit.copy()
        num = fit.select_dtypes("number").columns
        fit[num] = fit[num].round(3)
        lines.append("")
        lines.append(fit.astype(object).where(fit.notna(), "").to_string())
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (f"QCASolution({self.solution_type}, outcome={self.outcome!r}, "
                f"solutions={self.solutions})")


def _as_truth_table(data: pd.DataFrame | TruthTable, outcome: str | None,
                    conditions: Sequence[str] | None, incl_cut, n_cut: int, pri_cut: float,
                    neg_out: bool) -> TruthTable:
    if isinstance(data, TruthTable):
        return data
    if outcome is None:
        raise ValueError("minimize() on a DataFrame needs `outcome=`")
    return truth_table(data, outcome=outcome, conditions=conditions, incl_cut=incl_cut,
                       n_cut=n_cut, pri_cut=pri_cut, neg_out=neg_out, complete=False)


def _rows_with(tt: TruthTable, outs: Sequence[str]) -> np.ndarray:
    """0-based codes of the rows whose OUT is among ``outs`` (observed rows only)."""
    t = tt.table
    return np.sort(t.index.to_numpy()[t["OUT"].isin(list(outs)).to_numpy()] - 1).astype(np.int64)


def _row_cases(tt: TruthTable) -> dict[int, str]:
    codes = row_codes(tt.sets)
    names = np.array(tt.sets.cases, dtype=object)
    return {int(r): ",".join(names[codes == r]) for r in np.unique(codes[codes >= 0])}


def _include_set(include: str | Sequence[str] | None) -> set[str]:
    if include is None:
        return set()
    items = list(include) if isinstance(include, str) else [str(i) for i in include]
    bad = set(items) - {"?", "C", ",", " "}
    if bad:
        raise ValueError(f"include may contain '?' (remainders) and 'C' (contradictions), "
                         f"got {include!r}")
    return set(items) & {"?", "C"}


def parse_dir_exp(dir_exp: str | Sequence[str] | Mapping[str, Any], conditions: Sequence[str],
                  noflevels: Sequence[int]) -> list[set[int] | None]:
    """Directional expectations per condition.

    Parameters
    ----------
    dir_exp : str, list of str or dict
        ``["DEMOC", "~NATPRIDE"]`` or ``"DEMOC, ~NATPRIDE"`` (R's
        ``c(DEMOC, ~NATPRIDE)``); multi-value ``"X[2]"``; conjunctions
        such as ``"~LIT*IND"`` are conjunctural expectations, returned by
        :func:`conjunctural_dir_exp`, not here. A dict maps a
        condition to the expected value(s) (``1``, ``0``, ``"-"`` for don't
        care, or a list of values).

    Returns
    -------
    list
        Per condition, the set of expected values, or None (don't care).
    """
    out: list[set[int] | None] = [None] * len(conditions)
    if isinstance(dir_exp, Mapping):
        for name, val in dir_exp.items():
            if name not in conditions:
                raise ValueError(f"dir_exp names unknown condition {name!r}")
            j = list(conditions).index(name)
            if isinstance(val, str) and val.strip() in ("-", "dc"):
                continue
            vals = val if isinstance(val, (list, tuple, set)) else [val]
            out[j] = {int(v) for v in vals}
        return out
    for item in _dir_items(dir_exp):
        if "*" in item:
            continue  # a conjunctural expectation: see conjunctural_dir_exp
        j, v = parse_literal(item, conditions, noflevels)
        if out[j] is None:
            out[j] = set()
        out[j].add(v)  # type: ignore[union-attr]
    return out


def _dir_items(dir_exp: str | Sequence[str]) -> list[str]:
    items = dir_exp.split(",") if isinstance(dir_exp, str) else list(dir_exp)
    return [str(i).strip() for i in items if str(i).strip()]


def conjunctural_dir_exp(dir_exp: str | Sequence[str] | Mapping[str, Any],
                         conditions: Sequence[str], noflevels: Sequence[int]
                         ) -> list[dict[int, int]]:
    """Conjunctural directional expectations (``"~LIT*IND"``): condition index -> value.

    Examples
    --------
    >>> conjunctural_dir_exp("A, ~B*C", ["A", "B", "C"], [2, 2, 2])
    [{1: 0, 2: 1}]
    """
    if isinstance(dir_exp, Mapping):
        return []
    out = []
    for item in _dir_items(dir_exp):
        if "*" in item:
            out.append(dict(parse_literal(lit, conditions, noflevels)
                            for lit in item.split("*") if lit.strip()))
    return out


def _easy_mask(vals: np.ndarray, c_terms: Sequence[Implicant], p_terms: Sequence[Implicant],
               expectations: Sequence[set[int] | None],
               conjunctural: Sequence[Mapping[int, int]] = ()) -> np.ndarray:
    """Which remainder rows (``vals``) are easy counterfactuals (R QCA's rule).

    For every conservative term that lies inside a term of the parsimonious
    model, the literals on conditions the parsimonious term drops are removed
    where they contradict the directional expectation (kept where they agree
    with it or the condition has no expectation); a remainder used by the
    parsimonious model is easy when it lies inside one of these reduced terms.
    With conjunctural expectations R's C code recomputes the reduced term
    from the conservative one for each of them (the last one decides), and
    drops the dropped-by-parsimony literals of a conjunctural expectation
    that the term does not fully agree with; this is reproduced.
    """
    vals = np.asarray(vals, dtype=np.int64).reshape(len(vals), -1)
    easy = np.zeros(vals.shape[0], dtype=bool)
    for comp in c_terms:
        for pars in p_terms:
            if any(p != -1 and p != c for p, c in zip(pars, comp)):
                continue
            res = list(comp)
            for j, v in enumerate(comp):
                exp = expectations[j]
                if v != -1 and pars[j] == -1 and exp is not None and v not in exp:
                    res[j] = -1  # a literal against the expectation is dropped
            for cde in conjunctural:
                res = list(comp)
                free = [j for j in cde if comp[j] != -1 and pars[j] == -1]
                if not all(cde[j] == comp[j] for j in free):
                    for j in free:
                        res[j] = -1
            ok = np.ones(vals.shape[0], dtype=bool)
            for j, v in enumerate(res):
                if v != -1:
                    ok &= vals[:, j] == v
            easy |= ok
    return easy


def _primes(on: np.ndarray, off: np.ndarray, dc: np.ndarray, noflevels: Sequence[int],
            remainders: bool) -> list[Implicant]:
    """Prime implicants of the positive rows ``on``: with ``remainders`` every row that
    is not in ``off`` is a don't-care, otherwise only the rows in ``dc``."""
    if not remainders:
        return prime_implicants(on, dc, noflevels)
    total = check_table_size(noflevels)
    if total <= DENSE_REMAINDERS:
        rest = np.setdiff1d(np.arange(total), np.union1d(on, off))
        return prime_implicants(on, rest, noflevels)
    return prime_implicants_off(on, off, noflevels)


def _solve(on: np.ndarray, off: np.ndarray, dc: np.ndarray, noflevels: Sequence[int],
           row_dom: bool, all_sol: bool, remainders: bool = False
           ) -> tuple[list[Implicant], np.ndarray, list[tuple[int, ...]], list[int]]:
    pis = _primes(on, off, dc, noflevels, remainders)
    on_vals = decode_rows(on, noflevels)
    chart = coverage_matrix(pis, on_vals)
    if row_dom and len(pis) > 1:
        keep = row_dominance(chart)
        pis = [pis[i] for i in keep]
        chart = chart[keep]
    covers = minimal_covers(chart, all_sol=all_sol)
    return pis, chart, covers, essential_implicants(chart)


def minimize(data: pd.DataFrame | TruthTable, *, outcome: str | None = None,
             conditions: Sequence[str] | None = None, solution: str | None = None,
             include: str | Sequence[str] | None = None,
             dir_exp: str | Sequence[str] | Mapping[str, Any] | None = None,
             incl_cut: float | Sequence[float] = 1, n_cut: int = 1, pri_cut: float = 0,
             neg_out: bool = False, row_dom: bool = False,
             all_sol: bool = False,
             exclude: Sequence[int] | str | None = None,
             details: bool = False) -> QCASolution:
    """Minimize a truth table (Quine-McCluskey, exact minimal covers).

    Parameters
    ----------
    data : DataFrame or TruthTable
        Calibrated data (a truth table is built with the cut-offs below) or a
        truth table from :func:`regionalism.qca.truth_table`.
    outcome, conditions : see :func:`regionalism.qca.truth_table`
    solution : {"conservative", "parsimonious", "intermediate"}, optional
        Default: "intermediate" when ``dir_exp`` is given, "parsimonious"
        when ``include`` contains "?", else "conservative".
    include : str, optional
        R's ``include``: ``"?"`` lets remainders enter the minimization,
        ``"C"`` contradictions.
    dir_exp : list of str or dict, optional
        Directional expectations for the intermediate solution, e.g.
        ``["DEMOC", "~NATPRIDE"]`` (R's ``dir.exp = c(DEMOC, ~NATPRIDE)``).
    incl_cut, n_cut, pri_cut, neg_out : see :func:`regionalism.qca.truth_table`
    row_dom : bool
        Remove dominated prime implicants before solving the chart.
    all_sol : bool
        Return all irredundant models, not only those with the fewest
        prime implicants.
    exclude : sequence of int or str, optional
        Remainders that may not be used as simplifying assumptions (R's
        ``exclude``; Enhanced Standard Analysis): R row numbers (1-based),
        e.g. from :func:`regionalism.qca.find_rows`, or a sum-of-products
        expression whose remainders are excluded. They are coded OUT = 0.
    details : bool
        Add to ``.fit`` a ``DCC`` column per term: deviant cases consistency
        in kind, the cases with membership above 0.5 in the term and below
        0.5 in the outcome (the ``cases`` column lists the covered cases of
        the positive rows in any case).

    Returns
    -------
    QCASolution
        ``.solutions`` (list of str), ``.fit`` (DataFrame), ``.pi_chart``,
        ``.essential``, ``.simplifying_assumptions``, ``.intermediate``.

    Notes
    -----
    Prime implicants are generated from the positive rows (OUT = 1) plus,
    for the parsimonious and intermediate solutions, the remainders. The
    chart's columns are the positive rows; all covers with the minimum
    number of prime implicants are returned (several models = model
    ambiguity). Intermediate solutions follow Ragin and Sonnett (2005) as R's
    QCA computes them: for each conservative term inside a term of the
    parsimonious model, the literals that the parsimonious term drops are
    removed where they contradict the directional expectation; the
    remainders of the parsimonious model inside these reduced terms are the
    easy counterfactuals, and the positive rows plus the easy counterfactuals
    are minimized again.

    References
    ----------
    Ragin, C. C. and Sonnett, J. (2005). Between complexity and parsimony.
    In *Vergleichen in der Politikwissenschaft*, 180-197.
    Dusa, A. (2019). *QCA with R*. Springer, ch. 8.

    Examples
    --------
    >>> df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]},
    ...                   index=list("abcd"))
    >>> minimize(df, outcome="Y").solutions
    ['A']
    """
    tt = _as_truth_table(data, outcome, conditions, incl_cut, n_cut, pri_cut, neg_out)
    inc = _include_set(include)
    if solution is None:
        solution = "intermediate" if dir_exp is not None else (
            "parsimonious" if "?" in inc else "conservative")
    if solution not in _SOLUTIONS:
        raise ValueError(f"solution must be one of {_SOLUTIONS}, got {solution!r}")
    if solution in ("parsimonious", "intermediate"):
        inc.add("?")
    if solution == "intermediate" and dir_exp is None:
        raise ValueError("the intermediate solution needs directional expectations `dir_exp`")
    if exclude is not None:
        o = tt.options
        rows = exclusion_rows(exclude, tt.conditions, tt.noflevels)
        tt = truth_table_of_sets(tt.sets, incl_cut=o["incl_cut"], n_cut=o["n_cut"],
                                 pri_cut=o["pri_cut"], complete=o["complete"],
                                 exclude=sorted(set(o.get("exclude", [])) | set(rows)))
    noflevels = tt.noflevels
    conds = tt.conditions
    on = _rows_with(tt, ["1"])
    if on.size == 0:
        raise ValueError(f"no truth-table row has OUT = 1 for {tt.outcome}; nothing to "
                         "minimize (lower incl_cut or check the outcome)")
    contra = _rows_with(tt, ["C"])
    off = _rows_with(tt, ["0"] if "C" in inc else ["0", "C"])
    observed = _rows_with(tt, ["0", "1", "C"])
    dc = contra if "C" in inc else np.array([], dtype=np.int64)
    pis, chart, covers, _ = _solve(on, off, dc, noflevels, row_dom, all_sol,
                                   remainders="?" in inc)
    if any(all(v == -1 for v in p) for p in pis):
        raise ValueError("every configuration is used and all conditions are minimized "
                         "(the solution would be the tautology '1', as R's QCA refuses); "
                         "check the truth table")
    row_cases = _row_cases(tt)
    on_vals = decode_rows(on, noflevels)

    def term_cases(t: Implicant) -> str:
        cov = coverage_matrix([t], on_vals)[0]
        return "; ".join(row_cases.get(int(r), "") for r in on[cov])

    def name(t: Implicant) -> str:
        return format_term(t, conds, noflevels)

    models_imp = [[pis[i] for i in c] for c in covers]
    sa = SimplifyingAssumptions(models_imp, observed, conds, noflevels,
                                use_remainders="?" in inc)
    pi_chart = pd.DataFrame(chart, index=[name(p) for p in pis],
                            columns=[str(r + 1) for r in on])
    steps: list[IntermediateStep] = []
    final_models = models_imp
    if solution == "intermediate":
        expectations = parse_dir_exp(dir_exp, conds, noflevels)  # type: ignore[arg-type]
        conjunctural = conjunctural_dir_exp(dir_exp, conds, noflevels)  # type: ignore[arg-type]
        c_pis, _, c_covers, _ = _solve(on, off, np.array([], dtype=np.int64), noflevels,
                                       False, False)
        inter_models: list[list[Implicant]] = []
        solved: dict[tuple[int, ...], list[list[Implicant]]] = {}
        for ci, ccov in enumerate(c_covers):
            c_terms = [c_pis[i] for i in ccov]
            for pj, p_model in enumerate(models_imp):
                sa_j = sa[f"M{pj + 1}"]
                vals = sa_j.to_numpy()
                easy_mask = _easy_mask(vals, c_terms, p_model, expectations, conjunctural)
                ec_rows = sa_j.index.to_numpy()[easy_mask] - 1 if len(vals) else np.array([],
                                                                                         dtype=int)
                key = tuple(sorted(ec_rows.tolist()))
                if key not in solved:  # models sharing their easy counterfactuals
                    i_pis, _, i_covers, _ = _solve(on, off, ec_rows.astype(np.int64),
                                                   noflevels, False, all_sol)
                    solved[key] = [[i_pis[i] for i in cv] for cv in i_covers]
                i_models = solved[key]
                for m in i_models:
                    if m not in inter_models:
                        inter_models.append(m)
                steps.append(IntermediateStep(
                    label=f"C{ci + 1}P{pj + 1}",
                    models=[[name(t) for t in m] for m in i_models],
                    c_sol=[name(t) for t in c_terms], p_sol=[name(t) for t in p_model],
                    easy=sa_j[easy_mask], difficult=sa_j[~easy_mask]))
        final_models = inter_models
    terms = sorted({t for m in final_models for t in m}, key=sort_key)
    fit = fit_table(final_models, tt.sets.X, tt.sets.y, conds, noflevels,
                    cases={t: term_cases(t) for t in terms})
    if details:
        names = np.array(tt.sets.cases, dtype=object)
        deviant = {name(t): ",".join(names[(term_membership(t, tt.sets.X, noflevels) > 0.5)
                                           & (tt.sets.y < 0.5)]) for t in terms}
        fit["DCC"] = [deviant.get(i, np.nan) for i in fit.index]
    return QCASolution(
        solution_type=solution, outcome=tt.outcome, conditions=list(conds),
        models=[[name(t) for t in m] for m in final_models],
        prime_implicants=[name(p) for p in pis], pi_chart=pi_chart,
        essential=[name(p) for p in pis if all(p in m for m in models_imp)], fit=fit,
        simplifying_assumptions=sa,
        truth_table=tt, intermediate=steps,
        options={"include": sorted(inc), "row_dom": row_dom, "all_sol": all_sol,
                 "dir_exp": dir_exp})
