"""Sphinx configuration for the newsdoc documentation.

Build (warnings are errors)::

    PYTHONPATH=src sphinx-build -W --keep-going -b html docs docs/_build/html
    PYTHONPATH=src sphinx-build -W -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Build against the source tree even when newsdoc is not installed.
sys.path.insert(0, str(ROOT / "src"))

import newsdoc  # noqa: E402

project = "newsdoc"
author = "The newsdoc developers"
copyright = "The newsdoc developers"
version = newsdoc.__version__
release = newsdoc.__version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "myst_parser",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
templates_path: list[str] = []

# The model classes live in private modules (newsdoc._model, ...) but are documented once,
# under their public names in api.rst. Docstrings say "newsdoc.parse", not "newsdoc._api.parse".
add_module_names = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_class_signature = "mixed"
autodoc_default_options: dict[str, bool | str] = {}

# Plain text everywhere; no network (no intersphinx).
myst_heading_anchors = 3

# Doctests: ``>>>`` blocks in the pages and in the docstrings pulled in by autodoc both run.
# Docstrings are written for ``--doctest-modules`` and use their module's names unqualified
# (``parse``, ``Span``), so every public name is made available.
doctest_global_setup = f"""
import newsdoc
from newsdoc import *
DOCS_DIR = {str(Path(__file__).resolve().parent)!r}
"""
doctest_test_doctest_blocks = "default"

html_theme = "alabaster"
html_title = f"newsdoc {release}"
html_static_path: list[str] = []
html_theme_options = {
    "description": "Plain-text news to typed, trustworthy data.",
    "fixed_sidebar": False,
}
