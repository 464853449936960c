"""Overlays: rg.load(extra=...), panels with extra=, the data home and the template."""
from __future__ import annotations

import json

import pytest

import regionalism as rg
from regionalism.cli import main
from regionalism.data import Tables
from regionalism.extend import WouldOverwriteError, check_folder, data_home, new_region


def test_load_extra_csv_appends_typed_rows(tmp_path):
    f = tmp_path / "memberships.csv"
    f.write_text("org_id,ccode,start,start_date,end,end_date,status,source,note\n"
                 "seecp,Andorra,2014,,,,observer,seecp_about,illustration only\n", encoding="utf-8")
    shipped = rg.load("memberships")
    out = rg.load("memberships", extra=f)
    assert len(out) == len(shipped) + 1
    last = out.iloc[-1]
    assert (last["org_id"], int(last["ccode"]), int(last["start"]), last["status"]) == ("seecp", 232, 2014, "observer")
    assert out.dtypes.equals(shipped.dtypes)
    assert out.attrs["keys"] == shipped.attrs["keys"] and out.attrs["overlay"] == [str(f)]
    assert len(rg.load("memberships")) == len(shipped)  # the shipped table is untouched


def test_load_extra_csv_clash_is_an_error(tmp_path):
    f = tmp_path / "organizations.csv"
    f.write_text("org_id,name,type,security_mandate,source\nasean,Mine,other,none,un_m49\n", encoding="utf-8")
    with pytest.raises(rg.ValidationError) as err:
        rg.load("organizations", extra=f)
    kinds = [p.kind for p in err.value.report.problems]
    assert "clashes with shipped" in kinds
    assert "missing column" in kinds  # every problem at once


def test_load_extra_missing_path(tmp_path):
    with pytest.raises(rg.ValidationError) as err:
        rg.load("regions", extra=tmp_path / "nope.csv")
    assert [p.kind for p in err.value.report.problems] == ["missing file"]


def test_folder_overlay_joins_panels(user_folder):
    members = rg.load("region_members", extra=user_folder)
    wb = members[members.region_id == "western_balkans"]
    assert sorted(wb["ccode"].astype(int)) == [339, 341, 343, 344, 345, 346, 347]
    panel = rg.region_year(["western_balkans", "south_caucasus"], years=(2006, 2010), extra=user_folder)
    wb_panel = panel[panel.region_id == "western_balkans"].set_index("year")
    assert list(wb_panel["n_states"]) == [6, 6, 7, 7, 7]  # Montenegro from 2006, Kosovo from 2008
    tables = Tables.with_overlay(user_folder)
    assert not tables.is_shipped and "organizations" in tables.overlaid
    si = rg.security_institutions("western_balkans", 2009, tables=tables)
    assert "test_forum" in set(si["unit_id"])
    assert set(si["unit_id"]) == set(rg.security_institutions("western_balkans", 2009, extra=user_folder)["unit_id"])
    assert "western_balkans" not in set(rg.load("regions")["region_id"])
    with pytest.raises(KeyError):
        rg.region("western_balkans")  # the overlay lives only in the Tables passed down
    assert rg.region("western_balkans", tables=tables).members_in(2009, tables=tables)
    with pytest.raises(ValueError, match="either tables= or extra="):
        rg.region_year(["western_balkans"], years=(2009, 2009), tables=tables, extra=user_folder)
    oy = rg.organization_year(["test_forum"], years=(2008, 2009), extra=user_folder)
    assert list(oy["n_states"]) == [3, 3]


def test_data_home(monkeypatch, tmp_path):
    monkeypatch.setenv("REGIONALISM_DATA", str(tmp_path / "home"))
    assert data_home() == tmp_path / "home"
    assert not (tmp_path / "home").exists()
    assert data_home(create=True).is_dir()
    monkeypatch.delenv("REGIONALISM_DATA")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if not (data_home().parts[-2:] == ("Application Support", "regionalism")) and "AppData" not in str(data_home()):
        assert data_home() == tmp_path / "xdg" / "regionalism"


def test_template_files_and_codebook_comments(tmp_path):
    folder = new_region("Western Balkans", tmp_path, members=["Albania", "HRV", 345], start=1992)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["README.md", "agreement_parties.csv", "agreements.csv", "datapackage.json", "memberships.csv",
                     "organizations.csv", "references.bib", "region_members.csv", "regions.csv",
                     "security_design.csv"]
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["x_regionalism"]["overlay"] is True
    shipped = {f["name"]: f["description"] for f in rg.describe("memberships").resource["schema"]["fields"]}
    mine = {f["name"]: f["description"] for r in desc["resources"] if r["name"] == "memberships"
            for f in r["schema"]["fields"]}
    assert mine["status"] == shipped["status"] and mine["ccode"].startswith(shipped["ccode"])
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "| `status` | string | yes | Membership status over the spell |" in readme
    assert check_folder(folder).report.ok


def test_template_never_overwrites(tmp_path, capsys):
    folder = new_region("Western Balkans", tmp_path)
    (folder / "regions.csv").write_text("my edits\n", encoding="utf-8")
    with pytest.raises(WouldOverwriteError):
        new_region("Western Balkans", tmp_path)
    assert (folder / "regions.csv").read_text(encoding="utf-8") == "my edits\n"
    assert main(["new-region", "Western Balkans", "--dir", str(tmp_path)]) == 1
    assert "refusing to overwrite" in capsys.readouterr().err
    assert main(["new-region", "Western Balkans", "--dir", str(tmp_path), "--force"]) == 0
    assert (folder / "regions.csv.bak").read_text(encoding="utf-8") == "my edits\n"
    assert (folder / "regions.csv").read_text(encoding="utf-8").startswith("region_id,")


def test_cli_new_region_bad_members(tmp_path, capsys):
    assert main(["new-region", "X", "--dir", str(tmp_path), "--members", "Korea", "Narnia"]) == 1
    err = capsys.readouterr().err
    assert "'Korea': ambiguous name; candidates: KOR, PRK" in err and "'Narnia': unknown state" in err
    assert not (tmp_path / "x").exists()


def test_edited_folder_is_checked_again(user_folder):
    assert len(rg.load("memberships", extra=user_folder)) == len(rg.load("memberships")) + 3
    mem = user_folder / "memberships.csv"
    mem.write_text(mem.read_text(encoding="utf-8") + "test_forum,Narnia,2009,,,,full,my_src,\n", encoding="utf-8")
    with pytest.raises(rg.ValidationError) as err:
        rg.load("memberships", extra=user_folder)
    assert [p.kind for p in err.value.report.problems] == ["unknown state"]
