"""Safe formulas: check a model formula against a whitelist before any formula engine sees it.

statsmodels hands formula strings to a formula engine (patsy or formulaic)
that evaluates them as Python code, so ``"y ~ I(__import__('os').system(...))"``
runs a shell command. Every formula that reaches a fit in this package passes
:func:`check_formula` first. What is allowed:

- column names of the data (Python identifiers), or any column name quoted as
  ``Q("name with spaces")``;
- numbers, and the formula operators ``~ + - * / : ** ( ) ,`` (``|`` is refused);
- the transforms ``C(column)`` (optionally ``C(column, Treatment("level"))``,
  ``Treatment(reference="level")`` or ``Sum``), ``I(...)`` of arithmetic on
  columns and numbers, ``np.log``, ``np.log1p``, ``np.exp``, ``np.sqrt``,
  ``np.abs`` (also without the ``np.`` prefix), ``center(...)`` and
  ``standardize(...)``.

Anything else (attribute access other than ``np.<allowed>``, indexing,
strings outside ``Q()``/``Treatment()``, keywords, dunder names, unknown
names, lambda, comprehensions, ``;``) is refused with a :class:`FormulaError`
that names the token and its position. Names that look like columns but are
not in the data are refused too, with the closest column names as a hint.
"""
from __future__ import annotations

import difflib
import io
import keyword
import tokenize
from collections.abc import Iterable

__all__ = ["FormulaError", "check_formula", "check_names", "ALLOWED_FUNCTIONS"]

#: Transforms a formula may call (bare or as ``np.<name>`` for the NumPy ones).
ALLOWED_FUNCTIONS: frozenset[str] = frozenset(
    {"C", "I", "Q", "center", "standardize", "log", "log1p", "exp", "sqrt", "abs"})
_NUMPY = frozenset({"log", "log1p", "exp", "sqrt", "abs"})
_CONTRASTS = frozenset({"Treatment", "Sum"})
_KEYWORDS_IN_CALLS = frozenset({"reference"})
_OPERATORS = frozenset({"~", "+", "-", "*", "/", ":", "**", "(", ")", ","})
_ALLOWED_TEXT = ("column names, numbers, the operators ~ + - * / : ** ( ) , and the transforms "
                 "C(), I(), Q(\"name\"), np.log, np.log1p, np.exp, np.sqrt, np.abs, center(), "
                 "standardize()")


class FormulaError(ValueError):
    """A formula holds something other than columns, numbers, operators and allowed transforms."""


def _tokens(formula: str) -> list[tokenize.TokenInfo]:
    skip = {tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT}
    try:
        return [t for t in tokenize.generate_tokens(io.StringIO(formula).readline) if t.type not in skip]
    except (tokenize.TokenError, IndentationError, SyntaxError) as exc:
        raise FormulaError(f"formula {formula!r} cannot be read: {exc}") from None


def _refuse(formula: str, what: str, tok: tokenize.TokenInfo, why: str) -> FormulaError:
    return FormulaError(f"{what} {formula!r}: {tok.string!r} at position {tok.start[1]} {why}; "
                        f"allowed are {_ALLOWED_TEXT}")


def _unknown_column(formula: str, what: str, name: str, pos: int, columns: set[str]) -> FormulaError:
    close = difflib.get_close_matches(name, sorted(columns), n=3)
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
    return FormulaError(f"{what} {formula!r}: {name!r} at position {pos} is not a column of the "
                        f"data{hint}")


def check_formula(formula: str, columns: Iterable[str], *, what: str = "formula") -> str:
    """Check a formula against the whitelist and the data's columns; return it unchanged.

    Parameters
    ----------
    formula : str
        A model formula such as ``"secreg_degree ~ polyarchy_mean + C(region_id)"``.
    columns : iterable of str
        The columns of the data the formula will be evaluated on.
    what : str
        How the formula is named in error messages (e.g. ``"multiverse outcome"``).

    Returns
    -------
    str
        ``formula``, unchanged, when every token is allowed.

    Raises
    ------
    FormulaError
        When a token is not a column, a number, an operator or an allowed
        transform; the message names the token, its position and what is allowed.
    TypeError
        When ``formula`` is not a string.

    Examples
    --------
    >>> from regionalism.models.formula import check_formula
    >>> check_formula("y ~ x + I(x**2) + np.log(z) + C(g)", ["y", "x", "z", "g"])
    'y ~ x + I(x**2) + np.log(z) + C(g)'
    >>> check_formula("y ~ I(__import__('os').system('true'))", ["y"])
    Traceback (most recent call last):
    ...
    regionalism.models.formula.FormulaError: formula "y ~ I(__import__('os').system('true'))": \
'__import__' at position 6 is not a column or an allowed transform; allowed are column names, \
numbers, the operators ~ + - * / : ** ( ) , and the transforms C(), I(), Q("name"), np.log, \
np.log1p, np.exp, np.sqrt, np.abs, center(), standardize()
    """
    if not isinstance(formula, str):
        raise TypeError(f"{what} must be a string, got {type(formula).__name__}")
    if not formula.strip():
        raise FormulaError(f"{what} is empty")
    cols = {str(c) for c in columns}
    depth = 0
    for pos, ch in enumerate(formula):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            raise FormulaError(f"{what} {formula!r}: ')' at position {pos} closes a parenthesis "
                               "that was never opened")
    if depth:
        raise FormulaError(f"{what} {formula!r}: {depth} parenthesis(es) left open")
    toks = _tokens(formula)
    # stack of the calls we are inside ("C", "I", "Treatment", ... or "(" for plain parentheses)
    stack: list[str] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if i and _is_operand_end(toks[i - 1]) and _is_operand_start(tok):
            raise _refuse(formula, what, tok, "follows another term without an operator between them")
        inside = stack[-1] if stack else None
        if tok.type == tokenize.NUMBER:
            i += 1
            continue
        if tok.type == tokenize.OP:
            if tok.string == "(":
                stack.append("(")
            elif tok.string == ")":
                if not stack:
                    raise _refuse(formula, what, tok, "closes a parenthesis that was never opened")
                stack.pop()
            elif tok.string == "=" and inside in _CONTRASTS and toks[i - 1].string in _KEYWORDS_IN_CALLS:
                pass
            elif tok.string not in _OPERATORS:
                raise _refuse(formula, what, tok, "is not an allowed operator")
            i += 1
            continue
        if tok.type == tokenize.STRING:
            if inside == "Q":
                name = _string_value(formula, what, tok)
                if name not in cols:
                    raise _unknown_column(formula, what, name, tok.start[1], cols)
            elif inside not in _CONTRASTS:
                raise _refuse(formula, what, tok, "is a string outside Q() or a contrast of C()")
            i += 1
            continue
        if tok.type == tokenize.NAME:
            name = tok.string
            calls = nxt is not None and nxt.string == "("
            if name == "np" and nxt is not None and nxt.string == ".":
                attr = toks[i + 2] if i + 2 < len(toks) else None
                after = toks[i + 3] if i + 3 < len(toks) else None
                if attr is None or attr.string not in _NUMPY or after is None or after.string != "(":
                    bad = attr if attr is not None else tok
                    raise _refuse(formula, what, bad, "is not an allowed NumPy transform")
                stack.append(attr.string)
                i += 4
                continue
            if calls and (name in ALLOWED_FUNCTIONS or (name in _CONTRASTS and inside == "C")):
                stack.append(name)
                i += 2
                continue
            if name in _CONTRASTS and inside == "C":
                i += 1  # ``C(g, Sum)``
                continue
            if name in _KEYWORDS_IN_CALLS and inside in _CONTRASTS and nxt is not None and nxt.string == "=":
                i += 1
                continue
            if name in cols and not calls and not keyword.iskeyword(name):
                if inside == "Q":
                    raise _refuse(formula, what, tok, "must be quoted inside Q()")
                i += 1
                continue
            if calls or keyword.iskeyword(name) or name.startswith("__") or name in {"np", "numpy"}:
                raise _refuse(formula, what, tok, "is not a column or an allowed transform")
            raise _unknown_column(formula, what, name, tok.start[1], cols)
        raise _refuse(formula, what, tok, "is not allowed in a formula")
    if stack:
        raise FormulaError(f"{what} {formula!r}: {len(stack)} parenthesis(es) left open")
    if formula.count("~") > 1:
        raise FormulaError(f"{what} {formula!r}: more than one '~'")
    return formula


def _is_operand_end(tok: tokenize.TokenInfo) -> bool:
    return tok.type in (tokenize.NAME, tokenize.NUMBER, tokenize.STRING) or tok.string == ")"


def _is_operand_start(tok: tokenize.TokenInfo) -> bool:
    return tok.type in (tokenize.NAME, tokenize.NUMBER, tokenize.STRING)


def _string_value(formula: str, what: str, tok: tokenize.TokenInfo) -> str:
    text = tok.string
    if text[:1] not in {"'", '"'} or text[:3] in {"'''", '"""'} or text[-1:] != text[:1]:
        raise _refuse(formula, what, tok, "is not a plain quoted column name")
    body = text[1:-1]
    if "\\" in body:
        raise _refuse(formula, what, tok, "holds a backslash")
    return body


def check_names(names: str | Iterable[str], columns: Iterable[str], *, what: str = "column") -> list[str]:
    """Check that every name is a column of the data (for ``fe=``, ``cluster=``, multiverse choices).

    Parameters
    ----------
    names : str or iterable of str
        Column names.
    columns : iterable of str
        The data's columns.
    what : str
        How the names are called in error messages (e.g. ``"fixed effect"``).

    Returns
    -------
    list of str
        The names, as a list.

    Raises
    ------
    FormulaError
        For a name that is not a column (with the closest columns as a hint).
    TypeError
        For a name that is not a string.

    Examples
    --------
    >>> from regionalism.models.formula import check_names
    >>> check_names("year", ["year", "region_id"], what="fixed effect")
    ['year']
    >>> check_names(["yaer"], ["year"], what="fixed effect")
    Traceback (most recent call last):
    ...
    regionalism.models.formula.FormulaError: fixed effect 'yaer' is not a column of the data; did you mean 'year'?
    """
    items = [names] if isinstance(names, str) else list(names)
    cols = {str(c) for c in columns}
    for name in items:
        if not isinstance(name, str):
            raise TypeError(f"{what} names must be strings, got {type(name).__name__}: {name!r}")
        if name not in cols:
            close = difflib.get_close_matches(name, sorted(cols), n=3)
            hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
            raise FormulaError(f"{what} {name!r} is not a column of the data{hint}")
    return items
