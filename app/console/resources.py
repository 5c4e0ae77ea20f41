"""Finds the product's resources/ (icons, later themes and translations) and loads icons.

From a source tree, resources/ stands at the repository's top level; an installed wheel or
bundle may carry it as app/console/resources/ or next to the executable (PyInstaller's
`sys._MEIPASS`). STANDBY_RESOURCES overrides all of them.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QIcon


@functools.cache
def resources_dir() -> Path:
    candidates: list[Path] = []
    if os.environ.get("STANDBY_RESOURCES"):
        candidates.append(Path(os.environ["STANDBY_RESOURCES"]))
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")  # packaged next to the console
    candidates.append(here.parents[1] / "resources")  # the source tree's top level
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    return candidates[-1]


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@functools.cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/NAME.svg (an empty icon when it is missing)."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def translation_path(language: str) -> Path:
    """resources/translations/standby_LANG.qm, compiled from its .ts (tools/translations.py)."""
    return resources_dir() / "translations" / f"standby_{language}.qm"


def load_translation(translator: QTranslator, language: str) -> bool:
    """Load the console's compiled translation for `language` into `translator`."""
    path = translation_path(language)
    return path.is_file() and translator.load(str(path))
