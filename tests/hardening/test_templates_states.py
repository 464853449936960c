"""resolve_states never guesses; new-region writes templates its own validator accepts, atomically."""
from __future__ import annotations

import os
import stat

import numpy as np
import pytest

import regionalism as rg
from regionalism.cli import main
from regionalism.data.states import StateResolutionError, resolve_states
from regionalism.extend import check_folder
from regionalism.extend.templates import new_region


def test_numpy_integers_are_cow_codes():
    assert resolve_states(np.array([702, 703, 704, 705])) == [702, 703, 704, 705]
    assert resolve_states([np.int32(705), np.int64(2), 705.0]) == [705, 2, 705]
    a = rg.Region.from_members("x", np.array([702, 703, 704, 705])).members
    b = rg.Region.from_members("x", [702, 703, 704, 705]).members
    assert a.equals(b) and sorted(a["ccode"].unique()) == [702, 703, 704, 705]


@pytest.mark.parametrize("value, why", [(None, "missing"), (np.nan, "missing"), (True, "boolean"),
                                        (705.5, "whole number"), ("Congo", "ambiguous"),
                                        ("Korea", "ambiguous"), ("Serbia", "345"), ("SRB", "345")])
def test_refused_with_a_reason(value, why):
    with pytest.raises(StateResolutionError, match=why):
        resolve_states([value])


def test_congo_candidates_named():
    with pytest.raises(StateResolutionError) as info:
        resolve_states(["Congo"])
    assert "484" in str(info.value) and "490" in str(info.value)
    assert resolve_states([484, "COD"]) == [484, 490]


def test_template_passes_its_own_validator(tmp_path):
    folder = new_region("Visegrad", tmp_path, members=[315, 316, 317, 290, 310], start=1991)
    rows = (folder / "region_members.csv").read_text().splitlines()[1:]
    assert rows[0].startswith("visegrad,315,1991,1992,")  # Czechoslovakia ends with its last year
    assert check_folder(folder).report.ok
    assert rg.validate(folder).ok
    for f in folder.iterdir():
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o644, f
    assert sorted(p.name for p in tmp_path.iterdir()) == ["visegrad"]  # no staging folder left


@pytest.mark.parametrize("kwargs, match", [({"start": 3000}, "start must be a year"),
                                           ({"start": 1800}, "start must be a year"),
                                           ({"region_id": "central_asia"}, "shipped region"),
                                           ({"members": [315], "start": 2000}, "does not exist")])
def test_template_refusals(tmp_path, kwargs, match):
    with pytest.raises(ValueError, match=match):
        new_region("Test region", tmp_path, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_cli_new_region_errors_are_one_line(tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_text("x")
    assert main(["new-region", "X", "--dir", str(afile)]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err
    assert main(["new-region", "X", "--dir", str(tmp_path), "--start", "3000"]) == 1
    assert main(["new-region", "Central Asia", "--dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "start must be a year" in err and "shipped region" in err
    assert main(["new-region", "Y", "--dir", str(tmp_path), "--members", "Congo"]) == 1
    assert "ambiguous" in capsys.readouterr().err
