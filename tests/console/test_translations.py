"""The console in Swedish, Dutch, Italian and Spanish: every menu of the main window and every
page of the enable-protection wizard is translated, with the glossary's domain terms.

Each test builds the window twice against the same lab — in English, then in the language —
and compares texts at the same place: a text equal to its English twin is untranslated unless
it is data (names from the inventory, figures) or a listed exception.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWizard

from app.console import i18n
from app.console.actions import build_menu
from app.console.models.fabric_text import HEALTH
from app.console.resources import translation_path
from app.domain.enums import ReplicationState
from app.domain.operations import ItemStatus, check
from tests.console.conftest import make_session
from tests.console.lab import critical, history, protected_item, put_item

LANGUAGES = ("sv", "nl", "it", "es")
SHOTS = Path("/tmp/shots-i18n")

# Texts that stay as they are in every language: the product's name, acronyms, and the
# language menu's native names (an operator finds their own language whatever is installed).
SAME_EVERYWHERE = {
    "Standby",
    "RPO",
    "VM",
    "VMs",
    "OK",
    "&URL:",
    "&Token:",
    *i18n.LANGUAGES.values(),
}
SAME_IN = {  # words that happen to be the same in one language
    "nl": {"Host", "Failback", "Cloud", "Site", "Audit", "Actor", "Object", "Dashboard"}
    | {"&Lab", "&Sites", "&Help"},
    "it": {"Host", "Failback", "Cloud", "&File", "Dashboard"},
    "es": {"Host", "Actor", "Error", "Normal"},
    "sv": {"Normal"},
}

# Domain terms from resources/translations/GLOSSARY.md, as the menus must show them.
GLOSSARY = {
    "Test failover": {
        "sv": "redundanstest",
        "nl": "testfailover",
        "it": "failover di test",
        "es": "conmutación por error de prueba",
    },
    "Unplanned failover": {
        "sv": "oplanerad redundans",
        "nl": "niet-geplande failover",
        "it": "failover non pianificato",
        "es": "conmutación por error no planeada",
    },
    "Failback": {
        "sv": "återställning efter fel",
        "nl": "failback",
        "it": "failback",
        "es": "conmutación por recuperación",
    },
    "Reverse replication": {
        "sv": "omvänd replikering",
        "nl": "omgekeerde replicatie",
        "it": "replica inversa",
        "es": "replicación inversa",
    },
    "Change recovery point": {
        "sv": "återställningspunkt",
        "nl": "herstelpunt",
        "it": "punto di ripristino",
        "es": "punto de recuperación",
    },
    "Commit": {"sv": "etablera", "nl": "doorvoeren", "it": "commit", "es": "confirmar"},
}
MENU_TERMS = {  # menu-bar entries named by the glossary
    "enableProtection": {
        "sv": "skydd",
        "nl": "beveiliging",
        "it": "protezione",
        "es": "protección",
    },
    "newPolicy": {
        "sv": "replikeringsprincip",
        "nl": "replicatiebeleid",
        "it": "criterio di replica",
        "es": "directiva de replicación",
    },
}


def data_words(session) -> set[str]:
    """Names in the inventory: a text made of these and figures is data, not language."""
    words: set[str] = set()
    for kind in ("site", "cloud", "host", "vm", "policy", "pairing", "network"):
        for obj in session.cache.objects(kind).values():
            words.update(re.findall(r"[^\W\d_]+", str(getattr(obj, "name", ""))))
    return words


def is_language(text: str, data: set[str]) -> bool:
    """Whether `text` holds words of a language (not only names, figures and symbols)."""
    words = re.findall(r"[^\W\d_]{3,}", text.replace("&", ""))
    return any(w not in data and w not in {"RPO", "VMM", "KiB", "MiB", "GiB"} for w in words)


def menu_texts(window) -> dict[str, str]:
    """Every menu-bar title and action text, recursively, keyed by where it is."""
    found: dict[str, str] = {}

    def walk(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()  # menus filled on opening (policies, plans)
        for number, action in enumerate(menu.actions()):
            if action.isSeparator():
                continue
            key = f"{path}/{action.objectName() or number}"
            found[key] = action.text()
            if action.menu() is not None:
                walk(action.menu(), key)

    for number, action in enumerate(window.menuBar().actions()):
        key = action.menu().objectName() if action.menu() else str(number)
        found[key or str(number)] = action.text()
        if action.menu() is not None:
            walk(action.menu(), key or str(number))
    return found


def exempt(text: str, language: str) -> bool:
    plain = text.replace("&", "").rstrip("…")
    same = SAME_EVERYWHERE | SAME_IN.get(language, set())
    return text in same or plain in {s.replace("&", "") for s in same}


async def until(predicate, timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.05)


@pytest.fixture
def open_window(lab_server, run, settings, qtbot):
    """open_window(language) → a main window built in that language over the lab."""
    from app.console.main_window import MainWindow

    opened = []

    def open_(language: str):
        assert i18n.install(language), f"no catalogue for {language}: {translation_path(language)}"
        session = make_session(lab_server)
        window = MainWindow(session, settings)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        run(session.start())
        run(session.cache.wait_synced(20))
        opened.append((window, session))
        return window

    yield open_
    for window, session in opened:
        if shiboken6.isValid(window):
            window.close()
        run(session.stop())
    i18n.install("en")


def wizard_texts(window, run) -> dict[str, str]:
    """Every page of the enable-protection wizard (opened from its menu entry with an
    unprotected VM selected): titles, subtitles, labels, buttons and button texts."""
    assert window.select("vm", "vm-sql-01")  # unprotected: the lab seeds pairings only
    action = window.findChild(QAction, "enableProtection")
    assert action is not None, "no Protection → Enable protection… entry"
    action.trigger()
    wizard = window.wizards.wizard
    assert wizard is not None
    run(until(lambda: wizard.flow.loaded))
    wizard.currentPage().initializePage()
    found: dict[str, str] = {"window": wizard.windowTitle()}
    seen = []
    while True:
        page = wizard.currentPage()
        run(asyncio.sleep(0.05))
        seen.append(page.objectName())
        prefix = page.objectName()
        found[f"{prefix}/title"] = page.title()
        found[f"{prefix}/subtitle"] = page.subTitle()
        for number, label in enumerate(page.findChildren(QLabel)):
            if label.text().strip() and not label.isHidden():
                found[f"{prefix}/label{number}"] = label.text()
                # a facts table is one rich-text label: compare it cell by cell too
                cells = [c.strip() for c in re.split(r"<[^>]+>", label.text()) if c.strip()]
                for cell, text in enumerate(cells if len(cells) > 1 else []):
                    found[f"{prefix}/label{number}/cell{cell}"] = text
        for number, button in enumerate(page.findChildren(QAbstractButton)):
            if button.text().strip():
                found[f"{prefix}/button{number}"] = button.text()
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
            found[f"{prefix}/wizard-{which.name}"] = wizard.buttonText(which)
        shot = SHOTS / f"wizard_{i18n.current()}_{prefix}.png"
        SHOTS.mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(shot))
        if wizard.nextId() == -1:
            found[f"{prefix}/finish"] = wizard.buttonText(QWizard.WizardButton.FinishButton)
            break
        assert page.isComplete(), f"{prefix}: {page.problems.text()}"
        wizard.next()
        assert wizard.currentPage() is not page
    assert len(seen) >= 3, seen
    wizard.reject()
    return found


def untranslated(english: dict[str, str], translated: dict[str, str], language, data) -> list:
    assert set(translated) == set(english), set(translated) ^ set(english)
    return [
        (key, text)
        for key, text in translated.items()
        if text == english[key] and is_language(text, data) and not exempt(text, language)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_menus_and_enable_protection_wizard_are_translated(open_window, run, language):
    english = open_window("en")
    data = data_words(english.session)
    en_menus, en_wizard = menu_texts(english), wizard_texts(english, run)
    window = open_window(language)
    menus, wizard = menu_texts(window), wizard_texts(window, run)

    assert untranslated(en_menus, menus, language, data) == []
    assert untranslated(en_wizard, wizard, language, data) == []
    for name, terms in MENU_TERMS.items():
        key = next(k for k in menus if k.endswith(f"/{name}"))
        assert terms[language] in menus[key].lower(), (name, menus[key])


@pytest.mark.parametrize("language", LANGUAGES)
def test_operations_use_the_glossarys_terms(open_window, language):
    window = open_window(language)
    node = window.fabric.node_for("vm", "vm-sql-01")
    menu = build_menu(window.operation_entries(node), lambda _entry: None, window)
    labels = {a.objectName(): a.text().lower() for a in menu.actions() if a.objectName()}
    operations = {
        "Test failover": "op-test-failover",
        "Unplanned failover": "op-unplanned-failover",
        "Failback": "op-failback",
        "Reverse replication": "op-reverse-replication",
        "Change recovery point": "op-change-recovery-point",
        "Commit": "op-commit",
    }
    for english, name in operations.items():
        assert GLOSSARY[english][language] in labels[name], (english, labels[name])
    # disabled entries say why in the language: the operation table's English reason is
    # translated part by part (label, what it needs, the state, the hint)
    status = ItemStatus(ReplicationState.NOT_PROTECTED)
    disabled = [e for group in window.operation_entries(node) for e in group if not e.enabled]
    assert len(disabled) >= 10
    for entry in disabled:
        english = check(entry.operation, status).reason
        assert entry.reason != english
        assert not re.search(r" needs |this one is|can't run|\bwait for\b", entry.reason), (
            entry.reason
        )
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"main_{language}.png"))  # to look at, per language
    titles = [a.text() for a in window.menuBar().actions()]
    assert QApplication.translate("MainWindow", "&View") in titles
    assert "&View" not in titles


def test_main_window_in_swedish_screenshot(open_window, lab_server, run):
    item = put_item(lab_server, protected_item("vm-sql-01"))
    put_item(lab_server, critical(protected_item("vm-web-01")))
    history(lab_server, item.id)
    window = open_window("sv")
    cache = window.session.cache
    run(cache.wait_for(lambda c: len(c.objects("protected-item")) == 2, 20))
    assert window.select("vm", "vm-sql-01")
    pane = window.vm_pane
    run(until(lambda: pane.points.topLevelItemCount() == 6))
    run(asyncio.sleep(0.4))
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "main_sv.png"))
    assert pane.fields["state"].text() == "Skyddad"
    assert pane.fields["cycles"].text() == "118 lyckade, 0 missade"
    site_health = window.fabric.index_for("site", "site-sto", HEALTH).data()
    assert re.fullmatch(r"1 kritisk", site_health), site_health  # the singular form
    assert window.select("site", "site-sto")
    run(asyncio.sleep(0.2))
    assert window.grab().save(str(SHOTS / "main_sv_site.png"))
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Visa")
    view.popup(window.mapToGlobal(window.rect().topLeft()))
    run(asyncio.sleep(0.1))
    assert view.grab().save(str(SHOTS / "menu_view_sv.png"))
    view.close()
    assert window.windowTitle().endswith("— Standby")
    assert QApplication.translate("MainWindow", "&Operations") == "&Åtgärder"
    # View → Språk → Nederlands: remembered for the next start, and said so
    window.findChild(QAction, "language-nl").trigger()
    assert window.settings.value(i18n.SETTING) == "nl"
    assert window.statusBar().currentMessage() == "Konsolen använder Nederlands från nästa start."
    assert window.findChild(QAction, "language-system").text().startswith("Systemets standard")


def test_language_choice(settings):
    from PySide6.QtCore import QLocale

    assert i18n.choose_language("nl", settings) == "nl"
    assert i18n.choose_language(None, settings, QLocale("sv_SE")) == "sv"
    assert i18n.choose_language(None, settings, QLocale("de_DE")) == "en"
    i18n.save_language(settings, "it")
    assert i18n.choose_language(None, settings, QLocale("sv_SE")) == "it"
    assert i18n.choose_language("system", settings, QLocale("es_ES")) == "es"
    i18n.save_language(settings, i18n.SYSTEM)
    assert i18n.choose_language(None, settings, QLocale("es_ES")) == "es"
    with pytest.raises(ValueError):
        i18n.choose_language("xx", settings)


def test_catalogues_are_complete_and_built():
    """Every console string in the code is in the .ts files, translated with its placeholders,
    accelerators and the glossary's terms, and each shipped .qm compiled from its .ts as it is:
    a new string without its translations fails here."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("0 unfinished, 0 other problems") == len(LANGUAGES)
