"""Writes never lose a user's file: refusal, backups, and atomic replacement under kill -9."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest

from regionalism._shared import files as safe_write
from regionalism._shared.files import backup_path
from regionalism.extend import WouldOverwriteError, atomic_write


def test_refuses_to_overwrite(tmp_path):
    f = tmp_path / "regions.csv"
    f.write_text("mine\n", encoding="utf-8")
    with pytest.raises(WouldOverwriteError) as err:
        atomic_write(f, "theirs\n")
    assert f.read_text(encoding="utf-8") == "mine\n"
    assert str(err.value) == (f"{f} already exists; refusing to overwrite it. Choose another folder, or pass "
                              "force=True (--force) to replace it and keep the old file as a backup.")
    assert isinstance(err.value, FileExistsError) and err.value.path == f


def test_force_keeps_numbered_backups(tmp_path):
    f = tmp_path / "a.csv"
    assert atomic_write(f, "v1") is None
    assert atomic_write(f, "v2", force=True) == tmp_path / "a.csv.bak"
    assert atomic_write(f, "v3", force=True) == tmp_path / "a.csv.bak1"
    assert f.read_text() == "v3"
    assert (tmp_path / "a.csv.bak").read_text() == "v1"
    assert (tmp_path / "a.csv.bak1").read_text() == "v2"
    assert backup_path(f) == tmp_path / "a.csv.bak2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "a.csv.bak", "a.csv.bak1"]  # no temp files left


WRITER = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("safe_write", sys.argv[3])  # no pandas import: fast start
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
atomic_write = mod.atomic_write
path, size = sys.argv[1], int(sys.argv[2])
print("ready", flush=True)
for i in range(1000):
    atomic_write(path, (str(i % 10) * size + "\\n") * 20, force=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_leaves_old_or_new_complete_file(tmp_path):
    rng = random.Random(8)
    f = tmp_path / "memberships.csv"
    size = 200_000  # ~4 MB per write, so kills land mid-write
    old = ("o" * size + "\n") * 20
    complete = {old} | {(str(d) * size + "\n") * 20 for d in range(10)}
    f.write_text(old, encoding="utf-8")
    for _ in range(20):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(f), str(size), safe_write.__file__], stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.15))
        proc.kill()
        proc.wait()
        proc.stdout.close()
        assert f.read_text(encoding="utf-8") in complete
        for stray in tmp_path.glob(".*.tmp"):  # a killed writer may leave its temp file, never a broken target
            stray.unlink()
        for bak in tmp_path.glob("*.bak*"):
            text = bak.read_text(encoding="utf-8")
            assert text in complete  # a backup copy interrupted before its rename is never named .bak
            bak.unlink()
