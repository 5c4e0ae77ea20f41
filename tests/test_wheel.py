"""The wheel carries resources/: built from a clean copy of the tree, installed into a fresh venv,
and loaded there from a temporary folder, so nothing can come from the source tree.

The fresh venv borrows the test venv's third-party packages through a .pth line (fast, no
downloads) while Standby itself comes only from the wheel: that line adds the folder to the
path but runs none of its own .pth files, so the editable install's finder stays out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_QM = sorted((ROOT / "resources" / "translations").glob("*.qm"))

# Runs inside the fresh venv and reports what it loaded, as JSON.
PROBE = """
import json, sys
from pathlib import Path
import app, app.console
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication
from app.console import resources

qt = QGuiApplication([])
folder = resources.resources_dir()
image = resources.icon("vm").pixmap(32, 32).toImage()
painted = sum(
    image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height())
)
translations = {}
for qm in sorted((folder / "translations").glob("*.qm")):
    translator = QTranslator()
    loaded = translator.load(str(qm))
    translations[qm.name] = {
        "loaded": loaded, "empty": translator.isEmpty(), "language": translator.language()
    }
print(json.dumps({
    "app_path": [str(Path(p).resolve()) for p in app.__path__],
    "console_file": str(Path(app.console.__file__).resolve()),
    "resources_dir": str(folder.resolve()),
    "icon_null": resources.icon("vm").isNull(),
    "icon_painted_pixels": painted,
    "translations": translations,
    "files": sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()),
}))
"""

# What the copy of the tree leaves out: the venv, VCS data, caches and earlier build output.
TOP_LEVEL_IGNORED = {".venv", ".git", "build", "dist", ".hypothesis"}


def ignored(folder: str, names: list[str]) -> set[str]:
    top = Path(folder) == ROOT
    return {
        name
        for name in names
        if (top and name in TOP_LEVEL_IGNORED)
        or name == "__pycache__"
        or name.endswith((".egg-info", "_cache"))
    }


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Build the wheel, install it into a fresh venv, run PROBE there; its report."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=ignored, symlinks=True)
    wheels = tmp / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
        check=True,
        cwd=tmp,
    )
    (wheel,) = wheels.glob("standby-*.whl")

    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "test-venv-packages.pth").write_text(sysconfig.get_path("purelib") + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
        cwd=tmp,
    )

    clean_env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "STANDBY_RESOURCES")
    }
    clean_env["QT_QPA_PLATFORM"] = "offscreen"
    work = tmp / "cwd"
    work.mkdir()
    probe = subprocess.run(
        [str(python), "-c", PROBE], cwd=work, env=clean_env, capture_output=True, text=True
    )
    assert probe.returncode == 0, probe.stderr
    script = env_dir / ("Scripts/standby.exe" if os.name == "nt" else "bin/standby")
    version = subprocess.run(
        [str(script), "--version"], cwd=work, env=clean_env, capture_output=True, text=True
    )
    report = json.loads(probe.stdout)
    return {"venv": env_dir.resolve(), "source": source, "version": version, **report}


def test_standby_comes_from_the_wheel(installed: dict) -> None:
    venv_dir = installed["venv"]
    assert installed["app_path"], "app was not imported as a package"
    for folder in installed["app_path"]:
        assert Path(folder).is_relative_to(venv_dir), f"app found outside the venv: {folder}"
    assert Path(installed["console_file"]).is_relative_to(venv_dir)
    # The packaged resources/ next to the console, not the source tree's.
    assert Path(installed["resources_dir"]) == Path(installed["console_file"]).parent / "resources"


def test_console_script_runs(installed: dict) -> None:
    version = installed["version"]
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("standby "), version.stdout


def test_wheel_carries_every_runtime_resource(installed: dict) -> None:
    source = installed["source"] / "resources"  # the copy the wheel was built from
    expected = sorted(
        path.relative_to(source).as_posix()
        for path in source.rglob("*")
        if path.is_file() and path.suffix not in (".ts", ".md") and "__pycache__" not in path.parts
    )
    assert "icons/vm.svg" in expected
    assert installed["files"] == expected


def test_icon_loads_from_the_wheel(installed: dict) -> None:
    assert not installed["icon_null"]
    assert installed["icon_painted_pixels"] > 0, "the vm icon rendered as an empty pixmap"


@pytest.mark.skipif(
    not SHIPPED_QM, reason="no compiled translation (resources/translations/*.qm) shipped yet"
)
def test_shipped_translations_load_from_the_wheel(installed: dict) -> None:
    loaded = installed["translations"]
    shipped = sorted(
        qm.name for qm in (installed["source"] / "resources/translations").glob("*.qm")
    )
    assert shipped, "the copy the wheel was built from has no .qm"
    assert sorted(loaded) == shipped
    for name, result in loaded.items():
        assert result["loaded"], f"QTranslator could not load {name} from the wheel"
        assert not result["empty"], f"{name} loaded from the wheel is empty"
