"""The wheel ships the datasets: build it, install it apart from the source tree, load every table."""
from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

CHECK = """
import regionalism as rg
from regionalism.data import datasets_root
root = datasets_root()
print(root)
names = rg.dataset_names()
for name in names:
    frame = rg.load(name)
    assert len(frame) > 0, name
print(len(names))
"""


@pytest.mark.slow
def test_wheel_installs_and_loads_every_table(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(REPO)],
                   check=True, capture_output=True, text=True)
    wheels = list(wheel_dir.glob("regionalism-*.whl"))
    assert len(wheels) == 1
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheels[0])],
                   check=True, capture_output=True, text=True)
    # -S: no site processing, so the editable install of the source tree is not visible;
    # the dependencies come from this interpreter's site-packages, placed after the wheel's files.
    env_path = f"{target}:{sysconfig.get_paths()['purelib']}:{sysconfig.get_paths()['platlib']}"
    out = subprocess.run([sys.executable, "-S", "-c", CHECK], check=True, capture_output=True, text=True,
                         env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"}, cwd=tmp_path)
    root, count = out.stdout.split()
    assert Path(root) == target / "regionalism" / "_datasets"
    shipped = sorted(p.parent.name for p in (REPO / "datasets").glob("*/datapackage.json"))
    assert sorted(p.parent.name for p in Path(root).glob("*/datapackage.json")) == shipped
    assert int(count) >= 20
    assert not (Path(root) / "build").exists()
