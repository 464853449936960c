"""The pure argument validators in regionalism._shared.arguments."""
from __future__ import annotations

import numpy as np
import pytest

from regionalism._shared.arguments import check_choice, check_names_list, check_threshold, check_year, check_years


@pytest.mark.parametrize("value", [2019, np.int64(2019), np.int32(2019), np.uint16(2019)])
def test_year_accepts_numpy_ints(value):
    assert check_year(value) == 2019 and type(check_year(value)) is int


@pytest.mark.parametrize("value, error", [("2000", TypeError), (2000.0, TypeError), (True, TypeError),
                                          (np.bool_(True), TypeError), (None, TypeError), (3000, ValueError),
                                          (1500, ValueError)])
def test_year_refuses(value, error):
    with pytest.raises(error):
        check_year(value)


@pytest.mark.parametrize("value, error, match", [
    (2000, TypeError, r"\(2000, 2000\)"), ((2030, 2040), ValueError, "outside"), ((1990, 2000, 2010), ValueError,
                                                                                  "two elements"),
    ((2010, 2000), ValueError, "after the end"), ("1990-2000", TypeError, "pair"), ([], ValueError, "two")])
def test_years_refuses(value, error, match):
    with pytest.raises(error, match=match):
        check_years(value)


def test_years_normalises():
    assert check_years(np.array([1991, 2019])) == (1991, 2019)


def test_threshold():
    assert check_threshold(np.float64(0.5)) == 0.5
    for bad in (-1, 1.5, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            check_threshold(bad, name="leader_threshold")
    with pytest.raises(TypeError):
        check_threshold("0.2")
    with pytest.raises(ValueError):
        check_threshold(0.0, low_open=True)


def test_choice_and_names():
    with pytest.raises(ValueError, match="did you mean 'exclusive'"):
        check_choice("exclusiv", ["exclusive", "inclusive", "all"])
    assert check_names_list(["a"]) == ["a"]
    with pytest.raises(ValueError):
        check_names_list([])
    with pytest.raises(TypeError):
        check_names_list([1, 2])
    with pytest.raises(TypeError):
        check_names_list(None)
