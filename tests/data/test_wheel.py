"""The wheel ships the datasets, codebooks and analyses: build it, install it into a fresh venv outside the
checkout, then load and describe every table and panel and run ``regionalism reproduce`` from elsewhere."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

CHECK = """
import json, sys
import regionalism as rg
from regionalism.data import datasets_root
from regionalism.data.schema import PANELS
from regionalism.runner import analyses_root
names = rg.dataset_names()
for name in names:
    frame = rg.load(name)
    assert len(frame) > 0, name
    assert len(rg.describe(name).fields) > 0, name
for panel in PANELS:
    assert len(rg.describe(panel).fields) > 5, panel
    assert rg.cite(panel).startswith("@software"), panel
print(json.dumps({"root": str(datasets_root()), "analyses": str(analyses_root()), "n": len(names),
                  "module": rg.__file__}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv outside the checkout with the built wheel installed (dependencies from this interpreter)."""
    tmp = tmp_path_factory.mktemp("wheel")
    wheel_dir = tmp / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(wheel_dir), str(REPO)], check=True, capture_output=True, text=True)
    wheels = list(wheel_dir.glob("regionalism-*.whl"))
    assert len(wheels) == 1
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # the dependencies (numpy, pandas, ...) come from this interpreter; its editable regionalism is not visible
    # because a path listed in a .pth file is appended to sys.path without processing that folder's .pth files
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                    str(wheels[0])], check=True, capture_output=True, text=True)
    return venv, tmp


def _env() -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "MPLBACKEND": "Agg"}


@pytest.mark.slow
def test_wheel_loads_and_describes_every_table_and_panel(installed):
    venv, tmp = installed
    out = subprocess.run([str(venv / "bin" / "python"), "-c", CHECK], check=True, capture_output=True, text=True,
                         env=_env(), cwd=tmp)
    info = json.loads(out.stdout)
    assert not info["module"].startswith(str(REPO)), info["module"]
    root = Path(info["root"])
    assert root.parent.name == "regionalism" and root.name == "_datasets"
    shipped = sorted(p.parent.name for p in (REPO / "datasets").glob("*/datapackage.json"))
    assert sorted(p.parent.name for p in root.glob("*/datapackage.json")) == shipped
    assert info["n"] >= 20
    assert not (root / "build").exists()
    analyses = Path(info["analyses"])
    assert analyses.name == "_analyses" and (analyses / "references.bib").is_file()
    assert sorted(p.name for p in analyses.glob("[0-9][0-9]_*.py")) == \
        sorted(p.name for p in (REPO / "analyses").glob("[0-9][0-9]_*.py"))
    cli = subprocess.run([str(venv / "bin" / "regionalism"), "describe", "region_year"], capture_output=True,
                         text=True, env=_env(), cwd=tmp)
    assert cli.returncode == 0 and "secreg_depth" in cli.stdout, cli.stderr


@pytest.mark.slow
def test_wheel_reproduces_from_another_directory(installed):
    venv, tmp = installed
    work = tmp / "elsewhere"
    (work / "analyses").mkdir(parents=True)
    # a downloaded folder's analyses/ must never run without --analyses
    (work / "analyses" / "01_mia_trends.py").write_text("raise SystemExit('ran the current directory code')\n")
    cmd = [str(venv / "bin" / "regionalism"), "reproduce", "01", "05", "--out", "results", "--quiet"]
    first = subprocess.run(cmd, capture_output=True, text=True, env=_env(), cwd=work)
    assert first.returncode == 0, first.stdout + first.stderr
    results = work / "results"
    page = (results / "index.html").read_text(encoding="utf-8")
    assert "missing BibTeX entry" not in page and "current directory code" not in page
    before = {p.name: p.read_bytes() for p in results.iterdir() if not p.name.startswith(".")}
    second = subprocess.run(cmd, capture_output=True, text=True, env=_env(), cwd=work)
    assert second.returncode == 0, second.stderr
    after = {p.name: p.read_bytes() for p in results.iterdir() if not p.name.startswith(".")}
    assert before == after and "index.html" in after and "report.md" in after
    assert sorted(p.name for p in work.iterdir()) == ["analyses", "results"]
