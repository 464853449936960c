"""Reproduction outputs: records and writers (:mod:`~regionalism.report.outputs`), rendering
(:mod:`~regionalism.report.render`) and published-against-reproduced tables (:mod:`~regionalism.report.published`). The runner that executes analyses is :mod:`regionalism.runner`."""
from regionalism.report.outputs import (MANIFEST, AnalysisResult, Output, Pending, Report, ResultsWriteError, save_figure,
                                        save_table, write_atomic, write_manifest)
from regionalism.report.published import COMPARISON_COLUMNS, comparison_row, comparison_table
from regionalism.report.render import render_html, render_markdown

__all__ = ["MANIFEST", "AnalysisResult", "Output", "Pending", "Report", "ResultsWriteError", "save_figure", "save_table",
           "write_atomic", "write_manifest", "render_html", "render_markdown", "COMPARISON_COLUMNS", "comparison_row",
           "comparison_table"]
