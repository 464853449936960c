"""Plot functions for the reproduced figures.

Every function takes the data first and options as keywords, draws on
``ax`` (a new figure when ``ax`` is None) and returns the Axes; none calls
``plt.show()``. matplotlib is imported inside the functions, so importing
this module is cheap.

Examples
--------
>>> import pandas as pd
>>> from regionalism.plots import trend_lines
>>> df = pd.DataFrame({"year": [1, 2, 1, 2], "v": [0.1, 0.2, 0.3, 0.1], "g": list("aabb")})
>>> ax = trend_lines(df, x="year", y="v", group="g", highlight="b")
>>> [line.get_label() for line in ax.get_lines()]
['a', 'b']
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = [
    "trend_lines", "labelled_scatter", "paired_bars", "timeline", "heatmap", "coefficient_plot",
    "HIGHLIGHT",
]

#: Colour used for the highlighted group (Central Asia in the reproduced figures).
HIGHLIGHT = "#d62728"


def _axes(ax: Any, figsize: tuple[float, float]) -> "Axes":
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _require(data: "pd.DataFrame", columns: Sequence[str]) -> None:
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise KeyError(f"data lacks column(s) {missing}; it has {list(data.columns)}")


def trend_lines(data: "pd.DataFrame", *, x: str, y: str, group: str, ax: Any = None,
                highlight: str | Sequence[str] | None = None, labels: Mapping[str, str] | None = None,
                xlabel: str | None = None, ylabel: str | None = None, title: str = "",
                styles: Mapping[str, Mapping[str, Any]] | None = None, end_labels: bool = False) -> "Axes":
    """One line per group over ``x``; highlighted groups drawn thick and red.

    Parameters
    ----------
    data : pandas.DataFrame
        Long data with columns ``x``, ``y`` and ``group``.
    x, y, group : str
        Column names.
    ax : matplotlib Axes, optional
        Axes to draw on; default a new figure.
    highlight : str or sequence of str, optional
        Group value(s) to emphasize; all other lines are drawn thinner and grey-toned.
    labels : mapping, optional
        Display names for the group values (legend text).
    xlabel, ylabel, title : str, optional
        Axis labels (default the column names) and title (none when empty).
    styles : mapping, optional
        Extra line keyword arguments per group value (e.g. ``linestyle``).
    end_labels : bool
        Also write each group's label at the right end of its line.

    Returns
    -------
    matplotlib.axes.Axes
        One ``Line2D`` per group, labelled with the display name, in sorted group order.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> import pandas as pd
    >>> from regionalism.plots import trend_lines
    >>> df = pd.DataFrame({"year": [2000, 2001, 2000, 2001], "depth": [0.2, 0.4, 0.1, 0.1],
    ...                    "region": ["central_asia", "central_asia", "gulf", "gulf"]})
    >>> ax = trend_lines(df, x="year", y="depth", group="region", highlight="central_asia",
    ...                  labels={"central_asia": "Central Asia"}, title="Security depth")
    >>> ax.get_title(), [line.get_label() for line in ax.get_lines()]
    ('Security depth', ['Central Asia', 'gulf'])
    >>> ax.get_lines()[0].get_linewidth()  # the highlighted line is thick
    3.0
    >>> plt.close(ax.figure)
    """
    _require(data, [x, y, group])
    ax = _axes(ax, (8, 4.5))
    hl = {highlight} if isinstance(highlight, str) else set(highlight or ())
    labels = dict(labels or {})
    styles = dict(styles or {})
    import matplotlib as mpl

    # tab10 and tab20 without their reds, which are kept for the highlighted group
    base = mpl.colormaps["tab10"].colors if data[group].nunique() <= 9 else mpl.colormaps["tab20"].colors
    palette = [c for c in base if (c[0] < 0.8 or c[1] > 0.4) and max(c) - min(c) > 0.1]  # no reds, no greys
    k = 0
    for key, sub in data.sort_values(x).groupby(group, sort=True, observed=True):
        kw: dict[str, Any] = {"linewidth": 1.4, "alpha": 0.9}
        if key in hl:
            kw.update(color=HIGHLIGHT, linewidth=3.0, alpha=1.0, zorder=5)
        else:
            kw["color"] = palette[k % len(palette)]
            if hl:
                kw.update(alpha=0.55)
            k += 1
        kw.update(styles.get(key, {}))
        name = labels.get(key, str(key))
        ax.plot(sub[x].to_numpy(), sub[y].to_numpy(), label=name, **kw)
        if end_labels and len(sub):
            last = sub.dropna(subset=[y]).iloc[-1]
            ax.annotate(name, (last[x], last[y]), xytext=(4, 0), textcoords="offset points",
                        fontsize=8, va="center", color=kw["color"])
    ax.set_xlabel(xlabel if xlabel is not None else x)
    ax.set_ylabel(ylabel if ylabel is not None else y)
    if title:
        ax.set_title(title)
    ax.grid(True, alpha=0.3)
    return ax


def labelled_scatter(data: "pd.DataFrame", *, x: str, y: str, label: str, ax: Any = None,
                     group: str | None = None, xlabel: str | None = None, ylabel: str | None = None,
                     title: str = "", highlight: Sequence[str] = ()) -> "Axes":
    """Scatter plot with every point labelled (labels nudged apart to limit overlap).

    Parameters
    ----------
    data : pandas.DataFrame
        One row per point with ``x``, ``y``, ``label`` (and ``group``).
    x, y, label : str
        Column names.
    ax : matplotlib Axes, optional
        Axes to draw on; default a new figure.
    group : str, optional
        Column for marker colour (one legend entry per value).
    xlabel, ylabel : str, optional
        Axis labels; default the column names.
    title : str
        Axes title (none when empty).
    highlight : sequence of str
        Labels drawn in bold red.

    Returns
    -------
    matplotlib.axes.Axes
        One ``PathCollection`` per group and one text annotation per row.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import pandas as pd
    >>> from regionalism.plots import labelled_scatter
    >>> pts = pd.DataFrame({"region": ["a", "b", "c"], "x": [0.1, 0.5, 0.9], "y": [1.0, 2.0, 3.0]})
    >>> ax = labelled_scatter(pts, x="x", y="y", label="region", highlight=["b"], title="Scatter")
    >>> ax.get_title(), [t.get_text() for t in ax.texts]
    ('Scatter', ['a', 'b', 'c'])
    >>> plt.close(ax.figure)
    """
    import numpy as np

    _require(data, [x, y, label] + ([group] if group else []))
    ax = _axes(ax, (8, 6.5))
    groups = [(None, data)] if group is None else list(data.groupby(group, sort=True, observed=True))
    markers = ["o", "s", "^", "D", "v"]
    for i, (key, sub) in enumerate(groups):
        ax.scatter(sub[x], sub[y], s=36, marker=markers[i % len(markers)], alpha=0.85,
                   label=None if key is None else str(key), edgecolor="white", linewidth=0.5)
    xs, ys = data[x].to_numpy(float), data[y].to_numpy(float)
    # deterministic greedy label placement: the first candidate offset whose
    # (approximate) label box does not overlap a box already placed
    span_x = (np.nanmax(xs) - np.nanmin(xs)) or 1.0
    span_y = (np.nanmax(ys) - np.nanmin(ys)) or 1.0
    order = np.lexsort((xs, ys))
    boxes: list[tuple[float, float, float, float]] = []
    offsets = [(5, 3), (-5, 3), (5, -10), (-5, -10), (5, 11), (-5, 11), (5, -18), (-5, -18), (5, 19), (-5, 19)]
    char_w, line_h = 0.0115, 0.032  # label size as a fraction of the axes (8 x 6.5 in, 7.5 pt font)
    pt_x, pt_y = 1 / (72 * 8 * 0.8), 1 / (72 * 6.5 * 0.8)
    for j in order:
        name = str(data[label].iloc[j])
        fx, fy = (xs[j] - np.nanmin(xs)) / span_x, (ys[j] - np.nanmin(ys)) / span_y
        w = char_w * len(name)
        choice = offsets[0]
        for dx, dy in offsets:
            x0 = fx + dx * pt_x - (w if dx < 0 else 0)
            y0 = fy + dy * pt_y
            box = (x0, y0, x0 + w, y0 + line_h)
            if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
                choice = (dx, dy)
                break
        dx, dy = choice
        x0 = fx + dx * pt_x - (w if dx < 0 else 0)
        boxes.append((x0, fy + dy * pt_y, x0 + w, fy + dy * pt_y + line_h))
        ax.annotate(name, (xs[j], ys[j]), xytext=(dx, dy), textcoords="offset points", fontsize=7.5,
                    ha="left" if dx > 0 else "right",
                    color=HIGHLIGHT if name in highlight else "#222",
                    fontweight="bold" if name in highlight else "normal")
    ax.set_xlabel(xlabel if xlabel is not None else x)
    ax.set_ylabel(ylabel if ylabel is not None else y)
    if title:
        ax.set_title(title)
    ax.margins(x=0.08, y=0.05)
    if group is not None:
        ax.legend(title=group, fontsize=8, loc="upper left")
    ax.grid(True, alpha=0.3)
    return ax


def paired_bars(data: "pd.DataFrame", *, category: str, values: Sequence[str], ax: Any = None,
                value_labels: Sequence[str] | None = None, highlight: str | None = None,
                xlabel: str = "", title: str = "", reference: float | None = None) -> "Axes":
    """Horizontal grouped bars: one row per category, one bar per value column.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per category (drawn top to bottom in the given order).
    category : str
        Column with the row labels.
    values : sequence of str
        Columns drawn as bars side by side.
    ax : matplotlib Axes, optional
        Axes to draw on; default a new figure.
    value_labels : sequence of str, optional
        Legend text per value column.
    highlight : str, optional
        Category whose tick label is drawn bold red.
    xlabel, title : str
        Axis label and title (none when empty).
    reference : float, optional
        Draw a vertical dotted line at this value.

    Returns
    -------
    matplotlib.axes.Axes
        One ``BarContainer`` per value column.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import pandas as pd
    >>> from regionalism.plots import paired_bars
    >>> bars = pd.DataFrame({"region": ["a", "b"], "inside": [0.5, 0.2], "outside": [0.1, 0.3]})
    >>> ax = paired_bars(bars, category="region", values=["inside", "outside"], highlight="b")
    >>> len(ax.containers), [t.get_text() for t in ax.get_yticklabels()]
    (2, ['a', 'b'])
    >>> plt.close(ax.figure)
    """
    import numpy as np

    _require(data, [category, *values])
    n = len(data)
    ax = _axes(ax, (7, 0.35 * n * max(1, len(values) / 2) + 1.5))
    height = 0.8 / len(values)
    pos = np.arange(n)[::-1]
    vl = list(value_labels or values)
    for i, col in enumerate(values):
        ax.barh(pos + (len(values) - 1 - 2 * i) * height / 2, data[col].to_numpy(float), height=height,
                label=vl[i])
    ax.set_yticks(pos, [str(v) for v in data[category]])
    if highlight is not None:
        for tick in ax.get_yticklabels():
            if tick.get_text() == highlight:
                tick.set_color(HIGHLIGHT)
                tick.set_fontweight("bold")
    if reference is not None:
        ax.axvline(reference, color="grey", linestyle=":", linewidth=1)
    ax.set_xlabel(xlabel)
    if title:
        ax.set_title(title)
    ax.legend(fontsize=8, loc="lower right")
    ax.grid(True, axis="x", alpha=0.3)
    return ax


def timeline(data: "pd.DataFrame", *, label: str, start: str, end: str, group: str | None = None,
             ax: Any = None, colors: Mapping[str, str] | None = None, events: "pd.DataFrame | None" = None,
             event_row: str = "row", event_year: str = "year", event_kind: str = "kind",
             xlim: tuple[float, float] | None = None, title: str = "") -> "Axes":
    """Gantt chart: one row per ``label`` with bars from ``start`` to ``end``.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per spell; a label may have several spells (drawn on one row).
    label, start, end : str
        Columns: row label, first year, last year (inclusive).
    group : str, optional
        Column coloring the bars (one legend entry per value).
    ax : matplotlib Axes, optional
        Axes to draw on; default a new figure.
    colors : mapping, optional
        Colour per group value.
    events : pandas.DataFrame, optional
        Point events with columns ``event_row`` (a label), ``event_year`` and
        ``event_kind`` (``"entry"`` or ``"exit"``), drawn as markers.
    event_row, event_year, event_kind : str
        Column names in ``events``.
    xlim : tuple, optional
        Limits of the year axis.
    title : str
        Axes title (none when empty).

    Returns
    -------
    matplotlib.axes.Axes
        One ``BrokenBarHCollection``/``PolyCollection`` per spell group and one
        marker collection per event kind.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import pandas as pd
    >>> from regionalism.plots import timeline
    >>> spells = pd.DataFrame({"org": ["CSTO", "SCO", "CSTO"], "start": [1992, 2001, 2008],
    ...                        "end": [1999, 2025, 2012]})
    >>> ax = timeline(spells, label="org", start="start", end="end", title="Memberships")
    >>> ax.get_title(), [t.get_text() for t in ax.get_yticklabels()], len(ax.collections)
    ('Memberships', ['CSTO', 'SCO'], 3)
    >>> plt.close(ax.figure)
    """
    _require(data, [label, start, end] + ([group] if group else []))
    rows = list(dict.fromkeys(data[label].astype(str)))
    ax = _axes(ax, (9, 0.32 * len(rows) + 1.6))
    ypos = {r: len(rows) - 1 - i for i, r in enumerate(rows)}
    colors = dict(colors or {})
    seen: set[str] = set()
    for rec in data.itertuples(index=False):
        r = str(getattr(rec, label))
        g = str(getattr(rec, group)) if group else "spell"
        s, e = float(getattr(rec, start)), float(getattr(rec, end))
        ax.broken_barh([(s, e - s + 1)], (ypos[r] - 0.35, 0.7), facecolors=colors.get(g, "#4c72b0"),
                       label=None if g in seen or not group else g)
        seen.add(g)
    if events is not None and len(events):
        _require(events, [event_row, event_year, event_kind])
        style = {"entry": dict(marker=">", color="black"), "exit": dict(marker="x", color="black")}
        for kind, sub in events.groupby(event_kind, sort=True):
            ys = [ypos[str(v)] for v in sub[event_row]]
            ax.scatter(sub[event_year].astype(float), ys, s=45, zorder=6, linewidths=1.8,
                       label=f"Uzbekistan {kind}" if kind in style else str(kind), **style.get(kind, {}))
    ax.set_yticks(list(ypos.values()), list(ypos.keys()))
    if xlim is not None:
        ax.set_xlim(*xlim)
    ax.grid(True, axis="x", alpha=0.3)
    if title:
        ax.set_title(title)
    if group or events is not None:
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax


def heatmap(matrix: "pd.DataFrame", *, ax: Any = None, cmap: str = "viridis", vmin: float = 0.0,
            vmax: float = 1.0, title: str = "", colorbar_label: str = "",
            highlight: str | None = None, xtick_every: int = 5) -> "Axes":
    """Heatmap of a matrix (rows = index, columns = e.g. years); missing cells blank.

    Parameters
    ----------
    matrix : pandas.DataFrame
        Values to colour; index and columns become tick labels.
    ax : matplotlib Axes, optional
        Axes to draw on; default a new figure.
    cmap : str
        Matplotlib colormap name.
    vmin, vmax : float
        Values mapped to the ends of the colormap.
    title, colorbar_label : str
        Axes title and colour bar label (none when empty).
    highlight : str, optional
        Row label drawn bold red.
    xtick_every : int
        Label every n-th column.

    Returns
    -------
    matplotlib.axes.Axes
        Holding one ``QuadMesh`` with the matrix values.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import pandas as pd
    >>> from regionalism.plots import heatmap
    >>> m = pd.DataFrame([[0.1, 0.5], [float("nan"), 1.0]], index=["a", "b"], columns=[2000, 2001])
    >>> ax = heatmap(m, title="Depth", xtick_every=1)
    >>> ax.get_title(), [t.get_text() for t in ax.get_xticklabels()]
    ('Depth', ['2000', '2001'])
    >>> int(ax.collections[0].get_array().count())  # the missing cell stays blank
    3
    >>> plt.close(ax.figure)
    """
    import numpy as np

    ax = _axes(ax, (10, 0.3 * len(matrix) + 1.5))
    values = np.ma.masked_invalid(matrix.to_numpy(float))
    mesh = ax.pcolormesh(values, cmap=cmap, vmin=vmin, vmax=vmax, rasterized=True)  # no seams in PDF
    ax.set_yticks(np.arange(len(matrix)) + 0.5, [str(i) for i in matrix.index])
    ax.invert_yaxis()
    cols = list(matrix.columns)
    ticks = [i for i, c in enumerate(cols) if i % xtick_every == 0]
    ax.set_xticks([t + 0.5 for t in ticks], [str(cols[t]) for t in ticks], rotation=90, fontsize=7)
    if highlight is not None:
        for tick in ax.get_yticklabels():
            if tick.get_text() == highlight:
                tick.set_color(HIGHLIGHT)
                tick.set_fontweight("bold")
    ax.figure.colorbar(mesh, ax=ax, label=colorbar_label, fraction=0.03, pad=0.01)
    if title:
        ax.set_title(title)
    return ax


def coefficient_plot(data: "pd.DataFrame", *, estimate: str = "estimate",
                     lower: str | None = None, upper: str | None = None, label: str = "term",
                     group: str | None = None,
                     ax: Any = None, xlabel: str = "Estimate", title: str = "") -> "Axes":
    """Point estimates with interval bars, one row per term (and group).

    Parameters
    ----------
    data : pandas.DataFrame
        Columns ``estimate``, ``lower``, ``upper``, ``label`` (and ``group``).
    estimate, lower, upper, label : str
        Column names: point estimate, interval bounds, term label (one row each).
        ``lower``/``upper`` default to ``"lower"``/``"upper"``, or to
        ``"conf_low"``/``"conf_high"`` when those are present, so ``res.tidy()``
        plots as it is.
    group : str, optional
        Column whose values are drawn as separate, slightly shifted series.
    ax : matplotlib Axes, optional
        Axes to draw on; default a new figure.
    xlabel, title : str
        Axis label and title (title none when empty).

    Returns
    -------
    matplotlib.axes.Axes
        One ``errorbar`` container per group; a vertical line at zero.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import pandas as pd
    >>> from regionalism.plots import coefficient_plot
    >>> coefs = pd.DataFrame({"term": ["x1", "x2"], "estimate": [0.5, -0.2],
    ...                       "lower": [0.1, -0.6], "upper": [0.9, 0.2]})
    >>> ax = coefficient_plot(coefs, title="H1")
    >>> ax.get_title(), [t.get_text() for t in ax.get_yticklabels()], len(ax.containers)
    ('H1', ['x1', 'x2'], 1)
    >>> plt.close(ax.figure)
    """
    import numpy as np

    if lower is None:
        lower = "conf_low" if "conf_low" in data.columns and "lower" not in data.columns else "lower"
    if upper is None:
        upper = "conf_high" if "conf_high" in data.columns and "upper" not in data.columns \
            else "upper"
    _require(data, [estimate, lower, upper, label] + ([group] if group else []))
    terms = list(dict.fromkeys(data[label].astype(str)))
    ax = _axes(ax, (7, 0.45 * len(terms) + 1.5))
    pos = {t: len(terms) - 1 - i for i, t in enumerate(terms)}
    groups = [(None, data)] if group is None else list(data.groupby(group, sort=False, observed=True))
    width = 0.6
    for i, (key, sub) in enumerate(groups):
        shift = (i - (len(groups) - 1) / 2) * (width / max(len(groups), 1))
        ys = np.array([pos[str(t)] for t in sub[label]]) + shift
        est = sub[estimate].to_numpy(float)
        err = np.vstack([est - sub[lower].to_numpy(float), sub[upper].to_numpy(float) - est])
        ax.errorbar(est, ys, xerr=err, fmt="o", capsize=3, label=None if key is None else str(key))
    ax.axvline(0, color="grey", linewidth=1, linestyle="--")
    ax.set_yticks(list(pos.values()), list(pos.keys()))
    ax.set_xlabel(xlabel)
    if title:
        ax.set_title(title)
    if group is not None:
        ax.legend(fontsize=8)
    ax.grid(True, axis="x", alpha=0.3)
    return ax
