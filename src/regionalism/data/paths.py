"""Where the shipped datasets live.

Installed from a wheel, the datasets sit inside the package
(``regionalism/_datasets``); in a source checkout (editable install) they are
the repository's top-level ``datasets/`` folder.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["datasets_root"]


def datasets_root() -> Path:
    """Return the folder that holds the shipped dataset folders.

    Returns
    -------
    pathlib.Path
        A folder with one sub-folder per dataset (each with a
        ``datapackage.json``) and the shared ``references.bib``.

    Raises
    ------
    FileNotFoundError
        If neither the installed nor the source-tree location exists.

    Examples
    --------
    >>> from regionalism.data.paths import datasets_root
    >>> root = datasets_root()
    >>> (root / "references.bib").is_file()
    True
    >>> (root / "states" / "datapackage.json").is_file()
    True
    """
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_datasets", here.parent.parent / "datasets"):
        if (candidate / "references.bib").is_file():
            return candidate
    raise FileNotFoundError(
        "regionalism cannot find its datasets: looked in "
        f"{here / '_datasets'} (installed) and {here.parent.parent / 'datasets'} "
        "(source checkout). Reinstall the package or run the build script "
        "datasets/build/build.py."
    )
