"""Firth-penalized logistic regression with profile penalized-likelihood inference."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from regionalism.models.covariance import plain_dtypes
from regionalism.models.design import check_rank
from regionalism.models.formula import check_formula
from regionalism.models.results import ModelResult

__all__ = ["FirthFit", "firth_logit"]


@dataclass
class FirthFit:
    """Raw Firth fit (the ``model_result`` of a Firth :class:`ModelResult`).

    Attributes
    ----------
    params : numpy.ndarray
        Penalized maximum likelihood estimates.
    cov : numpy.ndarray
        Inverse Fisher information at the estimates (Wald covariance).
    pen_loglik : float
        Maximized penalized log-likelihood ``l(b) + 0.5 log|X'WX|``.
    loglik : float
        Unpenalized log-likelihood at the estimates.
    n_iter : int
        Newton iterations used.
    exog_names : list of str
        Coefficient names.
    starts : dict
        Start ("zero", "ml") -> maximized penalized log-likelihood reached from
        it; the fit keeps the larger.
    local_optimum : numpy.ndarray or None
        The other solution when the two starts reached different maxima.
    """

    params: np.ndarray
    cov: np.ndarray
    pen_loglik: float
    loglik: float
    n_iter: int
    exog_names: list[str]
    exog: np.ndarray = field(repr=False)
    endog: np.ndarray = field(repr=False)
    starts: dict[str, float] = field(default_factory=dict)
    local_optimum: np.ndarray | None = None
    nobs: int = 0

    @property
    def llf(self) -> float:
        """Unpenalized log-likelihood (for fit-statistic tables)."""
        return self.loglik


def _expit(x: np.ndarray) -> np.ndarray:
    from scipy.special import expit

    return expit(x)


def _pen_loglik(X: np.ndarray, y: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    eta = X @ b
    p = _expit(eta)
    w = p * (1 - p)
    ll = float(np.sum(y * eta - np.logaddexp(0.0, eta)))
    sign, logdet = np.linalg.slogdet((X * w[:, None]).T @ X)
    return (ll + 0.5 * logdet if sign > 0 else -np.inf), ll


def _newton(X: np.ndarray, y: np.ndarray, b0: np.ndarray, free: np.ndarray, *,
            maxiter: int, tol: float) -> tuple[np.ndarray, int]:
    """Maximize the penalized log-likelihood over the ``free`` coordinates.

    Fisher scoring on Firth's modified score with step halving (as ``logistf``);
    when it does not converge, BFGS on the penalized log-likelihood takes over
    from the best point reached. Raises ``RuntimeError`` if neither converges.
    """
    b = b0.copy()
    current = _pen_loglik(X, y, b)[0]
    for it in range(1, maxiter + 1):
        p = _expit(X @ b)
        w = p * (1 - p)
        info = (X * w[:, None]).T @ X
        info_inv = np.linalg.pinv(info)
        h = w * np.einsum("ij,jk,ik->i", X, info_inv, X)
        score = X.T @ (y - p + h * (0.5 - p))  # gradient of the penalized log-likelihood
        if np.max(np.abs(score[free]), initial=0.0) < 1e-8:
            return b, it
        delta = np.zeros_like(b)
        try:
            delta[free] = np.linalg.solve(info[np.ix_(free, free)], score[free])
        except np.linalg.LinAlgError:
            break
        step = 1.0
        while True:
            cand = b + step * delta
            val = _pen_loglik(X, y, cand)[0]
            if val >= current - 1e-12:
                break
            step /= 2
            if step < 1e-10:
                break
        if val < current - 1e-12:
            break  # no ascent along the scoring direction: hand over to BFGS
        b, current = cand, val
        if np.max(np.abs(step * delta)) < tol and np.max(np.abs(score[free])) < 1e-6:
            return b, it
    return _bfgs(X, y, b, free, maxiter=maxiter)


def _bfgs(X: np.ndarray, y: np.ndarray, b0: np.ndarray, free: np.ndarray, *,
          maxiter: int) -> tuple[np.ndarray, int]:
    from scipy import optimize

    def negf(z: np.ndarray) -> tuple[float, np.ndarray]:
        b = b0.copy()
        b[free] = z
        p = _expit(X @ b)
        w = p * (1 - p)
        info_inv = np.linalg.pinv((X * w[:, None]).T @ X)
        h = w * np.einsum("ij,jk,ik->i", X, info_inv, X)
        val = _pen_loglik(X, y, b)[0]
        g = X.T @ (y - p + h * (0.5 - p))
        return (-val if np.isfinite(val) else 1e300), -g[free]

    res = optimize.minimize(negf, b0[free], jac=True, method="BFGS",
                            options={"gtol": 1e-9, "maxiter": 50 * maxiter})
    b = b0.copy()
    b[free] = res.x
    if np.max(np.abs(negf(res.x)[1]), initial=0.0) > 1e-5:
        raise RuntimeError("Firth logit did not converge (Fisher scoring and BFGS); "
                           f"max |penalized score| = {np.max(np.abs(negf(res.x)[1])):.3g}")
    return b, int(res.nit)


class _Profile:
    """Profile penalized log-likelihood of coefficient ``j``, with warm starts.

    Each evaluation starts from the solution at the nearest value already
    evaluated, so the profile follows one continuous path away from the
    maximum (cold starts can land on another local maximum under separation).
    """

    def __init__(self, fit: FirthFit, j: int, maxiter: int, tol: float) -> None:
        self.fit, self.j, self.maxiter, self.tol = fit, j, maxiter, tol
        self.free = np.array([i for i in range(len(fit.params)) if i != j])
        self.solutions: dict[float, np.ndarray] = {float(fit.params[j]): fit.params.copy()}

    def __call__(self, v: float) -> float:
        X, y = self.fit.exog, self.fit.endog
        near = min(self.solutions, key=lambda u: abs(u - v))
        path = np.linspace(near, v, 1 + int(np.ceil(abs(v - near) / self.unit)))[1:]
        b = self.solutions[near].copy()
        for u in path:  # walk in small steps so the free coefficients follow the path
            b[self.j] = u
            b, _ = _newton(X, y, b, self.free, maxiter=self.maxiter, tol=self.tol)
            self.solutions[float(u)] = b.copy()
        return _pen_loglik(X, y, b)[0]

    @property
    def unit(self) -> float:
        return max(float(np.sqrt(self.fit.cov[self.j, self.j])), 1e-3)

    def lr(self, v: float) -> float:
        """Penalized likelihood-ratio statistic for ``beta_j = v``."""
        return max(2 * (self.fit.pen_loglik - self(v)), 0.0)


def _profile_ci(prof: _Profile, alpha: float) -> tuple[float, float]:
    from scipy import optimize, stats

    crit = stats.chi2.ppf(1 - alpha, 1)
    bj = float(prof.fit.params[prof.j])
    unit = prof.unit
    out = []
    for direction in (-1.0, 1.0):
        inside, step = bj, unit
        bound = direction * np.inf
        for _ in range(80):
            v = bj + direction * step
            try:
                g = prof.lr(v) - crit
            except RuntimeError:
                break  # the profile cannot be followed further: report an open bound
            if g > 0:
                a, c = sorted((inside, v))
                bound = optimize.brentq(lambda u: prof.lr(u) - crit, a, c, xtol=1e-10,
                                        rtol=1e-12)
                break
            inside, step = v, step * 1.5
        out.append(bound)
    return out[0], out[1]


def firth_logit(
    formula: str,
    data: pd.DataFrame,
    *,
    maxiter: int = 200,
    tol: float = 1e-10,
) -> ModelResult:
    """Firth-penalized (bias-reduced) logistic regression.

    Maximizes :math:`l(\\beta) + \\tfrac12 \\log|X'W(\\beta)X|` (Jeffreys-prior
    penalty), which gives finite estimates under complete or quasi-complete
    separation -- common with few regions and rare security institutions.

    Parameters
    ----------
    formula : str
        statsmodels/patsy formula with a 0/1 outcome.
    data : pandas.DataFrame
        Data; rows with missing formula variables are dropped. Nullable
        dtypes (``Int64``, ``boolean``) are accepted.
    maxiter, tol : int, float
        Fisher-scoring limits (step-halving on the penalized likelihood).

    Returns
    -------
    ModelResult
        ``params`` (penalized ML), ``bse`` (Wald, from the inverse Fisher
        information), ``pvalues`` from penalized likelihood-ratio tests
        (``2 (l*max - l*profile(beta_j = 0))`` against chi-squared(1)), and
        ``conf_int(alpha)`` from the profile penalized likelihood (infinite
        bounds are reported as ``inf``). ``model_result`` is a :class:`FirthFit`.

    Notes
    -----
    Point estimates equal R's ``brglm2::brglmFit(type = "AS_mean")`` and
    ``logistf`` for the logit link; p-values and intervals follow ``logistf``
    (penalized likelihood ratio, profile intervals).

    The penalized likelihood need not be concave: the maximization starts
    from zero and from the ordinary ML estimate (when it exists) and keeps the
    larger penalized log-likelihood; when the two starts reach different
    maxima, a note says so and ``model_result.local_optimum`` holds the other.
    The profile for coefficient *j* is followed outward from the estimate in
    steps of one standard error, each maximization warm-started from the
    previous one (so it stays on one path; under separation, cold starts land
    on other maxima), and the bounds are located by ``scipy.optimize.brentq``;
    a bound the profile never crosses is ``-inf``/``inf``.

    References
    ----------
    Firth, D. (1993). Bias reduction of maximum likelihood estimates.
    *Biometrika*, 80(1), 27-38.

    Heinze, G., & Schemper, M. (2002). A solution to the problem of separation
    in logistic regression. *Statistics in Medicine*, 21(16), 2409-2419.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"y": [0, 0, 0, 0, 1, 1, 1, 1], "x": [1, 2, 3, 4, 5, 6, 7, 8]})
    >>> res = firth_logit("y ~ x", df)  # completely separated: ordinary logit diverges
    >>> bool(res.params["x"] > 0 and res.bse["x"] < 10)
    True
    >>> ci = res.conf_int()  # profile bounds bracket the estimate
    >>> bool(ci.loc["x", "conf_low"] < res.params["x"] < ci.loc["x", "conf_high"])
    True
    """
    import statsmodels.formula.api as smf

    check_formula(formula, [str(c) for c in data.columns])  # before the formula engine evaluates it
    frame = plain_dtypes(data if data.index.is_unique else data.reset_index(drop=True))
    outcome = formula.split("~")[0].strip()
    try:
        m = smf.logit(formula, frame, missing="drop")
    except ValueError as exc:  # statsmodels checks the outcome lies in [0, 1] at construction
        if "endog must be" not in str(exc):
            raise
        raise ValueError(f"firth_logit needs a 0/1 outcome; {outcome!r} has values outside [0, 1] ({exc}): "
                         "use model='ols' for a share or degree, or dichotomize it") from None
    X = np.asarray(m.exog, dtype=float)
    y = np.asarray(m.endog, dtype=float)
    if not np.isin(y, (0.0, 1.0)).all():
        raise ValueError(f"firth_logit needs a 0/1 outcome; {outcome!r} has values other than 0 and 1")
    names = list(m.exog_names)
    check_rank(X, names, what="the Firth logit design")
    k = X.shape[1]
    every = np.arange(k)
    candidates: dict[str, np.ndarray] = {}
    errors = []
    for start_name, start in (("zero", np.zeros(k)), ("ml", _ml_start(m))):
        if start is None:
            continue
        try:
            candidates[start_name], _ = _newton(X, y, start, every, maxiter=maxiter, tol=tol)
        except RuntimeError as exc:
            errors.append(f"{start_name}: {exc}")
    if not candidates:
        raise RuntimeError("Firth logit did not converge from zero or the ML estimate: "
                           + "; ".join(errors))
    values = {name: _pen_loglik(X, y, b)[0] for name, b in candidates.items()}
    best = max(values, key=values.get)
    b = candidates[best]
    other = [c for name, c in candidates.items() if name != best
             and np.max(np.abs(c - b)) > 1e-6 * max(1.0, float(np.max(np.abs(b))))]
    notes = ["p-values: penalized likelihood-ratio tests; intervals: profile penalized "
             "likelihood; std. errors: Wald (inverse Fisher information)."]
    if other:
        notes.append("Starts from zero and from the ML estimate reached different maxima "
                     "(penalized log-likelihood " + ", ".join(f"{n} {v:.4f}" for n, v in
                                                               values.items())
                     + f"); the larger ({best}) is reported.")
    p = _expit(X @ b)
    cov = np.linalg.inv((X * (p * (1 - p))[:, None]).T @ X)
    pl, ll = _pen_loglik(X, y, b)
    ffit = FirthFit(params=b, cov=cov, pen_loglik=pl, loglik=ll, n_iter=0,
                    exog_names=names, exog=X, endog=y, starts=values,
                    local_optimum=other[0] if other else None, nobs=len(y))

    from scipy import stats

    profiles = [_Profile(ffit, j, maxiter, tol) for j in range(k)]
    pvals = [float(stats.chi2.sf(prof.lr(0.0), 1)) for prof in profiles]
    cache: dict[float, pd.DataFrame] = {}

    def ci_func(alpha: float) -> pd.DataFrame:
        if alpha not in cache:
            rows = [_profile_ci(prof, alpha) for prof in profiles]
            cache[alpha] = pd.DataFrame(rows, index=names, columns=["conf_low", "conf_high"])
        return cache[alpha]

    params = pd.Series(b, index=names)
    return ModelResult(model="firth_logit", formula=formula, params=params,
                       vcov=pd.DataFrame(cov, index=names, columns=names), nobs=len(y),
                       cov="profile", model_result=ffit, pvalues=pd.Series(pvals, index=names),
                       ci_func=ci_func, notes=tuple(notes), row_labels=m.data.row_labels,
                       design_info=m.data.model_spec)


def _ml_start(m: object) -> np.ndarray | None:
    """Ordinary logit estimate as a start (a few Newton steps; ``None`` if it fails)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            r = m.fit(disp=0, maxiter=50)  # type: ignore[attr-defined]
        except Exception:  # separation or singular Hessian: no ML start
            return None
    b = np.asarray(r.params, dtype=float)
    return b if np.isfinite(b).all() and np.max(np.abs(b)) < 30 else None
