"""A small, strict reader for the project's BibTeX files.

Only what the project needs: split a ``.bib`` file into entries keyed by
citation key, keeping each entry's text verbatim so that :func:`cite` can
return it unchanged.
"""
from __future__ import annotations

import re
from pathlib import Path

__all__ = ["read_bib", "parse_bib", "split_source"]

_ENTRY_START = re.compile(r"@(\w+)\s*\{\s*([^,\s]+)\s*,", re.MULTILINE)


def parse_bib(text: str) -> dict[str, str]:
    """Split BibTeX text into ``{key: entry_text}``.

    Parameters
    ----------
    text : str
        The content of a ``.bib`` file.

    Returns
    -------
    dict
        Citation key to the verbatim entry (from ``@`` to its closing brace).

    Raises
    ------
    ValueError
        If an entry's braces do not balance or a key appears twice.

    Examples
    --------
    >>> parse_bib("@misc{a, title={X}}\\n@book{b, title={{Y}}}")
    {'a': '@misc{a, title={X}}', 'b': '@book{b, title={{Y}}}'}
    """
    entries: dict[str, str] = {}
    for match in _ENTRY_START.finditer(text):
        kind, key = match.group(1), match.group(2)
        if kind.lower() in {"comment", "preamble", "string"}:
            continue
        depth = 0
        end = None
        for i in range(text.index("{", match.start()), len(text)):
            if text[i] == "{":
                depth += 1
            elif text[i] == "}":
                depth -= 1
                if depth == 0:
                    end = i + 1
                    break
        if end is None:
            line = text.count("\n", 0, match.start()) + 1
            raise ValueError(f"BibTeX entry '{key}' starting on line {line} has unbalanced braces")
        if key in entries:
            raise ValueError(f"BibTeX key '{key}' appears more than once")
        entries[key] = text[match.start():end]
    return entries


def read_bib(path: str | Path) -> dict[str, str]:
    """Read a ``.bib`` file into ``{key: entry_text}`` (see :func:`parse_bib`)."""
    return parse_bib(Path(path).read_text(encoding="utf-8"))


def split_source(value: str) -> list[tuple[str, str | None]]:
    """Split a ``source`` cell into ``(key, locator)`` pairs.

    The format is ``key`` or ``key:locator``, several separated by ``;``.

    Examples
    --------
    >>> split_source("mayer_seed:n. 46; canwfz2006")
    [('mayer_seed', 'n. 46'), ('canwfz2006', None)]
    """
    out: list[tuple[str, str | None]] = []
    for part in str(value).split(";"):
        part = part.strip()
        if not part:
            continue
        key, sep, loc = part.partition(":")
        out.append((key.strip(), loc.strip() if sep else None))
    return out
