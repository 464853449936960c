"""Deprecated: split into :mod:`regionalism.runner` (``reproduce``, discovery), :mod:`regionalism.report`
(outputs and rendering) and :mod:`regionalism.study.samples` (the article's comparison regions and panel).

Importing this module binds ``regionalism.reproduce`` to it, hiding the function
``rg.reproduce`` until the module is removed; import from the new modules instead.
"""
from regionalism._shared.lazy import deprecated_module
from regionalism.report.outputs import (MANIFEST, AnalysisResult, Output, Pending, Report, save_figure, save_table,
                                        write_atomic)
from regionalism.report.render import render_html, render_markdown
from regionalism.runner import analysis_names, find_analyses, load_analysis, reproduce
from regionalism.study.samples import COMPARISON_REGIONS, CONTINENTS, region_names, region_year_panel

deprecated_module(__name__, "regionalism.runner, regionalism.report and regionalism.study")

__all__ = [
    "Output", "Pending", "AnalysisResult", "Report", "MANIFEST", "find_analyses",
    "analysis_names", "load_analysis", "reproduce", "save_figure", "save_table", "write_atomic",
    "region_year_panel", "region_names", "CONTINENTS", "COMPARISON_REGIONS", "render_html", "render_markdown",
]
