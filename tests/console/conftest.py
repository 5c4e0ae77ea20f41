"""Console tests: one qasync loop for the whole session, a real lab control plane per test,
and a console window (session + main window) connected to it with a test QSettings file."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QSettings

from app.client.api import StandbyClient
from app.client.cache import Backoff, InventoryCache
from tests.support.server import RunningServer

LIMIT = 60.0


@pytest.fixture(scope="session")
def qloop(qapp) -> Iterator[qasync.QEventLoop]:
    """The one qasync loop of the test session (qasync lesson: never one per test)."""
    from app.console.app import configure_graphs

    qapp.setQuitOnLastWindowClosed(False)  # a closing dialog must not stop the loop
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    configure_graphs()
    yield loop


@pytest.fixture
def run(qloop) -> Callable[[Awaitable[Any]], Any]:
    def run_(awaitable: Awaitable[Any], timeout: float = LIMIT) -> Any:
        # Not qloop.run_until_complete: qasync's (0.28) processes Qt events once more *after*
        # it has cleared the running loop, so a callback due then (an event-stream read, the
        # cache's retry timer) steps a task outside any running loop; httpcore/anyio then
        # fail with NoEventLoopError mid-request and the cache may never reconnect.
        future = asyncio.ensure_future(asyncio.wait_for(awaitable, timeout), loop=qloop)
        future.add_done_callback(lambda _done: qloop.stop())
        qloop.run_forever()
        if not future.done():
            future.cancel()
            raise RuntimeError("the event loop stopped before the awaitable completed")
        return future.result()

    return run_


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)


def make_session(server: RunningServer, role: str = "operator"):
    from app.console.session import Session

    client = StandbyClient(
        server.url, server.tokens[role], heartbeat_seconds=server.settings.heartbeat_seconds
    )
    cache = InventoryCache(client, backoff=Backoff(base=0.2, cap=1.0, jitter=0.0))
    return Session(client, cache, profile=f"test-{role}")


def connected(window, qtbot, run, size: tuple[int, int] = (1400, 900)) -> Iterator[Any]:
    """Show `window` (it holds its session), start the session, wait for the first listing;
    after the test, close the window and stop the session."""
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    run(window.session.start())
    run(window.session.cache.wait_synced(20))
    yield window
    window.close()
    run(window.session.stop())


@pytest.fixture
def console(lab_server: RunningServer, qloop, run, settings, qtbot):
    """A connected main window over the lab (the first listing loaded)."""
    from app.console.main_window import MainWindow

    yield from connected(MainWindow(make_session(lab_server), settings), qtbot, run)
