"""Bearer tokens with roles viewer | operator | admin; tokens are stored as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.domain.enums import Role

from .problems import Problem

TOKEN_PREFIX = "sby_"

_bearer = HTTPBearer(auto_error=False, description="A token from `standby token create`.")


@dataclass(frozen=True)
class Principal:
    name: str
    role: Role


def generate_token() -> str:
    # 256 bits of randomness: a fast hash is enough, there is nothing to brute-force.
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def current_principal(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)
) -> Principal:
    if credentials is None or not credentials.credentials:
        raise Problem(
            401, "Unauthorized", "A bearer token is required: 'Authorization: Bearer TOKEN'."
        )
    ctx = request.app.state.ctx
    found = await ctx.store.token_by_hash(hash_token(credentials.credentials))
    if found is None:
        raise Problem(401, "Unauthorized", "The bearer token is unknown or revoked.")
    principal = Principal(found[0], Role(found[1]))
    request.state.principal = principal
    return principal


def requires(role: Role):
    """A dependency that lets through principals holding `role` or a stronger one."""

    async def check(principal: Principal = Depends(current_principal)) -> Principal:
        if not principal.role.at_least(role):
            raise Problem(
                403,
                "Forbidden",
                f"This needs the {role.value} role; the token '{principal.name}' has "
                f"{principal.role.value}.",
            )
        return principal

    return check


viewer = requires(Role.VIEWER)
operator = requires(Role.OPERATOR)
admin = requires(Role.ADMIN)
