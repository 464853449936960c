"""Citing panels and overlays; PANEL_TABLES is what the panels really read."""
from __future__ import annotations

import pytest

import regionalism as rg
from regionalism.data.catalog import PANEL_TABLES
from regionalism.data.tables import Tables


class Recording(Tables):
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def __getitem__(self, name: str):
        self.seen.add(name)
        return super().__getitem__(name)


@pytest.mark.parametrize("panel, arg", [("region_year", "central_asia"), ("organization_year", "all")])
def test_panel_tables_are_the_tables_a_panel_reads(panel, arg):
    tables = Recording()
    getattr(rg, panel)(arg, years=(2018, 2019), tables=tables)
    assert tables.seen == set(PANEL_TABLES[panel])


def test_cite_panels_covers_every_source_table():
    text = rg.cite("region_year")
    assert text.startswith("@software{regionalism")
    for table in PANEL_TABLES["region_year"]:
        for entry in rg.cite(table).strip().split("\n\n"):
            assert entry in text
    assert rg.cite("organization_year").count("@") > 1


def test_cite_overlay_uses_the_folder_bibliography(tmp_path):
    folder = rg.new_region("Western Balkans", path=tmp_path / "wb", members=["Croatia", 339], start=1992)
    text = rg.cite(extra=folder)
    assert "@misc{my_source" in text and text.startswith("@software{regionalism")
    both = rg.cite("regions", extra=folder)
    assert "@misc{my_source" in both and "un_m49" in both
    with pytest.raises(FileNotFoundError):
        rg.cite(extra=tmp_path / "nope")
