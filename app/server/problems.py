"""Errors as application/problem+json (RFC 9457): title, status, detail, and field errors."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

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


def unknown_reference(field: str, reason: str) -> Problem:
    """409 for a well-formed body whose reference the vault cannot follow: the object it names
    does not exist (or no longer does), or is not related as the request needs it. The body
    is valid as written (422 is for what it gets wrong itself); the vault's state refuses it,
    and the same request may succeed once the vault holds the object. The field is named."""
    return Problem(
        409, "Conflict", f"{field}: {reason}", errors=[{"field": field, "reason": reason}]
    )


CROSS_FIELD = "x-cross-field-rules"


def cross_field_rules(*rules: str) -> dict[str, Any]:
    """A route's `openapi_extra` naming the rules across its request's fields (or between its
    path and its body) that JSON Schema cannot state: a body valid by the schema may still be
    answered 422 for them, and the OpenAPI document says which (`x-cross-field-rules`, and
    the 422 response's description)."""
    return {CROSS_FIELD: list(rules)}


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


PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "description": "An error (RFC 9457): title, status, detail, and the fields at fault.",
    "type": "object",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "reason"],
                "properties": {"field": {"type": "string"}, "reason": {"type": "string"}},
            },
        },
    },
    "additionalProperties": True,
}


def document_problems(doc: dict[str, Any]) -> dict[str, Any]:
    """Describe the errors as they are sent: every 4xx is a problem+json document, and every
    operation behind a bearer token can answer 401."""
    doc.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    content = {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for operations in doc.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            if operation.get("security"):
                responses.setdefault("401", {"description": "No or unknown bearer token"})
            if "requestBody" in operation:
                responses.setdefault("400", {"description": "The body cannot be decoded"})
            for status, response in responses.items():
                if status.startswith("4"):
                    response["content"] = content
                    if status == "422":
                        response["description"] = "Invalid request (fields listed)"
                        if operation.get(CROSS_FIELD):
                            response["description"] += (
                                ", also for a rule across fields the schema cannot state: "
                                + "; ".join(operation[CROSS_FIELD])
                            )
    schemas = doc["components"]["schemas"]
    if "HTTPValidationError" not in json.dumps(doc["paths"]):
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
    return doc


def allowed_methods(request: Request) -> str:
    """The methods every route matching the request's path answers (RFC 9110 `Allow`)."""
    routes = request.app.router.routes
    methods = [
        method
        for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL for route in routes
        )
    ]
    return ", ".join(methods)


def install(app: FastAPI) -> None:
    generate_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document_problems(generate_openapi())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented override

    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc.status, exc.title, exc.detail, exc.errors, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = field_errors(exc)
        detail = "; ".join(f"{e['field']}: {e['reason']}" for e in errors)
        return problem_response(422, "Invalid request", detail, errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {401: "Unauthorized", 403: "Forbidden", 404: "Not found"}.get(
            exc.status_code, "Error"
        )
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            # Starlette names the methods of the first route that matched the path only; a
            # path served by several routes (GET and POST apart) allows all of theirs.
            headers = {**(headers or {}), "Allow": allowed_methods(request)}
        return problem_response(exc.status_code, title, str(exc.detail or ""), headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        return problem_response(500, "Internal error", f"{type(exc).__name__}: {exc}")
