"""The control plane's FastAPI application."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from . import delivery, estates, failover, plans, problems, protection, scaleout
from .audit import AuditMiddleware
from .context import VERSION, ServerContext
from .routes import activity, configuration, events, hosts, inventory, items, lab, system
from .routes import drills as drill_routes
from .routes import notifications as notification_routes
from .routes import plans as plan_routes
from .supervisor import EVENT_PRUNING, Supervisor
from .text_guard import TextGuardMiddleware

DOCS_ASSETS = "/docs-assets"


def create_app(ctx: ServerContext) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        tasks: list[asyncio.Task] = []
        protection.register(ctx, ctx.jobs)
        failover.register(ctx, ctx.jobs)
        plans.register(ctx, ctx.jobs)
        if ctx.fabric is not None:
            tasks.extend(await estates.start_fabric(ctx))
        await ctx.jobs.resume_unfinished()
        tasks.extend(scaleout.background(ctx))  # PostgreSQL: feed across processes, leases
        tasks.extend(estates.attach_later(ctx))
        tasks.append(asyncio.create_task(_prune_events(ctx), name="prune-events"))
        tasks.append(asyncio.create_task(delivery.run(ctx), name="notification-delivery"))
        try:
            yield
        finally:
            await ctx.jobs.shutdown()
            if ctx.fabric is not None:
                await ctx.fabric.close()
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    # /docs (Swagger UI) and /redoc load their scripts and styles from the fastapi-offline
    # package under DOCS_ASSETS, never from a CDN: they work on an air-gapped site. No
    # validator badge either (Swagger UI would ask validator.swagger.io).
    app = FastAPIOffline(
        title="Standby control plane",
        version=VERSION,
        description="Site recovery for virtual machines: inventory, protection, failover.",
        lifespan=lifespan,
        static_url=DOCS_ASSETS,
        swagger_ui_parameters={"validatorUrl": None},
    )
    app.state.ctx = ctx
    problems.install(app)
    app.add_middleware(AuditMiddleware)
    app.add_middleware(TextGuardMiddleware)  # outermost: nothing below sees a NUL
    # The lab's and host registration's routes are always described; without a lab (a
    # fabric whose hosts enroll) they answer 404 (problem+json).
    for module in (system, inventory, events, configuration, items, plan_routes, activity, lab):
        app.include_router(module.router)
    app.include_router(hosts.router)
    app.include_router(drill_routes.router)
    app.include_router(notification_routes.router)
    return app


async def _prune_events(ctx: ServerContext) -> None:
    """Every `prune_seconds`, supervised (supervisor.py)."""

    async def prune() -> None:
        await ctx.store.prune_events(ctx.settings.events_kept)

    def every() -> float:
        return ctx.settings.prune_seconds

    await Supervisor(ctx, EVENT_PRUNING, prune, every).run()
