"""The runner: statuses, report, safety of the output folder, reproducibility."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from regionalism import cli
from regionalism.report import MANIFEST, write_atomic
from regionalism.runner import find_analyses, reproduce

FIGURE = '''
"""A figure

Draws a line.
"""
from regionalism.report import save_figure
import pandas as pd
DATASETS = ["mia"]
REFERENCES = ["hooghe2017mia"]

def run(out):
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots()
    data = pd.DataFrame({"x": [1, 2, 3], "y": [0.5, 0.25, 0.75]})
    ax.plot(data.x, data.y, label="y")
    return save_figure(fig, out, "line", data=data, caption="A line")
'''
TABLE = '''
"""A table"""
import pandas as pd
from regionalism.report import save_table

def run(out):
    return save_table(pd.DataFrame({"case": ["a", "b"], "v": [1.23456, 2.0]}), out, "tab", caption="Tab")
'''
PENDING = '''
"""Waiting for an engine"""
from regionalism.report import Pending

def run(out):
    raise Pending("engine X is not available")
'''
BROKEN = '''
"""Broken"""
def run(out):
    raise ZeroDivisionError("boom")
'''


def make(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.py").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def test_statuses_report_and_manifest(tmp_path: Path) -> None:
    src = make(tmp_path / "an", {"01_figure": FIGURE, "02_table": TABLE, "03_pending": PENDING})
    out = tmp_path / "results"
    report = reproduce(out=out, analyses_dir=src, progress=False)
    assert [r.status for r in report.results] == ["ok", "ok", "pending"]
    assert report.ok
    assert report.results[0].title == "A figure"
    assert "engine X" in report.results[2].reason
    assert {p.name for p in out.iterdir()} >= {"line.png", "line.pdf", "line.csv", "tab.csv", "tab.md", "tab.tex",
                                              "tab.html", "index.html", "report.md", MANIFEST}
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in page and "A line" in page
    assert "<table" in page and "1.235" in page  # the table, rendered with 3 digits
    assert "engine X is not available" in page
    assert "@book{hooghe2017mia" in page  # citation of the reproduced publication
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["analyses"]["01_figure"]["outputs"] == ["line.png", "line.pdf", "line.csv"]
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "![A line](line.png)" in md and "| case | v |" in md


def test_rerun_is_byte_identical(tmp_path: Path) -> None:
    src = make(tmp_path / "an", {"01_figure": FIGURE, "02_table": TABLE})
    out = tmp_path / "results"
    reproduce(out=out, analyses_dir=src, progress=False)
    first = {p.name: p.read_bytes() for p in out.iterdir() if p.name != MANIFEST}
    assert {"index.html", "report.md"} <= set(first)
    reproduce(out=out, analyses_dir=src, progress=False)
    second = {p.name: p.read_bytes() for p in out.iterdir() if p.name != MANIFEST}
    assert first == second  # wall times live in the manifest only
    assert "seconds" in json.loads((out / MANIFEST).read_text())


def test_refuses_foreign_folder(tmp_path: Path) -> None:
    src = make(tmp_path / "an", {"02_table": TABLE})
    foreign = tmp_path / "thesis"
    foreign.mkdir()
    (foreign / "chapter1.tex").write_text("precious")
    with pytest.raises(FileExistsError, match="not a results folder"):
        reproduce(out=foreign, analyses_dir=src, progress=False)
    assert [p.name for p in foreign.iterdir()] == ["chapter1.tex"]
    assert cli.main(["reproduce", "--out", str(foreign), "--analyses", str(src), "--quiet"]) == 1
    assert (foreign / "chapter1.tex").read_text() == "precious"


def test_cli_exit_codes_and_selection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = make(tmp_path / "an", {"01_figure": FIGURE, "02_table": TABLE, "03_pending": PENDING, "04_broken": BROKEN})
    out = tmp_path / "r"
    assert cli.main(["reproduce", "02", "pending", "--out", str(out), "--analyses", str(src)]) == 0
    captured = capsys.readouterr()
    assert "[1/2] 02_table ... ok" in captured.err and "03_pending" in captured.out
    assert cli.main(["reproduce", "--out", str(out), "--analyses", str(src), "--quiet"]) == 1
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in page  # the report is written before the failure exit
    with pytest.raises(KeyError, match="unknown analysis"):
        reproduce(["nope"], out=out, analyses_dir=src, progress=False)


def test_find_analyses_ignores_helpers(tmp_path: Path) -> None:
    src = make(tmp_path / "an", {"01_a": TABLE, "_common": TABLE, "notes": TABLE})
    assert list(find_analyses(src)) == ["01_a"]


def test_write_atomic_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "x" / "f.txt"
    write_atomic(target, "one")
    write_atomic(target, b"two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["f.txt"]


def test_shipped_analyses_are_complete() -> None:
    from regionalism.runner import load_analysis

    found = find_analyses()
    assert len(found) >= 11
    for name, path in found.items():
        module = load_analysis(path)
        doc = module.__doc__ or ""
        assert doc.strip().splitlines()[0], name  # title line
        assert "Data:" in doc and "Outputs:" in doc, name
        assert callable(module.run) and isinstance(module.DATASETS, list), name
