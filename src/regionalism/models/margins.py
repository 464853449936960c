"""Average marginal effects with delta-method standard errors, for every
model :func:`regionalism.models.fit` supports except Cox, GEE and Firth --
including ordered logit/probit (per outcome category), which statsmodels lacks.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from regionalism.models.results import ORDERED_MODELS, ModelResult, mean_function

__all__ = ["marginal_effects"]

_SUPPORTED = ("ols", "logit", "probit", "poisson", "negbin", "ordered_logit", "ordered_probit")
_CLOSED_FORM = ("ols", "logit", "probit", "poisson", "negbin")


def _linear_column(up: np.ndarray, down: np.ndarray, h: float) -> int | None:
    """The design column through which a variable enters linearly (and nothing else), or None."""
    d = (up - down) / (2 * h)
    changed = np.flatnonzero(np.max(np.abs(d), axis=0) > 1e-8)
    if len(changed) == 1 and np.allclose(d[:, changed[0]], 1.0, rtol=0, atol=1e-6):
        return int(changed[0])
    return None


def _closed_form(model: str, X: np.ndarray, params: np.ndarray,
                 col: int) -> tuple[float, np.ndarray]:
    """AME of a linear term, ``b_v mean(g'(x'b))``, and its exact gradient in ``b``.

    ``g`` is the inverse link: identity (OLS), logistic, normal CDF, exp (Poisson,
    negative binomial; ``alpha`` does not enter the mean, its gradient entry is 0).
    """
    from scipy import special, stats

    k = X.shape[1]
    eta = X @ params[:k]
    if model == "ols":
        g1, g2 = np.ones_like(eta), np.zeros_like(eta)
    elif model == "logit":
        pr = special.expit(eta)
        g1 = pr * (1 - pr)
        g2 = g1 * (1 - 2 * pr)
    elif model == "probit":
        g1 = stats.norm.pdf(eta)
        g2 = -eta * g1
    else:  # poisson, negbin
        g1 = g2 = np.exp(eta)
    bv = params[col]
    grad = np.zeros(len(params))
    grad[:k] = bv * (g2[:, None] * X).mean(axis=0)
    grad[col] += g1.mean()
    return float(bv * g1.mean()), grad


def marginal_effects(
    result: ModelResult,
    *,
    variables: Sequence[str] | None = None,
    alpha: float = 0.05,
) -> pd.DataFrame:
    """Average marginal effects (AME) of continuous regressors.

    Parameters
    ----------
    result : ModelResult
        A fit from :func:`regionalism.models.fit` with model ``"ols"``,
        ``"logit"``, ``"probit"``, ``"poisson"``, ``"negbin"``,
        ``"ordered_logit"`` or ``"ordered_probit"``.
    variables : sequence of str, optional
        Data columns to differentiate with respect to. Default: every numeric
        data column named on the right-hand side of the formula (fixed-effect
        and cluster columns excluded). Transformations and interactions in the
        formula (``I(x**2)``, ``x:z``) are handled: the design matrix is rebuilt
        from the shifted data.
    alpha : float
        1 - confidence level.

    Returns
    -------
    pandas.DataFrame
        Columns ``term``, ``outcome`` (category for ordered models, the
        outcome name otherwise; for logit/probit the effect is on
        P(outcome = 1), for count models on the expected count), ``estimate``,
        ``std_error``, ``statistic``, ``p_value``, ``conf_low``, ``conf_high``
        and ``df`` (degrees of freedom of the t reference distribution: the
        fit's own, e.g. Satterthwaite after CR2 or G - 1 after CR1; NA means
        normal, as for likelihood models with model-based or sandwich SEs).

    Notes
    -----
    For a variable that enters OLS, logit, probit, Poisson or negative
    binomial models as a single linear term, the AME and its gradient have
    closed forms (``b_v mean(g'(x'b))``; for OLS the AME is the coefficient
    and its p-value is the fit's own) and are computed exactly. Otherwise,
    AME = mean over the estimation sample of the derivative of the predicted
    mean (or category probability) with respect to the variable, by central
    differences on the data. Standard errors by the delta method: the
    Jacobian of the AMEs with respect to all parameters (central differences)
    sandwiched around ``result.vcov`` -- so cluster-robust or CR2 covariances
    carry over. For ordered models the AMEs across categories sum to zero.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> from regionalism.models import fit
    >>> rng = np.random.default_rng(0)
    >>> df = pd.DataFrame({"x": rng.normal(size=300)})
    >>> df["y"] = (df["x"] + rng.logistic(size=300) > 0).astype(int)
    >>> me = marginal_effects(fit("y ~ x", df, model="logit"))
    >>> me["term"].tolist()
    ['x']
    """
    if result.model not in _SUPPORTED:
        raise NotImplementedError(f"marginal_effects supports models {_SUPPORTED}, "
                                  f"not {result.model!r}")
    import patsy
    from scipy import stats

    model = result.model_result.model
    design = model.data.model_spec
    frame = model.data.frame.loc[model.data.row_labels]
    rhs = result.formula.split("~", 1)[1]
    excluded = set(result.fe) | ({result.cluster} if result.cluster else set())
    if variables is None:
        tokens = set(re.findall(r"[A-Za-z_][A-Za-z0-9_.]*", rhs))
        variables = [c for c in frame.columns if c in tokens and c not in excluded
                     and pd.api.types.is_numeric_dtype(frame[c])
                     and not pd.api.types.is_bool_dtype(frame[c])]
    missing = [v for v in variables if v not in frame.columns]
    if missing:
        raise KeyError(f"variables {missing} are not columns of the estimation data")

    predict = mean_function(result.model, result.model_result)
    params = result.params.to_numpy()

    def exog_for(df: pd.DataFrame) -> np.ndarray:
        return np.asarray(patsy.build_design_matrices([design], df)[0])

    shifted: dict[str, tuple[np.ndarray, np.ndarray, float]] = {}
    for v in variables:
        x = frame[v].astype(float)
        h = 1e-5 * max(1.0, float(x.std()))
        shifted[v] = (exog_for(frame.assign(**{v: x + h})), exog_for(frame.assign(**{v: x - h})), h)

    def ames(p: np.ndarray) -> np.ndarray:
        out = []
        for v in variables:
            up, down, h = shifted[v]
            out.append(((predict(p, up) - predict(p, down)) / (2 * h)).mean(axis=0))
        return np.concatenate(out)

    est = ames(params)
    jac = np.empty((len(est), len(params)))
    for i in range(len(params)):
        step = 1e-6 * max(1.0, abs(params[i]))
        pu, pd_ = params.copy(), params.copy()
        pu[i] += step
        pd_[i] -= step
        jac[:, i] = (ames(pu) - ames(pd_)) / (2 * step)
    if result.model in _CLOSED_FORM:
        X = np.asarray(model.exog, dtype=float)
        for row, v in enumerate(variables):
            up, down, h = shifted[v]
            col = _linear_column(up, down, h)
            if col is not None:  # v enters as one linear design column: exact AME and gradient
                est[row], jac[row] = _closed_form(result.model, X, params, col)
    V = result.vcov.to_numpy()
    se = np.sqrt(np.clip(np.einsum("ij,jk,ik->i", jac, V, jac), 0, None))
    if result.model in ORDERED_MODELS:
        labels = [str(c) for c in getattr(model, "labels", range(len(est) // len(variables)))]
    else:
        labels = [str(model.endog_names)]
    n_out = len(labels)
    z = est / se
    df = _ame_df(result, jac)
    if df is None:
        q, p = stats.norm.ppf(1 - alpha / 2), 2 * stats.norm.sf(np.abs(z))
    else:
        q, p = stats.t.ppf(1 - alpha / 2, df), 2 * stats.t.sf(np.abs(z), df)
    return pd.DataFrame({
        "term": np.repeat(list(variables), n_out),
        "outcome": labels * len(variables),
        "estimate": est, "std_error": se, "statistic": z,
        "p_value": p, "conf_low": est - q * se, "conf_high": est + q * se,
        "df": np.nan if df is None else df,
    })


def _ame_df(result: ModelResult, jac: np.ndarray) -> np.ndarray | None:
    """Reference-distribution df for each AME: the fit's df (``None``: normal).

    With one df for all coefficients (classical, HC1, CR1: G - 1) that df is
    used. After CR2 each coefficient has its own Satterthwaite df; an AME is a
    combination of coefficients, and it takes the df of the coefficient with
    the largest weight in its gradient (for OLS the AME of a variable entering
    linearly *is* that coefficient, so the p-value equals the fit's own).
    """
    if result.df_inference is None:
        return None
    dfs = result.df_inference.to_numpy(dtype=float)
    if np.allclose(dfs, dfs[0]):
        return np.full(jac.shape[0], dfs[0])
    return dfs[np.argmax(np.abs(jac), axis=1)]
