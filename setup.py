"""Build hook: ship the repository's ``datasets/`` and ``analyses/`` inside the wheel.

The datasets live at the top of the repository (``datasets/<table>/`` with
CSV, ``datapackage.json`` and README, plus ``references.bib``). When a wheel
is built they are copied to ``regionalism/_datasets`` so that an installed
package finds them (see ``regionalism.data.paths``). Build scripts and coding
fragments (``datasets/build``) are not shipped. The analyses
(``analyses/NN_name.py``, their README and ``references.bib``) are copied to
``regionalism/_analyses`` so that ``regionalism reproduce`` runs from any
directory (see ``regionalism.runner.analyses_root``).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithDatasets(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        src = ROOT / "datasets"
        dest = Path(self.build_lib) / "regionalism" / "_datasets"
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        shutil.copy2(src / "references.bib", dest / "references.bib")
        for folder in sorted(p for p in src.iterdir() if (p / "datapackage.json").is_file()):
            shutil.copytree(folder, dest / folder.name)
        analyses = Path(self.build_lib) / "regionalism" / "_analyses"
        if analyses.exists():
            shutil.rmtree(analyses)
        analyses.mkdir(parents=True)
        for path in sorted((ROOT / "analyses").iterdir()):
            if path.suffix in (".py", ".bib", ".md") and path.is_file():
                shutil.copy2(path, analyses / path.name)


setup(cmdclass={"build_py": BuildWithDatasets})
