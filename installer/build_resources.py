"""setuptools' build_py, plus the top-level resources/ copied into app/console/resources/.

pyproject.toml names this class in `[tool.setuptools.cmdclass]`, so the wheel and a
non-editable `pip install .` carry every file under resources/ (icons, compiled translations,
themes, desktop files: nothing is listed one by one) where app/console/resources.py looks
first. An editable install builds nothing: it finds resources/ at the source tree's top level.
Listing the files as sources also puts resources/ (and this file) into the sdist.
installer/standby.spec uses `resource_files` too, so the bundle ships the same files.
"""

from __future__ import annotations

from pathlib import Path

from setuptools.command.build_py import build_py

RESOURCES = Path("resources")  # relative to the project root, where setuptools runs
TARGET = Path("app", "console", "resources")  # inside the wheel and the bundle
# Left out: translators' sources and notes (the .qm compiled from a .ts ships), hidden files
# (tool scratch, OS litter).
SOURCES_ONLY = {".ts", ".md"}


def resource_files(root: Path = Path()) -> list[Path]:
    """Every file under root/resources/ that runs with the product, relative to root."""
    return sorted(
        path.relative_to(root)
        for path in (root / RESOURCES).rglob("*")
        if path.is_file()
        and path.suffix not in SOURCES_ONLY
        and "__pycache__" not in path.parts
        and not any(part.startswith(".") for part in path.relative_to(root / RESOURCES).parts)
    )


class BuildPy(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        for source in resource_files():
            target = Path(self.build_lib, TARGET, source.relative_to(RESOURCES))
            self.mkpath(str(target.parent))
            self.copy_file(str(source), str(target), preserve_mode=False)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        return outputs + [
            str(Path(self.build_lib, TARGET, path.relative_to(RESOURCES)))
            for path in resource_files()
        ]

    def get_source_files(self) -> list[str]:
        # The sdist keeps the translators' sources too: whoever builds from it can recompile.
        every = [p for p in RESOURCES.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        return [*super().get_source_files(), "installer/build_resources.py", *map(str, every)]
