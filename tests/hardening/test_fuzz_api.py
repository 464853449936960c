"""Property-based fuzz of the public API (fixed budget, derandomized): no unstructured exception.

The inputs come from tests/hardening/fuzz_targets.py (also used by benchmarks/fuzz_api.py for 10,000+
inputs); hypothesis draws the seeds, so a failure shrinks to one seed that replays the input.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fuzz_targets as ft  # noqa: E402

BUDGET = {"load": 40, "describe_cite": 40, "validate": 60, "states": 60, "new_region": 25, "cli": 40,
          "qca": 40, "regions": 40, "fit_inference": 40, "panels": 8}
ALL = {**ft.TARGETS, **ft.SLOW_TARGETS}


def _check(name: str, target, seed: int, tmp: Path) -> None:
    exc = ft.run_one(target, random.Random(seed), tmp)
    if exc is not None:
        raise AssertionError(f"{name} seed {seed}: unstructured {type(exc).__name__}: {exc}") from exc


@pytest.mark.parametrize("name", sorted(BUDGET))
def test_no_unstructured_exception(name, tmp_path):
    @settings(max_examples=BUDGET[name], derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.integers(0, 2**31))
    def run(seed):
        _check(name, ALL[name], seed, tmp_path)

    run()


def test_classifier_tells_structured_from_unstructured():
    import regionalism as rg

    with pytest.raises(KeyError) as info:
        rg.load("nope")
    assert ft.is_structured(info.value)
    try:
        [].pop()
    except IndexError as exc:
        assert not ft.is_structured(exc)
