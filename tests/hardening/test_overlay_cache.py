"""The overlay check is keyed by content; template placeholders are flagged, not silently accepted."""
from __future__ import annotations

import os

import pytest

import regionalism as rg


def test_same_size_edit_with_restored_mtime_is_rechecked(tmp_path):
    f = tmp_path / "regions.csv"
    f.write_text("region_id,name,scheme,continent,description,source,note\n"
                 "my_regiona,My region,custom,Europe,Illustration only,un_m49,\n", encoding="utf-8")
    st = os.stat(f)
    assert rg.load("regions", extra=f)["region_id"].iloc[-1] == "my_regiona"
    f.write_text(f.read_text().replace("my_regiona", "my_regionb"), encoding="utf-8")  # same size
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(f).st_size == st.st_size and os.stat(f).st_mtime_ns == st.st_mtime_ns
    assert rg.load("regions", extra=f)["region_id"].iloc[-1] == "my_regionb"


def test_placeholders_are_flagged(tmp_path, capsys):
    folder = rg.new_region("Western Balkans", path=tmp_path, members=[339], start=1992)
    report = rg.validate(folder)
    assert report.ok  # the template is valid data ...
    marks = {(p.column, p.kind) for p in report.notes}  # ... with its placeholders named
    assert ("source", "placeholder") in marks and ("note", "placeholder") in marks
    assert "placeholder(s) still to fill in" in str(report)
    with pytest.warns(UserWarning, match="template placeholder"):
        rg.load("region_members", extra=folder)
    rg.cli.main(["validate", str(folder)])
    assert "my_source" in capsys.readouterr().out
