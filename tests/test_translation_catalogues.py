"""`tools/translations.py update` on an unchanged tree changes nothing: the committed .ts
catalogues are what it writes, and they name files without line numbers, so code that moves
without changing a string leaves them as they are.

The tool runs on a copy of the tree (app/, tools/, resources/translations/), as on a clean
clone; pyside6-lupdate is the real one from the PySide6 wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = "resources/translations"


def copy_tree(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in ("app", "tools", CATALOGUES):
        shutil.copytree(ROOT / part, target / part, ignore=ignore)


def update(tree: Path) -> dict[str, bytes]:
    done = subprocess.run(
        [sys.executable, str(tree / "tools" / "translations.py"), "update"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no translation context" not in done.stderr, done.stderr
    return {p.name: p.read_bytes() for p in sorted((tree / CATALOGUES).glob("*.ts"))}


def test_update_on_an_unchanged_tree_rewrites_no_catalogue(tmp_path: Path) -> None:
    copy_tree(tmp_path)
    committed = {p.name: p.read_bytes() for p in sorted((ROOT / CATALOGUES).glob("*.ts"))}
    assert len(committed) == 4

    after = update(tmp_path)
    changed = [name for name in committed if after[name] != committed[name]]
    assert not changed, f"`update` rewrote {changed}: run it and commit the result"
    for name, text in after.items():
        assert b'line="' not in text, f"{name} has line numbers"

    # Code that moves (two lines on top of every console module) changes no catalogue.
    for module in (tmp_path / "app" / "console").rglob("*.py"):
        module.write_text("# moved\n# down\n" + module.read_text(encoding="utf-8"))
    assert update(tmp_path) == committed
