"""The typed cache of shipped tables: same frames as a fresh parse, rebuilt when a file changes."""
from __future__ import annotations

import pickle

import pandas as pd
import pytest

from regionalism.data import cache
from regionalism.data.catalog import _parse_table, resource, shipped_table


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b)
    assert a.attrs == b.attrs


@pytest.mark.parametrize("name", ["memberships", "states", "organizations"])
def test_cached_frame_equals_a_fresh_parse(folder, name) -> None:
    r = resource(name)
    fresh = _parse_table(name, r)
    first = cache.cached_table(name, [r.path, r.descriptor_path], lambda: _parse_table(name, r))
    assert len(list(folder.glob(f"{name}-*.pkl"))) == 1
    again = cache.cached_table(name, [r.path, r.descriptor_path], lambda: pytest.fail("not cached"))
    _same(first, fresh)
    _same(again, fresh)
    assert again.dtypes.equals(fresh.dtypes)


def test_changed_file_is_parsed_again_and_old_entry_removed(folder, tmp_path) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text("a\n1\n")
    calls = []

    def parse() -> pd.DataFrame:
        calls.append(1)
        return pd.read_csv(csv)

    cache.cached_table("t", [csv], parse)
    csv.write_text("a\n2\n")  # same size, other content
    out = cache.cached_table("t", [csv], parse)
    assert len(calls) == 2 and out["a"].tolist() == [2]
    assert len(list(folder.glob("t-*.pkl"))) == 1


def test_broken_or_foreign_cache_file_is_rebuilt(folder, tmp_path) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text("a\n1\n")
    cache.cached_table("t", [csv], lambda: pd.read_csv(csv))
    (entry,) = folder.glob("t-*.pkl")
    entry.write_bytes(b"not a pickle")
    assert cache.cached_table("t", [csv], lambda: pd.read_csv(csv))["a"].tolist() == [1]
    entry.write_bytes(pickle.dumps({"key": "other", "frame": pd.DataFrame({"a": [9]})}))
    assert cache.cached_table("t", [csv], lambda: pd.read_csv(csv))["a"].tolist() == [1]


def test_disabled_or_unwritable_cache_still_parses(tmp_path, monkeypatch) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text("a\n1\n")
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    assert cache.cache_dir() is None
    assert cache.cached_table("t", [csv], lambda: pd.read_csv(csv))["a"].tolist() == [1]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "sub"))  # cannot be created
    assert cache.cached_table("t", [csv], lambda: pd.read_csv(csv))["a"].tolist() == [1]


def test_shipped_table_goes_through_the_cache(folder) -> None:
    shipped_table.cache_clear()
    try:
        frame = shipped_table("regions")
        assert list(folder.glob("regions-*.pkl"))
        assert frame.attrs["name"] == "regions"
    finally:
        shipped_table.cache_clear()
