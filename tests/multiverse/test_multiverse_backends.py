"""Serial, joblib and Dask backends return identical multiverse results."""
from __future__ import annotations

import numpy as np
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


# --------------------------------------------------------------------------- the joint test
JOINT = dict(outcome=["secreg_depth", "secreg_count"],
             regime=["polyarchy_mean", "autocracy_share"], cov="cluster", focal=["H1"])


@pytest.fixture(scope="module")
def curve(panel):
    return multiverse(panel, progress=False, **JOINT)


@pytest.fixture(scope="module")
def joint_serial(curve):
    return curve.permutation_test("H1", n_perm=45, seed=3, progress=False)


def _same_null(a, b, *, rtol: float = 0.0) -> None:
    np.testing.assert_array_equal(a.spec_ids, b.spec_ids)
    for name in ("observed_coef", "observed_t", "null_coef", "null_t", "t_crit", "moved"):
        np.testing.assert_allclose(getattr(a, name), getattr(b, name), rtol=rtol, atol=0,
                                   err_msg=name)
    assert a.excluded == b.excluded


def test_joint_test_dask_equals_serial(curve, joint_serial, capsys):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            # blocks of 10 draws: five tasks that may finish in any order
            from regionalism.spec_curve.permutation import null_curve

            got = null_curve(curve.results, curve.data, curve.ctx, focal="regime", n_perm=45,
                             seed=3, block=10, backend="dask", scheduler=client, progress=True)
            via_result = curve.permutation_test("H1", n_perm=45, seed=3, backend="dask",
                                                scheduler=cluster.scheduler_address,
                                                progress=False)
    serial_10 = null_curve(curve.results, curve.data, curve.ctx, focal="regime", n_perm=45,
                           seed=3, block=10)
    _same_null(got, serial_10)  # identical, block by block
    _same_null(via_result, joint_serial)
    assert joint_serial.null_coef.shape == (4, 45)
    assert "45/45 draws" in capsys.readouterr().err


def test_joint_test_progress_bar_counts_draws(curve, capsys):
    curve.permutation_test("H1", n_perm=7, seed=3, progress=True)
    err = capsys.readouterr().err
    assert "joint test (regime)" in err and "7/7 draws" in err
    curve.permutation_test("H1", n_perm=7, seed=3, progress=False)
    assert capsys.readouterr().err == ""


def test_joint_test_block_size_does_not_change_the_null(curve, joint_serial):
    from regionalism.spec_curve.permutation import null_curve

    small = null_curve(curve.results, curve.data, curve.ctx, focal="regime", n_perm=45, seed=3,
                       block=4)
    # the same draws; only the rounding of the matrix products differs (last bits)
    _same_null(small, joint_serial, rtol=1e-12)
    assert not np.allclose(small.null_coef[:, :5], small.null_coef[:, 5:10])  # draws differ


def test_joint_test_bad_backend(curve):
    with pytest.raises(ValueError, match="backend"):
        curve.permutation_test("H1", n_perm=5, backend="spark")
    with pytest.raises(ValueError, match="n_jobs"):
        curve.permutation_test("H1", n_perm=5, backend="dask", n_jobs=0)
