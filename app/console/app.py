"""The console's entry: `run_console(args)` runs the main window on qasync.

    standby console [--profile NAME] [--url URL --token TOKEN] [--ca FILE]

Order of choice: --url (with --token, or the profile's stored token), else --profile, else
the last profile used; whatever is missing is asked in the connect dialog.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.client.errors import StandbyError

from . import i18n, theme
from .connect_dialog import ConnectDialog, ask
from .profiles import Profile, ProfileStore
from .resources import icon
from .session import Session

ORGANIZATION = "Standby"
APPLICATION = "Standby Console"


@dataclass
class Target:
    url: str
    token: str
    ca_file: str = ""
    profile: str = ""


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def configure_graphs() -> None:
    import pyqtgraph as pg

    colours = theme.current()  # the graphs follow the light or dark theme
    pg.setConfigOptions(
        antialias=False, useOpenGL=False, background=colours.base, foreground=colours.text
    )


def open_session(target: Target) -> Session:
    client = StandbyClient(target.url, target.token, target.ca_file or None)
    return Session(client, InventoryCache(client), profile=target.profile)


def target_from_args(args: argparse.Namespace, store: ProfileStore) -> Target | None:
    """What to connect to without asking anyone (the dashboard): arguments, environment, or
    a profile with a stored token; None when that is not enough."""
    url = getattr(args, "url", None) or os.environ.get("STANDBY_URL")
    token = getattr(args, "token", None) or os.environ.get("STANDBY_TOKEN")
    name = getattr(args, "profile", None) or (None if url else store.last_used)
    if url and token:
        return Target(url, token, getattr(args, "ca", None) or "", name or "")
    profile = store.get(name) if name else None
    if profile is None:
        return None
    stored = token or store.token(profile.name)
    return Target(profile.url, stored, profile.ca_file, profile.name) if stored else None


async def choose_target(
    args: argparse.Namespace, store: ProfileStore, message: str = "", force_dialog: bool = False
) -> Target | None:
    """What to connect to: from the arguments and profiles, else from the connect dialog."""
    url = getattr(args, "url", None) or os.environ.get("STANDBY_URL")
    token = getattr(args, "token", None) or os.environ.get("STANDBY_TOKEN")
    ca = getattr(args, "ca", None) or ""
    name = getattr(args, "profile", None) or (None if url else store.last_used)
    if not (message or force_dialog):
        if url and token:
            return Target(url, token, ca, name or "")
        profile = store.get(name) if name else None
        if profile is not None:
            stored = token or store.token(profile.name)
            if stored:
                return Target(profile.url, stored, profile.ca_file, profile.name)
            if not store.keyring_status():
                message = QApplication.translate(
                    "Console", "No keyring is available: give the token for this session."
                )
    dialog = ConnectDialog(store, message)
    if name:
        dialog.select_profile(name)
    if url and not name:
        dialog.url.setText(url)
    answer = await ask(dialog)
    if answer is None:
        return None
    profile, token, remember = answer
    store.save(profile)
    store.set_last_used(profile.name)
    problem = store.set_token(profile.name, token, remember)
    if problem:
        print(f"standby console: token not remembered: {problem}", file=sys.stderr)
    return Target(profile.url, token, profile.ca_file, profile.name)


async def console_main(args: argparse.Namespace, store: ProfileStore | None = None) -> int:
    from .main_window import MainWindow
    from .tray import attach as attach_tray

    configure_graphs()
    config = settings()
    store = store or ProfileStore(config)
    message, force_dialog = "", False
    while True:
        target = await choose_target(args, store, message, force_dialog)
        if target is None:
            return 0
        try:
            session = open_session(target)
        except StandbyError as exc:
            message = str(exc)
            continue
        window = MainWindow(session, config)
        attach_tray(session, window)
        done: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        window.closed.connect(lambda done=done: done.done() or done.set_result("closed"))
        window.connect_requested.connect(lambda done=done: done.done() or done.set_result("switch"))
        await session.start()
        window.show()
        outcome = await done
        await session.stop()
        if outcome == "closed":
            return 0
        window.close()  # its tray goes with it
        window.deleteLater()
        args = argparse.Namespace(profile=target.profile or None, url=None, token=None, ca=None)
        message, force_dialog = "", True


def run_console(args: argparse.Namespace) -> int:
    """Run the console until its window closes."""
    import qasync

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(icon("standby"))
    dashboard = bool(getattr(args, "dashboard", False))
    config = settings()
    if getattr(args, "theme", None):
        theme.save_choice(config, args.theme)
    theme.apply(app, "dark" if dashboard else theme.saved_choice(config))
    # Before any window exists: widgets translate their texts as they are built.
    language = i18n.choose_language(getattr(args, "language", None), config)
    if not i18n.install(language, app):
        print(f"standby console: no {language} translation found; using English", file=sys.stderr)
    with _stop_signals_close_windows(app):
        try:
            if dashboard:
                from .dashboard.run import dashboard_main

                return qasync.run(dashboard_main(args))
            return qasync.run(console_main(args))
        except asyncio.CancelledError:
            return 0


def close_windows() -> None:
    """What Ctrl+Q does, for every window: each closes (the main window saves its state and
    the console stops its session), and the console returns."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


@contextlib.contextmanager
def _stop_signals_close_windows(app: QApplication) -> Iterator[None]:
    """Ctrl+C or SIGTERM (`standby lab` in a terminal, a session logging out) close the
    console as File → Quit does, instead of being held until Qt returns to Python (or
    raising KeyboardInterrupt in some callback). A timer lets Python see the signal while Qt
    waits for events."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wake = QTimer(app)
    wake.setInterval(200)
    wake.timeout.connect(lambda: None)
    wake.start()
    handler = lambda *_: QTimer.singleShot(0, close_windows)  # noqa: E731
    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        wake.stop()
        for sig, old in previous.items():
            signal.signal(sig, old)


__all__ = ["Profile", "Target", "console_main", "run_console"]
