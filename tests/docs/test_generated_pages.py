"""The generators of the docs' pages (docs/_ext/regionalism_docs.py) on the shipped data, without Sphinx."""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import regionalism as rg

DOCS = Path(__file__).resolve().parents[2] / "docs"
sys.path.insert(0, str(DOCS / "_ext"))
import regionalism_docs as gen  # noqa: E402


@pytest.fixture(scope="module")
def codebooks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("codebooks")
    gen.write_codebooks(out)
    return out


def test_a_codebook_page_for_every_dataset_folder_and_panel(codebooks: Path) -> None:
    packages = set(rg.list_datasets()["package"])
    assert {p.stem for p in codebooks.glob("*.md")} == packages | set(gen.PANELS) | {"index"}


@pytest.mark.parametrize("name", ["states", "security_design", "memberships", "region_year"])
def test_codebook_lists_every_field_with_its_type(codebooks: Path, name: str) -> None:
    cb = rg.describe(name)
    package = cb.descriptor.get("name", name) if name not in gen.PANELS else name
    page = (codebooks / f"{package}.md").read_text(encoding="utf-8")
    for field in cb.resource["schema"]["fields"]:
        assert f"| `{field['name']}` | {field.get('type', 'string')} |" in page
    for key in cb.resource["schema"].get("primaryKey", []):
        assert f"`{key}`" in page


def test_codebook_has_sources_licence_version_and_readme(codebooks: Path) -> None:
    page = (codebooks / "states.md").read_text(encoding="utf-8")
    cb = rg.describe("states")
    assert f"**Version:** {cb.descriptor['version']}" in page
    assert cb.descriptor["licenses"][0]["name"] in page
    for source in cb.descriptor["sources"]:
        assert source["x_bibkey"] in page
    assert "## Coding decisions (README)" in page
    first_readme_line = next(line for line in cb.readme.splitlines()[1:] if line.strip())
    assert first_readme_line.strip() in page


def test_codebook_shows_foreign_keys() -> None:
    page = gen.codebook_page("memberships", ["memberships"], describe=rg.describe)
    fks = rg.describe("memberships").resource["schema"].get("foreignKeys", [])
    assert fks, "memberships should declare foreign keys"
    assert page.count("**Foreign key:**") == len(fks)


def test_shift_headings_leaves_code_fences_alone() -> None:
    text = "# A\n\n```\n# not a heading\n```\n## B"
    assert gen.shift_headings(text, 2) == "### A\n\n```\n# not a heading\n```\n#### B"


def test_relative_links_are_unlinked_but_urls_kept() -> None:
    text = "see [the notes](NOTES.md) and [V-Dem](https://v-dem.net)"
    assert gen.unlink_relative(text) == "see the notes (`NOTES.md`) and [V-Dem](https://v-dem.net)"


def test_cite_page_has_the_package_and_every_table() -> None:
    page = gen.cite_page()
    assert rg.cite().strip() in page
    for name in rg.dataset_names():
        assert f"### `{name}`" in page


def test_gallery_page_says_when_the_reproduction_is_missing(tmp_path: Path) -> None:
    page = gen.gallery_page(None, files=tmp_path, reason="no analyses")
    assert "not available in this build: no analyses" in page


def test_gallery_page_lists_caption_script_and_data(tmp_path: Path) -> None:
    from regionalism.report import AnalysisResult, Output, Report

    files = gen.GENERATED / "gallery_files"
    res = AnalysisResult(name="05_x", title="A timeline", outputs=[
        Output(files / "x.png", "figure", "Caption of x"), Output(files / "x.csv", "data", "")],
        datasets=["states"])
    page = gen.gallery_page(Report(out=files, results=[res], seconds=1.0), files=files)
    assert "## A timeline" in page and "`analyses/05_x.py`" in page
    assert "```{figure} gallery_files/x.png" in page and "Caption of x" in page
    assert "{download}`x.csv <gallery_files/x.csv>`" in page


def test_api_pages_document_each_object_once() -> None:
    pages = gen.api_pages()
    assert set(gen.API_MODULES) | {"regionalism"} == set(pages)
    documented = [line.split()[-1] for text in pages.values() for line in text.splitlines()
                  if line.startswith((".. autofunction::", ".. autoclass::"))]
    assert len(documented) == len(set(documented))
    objs = [id(eval(q.replace("regionalism.", "rg.", 1), {"rg": rg, **_mods()})) for q in documented]
    assert len(objs) == len(set(objs)), "an object is documented under two names"
    for name in ["load", "region_year", "security_institutions"]:
        assert f"rg.{name} <" in pages["regionalism"]


def _mods() -> dict[str, object]:
    import importlib

    return {m.split(".")[-1]: importlib.import_module(m) for m in gen.API_MODULES}


def test_tidy_docstring_escapes_absolute_values_and_module_sections() -> None:
    lines = ["smallest |a - b| here", "| x | y |", "", "Examples", "--------", ">>> 1"]
    gen.tidy_docstring(SimpleNamespace(), "module", "m", None, None, lines)
    assert lines[0] == "smallest ``|a - b|`` here" and lines[1] == "| x | y |"
    assert ".. rubric:: Examples" in lines
