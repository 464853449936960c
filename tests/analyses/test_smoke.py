"""End to end: the whole reproduction into a temporary folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from regionalism.runner import find_analyses, reproduce


@pytest.mark.slow
def test_full_reproduction(tmp_path: Path) -> None:
    out = tmp_path / "results"
    report = reproduce(out=out, progress=False)
    failed = {r.name: r.reason for r in report.results if r.status == "failed"}
    assert not failed, failed
    assert [r.name for r in report.results] == list(find_analyses())
    for r in report.results:
        if r.status == "ok":
            assert r.outputs, r.name
            for o in r.outputs:
                assert o.path.is_file() and o.path.stat().st_size > 0, o.path
            figures = [o.path for o in r.outputs if o.kind == "figure"]
            for png in figures:  # the numbers behind every figure are written next to it
                assert png.with_suffix(".csv").is_file() and png.with_suffix(".pdf").is_file()
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count("<h2 ") == len(report.results)
    assert page.count("data:image/png;base64,") == sum(o.kind == "figure" for r in report.results for o in r.outputs)
    assert "src=\"http" not in page and "href=\"http" not in page  # self-contained
    assert (out / "report.md").is_file()
