"""Replication policies, cloud pairings and network mappings."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from app.domain.model import (
    NetworkMapping,
    NetworkMappingSpec,
    Pairing,
    PairingSpec,
    Policy,
    PolicySpec,
)

from .. import auth, configuration
from ..problems import cross_field_rules
from .common import Document, Responses, audit_object, ctx_of, get_or_404

router = APIRouter(prefix="/api/v1", tags=["configuration"])
read = [Depends(auth.viewer)]
write = [Depends(auth.operator)]
NOT_FOUND: Responses = {404: {"description": "Not found (problem+json)"}}
PROBLEMS: Responses = {
    403: {"description": "The token's role may not change configuration (problem+json)"},
    **NOT_FOUND,
    409: {"description": "Conflict (problem+json)"},
    422: {"description": "Invalid field (problem+json)"},
}
POLICY_RULES = cross_field_rules(
    "app_consistent_frequency_hours must not exceed recovery_point_retention_hours",
    "initial_replication_scheduled_at is given exactly when initial_replication_start is "
    "'scheduled'",
)


@router.get("/policies", dependencies=read, response_model=list[Policy])
async def list_policies(request: Request) -> list[Document]:
    return await ctx_of(request).store.list("policy")


@router.post(
    "/policies",
    status_code=201,
    dependencies=write,
    responses=PROBLEMS,
    openapi_extra=POLICY_RULES,
)
async def create_policy(request: Request, spec: PolicySpec) -> Policy:
    policy = await configuration.create_policy(ctx_of(request).store, spec)
    audit_object(request, "policy", policy.id)
    return policy


@router.get("/policies/{object_id}", dependencies=read, responses=NOT_FOUND, response_model=Policy)
async def get_policy(request: Request, object_id: str) -> Document:
    return await get_or_404(ctx_of(request), "policy", object_id)


@router.put(
    "/policies/{object_id}", dependencies=write, responses=PROBLEMS, openapi_extra=POLICY_RULES
)
async def replace_policy(request: Request, object_id: str, spec: PolicySpec) -> Policy:
    audit_object(request, "policy", object_id)
    return await configuration.replace_policy(ctx_of(request).store, object_id, spec)


@router.delete("/policies/{object_id}", status_code=204, dependencies=write, responses=PROBLEMS)
async def delete_policy(request: Request, object_id: str) -> Response:
    audit_object(request, "policy", object_id)
    await configuration.delete_policy(ctx_of(request).store, object_id)
    return Response(status_code=204)


@router.get("/pairings", dependencies=read, response_model=list[Pairing])
async def list_pairings(request: Request) -> list[Document]:
    return await ctx_of(request).store.list("pairing")


@router.post("/pairings", status_code=201, dependencies=write, responses=PROBLEMS)
async def create_pairing(request: Request, spec: PairingSpec) -> Pairing:
    pairing = await configuration.create_pairing(ctx_of(request).store, spec)
    audit_object(request, "pairing", pairing.id)
    return pairing


@router.get("/pairings/{object_id}", dependencies=read, responses=NOT_FOUND, response_model=Pairing)
async def get_pairing(request: Request, object_id: str) -> Document:
    return await get_or_404(ctx_of(request), "pairing", object_id)


@router.delete("/pairings/{object_id}", status_code=204, dependencies=write, responses=PROBLEMS)
async def delete_pairing(request: Request, object_id: str) -> Response:
    audit_object(request, "pairing", object_id)
    await configuration.delete_pairing(ctx_of(request).store, object_id)
    return Response(status_code=204)


@router.get("/network-mappings", dependencies=read, response_model=list[NetworkMapping])
async def list_network_mappings(request: Request) -> list[Document]:
    return await ctx_of(request).store.list("network-mapping")


NETWORK_MAPPING_RULES = cross_field_rules(
    "addresses and subnets are IP addresses and subnets in CIDR notation (no host bits set "
    "in a subnet; a per-VM address has its prefix length and is neither its subnet's network "
    "nor broadcast address)",
    "a subnet rule's two subnets are of one IP version and one prefix length",
    "a rule's gateway lies inside its recovery address's subnet",
    "one per-VM rule per VM; subnet rules' primary subnets do not overlap",
    "recovery addresses lie inside the recovery network's subnet when it has one",
)


@router.post(
    "/network-mappings",
    status_code=201,
    dependencies=write,
    responses=PROBLEMS,
    openapi_extra=NETWORK_MAPPING_RULES,
)
async def create_network_mapping(request: Request, spec: NetworkMappingSpec) -> NetworkMapping:
    mapping = await configuration.create_network_mapping(ctx_of(request).store, spec)
    audit_object(request, "network-mapping", mapping.id)
    return mapping


@router.put(
    "/network-mappings/{object_id}",
    dependencies=write,
    responses=PROBLEMS,
    openapi_extra=NETWORK_MAPPING_RULES,
)
async def update_network_mapping(
    request: Request, object_id: str, spec: NetworkMappingSpec
) -> NetworkMapping:
    """Replace a mapping (edit its rules): checked as a new one is. Jobs already created
    keep the addresses they were created with."""
    mapping = await configuration.update_network_mapping(ctx_of(request).store, object_id, spec)
    audit_object(request, "network-mapping", mapping.id)
    return mapping


@router.delete(
    "/network-mappings/{object_id}", status_code=204, dependencies=write, responses=PROBLEMS
)
async def delete_network_mapping(request: Request, object_id: str) -> Response:
    audit_object(request, "network-mapping", object_id)
    await configuration.delete_network_mapping(ctx_of(request).store, object_id)
    return Response(status_code=204)
