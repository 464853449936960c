"""The article's four explanations of security regionalism as inspectable,
extensible hypothesis bundles, and :func:`test_hypotheses`, which fits them and
reports conventional, cluster-robust, CR2, wild-bootstrap and permutation
p-values side by side.

Column names are the public contract with the region-year panel.
"""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from regionalism.models.fitting import fit
from regionalism.models.inference import permutation_test, wild_cluster_bootstrap
from regionalism.models.tables import Table, frame_to_table
from regionalism.spec_curve.bundle import Hypothesis, HypothesisBundle, Operationalization

__all__ = ["Operationalization", "Hypothesis", "HypothesisBundle", "hypotheses",
           "test_hypotheses", "HypothesisTests", "OUTCOMES"]

#: Outcome columns of the region-year panel: the degree of security regionalism first (the
#: article explains a low degree), then existence, depth of the strongest institution and count.
OUTCOMES = ("secreg_degree", "secreg_exists", "secreg_depth", "secreg_count")


def _op(column: str, sign: int, label: str) -> Operationalization:
    return Operationalization(column, sign, label)


#: The article's four explanations of security regionalism.
hypotheses = HypothesisBundle((
    Hypothesis(
        "H1", "autocratic hesitance",
        "Autocracies shun binding security institutions that could constrain regime "
        "survival; more democratic regions build more security regionalism.",
        _op("polyarchy_mean", +1, "mean V-Dem polyarchy"),
        (_op("polyarchy_min", +1, "least democratic member"),
         _op("polyarchy_median", +1, "median polyarchy"),
         _op("autocracy_share", -1, "share of autocracies"),
         _op("polity2_mean", +1, "mean Polity2"),
         _op("fh_notfree_share", -1, "share Freedom House 'not free'"),
         _op("bmr_democracy_share", +1, "share BMR democracies"))),
    Hypothesis(
        "H2", "external provision",
        "Security provided from outside (alliances with extra-regional powers) "
        "substitutes for regional security institutions.",
        _op("external_reliance", -1, "share of states relying on an outside provider (defence "
            "obligation or assistance/forces institution with an outside major power)"),
        (_op("external_share", -1, "share of states co-members with an outside major power "
             "(incl. declaratory fora and ATOP consultation)"),
         _op("major_power_inside", -1, "major power is a member of the region"),
         _op("n_outside_bodies", -1, "security institutions with an outside major power"))),
    Hypothesis(
        "H3", "hegemonic stability",
        "A single accepted regional leader, not rival powers, enables security regionalism.",
        _op("leader_ratio_cinc", +1, "CINC ratio leader / runner-up"),
        (_op("leader_share_cinc", +1, "leader's CINC share"),
         _op("leader_ratio_cinc_nomp", +1, "CINC ratio among members that are not major powers"),
         _op("hhi_cinc", +1, "CINC concentration (HHI)"),
         _op("leader_share_gdp", +1, "leader's GDP share"),
         _op("n_leaders", -1, "number of rival leaders"))),
    Hypothesis(
        "H4", "functional demand",
        "Shared security problems (conflicts) create demand for regional security institutions.",
        _op("conflict_per_state", +1, "conflicts per member state"),
        (_op("conflict_count", +1, "number of conflicts"),
         _op("conflict_any", +1, "any conflict"),
         _op("conflict_neighbors_per_state", +1, "conflicts in neighbouring states per member"),
         _op("conflict_neighbors", +1, "conflicts in neighbouring states"),
         _op("n_states", +1, "number of states"))),
))


# --------------------------------------------------------------------------- testing
@dataclass(frozen=True)
class HypothesisTests:
    """Result of :func:`test_hypotheses`: a frame plus notes, printed honestly.

    Attributes
    ----------
    frame : pandas.DataFrame
        One row per (model specification, hypothesis term); see
        :func:`test_hypotheses` for the columns.
    notes : tuple of str
        What each p-value column means and any problems met.
    """

    frame: pd.DataFrame
    notes: tuple[str, ...] = field(default_factory=tuple)

    def to_frame(self) -> pd.DataFrame:
        """The result table."""
        return self.frame.copy()

    def table(self, *, digits: int = 3) -> Table:
        """Render as a :class:`~regionalism.models.tables.Table`."""
        cols = ["spec", "hypothesis", "term", "expected_sign", "estimate", "sign_ok",
                "p_conventional", "p_cluster", "p_cr2", "p_wild", "p_perm", "note"]
        # perm_design is long prose: it stays in the frame, not in the printed table
        df = self.frame[cols].copy()
        df["sign_ok"] = df["sign_ok"].map({True: "yes", False: "NO"}).fillna("")
        return frame_to_table(df, title="Hypothesis tests", notes=self.notes, digits=digits)

    def __str__(self) -> str:
        return self.table().as_text()

    def _repr_html_(self) -> str:
        return self.table().as_html()


def test_hypotheses(
    panel: pd.DataFrame,
    *,
    outcome: str = "secreg_degree",
    model: str = "ols",
    cluster: str = "region_id",
    controls: Sequence[str] | None = None,
    fe: str | Sequence[str] | None = None,
    bundle: HypothesisBundle | None = None,
    alternatives: bool = False,
    n_perm: int = 2000,
    n_boot: int = 1999,
    seed: int | None = 0,
    weights: str = "rademacher",
    time: str | None = "year",
    permute: str = "residuals",
) -> HypothesisTests:
    """Fit the hypothesis bundle and report five p-values per hypothesis term.

    The baseline specification regresses ``outcome`` on the primary
    operationalization of every hypothesis (plus ``controls``). With
    ``alternatives=True`` each alternative operationalization is swapped in
    for its hypothesis's primary one, one at a time (other hypotheses stay at
    their primary measure).

    Parameters
    ----------
    panel : pandas.DataFrame
        Region-year panel with the bundle's columns, ``outcome`` and ``cluster``.
    outcome : str, default "secreg_degree"
        The degree of security regionalism (0-1: depth of the exclusive
        institutions weighted by the share of the region's states in them),
        which is what the article explains; or ``"secreg_exists"`` (binary,
        with ``model="logit"``), ``"secreg_depth"`` or ``"secreg_count"``.
        Pass a panel of non-overlapping regions (``rg.region_year(
        rg.comparison_regions("m49"))``): overlapping units are not independent
        clusters, and :func:`regionalism.models.fit` warns about them.
    model : str, default "ols"
        Model for the estimate and the conventional and cluster-robust p-values
        (any :func:`regionalism.models.fit` model, e.g. ``"ols"``, ``"logit"``,
        ``"ordered_logit"``, ``"poisson"``).
    cluster : str
        Cluster column (regions).
    controls : sequence of str, optional
        Extra right-hand-side terms.
    fe : str or sequence of str, optional
        Fixed effects (e.g. ``"year"``).
    bundle : HypothesisBundle, optional
        Default :data:`hypotheses`.
    alternatives : bool
        Also test every alternative operationalization.
    n_perm, n_boot : int
        Permutation and wild-bootstrap draws.
    seed : int, optional
        Seed for both resampling procedures.
    weights : {"rademacher", "webb"}
        Wild bootstrap weights.
    time : str, optional
        Column aligning the regions' rows (default ``"year"``) for trajectory
        swaps in the permutation test; ``None`` allows only cluster-level terms.
    permute : {"residuals", "regressor"}
        What the permutation test permutes: reduced-model residuals
        (Freedman-Lane, default) or the term itself; see
        :func:`regionalism.models.permutation_test`.

    Returns
    -------
    HypothesisTests
        ``frame`` columns: ``spec`` (``"baseline"`` or the swapped-in column),
        ``hypothesis``, ``name``, ``term``, ``role``, ``expected_sign``,
        ``estimate`` (from ``model``), ``sign_ok``, ``p_conventional``
        (model-based), ``p_cluster`` (CR1 by ``cluster``), ``p_cr2`` (CR2 with
        Satterthwaite df), ``p_wild`` (restricted wild cluster bootstrap-t),
        ``p_perm`` (randomization inference under a design that is valid for
        the data: cluster-level values reassigned across clusters, or whole
        trajectories keyed on ``time`` swapped between clusters with the same
        time coverage; NA with the reason in ``note`` when no such design
        exists), ``perm_design`` (the design used, in words), ``nobs``,
        ``n_clusters``, ``note``.
        Estimates that could not be computed are NaN with the reason in
        ``note``; nothing is silently dropped.

    Notes
    -----
    CR2, wild bootstrap and permutation are defined for linear models. When
    ``model`` is not ``"ols"`` these three p-values come from the linear
    (probability) model with the same right-hand side, and the table says so.
    All p-values are two-sided; ``sign_ok`` compares the estimate's sign with
    the expected sign.

    Examples
    --------
    >>> from regionalism.study import synthetic_panel, test_hypotheses
    >>> res = test_hypotheses(synthetic_panel(seed=1), model="ols", n_perm=199, n_boot=199)
    >>> res.frame["hypothesis"].tolist()
    ['H1', 'H2', 'H3', 'H4']
    """
    bundle = bundle if bundle is not None else hypotheses
    controls = list(controls or [])
    for col in [outcome, cluster]:
        if col not in panel.columns:
            raise KeyError(f"column {col!r} not found in the panel")

    specs: list[tuple[str, list[tuple[Hypothesis, Operationalization, str]]]] = []
    base = [(h, h.primary, "primary") for h in bundle]
    specs.append(("baseline", base))
    if alternatives:
        for h in bundle:
            for alt in h.alternatives:
                specs.append((alt.column, [(hh, alt, "alternative") if hh.code == h.code
                                           else (hh, hh.primary, "primary") for hh in bundle]))

    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    caught = warnings.catch_warnings(record=True)
    seen = caught.__enter__()
    warnings.simplefilter("always")
    for spec_name, terms in specs:
        missing = [op.column for _, op, _ in terms if op.column not in panel.columns]
        missing += [c for c in controls if c not in panel.columns]
        usable = [(h, op, role) for h, op, role in terms if op.column in panel.columns]
        rhs = [op.column for _, op, _ in usable] + controls
        formula = f"{outcome} ~ " + " + ".join(rhs) if rhs else None
        fits: dict[str, Any] = {}
        errors: dict[str, str] = {}
        if formula is not None:
            for key, kw in (("conv", dict(model=model, cov="nonrobust")),
                            ("cl", dict(model=model, cov="cluster", cluster=cluster)),
                            ("cr2", dict(model="ols", cov="cr2", cluster=cluster))):
                try:
                    fits[key] = fit(formula, panel, fe=fe, **kw)
                except Exception as exc:  # reported in the table, never hidden
                    errors[key] = f"{type(exc).__name__}: {str(exc)[:120]}"
        for h, op, role in terms:
            note: list[str] = []
            if op.column in missing:
                note.append(f"column {op.column!r} missing from panel")
            if [c for c in missing if c != op.column]:
                note.append(f"other missing columns dropped: {[c for c in missing if c != op.column]}")
            row: dict[str, Any] = {"spec": spec_name, "hypothesis": h.code, "name": h.name,
                                   "term": op.column, "role": role, "expected_sign": op.sign}
            est = np.nan
            for key, col in (("conv", "p_conventional"), ("cl", "p_cluster"), ("cr2", "p_cr2")):
                r = fits.get(key)
                if r is not None and op.column in r.params.index:
                    row[col] = float(r.pvalues[op.column])
                    if key == "conv":
                        est = float(r.params[op.column])
                else:
                    row[col] = np.nan
                    if key in errors:
                        note.append(f"{col}: model could not be estimated ({errors[key]})")
            row["estimate"] = est
            row["sign_ok"] = bool(np.sign(est) == op.expected_sign) if np.isfinite(est) else None
            row["p_wild"] = row["p_perm"] = np.nan
            row["perm_design"] = ""
            if formula is not None and op.column not in missing and "cr2" in fits:
                try:
                    row["p_wild"] = wild_cluster_bootstrap(
                        formula, panel, term=op.column, cluster=cluster, fe=fe, n_boot=n_boot,
                        seed=seed, weights=weights).p_value
                except Exception as exc:
                    note.append(f"p_wild: {type(exc).__name__}: {str(exc)[:120]}")
                try:
                    perm = permutation_test(
                        formula, panel, term=op.column, cluster=cluster, fe=fe, n_perm=n_perm,
                        seed=seed, design="clusters", time=time, permute=permute)
                    row["p_perm"], row["perm_design"] = perm.p_value, perm.level
                except ValueError as exc:  # no valid design: NA with the reason, never a fallback
                    note.append(f"p_perm: NA, no valid permutation design ({str(exc)[:160]})")
                except Exception as exc:
                    note.append(f"p_perm: {type(exc).__name__}: {str(exc)[:120]}")
            ref = fits.get("conv") or fits.get("cl") or fits.get("cr2")
            row["nobs"] = ref.nobs if ref is not None else 0
            row["n_clusters"] = fits["cl"].n_clusters if "cl" in fits else None
            row["note"] = "; ".join(note)
            rows.append(row)
            if note:
                problems.append(f"{spec_name}/{op.column}: " + "; ".join(note))

    caught.__exit__(None, None, None)
    frame = pd.DataFrame(rows, columns=[
        "spec", "hypothesis", "name", "term", "role", "expected_sign", "estimate", "sign_ok",
        "p_conventional", "p_cluster", "p_cr2", "p_wild", "p_perm", "perm_design", "nobs",
        "n_clusters", "note"])
    lin = "" if model == "ols" else " on the linear (probability) model"
    notes = [f"Outcome: {outcome}; estimates, p_conventional and p_cluster from model={model!r}"
             + (f" with fixed effects {fe}" if fe else "") + f"; clusters: {cluster}.",
             f"p_cr2 (CR2, Satterthwaite df), p_wild (WCR bootstrap-t, {weights}, "
             f"{n_boot} draws) and p_perm (randomization inference, {n_perm} permutations of "
             f"{'reduced-model residuals (Freedman-Lane)' if permute == 'residuals' else 'the term'}"
             f" by whole {cluster} clusters or {time} trajectories; the design of each row is in "
             f"perm_design, NA where no valid design exists) are computed{lin}; seed = {seed}.",
             "All p-values two-sided; sign_ok compares the estimate with the expected sign."]
    notes += sorted({f"Warning: {w.message}" for w in seen
                     if not issubclass(w.category, DeprecationWarning)})
    if problems:
        notes.append(f"{len(problems)} term(s) with problems; see the 'note' column.")
    return HypothesisTests(frame=frame, notes=tuple(notes))


# ``test_hypotheses`` is a library function, not a pytest test: keep pytest from
# collecting it when a test module imports it by name.
test_hypotheses.__test__ = False  # type: ignore[attr-defined]
