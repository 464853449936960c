"""Plot functions: artists, labels and data (not pixels)."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

from regionalism import plots


def test_trend_lines_highlight_and_labels() -> None:
    df = pd.DataFrame({"year": [2000, 2001] * 3, "v": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
                       "g": ["a", "a", "b", "b", "c", "c"]})
    ax = plots.trend_lines(df, x="year", y="v", group="g", highlight="b", labels={"b": "Bee"}, ylabel="value")
    lines = {ln.get_label(): ln for ln in ax.get_lines()}
    assert set(lines) == {"a", "Bee", "c"}
    assert lines["Bee"].get_color() == plots.HIGHLIGHT and lines["Bee"].get_linewidth() == 3.0
    assert lines["a"].get_color() != plots.HIGHLIGHT
    np.testing.assert_allclose(lines["c"].get_ydata(), [0.5, 0.6])
    assert ax.get_ylabel() == "value"
    with pytest.raises(KeyError, match="lacks column"):
        plots.trend_lines(df, x="year", y="nope", group="g")


def test_labelled_scatter_one_label_per_point() -> None:
    names = ["Alpha organization", "Beta organization", "C"]
    df = pd.DataFrame({"x": [0.0, 0.01, 0.5], "y": [0.0, 0.0, 1.0], "name": names, "k": ["p", "p", "q"]})
    ax = plots.labelled_scatter(df, x="x", y="y", label="name", group="k", highlight=["C"])
    texts = {t.get_text(): t for t in ax.texts}
    assert set(texts) == set(names)
    assert texts["C"].get_color() == plots.HIGHLIGHT
    # long labels of close points get different offsets
    assert texts["Alpha organization"].xyann != texts["Beta organization"].xyann
    assert len(ax.collections) == 2  # one marker collection per group


def test_paired_bars_values_and_highlight() -> None:
    df = pd.DataFrame({"region": ["R1", "R2"], "a": [0.6, 0.4], "b": [0.3, 0.35]})
    ax = plots.paired_bars(df, category="region", values=["a", "b"], highlight="R2", reference=0.5)
    widths = [sorted(p.get_width() for p in c) for c in ax.containers]
    assert widths == [[0.4, 0.6], [0.3, 0.35]]
    ticks = {t.get_text(): t for t in ax.get_yticklabels()}
    assert ticks["R2"].get_color() == plots.HIGHLIGHT
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b"]


def test_timeline_spells_and_events() -> None:
    spells = pd.DataFrame({"label": ["X", "X", "Y"], "start": [1991, 2000, 1995], "end": [1995, 2005, 2001],
                           "kind": ["exclusive", "exclusive", "from_outside"]})
    events = pd.DataFrame({"row": ["X", "Y"], "year": [2000, 1999], "kind": ["entry", "exit"]})
    ax = plots.timeline(spells, label="label", start="start", end="end", group="kind", events=events)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["X", "Y"]
    bars = [c for c in ax.collections if hasattr(c, "get_paths") and c.get_label() != "_nolegend_"]
    assert len(bars) >= 2
    from matplotlib.collections import PathCollection

    offsets = np.vstack([c.get_offsets() for c in ax.collections if isinstance(c, PathCollection)])
    assert {tuple(o) for o in offsets} == {(2000.0, 1.0), (1999.0, 0.0)}
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Uzbekistan entry" in legend and "Uzbekistan exit" in legend


def test_heatmap_values_and_blank_cells() -> None:
    mat = pd.DataFrame([[0.1, np.nan], [0.5, 0.9]], index=["r1", "Central Asia"], columns=[2000, 2001])
    ax = plots.heatmap(mat, highlight="Central Asia", xtick_every=1)
    mesh = ax.collections[0]
    arr = mesh.get_array()
    assert arr.mask.sum() == 1
    np.testing.assert_allclose(arr.compressed(), [0.1, 0.5, 0.9])
    ticks = {t.get_text(): t for t in ax.get_yticklabels()}
    assert ticks["Central Asia"].get_color() == plots.HIGHLIGHT


def test_coefficient_plot_intervals() -> None:
    df = pd.DataFrame({"term": ["x", "z"], "estimate": [1.0, -0.5], "lower": [0.5, -1.0], "upper": [1.5, 0.2]})
    ax = plots.coefficient_plot(df, label="term")
    container = ax.containers[0]
    np.testing.assert_allclose(container.lines[0].get_xdata(), [1.0, -0.5])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["x", "z"]
    segs = container.lines[2][0].get_segments()
    np.testing.assert_allclose([s[:, 0] for s in segs], [[0.5, 1.5], [-1.0, 0.2]])
