"""Serial, joblib and Dask backends return identical multiverse results."""
from __future__ import annotations

import pandas as pd
import pytest

from regionalism.study import synthetic_panel
from regionalism.study import multiverse

KW = dict(outcome="secreg_exists", regime=["polyarchy_mean", "autocracy_share", "missing_col"],
          model=["ols", "logit"], cov="cluster", focal=["H1", "H3"], chunk_size=2)


@pytest.fixture(scope="module")
def panel() -> pd.DataFrame:
    return synthetic_panel(n_regions=12, n_years=8, seed=11)


@pytest.fixture(scope="module")
def serial(panel):
    return multiverse(panel, backend="serial", progress=False, **KW).results


def test_serial_has_failures_and_fits(serial):
    assert len(serial) == 12  # 6 specifications x 2 focal terms
    assert serial["converged"].sum() == 8  # the 'missing_col' specifications fail


def test_joblib_equals_serial(panel, serial):
    pytest.importorskip("joblib")
    got = multiverse(panel, backend="joblib", n_jobs=2, progress=False, **KW).results
    pd.testing.assert_frame_equal(got, serial)


def test_dask_local_cluster_equals_serial(panel, serial, capsys):
    pytest.importorskip("distributed")
    got = multiverse(panel, backend="dask", n_jobs=2, progress=True, **KW).results
    pd.testing.assert_frame_equal(got, serial)
    assert "6/6 specifications" in capsys.readouterr().err


def test_dask_scheduler_address_equals_serial(panel, serial):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        got = multiverse(panel, backend="dask", scheduler=cluster.scheduler_address,
                         progress=False, **KW).results
        with distributed.Client(cluster) as client:
            again = multiverse(panel, backend="dask", scheduler=client, progress=False,
                               **KW).results
            assert client.status == "running"  # a client we did not create stays open
    pd.testing.assert_frame_equal(got, serial)
    pd.testing.assert_frame_equal(again, serial)


def test_unknown_backend(panel):
    with pytest.raises(ValueError, match="backend"):
        multiverse(panel, backend="spark", progress=False)
