"""Writing files without losing data: the package's one :func:`atomic_write`.

Every write goes to a temporary file in the same folder, is flushed to disk
and then renamed over the target with :func:`os.replace` (atomic on POSIX and
Windows), so an interrupted run leaves either the old or the new complete
file, never a mix. An existing file is never replaced silently: without
``force`` the write is refused; with ``force`` the old file is first kept as
a numbered backup, unless ``backup=False`` (regenerated outputs such as
``regionalism reproduce``'s results). Files are readable by everyone
(mode 0644), as results and templates are meant to be shared.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["WouldOverwriteError", "atomic_write", "backup_path"]


class WouldOverwriteError(FileExistsError):
    """Raised instead of silently replacing a user's file; ``.path`` is the file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        super().__init__(f"{self.path} already exists; refusing to overwrite it. "
                         "Choose another folder, or pass force=True (--force) to replace it "
                         "and keep the old file as a backup.")


def backup_path(path: Path) -> Path:
    """The first free backup name for ``path``: ``name.bak``, ``name.bak1``, ``name.bak2``, ..."""
    path = Path(path)
    candidate = path.with_name(path.name + ".bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak{n}")
        n += 1
    return candidate


def atomic_write(path: str | Path, data: str | bytes, *, force: bool = False, backup: bool = True,
                 parents: bool = False, encoding: str = "utf-8") -> Path | None:
    """Write a file atomically, never replacing an existing one without a backup.

    Parameters
    ----------
    path : str or pathlib.Path
        The file to write. Its folder must exist.
    data : str or bytes
        The complete new content (text is encoded with ``encoding``; line
        endings are written as given).
    force : bool, default False
        Replace an existing file, after copying it to a backup
        (:func:`backup_path`). Without it an existing file raises
        :class:`WouldOverwriteError` and nothing is written.
    backup : bool, default True
        With ``force``, keep the old file as a backup first; ``False``
        replaces it without one.
    parents : bool, default False
        Create missing parent folders (otherwise the folder must exist).
    encoding : str, default "utf-8"
        Encoding for text.

    Returns
    -------
    pathlib.Path or None
        The backup of the old file, or None when there was no old file.

    Raises
    ------
    WouldOverwriteError
        If ``path`` exists and ``force`` is False.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from regionalism._shared.files import atomic_write
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "notes.txt"
    >>> atomic_write(f, "first\\n") is None
    True
    >>> atomic_write(f, "second\\n", force=True).name
    'notes.txt.bak'
    >>> f.read_text()
    'second\\n'
    """
    path = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else bytes(data)
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    kept: Path | None = None
    if path.exists():
        if not force:
            raise WouldOverwriteError(path)
        if backup:
            kept = backup_path(path)
            _copy_atomic(path, kept)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)
    return kept


def _copy_atomic(src: Path, dest: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        shutil.copy2(src, tmp)
        os.replace(tmp, dest)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
