"""The default region-year panel is cached per machine: equal to a fresh build, with the same warnings."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

import regionalism as rg
from regionalism import panel as panel_module
from regionalism.data import cache
from regionalism.data.tables import Tables, clear_cache


def _with_warnings(call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = call()
    return frame, sorted(str(w.message) for w in caught if issubclass(w.category, UserWarning))


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    clear_cache()
    yield tmp_path / "cache"
    clear_cache()


def test_default_panel_equals_an_explicit_build_and_warns_the_same(folder) -> None:
    cached, cached_warnings = _with_warnings(rg.region_year)
    fresh, fresh_warnings = _with_warnings(lambda: rg.region_year(tables=Tables.shipped()))
    pd.testing.assert_frame_equal(cached, fresh)
    assert cached.attrs == fresh.attrs and "_warnings" not in cached.attrs
    assert cached_warnings == fresh_warnings and any("entry into force" in w for w in cached_warnings)
    assert len(list(folder.glob("region_year-*.pkl"))) == 1


def test_a_new_session_reads_the_panel_from_disk(folder, monkeypatch) -> None:
    first, first_warnings = _with_warnings(rg.region_year)
    clear_cache()  # a new session: the in-memory memo is gone, the cache file is not

    def no_build(*args, **kwargs):
        raise AssertionError("the default panel was rebuilt")
    monkeypatch.setattr(panel_module, "_assemble", no_build)
    again, again_warnings = _with_warnings(rg.region_year)
    pd.testing.assert_frame_equal(first, again)
    assert again_warnings == first_warnings  # the stored warnings are given again
    with pytest.raises(AssertionError, match="rebuilt"):
        rg.region_year(["central_asia"])  # any other call is computed


def test_each_call_returns_its_own_copy(folder) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = rg.region_year()
        a.loc[:, "secreg_count"] = -1
        a.attrs["rule"]["in_force"] = "changed"
        b = rg.region_year()
    assert (b["secreg_count"] >= 0).all() and b.attrs["rule"]["in_force"] == "entry_into_force"


def test_the_key_covers_every_table_and_the_package_code(folder, monkeypatch) -> None:
    seen = {}

    def spy(name, files, parse):
        seen[name] = [str(f) for f in files]
        return parse()
    monkeypatch.setattr(panel_module, "cached_table", spy)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rg.region_year()
    files = seen["region_year"]
    assert any(f.endswith("memberships.csv") for f in files) and any(f.endswith("states.csv") for f in files)
    assert any(f.endswith("panel.py") for f in files) and any(f.endswith("outcome.py") for f in files)


@pytest.mark.parametrize("kwargs", [{"years": (1990, 2000)}, {"rule": rg.OutcomeRule(min_members=2)},
                                    {"regime_coverage": 1.0}, {"regions": ["central_asia"]}])
def test_other_arguments_are_not_served_from_the_cache(folder, kwargs) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rg.region_year(**kwargs)
    assert not list(folder.glob("region_year-*.pkl"))
