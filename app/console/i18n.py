"""The console's language: chosen once at start, before any window is built.

Order of choice: `standby console --language LANG`, else the `console/language` setting
(View → Language, which takes effect at the next start), else the system locale's UI
languages, else English. The console's own catalogue comes from resources/ (through
app/console/resources.py); Qt's own (standard buttons, file dialogs) from the PySide6 package.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from .resources import load_translation

SETTING = "console/language"
SOURCE_LANGUAGE = "en"
# Native names: an operator who cannot read the current language still finds their own.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "sv": "Svenska",
    "nl": "Nederlands",
    "it": "Italiano",
    "es": "Español",
}
SYSTEM = "system"  # the setting's value for "follow the system locale"

_installed: list[QTranslator] = []  # keep references: Qt does not own installed translators
_current = [SOURCE_LANGUAGE]
_locale_before: list[QLocale] = []  # the default locale before the first install


def tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the locale's UI languages the console speaks ("en" when none)."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def saved_language(settings: QSettings | None) -> str | None:
    value = str(settings.value(SETTING, "") or "") if settings is not None else ""
    return value if value in LANGUAGES else None


def choose_language(
    requested: str | None = None,
    settings: QSettings | None = None,
    locale: QLocale | None = None,
) -> str:
    """The language to run in: the --language option, the setting, or the system's."""
    if requested == SYSTEM:
        return system_language(locale)
    if requested:
        if requested not in LANGUAGES:
            raise ValueError(f"unknown language {requested!r}: one of {', '.join(LANGUAGES)}")
        return requested
    return saved_language(settings) or system_language(locale)


def save_language(settings: QSettings, language: str) -> None:
    """Remember the choice for the next start (SYSTEM: follow the system locale)."""
    settings.setValue(SETTING, language if language in LANGUAGES else SYSTEM)
    settings.sync()


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own strings (Cancel, Yes, file dialogs) in `language`, when PySide6 ships them."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in ("qtbase", "qt"):
        translator = QTranslator()
        if translator.load(f"{catalogue}_{language}", folder) and not translator.isEmpty():
            return translator
    return None


def install(language: str, app: QCoreApplication | None = None) -> bool:
    """Make `language` the console's language; False when its catalogue is missing.

    Replaces whatever an earlier call installed, so tests can switch back and forth.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing a translation")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not _locale_before:
        _locale_before.append(QLocale())
    _current[0] = SOURCE_LANGUAGE
    if language == SOURCE_LANGUAGE:  # English texts, the system's formats
        QLocale.setDefault(_locale_before[0])
        return True
    ours = QTranslator()
    if not load_translation(ours, language):
        return False
    QLocale.setDefault(QLocale(language))
    qt = qt_translator(language)
    for chosen in (qt, ours):
        if chosen is not None:
            app.installTranslator(chosen)
            _installed.append(chosen)
    _current[0] = language
    return True


def current() -> str:
    """The language installed now."""
    return _current[0]


def language_menu(
    parent: QMenu, settings: QSettings, tell: Callable[[str], None] | None = None
) -> QMenu:
    """View → Language: the saved choice, checked; a new choice applies at the next start
    (windows built in one language stay in it), which `tell` says to the operator."""
    menu = parent.addMenu(tr("&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    chosen = saved_language(settings) or SYSTEM
    system = LANGUAGES[system_language()]
    entries = [(SYSTEM, tr("System default ({0})").format(system)), *LANGUAGES.items()]
    for code, text in entries:
        action = QAction(text, menu)
        action.setObjectName(f"language-{code}")
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setActionGroup(group)
        action.triggered.connect(lambda _checked=False, code=code: choose(code))
        menu.addAction(action)

    def choose(code: str) -> None:
        save_language(settings, code)
        name = LANGUAGES.get(code, system)
        if tell is not None:
            tell(tr("The console speaks {0} from its next start.").format(name))

    return menu


# --- the operation table's reasons ----------------------------------------------------------
# app/domain composes a refused operation's reason in English from parts: the operation's
# label, what it needs, the item's state and a hint. The console translates it part by part
# (tools/translations.py lists every part from the table); a sentence of another shape is
# looked up whole, and anything not in the catalogue stays as the domain wrote it.

REASON = "OperationReason"
_NEEDS_DRILL = re.compile(
    r"^(?P<label>.+?) needs (?P<needs>.+); its test failover is (?P<state>[a-z-]+): (?P<hint>.+)\.$"
)
_NEEDS_STATE = re.compile(
    r"^(?P<label>.+?) needs (?P<needs>.+); this one is (?P<state>[a-z-]+)(?:: (?P<hint>.+))?\.$"
)
_BUSY = re.compile(r"^(?P<label>.+?) can't run while (?P<busy>.+)\.$")


def reason_parts(reason: str) -> list[str]:
    """The parts of `reason` that are translated on their own (its label excepted)."""
    for pattern in (_NEEDS_DRILL, _NEEDS_STATE, _BUSY):
        found = pattern.match(reason)
        if found:
            return [v for k, v in found.groupdict().items() if v and k != "label"]
    return [reason]


def reason_text(reason: str) -> str:
    """A refused operation's reason in the console's language."""

    def part(text: str) -> str:
        return QCoreApplication.translate(REASON, text)

    def label(text: str) -> str:
        return QCoreApplication.translate("Actions", text)

    if found := _NEEDS_DRILL.match(reason):
        template = QCoreApplication.translate(
            "OperationReason", "{0} needs {1}; its test failover is {2}: {3}."
        )
        return template.format(
            label(found["label"]), part(found["needs"]), part(found["state"]), part(found["hint"])
        )
    if found := _NEEDS_STATE.match(reason):
        parts = [label(found["label"]), part(found["needs"]), part(found["state"])]
        if found["hint"]:
            template = QCoreApplication.translate(
                "OperationReason", "{0} needs {1}; this one is {2}: {3}."
            )
            return template.format(*parts, part(found["hint"]))
        return QCoreApplication.translate(
            "OperationReason", "{0} needs {1}; this one is {2}."
        ).format(*parts)
    if found := _BUSY.match(reason):
        template = QCoreApplication.translate("OperationReason", "{0} can't run while {1}.")
        return template.format(label(found["label"]), part(found["busy"]))
    return part(reason)
