"""SIGKILL at random points (20 tries each, seeded) never leaves a mixed, partial or refused folder."""
from __future__ import annotations

import json
import os
import random
import signal
import sys
import textwrap
import time
from pathlib import Path

import pytest

from regionalism.report import MANIFEST
from regionalism.runner import reproduce

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform != "linux", reason="needs fork")

ANALYSIS = '''
"""Table {i}"""
import pandas as pd
from regionalism.report import save_table
from pathlib import Path

def run(out):
    version = int(Path(__file__).with_name("VERSION").read_text())
    files = []
    for k in range(2):
        files += save_table(pd.DataFrame({{"case": ["a"], "version": [version]}}), out, f"t{i}_{{k}}", caption="T")
    return files
'''


def _in_child(fn) -> int:
    pid = os.fork()
    if pid == 0:  # child: run and leave without pytest's cleanup
        code = 1
        try:
            fn()
            code = 0
        finally:
            os._exit(code)
    return pid


def _kill_at(pid: int, delay: float) -> None:
    time.sleep(delay)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _consistent(out: Path) -> int | None:
    """The version in a complete results folder, None if there is none; fail on a mixed or partial one."""
    if not out.exists():
        return None
    manifest = json.loads((out / MANIFEST).read_text())
    listed = {f for a in manifest["analyses"].values() for f in a["outputs"]} | {"index.html", "report.md", MANIFEST}
    assert {p.name for p in out.iterdir()} == listed, "partial or extra files"
    versions = {line.split(",")[-1] for p in out.glob("*.csv") for line in p.read_text().splitlines()[1:]}
    assert len(versions) == 1, f"mixed versions {versions}"
    assert all(a["status"] == "ok" for a in manifest["analyses"].values())
    return int(versions.pop())


def _child_seconds(run) -> float:
    """Wall time of one un-killed forked run (the children, not the parent, set the kill window)."""
    t = time.perf_counter()
    pid = _in_child(run)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return time.perf_counter() - t


def _wait_for_version(out: Path, version: int, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if _consistent(out) == version:
                return
        except (FileNotFoundError, json.JSONDecodeError, AssertionError):
            pass  # between the renames of the swap: look again
        time.sleep(0.002)
    raise AssertionError(f"the run for version {version} did not complete in {timeout} s")


def test_reproduce_killed_at_random_points(tmp_path):
    src = tmp_path / "an"
    src.mkdir()
    for i in (1, 2):
        (src / f"0{i}_t{i}.py").write_text(textwrap.dedent(ANALYSIS.format(i=i)))
    out = tmp_path / "results"
    (src / "VERSION").write_text("0")
    timing = tmp_path / "timing"
    span = max(_child_seconds(lambda: reproduce(out=timing, analyses_dir=src, progress=False)) for _ in range(2))
    for p in sorted(timing.iterdir()):
        p.unlink()
    timing.rmdir()
    rng = random.Random(17)
    seen: set[int | None] = set()
    completed = None
    for attempt in range(20):
        (src / "VERSION").write_text(str(attempt))
        pid = _in_child(lambda: reproduce(out=out, analyses_dir=src, progress=False))
        if rng.random() < 0.25:  # kill right after the swap, while the run cleans up and exits
            _wait_for_version(out, attempt)
            _kill_at(pid, 0.0)
        else:  # kill at a random point of the run (a slow run may still finish first)
            _kill_at(pid, rng.uniform(0.0, span))
        version = _consistent(out)
        assert version is None or version == completed or version == attempt, (version, completed, attempt)
        if version is not None:
            completed = version
        seen.add(version)
    (src / "VERSION").write_text("99")
    report = reproduce(out=out, analyses_dir=src, progress=False)  # never refused after a kill
    assert report.ok and _consistent(out) == 99
    assert sorted(p.name for p in tmp_path.iterdir()) == ["an", "results"]  # stale staging and locks gone
    assert len(seen) > 1  # some kills landed before and some after the swap


def test_new_region_killed_at_random_points(tmp_path):
    from regionalism.extend.templates import new_region
    from regionalism.extend import check_folder

    rng = random.Random(23)
    members = [290, 310, 316, 317, 339, 344, 345, 346, 349, 355, 359, 360, 365, 366, 367, 368]
    t = time.perf_counter()
    new_region("Big region", tmp_path / "timing", members=members, start=1992)
    span = 1.5 * (time.perf_counter() - t)
    for attempt in range(20):
        base = tmp_path / f"try{attempt}"
        base.mkdir()
        pid = _in_child(lambda: new_region("Big region", base, members=members, start=1992))
        _kill_at(pid, rng.uniform(0.0, span))
        made = [p.name for p in base.iterdir() if not p.name.startswith(".")]
        assert made in ([], ["big_region"])
        if made:
            assert check_folder(base / "big_region").report.ok
        new_region("Big region", base, members=members, start=1992, force=bool(made))  # never refused
        assert sorted(p.name for p in base.iterdir() if not p.name.startswith(".")) == ["big_region"]
