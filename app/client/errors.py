"""What the client raises: one base class, a connection failure, and the API's problems.

The control plane answers errors as application/problem+json (title, status, detail, field
errors and extra keys such as `job_id`); `problem_from()` turns one into the matching exception.
Every message is written for an operator: `str(error)` is what a console or the CLI shows.
"""

from __future__ import annotations

from typing import Any


class StandbyError(Exception):
    """Anything the client could not do; `str()` reads well for an operator."""


class ConnectionFailed(StandbyError):
    """The control plane could not be reached, or the connection broke (retrying may help)."""


class CredentialsUnavailable(StandbyError):
    """No usable OS keyring, or the keyring refused the request."""


class ApiError(StandbyError):
    """The control plane answered with an error (a problem+json document)."""

    status: int = 0

    def __init__(
        self,
        status: int,
        title: str,
        detail: str = "",
        errors: list[dict[str, str]] | None = None,
        extra: dict[str, Any] | None = None,
    ):
        self.status = status
        self.title = title or f"HTTP {status}"
        self.detail = detail
        self.errors: list[dict[str, str]] = list(errors or [])
        self.extra: dict[str, Any] = dict(extra or {})
        super().__init__(self._message())

    def _message(self) -> str:
        if self.detail:
            return f"{self.title}: {self.detail}"
        if self.errors:
            fields = "; ".join(f"{e.get('field', '?')}: {e.get('reason', '')}" for e in self.errors)
            return f"{self.title}: {fields}"
        return self.title

    def __str__(self) -> str:
        return self._message()

    @property
    def field_errors(self) -> dict[str, str]:
        """Reason per field name (several reasons for one field are joined with '; '): a 422's
        fields, or a 409's reference the vault cannot follow (an object that is gone)."""
        result: dict[str, str] = {}
        for error in self.errors:
            field = error.get("field", "body")
            reason = error.get("reason", "")
            result[field] = f"{result[field]}; {reason}" if field in result else reason
        return result

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(status={self.status}, title={self.title!r}, detail={self.detail!r})"


class Unauthorized(ApiError):
    """401: no token, or a token the control plane does not know (revoked, other vault)."""


class Forbidden(ApiError):
    """403: the token's role is too weak for this call."""


class NotFound(ApiError):
    """404: no such object (or no such route on this control plane)."""


class Conflict(ApiError):
    """409: the object's state forbids this now (in use, paired already, a job runs on it)."""

    @property
    def job_id(self) -> str | None:
        """The job that holds the object, when the conflict names one."""
        return self.extra.get("job_id")


class InvalidRequest(ApiError):
    """422: a field (or a combination of fields) was refused."""


_BY_STATUS: dict[int, type[ApiError]] = {
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    422: InvalidRequest,
}

_PROBLEM_KEYS = {"type", "title", "status", "detail", "errors", "instance"}


def problem_from(status: int, body: Any, reason: str = "") -> ApiError:
    """The exception for an error answer; `body` is the decoded JSON (or None if it was not)."""
    cls = _BY_STATUS.get(status, ApiError)
    if not isinstance(body, dict):
        return cls(status, reason or f"HTTP {status}")
    errors = body.get("errors")
    if not isinstance(errors, list):
        errors = []
    clean = [
        {"field": str(e.get("field", "body")), "reason": str(e.get("reason", ""))}
        for e in errors
        if isinstance(e, dict)
    ]
    detail = body.get("detail", "")
    if not isinstance(detail, str):  # FastAPI's own {"detail": [...]} shape, just in case
        detail = str(detail)
    return cls(
        status,
        str(body.get("title") or reason or f"HTTP {status}"),
        detail,
        clean,
        {k: v for k, v in body.items() if k not in _PROBLEM_KEYS},
    )
