"""`standby console --dashboard [--screen N]`: the dashboard alone, unattended.

No dialog, ever: the connection comes from --url/--token, the environment or a profile with
a stored token; without one the command says so on stderr and exits.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from ..profiles import ProfileStore


async def dashboard_main(args: argparse.Namespace, store: ProfileStore | None = None) -> int:
    from ..app import open_session, settings, target_from_args
    from .window import DashboardWindow

    store = store or ProfileStore(settings())
    target = target_from_args(args, store)
    if target is None:
        print(
            "standby console --dashboard: no connection to open without asking; give --url "
            "and --token (or STANDBY_URL and STANDBY_TOKEN), or a --profile with a stored token",
            file=sys.stderr,
        )
        return 2
    session = open_session(target)
    window = DashboardWindow(session)
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def closed() -> None:
        if not done.done():
            done.set_result(None)

    window.closed.connect(closed)
    await session.start()
    window.show_on(getattr(args, "screen", None), full_screen=True)
    try:
        await done
    finally:
        await session.stop()
    return 0
