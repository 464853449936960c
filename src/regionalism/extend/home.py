"""Where a user's own datasets live: the regionalism data home.

Only the standard library is used (no ``platformdirs``): the folder follows
each platform's convention for per-user application data.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["data_home", "ENV_VAR"]

ENV_VAR = "REGIONALISM_DATA"


def data_home(*, create: bool = False) -> Path:
    """The folder for a user's own datasets (regions, organizations, codings).

    Parameters
    ----------
    create : bool, default False
        Create the folder (and its parents) if it does not exist.

    Returns
    -------
    pathlib.Path
        ``$REGIONALISM_DATA`` when set; otherwise on Linux and other Unix
        ``$XDG_DATA_HOME/regionalism`` (default ``~/.local/share/regionalism``),
        on macOS ``~/Library/Application Support/regionalism`` and on Windows
        ``%APPDATA%\\regionalism``.

    Notes
    -----
    These are the locations the ``platformdirs`` package uses for
    ``user_data_dir("regionalism")`` (without an author folder on Windows).

    Examples
    --------
    >>> import os
    >>> from regionalism.extend import data_home
    >>> os.environ["REGIONALISM_DATA"] = "/tmp/my-regionalism-data"
    >>> str(data_home())
    '/tmp/my-regionalism-data'
    >>> del os.environ["REGIONALISM_DATA"]
    """
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        home = Path(override).expanduser()
    elif sys.platform.startswith("win"):
        base = os.environ.get("APPDATA", "").strip()
        home = (Path(base) if base else Path.home() / "AppData" / "Roaming") / "regionalism"
    elif sys.platform == "darwin":
        home = Path.home() / "Library" / "Application Support" / "regionalism"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "").strip()
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
        home = base / "regionalism"
    if create:
        home.mkdir(parents=True, exist_ok=True)
    return home
