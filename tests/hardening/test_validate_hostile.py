"""rg.validate on hostile or malformed input: no reads outside the folder, no hang, clear problems."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import regionalism as rg
from regionalism.cli import main
from regionalism.data.patterns import PatternError, is_risky, match_pattern

FIELDS = [{"name": "id", "type": "string", "constraints": {"required": True, "pattern": "[a-z]+"}},
          {"name": "year", "type": "year"},
          {"name": "value", "type": "number"}]


def make(tmp_path: Path, csv_text: str = "id,year,value\nab,2000,1.5\n", **resource) -> Path:
    folder = tmp_path / "pkg"
    folder.mkdir(exist_ok=True)
    res = {"name": "t", "path": "t.csv", "schema": {"fields": FIELDS}, **resource}
    (folder / "datapackage.json").write_text(json.dumps({"name": "pkg", "resources": [res]}), encoding="utf-8")
    (folder / "t.csv").write_bytes(csv_text.encode("utf-8"))
    return folder


def kinds(report) -> set[tuple]:
    return {(p.kind, p.line, p.column) for p in report.problems}


def test_clean_package_passes(tmp_path):
    assert rg.validate(make(tmp_path), shipped=False).ok


@pytest.mark.parametrize("path", ["../../../../etc/passwd", "/etc/passwd", "sub/../../x.csv"])
def test_path_traversal_reads_nothing_outside(tmp_path, path):
    folder = make(tmp_path, path=path)
    report = rg.validate(folder, shipped=False)
    assert not report.ok
    assert any(p.kind == "descriptor" and "inside the dataset folder" in p.expected for p in report.problems)
    assert "root:" not in str(report) and not any("passwd" in c for c in report.checked)


def test_catastrophic_pattern_finishes_fast(tmp_path):
    fields = [{"name": "id", "type": "string", "constraints": {"pattern": "(a+)+$"}}]
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "datapackage.json").write_text(json.dumps(
        {"resources": [{"name": "t", "path": "t.csv", "schema": {"fields": fields}}]}))
    (folder / "t.csv").write_text("id\n" + "a" * 40 + "b\n")
    t = time.perf_counter()
    report = rg.validate(folder, shipped=False)
    assert time.perf_counter() - t < 20
    assert any("did not finish" in p.expected for p in report.problems)


def test_pattern_helpers():
    assert is_risky("(a+)+$") and is_risky("((ab)*)+") and not is_risky("[A-Z]{3}")
    assert match_pattern(["abc", "x1"], "[a-z]+") == [True, False]
    with pytest.raises(PatternError, match="not a valid regular expression"):
        match_pattern(["a"], "(")
    # a risky but fast pattern still answers correctly (in a child process)
    assert match_pattern(["a;b", "a;;"], "(a|b)(;(a|b))*") == [True, False]


@pytest.mark.parametrize("descriptor, expected", [
    ([1, 2], "a JSON object"),
    ({"resources": {"name": "t"}}, "non-empty list of resources"),
    ({"resources": [["t.csv"]]}, "an object with name, path and schema"),
    ({"resources": [{"name": "t", "path": "t.csv"}]}, "a schema object"),
    ({"resources": [{"name": "t", "path": "t.csv", "schema": {"fields": [{"name": "x", "type": "strnig"}]}}]},
     "a known field type"),
    ({"resources": [{"name": "t", "path": "t.csv", "schema": {"fields": [
        {"name": "x", "constraints": {"pattern": "(["}}]}}]}, "a valid regular expression"),
    ({"resources": [{"name": "t", "path": "t.csv", "schema": {"fields": FIELDS}},
                    {"name": "t", "path": "t.csv", "schema": {"fields": FIELDS}}]}, "each resource name once"),
    ({"resources": [{"name": "t", "path": "t.csv", "schema": {"fields": FIELDS}}],
      "x_regionalism": {"checks": [{"type": "no_such_rule"}, "text"]}}, "a known type"),
])
def test_malformed_descriptors_are_problems_not_tracebacks(tmp_path, descriptor, expected):
    folder = make(tmp_path)
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    report = rg.validate(folder, shipped=False)
    assert not report.ok
    assert any(expected in p.expected for p in report.problems), str(report)


def test_nonexistent_path_raises_and_cli_says_so(tmp_path, capsys):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        rg.validate(tmp_path / "nope")
    with pytest.raises(TypeError):
        rg.validate(None)
    assert main(["validate", str(tmp_path / "nope")]) == 1
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("row, column", [("ab,2000,inf", "value"), ("ab,2000,1e400", "value"),
                                         ("ab,2000,-inf", "value"), ("ab,3000,1", "year"),
                                         ("ab,-40000,1", "year"), ("ab,99999999999999999999,1", "year")])
def test_bad_cells_are_type_problems(tmp_path, row, column):
    report = rg.validate(make(tmp_path, f"id,year,value\n{row}\n"), shipped=False)
    assert ("type", 2, column) in kinds(report), str(report)


def test_extra_leading_cell_and_trailing_commas_are_not_silently_shifted(tmp_path):
    report = rg.validate(make(tmp_path, "id,year,value\nzz,ab,2000,1.5\ncd,2001,2\n"), shipped=False)
    assert ("row length", 2, None) in kinds(report)
    report = rg.validate(make(tmp_path, "id,year,value\nab,2000,1.5,\ncd,2001,2,\n"), shipped=False)
    assert {("row length", 2, None), ("row length", 3, None)} <= kinds(report)


def test_cr_only_line_endings_are_read(tmp_path):
    report = rg.validate(make(tmp_path, "id,year,value\rab,2000,1.5\rcd,2001,2\r"), shipped=False)
    assert report.ok, str(report)


def _user_folder(tmp_path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return rg.new_region("Western Balkans", path=tmp_path, members=[339, 344], start=1992)


@pytest.mark.parametrize("old, new, kind", [(",339,", ",\u00b3\u00b3\u00b9,", "unknown state"),
                                            (",1992,", ",99999999999999999999,", "type"),
                                            (",1992,", ",-40000,", "type")])
def test_bad_user_cells_are_problems_everywhere(tmp_path, capsys, old, new, kind):
    folder = _user_folder(tmp_path)
    f = folder / "region_members.csv"
    f.write_text(f.read_text().replace(old, new, 1), encoding="utf-8")
    report = rg.validate(folder)
    assert [p.kind for p in report.problems] == [kind], str(report)
    with pytest.raises(rg.ValidationError):
        rg.load("region_members", extra=folder)
    assert main(["validate", str(folder)]) == 1
    assert kind in capsys.readouterr().out


def test_old_dates_are_a_type_problem(tmp_path):
    fields = [{"name": "d", "type": "date"}]
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "datapackage.json").write_text(json.dumps(
        {"resources": [{"name": "t", "path": "t.csv", "schema": {"fields": fields}}]}))
    (folder / "t.csv").write_text("d\n1500-01-01\n2000-01-01\n")
    report = rg.validate(folder, shipped=False)
    assert kinds(report) == {("type", 2, "d")}


def test_one_encoding_error_is_one_problem(tmp_path):
    folder = _user_folder(tmp_path)
    f = folder / "region_members.csv"
    f.write_bytes(f.read_bytes().replace(b"my_source", b"my_s\xe9urce", 1))
    report = rg.validate(folder)
    assert [p.kind for p in report.problems] == ["encoding"], str(report)


def test_user_folder_duplicate_resource_names(tmp_path):
    folder = _user_folder(tmp_path)
    desc = json.loads((folder / "datapackage.json").read_text())
    desc["resources"].append(dict(desc["resources"][0]))
    (folder / "datapackage.json").write_text(json.dumps(desc))
    report = rg.validate(folder)
    assert any(p.expected == "each resource name once" for p in report.problems), str(report)


def test_user_folder_path_traversal(tmp_path):
    folder = _user_folder(tmp_path)
    desc = json.loads((folder / "datapackage.json").read_text())
    desc["resources"][0]["path"] = "../../../../etc/passwd"
    (folder / "datapackage.json").write_text(json.dumps(desc))
    report = rg.validate(folder)
    assert not report.ok and "root:" not in str(report)
