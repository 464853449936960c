"""Analysis 11 takes the expected signs from the article's hypotheses (a bundle-free engine would give 0)."""
from __future__ import annotations


def test_every_focal_term_has_its_expected_sign(analysis) -> None:
    mv = analysis("11_specification_curve").curve()
    res = mv.results
    assert len(res) and (res["expected_sign"] != 0).all()
    assert res["sign_matches"].notna().all()
    s = mv.summary(n_perm=0)
    assert s["share_sign_matches"].notna().all()
