"""Bad panel and region arguments end in a clear error naming the value (issue 17)."""
from __future__ import annotations

import warnings

import numpy as np
import pytest

import regionalism as rg


@pytest.mark.parametrize("call, error, message", [
    (lambda: rg.region_year([]), ValueError, "regions is empty"),
    (lambda: rg.region_year(years=2000), TypeError, r"for one year give \(2000, 2000\)"),
    (lambda: rg.region_year(years=(2000, 2001, 2002)), ValueError, "two elements"),
    (lambda: rg.region_year(years=(2030, 2040)), ValueError, "outside the years covered"),
    (lambda: rg.region_year(leader_threshold=-1), ValueError, "leader_threshold=-1"),
    (lambda: rg.organization_year(leader_threshold=2), ValueError, "leader_threshold=2"),
    (lambda: rg.security_institutions("central_asia", 2019, kind="exclusiv"), ValueError, "did you mean 'exclusive'"),
    (lambda: rg.security_institutions("central_asia", "2019"), TypeError, "integer year"),
    (lambda: rg.region("central_asia").members_in("2000"), TypeError, "integer year"),
    (lambda: rg.region(["central_asia"]), TypeError, "region id"),
    (lambda: rg.Region.from_members("x", [705], start=2010, end=2000), ValueError, "before start"),
    (lambda: rg.Region.from_members(None, [705]), TypeError, "name must be"),
    (lambda: rg.cross_section(rg.region_year(["central_asia"], years=(2010, 2011)), years=(2020, 2021)),
     ValueError, "no rows in 2020-2021"),
])
def test_bad_arguments_are_named(call, error, message) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(error, match=message):
            call()


def test_numpy_integer_years_are_years() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = rg.security_institutions("central_asia", np.int64(2019))
        b = rg.security_institutions("central_asia", 2019)
    assert a.equals(b)
