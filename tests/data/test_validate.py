"""rg.validate reports every problem with file, line, column, value and expectation."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import regionalism as rg
from regionalism.cli import main
from regionalism.data import datasets_root


@pytest.fixture
def mia_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "mia"
    shutil.copytree(datasets_root() / "mia", dest)
    return dest


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_clean_copy_passes(mia_copy):
    assert rg.validate(mia_copy).ok


def test_many_problems_reported_at_once(mia_copy):
    csv = mia_copy / "mia.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("delegation")] = "lots"          # wrong type
    lines[1] = ",".join(row)
    row3 = lines[3].split(",")
    row3[header.index("pooling")] = "1.5"             # out of range
    row3[header.index("type_i")] = "regional"         # category outside the codebook
    lines[3] = ",".join(row3)
    lines.append(lines[2])                             # duplicate key
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = rg.validate(mia_copy)
    kinds = {(p.kind, p.line, p.column) for p in report.problems}
    assert ("type", 2, "delegation") in kinds
    assert ("range", 4, "pooling") in kinds
    assert ("type", 4, "type_i") in kinds
    dup = [p for p in report.problems if p.kind == "duplicate key"]
    assert dup and dup[0].line == len(lines)
    text = str(report)
    assert "mia.csv, line 2, column 'delegation': found 'lots'; expected a number" in text
    with pytest.raises(rg.ValidationError) as err:
        rg.validate(mia_copy, raise_on_error=True)
    assert len(err.value.report.problems) == len(report.problems)


def test_missing_and_unexpected_columns(mia_copy):
    _edit(mia_copy / "mia.csv", "delegation,pooling", "delegatoin,pooling")
    report = rg.validate(mia_copy)
    kinds = {(p.kind, p.column) for p in report.problems}
    assert ("missing column", "delegation") in kinds
    assert ("unexpected column", "delegatoin") in kinds


@pytest.mark.parametrize(
    "content, kind",
    [
        (b"", "empty file"),
        (b"acronym;ioname;year\nAMU;AMU;1990\n", "delimiter"),
        ("acronym,ioname\nAM\u00dc,x\n".encode("latin-1"), "encoding"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a table"),
    ],
)
def test_unreadable_files(mia_copy, content, kind):
    (mia_copy / "mia.csv").write_bytes(content)
    report = rg.validate(mia_copy)
    assert [p.kind for p in report.problems] == [kind]
    assert report.problems[0].file.endswith("mia.csv")


def test_ragged_row(mia_copy):
    csv = mia_copy / "mia.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5] + ",extra"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = rg.validate(mia_copy)
    assert [(p.kind, p.line) for p in report.problems] == [("row length", 6)]


def test_not_a_dataset(tmp_path):
    report = rg.validate(tmp_path)
    assert report.problems[0].kind == "no datapackage"


def test_cli_exit_status(mia_copy, capsys):
    assert main(["validate", str(mia_copy)]) == 0
    _edit(mia_copy / "mia.csv", "AMU,AMU,470,1989", "AMU,AMU,470,nineteen")
    assert main(["validate", str(mia_copy)]) == 1
    out = capsys.readouterr().out
    assert "column 'year': found 'nineteen'" in out
    assert main(["describe", "nope"]) == 1
    assert "No dataset named 'nope'" in capsys.readouterr().err


def test_exact_date_must_fall_in_its_year(tmp_path):
    dest = tmp_path / "memberships"
    shutil.copytree(datasets_root() / "memberships", dest)
    csv = dest / "memberships.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    i = next(k for k, line in enumerate(lines[1:], start=1)
             if line.split(",")[header.index("start_date")] and '"' not in line)
    row = lines[i].split(",")
    year = int(row[header.index("start")])
    row[header.index("start_date")] = f"{year + 3}-01-01"
    lines[i] = ",".join(row)
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = [p for p in rg.validate(dest).problems if p.kind == "date and year disagree"]
    assert [(p.line, p.column) for p in problems] == [(i + 1, "start_date")]
    assert f"in start = {year}" in problems[0].expected
