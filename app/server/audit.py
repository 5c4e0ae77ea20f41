"""Every mutating request leaves an audit row: actor, time, route, object and outcome.

A pure ASGI middleware: the row is written when the response starts, before the client sees
it, so a caller that reads the audit log after a mutation always finds the mutation there.
"""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

READ_METHODS = {"GET", "HEAD", "OPTIONS"}


class AuditMiddleware:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in READ_METHODS:
            await self.app(scope, receive, send)
            return
        written = False

        async def audited_send(message: Message) -> None:
            nonlocal written
            if message["type"] == "http.response.start" and not written:
                written = True
                await _write(scope, message["status"])
            await send(message)

        await self.app(scope, receive, audited_send)


async def _write(scope: Scope, status: int) -> None:
    app: Any = scope["app"]
    state = scope.get("state", {})
    principal = state.get("principal")
    route = scope.get("route")
    await app.state.ctx.store.add_audit(
        actor=principal.name if principal else "anonymous",
        role=principal.role.value if principal else None,
        method=scope["method"],
        route=getattr(route, "path", scope["path"]),
        object=state.get("audit_object") or _object_from_path(scope),
        outcome=status,
        detail=state.get("audit_detail"),
    )


def _object_from_path(scope: Scope) -> str | None:
    params = scope.get("path_params") or {}
    return params.get("object_id") or params.get("item_id") or None
