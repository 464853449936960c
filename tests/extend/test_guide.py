"""Run the worked example of docs/guide/adding-a-region.md end to end: template, files, checks, panel, model."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import regionalism as rg
from regionalism.cli import main

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide" / "adding-a-region.md"


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, re.S | re.M)


@pytest.fixture(scope="module")
def guide_text() -> str:
    if not GUIDE.is_file():
        pytest.skip("the guide is not in this checkout")
    return GUIDE.read_text(encoding="utf-8")


def test_guide_end_to_end(guide_text, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REGIONALISM_DATA", str(tmp_path / "home"))
    # step 2: the command as printed in the guide
    commands = [line[2:] for block in _blocks(guide_text, "console") for line in block.splitlines()
                if line.startswith("$ regionalism new-region")]
    assert len(commands) == 1
    assert main(shlex.split(commands[0])[1:]) == 0
    from regionalism import extend

    folder = extend.data_home() / "western_balkans"
    assert (folder / "README.md").is_file()
    # steps 3-7: the files exactly as printed in the guide
    files = re.findall(r'^```\w+ title="([^"]+)"\n(.*?)^```', guide_text, re.S | re.M)
    assert {name for name, _ in files} == {"regions.csv", "region_members.csv", "references.bib",
                                          "organizations.csv", "memberships.csv", "security_design.csv"}
    for name, content in files:
        (folder / name).write_text(content, encoding="utf-8")
    # step 8: the check prints what the guide shows
    capsys.readouterr()
    assert main(["validate", str(folder)]) == 0
    assert capsys.readouterr().out.strip() == "checked 7 table(s): no problems"
    # step 9: the Python code as printed, in a fresh interpreter (as a user would run it)
    code = "\n".join(_blocks(guide_text, "python")) + (
        "\nwb = panel[panel.region_id == 'western_balkans'].set_index('year')"
        "\nprint('CHECK', int(wb.loc[2010, 'n_states']), int(wb.loc[2000, 'n_states']), int(result.nobs),"
        " 'polyarchy_mean' in result.params.index)\n")
    env = {**os.environ, "REGIONALISM_DATA": str(tmp_path / "home")}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    check = [line for line in run.stdout.splitlines() if line.startswith("CHECK")][0].split()
    assert check[1:3] == ["7", "5"]  # Montenegro from 2006, Kosovo from 2008
    assert int(check[3]) > 0 and check[4] == "True"
    tables = rg.Tables.with_overlay(folder)
    assert "us_adriatic_charter" in set(rg.security_institutions("western_balkans", 2010, tables=tables)["unit_id"])
    assert "us_adriatic_charter" not in set(rg.security_institutions("western_balkans", 2002, tables=tables)["unit_id"])


def test_guide_error_example(guide_text, tmp_path, monkeypatch):
    monkeypatch.setenv("REGIONALISM_DATA", str(tmp_path / "home"))
    from regionalism import extend

    folder = extend.new_region("Western Balkans", extend.data_home())
    for name, content in re.findall(r'^```\w+ title="([^"]+)"\n(.*?)^```', guide_text, re.S | re.M):
        (folder / name).write_text(content, encoding="utf-8")
    mem = folder / "memberships.csv"
    lines = mem.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("us_adriatic_charter,HRV,", "us_adriatic_charter,Narnia,")
    lines[3] = lines[3].replace("North Macedonia,2003,2003-05-02,,", "North Macedonia,2003,2003-05-02,2002,")
    mem.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shown = _blocks(guide_text, "text")[0].strip().splitlines()
    got = [str(p).replace(str(folder) + "/", "") for p in extend.check_folder(folder).report.problems]
    assert got == shown
