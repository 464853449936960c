"""Check krippendorff_alpha against Krippendorff (2011), worked examples."""
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare import krippendorff_alpha  # noqa: E402

N = None
# Krippendorff (2011), sec. C: 4 observers, 12 units, missing values.
K2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


@pytest.mark.parametrize(
    "level, expected", [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)]
)
def test_krippendorff_2011_multi_coder(level, expected):
    assert krippendorff_alpha(K2011, level=level) == pytest.approx(expected, abs=5e-4)


def test_krippendorff_2011_binary_two_coders():
    # sec. A: two observers, ten units, binary data: alpha = 0.095
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha([a, b]) == pytest.approx(0.095, abs=5e-4)


def test_perfect_agreement_is_one_and_constant_is_nan():
    assert krippendorff_alpha([[0, 1, 1, 0], [0, 1, 1, 0]]) == 1.0
    assert math.isnan(krippendorff_alpha([[1, 1, 1], [1, 1, 1]]))


def test_bad_level_rejected():
    with pytest.raises(ValueError, match="level"):
        krippendorff_alpha([[0, 1], [0, 1]], level="ratio")
