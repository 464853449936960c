"""The build is deterministic and the shipped files are what it produces."""
from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_rebuild_is_byte_identical_to_shipped(raw_dir, tmp_path):
    steps = ["states", "igo", "mia", "alliances", "gray_reo", "desta", "conflicts", "contiguity", "bib", "cases"]
    for attempt in ("a", "b"):
        subprocess.run([sys.executable, str(REPO / "datasets" / "build" / "build.py"), "--raw", str(raw_dir),
                        "--out", str(tmp_path / attempt), "--only", *steps],
                       check=True, capture_output=True, text=True)
    shipped = REPO / "datasets"
    for folder in sorted((tmp_path / "a").iterdir()):
        if folder.is_file():
            assert filecmp.cmp(folder, tmp_path / "b" / folder.name, shallow=False), folder.name
            assert filecmp.cmp(folder, shipped / folder.name, shallow=False), folder.name
            continue
        for f in sorted(folder.iterdir()):
            assert filecmp.cmp(f, tmp_path / "b" / folder.name / f.name, shallow=False), f"{folder.name}/{f.name} differs between builds"
            if f.name == "README.md" and folder.name == "memberships":
                continue  # the shipped README also carries the cross-check section (crosscheck step)
            assert filecmp.cmp(f, shipped / folder.name / f.name, shallow=False), \
                f"{folder.name}/{f.name} differs from the shipped file: rebuild with datasets/build/build.py"


BUILD = REPO / "datasets" / "build"


def test_one_fragment_format_and_one_tool():
    """The coded fragments are data (CSV, BibTeX, Markdown), never generator scripts; the build tool
    uses relative paths only and imports the installed package (no ``sys.path`` edits)."""
    scripts = sorted(p.relative_to(BUILD).as_posix() for p in (BUILD / "coded").rglob("*.py")
                     if "reliability" not in p.parts)
    assert scripts == [], f"generator scripts among the fragments: {scripts}"
    for path in sorted(BUILD.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "sys.path" not in text, f"{path.name} edits sys.path"
        assert "/work/" not in text and "Path(\"/" not in text, f"{path.name} uses an absolute path"
