"""Errors as application/problem+json (RFC 9457): title, status, detail, and field errors."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM = "application/problem+json"


class Problem(Exception):
    """Raise from a route to answer with a problem document."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str = "",
        *,
        errors: list[dict[str, str]] | None = None,
        **extra: Any,
    ):
        super().__init__(detail or title)
        self.status, self.title, self.detail = status, title, detail
        self.errors = errors or []
        self.extra = extra


def not_found(kind: str, object_id: str) -> Problem:
    return Problem(404, "Not found", f"No {kind} with id '{object_id}'.")


def invalid(field: str, reason: str) -> Problem:
    return Problem(
        422, "Invalid request", f"{field}: {reason}", errors=[{"field": field, "reason": reason}]
    )


def conflict(detail: str, **extra: Any) -> Problem:
    return Problem(409, "Conflict", detail, **extra)


def problem_response(
    status: int,
    title: str,
    detail: str,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def field_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    errors = []
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body",)]
        message = str(error.get("msg", "invalid"))
        message = message.removeprefix("Value error, ")
        # Cross-field rules name their field first ("field: reason"): put it where it belongs.
        head, sep, rest = message.partition(": ")
        if sep and " " not in head and error.get("type") == "value_error":
            loc, message = [*loc, head], rest
        errors.append({"field": ".".join(loc) or "body", "reason": message})
    return errors


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc.status, exc.title, exc.detail, exc.errors, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = field_errors(exc)
        detail = "; ".join(f"{e['field']}: {e['reason']}" for e in errors)
        return problem_response(422, "Invalid request", detail, errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {401: "Unauthorized", 403: "Forbidden", 404: "Not found"}.get(
            exc.status_code, "Error"
        )
        return problem_response(
            exc.status_code, title, str(exc.detail or ""), headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        return problem_response(500, "Internal error", f"{type(exc).__name__}: {exc}")
