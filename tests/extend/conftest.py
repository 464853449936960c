"""Fixtures: a small, valid user dataset folder (Western Balkans with a fictional security forum)."""
from __future__ import annotations

from pathlib import Path

import pytest

from regionalism.extend import new_region

BIB = """@misc{my_src,
  title = {A source for the tests},
  year = {2008}
}
"""
ORGS_HEADER = ("org_id,name,acronym,founded,founded_date,dissolved,dissolved_date,type,security_mandate,home_region,"
               "parent_org,led_by,predecessor,successor,cow_igo_id,mia_id,source,note\n")
RCC = "test_forum,Test Security Forum (fictional),TSF,2008,,,,general_purpose,declaratory,western_balkans,,,,,,,my_src,\n"
MEM_HEADER = "org_id,ccode,start,start_date,end,end_date,status,source,note\n"
MEMS = ("test_forum,Albania,2008,,,,full,my_src,\n"
        "test_forum,BIH,2008,,,,full,my_src,\n"
        "test_forum,344,2008,,,,full,my_src,\n")
DESIGN_HEADER = ("unit_type,unit_id,start,end,treaty_basis,standing_body,secretariat,mandate_defense,"
                 "mandate_peacekeeping,mandate_counterterrorism,mandate_border,mandate_drugs_crime,"
                 "mandate_arms_control,mandate_civil_protection,mutual_assistance,joint_forces,decision_rule,"
                 "intervention_right,dispute_settlement,operational_record,source,note\n")
DESIGN = "organization,test_forum,2008,,0,1,1,0,0,0,0,1,0,0,0,0,consensus,0,0,0,my_src,\n"


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    """A valid user dataset: the Western Balkans region, the RCC, three memberships, one design spell."""
    folder = new_region("Western Balkans", tmp_path, members=[339, 346, 344, 347, 341, 343, 345], start=1992)
    (folder / "references.bib").write_text(BIB, encoding="utf-8")
    for name in ("regions.csv", "region_members.csv"):
        f = folder / name
        f.write_text(f.read_text(encoding="utf-8").replace("my_source", "my_src"), encoding="utf-8")
    (folder / "organizations.csv").write_text(ORGS_HEADER + RCC, encoding="utf-8")
    (folder / "memberships.csv").write_text(MEM_HEADER + MEMS, encoding="utf-8")
    (folder / "security_design.csv").write_text(DESIGN_HEADER + DESIGN, encoding="utf-8")
    return folder
