"""Every script under tools/ that renders screens runs here, short and offscreen, so that a
change to the console, the lab or the API that breaks one fails the suite instead of the next
person who needs the pictures (tools/drill_report_screenshot.py once waited for a manual
action the cleanup no longer runs; tools/console_screenshots.py used a panel since renamed).

Each runs as a developer runs it (`python tools/NAME.py OUTDIR`), with `--quick` (fewer
samples, shorter waits) and its output in tmp_path; every picture its docstring promises must
be written, and be an image of some size."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"
# The scripts that render screens (screens.shoot, a screen grab, QTextDocument); the others
# (screens.py, their shared module; translations.py) render nothing.
RENDERING = {
    "console_screenshots.py": ["--quick"],
    "wizard_screenshots.py": ["--quick"],
    "drill_report_screenshot.py": ["--quick"],
    "dashboard_kiosk.py": ["--sizes", "1280x720"],  # under Xvfb
    "layout_screenshots.py": ["--size", "1280x720", "--theme", "dark"],
}


def promised_pictures(script: Path) -> set[str]:
    """The PNG files a script's docstring lists (an indented line starting with a name)."""
    doc = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8"))) or ""
    return set(re.findall(r"^ {4}([\w.-]+\.png)\b", doc, re.MULTILINE))


def test_every_rendering_script_is_run_here() -> None:
    """A new script that renders screens joins RENDERING (and so this suite)."""
    renders = {
        path.name
        for path in TOOLS.glob("*.py")
        if re.search(r"\bshoot\b|\.grab\(|grabWindow\(|QTextDocument", path.read_text("utf-8"))
        and path.name != "screens.py"
    }
    assert renders == set(RENDERING), renders ^ set(RENDERING)


@pytest.mark.parametrize("name", sorted(RENDERING))
def test_rendering_script_runs(name: str, tmp_path: Path) -> None:
    script = TOOLS / name
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")} | {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    args = RENDERING[name]
    expected = promised_pictures(script)
    if name == "dashboard_kiosk.py":
        if shutil.which("Xvfb") is None:
            pytest.skip("Xvfb not installed (./dev installs it)")
        expected = {"dashboard-kiosk-1280x720.png"}
    if name == "layout_screenshots.py":  # its docstring names pictures by stem: -THEME-WxH
        doc = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8"))) or ""
        stems = re.findall(r"^ {4}([a-z][\w-]+) {2,}", doc, re.MULTILINE)
        expected = {f"{stem}-dark-1280x720.png" for stem in stems}
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, str(script), str(out), *args],
        cwd=tmp_path,  # as from anywhere: the script finds the repository itself
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if "could not load the Qt platform plugin" in done.stderr.lower():
        pytest.skip("Qt's xcb libraries are missing (./dev installs them)")
    # layout_screenshots.py exits 1 when it measured text cut (its "CUT" lines): none may be.
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    assert expected, f"{name} promises no picture in its docstring"
    written = {p.name for p in out.glob("*.png")}
    assert expected <= written, (expected - written, done.stdout)
    for picture in expected:
        assert (out / picture).stat().st_size > 1000, picture
