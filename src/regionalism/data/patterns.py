"""``pattern`` constraints from untrusted codebooks, matched without hanging.

Python's regular expressions backtrack: a pattern such as ``(a+)+$`` takes
exponential time on ``"aaaa...ab"``, and a descriptor downloaded with a
dataset may hold one. :func:`match_pattern` therefore

- refuses patterns that do not compile, and patterns longer than
  :data:`MAX_PATTERN` characters, with a :class:`PatternError` naming them;
- matches *linear* patterns (no quantified group that itself holds a
  quantifier or an alternation; see :func:`is_risky`) in this process;
- matches the others in a child process that is killed after ``timeout``
  seconds (default :data:`PATTERN_TIMEOUT`), raising :class:`PatternError`.
"""
from __future__ import annotations

import multiprocessing
import re
from typing import Sequence

__all__ = ["PatternError", "match_pattern", "is_risky", "PATTERN_TIMEOUT", "MAX_PATTERN"]

#: Seconds a risky pattern may take over one column before it is refused.
PATTERN_TIMEOUT: float = 1.0
#: Longest pattern accepted (characters).
MAX_PATTERN: int = 2000


class PatternError(ValueError):
    """A ``pattern`` constraint that is not a valid regular expression, or that takes too long."""


def is_risky(pattern: str) -> bool:
    """True when a quantified group holds a quantifier or an alternation (possible catastrophic backtracking).

    Examples
    --------
    >>> from regionalism.data.patterns import is_risky
    >>> is_risky("[a-z0-9_]+"), is_risky(r"\\d{4}(-\\d{2})?"), is_risky("(a+)+$"), is_risky("(a|aa)*")
    (False, False, True, True)
    """
    stack: list[bool] = [False]  # per open group: does it hold a quantifier or "|"?
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            stack.append(False)
        elif c == ")" and len(stack) > 1:
            inner = stack.pop()
            quantified = i + 1 < n and pattern[i + 1] in "*+{"
            if inner and quantified:
                return True
            stack[-1] = stack[-1] or inner or quantified
        elif c in "*+{|" or (c == "?" and i > 0 and pattern[i - 1] not in "(*+?}"):
            stack[-1] = stack[-1] or c != "?"
        i += 1
    return False


def _worker(conn, pattern: str, values: Sequence[str]) -> None:  # pragma: no cover - runs in the child
    rx = re.compile(pattern)
    conn.send([rx.fullmatch(v) is not None for v in values])
    conn.close()


def match_pattern(values: Sequence[str], pattern: str, *, timeout: float = PATTERN_TIMEOUT) -> list[bool]:
    """Whether each value matches ``pattern`` in full (as Frictionless ``pattern`` constraints do).

    Parameters
    ----------
    values : sequence of str
        The cells (missing ones left out by the caller).
    pattern : str
        The constraint's regular expression.
    timeout : float
        Seconds a risky pattern (:func:`is_risky`) may take over all values.

    Returns
    -------
    list of bool

    Raises
    ------
    PatternError
        If the pattern is not a string, too long, does not compile, or a
        risky pattern does not finish within ``timeout``.

    Examples
    --------
    >>> from regionalism.data.patterns import match_pattern
    >>> match_pattern(["abc", "ABC"], "[a-z]+")
    [True, False]
    >>> match_pattern(["a" * 40 + "b"], "(a+)+$", timeout=0.5)
    Traceback (most recent call last):
    ...
    regionalism.data.patterns.PatternError: pattern '(a+)+$' did not finish within 0.5 s \
(catastrophic backtracking); use a pattern without nested quantifiers
    """
    if not isinstance(pattern, str):
        raise PatternError(f"pattern must be a string, got {type(pattern).__name__}: {pattern!r}")
    if len(pattern) > MAX_PATTERN:
        raise PatternError(f"pattern of {len(pattern)} characters is longer than {MAX_PATTERN}")
    try:
        rx = re.compile(pattern)
    except re.error as exc:
        raise PatternError(f"pattern {pattern!r} is not a valid regular expression: {exc}") from None
    values = [str(v) for v in values]
    if not is_risky(pattern) or not values:
        return [rx.fullmatch(v) is not None for v in values]
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(child, pattern, values), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(timeout):
            try:
                return parent.recv()
            except EOFError:
                raise PatternError(f"pattern {pattern!r} could not be matched (the matching process died)") from None
        raise PatternError(f"pattern {pattern!r} did not finish within {timeout:g} s (catastrophic "
                           "backtracking); use a pattern without nested quantifiers")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
