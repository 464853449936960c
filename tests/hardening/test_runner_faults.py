"""reproduce under faults: shipped analyses only, a lock, atomic swap, bad analyses, read-only and full disks."""
from __future__ import annotations

import errno
import json
import os
import textwrap
from pathlib import Path

import pytest

from regionalism import cli
from regionalism._shared.folders import FolderLockedError, folder_lock
from regionalism.report import MANIFEST, ResultsWriteError
from regionalism.runner import analyses_root, find_analyses, reproduce

TABLE = '''
"""A table"""
import pandas as pd
from regionalism.report import save_table

def run(out):
    return save_table(pd.DataFrame({"case": ["a"], "v": [VALUE]}), out, "tab", caption="Tab")
'''


def make(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.py").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def test_default_analyses_are_the_shipped_ones_never_the_cwd(tmp_path, monkeypatch):
    trap = make(tmp_path / "analyses", {"01_mia_trends": "raise SystemExit('cwd code ran')\n"})
    monkeypatch.chdir(tmp_path)
    found = find_analyses()
    assert found["01_mia_trends"].parent == analyses_root()
    assert analyses_root() != trap


def test_non_output_return_and_sys_exit_are_failures_and_the_run_goes_on(tmp_path):
    src = make(tmp_path / "an", {
        "01_strings": 'def run(out):\n    return ["not an output"]\n',
        "02_exit": 'import sys\ndef run(out):\n    sys.exit(3)\n',
        "03_none": 'def run(out):\n    return None\n',
        "04_table": TABLE.replace("VALUE", "1"),
    })
    report = reproduce(out=tmp_path / "r", analyses_dir=src, progress=False)
    status = {r.name: r.status for r in report.results}
    assert status == {"01_strings": "failed", "02_exit": "failed", "03_none": "failed", "04_table": "ok"}
    assert "Output" in report.results[0].reason and "SystemExit" in report.results[1].reason
    assert (tmp_path / "r" / "tab.csv").is_file() and (tmp_path / "r" / "index.html").is_file()


def test_lock_held_gives_a_clear_error(tmp_path, capsys):
    src = make(tmp_path / "an", {"01_table": TABLE.replace("VALUE", "1")})
    out = tmp_path / "r"
    lock = tmp_path / ".r.lock"
    lock.write_text(f"{os.getppid()}\n")  # a live process (pytest's parent) holds it
    with pytest.raises(FolderLockedError, match="another run"):
        reproduce(out=out, analyses_dir=src, progress=False)
    assert cli.main(["reproduce", "--out", str(out), "--analyses", str(src), "--quiet"]) == 1
    assert "being written by another run" in capsys.readouterr().err
    assert not out.exists()
    lock.write_text("999999999\n")  # stale: no such process
    assert reproduce(out=out, analyses_dir=src, progress=False).ok
    assert not lock.exists()


def test_stale_staging_folders_are_removed_and_old_results_replaced_whole(tmp_path):
    src = make(tmp_path / "an", {"01_table": TABLE.replace("VALUE", "1")})
    out = tmp_path / "r"
    reproduce(out=out, analyses_dir=src, progress=False)
    (tmp_path / ".r.tmp-999999999-xyz").mkdir()
    (out / "leftover.csv").write_text("from an older run")
    make(src, {"01_table": TABLE.replace("VALUE", "2")})
    os.utime(src / "01_table.py", ns=(1, 10**18))
    reproduce(out=out, analyses_dir=src, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["an", "r"]
    assert not (out / "leftover.csv").exists()
    assert "2" in (out / "tab.csv").read_text()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_parent_is_one_clear_error(tmp_path, capsys):
    src = make(tmp_path / "an", {"01_table": TABLE.replace("VALUE", "1")})
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with pytest.raises(ResultsWriteError, match="nothing was changed"):
            reproduce(out=ro / "r", analyses_dir=src, progress=False)
        assert cli.main(["reproduce", "--out", str(ro / "r"), "--analyses", str(src), "--quiet"]) == 1
        assert "cannot write" in capsys.readouterr().err
    finally:
        ro.chmod(0o755)


def test_disk_full_keeps_the_old_results(tmp_path, monkeypatch, capsys):
    src = make(tmp_path / "an", {"01_table": TABLE.replace("VALUE", "1")})
    out = tmp_path / "r"
    reproduce(out=out, analyses_dir=src, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    import regionalism.report.outputs as outputs

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs, "atomic_write", full)
    with pytest.raises(ResultsWriteError, match="No space left"):
        reproduce(out=out, analyses_dir=src, progress=False)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["an", "r"]
    assert cli.main(["reproduce", "--out", str(out), "--analyses", str(src), "--quiet"]) == 1
    assert "No space left" in capsys.readouterr().err


def test_folder_lock_is_reentrant_safe(tmp_path):
    with folder_lock(tmp_path / "x"):
        with pytest.raises(FolderLockedError):
            with folder_lock(tmp_path / "x"):
                pass
    assert not (tmp_path / ".x.lock").exists()


def test_manifest_is_written_last_and_lists_outputs(tmp_path):
    src = make(tmp_path / "an", {"01_table": TABLE.replace("VALUE", "1")})
    out = tmp_path / "r"
    reproduce(out=out, analyses_dir=src, progress=False)
    manifest = json.loads((out / MANIFEST).read_text())
    assert set(manifest["analyses"]["01_table"]["outputs"]) | {"index.html", "report.md", MANIFEST} == \
        {p.name for p in out.iterdir()}


def test_permission_denied_is_one_clear_error(tmp_path, monkeypatch, capsys):
    """As root the read-only test above is skipped: simulate the refused folder creation."""
    import regionalism.runner as runner

    src = make(tmp_path / "an", {"01_table": TABLE.replace("VALUE", "1")})

    def refused(folder):
        raise PermissionError(errno.EACCES, "Permission denied", str(folder))

    monkeypatch.setattr(runner, "staging_folder", refused)
    with pytest.raises(ResultsWriteError, match="Permission denied"):
        reproduce(out=tmp_path / "r", analyses_dir=src, progress=False)
    assert cli.main(["reproduce", "--out", str(tmp_path / "r"), "--analyses", str(src), "--quiet"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["an"]


def test_concurrent_run_is_refused_while_the_first_writes(tmp_path):
    import signal
    import time

    src = make(tmp_path / "an", {"01_slow": 'import time\ndef run(out):\n    time.sleep(30)\n    return []\n'})
    out = tmp_path / "r"
    pid = os.fork()
    if pid == 0:
        try:
            reproduce(out=out, analyses_dir=src, progress=False)
        finally:
            os._exit(0)
    try:
        lock = tmp_path / ".r.lock"
        for _ in range(200):
            if lock.exists() and lock.read_text().strip() == str(pid):
                break
            time.sleep(0.05)
        with pytest.raises(FolderLockedError, match=str(pid)):
            reproduce(out=out, analyses_dir=src, progress=False)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    fast = make(tmp_path / "an2", {"01_table": TABLE.replace("VALUE", "1")})
    assert reproduce(out=out, analyses_dir=fast, progress=False).ok  # the dead run's lock is stale
