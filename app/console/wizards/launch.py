"""Which wizard an operation opens, for a VM or a recovery plan; pause, resume and resync
need none (the fast path sends them at once)."""

from __future__ import annotations

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.domain.enums import Operation

from .after_flows import (
    ChangePointFlow,
    CommitFlow,
    ConfirmFlow,
    FailbackFlow,
    ReverseReplicationFlow,
)
from .failover_flows import (
    CleanupFlow,
    PlannedFailoverFlow,
    TestFailoverFlow,
    UnplannedFailoverFlow,
)
from .flow import Flow, OperationFlow, Target
from .protect_flow import ProtectFlow

FAST_PATH = frozenset({Operation.PAUSE, Operation.RESUME, Operation.RESYNC})
"""Sent at once from the menu: nothing to choose, nothing lost."""

OPERATION_FLOWS: dict[Operation, type[OperationFlow]] = {
    Operation.TEST_FAILOVER: TestFailoverFlow,
    Operation.TEST_FAILOVER_CLEANUP: CleanupFlow,
    Operation.PLANNED_FAILOVER: PlannedFailoverFlow,
    Operation.UNPLANNED_FAILOVER: UnplannedFailoverFlow,
    Operation.COMMIT: CommitFlow,
    Operation.CHANGE_RECOVERY_POINT: ChangePointFlow,
    Operation.REVERSE_REPLICATION: ReverseReplicationFlow,
    Operation.FAILBACK: FailbackFlow,
}
CONFIRMED = frozenset({Operation.CANCEL_FAILOVER, Operation.DISABLE_PROTECTION})


def operation_flow(
    client: StandbyClient, cache: InventoryCache, operation: Operation, target: Target
) -> Flow:
    if operation in CONFIRMED:
        return ConfirmFlow(client, cache, target, operation)
    return OPERATION_FLOWS[operation](client, cache, target)


def flow_for(
    client: StandbyClient,
    cache: InventoryCache,
    operation: Operation,
    item_id: str | None = None,
    vm_id: str | None = None,
    plan_id: str | None = None,
) -> Flow | None:
    """The wizard of an operation on a VM (its protected item) or a plan; None: fast path."""
    if operation in FAST_PATH:
        return None
    if operation == Operation.ENABLE_PROTECTION:
        return ProtectFlow(client, cache, [vm_id] if vm_id else None)
    if plan_id is not None:
        return operation_flow(client, cache, operation, Target.plan(cache, plan_id))
    assert item_id is not None
    return operation_flow(client, cache, operation, Target.item(cache, item_id))
