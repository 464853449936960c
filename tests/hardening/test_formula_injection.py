"""Security: a formula (or a name that becomes formula text) never runs Python through any fit entry point."""
from __future__ import annotations

from pathlib import Path

import pytest

import regionalism as rg
from regionalism.models.formula import FormulaError
from regionalism.spec_curve import multiverse
from regionalism.study import synthetic_panel


@pytest.fixture()
def panel():
    return synthetic_panel(n_regions=8, n_years=6, seed=1)


def _payload(target: Path) -> str:
    return f"I(__import__('os').system('touch {target}') * 0 + polyarchy_mean)"


def test_fit_refuses_os_system(tmp_path, panel):
    target = tmp_path / "pwned"
    with pytest.raises(FormulaError, match="__import__"):
        rg.fit(f"secreg_depth ~ polyarchy_mean + {_payload(target)}", panel)
    assert not target.exists()


@pytest.mark.parametrize("model", ["ols", "logit", "firth_logit"])
def test_every_model_refuses(tmp_path, panel, model):
    target = tmp_path / "pwned"
    with pytest.raises(FormulaError):
        rg.fit(f"secreg_exists ~ {_payload(target)}", panel, model=model)
    assert not target.exists()


def test_firth_logit_direct(tmp_path, panel):
    from regionalism.models.firth import firth_logit

    target = tmp_path / "pwned"
    with pytest.raises(FormulaError):
        firth_logit(f"secreg_exists ~ {_payload(target)}", panel)
    assert not target.exists()


def test_inference_refuses(tmp_path, panel):
    target = tmp_path / "pwned"
    f = f"secreg_depth ~ polyarchy_mean + {_payload(target)}"
    with pytest.raises(FormulaError):
        rg.permutation_test(f, panel, term="polyarchy_mean", n_perm=9, seed=1)
    with pytest.raises(FormulaError):
        rg.wild_cluster_bootstrap(f, panel, term="polyarchy_mean", cluster="region_id", n_boot=9, seed=1)
    with pytest.raises(FormulaError):
        rg.leave_one_out(f, panel, group="region_id")
    assert not target.exists()


def test_fe_names_refused(tmp_path, panel):
    target = tmp_path / "pwned"
    hostile = f"region_id) + {_payload(target)} + C(year"
    with pytest.raises(FormulaError, match="fixed-effect"):
        rg.fit("secreg_depth ~ polyarchy_mean", panel, fe=hostile)
    with pytest.raises(FormulaError):
        rg.permutation_test("secreg_depth ~ polyarchy_mean", panel, term="polyarchy_mean", fe=[hostile],
                            n_perm=9, seed=1)
    assert not target.exists()


@pytest.mark.parametrize("where", ["outcome", "controls", "regime", "specs"])
def test_multiverse_refuses(tmp_path, panel, where):
    target = tmp_path / "pwned"
    bad = _payload(target)
    kwargs = dict(outcome="secreg_depth", regime=["polyarchy_mean"], leadership=["leader_share_cinc"],
                  external=None, demand=None, focal=["H1"], progress=False)
    if where == "specs":
        kwargs["specs"] = [{"outcome": bad, "regime": "polyarchy_mean", "leadership": "leader_share_cinc"}]
    elif where == "controls":
        kwargs["controls"] = ["n_states", bad]
    else:
        kwargs[where] = bad if where == "outcome" else [bad]
    with pytest.raises(FormulaError, match="__import__"):
        multiverse(panel, **kwargs)
    assert not target.exists()


def test_allowed_transforms_still_fit(panel):
    res = rg.fit("secreg_depth ~ np.log1p(polyarchy_mean) + I(n_states ** 2) + C(region_id)", panel)
    assert "np.log1p(polyarchy_mean)" in res.params.index


# Each hostile token class of issue 17, with the token the error must name.
_HOSTILE = [
    ("C(region_id n_states)", "n_states"),
    ("| polyarchy_mean", "|"),
    ("polyarchy_mean | n_states", "|"),
    ("C(region_id, levels=[1])", "levels"),
    ("polyarchy_mean.real", "."),
    ("I(lambda: 1)", "lambda"),
    ("polyarchy_mean[0]", "["),
    ("I('polyarchy_mean')", "'polyarchy_mean'"),
    ("__class__", "__class__"),
    ("np.sin(polyarchy_mean)", "sin"),
]


def _entry_points(panel, rhs):
    f = f"secreg_depth ~ {rhs}"
    yield "fit", lambda: rg.fit(f, panel)
    yield "permutation_test", lambda: rg.permutation_test(f, panel, term="polyarchy_mean", n_perm=9, seed=1)
    yield "wild_cluster_bootstrap", lambda: rg.wild_cluster_bootstrap(
        f, panel, term="polyarchy_mean", cluster="region_id", n_boot=9, seed=1)
    yield "leave_one_out", lambda: rg.leave_one_out(f, panel, group="region_id")
    yield "multiverse controls", lambda: multiverse(
        panel, outcome="secreg_depth", regime=["polyarchy_mean"], leadership=["leader_share_cinc"],
        external=None, demand=None, focal=["H1"], controls=[rhs], progress=False)


@pytest.mark.parametrize(("rhs", "token"), _HOSTILE)
def test_hostile_token_refused_on_every_entry_point(panel, rhs, token):
    for name, call in _entry_points(panel, rhs):
        with pytest.raises(FormulaError) as err:
            call()
        assert repr(token) in str(err.value) or f"'{token}'" in str(err.value) or token in str(err.value), name


@pytest.mark.parametrize("fe", ["region_id | year", "region_id year"])
def test_hostile_fe_refused(panel, fe):
    with pytest.raises(FormulaError):
        rg.fit("secreg_depth ~ polyarchy_mean", panel, fe=fe)


def test_firth_logit_outcome_outside_unit_interval_is_a_clear_error(panel):
    # fuzz_api class ('fit_inference', 'ValueError', 'discrete_model.py', 546): statsmodels' raw message
    with pytest.raises(ValueError, match=r"firth_logit needs a 0/1 outcome; 'secreg_count'"):
        rg.fit("secreg_count ~ polyarchy_mean", panel.assign(secreg_count=panel["polyarchy_mean"] * 5 + 2),
               model="firth_logit")
