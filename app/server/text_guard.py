"""Refuse NUL characters in paths, query strings and JSON bodies, before anything stores them.

PostgreSQL cannot hold U+0000 in TEXT or JSONB, and no name, id or note needs it. Rejecting it
at the edge gives one clear 422 with the field, instead of a database error deep in a route (or
in the audit row written for the request).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .problems import problem_response

REASON = "must not contain NUL (U+0000) characters"
BODY_METHODS = {"POST", "PUT", "PATCH"}
# A JSON string can carry NUL only as the escape \u0000, unless its backslash is itself escaped.
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


class TextGuardMiddleware:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        field = _nul_in_url(scope)
        if field is None and scope["method"] in BODY_METHODS:
            body, more_body = await _read_body(receive)
            field = _nul_in_body(body)
            receive = _replay(body, more_body, receive)
        if field is None:
            await self.app(scope, receive, send)
            return
        response = problem_response(
            422, "Invalid request", f"{field}: {REASON}", [{"field": field, "reason": REASON}]
        )
        await response(scope, receive, send)


def _nul_in_url(scope: Scope) -> str | None:
    if "\x00" in scope["path"]:
        return "path"
    query = scope.get("query_string", b"")
    if b"%00" in query or b"\x00" in query:
        for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
            if "\x00" in name or "\x00" in value:
                return name.replace("\x00", "") or "query"
        return "query"
    return None


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    """The whole body, unless the client disconnected first (then `more_body` stays True)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), True
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks), False


def _replay(body: bytes, more_body: bool, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": more_body}
        return await receive()

    return replay


def _nul_in_body(body: bytes) -> str | None:
    if not _JSON_NUL.search(body):
        return None
    try:
        document = json.loads(body)
    except ValueError:
        return None  # not JSON: the route's own validation answers
    return _nul_path(document, []) or "body"


def _nul_path(value: Any, path: list[str]) -> str | None:
    if isinstance(value, str):
        return ".".join(path) or "body" if "\x00" in value else None
    if isinstance(value, dict):
        items = [(str(k), v) for k, v in value.items()]
        for key, _ in items:
            if "\x00" in key:
                return ".".join([*path, key.replace("\x00", "")]) or "body"
    elif isinstance(value, list):
        items = [(str(i), v) for i, v in enumerate(value)]
    else:
        return None
    for key, item in items:
        found = _nul_path(item, [*path, key])
        if found:
            return found
    return None
