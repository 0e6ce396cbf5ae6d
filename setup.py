"""Ships the repository's one copy of the sample data and the notebooks inside the wheel.

The repository keeps them at the top (`data/sample/`, `notebooks/`, as the design card says); a built wheel
carries them as `emulation/shipped/`, where `emulation.resources` finds them with importlib.resources. An
editable install reads them from the checkout instead.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = {"sample": Path("data") / "sample", "notebooks": Path("notebooks")}


class BuildWithShippedFiles(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "emulation" / "shipped"
        for name, source in SHIPPED.items():
            shutil.copytree(source, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))


setup(cmdclass={"build_py": BuildWithShippedFiles})
