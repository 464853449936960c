"""Writing whole folders without mixing versions: a lock, a staging folder and an atomic swap.

A folder that is regenerated as a whole (the results of ``regionalism
reproduce``, a new-region template) is built in a hidden sibling staging
folder (``.NAME.tmp-PID-XXXX``) and then swapped in. On Linux the swap is one
``renameat2(RENAME_EXCHANGE)`` call, so a reader (or a kill at any moment)
sees either the complete old folder or the complete new one; elsewhere it is
two renames and :func:`recover_folder` puts the old folder back if a run died
between them. A lock file (``.NAME.lock`` holding the owner's process id)
keeps two runs from writing the same folder; a lock whose process is gone is
stale and taken over.
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

__all__ = ["FolderLockedError", "folder_lock", "recover_folder", "staging_folder", "swap_folder"]

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class FolderLockedError(RuntimeError):
    """Raised when another live process holds the lock of a folder; ``.path`` is the folder."""

    def __init__(self, path: Path, pid: int):
        self.path, self.pid = Path(path), pid
        super().__init__(f"{self.path} is being written by another run (process {pid}, lock file "
                         f"{_lock_path(self.path)}); wait for it to finish or choose another folder")


def _lock_path(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.lock"


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_pid(path: Path) -> int:
    try:
        return int(path.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


@contextlib.contextmanager
def folder_lock(folder: str | Path) -> Iterator[Path]:
    """Hold the lock of ``folder`` (a ``.NAME.lock`` file next to it) for the ``with`` block.

    Parameters
    ----------
    folder : str or pathlib.Path
        The folder to be written; its parent must exist.

    Yields
    ------
    pathlib.Path
        The lock file.

    Raises
    ------
    FolderLockedError
        If a live process holds the lock (a lock left by a dead process is
        taken over).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from regionalism._shared.folders import FolderLockedError, folder_lock
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "results"
    >>> with folder_lock(target) as lock:
    ...     try:
    ...         with folder_lock(target):
    ...             pass
    ...     except FolderLockedError:
    ...         print("held")
    held
    >>> lock.exists()
    False
    """
    folder = Path(folder)
    lock = _lock_path(folder)
    for _ in range(3):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            pid = _read_pid(lock)
            if pid and _alive(pid) and pid != os.getpid():
                raise FolderLockedError(folder, pid) from None
            if pid == os.getpid():
                raise FolderLockedError(folder, pid) from None
            with contextlib.suppress(FileNotFoundError):
                lock.unlink()  # stale: its process is gone
            continue
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(f"{os.getpid()}\n")
        break
    else:  # pragma: no cover - another process keeps re-creating the lock
        raise FolderLockedError(folder, _read_pid(lock))
    try:
        yield lock
    finally:
        with contextlib.suppress(FileNotFoundError):
            if _read_pid(lock) == os.getpid():
                lock.unlink()


def _stale_siblings(folder: Path, kind: str) -> list[Path]:
    out = []
    for p in folder.parent.glob(f".{folder.name}.{kind}-*"):
        pid = p.name[len(f".{folder.name}.{kind}-"):].split("-")[0]
        if not (pid.isascii() and pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid()):
            out.append(p)
    return sorted(out)


def recover_folder(folder: str | Path) -> None:
    """Clean up after a run of this module that was killed: call it while holding :func:`folder_lock`.

    Removes stale staging folders (``.NAME.tmp-PID-*`` of dead processes),
    and puts back the old folder (``.NAME.old-PID-*``) when a two-rename swap
    died between its renames (``folder`` missing).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from regionalism._shared.folders import recover_folder
    >>> parent = pathlib.Path(tempfile.mkdtemp())
    >>> (parent / ".results.tmp-999999999-abc").mkdir()
    >>> recover_folder(parent / "results")
    >>> sorted(p.name for p in parent.iterdir())
    []
    """
    folder = Path(folder)
    olds = _stale_siblings(folder, "old")
    if not folder.exists() and olds:
        os.rename(olds[-1], folder)
        olds = olds[:-1]
    for p in _stale_siblings(folder, "tmp") + olds:
        shutil.rmtree(p, ignore_errors=True)


def staging_folder(folder: str | Path) -> Path:
    """A new empty hidden sibling of ``folder`` to build its next version in (mode 0755).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from regionalism._shared.folders import staging_folder
    >>> stage = staging_folder(pathlib.Path(tempfile.mkdtemp()) / "results")
    >>> stage.name.startswith(".results.tmp-"), stage.is_dir()
    (True, True)
    """
    folder = Path(folder)
    stage = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-{os.getpid()}-", dir=folder.parent))
    os.chmod(stage, 0o755)  # mkdtemp creates 0700
    return stage


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux renameat2; False when not available."""
    name = ctypes.util.find_library("c")
    if not name or not hasattr(os, "fsencode"):
        return False
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: file system without exchange
        return False
    raise OSError(err, os.strerror(err), str(b))


def swap_folder(stage: str | Path, folder: str | Path) -> None:
    """Put the complete folder ``stage`` in place of ``folder`` (which may not exist) and remove the old one.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from regionalism._shared.folders import staging_folder, swap_folder
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "results"
    >>> target.mkdir(); _ = (target / "old.txt").write_text("old")
    >>> stage = staging_folder(target); _ = (stage / "new.txt").write_text("new")
    >>> swap_folder(stage, target)
    >>> sorted(p.name for p in target.iterdir()), stage.exists()
    (['new.txt'], False)
    """
    stage, folder = Path(stage), Path(folder)
    if not folder.exists():
        os.rename(stage, folder)
        return
    if _exchange(stage, folder):
        shutil.rmtree(stage, ignore_errors=True)  # now holds the old version
        return
    old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old-{os.getpid()}-", dir=folder.parent))
    os.rmdir(old)
    os.rename(folder, old)
    os.rename(stage, folder)
    shutil.rmtree(old, ignore_errors=True)
