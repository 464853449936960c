"""Every kind of bad input gives a structured problem with an exact, readable message."""
from __future__ import annotations

from pathlib import Path

import pytest

import regionalism as rg
from regionalism.cli import main
from regionalism.extend import check_folder

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"

CASES = [
    pytest.param('region_members.csv', ('replace', 'western_balkans,341,2006', 'western_balkans,Narnia,2006'),
                 ["region_members.csv, line 6, column 'ccode': found 'Narnia'; expected a COW code, ISO3 code or country name of a state in rg.load('states'): unknown state name or code [unknown state]"], id='unknown_state'),
    pytest.param('region_members.csv', ('replace', 'western_balkans,341,2006', 'western_balkans,Korea,2006'),
                 ["region_members.csv, line 6, column 'ccode': found 'Korea'; expected exactly one state: ambiguous name; candidates: KOR, PRK (give an ISO3 or COW code) [ambiguous state]"], id='ambiguous_state'),
    pytest.param('region_members.csv', ('replace', 'western_balkans,347,2008', 'western_balkans,347,1995'),
                 ["region_members.csv, line 5, column 'ccode': found 347; expected a COW state that exists in every year of the spell (not in the state system in 1995-2007) [state not in system]"], id='state_not_in_system'),
    pytest.param('memberships.csv', ('replace', 'test_forum,BIH,2008,,,', 'test_forum,BIH,2008,,2005,'),
                 ["memberships.csv, line 3, column 'end': found 2005; expected a year not before start (2008) [end before start]"], id='end_before_start'),
    pytest.param('memberships.csv', ('append', 'test_forum,Albania,2010,,,,full,my_src,\n'),
                 ["memberships.csv, line 5, column 'start': found 2010; expected a spell starting after the previous spell of {'org_id': 'test_forum', 'ccode': 339} ends (open-ended) [overlapping spells]"], id='overlapping_spells'),
    pytest.param('memberships.csv', ('append', 'seecp,339,2000,,,,full,my_src,\n'),
                 ["memberships.csv, line 5, column 'start': found 2000; expected a spell that does not overlap the shipped spell of {'org_id': 'seecp', 'ccode': 339} (1996, open-ended) [overlapping spells]"], id='overlap_with_shipped'),
    pytest.param('memberships.csv', ('append', 'test_forum,344,2008,,2009,,full,my_src,\n'),
                 ["memberships.csv, line 5, column 'org_id,ccode,start': found ('test_forum', 344, 2008); expected a unique primary key (this key appears on an earlier line) [duplicate key]", "memberships.csv, line 5, column 'start': found 2008; expected a spell starting after the previous spell of {'org_id': 'test_forum', 'ccode': 344} ends (open-ended) [overlapping spells]"], id='duplicate_key'),
    pytest.param('organizations.csv', ('append', 'seecp,My SEECP,,1996,,,,general_purpose,none,,,,,,,,my_src,\n'),
                 ["organizations.csv, line 3, column 'org_id': found 'seecp'; expected a key that is not in the shipped table 'organizations' (user rows add to the shipped data and cannot replace a shipped row; choose a new id) [clashes with shipped]"], id='clash_with_shipped'),
    pytest.param('memberships.csv', ('replace', 'test_forum,BIH,2008,,,,full,my_src', 'test_forum,BIH,2008,,,,full,nobody2020'),
                 ["memberships.csv, line 3, column 'source': found 'nobody2020'; expected a citation key defined in references.bib or the shipped references.bib [unknown source]"], id='unknown_source'),
    pytest.param('memberships.csv', ('replace', 'test_forum,BIH,2008,,,,full', 'test_forum,BIH,2008,,,,member'),
                 ["memberships.csv, line 3, column 'status': found 'member'; expected one of {full, associate, observer, suspended} [category]"], id='category'),
    pytest.param('memberships.csv', ('replace', 'test_forum,BIH,2008,', 'test_forum,BIH,2008a,'),
                 ["memberships.csv, line 3, column 'start': found '2008a'; expected a year (whole number from 1648 to 2100) [type]"], id='wrong_type'),
    pytest.param('memberships.csv', ('write', 'org_id,ccode,start,start_date,end,end_date,status,note\ntest_forum,339,2008,,,,full,\n'),
                 ["memberships.csv, line 1, column 'source'; expected a column 'source' (see the codebook) [missing column]"], id='missing_column'),
    pytest.param('memberships.csv', ('write', ''),
                 ['memberships.csv; expected a header line and data rows [empty file]'], id='empty_file'),
    pytest.param('memberships.csv', ('bytes', b'org_id,ccode,start,start_date,end,end_date,status,source,note\ntest_forum,339,2008,,,,full,my_src,Tirana caf\xe9\n'),
                 ['memberships.csv, line 2: found "b\'\\\\xe9\\\\n\'"; expected UTF-8 text (re-save the file as UTF-8) [encoding]'], id='encoding'),
    pytest.param('memberships.csv', ('write', 'org_id;ccode;start;start_date;end;end_date;status;source;note\ntest_forum;339;2008;;;;full;my_src;\n'),
                 ["memberships.csv, line 1: found 'org_id;ccode;start;start_date;end;end_date;status;source;not'; expected comma-separated columns (the file seems to use ';' as delimiter) [delimiter]"], id='delimiter'),
    pytest.param('memberships.csv', ('bytes', PNG),
                 ['memberships.csv; expected a CSV text table, not a binary file [not a table]'], id='binary'),
    pytest.param('memberships.csv', ('write', 'Dear colleague,\nplease find the memberships attached.\n'),
                 ["memberships.csv, line 1: found 'Dear colleague, '; expected a CSV table of 'memberships' whose header names its columns: org_id, ccode, start, start_date, end, end_date, status, source, note [not a table]"], id='prose'),
    pytest.param('memberships.csv', ('append', 'nosuch_org,339,2008,,,,full,my_src,\n'),
                 ["memberships.csv, line 5, column 'org_id': found 'nosuch_org'; expected a value of organizations.org_id [foreign key]"], id='unknown_org'),
    pytest.param('security_design.csv', ('header_only',),
                 ["organizations.csv, line 2, column 'org_id': found 'test_forum'; expected at least one row in security_design (every organization with a security mandate needs a design spell) [missing rows]"], id='missing_design'),

]


def _apply(folder: Path, fname: str, spec: tuple) -> None:
    op, *args = spec
    f = folder / fname
    if op == "replace":
        text = f.read_text(encoding="utf-8")
        assert args[0] in text
        f.write_text(text.replace(args[0], args[1]), encoding="utf-8")
    elif op == "append":
        f.write_text(f.read_text(encoding="utf-8") + args[0], encoding="utf-8")
    elif op == "write":
        f.write_text(args[0], encoding="utf-8")
    elif op == "header_only":
        f.write_text(f.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    else:
        f.write_bytes(args[0])


def _messages(report: rg.ValidationReport, folder: Path) -> list[str]:
    return [str(p).replace(str(folder) + "/", "").replace(str(folder) + "\\", "") for p in report.problems]


def test_valid_folder_has_no_problems(user_folder):
    report = check_folder(user_folder).report
    assert report.ok, str(report)
    assert rg.validate(user_folder).ok


@pytest.mark.parametrize(("fname", "spec", "expected"), CASES)
def test_exact_message(user_folder, fname, spec, expected):
    _apply(user_folder, fname, spec)
    assert _messages(check_folder(user_folder).report, user_folder) == expected


@pytest.mark.parametrize("case", ["unknown_state", "encoding"])
def test_same_problems_from_validate_and_load(user_folder, case):
    fname, spec, expected = next(c.values for c in CASES if c.id == case)
    _apply(user_folder, fname, spec)
    assert _messages(rg.validate(user_folder), user_folder) == expected
    with pytest.raises(rg.ValidationError) as err:
        rg.load("memberships", extra=user_folder)
    assert _messages(err.value.report, user_folder) == expected


def test_all_problems_at_once_and_cli_exit_status(user_folder, capsys):
    for fname, spec, _ in [c.values for c in CASES if c.id in ("unknown_state", "end_before_start", "clash_with_shipped")]:
        _apply(user_folder, fname, spec)
    report = check_folder(user_folder).report
    kinds = sorted(p.kind for p in report.problems)
    assert kinds == ["clashes with shipped", "end before start", "unknown state"]
    assert main(["validate", str(user_folder)]) == 1
    out = capsys.readouterr().out
    assert "3 problem(s)" in out and "[unknown state]" in out and "Traceback" not in out
    frame = report.to_frame()
    assert list(frame.columns) == ["file", "line", "column", "value", "expected", "kind"]
