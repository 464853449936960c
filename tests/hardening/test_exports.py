"""Exports are safe to open: LaTeX escapes, CSV formula cells neutralized, Markdown escapes raw HTML."""
from __future__ import annotations

import pandas as pd
import pytest

from regionalism.models.tables import Table, frame_to_table
from regionalism.report import save_table
from regionalism.report.outputs import neutralize_cell

HOSTILE = pd.DataFrame({"label": [r"\input{/etc/passwd}", "<script>alert(1)</script>", "=HYPERLINK(\"x\")",
                                  "@SUM(A1)", "+1+1", "-cmd", "-0.25", "a|b\nc"],
                        "value": [1.0, -2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]})


def test_latex_escapes_backslashes_and_specials():
    tex = frame_to_table(HOSTILE, title="50% of $x_1$ \\bad").as_latex()
    assert r"\input" not in tex and r"\textbackslash{}input\{/etc/passwd\}" in tex
    assert r"\textless{}script\textgreater{}" in tex
    body = [line for line in tex.splitlines() if "&" in line]
    assert all(line.count(" & ") == 1 for line in body)  # a newline in a cell does not split the row


def test_latex_label_cannot_inject():
    tex = Table(("a",), (("1",),), title="t", label="tab}\\input{x").as_latex()
    assert r"\label{tabinputx}" in tex


def test_markdown_escapes_raw_html_and_pipes():
    md = frame_to_table(HOSTILE, title="<b>T</b>", notes=["<img src=x onerror=alert(1)>"]).as_markdown()
    assert "<script>" not in md and "<img" not in md and "<b>" not in md
    assert "&lt;script&gt;" in md and "a\\|b c" in md
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + len(HOSTILE)


def test_csv_cells_that_start_a_formula_are_neutralized(tmp_path):
    save_table(HOSTILE, tmp_path, "t", caption="T")
    back = pd.read_csv(tmp_path / "t.csv", keep_default_na=False)
    labels = back["label"].tolist()
    assert labels[2] == "'=HYPERLINK(\"x\")" and labels[3] == "'@SUM(A1)" and labels[4] == "'+1+1"
    assert labels[5] == "'-cmd" and labels[6] == "-0.25"  # a number in text is not a formula
    assert back["value"].tolist() == HOSTILE["value"].tolist()  # numbers untouched
    html = (tmp_path / "t.html").read_text()
    assert "<script>" not in html


def test_neutralize_leaves_plain_text_and_numbers():
    assert neutralize_cell("Central Asia") == "Central Asia"
    assert neutralize_cell(-1.5) == -1.5 and neutralize_cell("-") == "-"


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "@SUM(1)"])
def test_dde_and_control_prefixed_cells_are_neutralized(tmp_path, cell):
    save_table(pd.DataFrame({"label": [cell], "value": [1.0]}), tmp_path, "t", caption="T")
    back = pd.read_csv(tmp_path / "t.csv", keep_default_na=False)
    assert back["label"].tolist() == ["'" + cell]
