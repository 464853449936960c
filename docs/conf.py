"""Sphinx configuration of the regionalism documentation.

Build (warnings are errors)::

    sphinx-build -W --keep-going -b html docs docs/_build/html
"""
from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))

import regionalism  # noqa: E402

project = "regionalism"
author = "The regionalism developers"
copyright = "2026, the regionalism developers"
release = regionalism.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.mathjax",
    "numpydoc",
    "myst_nb",
    "regionalism_docs",
]

source_suffix = {".rst": "restructuredtext", ".md": "myst-nb"}
exclude_patterns = ["_build", "README.md", "jupyter_execute", "generated/gallery_files",
                    "**.ipynb_checkpoints"]
root_doc = "index"

# --- autodoc / numpydoc: the package's docstrings are numpydoc
autodoc_typehints = "none"          # the signatures carry the types; numpydoc sections describe them
autodoc_member_order = "bysource"
autodoc_default_options = {"undoc-members": False}
numpydoc_show_class_members = False  # members come from autodoc's :members:
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False
numpydoc_validation_checks: set[str] = set()

# --- MyST / MyST-NB: tutorials are executed on every build; an error fails the build
myst_enable_extensions = ["colon_fence", "dollarmath", "deflist"]
myst_heading_anchors = 3
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_execution_timeout = 600
nb_merge_streams = True

# --- HTML
html_theme = "furo"
html_title = f"regionalism {release}"
html_static_path: list[str] = []
html_show_sourcelink = False
